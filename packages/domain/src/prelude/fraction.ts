import * as z from "zod";

/** zod schema for {@link Fraction}. @category prelude @since 0.1.0 */
export const FractionSchema = z
  .object({ numerator: z.number().int(), denominator: z.number().int().positive() })
  .meta({ id: "Fraction", title: "Exact fraction" });
/**
 * An exact rational number `numerator / denominator`, always reduced, denominator positive.
 *
 * **When to use** — percentages and rates in the law and in KPIs ("over 90%", "31% to 60%").
 * Comparisons are exact (cross-multiplication), so 9/10 is never "a bit less than" 90%.
 *
 * **Gotchas** — numerator and denominator are safe integers; counts in this domain are small.
 * It is plain JSON (`{ "numerator": 9, "denominator": 10 }`).
 * @category prelude
 * @since 0.1.0
 */
export type Fraction = z.infer<typeof FractionSchema>;

const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x === 0 ? 1 : x;
};

/**
 * Builds a reduced fraction. Throws a `RangeError` for a zero denominator or non-integers.
 *
 * **Example**
 * ```ts
 * fraction(45, 50) // { numerator: 9, denominator: 10 }
 * ```
 * @category prelude
 * @since 0.1.0
 */
export const fraction = (numerator: number, denominator: number): Fraction => {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator))
    throw new RangeError(`A fraction needs whole numbers, got ${numerator}/${denominator}`);
  if (denominator === 0) throw new RangeError("A fraction cannot have a zero denominator");
  const sign = denominator < 0 ? -1 : 1;
  const g = gcd(numerator, denominator);
  return { numerator: (sign * numerator) / g + 0, denominator: (sign * denominator) / g };
};

/**
 * A percentage as an exact fraction; accepts decimals written in base 10 (`92.5` → 37/40).
 * @category prelude
 * @since 0.1.0
 */
export const percent = (value: number | string): Fraction => {
  const text = typeof value === "number" ? String(value) : value.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (m === null) throw new RangeError(`Not a decimal percentage: ${JSON.stringify(value)}`);
  const decimals = m[3] ?? "";
  const scale = 10 ** decimals.length;
  const whole = Number(`${m[2]}${decimals}`) * (m[1] === "-" ? -1 : 1);
  return fraction(whole, 100 * scale);
};

/** Orders two fractions exactly: negative, zero or positive. @category prelude @since 0.1.0 */
export const compareFractions = (a: Fraction, b: Fraction): number => {
  const left = BigInt(a.numerator) * BigInt(b.denominator);
  const right = BigInt(b.numerator) * BigInt(a.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
};

/** Whether two fractions are equal. @category prelude @since 0.1.0 */
export const equalFractions = (a: Fraction, b: Fraction): boolean => compareFractions(a, b) === 0;

/** Nearest `number` (for charts only; decide with {@link compareFractions}). @category prelude @since 0.1.0 */
export const toNumber = (f: Fraction): number => f.numerator / f.denominator;

/**
 * Formats a fraction as a percentage rounded half-up to `digits` decimals, with the language's
 * decimal separator.
 *
 * **Example**
 * ```ts
 * formatPercent(fraction(2, 3), 1, "vi") // "66,7%"
 * formatPercent(fraction(2, 3), 1, "en") // "66.7%"
 * ```
 * @category prelude
 * @since 0.1.0
 */
export const formatPercent = (f: Fraction, digits = 1, lang: "vi" | "en" | "fr" = "en"): string => {
  const scale = 10n ** BigInt(digits);
  const num = BigInt(f.numerator) * 100n * scale;
  const den = BigInt(f.denominator);
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const rounded = (2n * abs + den) / (2n * den);
  const whole = rounded / scale;
  const frac = (rounded % scale).toString().padStart(digits, "0");
  const sep = lang === "en" ? "." : ",";
  const body = digits > 0 ? `${whole}${sep}${frac}` : `${whole}`;
  return `${negative && rounded !== 0n ? "-" : ""}${body}${lang === "fr" ? "\u202f%" : "%"}`;
};
