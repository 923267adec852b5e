// `npm create @ctip-vn/province` as a province developer runs it, outside the monorepo: the
// starter and the library are packed as npm would publish them, the starter's bin scaffolds a new
// package into a scratch folder, and that package installs (offline: the packed library plus the
// workspace's copies of its tools), type-checks, passes its own generated tests, builds and packs.
import { cleanEnv, installOffline, pack } from "@ctip-vn/vitest-config/pack";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(here, "../..");
const scratch = mkdtempSync(join(tmpdir(), "ctip-create-province-"));
const project = join(scratch, "province-da-nang");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const sh = (cmd: string, args: string[], cwd = project) => {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: cleanEnv() });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};

let created: { status: number | null; out: string };
beforeAll(() => {
  const starterTgz = join(scratch, pack(here, scratch));
  const domainTgz = join(scratch, pack(join(repoRoot, "packages/domain"), scratch));
  // What `npm create` does: install the starter, run its bin.
  const runner = join(scratch, "runner");
  installOffline(runner, { tarballs: { "@ctip-vn/create-province": starterTgz } });
  created = sh(
    "node",
    [
      join(runner, "node_modules/.bin/create-province"),
      "province-da-nang",
      "--id", "da-nang", "--scope", "@da-nang-ctip",
      "--name-vi", "Thành phố Đà Nẵng", "--name-en", "Da Nang city",
      "--resolution", "15/2020/NQ-HĐND", "--issued", "2020-07-10", "--effective", "2020-07-20",
      "--meals-at-facility", "60.000",
      // Example data for the test: a plan and a council term as an author would enter them.
      "--plan", "45/KH-UBND", "--plan-issued", "2024-02-20",
      "--council-term", "X", "--council-term-from", "2021-06-25",
    ],
    scratch,
  );
  if (created.status !== 0) throw new Error(created.out);
  // What `npm install` does in the new package, without a registry.
  const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
  const { "@ctip-vn/domain": _domain, ...tools } = manifest.devDependencies;
  installOffline(project, { tarballs: { "@ctip-vn/domain": domainTgz }, dependencies: tools, searchDirs: [join(repoRoot, "packages/domain"), here] });
});

describe("npm create @ctip-vn/province", () => {
  it("scaffolds the package and says what to do next, in Vietnamese and English", () => {
    expect(created.out).toContain("@da-nang-ctip/province-da-nang");
    expect(created.out).toContain("npm test");
    expect(readFileSync(join(project, "src/index.ts"), "utf8")).toContain("vnd: 60000");
  });

  it("type-checks under NodeNext", () => {
    const r = sh(join(project, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"]);
    expect(r.out.trim()).toBe("");
    expect(r.status).toBe(0);
  });

  it("passes its own generated tests", () => {
    const r = sh(join(project, "node_modules/.bin/vitest"), ["run"]);
    // Its own resolution cited and formatted, its rates in assessEligibility, its KPI targets read
    // by evaluateKpis, a resolution drafted from its profile (6 tests), and provinceProperties (4 properties).
    expect(r.out).toMatch(/Tests\s+.*10 passed/);
    expect(r.status).toBe(0);
  });

  it("builds and packs as a publishable package", () => {
    expect(sh(join(project, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json"]).status).toBe(0);
    const r = sh("npm", ["pack", "--dry-run", "--ignore-scripts", "--json"]);
    expect(r.status).toBe(0);
    const files = (JSON.parse(r.out.slice(r.out.indexOf("["))) as Array<{ files: Array<{ path: string }> }>)[0]?.files.map((f) => f.path) ?? [];
    expect(files).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.d.ts", "package.json", "README.md"]));
    expect(files.some((f) => f.includes(".test."))).toBe(false);
  });

  it("refuses malformed answers with one line per problem, before writing anything", () => {
    const r = sh("node", [join(scratch, "runner/node_modules/.bin/create-province"), "bad", "--id", "Da Nang", "--name-vi", "x", "--name-en", "x", "--resolution", "1/2020/NQ-HĐND", "--issued", "2020-01-01", "--effective", "2020-01-01"], scratch);
    expect(r.status).toBe(2);
    expect(r.out).toContain("--id: Mã tỉnh");
    expect(sh("ls", [join(scratch, "bad")], scratch).status).not.toBe(0);
  });
});
