// Runs every suite with tinybench and writes bench.{json,md} to reports/latest/ (see reportDir).
// Run with `pnpm bench` (which builds first, so the published dist is what gets measured).
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { reportDir, toMarkdown, type BenchRow } from "./report.ts";
import { suites } from "./suites.ts";

const rows: BenchRow[] = [];
for (const suite of suites) {
  const bench = new Bench({ time: 1000, warmupTime: 200, iterations: 5 });
  for (const [name, fn] of Object.entries(suite.tasks)) bench.add(name, fn);
  await bench.run();
  for (const task of bench.tasks) {
    const r = task.result;
    if (r === undefined || !("latency" in r)) throw new Error(`benchmark ${suite.name}/${task.name} produced no result`);
    rows.push({
      suite: suite.name,
      name: task.name,
      opsPerSecond: r.throughput.mean,
      meanMicros: r.latency.mean * 1000,
      p99Micros: (r.latency.p99 ?? r.latency.mean) * 1000,
      samples: r.latency.samplesCount,
    });
  }
}
const report = { node: process.version, cpus: availableParallelism(), date: new Date().toISOString(), rows };
const out = reportDir(join(dirname(fileURLToPath(import.meta.url)), "../../.."));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(out, "bench.md"), toMarkdown(report));
console.info(toMarkdown(report));
