// The baselines must decide what the library decides, or the rules ratios compare different work.
// `checkAgreement` compares, over a corpus, the hand-written baseline's decision key with the
// library's (classification: status, Art. 12 liability, each charge's article, clause, points,
// applicable bracket and additional penalties; eligibility: law, transitional, category and every
// regime's status after its items' conditions, and the hand-written `whatWouldChange` with the
// library's, option for option), and json-rules-engine's with the baseline's on what
// it encodes (the Arts 150/151 points and clause selection; the Art. 37 / Art. 32 placement). The
// library is the reference: its scenario tests are checked against the statutes.
// `node src/agreement.ts [n]` prints the counts and the first disagreeing inputs with both answers.
import { fileURLToPath } from "node:url";
import * as fc from "fast-check";
import { classifyCase, type CaseFactsInput } from "@ctip-vn/domain/classification";
import { assessEligibilityUnsafe, type EligibilityRequestInput } from "@ctip-vn/domain/eligibility";
import { arbitraryCompleteCaseFacts, arbitraryEligibilityRequest } from "@ctip-vn/domain/testing";
import {
  classificationEngine,
  classificationKey,
  decidingFacts,
  eligibilityEngine,
  engineClassifyKey,
  engineEligibility,
  handClassifyKey,
  handDecision,
  handPlacementKey,
  handWhatWouldChange,
} from "./baselines.ts";

const AT = { evaluatedAt: "2026-01-01T00:00:00Z" };
/** The corpus seed of `pnpm bench`. */
export const SEED = 42;

export interface Disagreement {
  readonly what: "classification: hand-written vs library" | "classification: json-rules-engine vs hand-written" | "eligibility: hand-written vs library" | "eligibility: json-rules-engine vs hand-written";
  readonly index: number;
  readonly input: unknown;
  readonly expected: string;
  readonly actual: string;
}
export interface Agreement {
  readonly n: { readonly cases: number; readonly requests: number };
  readonly classification: { readonly hand: number; readonly engine: number };
  readonly eligibility: { readonly hand: number; readonly engine: number };
  /** The first disagreements of each comparison (at most `keep` each). */
  readonly disagreements: ReadonlyArray<Disagreement>;
}

/** The library's eligibility decision: law, transitional, category, every regime's status. */
export const eligibilitySignature = (r: { law: string; transitional: boolean; category: { id: string } | null; regimes: ReadonlyArray<{ status: string }> }): string =>
  `${r.law}|${r.transitional}|${r.category?.id ?? "-"}|${r.regimes.map((x) => x.status).join(",")}`;

/**
 * Agreement over a corpus. The hand-written eligibility baseline answers with the library result
 * captured for its key (it copies it) and its own whatWouldChange, so it agrees when every request
 * with that key has the same library decision, its hand-written statuses are the library's and its
 * whatWouldChange is the library's; `templates` (optional) receives the captured results (without
 * whatWouldChange), ready for the timing.
 */
export async function checkAgreement(
  cases: ReadonlyArray<CaseFactsInput>,
  requests: ReadonlyArray<EligibilityRequestInput>,
  options: { keep?: number; classTemplates?: Map<string, unknown>; eligTemplates?: Map<string, unknown> } = {},
): Promise<Agreement> {
  const keep = options.keep ?? 5;
  const out: Disagreement[] = [];
  const note = (d: Disagreement) => {
    if (out.filter((x) => x.what === d.what).length < keep) out.push(d);
  };
  let cHand = 0;
  let cEngine = 0;
  const engine = classificationEngine();
  for (const [i, c] of cases.entries()) {
    const lib = classifyCase(c, AT);
    const libKey = classificationKey(lib);
    const hand = handClassifyKey(c);
    if (options.classTemplates !== undefined && !options.classTemplates.has(hand)) options.classTemplates.set(hand, JSON.parse(JSON.stringify({ ...lib, receipt: undefined })));
    if (hand === libKey) cHand++;
    else note({ what: "classification: hand-written vs library", index: i, input: c, expected: libKey, actual: hand });
    const e = await engineClassifyKey(engine, c);
    if (e === hand) cEngine++;
    else note({ what: "classification: json-rules-engine vs hand-written", index: i, input: c, expected: hand, actual: e });
  }
  let eHand = 0;
  let eEngine = 0;
  const first = new Map<string, string>();
  const templates = options.eligTemplates;
  const eEng = eligibilityEngine();
  for (const [i, q] of requests.entries()) {
    const facts = decidingFacts(q);
    const hand = handDecision(q, facts);
    const key = hand.key;
    const lib = assessEligibilityUnsafe(q, AT);
    // The template the baseline copies carries no whatWouldChange: the baseline computes its own.
    if (templates !== undefined && !templates.has(key)) templates.set(key, JSON.parse(JSON.stringify({ ...lib, whatWouldChange: [], receipt: undefined })));
    const sig = eligibilitySignature(lib);
    const expected = first.get(key);
    if (expected === undefined) first.set(key, sig);
    const handLaw = hand.law === "53" ? "53/2024/QH15" : "66/2011/QH12";
    const libStatuses = lib.regimes.map((x) => x.status).join(",");
    const libWhat = JSON.stringify(lib.whatWouldChange);
    const handWhat = JSON.stringify(handWhatWouldChange(q, hand));
    if ((expected !== undefined && expected !== sig) || handLaw !== lib.law || hand.statuses.join(",") !== libStatuses)
      note({ what: "eligibility: hand-written vs library", index: i, input: q, expected: `${sig}`, actual: `${key} → ${expected ?? sig}; by hand ${handLaw}|${hand.statuses.join(",")}` });
    else if (handWhat !== libWhat) note({ what: "eligibility: hand-written vs library", index: i, input: q, expected: `whatWouldChange ${libWhat}`, actual: `whatWouldChange ${handWhat}` });
    else eHand++;
    // The engine does not explore unknown facts. Where the baseline explores, the engine fires no
    // placement, or (its rules do not ask facts in the same order) the one every branch leads to.
    const placement = handPlacementKey(facts);
    const e = await engineEligibility(eEng, facts);
    const leaves = placement.replace(/^\?/, "").replaceAll("66t|", "66|").split(";");
    if (placement.startsWith("?") ? e.key === "?" || (new Set(leaves).size === 1 && e.key === leaves[0]) : e.key === leaves[0]) eEngine++;
    else note({ what: "eligibility: json-rules-engine vs hand-written", index: i, input: q, expected: placement, actual: e.key });
  }
  return { n: { cases: cases.length, requests: requests.length }, classification: { hand: cHand, engine: cEngine }, eligibility: { hand: eHand, engine: eEngine }, disagreements: out };
}

/** The shipped arbitraries sampled with the bench's seed. */
export const corpus = (n: number): { cases: CaseFactsInput[]; requests: EligibilityRequestInput[] } => ({
  cases: fc.sample(arbitraryCompleteCaseFacts(), { numRuns: n, seed: SEED }),
  requests: fc.sample(arbitraryEligibilityRequest(), { numRuns: n, seed: SEED }),
});

/** Every comparison at 100%? (No disagreement is by design: the baselines encode the same rules.) */
export const agreesFully = (a: Agreement): boolean =>
  a.classification.hand === a.n.cases && a.classification.engine === a.n.cases && a.eligibility.hand === a.n.requests && a.eligibility.engine === a.n.requests;

export const summary = (a: Agreement): string =>
  `classification ${a.classification.hand}/${a.n.cases} (hand-written = library), ${a.classification.engine}/${a.n.cases} (json-rules-engine = hand-written); eligibility ${a.eligibility.hand}/${a.n.requests} (hand-written = library), ${a.eligibility.engine}/${a.n.requests} (json-rules-engine = hand-written)`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 10_000);
  const { cases, requests } = corpus(n);
  const a = await checkAgreement(cases, requests);
  console.info(summary(a));
  for (const d of a.disagreements) console.info(`\n${d.what} #${d.index}\n  input:    ${JSON.stringify(d.input)}\n  expected: ${d.expected}\n  got:      ${d.actual}`);
  process.exitCode = agreesFully(a) ? 0 : 1;
}
