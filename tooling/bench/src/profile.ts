// `node --cpu-prof src/profile.ts [classification|eligibility|kpi]`: a steady loop over the bench
// corpus for a CPU profile; `node src/profile-summary.ts <file.cpuprofile>` lists the hot spots.
import * as fc from "fast-check";
import { classifyCase } from "@ctip-vn/domain/classification";
import { assessEligibilityUnsafe } from "@ctip-vn/domain/eligibility";
import { columnsFromRecords, countsFromColumns, type KpiRecord } from "@ctip-vn/domain/kpi";
import { isoDate } from "@ctip-vn/domain";
import { arbitraryCompleteCaseFacts, arbitraryEligibilityRequest } from "@ctip-vn/domain/testing";

const AT = { evaluatedAt: "2026-01-01T00:00:00Z" };
const which = process.argv[2] ?? "classification";
const n = Number(process.argv[3] ?? 3000);
let sink = 0;
if (which === "classification") {
  const cases = fc.sample(arbitraryCompleteCaseFacts(), { numRuns: n, seed: 42 });
  for (let r = 0; r < 3; r++) for (const c of cases) sink += classifyCase(c, AT).receipt.resultHash.length;
} else if (which === "kpi") {
  // Runs of countsFromColumns (300 unless given) over the KPI section's 1,000,000 records as columns.
  const DAYS = ["2021-12-15", "2022-01-10", "2022-03-31", "2022-06-30", "2022-09-01", "2022-12-31", "2023-01-02"] as const;
  const records: KpiRecord[] = Array.from({ length: 1_000_000 }, (_, i) => {
    const day = DAYS[i % DAYS.length] ?? "2022-06-30";
    return i % 3 === 0
      ? { receivedOn: day, classifiedOn: day, ...(i % 7 === 0 ? {} : { resolvedOn: day }) }
      : { initiatedOn: day, procuracyAcceptedOn: day, courtAcceptedOn: day, detectedOn: day, suspects: 1 + (i % 3), victimsRescued: i % 2, ...(i % 11 === 0 ? {} : { solvedOn: day, indictedOn: day, triedOn: day }) };
  });
  const columns = columnsFromRecords(records);
  if (columns._tag !== "Success") throw new Error("columnsFromRecords refused the records");
  const period = { from: isoDate("2022-01-01"), to: isoDate("2022-12-31") };
  const runs = process.argv[3] === undefined ? 300 : n;
  for (let r = 0; r < runs; r++) {
    const counts = countsFromColumns(columns.success, period);
    if (counts._tag === "Success") sink += counts.success.reportsReceived;
  }
} else {
  const reqs = fc.sample(arbitraryEligibilityRequest(), { numRuns: n, seed: 42 });
  for (const q of reqs) sink += assessEligibilityUnsafe(q, AT).receipt.resultHash.length;
}
console.info(which, sink);
