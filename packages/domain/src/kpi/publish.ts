import { Result } from "effect";
import { daysInMonth } from "../prelude/date.js";
import { InvalidFacts } from "../prelude/errors.js";
import type { Issue } from "../prelude/issue.js";
import { kpiFieldLabel } from "./fields.js";
import { makeReceipt } from "../prelude/receipt.js";
import type { Message } from "../prelude/message.js";
import { issueOf, say } from "./messages.js";
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
  return publishWith(report, k, suppressedCounts(report.counts, k));
};

const publishWith = (report: KpiReport, k: number, hidden: ReadonlyMap<CountName, Message & { readonly code: SuppressionCode }>): PublishedKpiReport => {
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

/**
 * One line of the publication ledger: what was published, for which province and period, at which
 * threshold — the published counts exactly as the public saw them (`null` = withheld).
 * @category kpi
 * @since 0.3.0
 */
export interface PublicationRecord {
  readonly province: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly k: number;
  readonly counts: { readonly [K in CountName]?: number | null | undefined };
}

/** The ledger line of a published report. @category kpi @since 0.3.0 */
export const publicationRecord = (p: PublishedKpiReport): PublicationRecord => ({ province: p.province, period: { from: p.period.from, to: p.period.to }, k: p.k, counts: { ...p.counts } });

/** A period on calendar boundaries. @category kpi @since 0.3.0 */
export type CalendarPeriod = "month" | "quarter" | "year";

/**
 * Which calendar period `period` is — a whole month, quarter or year — or `undefined`.
 *
 * **Example**
 * ```ts
 * calendarPeriod({ from: "2022-01-01", to: "2022-12-31" }) // "year"
 * calendarPeriod({ from: "2022-01-01", to: "2022-12-30" }) // undefined
 * ```
 * @category kpi
 * @since 0.3.0
 */
export const calendarPeriod = (period: { readonly from: string; readonly to: string }): CalendarPeriod | undefined => {
  const [fy, fm, fd] = period.from.split("-").map(Number);
  const [ty, tm, td] = period.to.split("-").map(Number);
  if (fy === undefined || fm === undefined || fd !== 1 || ty !== fy || tm === undefined || td !== daysInMonth(ty, tm)) return undefined;
  if (fm === 1 && tm === 12) return "year";
  if (tm === fm) return "month";
  if (tm === fm + 2 && fm % 3 === 1) return "quarter";
  return undefined;
};

/** Options of {@link publishKpis}. @category kpi @since 0.3.0 */
export interface PublishKpisOptions extends PublishOptions {
  /** What was published before (any province: only the report's own is read). */
  readonly ledger?: ReadonlyArray<PublicationRecord>;
  /** `calendar` (default): only a whole month, quarter or year is published; `any`: any period. */
  readonly periods?: "calendar" | "any";
}

const overlaps = (a: { readonly from: string; readonly to: string }, b: { readonly from: string; readonly to: string }): boolean => a.from <= b.to && b.from <= a.to;

/**
 * Publishes a KPI report against the publication ledger: small-count suppression as
 * {@link publishable}, then every count whose difference with the same count published earlier for
 * an overlapping period of the same province is from 1 to k − 1 is withheld too.
 *
 * **Law** — two overlapping periods published separately reveal the count of their difference by
 * subtraction (2022 and 01/01–30/12/2022 give 31/12/2022's count); the ledger records what was
 * published so that no later publication completes such a pair. Nested figures of one report
 * (victims identified 25, rescued 20 → 5) are withheld by `NESTED_COUNTS`. By default only
 * calendar months, quarters and years are published, which keeps overlaps to nested calendar
 * periods.
 *
 * **When to use** — every public release (the API's publication route records the result with
 * {@link publicationRecord} in its ledger). `publishable` alone knows no history.
 *
 * **Gotchas** — `InvalidFacts` (paths `period`, `k`) for a period off calendar boundaries (unless
 * `periods: "any"`) or a bad `k`; a withheld cell is `kpi.suppressed.ledger`, naming the earlier
 * period. The same report published twice with the same counts withholds nothing more.
 *
 * **Example**
 * ```ts
 * const y2022 = publishKpis(report2022)                                   // Success, 25 victims identified
 * publishKpis(reportUntil30Dec, { ledger: [publicationRecord(y2022.success)], periods: "any" })
 * // victimsIdentified: null — code "kpi.suppressed.ledger" (22 against 25 would reveal 3)
 * ```
 * @category kpi
 * @since 0.3.0
 */
export const publishKpis = (report: KpiReport, options: PublishKpisOptions = {}): Result.Result<PublishedKpiReport, InvalidFacts> => {
  const k = options.k ?? DEFAULT_K;
  const issues: Issue[] = [];
  if (!Number.isSafeInteger(k) || k < 1) issues.push(issueOf("k", "kpi.issue.k", { field: kpiFieldLabel(["k"]) }));
  if ((options.periods ?? "calendar") === "calendar" && calendarPeriod(report.period) === undefined)
    issues.push(issueOf("period", "kpi.issue.public-period", { field: kpiFieldLabel(["period"]), from: report.period.from, to: report.period.to }));
  if (issues.length > 0) return Result.fail(new InvalidFacts({ issues }));
  const hidden = new Map(suppressedCounts(report.counts, k));
  const earlier = (options.ledger ?? []).filter((e) => e.province === report.province && overlaps(e.period, report.period));
  for (const name of COUNT_NAMES) {
    const v = report.counts[name];
    if (v === undefined || hidden.has(name)) continue;
    for (const e of earlier) {
      const was = e.counts[name];
      if (typeof was !== "number") continue;
      const diff = Math.abs(v - was);
      if (diff >= 1 && diff < k) {
        hidden.set(name, { ...say("kpi.suppressed.ledger", "held", { from: e.period.from, to: e.period.to, max: k - 1 }), code: "kpi.suppressed.ledger" });
        break;
      }
    }
  }
  return Result.succeed(publishWith(report, k, hidden));
};
