import type { Fraction } from "../prelude/fraction.js";
import type { Label } from "../prelude/label.js";
import { makeReceipt, type Receipt } from "../prelude/receipt.js";
import type { IndicatorResult, KpiFigures, KpiReport, KpiStatus } from "./evaluate.js";
import { COUNT_NAMES, FIGURE_NAMES, NESTED_COUNTS, kpiDefinition, type CountName } from "./indicators.js";
import type { KpiPeriod } from "./schema.js";

/** The default publication threshold: counts from 1 to 10 are suppressed. @category kpi @since 0.1.0 */
export const DEFAULT_K = 11;

/** Options of {@link publishable}. @category kpi @since 0.1.0 */
export interface PublishOptions {
  /** Smallest count published as is; counts from 1 to `k − 1` are suppressed (default 11). */
  readonly k?: number;
}

/**
 * Why a cell was withheld: `small-count` (the count is from 1 to k − 1), `subtraction` (with a
 * published total it would reveal such a count by subtraction), `rate` (a rate or status would
 * reveal a suppressed count).
 * @category kpi
 * @since 0.1.0
 */
export type SuppressionCode = "kpi.suppressed.small-count" | "kpi.suppressed.subtraction" | "kpi.suppressed.rate";

/** One withheld cell of a published report, by path. @category kpi @since 0.1.0 */
export interface Suppression {
  /** Path in the published report, e.g. `indicators[1].value.numerator` or `figures.suspects`. */
  readonly path: string;
  readonly code: SuppressionCode;
  readonly message: Label;
  /** The count the cell holds or would reveal. */
  readonly count?: CountName;
}

/** An indicator as published: withheld cells are `null`, a withheld status is `"suppressed"`. @category kpi @since 0.1.0 */
export interface PublishedIndicator extends Omit<IndicatorResult, "status" | "value" | "rate" | "percent"> {
  readonly status: KpiStatus | "suppressed";
  readonly value: { readonly numerator: number | null; readonly denominator: number | null };
  readonly rate: Fraction | null;
  readonly percent: string | null;
}

/**
 * A KPI report fit for publication: every count from 1 to k − 1, and everything that would reveal
 * one, replaced by `null` and listed in `suppressed` with the reason.
 * @category kpi
 * @since 0.1.0
 */
export interface PublishedKpiReport {
  readonly view: "public";
  readonly k: number;
  readonly province: string;
  readonly period: KpiPeriod;
  readonly counts: { readonly [K in CountName]?: number | null };
  readonly indicators: ReadonlyArray<PublishedIndicator>;
  readonly figures: KpiFigures;
  readonly suppressed: ReadonlyArray<Suppression>;
  readonly receipt: Receipt;
}

const smallMessage = (k: number): Label => ({
  vi: `Số liệu từ 1 đến ${k - 1} được ẩn để tránh nhận diện cá nhân`,
  en: `Counts from 1 to ${k - 1} are suppressed so that no one can be identified`,
});
const subtractionMessage = (whole: CountName, k: number): Label => ({
  vi: `Được ẩn vì cùng với ${whole}, phép trừ sẽ làm lộ một số liệu từ 1 đến ${k - 1}`,
  en: `Suppressed because, together with ${whole}, subtraction would reveal a count from 1 to ${k - 1}`,
});
const RATE_MESSAGE: Label = {
  vi: "Tỷ lệ và kết quả đánh giá được ẩn vì sẽ làm lộ số liệu đã ẩn",
  en: "Rate and result suppressed because they would reveal a suppressed count",
};

/**
 * Which counts of a report must be withheld at threshold `k`, and why: the primary suppressions
 * (counts from 1 to k − 1), then for every nested pair (`NESTED_COUNTS`) whose difference is from 1
 * to k − 1 while both are shown, the part.
 * @category kpi
 * @since 0.1.0
 */
export const suppressedCounts = (
  counts: { readonly [K in CountName]?: number | undefined },
  k: number,
): ReadonlyMap<CountName, { readonly code: SuppressionCode; readonly message: Label }> => {
  const hidden = new Map<CountName, { readonly code: SuppressionCode; readonly message: Label }>();
  const small = (n: number): boolean => n >= 1 && n < k;
  for (const name of COUNT_NAMES) {
    const v = counts[name];
    if (v !== undefined && small(v)) hidden.set(name, { code: "kpi.suppressed.small-count", message: smallMessage(k) });
  }
  // Withholding only ever removes cells, so one pass leaves no published pair with a small difference.
  for (const [part, whole] of NESTED_COUNTS) {
    const p = counts[part];
    const w = counts[whole];
    if (p === undefined || w === undefined || hidden.has(part) || hidden.has(whole)) continue;
    if (small(w - p)) hidden.set(part, { code: "kpi.suppressed.subtraction", message: subtractionMessage(whole, k) });
  }
  return hidden;
};

/**
 * The public view of a KPI report, with small-count suppression.
 *
 * **Law** — counts of cases, suspects and victims from 1 to k − 1 could identify people; they are
 * withheld, and so is anything that would give them back: a rate or status computed from a
 * withheld count (10/11 "over 90%" would reveal 10), and a count whose difference from a published
 * total is from 1 to k − 1 (100 received and 95 resolved reveal 5 unresolved). Zero is published.
 *
 * **When to use** — before any report leaves the agency (dashboards, press, open data). Internal
 * work uses the exact report from `evaluateKpis`, which this function does not change.
 *
 * **Gotchas** — the same count is withheld everywhere it appears (`counts`, each indicator,
 * `figures`). The internal receipt is **replaced**: its input hash would let anyone recover a
 * withheld count by hashing the few candidates; the public receipt hashes only the province,
 * period, `k` and the published content. Throws a `RangeError` when `k` is not a whole number ≥ 1
 * (a programming error, not a fact).
 *
 * **Example**
 * ```ts
 * const report = evaluateKpis(input)  // Success → reportsReceived 40, reportsResolved 35
 * publishable(report.success, { k: 11 })
 * // counts.reportsResolved → null; suppressed: [{ path: "counts.reportsResolved",
 * //   code: "kpi.suppressed.subtraction", … }, …]; reports_resolved status "suppressed"
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const publishable = (report: KpiReport, options: PublishOptions = {}): PublishedKpiReport => {
  const k = options.k ?? DEFAULT_K;
  if (!Number.isSafeInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, got ${k}`);
  const hidden = suppressedCounts(report.counts, k);
  const suppressed: Suppression[] = [];
  const show = (name: CountName, value: number | null | undefined, path: string): number | null => {
    const why = hidden.get(name);
    if (value === null || value === undefined) return null;
    if (why === undefined) return value;
    suppressed.push({ path, code: why.code, message: why.message, count: name });
    return null;
  };

  const counts: { [K in CountName]?: number | null } = {};
  for (const name of COUNT_NAMES) {
    const v = report.counts[name];
    if (v !== undefined) counts[name] = show(name, v, `counts.${name}`);
  }

  const indicators = report.indicators.map((ind, i): PublishedIndicator => {
    const { numerator: numName, denominator: denName } = kpiDefinition(ind.id);
    const value = {
      numerator: show(numName, ind.value.numerator, `indicators[${i}].value.numerator`),
      denominator: show(denName, ind.value.denominator, `indicators[${i}].value.denominator`),
    };
    const withheld = hidden.has(numName) || hidden.has(denName);
    if (!withheld) return ind;
    if (ind.rate === null) return { ...ind, value };
    const at = `indicators[${i}]`;
    for (const field of ["rate", "percent"] as const) suppressed.push({ path: `${at}.${field}`, code: "kpi.suppressed.rate", message: RATE_MESSAGE });
    const status = ind.status === "not_applicable" ? ind.status : "suppressed";
    if (status === "suppressed") suppressed.push({ path: `${at}.status`, code: "kpi.suppressed.rate", message: RATE_MESSAGE });
    return { ...ind, value, rate: null, percent: null, status };
  });

  const figures = Object.fromEntries(FIGURE_NAMES.map((n) => [n, show(n, report.figures[n], `figures.${n}`)])) as KpiFigures;

  const body = { view: "public" as const, k, province: report.province, period: report.period, counts, indicators, figures, suppressed };
  return {
    ...body,
    receipt: makeReceipt(report.period.to, { province: report.province, period: report.period, k, view: "public" }, body, {
      evaluatedAt: report.receipt.evaluatedAt,
    }),
  };
};
