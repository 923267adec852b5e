import { join, resolve } from "node:path";

/** One benchmark's result, in a shape that is stable across tinybench versions. */
export interface BenchRow {
  readonly suite: string;
  readonly name: string;
  readonly opsPerSecond: number;
  readonly meanMicros: number;
  readonly p99Micros: number;
  readonly samples: number;
}

export interface BenchReport {
  readonly node: string;
  readonly cpus: number;
  readonly date: string;
  readonly rows: ReadonlyArray<BenchRow>;
}

const fmt = (n: number, digits = 1): string => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Renders a report as a Markdown table (the human-readable half of the report). */
export const toMarkdown = (r: BenchReport): string =>
  [
    "# Benchmarks",
    "",
    `Node ${r.node}, ${r.cpus} CPU(s), ${r.date}. Indicative only: machines are shared; nothing gates on these numbers.`,
    "",
    "| Suite | Benchmark | ops/s | mean (µs) | p99 (µs) | samples |",
    "|---|---|---:|---:|---:|---:|",
    ...r.rows.map((x) => `| ${x.suite} | ${x.name} | ${fmt(x.opsPerSecond, 0)} | ${fmt(x.meanMicros, 2)} | ${fmt(x.p99Micros, 2)} | ${x.samples} |`),
    "",
  ].join("\n");

/**
 * Where reports go: `reports/latest/` (ignored by git) unless `BENCH_OUT` names another folder —
 * `pnpm bench:publish` sets it to `reports/`, the committed figures, deliberately.
 */
export const reportDir = (root: string): string => {
  const out = process.env["BENCH_OUT"];
  return out === undefined || out === "" ? join(root, "reports/latest") : resolve(root, out);
};
