// Packs @ctip-vn/domain as npm would publish it, installs the tarball in a scratch project outside
// the workspace, then imports subpaths from plain Node ESM, type-checks a TypeScript consumer under
// `moduleResolution` bundler and node16, and compiles and runs the README's usage example.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(pkgDir, "../..");
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string };
const workspaceVersion = (name: string): string => {
  const yaml = readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8");
  const m = new RegExp(`^\\s+"?${name.replace("/", "\\/")}"?:\\s*\\^?([\\w.-]+)`, "m").exec(yaml);
  if (m?.[1] === undefined) throw new Error(`no catalog version for ${name}`);
  return m[1];
};

let scratch = "";
// The scratch project must not inherit the workspace's pnpm/npm settings (catalogs, workspace root).
const cleanEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm|pnpm)_/i.test(k))),
  npm_config_loglevel: "error",
};
const run = (cmd: string, args: string[], cwd = scratch): string =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: cleanEnv });

/** The README's examples: each ```ts block after a `<!-- readme-example -->` marker, and the ```text block with its output. */
export const readmeExamples = (): Array<{ code: string; output: string }> => {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const parts = readme.split("<!-- readme-example -->").slice(1);
  if (parts.length === 0) throw new Error("README.md has no <!-- readme-example --> marker");
  return parts.map((rest) => {
    const code = /```ts\n([\s\S]*?)```/.exec(rest)?.[1];
    const output = /```text\n([\s\S]*?)```/.exec(rest)?.[1];
    if (code === undefined || output === undefined) throw new Error("each README example needs a ```ts block followed by a ```text block");
    return { code, output };
  });
};

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "ctip-domain-consumer-"));
  run("pnpm", ["pack", "--pack-destination", scratch], pkgDir);
  const tarball = readdirSync(scratch).find((f) => f.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("pnpm pack produced no tarball");
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({
      name: "consumer",
      private: true,
      type: "module",
      dependencies: {
        "@ctip-vn/domain": `file:./${tarball}`,
        effect: workspaceVersion("effect"),
        zod: workspaceVersion("zod"),
        "fast-check": workspaceVersion("fast-check"),
      },
      devDependencies: { typescript: workspaceVersion("typescript"), "@types/node": `^${workspaceVersion("@types/node")}` },
    }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"]);
});

afterAll(() => {
  if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
});

describe("the published tarball", () => {
  it("contains dist and sources but no tests, and rewrites workspace ranges", () => {
    const files = run("tar", ["-tzf", readdirSync(scratch).find((f) => f.endsWith(".tgz")) ?? ""]).split("\n");
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/classification/index.d.ts");
    expect(files.some((f) => f.endsWith(".test.ts"))).toBe(false);
    const installed = JSON.parse(readFileSync(join(scratch, "node_modules/@ctip-vn/domain/package.json"), "utf8")) as Record<string, unknown>;
    expect(installed["version"]).toBe(pkg.version);
    expect(JSON.stringify(installed)).not.toContain("workspace:");
    expect(JSON.stringify(installed)).not.toContain("catalog:");
  });

  it("imports every subpath from plain Node ESM", () => {
    writeFileSync(
      join(scratch, "subpaths.mjs"),
      `const names = ["", "/law", "/classification", "/eligibility", "/kpi", "/resolution", "/province", "/testing"];
       for (const n of names) {
         const m = await import("@ctip-vn/domain" + n);
         if (Object.keys(m).length === 0) throw new Error("empty module @ctip-vn/domain" + n);
       }
       const { formatCitation } = await import("@ctip-vn/domain");
       console.log(formatCitation({ instrument: "100/2015/QH13", article: 150, clause: 2, point: "đ" }, "vi"));`,
    );
    expect(run("node", ["subpaths.mjs"]).trim()).toBe("điểm đ khoản 2 Điều 150 Bộ luật Hình sự 2015");
  });

  it.each(["bundler", "node16"] as const)("type-checks the README examples with moduleResolution %s", (resolution) => {
    const examples = readmeExamples();
    examples.forEach(({ code }, i) => writeFileSync(join(scratch, `example-${i}.ts`), code));
    writeFileSync(
      join(scratch, `tsconfig.${resolution}.json`),
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
    const tsc = spawnSync(join(scratch, "node_modules/.bin/tsc"), ["-p", `tsconfig.${resolution}.json`], {
      cwd: scratch,
      encoding: "utf8",
      env: cleanEnv,
    });
    expect(`${tsc.stdout}${tsc.stderr}`.trim()).toBe("");
    expect(tsc.status).toBe(0);
  });

  it.each(readmeExamples().map((e, i) => ({ ...e, i })))("runs README example $i and prints what the README says", ({ code, output, i }) => {
    writeFileSync(join(scratch, `example-${i}.ts`), code);
    expect(run("node", [`example-${i}.ts`]).trim()).toBe(output.trim());
  });
});
