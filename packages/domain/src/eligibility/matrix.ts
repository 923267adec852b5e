// Internal to the eligibility concept (not exported by its index): the matrix part of a decision —
// which law, which placements the unknown facts leave open, each regime's matrix status — and the
// table of matrices decided so far.
import { decidingFacts, explore, leaves, type DecidingFact, type DecidingFacts, type DecisionTree, type Placement } from "./decide.js";
import type { SupportLawId } from "./governing-law.js";
import { matrixRow, regimesByLaw, type RegimeId, type RegimeStatus } from "./rules.js";

/** The status the matrix row of a placement gives a regime. */
export const statusIn = (placement: Placement, regime: RegimeId): "ELIGIBLE" | "INELIGIBLE" | "DISCRETIONARY" =>
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

export interface Matrix {
  readonly tree: DecisionTree;
  readonly leaves: ReadonlyArray<Placement>;
  readonly law: SupportLawId;
  readonly transitional: boolean;
  /** The status the matrix gives each regime, before its items' conditions. */
  readonly statuses: ReadonlyMap<RegimeId, RegimeStatus>;
  /** Missing facts of the matrix, most decisive first. */
  readonly missing: ReadonlyArray<string>;
}

/** The matrix part of the core: the decision tree over the unknown facts, the law, each regime's matrix status. */
export const decideMatrix = (governing: SupportLawId, facts: DecidingFacts, read?: (fact: DecidingFact) => void): Matrix => {
  const tree = explore(governing, facts, read);
  const all = leaves(tree);
  const first = all[0] as Placement;
  const sameLaw = all.every((l) => l.law === first.law && l.transitional === first.transitional);
  const law = sameLaw ? first.law : governing;
  const transitional = sameLaw && first.transitional;
  const statuses = new Map<RegimeId, RegimeStatus>(
    regimesByLaw[law].map((r) => {
      if (all.length === 1) return [r.regime, statusIn(first, r.regime)];
      const seen = new Set(all.map((l) => (l.law === law ? statusIn(l, r.regime) : "OTHER_LAW")));
      const only = [...seen][0];
      return [r.regime, seen.size === 1 && only !== "OTHER_LAW" && only !== undefined ? only : "INSUFFICIENT_DATA"];
    }),
  );
  let missing: ReadonlyArray<string> | undefined;
  return {
    tree,
    leaves: all,
    law,
    transitional,
    statuses,
    get missing() {
      return (missing ??= missingOf(tree));
    },
  };
};

/** Missing facts of the matrix, most decisive first (the shallowest depth each decides at, then the form's order). */
const missingOf = (tree: DecisionTree): ReadonlyArray<string> => {
  const depths = decidingDepths(tree);
  const order = (f: DecidingFact): number => decidingFacts.findIndex((d) => d.fact === f);
  return [...depths.entries()]
    .toSorted(([fa, da], [fb, db]) => da - db || order(fa) - order(fb))
    .map(([f]) => decidingFacts.find((d) => d.fact === f)?.path ?? f);
};

/**
 * The matrices decided so far, compiled into a decision trie per governing law: a node asks one
 * deciding fact, in the order the rules first read it, and has a child per answer (unknown, then
 * each of the fact's values); a leaf is the decided matrix. A matrix depends only on the facts its
 * exploration reads, and which fact the rules read next depends only on the answers to those read
 * before (the rules are deterministic), so the trie names each matrix by the few facts that decide
 * it — a row of a rule table compiled on first use, shared by every later call and every
 * counterfactual, found in a handful of array reads. Bounded: emptied when it holds
 * {@link MATRIX_TABLE_SIZE} matrices (the rules read few facts, so far fewer exist).
 */
interface AskNode {
  readonly fact: DecidingFact;
  readonly values: ReadonlyArray<string | boolean>;
  readonly next: Array<AskNode | Matrix | undefined>;
}
const tries = new Map<SupportLawId, AskNode | Matrix>();
let decidedMatrices = 0;
const MATRIX_TABLE_SIZE = 50_000;
const valuesOf = new Map(decidingFacts.map((d) => [d.fact, d.values] as const));
/** 0 for an unknown fact, else 1 + the value's index in {@link decidingFacts}. */
const answerOf = (v: DecidingFacts[DecidingFact], values: ReadonlyArray<string | boolean>): number => (v === undefined ? 0 : values.indexOf(v) + 1);

const isAsk = (e: AskNode | Matrix): e is AskNode => "next" in e;

export const matrixFor = (governing: SupportLawId, facts: DecidingFacts): Matrix => matrixReading(governing, (f) => facts[f], () => facts);

/**
 * {@link matrixFor} reading the deciding facts one at a time: a lookup reads only the facts its
 * path in the trie asks (`value`); all of them (`facts`) are derived only when the matrix is new.
 */
export const matrixReading = (governing: SupportLawId, value: (fact: DecidingFact) => DecidingFacts[DecidingFact], all: () => DecidingFacts): Matrix => {
  let e = tries.get(governing);
  while (e !== undefined && isAsk(e)) e = e.next[answerOf(value(e.fact), e.values)];
  if (e !== undefined) return e;
  const facts = all();
  const read: DecidingFact[] = [];
  const m = decideMatrix(governing, facts, (f) => {
    if (!read.includes(f)) read.push(f);
  });
  if (decidedMatrices >= MATRIX_TABLE_SIZE) {
    tries.clear();
    decidedMatrices = 0;
  }
  // Walk the facts read, in order, from the root, adding the nodes this matrix needs.
  let parent: AskNode | undefined;
  let slot = 0;
  for (const fact of read) {
    const here = parent === undefined ? tries.get(governing) : parent.next[slot];
    let node: AskNode;
    if (here !== undefined && isAsk(here) && here.fact === fact) node = here;
    else if (here === undefined) {
      node = { fact, values: valuesOf.get(fact) ?? [], next: [] };
      if (parent === undefined) tries.set(governing, node);
      else parent.next[slot] = node;
    } else return m; // not reached: the rules read facts in a fixed order (kept out of the trie if ever not)
    parent = node;
    slot = answerOf(facts[fact], node.values);
  }
  if (parent === undefined) tries.set(governing, m);
  else parent.next[slot] = m;
  decidedMatrices++;
  return m;
};

