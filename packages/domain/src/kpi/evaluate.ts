import { Result } from "effect";
import * as z from "zod";
import { getOrThrow, InvalidFacts, type UnsupportedPeriod } from "../prelude/errors.js";
import { issuesFromZod, type Issue } from "../prelude/issue.js";
import { kpiFieldLabel } from "./fields.js";
import { makeReceipt, type EvaluationOptions } from "../prelude/receipt.js";
import { formatRate, formatTarget } from "./display.js";
import { FIGURE_NAMES, KPI_DEFINITIONS, type KpiDefinition, type RateCountName } from "./indicators.js";
import { meets, rate } from "./ratio.js";
import { countsFromRecords } from "./records.js";
import { KpiInput, KpiPeriod, KpiProvince, type KpiInputJson, type KpiRecord } from "./schema.js";
import type { IndicatorResult, IndicatorTarget, KpiFigures, KpiProvenance, KpiReport } from "./result.js";
import { issueOf, say } from "./messages.js";
import { kpiTargets, targetsFor, type KpiProvinceTargets, type KpiTargetTable, type ResolvedTargets } from "./targets.js";

/** Options of {@link evaluateKpis}. @category kpi @since 0.1.0 */
export interface EvaluateKpisOptions extends EvaluationOptions {
  /**
   * Province profiles (e.g. `ngheAn` from `@ctip-vn/province-nghe-an`), the same option as
   * `assessEligibility` and `validateResolution` take: the profile whose id is the input's
   * province has its `kpi.targets` apply over their versions, overriding the national targets
   * where stricter; the others are not read. No profile for the province: national targets only.
   */
  readonly provinces?: ReadonlyArray<KpiProvinceTargets>;
  /**
   * The profile of the input's province alone. A profile of another province is `InvalidFacts`.
   * @deprecated since 0.4.0 — pass `provinces: [profile]`, as every other entry point takes.
   */
  readonly province?: KpiProvinceTargets;
  /**
   * Dated targets per province, read instead of a profile's (`national` replaces the built-in
   * national programme). Prefer `province`.
   */
  readonly targets?: KpiTargetTable;
  /** Decimals of `percent`: a whole number from 0 to 6 (default 1); anything else is `InvalidFacts`. */
  readonly digits?: number;
}

/** The largest `digits` accepted by {@link evaluateKpis}. @category kpi @since 0.3.0 */
export const MAX_DIGITS = 6;

const digitsIssues = (digits: unknown): Issue[] =>
  digits === undefined || (typeof digits === "number" && Number.isInteger(digits) && digits >= 0 && digits <= MAX_DIGITS)
    ? []
    : [issueOf("options.digits", "kpi.issue.digits", { field: kpiFieldLabel(["options", "digits"]), max: MAX_DIGITS })];

/**
 * Whether a period can judge a target worded "hàng năm" (each year): `final` for a calendar
 * year, `provisional` for a year to date (1 January to a day of the same year), `no` otherwise.
 * @category kpi
 * @since 0.3.0
 */
export const annualJudgement = (period: { readonly from: string; readonly to: string }): "final" | "provisional" | "no" => {
  const year = period.from.slice(0, 4);
  if (period.from !== `${year}-01-01` || period.to.slice(0, 4) !== year) return "no";
  return period.to === `${year}-12-31` ? "final" : "provisional";
};

const indicatorResult = (
  def: KpiDefinition,
  input: KpiInput,
  resolved: ResolvedTargets,
  provenance: Omit<KpiProvenance, "numerator" | "denominator" | "targets">,
  digits: number,
): IndicatorResult => {
  const counts = input.counts;
  const numerator = counts[def.numerator] ?? null;
  const denominator = counts[def.denominator] ?? null;
  const t = resolved.targets[def.id];
  const target: IndicatorTarget | null =
    t === undefined
      ? null
      : { op: t.op, value: t.value, text: formatTarget(t), wording: t.wording, confidence: t.confidence, judgedOn: def.judgedOn };
  const version = resolved.versions[def.id] ?? resolved.version;
  const base = {
    id: def.id,
    code: def.code,
    label: def.label,
    value: { numerator, denominator },
    target,
    basis: [...(t?.basis ?? resolved.basis)],
    provenance: {
      ...provenance,
      numerator: `counts.${def.numerator}`,
      denominator: `counts.${def.denominator}`,
      targets: { province: input.province, version, table: resolved.table },
    },
  };
  if (numerator === null || denominator === null) {
    const missing = [numerator === null ? def.numerator : undefined, denominator === null ? def.denominator : undefined]
      .filter((n): n is RateCountName => n !== undefined)
      .map((n) => `counts.${n}`);
    return { ...base, status: "not_applicable", rate: null, percent: null, reason: { ...say("kpi.missing-count", "undetermined", { missing }), code: "kpi.missing-count", missing } };
  }
  const exact = rate(numerator, denominator);
  if (exact === null)
    return { ...base, status: "not_applicable", rate: null, percent: null, reason: { ...say("kpi.zero-denominator", "undetermined", {}), code: "kpi.zero-denominator" } };
  const percent = formatRate(exact, t === undefined ? { digits } : { target: t, digits });
  if (t === undefined) return { ...base, status: "not_applicable", rate: exact, percent, reason: { ...say("kpi.no-target", "undetermined", {}), code: "kpi.no-target" } };
  const judgement = def.judgedOn === "year" ? annualJudgement(input.period) : "final";
  if (judgement === "no")
    return {
      ...base,
      status: "not_applicable",
      rate: exact,
      percent,
      reason: { ...say("kpi.annual-target", "undetermined", { from: input.period.from, to: input.period.to }), code: "kpi.annual-target" },
    };
  const met = (resolved.binding[def.id] ?? [{ target: t }]).every((b) => meets(exact, b.target.op, b.target.value));
  return { ...base, status: met ? "met" : "not_met", rate: exact, percent, ...(judgement === "provisional" ? { provisional: true } : {}) };
};

const evaluateParsed = (
  input: KpiInput,
  source: KpiProvenance["source"],
  options: EvaluateKpisOptions,
  receiptInput: unknown,
): Result.Result<KpiReport, InvalidFacts | UnsupportedPeriod> => {
  const bad = digitsIssues(options.digits);
  if (bad.length > 0) return Result.fail(new InvalidFacts({ issues: bad }));
  const table: KpiTargetTable = options.targets === undefined ? kpiTargets : { ...kpiTargets, ...options.targets };
  const profile = options.province ?? options.provinces?.find((p) => p.id === input.province);
  const found = targetsFor(table, input.province, input.period, profile);
  if (Result.isFailure(found)) return Result.fail(found.failure);
  const indicators = KPI_DEFINITIONS.map((def) => indicatorResult(def, input, found.success, { source }, options.digits ?? 1));
  const figures = Object.fromEntries(FIGURE_NAMES.map((n) => [n, input.counts[n] ?? null])) as KpiFigures;
  const body = { view: "internal" as const, province: input.province, period: input.period, counts: input.counts, indicators, figures };
  return Result.succeed({ ...body, receipt: makeReceipt(input.period.to, receiptInput, body, options) });
};

/**
 * Evaluates the KPIs of a province over a period from its counts: each indicator's exact rate,
 * its target in force, whether it is met, with citations and provenance, plus the reported figures.
 *
 * **Law** — rates compare exactly with the target as worded: "trên 90%" is strictly greater, so
 * 27/30 (exactly 90%) does **not** meet K2 or K3, while a bare "95%" / "90%" means at least
 * (K4, K5). Targets are the dated parameters of `kpiTargets` (Plan 179/KH-UBND for Nghệ An in
 * 2022, Decision 193/QĐ-TTg for 2021–2025).
 *
 * **When to use** — `POST /v1/kpi`: counts entered by staff. For case records use
 * {@link evaluateKpiRecords}; to publish use `publishable`.
 *
 * **Gotchas** — never throws for bad input: invalid input (negative or fractional counts, a
 * numerator above its denominator, bad dates, a period ending before it starts, unknown fields)
 * gives `InvalidFacts` with paths; a period without known targets (before 2021, 2026 onwards,
 * or straddling two target versions) gives `UnsupportedPeriod`. A missing count or a zero
 * denominator makes only that indicator `not_applicable`, with the reason. `percent` rounds
 * toward a miss. The receipt's `asOf` is the period's last day.
 *
 * **Example**
 * ```ts
 * evaluateKpis({ province: "nghe-an", period: { from: "2022-01-01", to: "2022-12-31" },
 *   counts: { reportsReceived: 30, reportsClassified: 30, reportsResolved: 27 } })
 * // Success → indicators: reports_classified met (30/30, "100.0%", "≥ 100%");
 * //   reports_resolved not_met (27/30, "90.0%", "> 90%"); the other three not_applicable
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const evaluateKpis = (input: KpiInputJson, options: EvaluateKpisOptions = {}): Result.Result<KpiReport, InvalidFacts | UnsupportedPeriod> =>
  evaluateKpisJson(input, options);

/**
 * {@link evaluateKpis} for unchecked JSON: the input is validated by the schema and every problem
 * comes back as `InvalidFacts` with paths.
 * @category kpi
 * @since 0.2.0
 */
export const evaluateKpisJson = (input: unknown, options: EvaluateKpisOptions = {}): Result.Result<KpiReport, InvalidFacts | UnsupportedPeriod> => {
  const parsed = KpiInput.safeParse(input);
  if (!parsed.success) return Result.fail(new InvalidFacts({ issues: issuesFromZod(parsed.error.issues, kpiFieldLabel, input) }));
  return evaluateParsed(parsed.data, "counts", options, parsed.data);
};

const RecordsHeader = z.object({ province: KpiProvince, period: KpiPeriod });

/** The input of {@link evaluateKpiRecords}. @category kpi @since 0.1.0 */
export interface KpiRecordsInput {
  readonly province: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly records: Iterable<KpiRecord>;
}

/**
 * Evaluates the KPIs from case records: derives the counts in one pass (`countsFromRecords`), then
 * evaluates them exactly as {@link evaluateKpis} does.
 *
 * **Law** — as {@link evaluateKpis}; the counting rule (cohorts of the period) is documented on
 * `countsFromRecords`.
 *
 * **When to use** — exports of case-management systems, up to millions of records (a generator is
 * consumed once, in constant memory).
 *
 * **Gotchas** — the receipt hashes the derived counts, not every record (hashing a million records
 * would cost more than counting them); keep the export to replay. Provenance says `records`.
 *
 * **Example**
 * ```ts
 * evaluateKpiRecords({ province: "nghe-an", period: { from: "2022-01-01", to: "2022-12-31" },
 *   records: exportRows() })
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const evaluateKpiRecords = (
  input: KpiRecordsInput,
  options: EvaluateKpisOptions = {},
): Result.Result<KpiReport, InvalidFacts | UnsupportedPeriod> => {
  const header = RecordsHeader.safeParse({ province: input.province, period: input.period });
  if (!header.success) return Result.fail(new InvalidFacts({ issues: issuesFromZod(header.error.issues, kpiFieldLabel, { province: input.province, period: input.period }) }));
  const records: unknown = input.records;
  if (records === null || typeof records !== "object" || typeof (records as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function")
    return Result.fail(new InvalidFacts({ issues: [issueOf("records", "kpi.issue.not-records", { field: kpiFieldLabel(["records"]) })] }));
  const counts = countsFromRecords(input.records, header.data.period);
  if (Result.isFailure(counts)) return Result.fail(counts.failure);
  const parsed: KpiInput = { ...header.data, counts: counts.success };
  return evaluateParsed(parsed, "records", options, { ...parsed, source: "records" });
};

/** {@link evaluateKpis}, returning the report and throwing `InvalidFacts` or `UnsupportedPeriod`. @category kpi @since 0.2.0 */
export const evaluateKpisUnsafe = (input: KpiInputJson, options: EvaluateKpisOptions = {}): KpiReport => getOrThrow(evaluateKpis(input, options));

/** {@link evaluateKpiRecords}, returning the report and throwing `InvalidFacts` or `UnsupportedPeriod`. @category kpi @since 0.2.0 */
export const evaluateKpiRecordsUnsafe = (input: KpiRecordsInput, options: EvaluateKpisOptions = {}): KpiReport =>
  getOrThrow(evaluateKpiRecords(input, options));
