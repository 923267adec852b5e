import { Data, Result } from "effect";
import type { IsoDate, Period } from "./date.js";
import type { Issue } from "./issue.js";

/**
 * The facts are valid but do not decide the question: `missing` lists the fields that would,
 * most useful first (paths like `victims[0].ageYears`).
 * @category errors
 * @since 0.1.0
 */
export class IncompleteFacts extends Data.TaggedError("IncompleteFacts")<{
  readonly missing: ReadonlyArray<string>;
  readonly asOf: IsoDate;
}> {}

/**
 * The date asked about lies outside the periods the library encodes for this question: an
 * explicit "unsupported period", never a silent answer under the wrong law.
 * @category errors
 * @since 0.1.0
 */
export class UnsupportedPeriod extends Data.TaggedError("UnsupportedPeriod")<{
  readonly asOf: IsoDate;
  readonly subject: string;
  readonly supported: ReadonlyArray<Period>;
}> {
  override get message(): string {
    const spans = this.supported.map((p) => `${p.from}…${p.to ?? ""}`).join(", ");
    return `No ${this.subject} is encoded for ${this.asOf}; supported: ${spans}`;
  }
}

/**
 * The input does not have the required shape or values: each issue carries its path (data), a
 * message code with parameters, and its text in Vietnamese and English (French where the
 * catalogue has it). `message` joins the English texts.
 * @category errors
 * @since 0.1.0
 */
export class InvalidFacts extends Data.TaggedError("InvalidFacts")<{
  readonly issues: ReadonlyArray<Issue>;
}> {
  override get message(): string {
    return this.issues.map((i) => i.message).join("; ");
  }
}

/** Everything that stops the library from giving a legal answer. @category errors @since 0.1.0 */
export type CannotDecide = IncompleteFacts | UnsupportedPeriod | InvalidFacts;

/**
 * The value of a `Result`, or its failure thrown: how every `…Unsafe` function of the package is
 * made from its `Result`-returning twin.
 * @category errors
 * @since 0.2.0
 */
export const getOrThrow = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw r.failure;
  return r.success;
};
