// The comparators of the rules budget, over the same inputs as the library:
// - a hand-written baseline (plain if/else over the facts, then a result object of the same
//   shape and size as the library's, copied from a per-decision template captured once, with the
//   part that depends on the request's own facts — eligibility's whatWouldChange — computed by hand);
// - json-rules-engine, encoding Arts 150/151 (clause 1–3 points, clause selection) and the
//   Law 53/2024 Art. 37 / Law 66/2011 Art. 32 placement and matrix.
import { ageOn, isoDate } from "@ctip-vn/domain";
import type { CaseFactsInput } from "@ctip-vn/domain/classification";
import { itemValueAt, matrixRow, regimesByLaw, supportItems, type CategoryId, type EligibilityRequestInput, type SupportItem } from "@ctip-vn/domain/eligibility";
import { Engine, type RuleProperties, type TopLevelCondition } from "json-rules-engine";

/** A fast structural copy of a JSON-shaped value (what building the same result allocates). */
export const copy = (v: unknown): unknown => {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) out.push(copy(x));
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k in v) out[k] = copy((v as Record<string, unknown>)[k]);
  return out;
};

// ---------------------------------------------------------------- classification (Arts 150/151)
const CHILD = 16;
const EXPL = ["sexual_exploitation", "forced_labour", "organ_removal", "other_inhumane"];
type V = NonNullable<CaseFactsInput["victims"]>[number];

/**
 * The decision key of a classification: status, Art. 12 liability, then each charge as
 * `article:clause:points@max` (the applicable bracket's maximum after Arts 91/101, `L` for life,
 * `+` when clause 4's additional penalties apply, `~min-max` for a provisional clause range).
 */
export const classificationKey = (r: {
  status: string;
  liability?: { status: string };
  charges: ReadonlyArray<{
    article: string;
    clause: number;
    points: ReadonlyArray<string>;
    applicablePenalty?: { prisonYears: { max: number }; life: boolean };
    additionalPenalties?: ReadonlyArray<string>;
    clauseRange?: { min: number; max: number } | undefined;
  }>;
}): string =>
  [
    r.status,
    r.liability?.status ?? "-",
    ...r.charges.map(
      (c) =>
        `${c.article}:${c.clause}:${c.points.join("")}@${c.applicablePenalty?.prisonYears.max ?? "?"}${c.applicablePenalty?.life === true ? "L" : ""}${(c.additionalPenalties?.length ?? 0) > 0 ? "+" : ""}${c.clauseRange === undefined ? "" : `~${c.clauseRange.min}-${c.clauseRange.max}`}`,
    ),
  ].join("|");

/** Statutory brackets of Arts 150/151 clauses 1–3 (max years, life). */
const BRACKET: Readonly<Record<150 | 151, ReadonlyArray<readonly [number, boolean]>>> = {
  150: [[10, false], [15, false], [20, false]],
  151: [[12, false], [20, false], [20, true]],
};
const ADULT = 18;
const MIN_LIABILITY = 14;
/** Art. 12 liability of an offender of this age (unknown when the age is not given). */
const liabilityOf = (offenderAge: number | undefined): string => (offenderAge === undefined ? "unknown" : offenderAge < MIN_LIABILITY ? "not_liable" : "liable");
/**
 * One charge's key: the applicable bracket after Art. 91(5) (no life under 18) and Art. 101 (16–17:
 * life → 18 years, else ¾ of the maximum; 14–15: 12 years, ½), and clause 4's additional
 * penalties, which Art. 91(6) excludes under 18.
 */
const chargeKey = (art: 150 | 151, clause: number, points: string, offenderAge: number | undefined): string => {
  const [max, life] = BRACKET[art][clause - 1] ?? [0, false];
  if (offenderAge === undefined || offenderAge >= ADULT) return `${art}:${clause}:${points}@${max}${life ? "L" : ""}+`;
  const young = offenderAge < CHILD;
  const capped = life ? (young ? 12 : 18) : Math.min(max * (young ? 0.5 : 0.75), max);
  return `${art}:${clause}:${points}@${capped}`;
};
/** Art. 91(7): a sentence for an act committed under 16 never counts towards dangerous recidivism. */
const recidivismCanCount = (offenderAge: number | undefined): boolean => !(offenderAge !== undefined && offenderAge < CHILD);

const pointsOf = (letters: string, held: ReadonlyArray<boolean>): string => {
  let s = "";
  for (let i = 0; i < held.length; i++) if (held[i]) s += letters[i];
  return s;
};
const LETTERS_150 = ["abc", "abcdđe", "abcdđe"] as const;
const LETTERS_151 = ["abc", "abcdđegh", "abcdđeg"] as const;

/** Hand-written Art. 150/151 clause selection over complete facts: the decision key. */
export const handClassifyKey = (f: CaseFactsInput): string => {
  const acts = f.acts ?? [];
  const purposes = f.purposes ?? [];
  const circ = f.circumstances ?? [];
  const victims = f.victims ?? [];
  const age = (v: V) => (v.birthDate !== undefined ? ageOn(isoDate(v.birthDate), isoDate(f.offenceDate)) : (v.ageYears ?? 0));
  const adults: V[] = [];
  const children: V[] = [];
  for (const v of victims) (age(v) < CHILD ? children : adults).push(v);
  // An abuse of position or power is one of the "thủ đoạn khác" of Art. 150(1) (NQ 02/2019 Art. 2(3)).
  const means = (f.means ?? []).length > 0 || circ.includes("abuse_of_position");
  const tr = acts.includes("transfer") || acts.includes("receive");
  const rth = acts.includes("recruit") || acts.includes("transport") || acts.includes("harbour");
  const money = purposes.includes("money_or_benefit");
  const expl = purposes.some((p) => EXPL.includes(p));
  const moneyNH = money && f.humanitarianPurpose !== true;
  const c150 = [means && tr && money, means && tr && expl, means && rth && (money || expl)];
  const c151 = [tr && moneyNH, tr && expl, rth && (expl || moneyNH)];
  const a150 = adults.length > 0 && c150.some(Boolean);
  const a151 = children.length > 0 && c151.some(Boolean);
  if (!a150 && !a151) return "NOT_TRAFFICKING|not_liable";
  const offenderAge = f.offenderAgeYears;
  const liability = liabilityOf(offenderAge);
  // Art. 12: the conduct is trafficking, but no one under 14 is charged.
  if (liability === "not_liable") return "TRAFFICKING|not_liable";
  const has = (c: string) => circ.includes(c as never) && (c !== "dangerous_recidivism" || recidivismCanCount(offenderAge));
  const inj3160 = (g: V[]) => g.some((v) => (v.injuryPercent ?? 0) >= 31 && (v.injuryPercent ?? 0) <= 60 && v.bodyPartRemoved !== true);
  const inj61 = (g: V[]) => g.some((v) => (v.injuryPercent ?? 0) >= 61);
  const across = (g: V[]) => g.some((v) => v.takenAcrossBorder === true);
  const body = (g: V[]) => g.some((v) => v.bodyPartRemoved === true);
  const death = (g: V[]) => g.some((v) => v.outcome === "death" || v.outcome === "suicide");
  const charge = (art: 150 | 151, g: V[], cl1: boolean[]): string => {
    const n = g.length;
    const cl2 =
      art === 150
        ? [has("organised"), has("base_motive"), inj3160(g), across(g), n >= 2 && n <= 5, has("repeat_offence")]
        : [has("abuse_of_position"), has("abuse_of_adoption"), n >= 2 && n <= 5, g.some((v) => v.inOffenderCare === true), across(g), has("repeat_offence"), has("base_motive"), inj3160(g)];
    const cl3 =
      art === 150
        ? [has("professional"), body(g), inj61(g), death(g), n >= 6, has("dangerous_recidivism")]
        : [has("organised"), has("professional"), inj61(g), body(g), death(g), n >= 6, has("dangerous_recidivism")];
    const L = art === 150 ? LETTERS_150 : LETTERS_151;
    const p3 = pointsOf(L[2], cl3);
    if (p3 !== "") return chargeKey(art, 3, p3, offenderAge);
    const p2 = pointsOf(L[1], cl2);
    if (p2 !== "") return chargeKey(art, 2, p2, offenderAge);
    return chargeKey(art, 1, pointsOf(L[0], cl1), offenderAge);
  };
  const parts: string[] = ["TRAFFICKING", liability];
  if (a150) parts.push(charge(150, adults, c150));
  if (a151) parts.push(charge(151, children, c151));
  return parts.join("|");
};

// ------------------------------------------------------------------ eligibility (Art. 37 matrix)
const TRANSITION = isoDate("2025-07-01");
type Facts = Record<string, string | boolean | undefined>;

/** The deciding facts of a request, derived the same way for the baseline and the rules engine. */
export const decidingFacts = (r: EligibilityRequestInput): Facts => {
  const p = r.person;
  const identifiedOn = p.status === "accompanying_minor" ? (p.identifiedOn ?? p.accompanies?.identifiedOn) : p.identifiedOn;
  const age = p.birthDate === undefined ? p.ageYears : ageOn(isoDate(p.birthDate), isoDate(r.asOf));
  const a = p.accompanies;
  return {
    governing: r.asOf < TRANSITION ? "66" : "53",
    status: p.status,
    identifiedBeforeTransition: identifiedOn === undefined ? undefined : identifiedOn < TRANSITION,
    nationality: p.nationality,
    permanentResident: p.permanentResidentInVietnam,
    location: p.location,
    traffickedIn: p.traffickedIn,
    minor: age === undefined ? undefined : age < 18,
    accompaniedStatus: a?.status,
    accompaniedNationality: a?.nationality,
    accompaniedPermanentResident: a?.permanentResidentInVietnam,
    accompaniedLocation: a?.location,
    accompaniedTraffickedIn: a?.traffickedIn,
  };
};

class Need {
  readonly fact: string;
  constructor(fact: string) {
    this.fact = fact;
  }
}
/** Hand-written placement (Law 53/2024 Art. 37, Law 66/2011 Art. 32): `law|category-or-reason`, or `law|?fact`. */
const placementOrNeed = (f: Facts): string => {
  const ask = (k: string) => {
    const v = f[k];
    if (v === undefined) throw new Need(k);
    return v;
  };
  // Law 66/2011 Art. 32; a stateless person without permanent residence is a foreigner (Law 47/2014 Art. 3(1)).
  const place66 = (): string => {
    const status = ask("status");
    if (status === "under_verification") return "no_verification_category";
    if (status === "accompanying_minor") {
      if (!ask("minor")) return "accompanying_adult";
      if (ask("accompaniedStatus") === "under_verification") return "accompanying_uncovered_person";
      const nat = ask("accompaniedNationality");
      if (nat === "vietnamese") return "minor_accompanying_victim";
      if (nat === "stateless" && ask("accompaniedPermanentResident")) return "minor_accompanying_victim";
      return ask("accompaniedTraffickedIn") === "vietnam" ? "minor_accompanying_victim" : "accompanying_uncovered_person";
    }
    const nat = ask("nationality");
    if (nat === "vietnamese") return "victim_vietnamese_or_stateless_resident";
    if (nat === "stateless" && ask("permanentResident")) return "victim_vietnamese_or_stateless_resident";
    return ask("traffickedIn") === "vietnam" ? "foreigner_trafficked_in_vietnam" : "foreigner_trafficked_abroad";
  };
  // Law 53/2024 Art. 37: clauses 1–2 (identified victims and the minors with them) carry no location
  // condition; only persons being verified split by location (clause 3). Stateless non-residents are foreigners.
  const place53 = (): string => {
    const status = ask("status");
    if (status === "accompanying_minor") {
      if (!ask("minor")) return "accompanying_adult";
      const acc = ask("accompaniedStatus");
      const nat = ask("accompaniedNationality");
      if (nat === "foreign") return "accompanying_uncovered_person";
      if (nat === "stateless" && !ask("accompaniedPermanentResident")) return "accompanying_uncovered_person";
      if (acc === "identified_victim") return "minor_accompanying_victim";
      if (ask("accompaniedLocation") === "in_vietnam") return "minor_accompanying_verified_in_vietnam";
      return nat === "vietnamese" ? "minor_accompanying_verified_abroad" : "accompanying_uncovered_person";
    }
    const nat = ask("nationality");
    if (nat === "foreign" || (nat === "stateless" && !ask("permanentResident")))
      return ask("traffickedIn") === "vietnam" ? "foreigner_trafficked_in_vietnam" : "foreigner_trafficked_abroad";
    if (status === "identified_victim") return nat === "vietnamese" ? "victim_vietnamese" : "victim_stateless_resident";
    if (ask("location") === "in_vietnam") return "verified_in_vietnam";
    return nat === "vietnamese" ? "verified_vietnamese_abroad" : "stateless_verified_abroad";
  };
  let law = f["governing"] === "66" ? "66" : "53";
  try {
    if (law === "53") {
      const status = ask("status");
      const identified = status === "identified_victim" || (status === "accompanying_minor" && ask("accompaniedStatus") === "identified_victim");
      if (identified && ask("identifiedBeforeTransition")) law = "66t";
    }
    return `${law}|${law === "53" ? place53() : place66()}`;
  } catch (e) {
    if (e instanceof Need) return `?${e.fact}`;
    throw e;
  }
};

const VALUES: Readonly<Record<string, ReadonlyArray<string | boolean>>> = {
  status: ["identified_victim", "under_verification", "accompanying_minor"],
  identifiedBeforeTransition: [true, false],
  nationality: ["vietnamese", "foreign", "stateless"],
  permanentResident: [true, false],
  location: ["in_vietnam", "abroad"],
  traffickedIn: ["vietnam", "abroad"],
  minor: [true, false],
  accompaniedStatus: ["identified_victim", "under_verification"],
  accompaniedNationality: ["vietnamese", "foreign", "stateless"],
  accompaniedPermanentResident: [true, false],
  accompaniedLocation: ["in_vietnam", "abroad"],
  accompaniedTraffickedIn: ["vietnam", "abroad"],
};
const leaves = (f: Facts, out: Set<string>): void => {
  const k = placementOrNeed(f);
  if (!k.startsWith("?")) {
    out.add(k);
    return;
  }
  const fact = k.slice(1);
  for (const v of VALUES[fact] ?? []) leaves({ ...f, [fact]: v }, out);
};
/**
 * Hand-written placement (Law 53/2024 Art. 37, Law 66/2011 Art. 32) as `law|category-or-reason`;
 * when a deciding fact is unknown, every placement its possible values lead to (sorted, joined by
 * `;`), which is what decides the regimes that do not depend on it.
 */
export const handPlacementKey = (f: Facts): string => {
  const k = placementOrNeed(f);
  if (!k.startsWith("?")) return k;
  const out = new Set<string>();
  leaves(f, out);
  // `?`: explored, so no single category is named even when every branch leads to the same one.
  return `?${[...out].toSorted().join(";")}`;
};

// Content items: a regime granted by the matrix keeps its status when one of its items in force on
// `asOf` applies, becomes INSUFFICIENT_DATA when none applies and some depend on an unknown fact,
// and INELIGIBLE when none applies (Law 53/2024 Art. 37 read with the items' conditions: under 18,
// poor household, financial difficulty for legal aid). The items and their dated versions are the
// library's data; the check below is hand-written.
const LAWS = { "53": "53/2024/QH15", "66": "66/2011/QH12" } as const;
const itemTable = new Map<string, ReadonlyArray<ReadonlyArray<SupportItem>>>(
  Object.entries(LAWS).map(([k, law]) => [k, regimesByLaw[law].map((r) => (supportItems as ReadonlyArray<SupportItem>).filter((i) => i.law === law && i.regime === r.regime))]),
);
/** Per regime of the law: `-` no item in force, `Y` one applies, `U` none applies and some are unknown, `N` none applies. */
const itemsKey = (law: "53" | "66", r: EligibilityRequestInput): string => {
  const p = r.person;
  const age = p.birthDate === undefined ? p.ageYears : ageOn(isoDate(p.birthDate), isoDate(r.asOf));
  const facts: Record<string, boolean | undefined> = { minor: age === undefined ? undefined : age < 18, poorHousehold: p.poorHousehold, financialDifficulty: p.financialDifficulty };
  const asOf = isoDate(r.asOf);
  let out = "";
  for (const items of itemTable.get(law) ?? []) {
    let seen = false;
    let yes = false;
    let unknown = false;
    for (const item of items) {
      const v = itemValueAt(item, asOf);
      if (v === undefined) continue;
      seen = true;
      let failed = false;
      let missing = false;
      for (const q of v.value.requires ?? []) {
        const x = facts[q.fact];
        if (x === undefined) missing = true;
        else if (x !== q.value) failed = true;
      }
      if (!failed && !missing) yes = true;
      else if (!failed) unknown = true;
    }
    out += !seen ? "-" : yes ? "Y" : unknown ? "U" : "N";
  }
  return out;
};

/** The hand-written decision key of a request: see {@link handDecision}. */
export const handEligibilityKey = (r: EligibilityRequestInput, f: Facts = decidingFacts(r)): string => handDecision(r, f).key;

// ------------------------------------------------------- eligibility: statuses and whatWouldChange
// The baseline builds the same result object as the library: its answer is a captured template of
// the same shape, but the part that depends on the request's own facts beyond its decision key —
// `whatWouldChange`, the smallest sets of one or two fact changes that make an INELIGIBLE regime
// ELIGIBLE — is computed here, by hand, the way the library defines it: the same candidate changes
// in the same order, each changed request re-decided with the hand-written placement, matrix and
// item check above.
type Law = "53" | "66";
/** The matrix as a table: `law|category` → each regime's status, in the law's regime order (the library's data). */
const matrixTable = new Map<string, ReadonlyArray<string>>();
const categoryOf = (leaf: string): { law: Law; transitional: boolean; category: string } => {
  const [l, category] = leaf.split("|") as [string, string];
  return { law: l === "53" ? "53" : "66", transitional: l === "66t", category };
};
const matrixStatuses = (law: Law, category: string): ReadonlyArray<string> => {
  const key = `${law}|${category}`;
  let row = matrixTable.get(key);
  if (row === undefined) {
    row = regimesByLaw[LAWS[law]].map((r) => matrixRow(LAWS[law], category as CategoryId, r.regime)?.status ?? "INELIGIBLE");
    matrixTable.set(key, row);
  }
  return row;
};

/**
 * The hand-written decision of a request, its placement explored once:
 * - `key`: the placement (see {@link handPlacementKey}) and, for the law it falls under (the
 *   governing law when the possible placements differ in law), the item conditions of each regime;
 * - `law` and `statuses`: the law of the answer (transitional Law 66 counts apart, as in the
 *   library) and each regime's status after its items' conditions.
 */
export const handDecision = (r: EligibilityRequestInput, f: Facts = decidingFacts(r)): { key: string; law: Law; statuses: string[] } => {
  const placement = handPlacementKey(f);
  const governing: Law = f["governing"] === "66" ? "66" : "53";
  const outcomes = placement.replace(/^\?/, "").split(";").map(categoryOf);
  const first = outcomes[0] as { law: Law; transitional: boolean; category: string };
  const keyLaw: Law = outcomes.every((l) => l.law === first.law) ? first.law : governing;
  const law: Law = outcomes.every((l) => l.law === first.law && l.transitional === first.transitional) ? first.law : governing;
  const keyItems = itemsKey(keyLaw, r);
  const items = law === keyLaw ? keyItems : itemsKey(law, r);
  const regimes = regimesByLaw[LAWS[law]];
  const statuses: string[] = [];
  for (let i = 0; i < regimes.length; i++) {
    let status: string | undefined;
    for (const l of outcomes) {
      const s = l.law === law ? (matrixStatuses(l.law, l.category)[i] as string) : "OTHER_LAW";
      if (status === undefined) status = s;
      else if (status !== s) status = "INSUFFICIENT_DATA";
    }
    if (status === "OTHER_LAW" || status === undefined) status = "INSUFFICIENT_DATA";
    const item = items[i];
    if ((status === "ELIGIBLE" || status === "DISCRETIONARY") && item !== "-" && item !== "Y") status = item === "U" ? "INSUFFICIENT_DATA" : "INELIGIBLE";
    statuses.push(status);
  }
  return { key: `${placement}#${keyItems}`, law, statuses };
};

type Person = EligibilityRequestInput["person"];
type Scalar = string | number | boolean;
interface Change {
  readonly fact: string;
  readonly from: Scalar | null;
  readonly to: Scalar;
  readonly apply: (p: Person) => Person;
}
/** The candidate changes, in the library's order: a past fact (a known identification day, where the person was trafficked, a known age) is never changed. */
const changes = (r: EligibilityRequestInput): Change[] => {
  const p = r.person;
  const a = p.accompanies ?? {};
  const out: Change[] = [];
  const set = (key: keyof Person, values: ReadonlyArray<Scalar>) => {
    for (const v of values) if (v !== p[key]) out.push({ fact: `person.${key}`, from: (p[key] as Scalar | undefined) ?? null, to: v, apply: (q) => ({ ...q, [key]: v }) });
  };
  const setA = (key: keyof typeof a, values: ReadonlyArray<Scalar>) => {
    for (const v of values)
      if (v !== a[key]) out.push({ fact: `person.accompanies.${key}`, from: (a[key] as Scalar | undefined) ?? null, to: v, apply: (q) => ({ ...q, accompanies: { ...q.accompanies, [key]: v } }) });
  };
  if (p.status !== "identified_victim") set("status", ["identified_victim", "under_verification", "accompanying_minor"]);
  if (p.identifiedOn === undefined && p.accompanies?.identifiedOn === undefined) {
    const day = r.asOf;
    out.push({
      fact: "person.identifiedOn",
      from: null,
      to: day,
      apply: (q) => ({ ...q, identifiedOn: day, ...(q.accompanies?.identifiedOn === undefined ? {} : { accompanies: { ...q.accompanies, identifiedOn: day } }) }) as Person,
    });
  }
  set("nationality", ["vietnamese", "foreign", "stateless"]);
  set("permanentResidentInVietnam", [true, false]);
  set("location", ["in_vietnam", "abroad"]);
  if (p.traffickedIn === undefined) set("traffickedIn", ["vietnam", "abroad"]);
  set("poorHousehold", [true, false]);
  set("financialDifficulty", [true, false]);
  const age = p.birthDate === undefined ? p.ageYears : ageOn(isoDate(p.birthDate), isoDate(r.asOf));
  if (age === undefined)
    for (const n of [17, 18])
      out.push({
        fact: "person.ageYears",
        from: null,
        to: n,
        apply: (q) => {
          const { birthDate: _dropped, ...rest } = q;
          return { ...rest, ageYears: n };
        },
      });
  if (a.status !== "identified_victim") setA("status", ["identified_victim", "under_verification"]);
  setA("nationality", ["vietnamese", "foreign", "stateless"]);
  setA("permanentResidentInVietnam", [true, false]);
  setA("location", ["in_vietnam", "abroad"]);
  if (a.traffickedIn === undefined) setA("traffickedIn", ["vietnam", "abroad"]);
  return out;
};
/** The cross-field checks a changed request must pass (dates after the decision day, a birth date and an age that disagree, an accompanying minor's facts). */
const holds = (asOf: string, p: Person): boolean => {
  const acc = p.accompanies;
  if (p.identifiedOn !== undefined && p.identifiedOn > asOf) return false;
  if (acc?.identifiedOn !== undefined && acc.identifiedOn > asOf) return false;
  if (p.birthDate !== undefined && p.birthDate > asOf) return false;
  if (p.birthDate !== undefined && p.ageYears !== undefined && ageOn(isoDate(p.birthDate), isoDate(asOf)) !== p.ageYears) return false;
  if (p.status === "under_verification" && p.identifiedOn !== undefined) return false;
  if (acc !== undefined && p.status !== undefined && p.status !== "accompanying_minor") return false;
  if (acc?.status === "under_verification" && acc.identifiedOn !== undefined) return false;
  if (p.status === "accompanying_minor" && p.identifiedOn !== undefined && acc?.identifiedOn !== undefined && p.identifiedOn !== acc.identifiedOn) return false;
  return true;
};
const MAX_OPTIONS = 5;
/** `whatWouldChange` by hand: for each INELIGIBLE regime, up to five single changes, else up to five pairs, that make it ELIGIBLE under the same law. */
export const handWhatWouldChange = (r: EligibilityRequestInput, base: { law: Law; statuses: ReadonlyArray<string> } = handDecision(r)) => {
  const regimes = regimesByLaw[LAWS[base.law]];
  const targets: number[] = [];
  base.statuses.forEach((s, i) => {
    if (s === "INELIGIBLE") targets.push(i);
  });
  if (targets.length === 0) return [];
  const found = targets.map((): Change[][] => []);
  const opened = (person: Person): number[] => {
    if (!holds(r.asOf, person)) return [];
    const q = { ...r, person };
    const after = handDecision(q);
    if (after.law !== base.law) return [];
    return targets.flatMap((t, k) => (after.statuses[t] === "ELIGIBLE" ? [k] : []));
  };
  const singles = changes(r);
  const persons = singles.map((c) => c.apply(r.person));
  singles.forEach((c, i) => {
    for (const k of opened(persons[i] as Person)) found[k]?.push([c]);
  });
  const open = new Set(targets.flatMap((_, k) => ((found[k] ?? []).length === 0 ? [k] : [])));
  for (let i = 0; i < singles.length && open.size > 0; i++)
    for (let j = i + 1; j < singles.length && open.size > 0; j++) {
      const c1 = singles[i] as Change;
      const c2 = singles[j] as Change;
      if (c1.fact === c2.fact) continue;
      for (const k of opened(c2.apply(persons[i] as Person)))
        if (open.has(k)) {
          const options = found[k] as Change[][];
          options.push([c1, c2]);
          if (options.length >= MAX_OPTIONS) open.delete(k);
        }
    }
  return targets.map((t, k) => ({
    regime: (regimes[t] as { regime: string }).regime,
    options: (found[k] ?? []).slice(0, MAX_OPTIONS).map((set) => set.map(({ fact, from, to }) => ({ fact, from, to }))),
  }));
};

// ---------------------------------------------------------------------------- json-rules-engine
type Cond = TopLevelCondition | { fact: string; operator: string; value: unknown };
const is = (fact: string, value: unknown): Cond => ({ fact, operator: "equal", value });
const all = (...xs: Cond[]): TopLevelCondition => ({ all: xs as never });
const any = (...xs: Cond[]): TopLevelCondition => ({ any: xs as never });
const containsAny = (fact: string, values: ReadonlyArray<string>): TopLevelCondition => any(...values.map((v) => ({ fact, operator: "contains", value: v })));

/** Art. 150/151 points as rules; the facts are the case's lists plus per-group victim aggregates. */
export const classificationEngine = (): Engine => {
  const engine = new Engine([], { allowUndefinedFacts: true });
  // Art. 150(1)'s means; an abuse of position or power is one of its "thủ đoạn khác" (NQ 02/2019 Art. 2(3)).
  const MEANS = any(containsAny("means", ["force", "threat_of_force", "deception", "other_trick"]), containsAny("circumstances", ["abuse_of_position"]));
  const TR = containsAny("acts", ["transfer", "receive"]);
  const RTH = containsAny("acts", ["recruit", "transport", "harbour"]);
  const MONEY = containsAny("purposes", ["money_or_benefit"]);
  const EXP = containsAny("purposes", EXPL);
  const MONEY_NH = all(MONEY, is("humanitarianPurpose", false));
  const circ = (c: string) => containsAny("circumstances", [c]);
  const g = (art: number, name: string) => `${art === 150 ? "adults" : "children"}.${name}`;
  const point = (art: number, clause: number, p: string, cond: Cond): RuleProperties => ({
    name: `${art}-${clause}-${p}`,
    conditions: all(is(g(art, "present"), true), cond),
    event: { type: "point", params: { article: art, clause, point: p } },
  });
  const rules: RuleProperties[] = [
    point(150, 1, "a", all(MEANS, TR, MONEY)),
    point(150, 1, "b", all(MEANS, TR, EXP)),
    point(150, 1, "c", all(MEANS, RTH, any(MONEY, EXP))),
    point(150, 2, "a", circ("organised")),
    point(150, 2, "b", circ("base_motive")),
    point(150, 2, "c", is(g(150, "injury31to60NotBodyPart"), true)),
    point(150, 2, "d", is(g(150, "acrossBorder"), true)),
    point(150, 2, "đ", all({ fact: g(150, "count"), operator: "greaterThanInclusive", value: 2 }, { fact: g(150, "count"), operator: "lessThanInclusive", value: 5 })),
    point(150, 2, "e", circ("repeat_offence")),
    point(150, 3, "a", circ("professional")),
    point(150, 3, "b", is(g(150, "bodyPartRemoved"), true)),
    point(150, 3, "c", is(g(150, "injury61"), true)),
    point(150, 3, "d", is(g(150, "deathOrSuicide"), true)),
    point(150, 3, "đ", { fact: g(150, "count"), operator: "greaterThanInclusive", value: 6 }),
    point(150, 3, "e", all(circ("dangerous_recidivism"), is("recidivismCanCount", true))),
    point(151, 1, "a", all(TR, MONEY_NH)),
    point(151, 1, "b", all(TR, EXP)),
    point(151, 1, "c", all(RTH, any(EXP, MONEY_NH))),
    point(151, 2, "a", circ("abuse_of_position")),
    point(151, 2, "b", circ("abuse_of_adoption")),
    point(151, 2, "c", all({ fact: g(151, "count"), operator: "greaterThanInclusive", value: 2 }, { fact: g(151, "count"), operator: "lessThanInclusive", value: 5 })),
    point(151, 2, "d", is(g(151, "inOffenderCare"), true)),
    point(151, 2, "đ", is(g(151, "acrossBorder"), true)),
    point(151, 2, "e", circ("repeat_offence")),
    point(151, 2, "g", circ("base_motive")),
    point(151, 2, "h", is(g(151, "injury31to60NotBodyPart"), true)),
    point(151, 3, "a", circ("organised")),
    point(151, 3, "b", circ("professional")),
    point(151, 3, "c", is(g(151, "injury61"), true)),
    point(151, 3, "d", is(g(151, "bodyPartRemoved"), true)),
    point(151, 3, "đ", is(g(151, "deathOrSuicide"), true)),
    point(151, 3, "e", { fact: g(151, "count"), operator: "greaterThanInclusive", value: 6 }),
    point(151, 3, "g", all(circ("dangerous_recidivism"), is("recidivismCanCount", true))),
  ];
  for (const r of rules) engine.addRule(r);
  return engine;
};

/** The engine's facts for a case: lists as given, victims aggregated per protected group. */
export const classificationFacts = (f: CaseFactsInput): Record<string, unknown> => {
  const group = (g: V[]) => ({
    present: g.length > 0,
    count: g.length,
    injury31to60NotBodyPart: g.some((v) => (v.injuryPercent ?? 0) >= 31 && (v.injuryPercent ?? 0) <= 60 && v.bodyPartRemoved !== true),
    injury61: g.some((v) => (v.injuryPercent ?? 0) >= 61),
    acrossBorder: g.some((v) => v.takenAcrossBorder === true),
    bodyPartRemoved: g.some((v) => v.bodyPartRemoved === true),
    deathOrSuicide: g.some((v) => v.outcome === "death" || v.outcome === "suicide"),
    inOffenderCare: g.some((v) => v.inOffenderCare === true),
  });
  const victims = f.victims ?? [];
  const age = (v: V) => (v.birthDate !== undefined ? ageOn(isoDate(v.birthDate), isoDate(f.offenceDate)) : (v.ageYears ?? 0));
  const adults = group(victims.filter((v) => age(v) >= CHILD));
  const children = group(victims.filter((v) => age(v) < CHILD));
  const facts: Record<string, unknown> = {
    acts: f.acts ?? [],
    purposes: f.purposes ?? [],
    means: f.means ?? [],
    circumstances: f.circumstances ?? [],
    humanitarianPurpose: f.humanitarianPurpose ?? false,
    recidivismCanCount: recidivismCanCount(f.offenderAgeYears),
  };
  for (const [k, v] of Object.entries(adults)) facts[`adults.${k}`] = v;
  for (const [k, v] of Object.entries(children)) facts[`children.${k}`] = v;
  return facts;
};

/** Runs the engine and selects the clause from the points that fired (highest clause wins, clause 1 needed). */
export const engineClassifyKey = async (engine: Engine, f: CaseFactsInput): Promise<string> => {
  const { events } = await engine.run(classificationFacts(f));
  const held = new Map<number, Map<number, string>>([[150, new Map()], [151, new Map()]]);
  for (const e of events) {
    const { article, clause, point } = e.params as { article: number; clause: number; point: string };
    const m = held.get(article) as Map<number, string>;
    m.set(clause, (m.get(clause) ?? "") + point);
  }
  const parts: string[] = [];
  for (const art of [150, 151] as const) {
    const m = held.get(art) as Map<number, string>;
    if (!m.has(1)) continue;
    const clause = m.has(3) ? 3 : m.has(2) ? 2 : 1;
    const points = [...(m.get(clause) ?? "")].toSorted((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).join("");
    parts.push(chargeKey(art, clause, points, f.offenderAgeYears));
  }
  if (parts.length === 0) return "NOT_TRAFFICKING|not_liable";
  // Art. 12 (liability) and the caps of Arts 91/101 are applied after the engine, as clause selection is.
  const liability = liabilityOf(f.offenderAgeYears);
  return liability === "not_liable" ? "TRAFFICKING|not_liable" : ["TRAFFICKING", liability, ...parts].join("|");
};

const ORDER = "abcdđegh";

const MATRIX: ReadonlyArray<readonly [string, string, string]> = [
  ["53", "victim_vietnamese", "✔✔✔✔✔✔✔✔✔✔"],
  ["53", "victim_stateless_resident", "✔✔✔✔✔✔✔✔✔✔"],
  ["53", "minor_accompanying_victim", "✔✔✔✔✔✔✔✔––"],
  ["53", "verified_vietnamese_abroad", "✔✔✔✔––––––"],
  ["53", "minor_accompanying_verified_abroad", "✔✔✔✔––––––"],
  ["53", "verified_in_vietnam", "✔✔✔✔✔✔✔–––"],
  ["53", "minor_accompanying_verified_in_vietnam", "✔✔✔✔✔✔✔–––"],
  ["53", "foreigner_trafficked_in_vietnam", "?????–?–––"],
  ["66", "victim_vietnamese_or_stateless_resident", "✔✔✔✔✔✔"],
  ["66", "foreigner_trafficked_in_vietnam", "✔✔✔✔––"],
  ["66", "minor_accompanying_victim", "✔✔✔–––"],
];
const statuses = (cells: string) => [...cells].map((c) => (c === "✔" ? "ELIGIBLE" : c === "?" ? "DISCRETIONARY" : "INELIGIBLE"));

/** Placement leaves (both laws) and the Art. 37 / Art. 32 matrix as rules; placement fires first and feeds the matrix. */
export const eligibilityEngine = (): Engine => {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const placements: Array<[string, string, Cond]> = [];
  const L53 = all(is("governing", "53"), any(is("identifiedBeforeTransition", false), all(is("status", "under_verification")), all(is("status", "accompanying_minor"), is("accompaniedStatus", "under_verification"))));
  const L66 = any(is("governing", "66"), all(is("governing", "53"), is("identifiedBeforeTransition", true), any(is("status", "identified_victim"), all(is("status", "accompanying_minor"), is("accompaniedStatus", "identified_victim")))));
  const accMinor = all(is("status", "accompanying_minor"), is("minor", true));
  const notAcc = any(is("status", "identified_victim"), is("status", "under_verification"));
  const accCovered = any(is("accompaniedNationality", "vietnamese"), all(is("accompaniedNationality", "stateless"), is("accompaniedPermanentResident", true)));
  const covered = any(is("nationality", "vietnamese"), all(is("nationality", "stateless"), is("permanentResident", true)));
  const accForeigner = any(is("accompaniedNationality", "foreign"), all(is("accompaniedNationality", "stateless"), is("accompaniedPermanentResident", false)));
  // Law 47/2014 Art. 3(1): a stateless person without permanent residence is a foreigner.
  const foreigner = any(is("nationality", "foreign"), all(is("nationality", "stateless"), is("permanentResident", false)));
  placements.push(
    // Law 53/2024 Art. 37: identified victims and the minors with them are placed wherever they are (clauses 1–2).
    ["53", "accompanying_adult", all(L53, is("status", "accompanying_minor"), is("minor", false))],
    ["53", "accompanying_uncovered_person", all(L53, accMinor, accForeigner)],
    ["53", "minor_accompanying_victim", all(L53, accMinor, accCovered, is("accompaniedStatus", "identified_victim"))],
    ["53", "minor_accompanying_verified_in_vietnam", all(L53, accMinor, accCovered, is("accompaniedStatus", "under_verification"), is("accompaniedLocation", "in_vietnam"))],
    ["53", "minor_accompanying_verified_abroad", all(L53, accMinor, is("accompaniedNationality", "vietnamese"), is("accompaniedStatus", "under_verification"), is("accompaniedLocation", "abroad"))],
    ["53", "accompanying_uncovered_person", all(L53, accMinor, is("accompaniedNationality", "stateless"), is("accompaniedPermanentResident", true), is("accompaniedStatus", "under_verification"), is("accompaniedLocation", "abroad"))],
    ["53", "foreigner_trafficked_in_vietnam", all(L53, notAcc, foreigner, is("traffickedIn", "vietnam"))],
    ["53", "foreigner_trafficked_abroad", all(L53, notAcc, foreigner, is("traffickedIn", "abroad"))],
    ["53", "victim_vietnamese", all(L53, is("status", "identified_victim"), is("nationality", "vietnamese"))],
    ["53", "victim_stateless_resident", all(L53, is("status", "identified_victim"), is("nationality", "stateless"), is("permanentResident", true))],
    ["53", "verified_in_vietnam", all(L53, is("status", "under_verification"), covered, is("location", "in_vietnam"))],
    ["53", "verified_vietnamese_abroad", all(L53, is("status", "under_verification"), is("nationality", "vietnamese"), is("location", "abroad"))],
    ["53", "stateless_verified_abroad", all(L53, is("status", "under_verification"), is("nationality", "stateless"), is("permanentResident", true), is("location", "abroad"))],
    // Law 66/2011 Art. 32.
    ["66", "no_verification_category", all(L66, is("status", "under_verification"))],
    ["66", "accompanying_adult", all(L66, is("status", "accompanying_minor"), is("minor", false))],
    ["66", "accompanying_uncovered_person", all(L66, accMinor, any(is("accompaniedStatus", "under_verification"), all(is("accompaniedStatus", "identified_victim"), accForeigner, is("accompaniedTraffickedIn", "abroad"))))],
    ["66", "minor_accompanying_victim", all(L66, accMinor, is("accompaniedStatus", "identified_victim"), any(accCovered, all(accForeigner, is("accompaniedTraffickedIn", "vietnam"))))],
    ["66", "victim_vietnamese_or_stateless_resident", all(L66, is("status", "identified_victim"), covered)],
    ["66", "foreigner_trafficked_in_vietnam", all(L66, is("status", "identified_victim"), foreigner, is("traffickedIn", "vietnam"))],
    ["66", "foreigner_trafficked_abroad", all(L66, is("status", "identified_victim"), foreigner, is("traffickedIn", "abroad"))],
  );
  placements.forEach(([law, outcome, conditions], i) => {
    engine.addRule({
      name: `place-${i}`,
      priority: 10,
      conditions: conditions as TopLevelCondition,
      event: { type: "placement", params: { law, outcome } },
      onSuccess: (_event, almanac) => {
        almanac.addRuntimeFact("law", law);
        almanac.addRuntimeFact("category", outcome);
      },
    });
  });
  for (const [law, category, cells] of MATRIX)
    engine.addRule({
      name: `matrix-${law}-${category}`,
      priority: 1,
      conditions: all(is("law", law), is("category", category)),
      event: { type: "regimes", params: { statuses: statuses(cells) } },
    });
  return engine;
};

/** Runs the eligibility engine: `law|outcome` and the regime statuses, or `?` when no placement fired (a fact is missing). */
export const engineEligibility = async (engine: Engine, facts: Facts): Promise<{ key: string; statuses: ReadonlyArray<string> }> => {
  const { events } = await engine.run({ ...facts });
  const placement = events.find((e) => e.type === "placement")?.params as { law: string; outcome: string } | undefined;
  const regimes = events.find((e) => e.type === "regimes")?.params as { statuses: string[] } | undefined;
  return { key: placement === undefined ? "?" : `${placement.law}|${placement.outcome}`, statuses: regimes?.statuses ?? [] };
};
