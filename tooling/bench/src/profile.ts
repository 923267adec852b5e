// `node --cpu-prof src/profile.ts [classification|eligibility]`: a steady loop over the bench
// corpus for a CPU profile; `node src/profile-summary.ts <file.cpuprofile>` lists the hot spots.
import * as fc from "fast-check";
import { classifyCase } from "@ctip-vn/domain/classification";
import { assessEligibilityUnsafe } from "@ctip-vn/domain/eligibility";
import { arbitraryCompleteCaseFacts, arbitraryEligibilityRequest } from "@ctip-vn/domain/testing";

const AT = { evaluatedAt: "2026-01-01T00:00:00Z" };
const which = process.argv[2] ?? "classification";
const n = Number(process.argv[3] ?? 3000);
let sink = 0;
if (which === "classification") {
  const cases = fc.sample(arbitraryCompleteCaseFacts(), { numRuns: n, seed: 42 });
  for (let r = 0; r < 3; r++) for (const c of cases) sink += classifyCase(c, AT).receipt.resultHash.length;
} else {
  const reqs = fc.sample(arbitraryEligibilityRequest(), { numRuns: n, seed: 42 });
  for (const q of reqs) sink += assessEligibilityUnsafe(q, AT).receipt.resultHash.length;
}
console.info(which, sink);
