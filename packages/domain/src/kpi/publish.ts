import { makeReceipt } from "../prelude/receipt.js";
import type { Message } from "../prelude/message.js";
import { say } from "./messages.js";
import type { KpiFigures, KpiReport, PublishedIndicator, PublishedKpiReport, Suppression, SuppressionCode } from "./result.js";
import { COUNT_NAMES, FIGURE_NAMES, NESTED_COUNTS, kpiDefinition, type CountName } from "./indicators.js";

/** The default publication threshold: counts from 1 to 10 are suppressed. @category kpi @since 0.1.0 */
export const DEFAULT_K = 11;

/** Options of {@link publishable}. @category kpi @since 0.1.0 */
export interface PublishOptions {
  /** Smallest count published as is; counts from 1 to `k − 1` are suppressed (default 11). */
  readonly k?: number;
}

const smallMessage = (k: number): Message => say("kpi.suppressed.small-count", "held", { max: k - 1 });
const subtractionMessage = (whole: CountName, k: number): Message => say("kpi.suppressed.subtraction", "held", { whole, max: k - 1 });
const rateMessage = (): Message => say("kpi.suppressed.rate", "held", {});

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
): ReadonlyMap<CountName, Message & { readonly code: SuppressionCode }> => {
  const hidden = new Map<CountName, Message & { readonly code: SuppressionCode }>();
  const small = (n: number): boolean => n >= 1 && n < k;
  for (const name of COUNT_NAMES) {
    const v = counts[name];
    if (v !== undefined && small(v)) hidden.set(name, { ...smallMessage(k), code: "kpi.suppressed.small-count" });
  }
  // Withholding only ever removes cells, so one pass leaves no published pair with a small difference.
  for (const [part, whole] of NESTED_COUNTS) {
    const p = counts[part];
    const w = counts[whole];
    if (p === undefined || w === undefined || hidden.has(part) || hidden.has(whole)) continue;
    if (small(w - p)) hidden.set(part, { ...subtractionMessage(whole, k), code: "kpi.suppressed.subtraction" });
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
    suppressed.push({ path, ...why, count: name });
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
    for (const field of ["rate", "percent"] as const) suppressed.push({ path: `${at}.${field}`, ...rateMessage(), code: "kpi.suppressed.rate" });
    const status = ind.status === "not_applicable" ? ind.status : "suppressed";
    if (status === "suppressed") suppressed.push({ path: `${at}.status`, ...rateMessage(), code: "kpi.suppressed.rate" });
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
