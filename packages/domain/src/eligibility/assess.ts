import { Result } from "effect";
import { ageOn, covers, type IsoDate } from "../prelude/date.js";
import { getOrThrow, InvalidFacts, issuesFromZod, UnsupportedPeriod, type Issue } from "../prelude/errors.js";
import { hashOf } from "../prelude/hash.js";
import { makeReceipt, type EvaluationOptions } from "../prelude/receipt.js";
import type { SupportProfile } from "./profile.js";
import { citationKey, type Citation } from "../prelude/citation.js";
import { decidingFacts, explore, leaves, type DecidingFact, type DecidingFacts, type DecisionTree, type Placement } from "./decide.js";
import { governingSupportLaw, type SupportLawId } from "./governing-law.js";
import { say } from "./messages.js";
import { itemValueAt, supportItems, type SupportItem } from "./parameters.js";
import {
  categoryOf,
  matrixArticle,
  matrixRow,
  notCovered,
  regimesByLaw,
  transitionalProvision,
  TRANSITION_DATE,
  type RegimeDefinition,
  type RegimeId,
  type RegimeStatus,
  type NotCoveredId,
} from "./rules.js";
import {
  EligibilityRequest,
  type ContentItem,
  type EligibilityRequestInput,
  type EligibilityResult,
  type FactChange,
  type PersonFacts,
  type PriorityMatch,
  type Reason,
  type RegimeOutcome,
  type WhatWouldChange,
} from "./schema.js";

/**
 * Options of {@link assessEligibility}.
 * @category eligibility
 * @since 0.1.0
 */
export interface AssessOptions extends EvaluationOptions {
  /** Province profiles the request may name in `province` (from `@ctip-vn/province-*` packages). */
  readonly provinces?: ReadonlyArray<SupportProfile>;
  /** Who decides each regime, overriding the defaults and the province (duties moved in the 2025 reform). */
  readonly authorities?: Partial<Readonly<Record<RegimeId, string>>>;
  /** Skip the `whatWouldChange` search (it re-evaluates counterfactuals). Default `true`. */
  readonly whatWouldChange?: boolean;
}

/**
 * Default deciding authorities. Law 53/2024 Art. 27 names district labour offices; the district
 * level was abolished on 01/07/2025 and who took over is unverified, so the default names the
 * function and the configuration should name the agency.
 */
const defaultAuthority = (law: SupportLawId, regime: RegimeId): string => {
  if (law === "53/2024/QH15") {
    return regime === "essential_needs"
      ? "Cơ quan, tổ chức tiếp nhận: Công an, Bộ đội Biên phòng, Cảnh sát biển, Ủy ban nhân dân cấp xã, cơ sở trợ giúp xã hội, cơ sở hỗ trợ nạn nhân, cơ quan đại diện Việt Nam ở nước ngoài (Điều 17 Nghị định 162/2025/NĐ-CP)"
      : "Cơ quan lao động – thương binh và xã hội nơi tiếp nhận (Điều 27 Luật 53/2024/QH15; cơ quan kế nhiệm sau khi bỏ cấp huyện từ 01/07/2025 cần được cấu hình)";
  }
  return regime === "education_and_vocational" || regime === "hardship_allowance_and_loan"
    ? "Chủ tịch Ủy ban nhân dân cấp xã nơi nạn nhân cư trú (Điều 23 Nghị định 09/2013/NĐ-CP)"
    : "Cơ sở bảo trợ xã hội, cơ sở hỗ trợ nạn nhân và Phòng Lao động – Thương binh và Xã hội cấp huyện nơi tiếp nhận (Nghị định 09/2013/NĐ-CP)";
};

const uniqueBasis = (bs: ReadonlyArray<Citation>): Citation[] => {
  const seen = new Set<string>();
  return bs.filter((b) => {
    const k = citationKey(b);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** Cross-field checks that zod alone cannot express. */
const factIssues = (asOf: IsoDate, p: PersonFacts): Issue[] => {
  const issues: Issue[] = [];
  if (p.identifiedOn !== undefined && p.identifiedOn > asOf) issues.push({ path: "person.identifiedOn", message: `identification (${p.identifiedOn}) is after asOf (${asOf})` });
  if (p.accompanies?.identifiedOn !== undefined && p.accompanies.identifiedOn > asOf)
    issues.push({ path: "person.accompanies.identifiedOn", message: `identification (${p.accompanies.identifiedOn}) is after asOf (${asOf})` });
  if (p.birthDate !== undefined && p.birthDate > asOf) issues.push({ path: "person.birthDate", message: `birth date (${p.birthDate}) is after asOf (${asOf})` });
  if (p.birthDate !== undefined && p.ageYears !== undefined && p.birthDate <= asOf && ageOn(p.birthDate, asOf) !== p.ageYears)
    issues.push({ path: "person.ageYears", message: `born ${p.birthDate}, the person is ${ageOn(p.birthDate, asOf)} on ${asOf}, not ${p.ageYears}` });
  if (p.status === "under_verification" && p.identifiedOn !== undefined)
    issues.push({ path: "person.identifiedOn", message: "a person under verification has not been identified yet; use status identified_victim" });
  if (p.accompanies !== undefined && p.status !== undefined && p.status !== "accompanying_minor")
    issues.push({ path: "person.accompanies", message: "accompanies describes the person an accompanying minor is with; status is not accompanying_minor" });
  if (p.accompanies?.status === "under_verification" && p.accompanies.identifiedOn !== undefined)
    issues.push({ path: "person.accompanies.identifiedOn", message: "the accompanied person is under verification and has not been identified yet" });
  if (p.status === "accompanying_minor" && p.identifiedOn !== undefined && p.accompanies?.identifiedOn !== undefined && p.identifiedOn !== p.accompanies.identifiedOn)
    issues.push({ path: "person.identifiedOn", message: "for an accompanying minor, identifiedOn is the accompanied victim's: it must equal accompanies.identifiedOn" });
  return issues;
};

/** Derives the discrete deciding facts from the request. */
const toDecidingFacts = (asOf: IsoDate, p: PersonFacts): DecidingFacts => {
  const identifiedOn = p.status === "accompanying_minor" ? (p.identifiedOn ?? p.accompanies?.identifiedOn) : p.identifiedOn;
  const age = p.birthDate === undefined ? p.ageYears : ageOn(p.birthDate, asOf);
  const a = p.accompanies;
  const entries: ReadonlyArray<[DecidingFact, unknown]> = [
    ["status", p.status],
    ["identifiedBeforeTransition", identifiedOn === undefined ? undefined : identifiedOn < TRANSITION_DATE],
    ["nationality", p.nationality],
    ["permanentResident", p.permanentResidentInVietnam],
    ["location", p.location],
    ["traffickedIn", p.traffickedIn],
    ["minor", age === undefined ? undefined : age < 18],
    ["accompaniedStatus", a?.status],
    ["accompaniedNationality", a?.nationality],
    ["accompaniedPermanentResident", a?.permanentResidentInVietnam],
    ["accompaniedLocation", a?.location],
    ["accompaniedTraffickedIn", a?.traffickedIn],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as DecidingFacts;
};

const statusIn = (placement: Placement, regime: RegimeId): "ELIGIBLE" | "INELIGIBLE" | "DISCRETIONARY" =>
  placement.kind === "category" ? (matrixRow(placement.law, placement.category, regime)?.status ?? "INELIGIBLE") : "INELIGIBLE";

const signature = (p: Placement): string =>
  `${p.law}|${regimesByLaw[p.law].map((r) => statusIn(p, r.regime)).join(",")}`;

/** Unknown facts at which the outcome differs between branches, with the shallowest depth each decides at. */
const decidingDepths = (tree: DecisionTree, depth = 0, acc = new Map<DecidingFact, number>()): Map<DecidingFact, number> => {
  if (tree.kind === "leaf") return acc;
  const outcomes = new Set(tree.branches.flatMap((b) => leaves(b.tree).map(signature)));
  const differs = tree.branches.some((b) => {
    const mine = new Set(leaves(b.tree).map(signature));
    return mine.size !== outcomes.size || [...mine].some((s) => !outcomes.has(s));
  });
  if (differs) acc.set(tree.fact, Math.min(acc.get(tree.fact) ?? Number.POSITIVE_INFINITY, depth));
  for (const b of tree.branches) decidingDepths(b.tree, depth + 1, acc);
  return acc;
};

interface Core {
  readonly law: SupportLawId;
  readonly transitional: boolean;
  readonly placement: Placement | undefined;
  readonly leaves: ReadonlyArray<Placement>;
  readonly statuses: ReadonlyMap<RegimeId, RegimeStatus>;
  readonly missingFacts: ReadonlyArray<string>;
}

/** The legal core: which law, which category, each regime's status, the missing facts. */
const decideCore = (governing: SupportLawId, facts: DecidingFacts): Core => {
  const tree = explore(governing, facts);
  const all = leaves(tree);
  const first = all[0] as Placement;
  const sameLaw = all.every((l) => l.law === first.law && l.transitional === first.transitional);
  const law = sameLaw ? first.law : governing;
  const transitional = sameLaw && first.transitional;
  const statuses = new Map<RegimeId, RegimeStatus>(
    regimesByLaw[law].map((r) => {
      const seen = new Set(all.map((l) => (l.law === law ? statusIn(l, r.regime) : "OTHER_LAW")));
      const only = [...seen][0];
      return [r.regime, seen.size === 1 && only !== "OTHER_LAW" && only !== undefined ? only : "INSUFFICIENT_DATA"];
    }),
  );
  const depths = decidingDepths(tree);
  const order = (f: DecidingFact): number => decidingFacts.findIndex((d) => d.fact === f);
  const missingFacts = [...depths.entries()]
    .toSorted(([fa, da], [fb, db]) => da - db || order(fa) - order(fb))
    .map(([f]) => decidingFacts.find((d) => d.fact === f)?.path ?? f);
  const placement = all.length === 1 ? first : undefined;
  return { law, transitional, placement, leaves: all, statuses, missingFacts };
};

const NOT_COVERED_CODE = {
  victim_abroad: "victim-abroad",
  stateless_non_resident: "stateless-non-resident",
  foreigner_trafficked_abroad: "foreigner-trafficked-abroad",
  stateless_verified_abroad: "stateless-verified-abroad",
  accompanying_adult: "accompanying-adult",
  accompanying_uncovered_person: "accompanying-uncovered-person",
  no_verification_category: "no-verification-category",
} as const satisfies { readonly [K in NotCoveredId]: string };

const amountReason = (items: ReadonlyArray<ContentItem>): Reason[] => [
  ...items.flatMap((i) => (i.amount.kind === "unknown" ? [say("amount.unknown", "undetermined", { item: i.label, reason: i.amount.reason }, i.basis)] : [])),
  ...items.filter((i) => i.amount.kind === "floor").map((i) => say("amount.floor-only", "held", { item: i.label }, i.basis)),
];

/** The province's own rate for an item on `asOf`, with its local basis (read from the profile, never guessed from instrument names). */
const localRateOf = (law: SupportLawId, item: string, asOf: IsoDate, province: SupportProfile | undefined) =>
  province?.overrides["support.localRates"]?.find((r) => r.law === law && r.item === item)?.versions.find((lv) => covers(lv, asOf));

const contentOf = (law: SupportLawId, regime: RegimeId, asOf: IsoDate, province: SupportProfile | undefined): ContentItem[] =>
  (supportItems as ReadonlyArray<SupportItem>)
    .filter((i) => i.law === law && i.regime === regime)
    .flatMap((item): ContentItem[] => {
      const v = itemValueAt(item, asOf);
      if (v === undefined) return [];
      const local = localRateOf(law, item.id, asOf, province);
      return [
        {
          item: item.id,
          label: item.label,
          amount: local?.value ?? v.value.amount,
          durationDays: v.value.durationDays,
          condition: item.condition ?? null,
          detail: v.value.detail ?? null,
          source: local === undefined ? "national" : "provincial",
          nationalAmount: local === undefined ? null : v.value.amount,
          basis: uniqueBasis([...v.basis, ...(local?.basis ?? [])]),
        },
      ];
    });

const authorityOf = (law: SupportLawId, regime: RegimeId, asOf: IsoDate, province: SupportProfile | undefined, options: AssessOptions): { name: string; basis: Citation[] } => {
  const configured = options.authorities?.[regime];
  if (configured !== undefined) return { name: configured, basis: [] };
  const local = province?.overrides["support.authorities"]?.find((a) => covers(a, asOf) && a.value[regime] !== undefined);
  const localName = local?.value[regime];
  if (local !== undefined && localName !== undefined) return { name: localName, basis: [...local.basis] };
  return { name: defaultAuthority(law, regime), basis: [] };
};

const regimeOutcome = (
  def: RegimeDefinition,
  core: Core,
  asOf: IsoDate,
  province: SupportProfile | undefined,
  priority: ReadonlyArray<PriorityMatch>,
  options: AssessOptions,
): RegimeOutcome => {
  const status = core.statuses.get(def.regime) ?? "INSUFFICIENT_DATA";
  const p = core.placement;
  const transitional: Citation[] = core.transitional ? [transitionalProvision] : [];
  const reasons: Reason[] = [];
  if (core.transitional)
    reasons.push(say("eligibility.transitional", "held", {}, transitional));
  let basis: Citation[] = [...transitional];
  if (status === "INSUFFICIENT_DATA") {
    basis.push(matrixArticle[core.law], def.basis);
    reasons.push(say("eligibility.missing-facts", "undetermined", { missing: [...core.missingFacts] }, [matrixArticle[core.law]]));
  } else if (p === undefined) {
    const leafBasis = uniqueBasis(
      core.leaves.flatMap((l) => (l.kind === "category" ? (matrixRow(l.law, l.category, def.regime)?.basis ?? [def.basis]) : [matrixArticle[l.law]])),
    );
    basis.push(matrixArticle[core.law], ...leafBasis);
    reasons.push(say("eligibility.same-whatever-missing", "held", { missing: [...core.missingFacts] }, [matrixArticle[core.law], ...leafBasis]));
  } else if (p.kind === "not_covered") {
    const nc = notCovered[p.reason];
    const article = { ...matrixArticle[p.law], confidence: nc.confidence };
    basis.push(article);
    reasons.push(say(`eligibility.not-covered.${NOT_COVERED_CODE[p.reason]}`, "not_held", { situation: nc.message, article: matrixArticle[p.law].article ?? 0 }, [article]));
  } else {
    const row = matrixRow(p.law, p.category, def.regime);
    const cat = categoryOf(p.law, p.category);
    basis.push(...(row?.basis ?? [def.basis]));
    const params = { category: cat?.label ?? { vi: p.category, en: p.category }, regime: def.label };
    const rowBasis = [...(row?.basis ?? [])];
    reasons.push(
      status === "ELIGIBLE"
        ? say("eligibility.entitled", "held", params, rowBasis)
        : status === "DISCRETIONARY"
          ? say("eligibility.case-by-case", "held", params, rowBasis)
          : say("eligibility.not-listed", "not_held", params, rowBasis),
    );
  }
  const granted = status === "ELIGIBLE" || status === "DISCRETIONARY";
  const items = granted ? contentOf(core.law, def.regime, asOf, province) : [];
  if (granted) reasons.push(...amountReason(items));
  const localItems = items.filter((i) => i.source === "provincial");
  if (localItems.length > 0 && province !== undefined)
    reasons.push(
      say(
        "province.local-rate",
        "held",
        { province: province.name, items: localItems.map((i) => i.label) },
        uniqueBasis(localItems.flatMap((i) => localRateOf(core.law, i.item, asOf, province)?.basis ?? [])),
      ),
    );
  if (granted)
    for (const m of priority)
      reasons.push(say("province.priority", "held", { group: m.label }, m.basis));
  const authority = granted ? authorityOf(core.law, def.regime, asOf, province, options) : undefined;
  basis = uniqueBasis([...basis, ...items.flatMap((i) => i.basis), ...(authority?.basis ?? []), ...(granted ? priority.flatMap((m) => m.basis) : [])]);
  const amounts = items.map((i) => i.amount);
  // A single figure only when every item is a fixed sum in the same unit (never adds per-day to per-trip).
  const fixed = amounts.flatMap((a) => (a.kind === "fixed" ? [a] : []));
  const amountVnd =
    fixed.length > 0 && fixed.length === amounts.length && fixed.every((a) => a.unit.en === fixed[0]?.unit.en) ? fixed.reduce((s, a) => s + a.vnd, 0) : null;
  const durations = [...new Set(items.flatMap((i) => (i.durationDays === null ? [] : [i.durationDays])))];
  return {
    regime: def.regime,
    point: def.point,
    label: def.label,
    status,
    amountVnd,
    durationDays: durations.length === 1 ? (durations[0] ?? null) : null,
    content: { items },
    authority: authority?.name ?? null,
    reasons,
    basis,
  };
};

const priorityMatches = (asOf: IsoDate, person: PersonFacts, province: SupportProfile | undefined): PriorityMatch[] => {
  if (province === undefined) return [];
  const age = person.birthDate === undefined ? person.ageYears : ageOn(person.birthDate, asOf);
  return (province.overrides["support.priorityGroups"] ?? [])
    .filter((g) => covers(g.period, asOf) && g.criterion.kind === "age_under" && age !== undefined && age < g.criterion.years)
    .map((g) => ({ province: province.id, group: g.id, label: g.label, basis: [...g.basis] }));
};

type Evaluated = Omit<EligibilityResult, "whatWouldChange" | "receipt">;

const evaluate = (request: EligibilityRequest, governing: SupportLawId, province: SupportProfile | undefined, options: AssessOptions): Evaluated => {
  const core = decideCore(governing, toDecidingFacts(request.asOf, request.person));
  const priority = priorityMatches(request.asOf, request.person, province);
  const p = core.placement;
  const cat = p?.kind === "category" ? categoryOf(p.law, p.category) : undefined;
  return {
    asOf: request.asOf,
    law: core.law,
    transitional: core.transitional,
    lawBasis: core.transitional ? [matrixArticle[core.law], transitionalProvision] : [matrixArticle[core.law]],
    category: cat === undefined ? null : { id: cat.category, label: cat.label, basis: [cat.basis] },
    province: province === undefined ? null : { id: province.id, version: province.version },
    regimes: regimesByLaw[core.law].map((def) => regimeOutcome(def, core, request.asOf, province, priority, options)),
    missingFacts: [...core.missingFacts],
    priority,
  };
};

type Scalar = string | number | boolean;
interface Candidate {
  readonly fact: string;
  readonly from: Scalar | null;
  readonly to: Scalar;
  readonly apply: (p: PersonFacts) => PersonFacts;
}

/** Candidate single-fact changes over the request fields the rules read. */
const candidates = (request: EligibilityRequest): Candidate[] => {
  const p = request.person;
  const a = p.accompanies ?? {};
  const set = <K extends keyof PersonFacts>(key: K, values: ReadonlyArray<NonNullable<PersonFacts[K]> & Scalar>): Candidate[] =>
    values
      .filter((v) => v !== p[key])
      .map((v) => ({ fact: `person.${key}`, from: (p[key] as Scalar | undefined) ?? null, to: v, apply: (q) => ({ ...q, [key]: v }) }));
  const setA = <K extends keyof typeof a>(key: K, values: ReadonlyArray<NonNullable<(typeof a)[K]> & Scalar>): Candidate[] =>
    values
      .filter((v) => v !== a[key])
      .map((v) => ({ fact: `person.accompanies.${key}`, from: (a[key] as Scalar | undefined) ?? null, to: v, apply: (q) => ({ ...q, accompanies: { ...q.accompanies, [key]: v } }) }));
  const before = "2025-06-30" as IsoDate;
  const identifiedDays = request.asOf >= TRANSITION_DATE ? [before, request.asOf] : [request.asOf];
  const age = p.birthDate === undefined ? p.ageYears : ageOn(p.birthDate, request.asOf);
  return [
    ...set("status", ["identified_victim", "under_verification", "accompanying_minor"]),
    ...identifiedDays
      .filter((day) => day !== p.identifiedOn)
      .map((day): Candidate => ({
        fact: "person.identifiedOn",
        from: p.identifiedOn ?? null,
        to: day,
        apply: (q) => ({ ...q, identifiedOn: day, ...(q.accompanies?.identifiedOn === undefined ? {} : { accompanies: { ...q.accompanies, identifiedOn: day } }) }),
      })),
    ...set("nationality", ["vietnamese", "foreign", "stateless"]),
    ...set("permanentResidentInVietnam", [true, false]),
    ...set("location", ["in_vietnam", "abroad"]),
    ...set("traffickedIn", ["vietnam", "abroad"]),
    ...[17, 18]
      .filter((n) => n !== age)
      .map((n): Candidate => ({
        fact: "person.ageYears",
        from: age ?? null,
        to: n,
        apply: (q) => {
          const { birthDate: _dropped, ...rest } = q;
          return { ...rest, ageYears: n };
        },
      })),
    ...setA("status", ["identified_victim", "under_verification"]),
    ...setA("nationality", ["vietnamese", "foreign", "stateless"]),
    ...setA("permanentResidentInVietnam", [true, false]),
    ...setA("location", ["in_vietnam", "abroad"]),
    ...setA("traffickedIn", ["vietnam", "abroad"]),
  ];
};

const MAX_OPTIONS = 5;

/** For each INELIGIBLE regime, the smallest sets (one or two facts) of changes that make it ELIGIBLE. */
const whatWouldChange = (request: EligibilityRequest, base: Evaluated, governing: SupportLawId): WhatWouldChange[] => {
  const targets = base.regimes.filter((r) => r.status === "INELIGIBLE").map((r) => r.regime);
  if (targets.length === 0) return [];
  const statusAfter = (changes: ReadonlyArray<Candidate>): ReadonlyMap<RegimeId, RegimeStatus> | undefined => {
    const person = changes.reduce((q, c) => c.apply(q), request.person);
    if (factIssues(request.asOf, person).length > 0) return undefined;
    const core = decideCore(governing, toDecidingFacts(request.asOf, person));
    return new Map(regimesByLaw[core.law].map((r) => [r.regime, core.statuses.get(r.regime) ?? "INSUFFICIENT_DATA"]));
  };
  const singles = candidates(request);
  const found = new Map<RegimeId, Candidate[][]>(targets.map((t) => [t, []]));
  const record = (set: Candidate[]): void => {
    const after = statusAfter(set);
    if (after === undefined) return;
    for (const t of targets) if (after.get(t) === "ELIGIBLE") found.get(t)?.push(set);
  };
  for (const c of singles) record([c]);
  const open = targets.filter((t) => (found.get(t) ?? []).length === 0);
  if (open.length > 0) {
    const pairTargets = new Set(open);
    singles.forEach((c1, i) =>
      singles.slice(i + 1).forEach((c2) => {
        if (c1.fact === c2.fact) return;
        const after = statusAfter([c1, c2]);
        if (after === undefined) return;
        for (const t of pairTargets) if (after.get(t) === "ELIGIBLE") found.get(t)?.push([c1, c2]);
      }),
    );
  }
  return targets.map((regime) => ({
    regime,
    options: (found.get(regime) ?? []).slice(0, MAX_OPTIONS).map((set) => set.map(({ fact, from, to }): FactChange => ({ fact, from, to }))),
  }));
};

/**
 * Applies a set of suggested changes (from `whatWouldChange`) to a request.
 *
 * **Gotchas** — a change to `person.ageYears` drops `birthDate`; a change to `person.identifiedOn`
 * also moves `accompanies.identifiedOn` when present (they must agree for an accompanying minor).
 * @category eligibility
 * @since 0.1.0
 */
export const applyChanges = (request: EligibilityRequestInput, changes: ReadonlyArray<FactChange>): EligibilityRequestInput => {
  let person: Record<string, unknown> = { ...request.person };
  for (const c of changes) {
    if (c.fact === "person.ageYears") {
      const { birthDate: _dropped, ...rest } = person;
      person = { ...rest, ageYears: c.to };
    } else if (c.fact === "person.identifiedOn") {
      const acc = person["accompanies"] as Record<string, unknown> | undefined;
      person = { ...person, identifiedOn: c.to, ...(acc?.["identifiedOn"] === undefined ? {} : { accompanies: { ...acc, identifiedOn: c.to } }) };
    } else if (c.fact.startsWith("person.accompanies.")) {
      const key = c.fact.slice("person.accompanies.".length);
      person = { ...person, accompanies: { ...(person["accompanies"] as Record<string, unknown> | undefined), [key]: c.to } };
    } else {
      person = { ...person, [c.fact.slice("person.".length)]: c.to };
    }
  }
  return { ...request, person: person as EligibilityRequestInput["person"] };
};

/** What stops an eligibility assessment: invalid input, or a date before Law 66/2011. @category eligibility @since 0.1.0 */
export type EligibilityError = InvalidFacts | UnsupportedPeriod;

/**
 * Which victim-support regimes a person may receive, as of a decision date, how much, for how long,
 * who decides, and on what legal basis.
 *
 * **Law** — Law 53/2024/QH15 Art. 37 from 01/07/2025, Law 66/2011/QH12 Art. 32 before; a person
 * identified before 01/07/2025 (and an under-18 accompanying them) stays under Law 66/2011
 * (Art. 63 Law 53/2024). Content and amounts come from the decree in force on `asOf` (Decree
 * 09/2013 + Circular 84/2019, Decree 162/2025) and, with a province profile, from local rates.
 *
 * **When to use** — the daily question of legal staff, and `POST /v1/eligibility` unchanged.
 * Re-evaluating the same input as of another date shows "what changed since".
 *
 * **Gotchas** — a legal "no" is `INELIGIBLE` with reasons; `DISCRETIONARY` means the authority
 * decides case by case (Art. 37(4)); unknown facts give `INSUFFICIENT_DATA` and `missingFacts`
 * (most decisive first) — never a guess. Unknown amounts are `amountVnd: null` with an
 * `amount.unknown` reason. Invalid input is an `InvalidFacts` failure with paths; it never throws.
 *
 * **Example** (Vietnamese victim identified 01/08/2025)
 * ```ts
 * assessEligibility({ asOf: "2025-09-01", person: { status: "identified_victim", identifiedOn: "2025-08-01",
 *   nationality: "vietnamese", location: "in_vietnam" } })
 * // Success: law "53/2024/QH15"; regime essential_needs ELIGIBLE with its reasons and citations
 * ```
 * @category eligibility
 * @since 0.1.0
 */
export const assessEligibility = (request: EligibilityRequestInput, options: AssessOptions = {}): Result.Result<EligibilityResult, EligibilityError> =>
  assessEligibilityJson(request, options);

/**
 * {@link assessEligibility} for unchecked JSON (an HTTP body, a stored request): the input is
 * validated by the schema and every problem comes back as `InvalidFacts` with paths.
 * @category eligibility
 * @since 0.2.0
 */
export const assessEligibilityJson = (input: unknown, options: AssessOptions = {}): Result.Result<EligibilityResult, EligibilityError> => {
  const parsed = EligibilityRequest.safeParse(input);
  if (!parsed.success) return Result.fail(new InvalidFacts({ issues: issuesFromZod(parsed.error.issues) }));
  const request = parsed.data;
  const issues = factIssues(request.asOf, request.person);
  const province = request.province === undefined ? undefined : options.provinces?.find((p) => p.id === request.province);
  if (request.province !== undefined && province === undefined)
    issues.push({
      path: "province",
      message: `no profile is loaded for province "${request.province}" (loaded: ${(options.provinces ?? []).map((p) => p.id).join(", ") || "none"})`,
    });
  if (issues.length > 0) return Result.fail(new InvalidFacts({ issues }));
  const governing = governingSupportLaw(request.asOf);
  if (Result.isFailure(governing)) return Result.fail(governing.failure);
  const law = governing.success.law;
  const base = evaluate(request, law, province, options);
  const result = { ...base, whatWouldChange: options.whatWouldChange === false ? [] : whatWouldChange(request, base, law) };
  const receipt = makeReceipt(request.asOf, request, result, options);
  return Result.succeed({
    ...result,
    receipt: { ...receipt, province: result.province, resultHash: hashOf(result) },
  });
};

/**
 * {@link assessEligibility}, returning the result and throwing `InvalidFacts` or `UnsupportedPeriod`.
 * @category eligibility
 * @since 0.2.0
 */
export const assessEligibilityUnsafe = (request: EligibilityRequestInput, options: AssessOptions = {}): EligibilityResult =>
  getOrThrow(assessEligibility(request, options));
