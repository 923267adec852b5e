// Times the issue's "done when" from a clean folder outside the monorepo: `npm create
// @ctip-vn/province` (npm exec of the packed starter, offline) → install → `npm test`.
// Run after `pnpm --filter @ctip-vn/domain --filter @ctip-vn/create-province build`:
//   node packages/create-province/scripts/time-end-to-end.mjs
// The install is the offline one of the starter's test (packed library + the workspace's copies of
// the tools): a registry install adds its network time.
import { cleanEnv, installOffline, pack } from "@ctip-vn/vitest-config/pack";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
const repo = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const scratch = mkdtempSync(join(tmpdir(), "ctip-time-"));
const lap = (label, since) => { const s = ((performance.now() - since) / 1000).toFixed(1); console.log(`${label}: ${s} s`); return performance.now(); };
let t = performance.now();
const starter = join(scratch, pack(join(repo, "packages/create-province"), scratch));
const domain = join(scratch, pack(join(repo, "packages/domain"), scratch));
t = lap("pack starter + library (publishing side, not counted)", t);
const clean = join(scratch, "clean"); execFileSync("mkdir", ["-p", clean]);
const tStart = performance.now();
// npm create @ctip-vn/province == npm exec @ctip-vn/create-province; here from the packed tarball, offline.
const out = execFileSync("npm", ["exec", "--yes", `--package=${starter}`, "--", "create-province", "province-da-nang",
  "--id", "da-nang", "--scope", "@da-nang-ctip", "--name-vi", "Thành phố Đà Nẵng", "--name-en", "Đà Nẵng city",
  "--resolution", "15/2020/NQ-HĐND", "--issued", "2020-07-10", "--effective", "2020-07-20", "--meals-at-facility", "60000",
  "--plan", "45/KH-UBND", "--plan-issued", "2024-02-20", "--council-term", "X", "--council-term-from", "2021-06-25"],
  { cwd: clean, env: cleanEnv(), encoding: "utf8" });
console.log(out.trim().split("\n")[0]);
t = lap("npm create @ctip-vn/province (npm exec of the packed starter, offline)", tStart);
const project = join(clean, "province-da-nang");
const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8"));
const { "@ctip-vn/domain": _d, ...tools } = manifest.devDependencies;
installOffline(project, { tarballs: { "@ctip-vn/domain": domain }, dependencies: tools, searchDirs: [join(repo, "packages/domain"), join(repo, "packages/create-province")] });
t = lap("npm install (offline: packed library + workspace copies of the tools)", t);
const test = execFileSync("npm", ["test"], { cwd: project, env: cleanEnv(), encoding: "utf8" });
console.log(test.split("\n").filter((l) => /Tests|Test Files/.test(l)).join("\n"));
t = lap("npm test", t);
lap("TOTAL create → install → test", tStart);
rmSync(scratch, { recursive: true, force: true });
