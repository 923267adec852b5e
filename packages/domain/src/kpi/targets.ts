import { Result } from "effect";
import type { Citation } from "../prelude/citation.js";
import type { Confidence } from "../prelude/confidence.js";
import { addDays, isoDate, type IsoDate, type Period } from "../prelude/date.js";
import { InvalidFacts, UnsupportedPeriod, type Issue } from "../prelude/errors.js";
import { compareFractions, fraction, percent, type Fraction } from "../prelude/fraction.js";
import type { Label } from "../prelude/label.js";
import { checkVersions, type Version } from "../prelude/versioned.js";
import { instruments } from "../law/index.js";
import { KPI_IDS, type KpiId } from "./indicators.js";
import type { Comparison } from "./ratio.js";

/**
 * One target: the comparison as worded, the exact value, the wording, and the citations setting it.
 *
 * **Gotchas** — `confidence` is that of the target as encoded, i.e. the weaker of the value's
 * source and of the reading of the comparison (a bare "95%" read as "at least 95%" is an
 * encoding convention, hence `unverified`).
 * @category kpi
 * @since 0.1.0
 */
export interface KpiTarget {
  readonly op: Comparison;
  readonly value: Fraction;
  /** How the plan words it: `{ vi: "trên 90%", en: "over 90%" }`. */
  readonly wording: Label;
  readonly basis: ReadonlyArray<Citation>;
  readonly confidence: Confidence;
}

/** The targets set for some indicators (an indicator without a target is `not_applicable`). @category kpi @since 0.1.0 */
export type KpiTargetSet = { readonly [K in KpiId]?: KpiTarget };

/**
 * The value of one dated version of a province's targets: either the targets, or an explicit
 * statement that the targets of that period are **not known** (so asking gives an unsupported
 * period, never a guess).
 * @category kpi
 * @since 0.1.0
 */
export type KpiTargetsValue =
  | { readonly _tag: "Known"; readonly targets: KpiTargetSet }
  | { readonly _tag: "Unknown"; readonly reason: Label };

/**
 * Dated targets per province code (`"national"` for the national programme). Each province's
 * versions are sorted and do not overlap; a version's period is the span of reporting days its
 * targets apply to.
 * @category kpi
 * @since 0.1.0
 */
export type KpiTargetTable = { readonly [province: string]: ReadonlyArray<Version<KpiTargetsValue>> };

const d = (s: string): IsoDate => isoDate(s);

/** Decision 193/QĐ-TTg, Điều 1 (which approves the programme whose specific objectives set the targets). */
const DECISION_193: Citation = {
  instrument: "193/QĐ-TTg",
  article: 1,
  effective: { from: instruments["193/QĐ-TTg"].effective },
  confidence: "secondary",
  source: "Secondary reports of the decision's text (tintuc.vdong.vn; luatvietnam.vn header)",
};

/**
 * Nghệ An Plan 179/KH-UBND. A plan has sections, not articles; the section holding the targets is
 * not known, so `article: 1` denotes the plan's objectives section by convention.
 */
const PLAN_179: Citation = {
  instrument: "nghe-an:179/KH-UBND",
  article: 1,
  effective: { from: instruments["nghe-an:179/KH-UBND"].effective, to: d("2022-12-31") },
  confidence: "secondary",
  source: "Báo Nghệ An (baonghean.vn) report of the plan, in English; the plan's text was not read",
};

/** Decision 33/QĐ-TTg, Điều 1 (approves the 2026–2030 programme). Its numeric targets are unknown. */
const DECISION_33: Citation = {
  instrument: "33/QĐ-TTg",
  article: 1,
  effective: { from: instruments["33/QĐ-TTg"].effective },
  confidence: "secondary",
};

const OVER = (p: number): Label => ({ vi: `trên ${p}%`, en: `over ${p}%`, fr: `plus de ${p} %` });
const BARE = (p: number): Label => ({ vi: `${p}%`, en: `${p}%`, fr: `${p} %` });

/**
 * The four enforcement targets worded identically by Decision 193/QĐ-TTg and Plan 179/KH-UBND,
 * cited to `basis`.
 */
const programmeTargets = (basis: ReadonlyArray<Citation>): KpiTargetSet => ({
  // "100% … được tiếp nhận, phân loại": all of them, i.e. at least 100%.
  reports_classified: { op: "gte", value: percent(100), wording: BARE(100), basis, confidence: "secondary" },
  // "tỷ lệ giải quyết đạt trên 90%": "trên" is strictly greater.
  reports_resolved: { op: "gt", value: percent(90), wording: OVER(90), basis, confidence: "secondary" },
  // "đạt trên 90% tổng số án khởi tố": strictly greater.
  cases_solved: { op: "gt", value: percent(90), wording: OVER(90), basis, confidence: "secondary" },
  // "95% số vụ án … hàng năm": a bare percentage read as "at least" (convention, [M]).
  cases_indicted: { op: "gte", value: percent(95), wording: BARE(95), basis, confidence: "unverified" },
  // "90% số vụ án … hàng năm": a bare percentage read as "at least" (convention, [M]).
  cases_tried: { op: "gte", value: percent(90), wording: BARE(90), basis, confidence: "unverified" },
});

const UNKNOWN_2026: KpiTargetsValue = {
  _tag: "Unknown",
  reason: {
    vi: "Quyết định số 33/QĐ-TTg ngày 07/01/2026 đặt 9 mục tiêu cụ thể cho giai đoạn 2026–2030, nhưng giá trị định lượng của các mục tiêu này chưa được mã hóa (chưa đối chiếu văn bản).",
    en: "Decision 33/QĐ-TTg of 7 January 2026 sets 9 specific objectives for 2026–2030, but their numeric values are not encoded (the text has not been checked).",
  },
};

const national2021: Version<KpiTargetsValue> = {
  from: d("2021-01-01"),
  to: d("2025-12-31"),
  value: { _tag: "Known", targets: programmeTargets([DECISION_193]) },
  basis: [DECISION_193],
};

const unknown2026: Version<KpiTargetsValue> = { from: d("2026-01-01"), to: d("2030-12-31"), value: UNKNOWN_2026, basis: [DECISION_33] };

/**
 * The built-in targets table: the national programme, and Nghệ An.
 *
 * **Law**
 * - `national`, 2021–2025: Decision 193/QĐ-TTg of 09/02/2021 (programme 2021–2025; the targets
 *   apply to the programme's years, from 01/01/2021, although the decision was signed on 09/02).
 * - `national` and `nghe-an`, 2026–2030: Decision 33/QĐ-TTg of 07/01/2026 opens the programme, but
 *   its numeric targets are **unknown** — an explicit `Unknown` version.
 * - `nghe-an`, 2022: Plan 179/KH-UBND of 16/03/2022, which repeats the national targets;
 *   both are cited.
 * - `nghe-an`, 2021 and 2023–2025: the national targets of Decision 193/QĐ-TTg, which bind every
 *   province. Nghệ An's Plan 173/KH-UBND (2021–2025) may repeat them, but its targets were not
 *   read, so it is not cited.
 * - Before 2021 and after 2030: no version, i.e. an unsupported period.
 *
 * **When to use** — the default of `evaluateKpis`; a province package passes its own table (or
 * spreads this one and replaces its province's entry).
 *
 * **Gotchas** — `K4`/`K5` ("95%", "90%" without "trên") are read as "at least", a convention marked
 * `unverified`; `K2`/`K3` ("trên 90%") are strict.
 *
 * **Example**
 * ```ts
 * targetsFor(kpiTargets, "nghe-an", { from: isoDate("2022-01-01"), to: isoDate("2022-12-31") })
 * // Success → the Plan 179/KH-UBND version
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const kpiTargets: KpiTargetTable = {
  national: [national2021, unknown2026],
  "nghe-an": [
    { ...national2021, to: d("2021-12-31") },
    {
      from: d("2022-01-01"),
      to: d("2022-12-31"),
      value: { _tag: "Known", targets: programmeTargets([PLAN_179, DECISION_193]) },
      basis: [PLAN_179, DECISION_193],
    },
    { ...national2021, from: d("2023-01-01") },
    unknown2026,
  ],
};

/** The targets found for a province and period, with the version they come from. @category kpi @since 0.1.0 */
export interface ResolvedTargets {
  readonly province: string;
  readonly version: Period;
  readonly targets: KpiTargetSet;
  readonly basis: ReadonlyArray<Citation>;
}

/**
 * Problems with a targets table for one province, as input issues (paths under `targets.<province>`):
 * versions unsorted or overlapping, target values outside 0–100%.
 * @category kpi
 * @since 0.1.0
 */
export const checkTargets = (table: KpiTargetTable, province: string): Issue[] => {
  const versions = table[province] ?? [];
  const base = `targets.${province}`;
  const issues: Issue[] = checkVersions(versions).map((message) => ({ path: base, message }));
  versions.forEach((v, i) => {
    if (v.value._tag !== "Known") return;
    for (const id of Object.keys(v.value.targets)) {
      const t = v.value.targets[id as KpiId];
      if (!(KPI_IDS as ReadonlyArray<string>).includes(id)) issues.push({ path: `${base}[${i}].value.targets.${id}`, message: "unknown indicator id" });
      else if (t !== undefined && (compareFractions(t.value, fraction(0, 1)) < 0 || compareFractions(t.value, fraction(1, 1)) > 0))
        issues.push({ path: `${base}[${i}].value.targets.${id}.value`, message: "a target rate must lie between 0% and 100%" });
    }
  });
  return issues;
};

/**
 * The targets in force over a whole reporting period, for a province.
 *
 * **Law** — targets are dated parameters: the version whose period covers the reporting period
 * applies. A period no version covers, or an `Unknown` version, is an `UnsupportedPeriod`.
 *
 * **When to use** — inside `evaluateKpis`; directly to show which plan a period is measured against.
 *
 * **Gotchas** — the reporting period must lie within **one** version: 2021-07-01…2022-06-30 straddles
 * Decision 193 alone (2021) and Plan 179 (2022) and is refused, naming the first day not covered.
 * A malformed table gives `InvalidFacts`.
 *
 * **Example**
 * ```ts
 * targetsFor(kpiTargets, "nghe-an", { from: isoDate("2026-01-01"), to: isoDate("2026-06-30") })
 * // Failure → UnsupportedPeriod (Decision 33/QĐ-TTg targets unknown)
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const targetsFor = (
  table: KpiTargetTable,
  province: string,
  period: { readonly from: IsoDate; readonly to: IsoDate },
): Result.Result<ResolvedTargets, UnsupportedPeriod | InvalidFacts> => {
  const issues = checkTargets(table, province);
  if (issues.length > 0) return Result.fail(new InvalidFacts({ issues }));
  const versions = Object.hasOwn(table, province) ? (table[province] ?? []) : [];
  const known = versions.filter((v) => v.value._tag === "Known").map((v): Period => (v.to === undefined ? { from: v.from } : { from: v.from, to: v.to }));
  const unsupported = (asOf: IsoDate, why: string) =>
    Result.fail(new UnsupportedPeriod({ asOf, subject: `KPI targets for ${province}${why}`, supported: known }));
  const hit = versions.find((v) => v.from <= period.from && (v.to === undefined || period.from <= v.to));
  if (hit === undefined) return unsupported(period.from, versions.length === 0 ? " (no targets encoded for this province)" : "");
  if (hit.value._tag === "Unknown") return unsupported(period.from, ` (${hit.value.reason.en})`);
  if (hit.to !== undefined && period.to > hit.to)
    return unsupported(addDays(hit.to, 1), ` (the period ${period.from}…${period.to} spans more than one target version)`);
  return Result.succeed({
    province,
    version: hit.to === undefined ? { from: hit.from } : { from: hit.from, to: hit.to },
    targets: hit.value.targets,
    basis: hit.basis,
  });
};
