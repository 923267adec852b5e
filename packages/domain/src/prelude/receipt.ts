import * as z from "zod";
import { LIBRARY_VERSION } from "../version.js";
import { hashOf } from "./hash.js";
import { IsoDateSchema, type IsoDate } from "./date.js";

/** zod schema for {@link Receipt}. @category prelude @since 0.1.0 */
export const ReceiptSchema = z
  .object({
    asOf: IsoDateSchema,
    evaluatedAt: z.string(),
    libraryVersion: z.string(),
    inputHash: z.string().regex(/^[0-9a-f]{64}$/),
    resultHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .meta({ id: "Receipt", title: "Decision receipt" });
/**
 * What an auditor needs to replay a decision: the date the law was applied as of, when it was
 * evaluated, the library version, and SHA-256 hashes of the canonical input and result.
 *
 * **Gotchas** — `evaluatedAt` is metadata: it is not part of `resultHash`, so the same input
 * always gives the same `resultHash`.
 * @category prelude
 * @since 0.1.0
 */
export type Receipt = z.infer<typeof ReceiptSchema>;

/** Options every evaluating function accepts. @category prelude @since 0.1.0 */
export interface EvaluationOptions {
  /**
   * Timestamp to record in the receipt (ISO 8601). The domain does not read the clock for any
   * legal decision; when this is absent the receipt records the current time as metadata only.
   */
  readonly evaluatedAt?: string;
}

/**
 * Builds a {@link Receipt} for a result computed from an input.
 *
 * The input hash is computed at once (the caller may reuse and change its input afterwards); the
 * result hash when first read (then kept): a caller that never looks at it does not pay for the
 * canonical JSON of the whole result, and one that does — `JSON.stringify`, a spread, a structured
 * clone, an HTTP answer — gets the same plain value as ever.
 *
 * **Gotchas** — the result hash covers the result as it is when first read: the domain's results
 * are read-only by type; a caller that mutates one anyway should read its receipt first.
 * @category prelude
 * @since 0.1.0
 */
export const makeReceipt = (asOf: IsoDate, input: unknown, result: unknown, options: EvaluationOptions = {}): Receipt => {
  // The input belongs to the caller, who may reuse and change it after the call: it is hashed now
  // (it is small). The result is the library's own, read-only by type: hashed when first read.
  const inputHash = hashOf(input);
  let resultHash: string | undefined;
  const receipt = { asOf, evaluatedAt: options.evaluatedAt ?? new Date().toISOString(), libraryVersion: LIBRARY_VERSION, inputHash };
  return Object.defineProperties(receipt, {
    resultHash: { enumerable: true, configurable: true, get: () => (resultHash ??= hashOf(result)) },
  }) as Receipt;
};
