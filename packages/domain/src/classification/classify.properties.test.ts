import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryAggravation, arbitraryCompleteCaseFacts, arbitraryPartialCaseFacts } from "../testing/classification.js";
import { classifyUnsafe, type CaseFactsInput, type Classification } from "./index.js";

const AT = { evaluatedAt: "2026-11-25T00:00:00Z" };
const severity = (r: Classification, article: string) => {
  const c = r.charges.find((x) => x.article === article);
  return c === undefined ? undefined : { clause: c.clause, max: c.penalty.life ? 99 : c.penalty.prisonYears.max };
};
const shuffle = <T>(xs: ReadonlyArray<T>, seed: number): T[] =>
  xs.map((x, i) => ({ x, k: (i * 7919 + seed * 104729) % 1009 })).toSorted((a, b) => a.k - b.k).map((p) => p.x);

describe("classification properties", () => {
  it("complete facts are always decided", () => {
    fc.assert(
      fc.property(arbitraryCompleteCaseFacts(), (facts) => {
        const r = classifyUnsafe(facts, AT);
        expect(r.status).not.toBe("INSUFFICIENT_DATA");
        expect(r.missingFacts).toEqual([]);
      }),
    );
  });
  it("adding an aggravating fact never lowers the clause or the maximum penalty", () => {
    fc.assert(
      fc.property(arbitraryCompleteCaseFacts(), arbitraryAggravation(), (facts, aggravate) => {
        const before = classifyUnsafe(facts, AT);
        const after = classifyUnsafe(aggravate(facts), AT);
        for (const article of ["150", "151"]) {
          const b = severity(before, article);
          const a = severity(after, article);
          expect(a === undefined ? b === undefined : b === undefined || (a.clause >= b.clause && a.max >= b.max)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it("the order of victims and of list members never changes the result", () => {
    fc.assert(
      fc.property(arbitraryCompleteCaseFacts(), fc.nat(), (facts, seed) => {
        const permuted = {
          ...facts,
          acts: shuffle(facts.acts ?? [], seed),
          purposes: shuffle(facts.purposes ?? [], seed + 1),
          means: shuffle(facts.means ?? [], seed + 2),
          circumstances: shuffle(facts.circumstances ?? [], seed + 3),
          victims: shuffle(facts.victims ?? [], seed + 4),
        };
        const a = classifyUnsafe(facts, AT);
        const b = classifyUnsafe(permuted, AT);
        expect({ status: b.status, charges: b.charges, screening: b.screening }).toEqual({ status: a.status, charges: a.charges, screening: a.screening });
      }),
    );
  });
  it("the same input always gives the same result hash", () => {
    fc.assert(
      fc.property(arbitraryPartialCaseFacts(), (facts) => {
        const a = classifyUnsafe(facts, { evaluatedAt: "2026-01-01T00:00:00Z" });
        const b = classifyUnsafe(structuredClone(facts), { evaluatedAt: "2026-12-31T23:59:59Z" });
        expect(b.receipt.resultHash).toBe(a.receipt.resultHash);
        expect(b.receipt.inputHash).toBe(a.receipt.inputHash);
      }),
    );
  });
  it("every charge has at least one citation, and only INSUFFICIENT_DATA has missing facts", () => {
    fc.assert(
      fc.property(arbitraryPartialCaseFacts(), (facts) => {
        const r = classifyUnsafe(facts, AT);
        expect(r.charges.every((c) => c.basis.length > 0 && c.citations.length === c.basis.length)).toBe(true);
        expect(r.missingFacts.length > 0).toBe(r.status === "INSUFFICIENT_DATA");
      }),
    );
  });
  it("filling in a missing fact never contradicts a decided answer", () => {
    fc.assert(
      fc.property(arbitraryCompleteCaseFacts(), fc.constantFrom("acts", "purposes", "means", "circumstances", "humanitarianPurpose", "offenderAgeYears"), (facts, field) => {
        const partial: CaseFactsInput = { ...facts };
        delete partial[field];
        const withHole = classifyUnsafe(partial, AT);
        const full = classifyUnsafe(facts, AT);
        expect(withHole.status === "INSUFFICIENT_DATA" || withHole.status === full.status).toBe(true);
        expect(withHole.status !== "INSUFFICIENT_DATA" || withHole.missingFacts.includes(field)).toBe(true);
      }),
    );
  });
});

describe("classification properties — offenders under 18 and the text of every step", () => {
  const withOffenderAge = (min: number, max: number) =>
    fc.tuple(arbitraryCompleteCaseFacts(), fc.integer({ min, max })).map(([facts, offenderAgeYears]): CaseFactsInput => ({ ...facts, offenderAgeYears }));
  it("applicablePenalty never exceeds penalty", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryPartialCaseFacts(), withOffenderAge(10, 20)), (facts) => {
        for (const c of classifyUnsafe(facts, AT).charges) {
          expect(c.applicablePenalty.prisonYears.max).toBeLessThanOrEqual(c.penalty.prisonYears.max);
          expect(c.applicablePenalty.life && !c.penalty.life).toBe(false);
          const min = c.applicablePenalty.prisonYears.min;
          expect(min === null || min <= c.applicablePenalty.prisonYears.max).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it("an offender under 18 never gets life imprisonment or an additional penalty (Art. 91(5), (6)); under 14, no charge at all (Art. 12)", () => {
    fc.assert(
      fc.property(withOffenderAge(10, 17), (facts) => {
        const r = classifyUnsafe(facts, AT);
        for (const c of r.charges) {
          expect(c.applicablePenalty.life).toBe(false);
          expect(c.applicablePenalty.prisonYears.min).toBeNull();
          expect(c.additionalPenalties).toEqual([]);
          expect(c.additionalPenaltyDetails).toEqual([]);
        }
        const under14 = (facts.offenderAgeYears ?? 0) < 14;
        expect(under14 ? r.charges : []).toEqual([]);
        expect(r.liability.status).toBe(under14 || r.status === "NOT_TRAFFICKING" ? "not_liable" : "liable");
      }),
      { numRuns: 300 },
    );
  });
  it("every explanation step, liability reason, screening note and question has a state and non-empty vi and en text", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryPartialCaseFacts(), arbitraryCompleteCaseFacts()), (facts) => {
        const r = classifyUnsafe(facts, AT);
        for (const m of [...r.explanation, ...r.liability.reasons, ...r.screening, ...r.questions, ...r.liability.questions]) {
          expect(["held", "not_held", "undetermined"]).toContain(m.state);
          expect(m.text.vi.trim().length).toBeGreaterThan(0);
          expect(m.text.en.trim().length).toBeGreaterThan(0);
        }
        expect(r.questions.map((q) => q.fact)).toEqual(r.missingFacts);
      }),
      { numRuns: 300 },
    );
  });
});
