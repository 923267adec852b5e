import { Result } from "effect";
import { uniqueCitations, type Citation } from "../prelude/citation.js";
import type { Confidence } from "../prelude/confidence.js";
import { addDays, isoDate, type IsoDate, type Period } from "../prelude/date.js";
import { InvalidFacts, UnsupportedPeriod } from "../prelude/errors.js";
import type { Issue } from "../prelude/issue.js";
import { kpiFieldLabel } from "./fields.js";
import { issueOf } from "./messages.js";
import { compareFractions, fraction, percent, type Fraction } from "../prelude/fraction.js";
import type { Label } from "../prelude/label.js";
import { versionIssues, type Version } from "../prelude/versioned.js";
import { cite } from "../law/index.js";
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
const DECISION_193: Citation = cite("193/QĐ-TTg", { article: 1 });

/** Decision 33/QĐ-TTg, Điều 1 (approves the 2026–2030 programme). Its numeric targets are unknown. */
const DECISION_33: Citation = cite("33/QĐ-TTg", { article: 1 });

const OVER = (p: number): Label => ({ vi: `trên ${p}%`, en: `over ${p}%`, fr: `plus de ${p} %` });
const BARE = (p: number): Label => ({ vi: `${p}%`, en: `${p}%`, fr: `${p} %` });

/** The enforcement targets of Decision 193/QĐ-TTg (K1–K5), cited to `basis`. */
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
 * The built-in targets table: the national programme, which binds every province.
 *
 * **Law**
 * - 2021–2025: Decision 193/QĐ-TTg of 09/02/2021 (programme 2021–2025; the targets apply to the
 *   programme's years, from 01/01/2021, although the decision was signed on 09/02). They bind every
 *   province: Hải Phòng, Nghệ An or any other province code is measured against them.
 * - 2026–2030: Decision 33/QĐ-TTg of 07/01/2026 opens the successor programme, but its numeric
 *   targets are **not in the legal reference** — an explicit `Unknown` version, so a 2026 period is
 *   an `UnsupportedPeriod` naming what is missing.
 * - Before 2021 and after 2030: no version, i.e. an unsupported period.
 *
 * **When to use** — the default of `evaluateKpis`. A province's own targets are not here: they
 * live in its province package (option point `kpi.targets`) and are read from the profile passed
 * as `evaluateKpis(input, { provinces: [profile] })`; where stricter, they override these.
 *
 * **Gotchas** — `K4`/`K5` ("95%", "90%" without "trên") are read as "at least", a convention marked
 * `unverified`; `K2`/`K3` ("trên 90%") are strict.
 *
 * **Example**
 * ```ts
 * targetsFor(kpiTargets, "hai-phong", { from: isoDate("2024-01-01"), to: isoDate("2024-12-31") })
 * // Success → the Decision 193/QĐ-TTg version
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const kpiTargets: KpiTargetTable = {
  national: [national2021, unknown2026],
};

/**
 * What `evaluateKpis` reads from a province profile: its id and its dated `kpi.targets` (a
 * `ProvinceProfile` from `defineProvince` fits as is).
 * @category kpi
 * @since 0.3.0
 */
export interface KpiProvinceTargets {
  readonly id: string;
  /** The province's name, for messages. @since 0.3.0 */
  readonly name?: Label | undefined;
  readonly overrides: { readonly "kpi.targets"?: ReadonlyArray<Version<KpiTargetSet>> | undefined };
}

/** One target the rate must meet, and where it comes from. @category kpi @since 0.3.0 */
export interface BindingTarget {
  readonly target: KpiTarget;
  readonly from: "national" | "province";
}

/** The targets found for a province and period, with the versions they come from. @category kpi @since 0.1.0 */
export interface ResolvedTargets {
  readonly province: string;
  /** The national version in force over the period. */
  readonly version: Period;
  /** Per indicator, the target shown: the stricter of the national and the province's, citing both when both bind. */
  readonly targets: KpiTargetSet;
  /** Per indicator, every target the rate must meet (national and provincial). */
  readonly binding: { readonly [K in KpiId]?: ReadonlyArray<BindingTarget> };
  /** Per indicator, the version the shown target comes from. */
  readonly versions: { readonly [K in KpiId]?: Period };
  /** Where the province's own targets were read: none (`built-in`), a targets table (`override`), the profile (`province`). */
  readonly table: "built-in" | "override" | "province";
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
  const issues: Issue[] = versionIssues(versions, base).map((i) => ({ ...i, path: base }));
  versions.forEach((v, i) => {
    if (v.value._tag === "Known") issues.push(...targetSetIssues(v.value.targets, `${base}[${i}].value.targets`));
  });
  return issues;
};

const targetLabel = (_path: string): Label => ({ vi: "Bộ chỉ tiêu của tỉnh", en: "The province's target set", fr: "Le jeu de cibles de la province" });

/**
 * Problems with one set of targets (paths under `path`): an unknown indicator id, a target rate
 * outside 0–100%.
 * @category kpi
 * @since 0.3.0
 */
export const targetSetIssues = (targets: KpiTargetSet, path: string): Issue[] => {
  const issues: Issue[] = [];
  for (const id of Object.keys(targets)) {
    const t = targets[id as KpiId];
    if (!(KPI_IDS as ReadonlyArray<string>).includes(id)) issues.push(issueOf(`${path}.${id}`, "kpi.issue.unknown-indicator", { field: targetLabel(path) }));
    else if (t !== undefined && (compareFractions(t.value, fraction(0, 1)) < 0 || compareFractions(t.value, fraction(1, 1)) > 0))
      issues.push(issueOf(`${path}.${id}.value`, "kpi.issue.target-range", { field: targetLabel(path) }));
  }
  return issues;
};

type Bound = { readonly at: Fraction; readonly closed: boolean };
const ZERO: Bound = { at: fraction(0, 1), closed: true };
const ONE: Bound = { at: fraction(1, 1), closed: true };
/** The rates from 0% to 100% that meet a target, as an interval. */
const interval = (t: Pick<KpiTarget, "op" | "value">): readonly [Bound, Bound] => {
  switch (t.op) {
    case "gt": return [{ at: t.value, closed: false }, ONE];
    case "gte": return [{ at: t.value, closed: true }, ONE];
    case "lt": return [ZERO, { at: t.value, closed: false }];
    case "lte": return [ZERO, { at: t.value, closed: true }];
    case "eq": return [{ at: t.value, closed: true }, { at: t.value, closed: true }];
  }
};

/**
 * Whether every rate that meets `a` also meets `b` (`a` is at least as strict as `b`), exactly.
 *
 * **Example**
 * ```ts
 * implies({ op: "gte", value: percent("92.5") }, { op: "gt", value: percent(90) }) // true
 * implies({ op: "gte", value: percent(90) }, { op: "gt", value: percent(90) })     // false: 90% itself
 * ```
 * @category kpi
 * @since 0.3.0
 */
export const implies = (a: Pick<KpiTarget, "op" | "value">, b: Pick<KpiTarget, "op" | "value">): boolean => {
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  const lo = compareFractions(alo.at, blo.at);
  const hi = compareFractions(ahi.at, bhi.at);
  return (lo > 0 || (lo === 0 && (blo.closed || !alo.closed))) && (hi < 0 || (hi === 0 && (bhi.closed || !ahi.closed)));
};

const periodOf = (v: Period): Period => (v.to === undefined ? { from: v.from } : { from: v.from, to: v.to });

/**
 * The targets in force over a whole reporting period, for a province.
 *
 * **Law** — Decision 193/QĐ-TTg's targets bind every province; a province's own targets (its
 * profile's `kpi.targets`, or its entry in `table`) apply over the period of their version, and
 * override the national ones where stricter. A rate must meet every binding target, so the target
 * shown is the stricter one and both are cited when both bind. A period no national version
 * covers, or an `Unknown` version (the 2026–2030 programme), is an `UnsupportedPeriod` naming what
 * is missing.
 *
 * **When to use** — inside `evaluateKpis`; directly to show which plan a period is measured against.
 *
 * **Gotchas** — the reporting period must lie within **one** national version, and a stricter
 * provincial target must be in force over the **whole** period (a plan in force from 16/03/2022
 * does not judge 01/01–15/03/2022); a provincial target no stricter than the national one and in
 * force over part of the period is simply not cited. A malformed table gives `InvalidFacts`.
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
  profile?: KpiProvinceTargets,
): Result.Result<ResolvedTargets, UnsupportedPeriod | InvalidFacts> => {
  const own = province !== "national" && Object.hasOwn(table, province);
  const issues = [...checkTargets(table, "national"), ...(own ? checkTargets(table, province) : [])];
  if (profile !== undefined && profile.id !== province)
    issues.push(issueOf("province", "kpi.issue.profile-mismatch", { field: kpiFieldLabel(["province"]), profile: profile.name ?? { vi: "một tỉnh khác", en: "another province", fr: "une autre province" }, province }));
  const profileVersions = profile?.id === province && !own ? (profile.overrides["kpi.targets"] ?? []) : [];
  issues.push(...versionIssues(profileVersions, `province.overrides["kpi.targets"]`));
  profileVersions.forEach((v, i) => issues.push(...targetSetIssues(v.value, `province.overrides["kpi.targets"][${i}].value`)));
  if (issues.length > 0) return Result.fail(new InvalidFacts({ issues }));

  const national = table.national ?? [];
  const known = national.filter((v) => v.value._tag === "Known").map(periodOf);
  const unsupported = (asOf: IsoDate, why: string) =>
    Result.fail(new UnsupportedPeriod({ asOf, subject: `KPI targets for ${province}${why}`, supported: known }));
  const hit = national.find((v) => v.from <= period.from && (v.to === undefined || period.from <= v.to));
  if (hit === undefined) return unsupported(period.from, " (no national programme target is encoded for this period)");
  if (hit.value._tag === "Unknown") return unsupported(period.from, ` (${hit.value.reason.en})`);
  if (hit.to !== undefined && period.to > hit.to)
    return unsupported(addDays(hit.to, 1), ` (the period ${period.from}…${period.to} spans more than one target version)`);
  const nationalTargets = hit.value.targets;

  const local: ReadonlyArray<Version<KpiTargetsValue>> = own
    ? (table[province] ?? [])
    : profileVersions.map((v) => ({ ...v, value: { _tag: "Known", targets: v.value } }));
  const overlapping = local.filter((v) => v.from <= period.to && (v.to === undefined || v.to >= period.from));
  let full: Version<KpiTargetSet> | undefined;
  for (const v of overlapping) {
    const value = v.value;
    if (value._tag === "Unknown") return unsupported(v.from < period.from ? period.from : v.from, ` (${value.reason.en})`);
    const whole = v.from <= period.from && (v.to === undefined || v.to >= period.to);
    if (whole) {
      full = { ...v, value: value.targets };
      continue;
    }
    for (const id of KPI_IDS) {
      const p = value.targets[id];
      const n = nationalTargets[id];
      if (p !== undefined && (n === undefined || !implies(n, p)))
        return unsupported(
          v.from > period.from ? v.from : addDays(v.to ?? period.to, 1),
          ` (a provincial target for ${id} is in force over part of the period ${period.from}…${period.to} only)`,
        );
    }
  }

  const targets: { [K in KpiId]?: KpiTarget } = {};
  const binding: { [K in KpiId]?: ReadonlyArray<BindingTarget> } = {};
  const versions: { [K in KpiId]?: Period } = {};
  for (const id of KPI_IDS) {
    const n = nationalTargets[id];
    const p = full?.value[id];
    if (p !== undefined && full !== undefined && n !== undefined) {
      const shown = implies(p, n) || !implies(n, p) ? p : n;
      const other = shown === p ? n : p;
      targets[id] = { ...shown, basis: uniqueCitations([...shown.basis, ...other.basis]) };
      binding[id] = [{ target: p, from: "province" }, { target: n, from: "national" }];
      versions[id] = periodOf(shown === p ? full : hit);
    } else if (p !== undefined && full !== undefined) {
      targets[id] = p;
      binding[id] = [{ target: p, from: "province" }];
      versions[id] = periodOf(full);
    } else if (n !== undefined) {
      targets[id] = n;
      binding[id] = [{ target: n, from: "national" }];
      versions[id] = periodOf(hit);
    }
  }
  return Result.succeed({
    province,
    version: periodOf(hit),
    targets,
    binding,
    versions,
    table: own ? "override" : profileVersions.length > 0 ? "province" : "built-in",
    basis: uniqueCitations([...(full?.basis ?? []), ...hit.basis]),
  });
};
