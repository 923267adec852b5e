import { compareFractions, fraction, type Fraction } from "../prelude/fraction.js";

/**
 * How a rate is compared with its target, as the plans word it: "over 90%" is `gt`,
 * "at least 90%" / "90% or more" is `gte`, "no more than" is `lte`.
 * @category kpi
 * @since 0.1.0
 */
export type Comparison = "gt" | "gte" | "lt" | "lte" | "eq";

/**
 * The exact rate numerator / denominator, or `null` when the denominator is zero (a rate of
 * nothing is not 0% and not 100%).
 * @category kpi
 * @since 0.1.0
 */
export const rate = (numerator: number, denominator: number): Fraction | null => {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator < 0)
    throw new RangeError(`Counts must be whole numbers ≥ 0, got ${numerator}/${denominator}`);
  if (numerator > denominator) throw new RangeError(`A numerator (${numerator}) cannot exceed its denominator (${denominator})`);
  return denominator === 0 ? null : fraction(numerator, denominator);
};

/**
 * Whether a rate meets a target under a comparison, exactly (no floating point).
 *
 * **Example**
 * ```ts
 * meets(fraction(9, 10), "gt", percent(90))  // false: 90% is not "over 90%"
 * meets(fraction(9, 10), "gte", percent(90)) // true
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const meets = (value: Fraction, comparison: Comparison, target: Fraction): boolean => {
  const c = compareFractions(value, target);
  switch (comparison) {
    case "gt": return c > 0;
    case "gte": return c >= 0;
    case "lt": return c < 0;
    case "lte": return c <= 0;
    case "eq": return c === 0;
  }
};

/**
 * The comparisons as a list, e.g. for a form's select. @category kpi @since 0.1.0
 */
export const COMPARISONS = ["gt", "gte", "lt", "lte", "eq"] as const satisfies ReadonlyArray<Comparison>;
