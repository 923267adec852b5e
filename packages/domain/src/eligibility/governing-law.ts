import { Result } from "effect";
import type { Citation } from "../prelude/citation.js";
import { addDays, covers, type IsoDate, type Period } from "../prelude/date.js";
import { UnsupportedPeriod } from "../prelude/errors.js";
import { cite, instruments } from "../law/index.js";

/** The two support regimes: Law 66/2011/QH12 and Law 53/2024/QH15. @category eligibility @since 0.1.0 */
export type SupportLawId = "66/2011/QH12" | "53/2024/QH15";

/** Periods in which each law governs victim support. @category eligibility @since 0.1.0 */
export const supportLawPeriods: ReadonlyArray<{ readonly law: SupportLawId; readonly period: Period; readonly basis: Citation }> = [
  {
    law: "66/2011/QH12",
    period: { from: instruments["66/2011/QH12"].effective, to: addDays(instruments["53/2024/QH15"].effective, -1) },
    basis: cite("66/2011/QH12", { article: 32 }),
  },
  {
    law: "53/2024/QH15",
    period: { from: instruments["53/2024/QH15"].effective },
    basis: cite("53/2024/QH15", { article: 37 }),
  },
];

/**
 * Which law governs victim support on a decision date.
 *
 * **Law** — Law 66/2011/QH12 (in force 01/01/2012) until 30/06/2025; Law 53/2024/QH15 from
 * 01/07/2025. Before 2012 is an unsupported period.
 * @category eligibility
 * @since 0.1.0
 */
export const governingSupportLaw = (asOf: IsoDate): Result.Result<(typeof supportLawPeriods)[number], UnsupportedPeriod> => {
  const hit = supportLawPeriods.find((p) => covers(p.period, asOf));
  return hit === undefined
    ? Result.fail(new UnsupportedPeriod({ asOf, subject: "victim-support law", supported: supportLawPeriods.map((p) => p.period) }))
    : Result.succeed(hit);
};
