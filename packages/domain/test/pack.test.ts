// Packs @ctip-vn/domain as npm would publish it, installs the tarball in a scratch project outside
// the workspace, then imports subpaths from plain Node ESM, type-checks the README examples under
// `moduleResolution` bundler and node16, and runs them.
import { catalogVersion, cleanEnv, markedExamples, packAndInstall, satisfies, UNREACHABLE, type Consumer } from "@ctip-vn/vitest-config/pack";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(pkgDir, "../..");
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string };
const catalog = (name: string) => catalogVersion(repoRoot, name);
/** The README's examples: each ```ts block after `<!-- readme-example -->`, with its ```text output. */
const examples = markedExamples(join(repoRoot, "README.md"), "<!-- readme-example -->");

let consumer: Consumer;
beforeAll(() => {
  consumer = packAndInstall({
    prefix: "ctip-domain-consumer-",
    packages: { "@ctip-vn/domain": pkgDir },
    dependencies: { effect: catalog("effect"), zod: catalog("zod"), "fast-check": catalog("fast-check") },
    devDependencies: { typescript: catalog("typescript"), "@types/node": `^${catalog("@types/node")}` },
  });
});
afterAll(() => consumer?.remove());

describe("installing without a network", () => {
  it("every process the pack tests start sees an unreachable registry and proxy, in offline mode", () => {
    const env = cleanEnv();
    expect(env["npm_config_registry"]).toBe(UNREACHABLE);
    expect(env["HTTPS_PROXY"]).toBe(UNREACHABLE);
    expect(env["npm_config_offline"]).toBe("true");
    // The proof: npm cannot reach the registry from this environment, yet the tarball was installed.
    const view = spawnSync("npm", ["view", "effect", "version", "--prefer-online", "--fetch-retries=0", "--fetch-timeout=2000"], { env, encoding: "utf8" });
    expect(view.status).not.toBe(0);
    expect(JSON.parse(readFileSync(join(consumer.scratch, "node_modules/@ctip-vn/domain/package.json"), "utf8")).version).toBe(pkg.version);
  });

  it("checks installed versions against the published ranges as npm would", () => {
    expect(satisfies("4.1.0", "^4.1.0")).toBe(true);
    expect(satisfies("4.9.2", "^4.1.0")).toBe(true);
    expect(satisfies("5.0.0", "^4.1.0")).toBe(false);
    expect(satisfies("4.0.9", "^4.1.0")).toBe(false);
    expect(satisfies("0.1.3", "^0.1.0")).toBe(true);
    expect(satisfies("0.2.0", "^0.1.0")).toBe(false);
    expect(satisfies("24.10.1", ">=22.12")).toBe(true);
    expect(satisfies("22.11.0", ">=22.12")).toBe(false);
    expect(satisfies("1.2.3", "~1.2.0")).toBe(true);
    expect(satisfies("1.3.0", "~1.2.0")).toBe(false);
    expect(satisfies("3.0.0", "^2.0.0 || ^3.0.0")).toBe(true);
    expect(satisfies("4.1.0-beta.1", "^4.1.0")).toBe(false);
  });
});

describe("the published tarball", () => {
  it("contains dist and sources but no tests, and rewrites workspace ranges", () => {
    const files = consumer.run("tar", ["-tzf", consumer.tarballs["@ctip-vn/domain"] ?? ""]).split("\n");
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/classification/index.d.ts");
    expect(files.some((f) => f.endsWith(".test.ts"))).toBe(false);
    const installed = JSON.parse(readFileSync(join(consumer.scratch, "node_modules/@ctip-vn/domain/package.json"), "utf8")) as Record<string, unknown>;
    expect(installed["version"]).toBe(pkg.version);
    expect(JSON.stringify(installed)).not.toContain("workspace:");
    expect(JSON.stringify(installed)).not.toContain("catalog:");
  });

  it("imports every subpath from plain Node ESM", () => {
    writeFileSync(
      join(consumer.scratch, "subpaths.mjs"),
      `const names = ["", "/law", "/classification", "/eligibility", "/kpi", "/resolution", "/resolution/docx", "/province", "/testing"];
       for (const n of names) {
         const m = await import("@ctip-vn/domain" + n);
         if (Object.keys(m).length === 0) throw new Error("empty module @ctip-vn/domain" + n);
       }
       const { formatCitation } = await import("@ctip-vn/domain");
       console.log(formatCitation({ instrument: "100/2015/QH13", article: 150, clause: 2, point: "đ" }, "vi"));`,
    );
    expect(consumer.run("node", ["subpaths.mjs"]).trim()).toBe("điểm đ khoản 2 Điều 150 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)");
  });

  it.each(["bundler", "node16"] as const)("type-checks the README examples with moduleResolution %s", (resolution) => {
    examples.forEach(({ code }, i) => writeFileSync(join(consumer.scratch, `example-${i}.ts`), code));
    writeFileSync(
      join(consumer.scratch, `tsconfig.${resolution}.json`),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "es2023",
          lib: ["es2023", "dom"],
          types: ["node"],
          module: resolution === "bundler" ? "preserve" : "node16",
          moduleResolution: resolution,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          allowImportingTsExtensions: true,
          skipLibCheck: false,
        },
        files: examples.map((_, i) => `example-${i}.ts`),
      }),
    );
    const tsc = spawnSync(join(consumer.scratch, "node_modules/.bin/tsc"), ["-p", `tsconfig.${resolution}.json`], {
      cwd: consumer.scratch,
      encoding: "utf8",
      env: cleanEnv(),
    });
    expect(`${tsc.stdout}${tsc.stderr}`.trim()).toBe("");
    expect(tsc.status).toBe(0);
  });

  it.each(examples.map((e, i) => ({ ...e, i })))("runs README example $i and prints what the README says", ({ code, output, i }) => {
    writeFileSync(join(consumer.scratch, `example-${i}.ts`), code);
    expect(consumer.run("node", [`example-${i}.ts`]).trim()).toBe(output.trim());
  });
});
