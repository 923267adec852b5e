import { Result } from "effect";
import { addDays, ageOn, covers, isoDate, type IsoDate } from "../prelude/date.js";
import { getOrThrow, InvalidFacts, UnsupportedPeriod } from "../prelude/errors.js";
import { issuesFromZod, type Issue } from "../prelude/issue.js";
import type { Label } from "../prelude/label.js";
import { cite, citeInstrument } from "../law/index.js";
import { makeReceipt, type EvaluationOptions } from "../prelude/receipt.js";
import type { SupportProfile } from "./profile.js";
import { citationKey, type Citation } from "../prelude/citation.js";
import { decidingFacts, type DecidingFact, type DecidingFacts, type Placement } from "./decide.js";
import { matrixFor, matrixReading, type Matrix } from "./matrix.js";
import { governingSupportLaw, type SupportLawId } from "./governing-law.js";
import { issueOf, say } from "./messages.js";
import { eligibilityChoiceLabels, eligibilityFactLabel, eligibilityFieldLabel, PERSON_STATUS_LABELS } from "./labels.js";
import { itemFactPaths, itemValueAt, supportItems, type ItemFact, type ItemValue, type SupportItem } from "./parameters.js";
import { valueAt, type Version } from "../prelude/versioned.js";
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
  type CategoryId,
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
  /**
   * Who decides each regime, overriding everything else. Without it: the Vietnamese mission for
   * regimes delivered abroad, then the province profile's dated `support.authorities`, then the
   * dated national defaults (district bodies until 30/06/2025, today's bodies from 01/07/2025).
   */
  readonly authorities?: Partial<Readonly<Record<RegimeId, string>>>;
  /** Skip the `whatWouldChange` search (it re-evaluates counterfactuals). Default `true`. */
  readonly whatWouldChange?: boolean;
}

const REORGANISATION = TRANSITION_DATE;

/** Law 47/2014/QH13 Art. 3(1): a foreigner includes a stateless person entering, leaving, transiting or residing in Vietnam. */
const STATELESS_AS_FOREIGNER: Citation = cite("47/2014/QH13", { article: 3, clause: 1 });

/** Law 53/2024 Art. 27 as amended by Law 86/2025/QH15 Art. 2: the provincial health body receives and supports. */
const art27Amended: Citation = cite(
  "53/2024/QH15",
  { article: 27, clause: 2 },
  { note: "As amended by Law 86/2025/QH15 (in force 01/07/2025): \"cơ quan chuyên môn về y tế cấp tỉnh\" replaces the district labour office." },
);
/** Law 53/2024 Art. 30(1)(b): the Vietnamese mission provides essential needs, interpretation and medical support abroad. */
const art30: Citation = cite("53/2024/QH15", { article: 30, clause: 1, point: "b" });
/** Law 66/2011 Art. 26: reception of victims returning through a Vietnamese mission abroad. */
const art26Law66: Citation = cite("66/2011/QH12", { article: 26 });
const decree09Art23: Citation = cite("09/2013/NĐ-CP", { article: 23 });
/** The Law on Legal Aid 2017 as a whole: the authority of the legal-aid regime (secondary: pbgdpl.gov.vn, see Art. 7 in the catalogue). */
const legalAidLaw: Citation = citeInstrument("11/2017/QH14", {
  confidence: "secondary",
  note: "Legal aid is delivered by the State Legal Aid Centre (Trung tâm trợ giúp pháp lý nhà nước).",
});

/** The regimes the mission delivers abroad: Art. 30(1)(b) for victims (a, b, c); Art. 37(3) para 1 for persons being verified abroad (a–d); Art. 26 Law 66/2011 (a). */
const deliveredAbroad = (law: SupportLawId, category: CategoryId | undefined, regime: RegimeId): boolean =>
  law === "66/2011/QH12"
    ? regime === "essential_needs_and_travel"
    : category === "verified_vietnamese_abroad" || category === "minor_accompanying_verified_abroad"
      ? ["essential_needs", "medical", "interpretation", "legal_support"].includes(regime)
      : ["essential_needs", "medical", "interpretation"].includes(regime);

type Authority = { readonly name: string; readonly basis: ReadonlyArray<Citation> };
type AuthorityTable = (law: SupportLawId, regime: RegimeId) => Authority;

const MISSION = "Cơ quan đại diện Việt Nam ở nước ngoài";
const LEGAL_AID_CENTRE: Authority = { name: "Trung tâm trợ giúp pháp lý nhà nước", basis: [legalAidLaw] };
const RECEIVING_BODIES =
  "Cơ quan, tổ chức tiếp nhận: Công an, Bộ đội Biên phòng, Cảnh sát biển, Ủy ban nhân dân cấp xã, cơ sở trợ giúp xã hội, cơ sở hỗ trợ nạn nhân, cơ quan đại diện Việt Nam ở nước ngoài (Điều 17 Nghị định 162/2025/NĐ-CP)";
const PROVINCIAL_HEALTH = "Cơ quan chuyên môn về y tế cấp tỉnh nơi tiếp nhận (Điều 27 Luật 53/2024/QH15, sửa đổi bởi Luật 86/2025/QH15)";
const COMMUNE_CHAIR = "Chủ tịch Ủy ban nhân dân cấp xã nơi nạn nhân cư trú (Điều 23 Nghị định 09/2013/NĐ-CP)";

/**
 * Default deciding authorities as dated values. Until 30/06/2025: the district labour office and
 * the commune chair (Decree 09/2013). From 01/07/2025 the district level is abolished and the
 * labour ministry merged: Law 53/2024 Art. 27 as amended by Law 86/2025 names the provincial health
 * body; a Law 66/2011 case decided after that date names the same body (the commune chair for the
 * Decree 09/2013 Art. 23 items). Legal aid: the State Legal Aid Centre under both laws.
 */
const defaultAuthorities: ReadonlyArray<Version<AuthorityTable>> = [
  {
    from: isoDate("2012-01-01"),
    to: addDays(REORGANISATION, -1),
    basis: [],
    value: (_law, regime) =>
      regime === "legal_aid"
        ? { name: LEGAL_AID_CENTRE.name, basis: [] }
        : regime === "education_and_vocational" || regime === "hardship_allowance_and_loan"
          ? { name: COMMUNE_CHAIR, basis: [decree09Art23] }
          : { name: "Cơ sở bảo trợ xã hội, cơ sở hỗ trợ nạn nhân và Phòng Lao động – Thương binh và Xã hội cấp huyện nơi tiếp nhận (Nghị định 09/2013/NĐ-CP)", basis: [] },
  },
  {
    from: REORGANISATION,
    basis: [],
    value: (law, regime) =>
      regime === "legal_aid"
        ? LEGAL_AID_CENTRE
        : law === "66/2011/QH12" && (regime === "education_and_vocational" || regime === "hardship_allowance_and_loan")
          ? { name: `${COMMUNE_CHAIR}; cấp xã sau sắp xếp đơn vị hành chính từ 01/07/2025`, basis: [decree09Art23] }
          : law === "53/2024/QH15" && regime === "essential_needs"
            ? { name: RECEIVING_BODIES, basis: [] }
            : { name: PROVINCIAL_HEALTH, basis: [art27Amended] },
  },
];

const uniqueBasis = (bs: ReadonlyArray<Citation>): Citation[] => {
  const seen = new Set<string>();
  return bs.filter((b) => {
    const k = citationKey(b);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/**
 * A cross-field check that zod alone cannot express: when it fails, and the issue it then reports.
 * `fails` is cheap (comparisons only): the counterfactual search asks it of every changed person.
 */
interface FactCheck {
  readonly fails: (asOf: IsoDate, p: PersonFacts) => boolean;
  readonly issue: (asOf: IsoDate, p: PersonFacts) => Issue;
}

const fieldAt = (path: string): { path: string; field: Label } => ({ path, field: eligibilityFieldLabel(path.split(".")) });
const afterAsOf = (path: string, date: IsoDate, asOf: IsoDate): Issue => issueOf(path, "eligibility.issue.after-as-of", { field: fieldAt(path).field, date, asOf });
const pendingStatus = PERSON_STATUS_LABELS.under_verification;

const factChecks: ReadonlyArray<FactCheck> = [
  { fails: (asOf, p) => p.identifiedOn !== undefined && p.identifiedOn > asOf, issue: (asOf, p) => afterAsOf("person.identifiedOn", p.identifiedOn as IsoDate, asOf) },
  {
    fails: (asOf, p) => p.accompanies?.identifiedOn !== undefined && p.accompanies.identifiedOn > asOf,
    issue: (asOf, p) => afterAsOf("person.accompanies.identifiedOn", p.accompanies?.identifiedOn as IsoDate, asOf),
  },
  { fails: (asOf, p) => p.birthDate !== undefined && p.birthDate > asOf, issue: (asOf, p) => afterAsOf("person.birthDate", p.birthDate as IsoDate, asOf) },
  {
    fails: (asOf, p) => p.birthDate !== undefined && p.ageYears !== undefined && p.birthDate <= asOf && ageOn(p.birthDate, asOf) !== p.ageYears,
    issue: (asOf, p) =>
      issueOf("person.ageYears", "eligibility.issue.age-disagrees", {
        field: fieldAt("person.ageYears").field,
        ageYears: p.ageYears as number,
        birthDate: p.birthDate as IsoDate,
        computed: ageOn(p.birthDate as IsoDate, asOf),
        asOf,
      }),
  },
  {
    fails: (_, p) => p.status === "under_verification" && p.identifiedOn !== undefined,
    issue: () => issueOf("person.identifiedOn", "eligibility.issue.not-yet-identified", { field: fieldAt("person.identifiedOn").field, status: pendingStatus }),
  },
  {
    fails: (_, p) => p.accompanies !== undefined && p.status !== undefined && p.status !== "accompanying_minor",
    issue: () =>
      issueOf("person.accompanies", "eligibility.issue.accompanies-without-minor", { field: fieldAt("person.accompanies").field, status: PERSON_STATUS_LABELS.accompanying_minor }),
  },
  {
    fails: (_, p) => p.accompanies?.status === "under_verification" && p.accompanies.identifiedOn !== undefined,
    issue: () => issueOf("person.accompanies.identifiedOn", "eligibility.issue.not-yet-identified", { field: fieldAt("person.accompanies.identifiedOn").field, status: pendingStatus }),
  },
  {
    fails: (_, p) => p.status === "accompanying_minor" && p.identifiedOn !== undefined && p.accompanies?.identifiedOn !== undefined && p.identifiedOn !== p.accompanies.identifiedOn,
    issue: () =>
      issueOf("person.identifiedOn", "eligibility.issue.minor-identified-on", { field: fieldAt("person.identifiedOn").field, other: fieldAt("person.accompanies.identifiedOn").field }),
  },
];

/** Cross-field checks that zod alone cannot express, as issues. */
const factIssues = (asOf: IsoDate, p: PersonFacts): Issue[] => {
  const issues: Issue[] = [];
  for (const c of factChecks) if (c.fails(asOf, p)) issues.push(c.issue(asOf, p));
  return issues;
};

/** Whether the facts pass every cross-field check (what a counterfactual needs: no issue is built). */
const factsHold = (asOf: IsoDate, p: PersonFacts): boolean => {
  for (const c of factChecks) if (c.fails(asOf, p)) return false;
  return true;
};

/** The person's age on `asOf`: from the birth date when given, else the age stated (`undefined` when neither is). */
const ageOf = (asOf: IsoDate, p: PersonFacts): number | undefined => (p.birthDate === undefined ? p.ageYears : ageOn(p.birthDate, asOf));
/** Whether the person is under 18 on `asOf` (`undefined` when the age is unknown): a deciding fact and an item condition. */
const minorOn = (asOf: IsoDate, p: PersonFacts): boolean | undefined => {
  const age = ageOf(asOf, p);
  return age === undefined ? undefined : age < 18;
};

/** One deciding fact of the request (`undefined` when unknown): what a lookup in the table of matrices reads. */
const decidingValue = (asOf: IsoDate, p: PersonFacts, fact: DecidingFact): DecidingFacts[DecidingFact] => {
  switch (fact) {
    case "status":
      return p.status;
    case "identifiedBeforeTransition": {
      const identifiedOn = p.status === "accompanying_minor" ? (p.identifiedOn ?? p.accompanies?.identifiedOn) : p.identifiedOn;
      return identifiedOn === undefined ? undefined : identifiedOn < TRANSITION_DATE;
    }
    case "nationality":
      return p.nationality;
    case "permanentResident":
      return p.permanentResidentInVietnam;
    case "location":
      return p.location;
    case "traffickedIn":
      return p.traffickedIn;
    case "minor":
      return minorOn(asOf, p);
    case "accompaniedStatus":
      return p.accompanies?.status;
    case "accompaniedNationality":
      return p.accompanies?.nationality;
    case "accompaniedPermanentResident":
      return p.accompanies?.permanentResidentInVietnam;
    case "accompaniedLocation":
      return p.accompanies?.location;
    case "accompaniedTraffickedIn":
      return p.accompanies?.traffickedIn;
  }
};

/** The discrete deciding facts of the request (absent = unknown). */
const toDecidingFacts = (asOf: IsoDate, p: PersonFacts): DecidingFacts => {
  const f: Partial<Record<DecidingFact, DecidingFacts[DecidingFact]>> = {};
  for (const { fact } of decidingFacts) {
    const v = decidingValue(asOf, p, fact);
    if (v !== undefined) f[fact] = v;
  }
  return f as DecidingFacts;
};

/** The matrix of a request's facts, reading only the facts the table asks. */
const matrixOfPerson = (governing: SupportLawId, asOf: IsoDate, p: PersonFacts): Matrix =>
  matrixReading(
    governing,
    (fact) => decidingValue(asOf, p, fact),
    () => toDecidingFacts(asOf, p),
  );

/** The facts content-item conditions turn on (absent = unknown). */
type ItemFacts = { readonly [F in ItemFact]?: boolean };

const itemFactsOf = (asOf: IsoDate, p: PersonFacts): ItemFacts => {
  const minor = minorOn(asOf, p);
  const f: { -readonly [F in ItemFact]?: boolean } = {};
  if (minor !== undefined) f.minor = minor;
  if (p.poorHousehold !== undefined) f.poorHousehold = p.poorHousehold;
  if (p.financialDifficulty !== undefined) f.financialDifficulty = p.financialDifficulty;
  return f;
};

interface ItemCheck {
  readonly item: SupportItem;
  readonly value: Version<ItemValue>;
  readonly applies: "yes" | "no" | "unknown";
  readonly missing: ReadonlyArray<string>;
}

/** The items of a regime in force on `asOf`, each with whether its checked conditions hold. */
const itemsByRegime = new Map<SupportLawId, Map<RegimeId, ReadonlyArray<SupportItem>>>();
/** The items of a law's regime, indexed once (not filtered out of every item per call). */
const itemsOf = (law: SupportLawId, regime: RegimeId): ReadonlyArray<SupportItem> => {
  let byRegime = itemsByRegime.get(law);
  if (byRegime === undefined) itemsByRegime.set(law, (byRegime = new Map()));
  let items = byRegime.get(regime);
  if (items === undefined) {
    items = (supportItems as ReadonlyArray<SupportItem>).filter((i) => i.law === law && i.regime === regime);
    byRegime.set(regime, items);
  }
  return items;
};

const NO_MISSING: ReadonlyArray<string> = [];

// Plain loops: this runs for every regime of every assessment and of every counterfactual's item facts.
const checkItems = (law: SupportLawId, regime: RegimeId, asOf: IsoDate, facts: ItemFacts): ItemCheck[] => {
  const out: ItemCheck[] = [];
  for (const item of itemsOf(law, regime)) {
    const value = itemValueAt(item, asOf);
    if (value === undefined) continue;
    const reqs = value.value.requires;
    if (reqs === undefined || reqs.length === 0) {
      out.push({ item, value, applies: "yes", missing: NO_MISSING });
      continue;
    }
    let failed = false;
    const missing: string[] = [];
    for (const r of reqs) {
      const known = facts[r.fact];
      if (known === undefined) {
        const path = itemFactPaths[r.fact];
        if (!missing.includes(path)) missing.push(path);
      } else if (known !== r.value) failed = true;
    }
    out.push({ item, value, applies: failed ? "no" : missing.length > 0 ? "unknown" : "yes", missing: failed ? NO_MISSING : missing });
  }
  return out;
};

/**
 * A granted regime's status after its items' conditions: unchanged when an item applies (or the
 * regime has no items encoded), INSUFFICIENT_DATA when none applies and some are unknown,
 * INELIGIBLE when every item is unavailable.
 */
const contentStatus = (status: RegimeStatus, checks: ReadonlyArray<ItemCheck>): RegimeStatus => {
  if ((status !== "ELIGIBLE" && status !== "DISCRETIONARY") || checks.length === 0) return status;
  if (checks.some((c) => c.applies === "yes")) return status;
  return checks.some((c) => c.applies === "unknown") ? "INSUFFICIENT_DATA" : "INELIGIBLE";
};

interface Core {
  readonly law: SupportLawId;
  readonly transitional: boolean;
  readonly placement: Placement | undefined;
  readonly leaves: ReadonlyArray<Placement>;
  /** The status the matrix gives each regime, before its items' conditions. */
  readonly matrixStatuses: ReadonlyMap<RegimeId, RegimeStatus>;
  readonly statuses: ReadonlyMap<RegimeId, RegimeStatus>;
  readonly items: ReadonlyMap<RegimeId, ReadonlyArray<ItemCheck>>;
  /** Missing facts of the matrix, most decisive first. */
  readonly matrixMissing: ReadonlyArray<string>;
  readonly missingFacts: ReadonlyArray<string>;
  readonly facts: DecidingFacts;
}

/** The legal core: which law, which category, each regime's status (matrix, then item conditions), the missing facts. */
const decideCore = (governing: SupportLawId, facts: DecidingFacts, asOf: IsoDate, itemFacts: ItemFacts): Core => {
  const matrix = matrixFor(governing, facts);
  const { leaves: all, law, transitional, statuses } = matrix;
  const first = all[0] as Placement;
  const missingFacts = matrix.missing;
  const placement = all.length === 1 ? first : undefined;
  const items = new Map(regimesByLaw[law].map((r) => [r.regime, checkItems(law, r.regime, asOf, itemFacts)] as const));
  const finalStatuses = new Map(
    [...statuses.entries()].map(([regime, st]) => [regime, contentStatus(st, items.get(regime) ?? [])] as const),
  );
  const contentMissing = [...finalStatuses.entries()]
    .filter(([regime, st]) => st === "INSUFFICIENT_DATA" && statuses.get(regime) !== "INSUFFICIENT_DATA")
    .flatMap(([regime]) => (items.get(regime) ?? []).flatMap((c) => c.missing));
  const allMissing = [...new Set([...missingFacts, ...contentMissing])];
  return { law, transitional, placement, leaves: all, matrixStatuses: statuses, statuses: finalStatuses, items, matrixMissing: missingFacts, missingFacts: allMissing, facts };
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

const contentOf = (law: SupportLawId, checks: ReadonlyArray<ItemCheck>, asOf: IsoDate, province: SupportProfile | undefined): ContentItem[] =>
  checks.map(({ item, value: v, applies, missing }): ContentItem => {
    const local = localRateOf(law, item.id, asOf, province);
    return {
      item: item.id,
      label: item.label,
      amount: local?.value ?? v.value.amount,
      durationDays: v.value.durationDays,
      condition: item.condition ?? null,
      applies,
      missingFacts: [...missing],
      detail: v.value.detail ?? null,
      source: local === undefined ? "national" : "provincial",
      nationalAmount: local === undefined ? null : v.value.amount,
      basis: uniqueBasis([...v.basis, ...(v.value.requires ?? []).flatMap((r) => r.basis), ...(local?.basis ?? [])]),
    };
  });

const toMutable = (a: Authority): { name: string; basis: Citation[] } => ({ name: a.name, basis: [...a.basis] });

const authorityOf = (
  law: SupportLawId,
  regime: RegimeId,
  asOf: IsoDate,
  province: SupportProfile | undefined,
  options: AssessOptions,
  abroad: boolean,
  category: CategoryId | undefined,
): { name: string; basis: Citation[] } => {
  const configured = options.authorities?.[regime];
  if (configured !== undefined) return { name: configured, basis: [] };
  if (abroad && deliveredAbroad(law, category, regime)) return { name: MISSION, basis: [law === "53/2024/QH15" ? art30 : art26Law66] };
  // (Art. 30(1) names the mission as the body that receives and supports persons abroad.)
  const local = province?.overrides["support.authorities"]?.find((a) => covers(a, asOf) && a.value[regime] !== undefined);
  const localName = local?.value[regime];
  const home =
    local !== undefined && localName !== undefined
      ? { name: localName, basis: [...local.basis] }
      : toMutable(valueAt(defaultAuthorities, asOf)?.value(law, regime) ?? { name: PROVINCIAL_HEALTH, basis: [art27Amended] });
  return abroad ? { name: `${home.name} — sau khi trở về Việt Nam`, basis: home.basis } : home;
};

/** Where the person (or, for an accompanying minor, the person accompanied) is, when known. */
const locationOf = (f: DecidingFacts): "in_vietnam" | "abroad" | undefined => (f.status === "accompanying_minor" ? f.accompaniedLocation : f.location);

const regimeOutcome = (
  def: RegimeDefinition,
  core: Core,
  asOf: IsoDate,
  province: SupportProfile | undefined,
  priority: ReadonlyArray<PriorityMatch>,
  options: AssessOptions,
): RegimeOutcome => {
  const matrixStatus = core.matrixStatuses.get(def.regime) ?? "INSUFFICIENT_DATA";
  const status = core.statuses.get(def.regime) ?? "INSUFFICIENT_DATA";
  const p = core.placement;
  const transitional: Citation[] = core.transitional ? [transitionalProvision] : [];
  const reasons: Reason[] = [];
  if (core.transitional)
    reasons.push(say("eligibility.transitional", "held", {}, transitional));
  let basis: Citation[] = [...transitional];
  if (matrixStatus === "INSUFFICIENT_DATA") {
    basis.push(matrixArticle[core.law], def.basis);
    reasons.push(say("eligibility.missing-facts", "undetermined", { missing: [...core.matrixMissing], missingNames: core.matrixMissing.map(eligibilityFactLabel) }, [matrixArticle[core.law]]));
  } else if (p === undefined) {
    const leafBasis = uniqueBasis(
      core.leaves.flatMap((l) => (l.kind === "category" ? (matrixRow(l.law, l.category, def.regime)?.basis ?? [def.basis]) : [matrixArticle[l.law]])),
    );
    basis.push(matrixArticle[core.law], ...leafBasis);
    reasons.push(say("eligibility.same-whatever-missing", "held", { missing: [...core.matrixMissing], missingNames: core.matrixMissing.map(eligibilityFactLabel) }, [matrixArticle[core.law], ...leafBasis]));
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
    if (p.asForeigner === true) {
      basis.push(STATELESS_AS_FOREIGNER);
      reasons.push(say("eligibility.stateless-as-foreigner", "held", {}, [STATELESS_AS_FOREIGNER]));
    }
    reasons.push(
      matrixStatus === "ELIGIBLE"
        ? say("eligibility.entitled", "held", params, rowBasis)
        : matrixStatus === "DISCRETIONARY"
          ? say("eligibility.case-by-case", "held", params, rowBasis)
          : say("eligibility.not-listed", "not_held", params, rowBasis),
    );
  }
  const matrixGranted = matrixStatus === "ELIGIBLE" || matrixStatus === "DISCRETIONARY";
  const granted = status === "ELIGIBLE" || status === "DISCRETIONARY";
  const checks = core.items.get(def.regime) ?? [];
  const items = matrixGranted ? contentOf(core.law, checks, asOf, province) : [];
  const applying = items.filter((i) => i.applies === "yes");
  if (matrixGranted) reasons.push(...amountReason(items));
  if (matrixGranted) {
    const conditional = checks.filter((c) => (c.value.value.requires ?? []).length > 0);
    for (const c of conditional) {
      const reqBasis = (c.value.value.requires ?? []).flatMap((r) => r.basis);
      const condition = c.value.value.requires?.map((r) => r.label)[0] ?? c.item.label;
      if (c.applies === "no") reasons.push(say("eligibility.item-not-applicable", "not_held", { item: c.item.label, condition }, reqBasis));
      if (c.applies === "unknown")
        reasons.push(say("eligibility.item-condition-unknown", "undetermined", { item: c.item.label, condition, missing: [...c.missing], missingNames: c.missing.map(eligibilityFactLabel) }, reqBasis));
    }
    if (status === "INELIGIBLE") reasons.push(say("eligibility.no-item-applies", "not_held", { regime: def.label }, uniqueBasis(conditional.flatMap((c) => (c.value.value.requires ?? []).flatMap((r) => r.basis)))));
    if (conditional.length > 0 && applying.length > 0) reasons.push(say("eligibility.items-apply", "held", { items: applying.map((i) => i.label) }, [def.basis]));
  }
  const localItems = applying.filter((i) => i.source === "provincial");
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
  const category = p?.kind === "category" ? p.category : undefined;
  const abroad = granted && locationOf(core.facts) === "abroad";
  if (abroad) {
    const away = deliveredAbroad(core.law, category, def.regime);
    const verifiedAbroad = category === "verified_vietnamese_abroad" || category === "minor_accompanying_verified_abroad";
    const where =
      core.law === "66/2011/QH12" ? art26Law66 : verifiedAbroad && category !== undefined ? (categoryOf(core.law, category)?.basis ?? art30) : art30;
    reasons.push(say(away ? "eligibility.delivered-abroad" : "eligibility.delivered-after-return", "held", { regime: def.label }, [where]));
    basis.push(where);
  }
  const authority = granted ? authorityOf(core.law, def.regime, asOf, province, options, abroad, category) : undefined;
  basis = uniqueBasis([...basis, ...items.flatMap((i) => i.basis), ...(authority?.basis ?? []), ...(granted ? priority.flatMap((m) => m.basis) : [])]);
  const amounts = applying.map((i) => i.amount);
  // A single figure only when every applying item is a fixed sum in the same unit (never adds per-day to per-trip).
  const fixed = amounts.flatMap((a) => (a.kind === "fixed" ? [a] : []));
  const amountVnd =
    granted && fixed.length > 0 && fixed.length === amounts.length && fixed.every((a) => a.unit.en === fixed[0]?.unit.en) ? fixed.reduce((s, a) => s + a.vnd, 0) : null;
  const durations = [...new Set(applying.flatMap((i) => (i.durationDays === null ? [] : [i.durationDays])))];
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
  const age = ageOf(asOf, person);
  return (province.overrides["support.priorityGroups"] ?? [])
    .filter((g) => covers(g.period, asOf) && g.criterion.kind === "age_under" && age !== undefined && age < g.criterion.years)
    .map((g) => ({ province: province.id, group: g.id, label: g.label, basis: [...g.basis] }));
};

type Evaluated = Omit<EligibilityResult, "whatWouldChange" | "receipt">;

const evaluate = (request: EligibilityRequest, governing: SupportLawId, province: SupportProfile | undefined, options: AssessOptions): Evaluated => {
  const core = decideCore(governing, toDecidingFacts(request.asOf, request.person), request.asOf, itemFactsOf(request.asOf, request.person));
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
  // A past fact is never changed: an identification date already known is not moved (no
  // back-dating), an identified victim is not "un-identified"; an unknown date may only be today.
  const identifiedDays = p.identifiedOn === undefined && p.accompanies?.identifiedOn === undefined ? [request.asOf] : [];
  const statuses = p.status === "identified_victim" ? [] : (["identified_victim", "under_verification", "accompanying_minor"] as const);
  const age = ageOf(request.asOf, p);
  return [
    ...set("status", statuses),
    ...identifiedDays
      .map((day): Candidate => ({
        fact: "person.identifiedOn",
        from: p.identifiedOn ?? null,
        to: day,
        apply: (q) => ({ ...q, identifiedOn: day, ...(q.accompanies?.identifiedOn === undefined ? {} : { accompanies: { ...q.accompanies, identifiedOn: day } }) }),
      })),
    ...set("nationality", ["vietnamese", "foreign", "stateless"]),
    ...set("permanentResidentInVietnam", [true, false]),
    ...set("location", ["in_vietnam", "abroad"]),
    // Where the person was trafficked is a past event: asked for when unknown, never changed.
    ...(p.traffickedIn === undefined ? set("traffickedIn", ["vietnam", "abroad"]) : []),
    ...set("poorHousehold", [true, false]),
    ...set("financialDifficulty", [true, false]),
    // A person's age on the day is a fact, not a choice: asked for (under 18 or not) when unknown, never changed.
    ...(age === undefined ? [17, 18] : [])
      .map((n): Candidate => ({
        fact: "person.ageYears",
        from: age ?? null,
        to: n,
        apply: (q) => {
          const { birthDate: _dropped, ...rest } = q;
          return { ...rest, ageYears: n };
        },
      })),
    ...(a.status === "identified_victim" ? [] : setA("status", ["identified_victim", "under_verification"])),
    ...setA("nationality", ["vietnamese", "foreign", "stateless"]),
    ...setA("permanentResidentInVietnam", [true, false]),
    ...setA("location", ["in_vietnam", "abroad"]),
    ...(a.traffickedIn === undefined ? setA("traffickedIn", ["vietnam", "abroad"]) : []),
  ];
};

const MAX_OPTIONS = 5;

/** For each INELIGIBLE regime, the smallest sets (one or two facts) of changes that make it ELIGIBLE. */
const whatWouldChange = (request: EligibilityRequest, base: Evaluated, governing: SupportLawId): WhatWouldChange[] => {
  const targets = base.regimes.filter((r) => r.status === "INELIGIBLE").map((r) => r.regime);
  if (targets.length === 0) return [];
  // Only the statuses of a counterfactual are needed (not its missing facts or texts), and most
  // counterfactuals share their deciding facts or item facts with others: each matrix and each
  // set of item checks is decided once per call.
  const checks = new Map<number, ReadonlyMap<RegimeId, ReadonlyArray<ItemCheck>>>();
  // What a matrix and a set of item facts open, decided once per call (counterfactuals share them).
  const decided = new Map<Matrix, Array<ReadonlyArray<RegimeId> | undefined>>();
  const tri = (b: boolean | undefined): number => (b === undefined ? 0 : b ? 1 : 2);
  /** The targets a changed person makes ELIGIBLE; `undefined` when the changed facts are not valid or fall under the other law. */
  const opened = (person: PersonFacts): ReadonlyArray<RegimeId> | undefined => {
    if (!factsHold(request.asOf, person)) return undefined;
    const matrix = matrixOfPerson(governing, request.asOf, person);
    // A regime id names a different provision under the other law: only the same law's regimes compare.
    if (matrix.law !== base.law) return undefined;
    const itemsKey = tri(minorOn(request.asOf, person)) * 9 + tri(person.poorHousehold) * 3 + tri(person.financialDifficulty);
    let row = decided.get(matrix);
    if (row === undefined) decided.set(matrix, (row = []));
    const hit = row[itemsKey];
    if (hit !== undefined) return hit;
    const law = matrix.law;
    let items = checks.get(itemsKey);
    if (items === undefined) {
      const itemFacts = itemFactsOf(request.asOf, person);
      items = new Map(regimesByLaw[law].map((r) => [r.regime, checkItems(law, r.regime, request.asOf, itemFacts)] as const));
      checks.set(itemsKey, items);
    }
    const opens: RegimeId[] = [];
    for (const t of targets) if (contentStatus(matrix.statuses.get(t) ?? "INSUFFICIENT_DATA", items.get(t) ?? []) === "ELIGIBLE") opens.push(t);
    row[itemsKey] = opens;
    return opens;
  };
  const singles = candidates(request);
  const found = new Map<RegimeId, Candidate[][]>(targets.map((t) => [t, []]));
  // Each single change applied once; a pair applies its second change to the first's person.
  const changed = singles.map((c) => c.apply(request.person));
  singles.forEach((c, i) => {
    for (const t of opened(changed[i] as PersonFacts) ?? []) found.get(t)?.push([c]);
  });
  const open = new Set(targets.filter((t) => (found.get(t) ?? []).length === 0));
  // Pairs in a fixed order, for the targets no single change opens; a target stops being searched
  // once it has its MAX_OPTIONS options (later pairs would not be shown), and the search once none is left.
  for (let i = 0; i < singles.length && open.size > 0; i++) {
    const c1 = singles[i] as Candidate;
    const first = changed[i] as PersonFacts;
    for (let j = i + 1; j < singles.length && open.size > 0; j++) {
      const c2 = singles[j] as Candidate;
      if (c1.fact === c2.fact) continue;
      for (const t of opened(c2.apply(first)) ?? []) {
        const options = open.has(t) ? found.get(t) : undefined;
        if (options === undefined) continue;
        options.push([c1, c2]);
        if (options.length >= MAX_OPTIONS) open.delete(t);
      }
    }
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
 * Each content item says whether it `applies` (its conditions — under 18, poor household,
 * financial difficulty for legal aid before 01/07/2025 — checked against the facts); a regime with
 * no applicable item is `INELIGIBLE`. Where the person is changes the `authority` (the Vietnamese
 * mission abroad, Art. 30(1)(b)) and adds a delivery reason, never the status of Art. 37(1)–(2).
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
  if (!parsed.success) return Result.fail(new InvalidFacts({ issues: issuesFromZod(parsed.error.issues, eligibilityFieldLabel, input, eligibilityChoiceLabels) }));
  const request = parsed.data;
  const issues = factIssues(request.asOf, request.person);
  const province = request.province === undefined ? undefined : options.provinces?.find((p) => p.id === request.province);
  if (request.province !== undefined && province === undefined)
    issues.push(
      issueOf("province", "eligibility.issue.province-not-loaded", {
        field: eligibilityFieldLabel(["province"]),
        province: request.province,
        loaded: (options.provinces ?? []).map((p) => p.name),
        any: (options.provinces ?? []).length > 0,
      }),
    );
  if (issues.length > 0) return Result.fail(new InvalidFacts({ issues }));
  const governing = governingSupportLaw(request.asOf);
  if (Result.isFailure(governing)) return Result.fail(governing.failure);
  const law = governing.success.law;
  const base = evaluate(request, law, province, options);
  const result = { ...base, whatWouldChange: options.whatWouldChange === false ? [] : whatWouldChange(request, base, law) };
  // The receipt keeps its lazy result hash (no spread: spreading would read it, and hash twice).
  const receipt = Object.assign(makeReceipt(request.asOf, request, result, options), { province: result.province });
  return Result.succeed({ ...result, receipt });
};

/**
 * {@link assessEligibility}, returning the result and throwing `InvalidFacts` or `UnsupportedPeriod`.
 * @category eligibility
 * @since 0.2.0
 */
export const assessEligibilityUnsafe = (request: EligibilityRequestInput, options: AssessOptions = {}): EligibilityResult =>
  getOrThrow(assessEligibility(request, options));
