import type { SupportLawId } from "./governing-law.js";
import type { CategoryId, NotCoveredId } from "./rules.js";

/**
 * The discrete facts the matrices turn on, derived from the request (dates become "identified
 * before 01/07/2025", ages become "under 18"). Absent = unknown.
 * @category eligibility
 * @since 0.1.0
 */
export interface DecidingFacts {
  readonly status?: "identified_victim" | "under_verification" | "accompanying_minor";
  readonly identifiedBeforeTransition?: boolean;
  readonly nationality?: "vietnamese" | "foreign" | "stateless";
  readonly permanentResident?: boolean;
  readonly location?: "in_vietnam" | "abroad";
  readonly traffickedIn?: "vietnam" | "abroad";
  readonly minor?: boolean;
  readonly accompaniedStatus?: "identified_victim" | "under_verification";
  readonly accompaniedNationality?: "vietnamese" | "foreign" | "stateless";
  readonly accompaniedPermanentResident?: boolean;
  readonly accompaniedLocation?: "in_vietnam" | "abroad";
  readonly accompaniedTraffickedIn?: "vietnam" | "abroad";
}

/** A deciding fact. @category eligibility @since 0.1.0 */
export type DecidingFact = keyof DecidingFacts;

/**
 * Each deciding fact with the request path a form asks for and its possible values, in the order
 * a form should ask them when several are equally decisive.
 * @category eligibility
 * @since 0.1.0
 */
export const decidingFacts: ReadonlyArray<{ readonly fact: DecidingFact; readonly path: string; readonly values: ReadonlyArray<string | boolean> }> = [
  { fact: "status", path: "person.status", values: ["identified_victim", "under_verification", "accompanying_minor"] },
  { fact: "identifiedBeforeTransition", path: "person.identifiedOn", values: [true, false] },
  { fact: "nationality", path: "person.nationality", values: ["vietnamese", "foreign", "stateless"] },
  { fact: "permanentResident", path: "person.permanentResidentInVietnam", values: [true, false] },
  { fact: "location", path: "person.location", values: ["in_vietnam", "abroad"] },
  { fact: "traffickedIn", path: "person.traffickedIn", values: ["vietnam", "abroad"] },
  { fact: "minor", path: "person.ageYears", values: [true, false] },
  { fact: "accompaniedStatus", path: "person.accompanies.status", values: ["identified_victim", "under_verification"] },
  { fact: "accompaniedNationality", path: "person.accompanies.nationality", values: ["vietnamese", "foreign", "stateless"] },
  { fact: "accompaniedPermanentResident", path: "person.accompanies.permanentResidentInVietnam", values: [true, false] },
  { fact: "accompaniedLocation", path: "person.accompanies.location", values: ["in_vietnam", "abroad"] },
  { fact: "accompaniedTraffickedIn", path: "person.accompanies.traffickedIn", values: ["vietnam", "abroad"] },
];

/** Where a person lands: a category of the law's matrix, or a situation the text does not cover. @category eligibility @since 0.1.0 */
export type Placement =
  | {
      readonly law: SupportLawId;
      readonly transitional: boolean;
      readonly kind: "category";
      readonly category: CategoryId;
      /** A stateless person without permanent residence, placed as a foreigner (Law 47/2014/QH13 Art. 3(1)). @since 0.3.0 */
      readonly asForeigner?: boolean;
    }
  | { readonly law: SupportLawId; readonly transitional: boolean; readonly kind: "not_covered"; readonly reason: NotCoveredId };

class Need {
  constructor(readonly fact: DecidingFact) {}
}

type Ask = <K extends DecidingFact>(fact: K) => NonNullable<DecidingFacts[K]>;

const category = (law: SupportLawId, transitional: boolean, c: CategoryId, asForeigner = false): Placement => ({
  law,
  transitional,
  kind: "category",
  category: c,
  ...(asForeigner ? { asForeigner } : {}),
});
const outside = (law: SupportLawId, transitional: boolean, reason: NotCoveredId): Placement => ({ law, transitional, kind: "not_covered", reason });

/**
 * Law 53/2024 Art. 37: who is in which clause.
 *
 * Clauses 1 and 2 carry no location condition: an identified victim (and the under-18 with them)
 * abroad is entitled like one in Vietnam — where they are changes who delivers and when
 * (Art. 30(1)(b)), not the entitlement. Only persons being verified split by location (clause 3).
 * A stateless person without permanent residence is a foreigner (Law 47/2014/QH13 Art. 3(1)):
 * clause 4 if trafficked in Vietnam.
 */
const place53 = (ask: Ask): Placement => {
  const L = "53/2024/QH15";
  const cat = (c: CategoryId, asForeigner = false): Placement => category(L, false, c, asForeigner);
  const out = (r: NotCoveredId): Placement => outside(L, false, r);
  const status = ask("status");
  if (status === "accompanying_minor") {
    if (!ask("minor")) return out("accompanying_adult");
    const accompanied = ask("accompaniedStatus");
    const nat = ask("accompaniedNationality");
    if (nat === "foreign") return out("accompanying_uncovered_person");
    if (nat === "stateless" && !ask("accompaniedPermanentResident")) return out("accompanying_uncovered_person");
    if (accompanied === "identified_victim") return cat("minor_accompanying_victim");
    const loc = ask("accompaniedLocation");
    if (loc === "in_vietnam") return cat("minor_accompanying_verified_in_vietnam");
    return nat === "vietnamese" ? cat("minor_accompanying_verified_abroad") : out("accompanying_uncovered_person");
  }
  const nat = ask("nationality");
  const statelessForeigner = nat === "stateless" && !ask("permanentResident");
  if (nat === "foreign" || statelessForeigner)
    return ask("traffickedIn") === "vietnam" ? cat("foreigner_trafficked_in_vietnam", statelessForeigner) : out("foreigner_trafficked_abroad");
  if (status === "identified_victim") return cat(nat === "vietnamese" ? "victim_vietnamese" : "victim_stateless_resident");
  const loc = ask("location");
  if (loc === "in_vietnam") return cat("verified_in_vietnam");
  return nat === "vietnamese" ? cat("verified_vietnamese_abroad") : out("stateless_verified_abroad");
};

/**
 * Law 66/2011 Art. 32: who is in which clause. A stateless person without permanent residence is
 * a foreigner (Law 47/2014/QH13 Art. 3(1)): clause 2 if trafficked in Vietnam.
 */
const place66 = (ask: Ask, transitional: boolean): Placement => {
  const L = "66/2011/QH12";
  const cat = (c: CategoryId, asForeigner = false): Placement => category(L, transitional, c, asForeigner);
  const out = (r: NotCoveredId): Placement => outside(L, transitional, r);
  const status = ask("status");
  if (status === "under_verification") return out("no_verification_category");
  if (status === "accompanying_minor") {
    if (!ask("minor")) return out("accompanying_adult");
    if (ask("accompaniedStatus") === "under_verification") return out("accompanying_uncovered_person");
    const nat = ask("accompaniedNationality");
    if (nat === "vietnamese") return cat("minor_accompanying_victim");
    if (nat === "stateless" && ask("accompaniedPermanentResident")) return cat("minor_accompanying_victim");
    return ask("accompaniedTraffickedIn") === "vietnam" ? cat("minor_accompanying_victim") : out("accompanying_uncovered_person");
  }
  const nat = ask("nationality");
  if (nat === "vietnamese") return cat("victim_vietnamese_or_stateless_resident");
  if (nat === "stateless" && ask("permanentResident")) return cat("victim_vietnamese_or_stateless_resident");
  const statelessForeigner = nat === "stateless";
  return ask("traffickedIn") === "vietnam" ? cat("foreigner_trafficked_in_vietnam", statelessForeigner) : out("foreigner_trafficked_abroad");
};

/**
 * Places a person in a law's matrix, reading facts through `ask`.
 *
 * **Law** — the governing law on `asOf` first (Law 66/2011 until 30/06/2025); from 01/07/2025 a
 * person identified before that day, and an under-18 accompanying such a person, stays under
 * Law 66/2011 (Art. 63 Law 53/2024); persons being verified fall under Law 53/2024.
 */
const place = (governing: SupportLawId, ask: Ask): Placement => {
  if (governing === "66/2011/QH12") return place66(ask, false);
  const status = ask("status");
  const identified =
    status === "identified_victim" || (status === "accompanying_minor" && ask("accompaniedStatus") === "identified_victim");
  if (identified && ask("identifiedBeforeTransition")) return place66(ask, true);
  return place53(ask);
};

/**
 * The decision tree over the unknown facts: a leaf is a placement; a node forks on one unknown
 * fact, one branch per value. Only facts actually read on some path appear.
 * @category eligibility
 * @since 0.1.0
 */
export type DecisionTree =
  | { readonly kind: "leaf"; readonly placement: Placement }
  | { readonly kind: "fork"; readonly fact: DecidingFact; readonly branches: ReadonlyArray<{ readonly value: string | boolean; readonly tree: DecisionTree }> };

/**
 * Explores the decision for known `facts`, forking on each unknown fact the rules read. `read`,
 * when given, is told every deciding fact the rules read, in the order they read it (on every
 * branch).
 *
 * **When to use** — to find which unknown facts decide the outcome (`missingFacts`) and which
 * statuses are already settled whatever the unknowns turn out to be.
 * @category eligibility
 * @since 0.1.0
 */
export const explore = (governing: SupportLawId, facts: DecidingFacts, read?: (fact: DecidingFact) => void): DecisionTree => {
  const ask: Ask = (fact) => {
    read?.(fact);
    const v = facts[fact];
    if (v === undefined) throw new Need(fact);
    return v as NonNullable<DecidingFacts[typeof fact]>;
  };
  try {
    return { kind: "leaf", placement: place(governing, ask) };
  } catch (e) {
    if (!(e instanceof Need)) throw e;
    const def = decidingFacts.find((f) => f.fact === e.fact);
    const values = def?.values ?? [];
    return {
      kind: "fork",
      fact: e.fact,
      branches: values.map((value) => ({ value, tree: explore(governing, { ...facts, [e.fact]: value }, read) })),
    };
  }
};

/** All leaves of a tree. @category eligibility @since 0.1.0 */
export const leaves = (tree: DecisionTree): Placement[] =>
  tree.kind === "leaf" ? [tree.placement] : tree.branches.flatMap((b) => leaves(b.tree));
