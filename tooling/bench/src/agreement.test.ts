import { describe, expect, it } from "vitest";
import { checkAgreement, corpus } from "./agreement.js";

// The rules budget compares the library with baselines that must decide the same thing; a rule
// landing in the library without its baseline counterpart fails here (and `pnpm bench` fails too).
describe("bench baselines", () => {
  it("decide what the library decides on the bench corpus (seed 42, first 1,000)", async () => {
    const { cases, requests } = corpus(1_000);
    const a = await checkAgreement(cases, requests, { keep: 3 });
    // The first disagreements, with inputs and both answers, show in the failure's diff.
    expect(a.disagreements.map((d) => `${d.what} #${d.index}: expected ${d.expected}, got ${d.actual}`)).toEqual([]);
    expect(a.classification).toEqual({ hand: 1_000, engine: 1_000 });
    expect(a.eligibility).toEqual({ hand: 1_000, engine: 1_000 });
  }, 120_000);
});
