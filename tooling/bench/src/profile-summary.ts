// Summarises a .cpuprofile: self time by function (top 25) and by file.
import { readFileSync } from "node:fs";

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
const prof = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as { nodes: Node[] };
const total = prof.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
const byFn = new Map<string, number>();
const byFile = new Map<string, number>();
for (const n of prof.nodes) {
  const file = n.callFrame.url.replace(/^.*\/(node_modules\/\.pnpm\/[^/]+\/node_modules\/|packages\/|tooling\/)/, "") || "(native)";
  const fn = `${n.callFrame.functionName || "(anonymous)"} ${file}:${n.callFrame.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + (n.hitCount ?? 0));
  byFile.set(file, (byFile.get(file) ?? 0) + (n.hitCount ?? 0));
}
const pct = (x: number) => `${((100 * x) / total).toFixed(1)}%`;
console.info("self time by function");
for (const [k, v] of [...byFn].toSorted((a, b) => b[1] - a[1]).slice(0, 25)) console.info(pct(v).padStart(6), k);
console.info("\nself time by file");
for (const [k, v] of [...byFile].toSorted((a, b) => b[1] - a[1]).slice(0, 15)) console.info(pct(v).padStart(6), k);
