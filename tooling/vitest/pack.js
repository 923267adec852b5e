// Helpers for tests that pack workspace packages as npm would publish them and install the
// tarballs in a scratch project outside the workspace.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The version pinned for `name` in the workspace catalog (pnpm-workspace.yaml). */
export const catalogVersion = (repoRoot, name) => {
  const yaml = readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8");
  const m = new RegExp(`^\\s+"?${name.replace("/", "\\/")}"?:\\s*\\^?([\\w.-]+)`, "m").exec(yaml);
  if (m?.[1] === undefined) throw new Error(`no catalog version for ${name}`);
  return m[1];
};

/** The environment without the workspace's npm/pnpm settings (catalogs, workspace root). */
export const cleanEnv = () => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm|pnpm)_/i.test(k))),
  npm_config_loglevel: "error",
});

/** Runs a command, returning its standard output; throws with the output on failure. */
export const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: cleanEnv() });

/**
 * Packs each package directory into a new scratch folder, writes a consumer package.json whose
 * dependencies name the tarballs (by package name) plus `dependencies`/`devDependencies`, and
 * runs `npm install` there.
 */
export const packAndInstall = ({ prefix, packages, dependencies = {}, devDependencies = {} }) => {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  const tarballs = {};
  for (const [name, dir] of Object.entries(packages)) {
    const before = new Set(readdirSync(scratch));
    run("pnpm", ["pack", "--pack-destination", scratch], dir);
    const tgz = readdirSync(scratch).find((f) => f.endsWith(".tgz") && !before.has(f));
    if (tgz === undefined) throw new Error(`pnpm pack produced no tarball for ${name}`);
    tarballs[name] = tgz;
  }
  const fromTarballs = Object.fromEntries(Object.entries(tarballs).map(([name, tgz]) => [name, `file:./${tgz}`]));
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { ...fromTarballs, ...dependencies }, devDependencies }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], scratch);
  return { scratch, tarballs, run: (cmd, args) => run(cmd, args, scratch), remove: () => rmSync(scratch, { recursive: true, force: true }) };
};

/** The ```ts block and the ```text block that follow each `marker` in a Markdown file. */
export const markedExamples = (markdownPath, marker) => {
  const parts = readFileSync(markdownPath, "utf8").split(marker).slice(1);
  if (parts.length === 0) throw new Error(`${markdownPath} has no ${marker} marker`);
  return parts.map((rest) => {
    const code = /```ts\n([\s\S]*?)```/.exec(rest)?.[1];
    const output = /```text\n([\s\S]*?)```/.exec(rest)?.[1];
    if (code === undefined || output === undefined) throw new Error(`each ${marker} needs a \`\`\`ts block followed by a \`\`\`text block`);
    return { code, output };
  });
};
