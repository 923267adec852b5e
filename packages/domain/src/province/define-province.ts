import { Data, Result } from "effect";
import * as z from "zod";
import {
  AmountSpecSchema,
  itemValueAt,
  REGIME_IDS,
  TRANSITION_DATE,
  supportItem,
  type AmountSpec,
  type LocalAuthorities,
  type LocalRate,
  type PriorityGroup,
} from "../eligibility/index.js";
import { formatCitation, instruments, isInstrumentId, type InstrumentKind } from "../law/index.js";
import { CitationSchema, type Citation } from "../prelude/citation.js";
import { versionIssues, type Version } from "../prelude/versioned.js";
import type { Confidence } from "../prelude/confidence.js";
import { IsoDateSchema, type IsoDate, type Period } from "../prelude/date.js";
import { issuesFromZod } from "../prelude/issue.js";

/**
 * A problem with a province profile, for the developer of a province package (thrown when the
 * package loads, never sent to a user): where it is and what is wrong, in English.
 * @category province
 * @since 0.3.0
 */
export interface ProfileIssue {
  readonly path: string;
  readonly message: string;
}
type Issue = ProfileIssue;
import { FractionSchema } from "../prelude/fraction.js";
import { LabelSchema, type Label } from "../prelude/label.js";
import { KPI_IDS, targetSetIssues, type KpiTargetSet } from "../kpi/index.js";
import { councilUnit, fromRoman, type CouncilTerm, type ProvinceCouncil } from "../resolution/index.js";

export type { CouncilTerm, ProvinceCouncil } from "../resolution/index.js";

export type { LocalAuthorities, LocalRate, PriorityGroup } from "../eligibility/index.js";
/** The one KPI target type (from `@ctip-vn/domain/kpi`), re-exported for province packages. @category province @since 0.1.0 */
export type { KpiTarget, KpiTargetSet } from "../kpi/index.js";

/** A local campaign; `period: null` when its dates are unknown (then `unknownReason` says why). @category province @since 0.1.0 */
export interface Campaign {
  readonly id: string;
  readonly label: Label;
  readonly period: Period | null;
  readonly keyDays: ReadonlyArray<IsoDate>;
  readonly unknownReason?: Label;
  readonly basis: ReadonlyArray<Citation>;
}

/** Tasks a plan assigns to a local agency. @category province @since 0.1.0 */
export interface AgencyTasks {
  readonly agency: Label;
  readonly tasks: ReadonlyArray<Label>;
  readonly basis: ReadonlyArray<Citation>;
}

/**
 * The declared option points: the only things a province may set. National rules (the matrices,
 * the regimes, the transitional rule, national amounts and durations) are not here, so setting
 * them does not compile — and `parseProvinceConfig` rejects them at run time.
 *
 * **Law** — local People's Councils set spending levels under Circular 84/2019/TT-BTC and the
 * support decrees; provincial plans set targets, campaigns and task assignments.
 *
 * **Gotchas** — every value is dated and cites its local basis; `support.localRates` is checked
 * against national floors (e.g. travel-day meals ≥ 70,000 đồng/day under Circular 84/2019).
 * @category province
 * @since 0.1.0
 */
export interface OverridablePoints {
  readonly "support.localRates": ReadonlyArray<LocalRate>;
  readonly "support.authorities": ReadonlyArray<LocalAuthorities>;
  readonly "support.priorityGroups": ReadonlyArray<PriorityGroup>;
  /**
   * The province's own KPI targets, dated (one version per plan), by indicator id. They apply over
   * their version and override Decision 193/QĐ-TTg's targets where stricter (`evaluateKpis(input, { provinces: [profile] })`).
   */
  readonly "kpi.targets": ReadonlyArray<Version<KpiTargetSet>>;
  readonly "plan.campaigns": ReadonlyArray<Campaign>;
  readonly "plan.tasks": ReadonlyArray<AgencyTasks>;
}

/** The name of a declared option point. @category province @since 0.1.0 */
export type OverridePoint = keyof OverridablePoints;

/** All declared option points. @category province @since 0.1.0 */
export const OVERRIDE_POINTS = [
  "support.localRates",
  "support.authorities",
  "support.priorityGroups",
  "kpi.targets",
  "plan.campaigns",
  "plan.tasks",
] as const satisfies ReadonlyArray<OverridePoint>;

/** The overrides a province sets: any subset of the declared points, nothing else. @category province @since 0.1.0 */
export type ProvinceOverrides = Partial<OverridablePoints>;

/** A province's own instrument, not (yet) in the national registry; `id` is `<province>:<number>`. @category province @since 0.1.0 */
export interface LocalInstrument {
  readonly id: string;
  readonly number: string;
  readonly kind: InstrumentKind;
  readonly title: Label;
  readonly citeAs: Label;
  readonly issuer: Label;
  readonly issued?: IsoDate;
  readonly effective?: IsoDate;
  readonly confidence: Confidence;
  readonly note?: string;
}

/** What a province package passes to {@link defineProvince}. @category province @since 0.1.0 */
export interface ProvinceSpec {
  /** Lower-case kebab id, e.g. `nghe-an`; province codes are data (the 2025 merger cut 63 to 34). */
  readonly id: string;
  /** The profile's version (the package version), recorded in every receipt. */
  readonly version: string;
  readonly name: Label;
  /** Named a key locality for trafficking by the Government / MPS; `null` = unknown. */
  readonly keyLocality?: boolean | null;
  /** Registry ids of the province's instruments, and its own instruments not in the registry. */
  readonly instruments?: ReadonlyArray<string | LocalInstrument>;
  /**
   * The People's Council as resolutions name it. Default: unit and name read from `name.vi`
   * ("Thành phố Đà Nẵng" → "thành phố", "Đà Nẵng"; "Tỉnh Nghệ An" → "tỉnh", "Nghệ An"), the place
   * is the name, and no term is known (a resolution template then needs its `term`).
   */
  readonly council?: Partial<ProvinceCouncil>;
  readonly overrides: ProvinceOverrides;
}

/** One line of an override manifest: what changes, from what, to what, on which local basis. @category province @since 0.1.0 */
export interface ManifestEntry {
  readonly point: OverridePoint;
  readonly key: string;
  readonly from: unknown;
  readonly to: unknown;
  readonly period: Period | null;
  readonly basis: ReadonlyArray<Citation>;
}

/** A checked province profile, with its override manifest. @category province @since 0.1.0 */
export interface ProvinceProfile {
  readonly id: string;
  readonly version: string;
  readonly name: Label;
  readonly keyLocality: boolean | null;
  readonly instruments: ReadonlyArray<LocalInstrument>;
  /** Its People's Council (unit, name, place, known terms), read by the resolution template and renderers. @since 0.4.0 */
  readonly council: ProvinceCouncil;
  readonly overrides: ProvinceOverrides;
  readonly manifest: ReadonlyArray<ManifestEntry>;
  /**
   * A checked {@link Citation} of one of the province's instruments: the instrument must be listed
   * in the profile (a `RangeError` names it otherwise); the effective date and confidence come from
   * the instrument.
   */
  readonly cite: (instrument: string, at?: LocalLocator) => Citation;
  /** How the province's own instruments read inside a citation, for `formatCitation(c, lang, names)`. */
  readonly instrumentNames: Readonly<Record<string, Label>>;
}

/** Where to point in a provincial instrument: article, clause, paragraph and point, or a section of a plan. @category province @since 0.2.0 */
export type LocalLocator = Partial<Pick<Citation, "article" | "clause" | "paragraph" | "point" | "section" | "note" | "source">>;

/**
 * A province profile that breaks a rule of the extension mechanism: an undeclared point, a value
 * under a national floor, an uncited or undated override.
 * @category province
 * @since 0.1.0
 */
export class InvalidOverride extends Data.TaggedError("InvalidOverride")<{
  readonly province: string;
  readonly issues: ReadonlyArray<Issue>;
}> {
  override get message(): string {
    return `Province profile "${this.province}": ${this.issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`;
  }
}

const PROVINCE_ID = /^[a-z]+(?:-[a-z]+)*$/;

const registryAsLocal = (id: string): LocalInstrument | undefined => {
  if (!isInstrumentId(id)) return undefined;
  const i = instruments[id];
  const base = { id, number: i.number, kind: i.kind, title: i.title, citeAs: i.citeAs, issuer: i.issuer, confidence: i.confidence };
  return {
    ...base,
    ...("issued" in i ? { issued: i.issued } : {}),
    ...("effective" in i ? { effective: i.effective } : {}),
    ...("note" in i ? { note: i.note } : {}),
  };
};

const periodIssues = (p: Period, path: string): Issue[] =>
  p.to !== undefined && p.to < p.from ? [{ path, message: `ends (${p.to}) before it starts (${p.from})` }] : [];

/** The national amount of an item over a local version's period (the first national version it overlaps). */
const nationalOver = (itemId: string, p: Period): Version<{ readonly amount: AmountSpec }> | undefined => {
  const item = supportItem(itemId);
  if (item === undefined) return undefined;
  return itemValueAt(item, p.from) ?? item.versions.find((v) => (p.to === undefined || v.from <= p.to) && (v.to === undefined || v.to >= p.from));
};

/** Paths of every string in `value` that is not in Unicode NFC (decomposed Vietnamese letters compare unequal). */
const nonNfcPaths = (value: unknown, path: string): string[] => {
  if (typeof value === "string") return value === value.normalize("NFC") ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonNfcPaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => nonNfcPaths(v, path === "" ? k : `${path}.${k}`));
  return [];
};

/** The indexes of entries whose id repeats an earlier one. */
const duplicateIds = (ids: ReadonlyArray<string>): number[] => ids.flatMap((id, i) => (ids.indexOf(id) < i ? [i] : []));

/** Law 66/2011 regimes that cover what a Law 53/2024-only regime id covers. */
const LAW66_EQUIVALENT: Readonly<Record<string, ReadonlyArray<string>>> = {
  essential_needs: ["essential_needs_and_travel"],
  travel: ["essential_needs_and_travel"],
  general_education: ["education_and_vocational"],
  vocational_and_employment: ["education_and_vocational"],
  interpretation: [],
  legal_support: [],
};

/** The council a spec names, with the defaults read from the province's Vietnamese name. */
const councilOf = (spec: ProvinceSpec): ProvinceCouncil => {
  const m = /^(Tỉnh|Thành phố)\s+(.+)$/iu.exec(spec.name.vi.trim());
  const name = spec.council?.name ?? (m?.[2] ?? spec.name.vi).trim();
  const unit = spec.council?.unit ?? (m === null ? councilUnit(name) : m[1]?.toLowerCase() === "tỉnh" ? "tỉnh" : "thành phố");
  return { unit, name, place: spec.council?.place ?? name, terms: spec.council?.terms ?? [] };
};

const termIssues = (terms: ReadonlyArray<CouncilTerm>): Issue[] =>
  terms.flatMap((t, i): Issue[] => [
    ...(fromRoman(t.term) === undefined ? [{ path: `council.terms[${i}].term`, message: `a council term is a Roman numeral, e.g. "XVIII" (got "${t.term}")` }] : []),
    ...periodIssues(t, `council.terms[${i}]`),
    ...(i > 0 && (terms[i - 1]?.to === undefined || (terms[i - 1]?.to ?? t.from) >= t.from) ? [{ path: `council.terms[${i}].from`, message: "terms are in order and do not overlap: the previous term must end before this one starts" }] : []),
  ]);

const checkProfile = (spec: ProvinceSpec): Issue[] => {
  const issues: Issue[] = [];
  if (spec.council?.unit !== undefined && spec.council.unit !== "tỉnh" && spec.council.unit !== "thành phố")
    issues.push({ path: "council.unit", message: `the council's unit is "tỉnh" or "thành phố" (a centrally-run city)` });
  issues.push(...termIssues(spec.council?.terms ?? []));
  if (!PROVINCE_ID.test(spec.id)) issues.push({ path: "id", message: "a province id is lower-case kebab-case, e.g. nghe-an" });
  for (const path of nonNfcPaths(spec, ""))
    issues.push({ path, message: "text must be in Unicode NFC (precomposed Vietnamese letters): use value.normalize(\"NFC\")" });
  const instrumentIds = (spec.instruments ?? []).map((e) => (typeof e === "string" ? e : e.id));
  for (const i of duplicateIds(instrumentIds)) issues.push({ path: `instruments[${i}]`, message: `"${instrumentIds[i]}" is listed twice` });
  const campaignIds = (spec.overrides["plan.campaigns"] ?? []).map((c) => c.id);
  for (const i of duplicateIds(campaignIds)) issues.push({ path: `overrides["plan.campaigns"][${i}].id`, message: `campaign id "${campaignIds[i]}" is used twice` });
  for (const key of Object.keys(spec.overrides)) {
    if (!(OVERRIDE_POINTS as ReadonlyArray<string>).includes(key))
      issues.push({
        path: `overrides.${key}`,
        message: `"${key}" is not a declared option point; national rules cannot be overridden. Declared points: ${OVERRIDE_POINTS.join(", ")}`,
      });
  }
  const declared = new Map<string, LocalInstrument>();
  (spec.instruments ?? []).forEach((entry, i) => {
    if (typeof entry === "string") {
      const local = registryAsLocal(entry);
      if (local === undefined) issues.push({ path: `instruments[${i}]`, message: `"${entry}" is not a registered instrument` });
      else declared.set(entry, local);
      return;
    }
    if (!entry.id.startsWith(`${spec.id}:`)) issues.push({ path: `instruments[${i}].id`, message: `a local instrument id starts with "${spec.id}:"` });
    if (isInstrumentId(entry.id)) issues.push({ path: `instruments[${i}].id`, message: `"${entry.id}" is registered: list its id instead` });
    declared.set(entry.id, entry);
  });
  const checkBasis = (basis: ReadonlyArray<Citation>, path: string, from?: IsoDate): void => {
    if (basis.length === 0) issues.push({ path, message: "an override must cite its local legal basis" });
    basis.forEach((b, i) => {
      const local = declared.get(b.instrument);
      // A provincial instrument id is prefixed with its province ("nghe-an:04/2020/NQ-HĐND").
      const owner = /^([a-z]+(?:-[a-z]+)*):/.exec(b.instrument)?.[1];
      if (local === undefined && !isInstrumentId(b.instrument))
        issues.push({
          path: `${path}[${i}].instrument`,
          message: owner !== undefined && owner !== spec.id ? `"${b.instrument}" belongs to another province` : `"${b.instrument}" is neither registered nor declared in instruments`,
        });
      if (from !== undefined && from < b.effective.from)
        issues.push({ path, message: `applies from ${from}, before its basis ${formatCitation(b, "en")} is in force (${b.effective.from})` });
    });
  };
  const o = spec.overrides;
  (o["support.localRates"] ?? []).forEach((rate, i) => {
    const path = `overrides["support.localRates"][${i}]`;
    const item = supportItem(rate.item);
    if (item === undefined || item.law !== rate.law) {
      issues.push({ path: `${path}.item`, message: `"${String(rate.item)}" is not a support item of Law ${rate.law}` });
      return;
    }
    issues.push(...versionIssues(rate.versions, `${path}.versions`));
    rate.versions.forEach((v, j) => {
      checkBasis(v.basis, `${path}.versions[${j}].basis`, v.from);
      const national = nationalOver(rate.item, v);
      const floor = national?.value.amount.kind === "floor" ? national.value.amount.vnd : undefined;
      if (floor !== undefined && (v.value.kind === "fixed" || v.value.kind === "floor") && v.value.vnd < floor)
        issues.push({
          path: `${path}.versions[${j}].value.vnd`,
          message: `${v.value.vnd} đồng is below the national floor of ${floor} đồng (${national?.basis.map((b) => formatCitation(b, "en")).join("; ")})`,
        });
      if (v.value.kind === "reference") issues.push({ path: `${path}.versions[${j}].value`, message: "a local rate is a figure, a floor or an explicit unknown, not a reference" });
    });
  });
  (o["support.authorities"] ?? []).forEach((a, i) => {
    const path = `overrides["support.authorities"][${i}]`;
    issues.push(...periodIssues(a, path));
    checkBasis(a.basis, `${path}.basis`, a.from);
    for (const k of Object.keys(a.value)) {
      if (!(REGIME_IDS as ReadonlyArray<string>).includes(k)) issues.push({ path: `${path}.value.${k}`, message: `"${k}" is not a regime id` });
      // Before 01/07/2025 every decision is made under Law 66/2011, whose regimes have other ids.
      const law66 = LAW66_EQUIVALENT[k];
      if (law66 !== undefined && a.to !== undefined && a.to < TRANSITION_DATE)
        issues.push({
          path: `${path}.value.${k}`,
          message:
            law66.length === 0
              ? `"${k}" is a regime of Law 53/2024/QH15 only, which has no equivalent before ${TRANSITION_DATE}: this authority would never be used`
              : `"${k}" is a regime of Law 53/2024/QH15; before ${TRANSITION_DATE} decisions follow Law 66/2011/QH12, where the regime is ${law66.map((r) => `"${r}"`).join(" or ")}`,
        });
    }
  });
  issues.push(...versionIssues(o["support.authorities"] ?? [], `overrides["support.authorities"]`).filter((x) => "code" in x && x.code === "issue.version-overlap"));
  (o["support.priorityGroups"] ?? []).forEach((g, i) => {
    const path = `overrides["support.priorityGroups"][${i}]`;
    issues.push(...periodIssues(g.period, `${path}.period`));
    checkBasis(g.basis, `${path}.basis`);
    if (g.criterion.kind === "age_under" && !(Number.isInteger(g.criterion.years) && g.criterion.years > 0 && g.criterion.years <= 18))
      issues.push({ path: `${path}.criterion.years`, message: "an age criterion is a whole number of years from 1 to 18" });
  });
  issues.push(...versionIssues(o["kpi.targets"] ?? [], `overrides["kpi.targets"]`));
  (o["kpi.targets"] ?? []).forEach((v, i) => {
    const path = `overrides["kpi.targets"][${i}]`;
    checkBasis(v.basis, `${path}.basis`, v.from);
    issues.push(...targetSetIssues(v.value, `${path}.value`));
    for (const id of KPI_IDS) {
      const t = v.value[id];
      if (t !== undefined) checkBasis(t.basis, `${path}.value.${id}.basis`, v.from);
    }
  });
  (o["plan.campaigns"] ?? []).forEach((c, i) => {
    const path = `overrides["plan.campaigns"][${i}]`;
    if (c.period === null && c.unknownReason === undefined) issues.push({ path: `${path}.unknownReason`, message: "a campaign without dates says why they are unknown" });
    if (c.period !== null) issues.push(...periodIssues(c.period, `${path}.period`));
    checkBasis(c.basis, `${path}.basis`);
  });
  (o["plan.tasks"] ?? []).forEach((t, i) => {
    const path = `overrides["plan.tasks"][${i}]`;
    if (t.tasks.length === 0) issues.push({ path: `${path}.tasks`, message: "list at least one task" });
    checkBasis(t.basis, `${path}.basis`);
  });
  return issues;
};

const manifestOf = (spec: ProvinceSpec): ManifestEntry[] => {
  const o = spec.overrides;
  return [
    ...(o["support.localRates"] ?? []).flatMap((rate) =>
      rate.versions.map((v): ManifestEntry => ({
        point: "support.localRates",
        key: `${rate.law}:${rate.item}`,
        from: nationalOver(rate.item, v)?.value.amount ?? null,
        to: v.value,
        period: { from: v.from, ...(v.to === undefined ? {} : { to: v.to }) },
        basis: v.basis,
      })),
    ),
    ...(o["support.authorities"] ?? []).flatMap((a) =>
      Object.entries(a.value).map(([regime, authority]): ManifestEntry => ({
        point: "support.authorities",
        key: regime,
        from: null,
        to: authority,
        period: { from: a.from, ...(a.to === undefined ? {} : { to: a.to }) },
        basis: a.basis,
      })),
    ),
    ...(o["support.priorityGroups"] ?? []).map((g): ManifestEntry => ({
      point: "support.priorityGroups",
      key: g.id,
      from: null,
      to: { label: g.label, criterion: g.criterion },
      period: g.period,
      basis: g.basis,
    })),
    ...(o["kpi.targets"] ?? []).flatMap((v) =>
      KPI_IDS.flatMap((id): ManifestEntry[] => {
        const t = v.value[id];
        return t === undefined
          ? []
          : [{ point: "kpi.targets", key: id, from: null, to: { op: t.op, value: t.value, wording: t.wording }, period: { from: v.from, ...(v.to === undefined ? {} : { to: v.to }) }, basis: t.basis }];
      }),
    ),
    ...(o["plan.campaigns"] ?? []).map((c): ManifestEntry => ({
      point: "plan.campaigns",
      key: c.id,
      from: null,
      to: { label: c.label, keyDays: c.keyDays, ...(c.unknownReason === undefined ? {} : { unknownReason: c.unknownReason }) },
      period: c.period,
      basis: c.basis,
    })),
    ...(o["plan.tasks"] ?? []).map((t): ManifestEntry => ({
      point: "plan.tasks",
      key: t.agency.en,
      from: null,
      to: { agency: t.agency, tasks: t.tasks },
      period: null,
      basis: t.basis,
    })),
  ];
};

/**
 * Checks a province profile and builds its override manifest.
 *
 * **Law** — a province may set only the declared option points ({@link OverridablePoints}); each
 * override is dated and cites a local instrument in force from its first day; amounts respect
 * national floors.
 *
 * **When to use** — in a province package (`@ctip-vn/province-<id>`), once, at module level; pass
 * the profile to `assessEligibility(input, { provinces: [profile] })`.
 *
 * **Gotchas** — an undeclared point is a type error in TypeScript and an `InvalidOverride` at run
 * time (for JSON config, use {@link parseProvinceConfig}). A legal "unknown" amount is a valid
 * override (`{ kind: "unknown", reason }`): it records the local basis without inventing a figure.
 *
 * **Example**
 * ```ts
 * const result = defineProvince({
 *   id: "quang-tri", version: "0.1.0", name: { vi: "Quảng Trị", en: "Quảng Trị" },
 *   instruments: [{ id: "quang-tri:12/2026/NQ-HĐND", number: "12/2026/NQ-HĐND", kind: "council_resolution", ... }],
 *   overrides: { "support.localRates": [{ law: "66/2011/QH12", item: "travel_day_meals", versions: [...] }] },
 * });
 * // Success → ProvinceProfile with manifest [{ point: "support.localRates", key: "66/2011/QH12:travel_day_meals", from, to, ... }]
 * ```
 * @category province
 * @since 0.1.0
 */
export const defineProvince = (spec: ProvinceSpec): Result.Result<ProvinceProfile, InvalidOverride> => {
  const issues = checkProfile(spec);
  if (issues.length > 0) return Result.fail(new InvalidOverride({ province: spec.id, issues }));
  const resolved = (spec.instruments ?? []).flatMap((e) => {
    const local = typeof e === "string" ? registryAsLocal(e) : e;
    return local === undefined ? [] : [local];
  });
  const cite = (instrument: string, at: LocalLocator = {}): Citation => {
    const i = resolved.find((x) => x.id === instrument);
    if (i === undefined) throw new RangeError(`"${instrument}" is not an instrument of province ${spec.id} (${resolved.map((x) => x.id).join(", ")})`);
    const from = i.effective ?? i.issued;
    if (from === undefined) throw new RangeError(`"${instrument}" has no effective or issue date to cite it from`);
    if (at.point !== undefined && at.clause === undefined) throw new RangeError("A point needs its clause");
    return { instrument, ...at, effective: { from }, confidence: i.confidence };
  };
  return Result.succeed({
    id: spec.id,
    version: spec.version,
    name: spec.name,
    keyLocality: spec.keyLocality ?? null,
    instruments: resolved,
    council: councilOf(spec),
    overrides: spec.overrides,
    manifest: manifestOf(spec),
    cite,
    instrumentNames: Object.fromEntries(resolved.map((x) => [x.id, x.citeAs])),
  });
};

const DatedSchema = <T extends z.ZodType>(value: T) =>
  z.object({ from: IsoDateSchema, to: IsoDateSchema.optional(), value, basis: z.array(CitationSchema) }).strict();
const PeriodSchema = z.object({ from: IsoDateSchema, to: IsoDateSchema.optional() }).strict();

/** zod schema of the untyped (JSON) province configuration. @category province @since 0.1.0 */
export const ProvinceConfig = z
  .object({
    id: z.string(),
    version: z.string(),
    name: LabelSchema,
    keyLocality: z.boolean().nullable().optional(),
    council: z
      .object({
        unit: z.enum(["tỉnh", "thành phố"]).optional(),
        name: z.string().optional(),
        place: z.string().optional(),
        terms: z.array(z.object({ term: z.string(), from: IsoDateSchema, to: IsoDateSchema.optional() }).strict()).optional(),
      })
      .strict()
      .optional(),
    instruments: z
      .array(
        z.union([
          z.string(),
          z.object({
            id: z.string(),
            number: z.string(),
            kind: z.string(),
            title: LabelSchema,
            citeAs: LabelSchema,
            issuer: LabelSchema,
            issued: IsoDateSchema.optional(),
            effective: IsoDateSchema.optional(),
            confidence: z.enum(["verified", "secondary", "unverified"]),
            note: z.string().optional(),
          }),
        ]),
      )
      .optional(),
    overrides: z
      .object({
        "support.localRates": z.array(z.object({ law: z.enum(["53/2024/QH15", "66/2011/QH12"]), item: z.string(), versions: z.array(DatedSchema(AmountSpecSchema)) })).optional(),
        "support.authorities": z.array(DatedSchema(z.record(z.string(), z.string()))).optional(),
        "support.priorityGroups": z
          .array(
            z.object({
              id: z.string(),
              label: LabelSchema,
              criterion: z.union([z.object({ kind: z.literal("age_under"), years: z.number().int() }), z.object({ kind: z.literal("described") })]),
              period: PeriodSchema,
              basis: z.array(CitationSchema),
            }),
          )
          .optional(),
        "kpi.targets": z
          .array(
            DatedSchema(
              z.partialRecord(
                z.enum(KPI_IDS),
                z
                  .object({
                    op: z.enum(["gt", "gte", "lt", "lte", "eq"]),
                    value: FractionSchema,
                    wording: LabelSchema,
                    basis: z.array(CitationSchema),
                    confidence: z.enum(["verified", "secondary", "unverified"]),
                  })
                  .strict(),
              ),
            ),
          )
          .optional(),
        "plan.campaigns": z
          .array(
            z.object({
              id: z.string(),
              label: LabelSchema,
              period: PeriodSchema.nullable(),
              keyDays: z.array(IsoDateSchema),
              unknownReason: LabelSchema.optional(),
              basis: z.array(CitationSchema),
            }),
          )
          .optional(),
        "plan.tasks": z.array(z.object({ agency: LabelSchema, tasks: z.array(LabelSchema), basis: z.array(CitationSchema) })).optional(),
      })
      .catchall(z.unknown()),
  })
  .meta({ id: "ProvinceConfig", title: "Province profile configuration (JSON)" });

/**
 * Checks an untyped (JSON) province configuration: shape first, then the same rules as
 * {@link defineProvince}. An undeclared option point is reported by name.
 *
 * **Example**
 * ```ts
 * parseProvinceConfig({ id: "x", version: "1", name: {...}, overrides: { "support.matrix": [] } })
 * // Failure → InvalidOverride { issues: [{ path: "overrides.support.matrix", message: "\"support.matrix\" is not a declared option point; …" }] }
 * ```
 * @category province
 * @since 0.1.0
 */
export const parseProvinceConfig = (json: unknown): Result.Result<ProvinceProfile, InvalidOverride> => {
  const parsed = ProvinceConfig.safeParse(json);
  const id = typeof json === "object" && json !== null && "id" in json && typeof json.id === "string" ? json.id : "(unknown)";
  if (!parsed.success) return Result.fail(new InvalidOverride({ province: id, issues: issuesFromZod(parsed.error.issues) }));
  return defineProvince(parsed.data as unknown as ProvinceSpec);
};
