import { compareFractions, fraction, formatPercent, type Fraction } from "../prelude/fraction.js";
import type { Lang } from "../prelude/label.js";
import { meets, type Comparison } from "./ratio.js";

/** A target as compared: a comparison and an exact value. @category kpi @since 0.1.0 */
export interface TargetComparison {
  readonly op: Comparison;
  readonly value: Fraction;
}

/** Options of {@link formatRate}. @category kpi @since 0.1.0 */
export interface FormatRateOptions {
  /** The target the rate is shown against; decides the rounding direction. */
  readonly target?: TargetComparison;
  /** Decimals shown at least (default 1). */
  readonly digits?: number;
  /** Decimals shown at most when more are needed to show a hit as a hit (default `digits + 4`). */
  readonly maxDigits?: number;
  readonly lang?: Lang;
}

const roundTowards = (f: Fraction, digits: number, up: boolean): Fraction => {
  const scale = 10n ** BigInt(digits);
  const num = BigInt(f.numerator) * 100n * scale;
  const den = BigInt(f.denominator);
  let q = num / den;
  const exact = num % den === 0n;
  if (!exact && num < 0n) q -= 1n; // BigInt division truncates; make it a floor
  if (!exact && up) q += 1n;
  return fraction(Number(q), Number(100n * scale));
};

/**
 * Shows a rate as a percentage, rounding **toward a miss**, so that the figure shown never makes a
 * missed target look met.
 *
 * **Law** — the plans compare exact rates ("trên 90%", "95%"); a display is only a display.
 *
 * **When to use** — every percentage shown next to a target. Decide with `meets` or an indicator's
 * `status`, never with the text.
 *
 * **Gotchas** — against a floor target (`gt`, `gte`, and when no target is given) the rate is
 * rounded **down**: 899/1000 shows "89.9%", never "90.0%". Against a ceiling (`lt`, `lte`) it is
 * rounded **up**; against `eq`, away from the target. When the rounded figure would make a **met**
 * target look missed (90.04% against "over 90%" floors to "90.0%"), more decimals are shown, up to
 * `maxDigits` ("90.04%"); past that the figure may still read as the threshold, the status being
 * authoritative. This differs from `formatPercent`, which rounds half-up.
 *
 * **Example**
 * ```ts
 * formatRate(fraction(899, 1000), { target: { op: "gte", value: percent(90) } }) // "89.9%"
 * formatRate(fraction(9001, 10000), { target: { op: "gt", value: percent(90) } }) // "90.01%"
 * formatRate(fraction(2, 3), { lang: "vi" })                                     // "66,6%"
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const formatRate = (value: Fraction, options: FormatRateOptions = {}): string => {
  const { target, digits = 1, lang = "en" } = options;
  const maxDigits = Math.max(digits, options.maxDigits ?? digits + 4);
  const up =
    target === undefined
      ? false
      : target.op === "lt" || target.op === "lte"
        ? true
        : target.op === "eq"
          ? compareFractions(value, target.value) > 0
          : false;
  const misleads = (shown: Fraction): boolean =>
    target !== undefined && meets(shown, target.op, target.value) !== meets(value, target.op, target.value);
  let d = digits;
  let shown = roundTowards(value, d, up);
  for (; d < maxDigits && misleads(shown); d++) shown = roundTowards(value, d + 1, up);
  return formatPercent(shown, d, lang);
};

/**
 * A target as text, e.g. `"> 90%"` or `"≥ 95%"` (the value is exact; up to four decimals are shown).
 * @category kpi
 * @since 0.1.0
 */
export const formatTarget = (target: TargetComparison, lang: Lang = "en"): string => {
  const symbol = { gt: ">", gte: "≥", lt: "<", lte: "≤", eq: "=" }[target.op];
  let d = 0;
  while (d < 4 && compareFractions(roundTowards(target.value, d, false), target.value) !== 0) d += 1;
  return `${symbol} ${formatPercent(target.value, d, lang)}`;
};
