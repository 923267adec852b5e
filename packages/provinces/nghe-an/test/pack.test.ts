// Packs @ctip-vn/domain and both province packages as npm would publish them, installs the
// tarballs in a scratch project outside the workspace, and runs the README's "third province"
// example there: a province package written in under 50 lines against the published API.
import { catalogVersion, cleanEnv, markedExamples, packAndInstall, type Consumer } from "@ctip-vn/vitest-config/pack";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(here, "../../..");
const catalog = (name: string) => catalogVersion(repoRoot, name);

let consumer: Consumer;
let scratch = "";
const run = (cmd: string, args: string[]): string => consumer.run(cmd, args);

beforeAll(() => {
  consumer = packAndInstall({
    prefix: "ctip-provinces-consumer-",
    packages: {
      "@ctip-vn/domain": join(repoRoot, "packages/domain"),
      "@ctip-vn/province-nghe-an": here,
      "@ctip-vn/province-hai-phong": join(repoRoot, "packages/provinces/hai-phong"),
    },
    dependencies: { effect: catalog("effect"), zod: catalog("zod") },
    devDependencies: { typescript: catalog("typescript"), "@types/node": `^${catalog("@types/node")}` },
  });
  scratch = consumer.scratch;
});

afterAll(() => consumer?.remove());

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
    const [third] = markedExamples(join(here, "README.md"), "<!-- third-province-example -->");
    const { code, output } = third ?? { code: "", output: "" };
    expect(code.trim().split("\n").length).toBeLessThan(50);
    writeFileSync(join(scratch, "ha-giang.ts"), code);
    writeFileSync(
      join(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: "es2023", lib: ["es2023", "dom"], types: ["node"], module: "node16", moduleResolution: "node16", exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false },
        files: ["ha-giang.ts"],
      }),
    );
    const tsc = spawnSync(join(scratch, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: scratch, encoding: "utf8", env: cleanEnv() });
    expect(`${tsc.stdout}${tsc.stderr}`.trim()).toBe("");
    expect(run("node", ["ha-giang.ts"]).trim()).toBe(output.trim());
  });
});
