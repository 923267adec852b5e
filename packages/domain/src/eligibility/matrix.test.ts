import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decidingFacts, explore, type DecidingFact, type DecidingFacts } from "./decide.js";
import type { SupportLawId } from "./governing-law.js";
import { decideMatrix, matrixFor, type Matrix } from "./matrix.js";

const LAWS: ReadonlyArray<SupportLawId> = ["66/2011/QH12", "53/2024/QH15"];

/** Deciding facts with each fact unknown or one of its values. */
const arbitraryDecidingFacts: fc.Arbitrary<DecidingFacts> = fc
  .tuple(...decidingFacts.map(({ values }) => fc.option(fc.constantFrom(...values), { nil: undefined })))
  .map((vs) => {
    const f: Record<string, string | boolean> = {};
    vs.forEach((v, i) => {
      if (v !== undefined) f[(decidingFacts[i] as { fact: DecidingFact }).fact] = v;
    });
    return f as DecidingFacts;
  });

const plain = (m: Matrix) => ({ law: m.law, transitional: m.transitional, leaves: m.leaves, statuses: [...m.statuses], missing: [...m.missing], tree: m.tree });

describe("the table of decided matrices (a decision trie over the facts the rules read)", () => {
  it("gives, for any deciding facts, the matrix deciding them afresh gives (law, leaves, statuses, missing facts)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LAWS), arbitraryDecidingFacts, (law, facts) => {
        expect(plain(matrixFor(law, facts))).toEqual(plain(decideMatrix(law, facts)));
      }),
      { numRuns: 4000 },
    );
  });

  it("asks the same facts of a vector already decided, and finds it again", () => {
    const facts: DecidingFacts = { status: "identified_victim", identifiedBeforeTransition: false, nationality: "vietnamese", location: "in_vietnam" };
    const first = matrixFor("53/2024/QH15", facts);
    expect(matrixFor("53/2024/QH15", { ...facts })).toBe(first);
  });

  it("explore reports every deciding fact the rules read, on every branch", () => {
    const read = new Set<DecidingFact>();
    const tree = explore("53/2024/QH15", {}, (f) => read.add(f));
    const forks = new Set<DecidingFact>();
    const walk = (t: typeof tree): void => {
      if (t.kind === "fork") {
        forks.add(t.fact);
        for (const b of t.branches) walk(b.tree);
      }
    };
    walk(tree);
    // With nothing known, every fact read is one the tree forks on.
    expect([...read].toSorted()).toEqual([...forks].toSorted());
    expect(read.has("status")).toBe(true);
  });
});
