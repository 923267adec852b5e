// Packs @ctip-vn/domain and both province packages as npm would publish them, installs the
// tarballs in a scratch project outside the workspace, and runs the README's "third province"
// example there: a province package written in under 50 lines against the published API.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(here, "../../..");
const packages = { domain: join(repoRoot, "packages/domain"), ngheAn: here, haiPhong: join(repoRoot, "packages/provinces/hai-phong") };
const catalog = (name: string): string => {
  const yaml = readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8");
  const m = new RegExp(`^\\s+"?${name.replace("/", "\\/")}"?:\\s*\\^?([\\w.-]+)`, "m").exec(yaml);
  if (m?.[1] === undefined) throw new Error(`no catalog version for ${name}`);
  return m[1];
};
const cleanEnv = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm|pnpm)_/i.test(k))), npm_config_loglevel: "error" };
let scratch = "";
const run = (cmd: string, args: string[], cwd = scratch): string =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: cleanEnv });

/** The README's third-province example: the ```ts block after the marker, and the ```text output. */
const example = (): { code: string; output: string } => {
  const readme = readFileSync(join(here, "README.md"), "utf8");
  const rest = readme.slice(readme.indexOf("<!-- third-province-example -->"));
  const code = /```ts\n([\s\S]*?)```/.exec(rest)?.[1];
  const output = /```text\n([\s\S]*?)```/.exec(rest)?.[1];
  if (code === undefined || output === undefined) throw new Error("README needs the third-province example and its output");
  return { code, output };
};

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "ctip-provinces-consumer-"));
  for (const dir of Object.values(packages)) run("pnpm", ["pack", "--pack-destination", scratch], dir);
  const tgz = (prefix: string): string => `file:./${readdirSync(scratch).find((f) => f.startsWith(prefix) && f.endsWith(".tgz")) ?? ""}`;
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({
      name: "consumer",
      private: true,
      type: "module",
      dependencies: {
        "@ctip-vn/domain": tgz("ctip-vn-domain-"),
        "@ctip-vn/province-nghe-an": tgz("ctip-vn-province-nghe-an-"),
        "@ctip-vn/province-hai-phong": tgz("ctip-vn-province-hai-phong-"),
        effect: catalog("effect"),
        zod: catalog("zod"),
      },
      devDependencies: { typescript: catalog("typescript"), "@types/node": `^${catalog("@types/node")}` },
    }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"]);
});

afterAll(() => {
  if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
});

describe("the province packages as published", () => {
  it("rewrite workspace ranges and ship dist without tests", () => {
    for (const name of ["province-nghe-an", "province-hai-phong"]) {
      const installed = readFileSync(join(scratch, `node_modules/@ctip-vn/${name}/package.json`), "utf8");
      expect(installed).not.toMatch(/workspace:|catalog:/);
      expect(readdirSync(join(scratch, `node_modules/@ctip-vn/${name}/dist`))).toContain("index.js");
    }
  });
  it("load both profiles from plain Node ESM", () => {
    writeFileSync(
      join(scratch, "profiles.mjs"),
      `import { ngheAn } from "@ctip-vn/province-nghe-an";
       import { haiPhong } from "@ctip-vn/province-hai-phong";
       console.log(ngheAn.id, ngheAn.manifest.length > 0, haiPhong.id, haiPhong.manifest.length > 0);`,
    );
    expect(run("node", ["profiles.mjs"]).trim()).toBe("nghe-an true hai-phong true");
  });
  it("type-check and run a third province written in under 50 lines", () => {
    const { code, output } = example();
    expect(code.trim().split("\n").length).toBeLessThan(50);
    writeFileSync(join(scratch, "ha-giang.ts"), code);
    writeFileSync(
      join(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: "es2023", lib: ["es2023", "dom"], types: ["node"], module: "node16", moduleResolution: "node16", exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false },
        files: ["ha-giang.ts"],
      }),
    );
    const tsc = spawnSync(join(scratch, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: scratch, encoding: "utf8", env: cleanEnv });
    expect(`${tsc.stdout}${tsc.stderr}`.trim()).toBe("");
    expect(run("node", ["ha-giang.ts"]).trim()).toBe(output.trim());
  });
});
