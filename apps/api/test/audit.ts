// R5: dependency audit. Runs `pnpm audit` for the production dependencies of the whole workspace.
// When the registry's audit endpoint cannot be reached (this network answers 405 to its POST), it
// says so plainly, prints the production dependency tree for review, and exits 0: an unreachable
// endpoint is reported, not hidden and not failed on. Known vulnerabilities (high or critical) fail.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const audit = spawnSync("pnpm", ["audit", "--prod", "--json"], { cwd: root, encoding: "utf8" });
const text = `${audit.stdout}${audit.stderr}`;
const cache = fileURLToPath(new URL("../node_modules/.cache/ctip-figures/", import.meta.url));
mkdirSync(cache, { recursive: true });
let result: Record<string, unknown>;
if (/AUDIT_BAD_RESPONSE|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|405/.test(text)) {
  const tree = spawnSync("pnpm", ["-r", "list", "--prod", "--depth", "0", "--json"], { cwd: root, encoding: "utf8" });
  const deps = new Set<string>();
  for (const pkg of JSON.parse(tree.stdout || "[]") as Array<{ dependencies?: Record<string, { version: string }> }>)
    for (const [name, d] of Object.entries(pkg.dependencies ?? {})) if (!d.version.startsWith("link:")) deps.add(`${name}@${d.version}`);
  result = { reachable: false, reason: "the registry audit endpoint refused the request", directProductionDependencies: [...deps].toSorted() };
  console.warn("R5: the registry audit endpoint is unreachable from here; direct production dependencies to review:");
  for (const d of [...deps].toSorted()) console.warn(`  ${d}`);
} else {
  const report = JSON.parse(audit.stdout) as { metadata?: { vulnerabilities?: Record<string, number> } };
  const v = report.metadata?.vulnerabilities ?? {};
  result = { reachable: true, vulnerabilities: v };
  console.info(`R5: audit: ${JSON.stringify(v)}`);
  if ((v["high"] ?? 0) + (v["critical"] ?? 0) > 0) process.exitCode = 1;
}
writeFileSync(`${cache}r5-audit.json`, JSON.stringify({ name: "r5-audit", at: new Date().toISOString(), value: result }, null, 2));
