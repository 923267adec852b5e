// Helpers for tests that pack workspace packages as npm would publish them and install the
// tarballs in a scratch project outside the workspace — without any network: the tarballs are
// unpacked into the scratch project's node_modules (what npm does with a `file:` tarball), and
// their third-party dependencies are linked to the copies the workspace already installed, after
// checking that each satisfies the range the published package.json asks for. Every process these
// helpers start sees an unreachable registry and offline mode, so a test that needed the network
// would fail here rather than pass by luck.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";

/** The version pinned for `name` in the workspace catalog (pnpm-workspace.yaml). */
export const catalogVersion = (repoRoot, name) => {
  const yaml = readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8");
  const m = new RegExp(`^\\s+"?${name.replace("/", "\\/")}"?:\\s*\\^?([\\w.-]+)`, "m").exec(yaml);
  if (m?.[1] === undefined) throw new Error(`no catalog version for ${name}`);
  return m[1];
};

/** An address nothing listens on: any registry or proxy request fails at once. */
export const UNREACHABLE = "http://127.0.0.1:9/";

/**
 * The environment without the workspace's npm/pnpm settings (catalogs, workspace root), with the
 * registry and proxies pointed at an unreachable address and npm/pnpm in offline mode.
 */
export const cleanEnv = () => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm|pnpm)_|^(https?|all)_proxy$/i.test(k))),
  npm_config_loglevel: "error",
  npm_config_registry: UNREACHABLE,
  npm_config_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
  HTTP_PROXY: UNREACHABLE,
  HTTPS_PROXY: UNREACHABLE,
  http_proxy: UNREACHABLE,
  https_proxy: UNREACHABLE,
});

/** Runs a command, returning its standard output; throws with the output on failure. */
export const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: cleanEnv() });

const parse = (v) => {
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([\w.-]+))?$/.exec(v);
  if (m === null) throw new Error(`not a version: ${v}`);
  return { n: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], pre: m[4] };
};
const cmp = (a, b) => {
  for (let i = 0; i < 3; i++) if (a.n[i] !== b.n[i]) return a.n[i] - b.n[i];
  if (a.pre === b.pre) return 0;
  if (a.pre === undefined) return 1;
  if (b.pre === undefined) return -1;
  return a.pre < b.pre ? -1 : 1;
};

/**
 * Whether `version` satisfies `range` — the subset of npm's semver ranges that published
 * manifests here use: `*`, exact, `^`, `~`, `>=`, `<`, space-separated (and) and `||` (or).
 */
export const satisfies = (version, range) =>
  range.split("||").some((alt) =>
    alt
      .trim()
      .split(/\s+/)
      .filter((c) => c !== "")
      .every((c) => {
        if (c === "*" || c === "x" || c === "latest") return true;
        const m = /^(\^|~|>=|<=|>|<|=)?v?(.*)$/.exec(c);
        const op = m?.[1] ?? "=";
        const v = parse(version);
        const want = parse(m?.[2] ?? "");
        const d = cmp(v, want);
        if (op === ">=") return d >= 0;
        if (op === ">") return d > 0;
        if (op === "<=") return d <= 0;
        if (op === "<") return d < 0;
        if (op === "=") return d === 0;
        if (d < 0 || (v.pre !== undefined && v.pre !== want.pre)) return false;
        if (op === "~") return v.n[0] === want.n[0] && v.n[1] === want.n[1];
        // ^: the left-most non-zero part is fixed.
        if (want.n[0] !== 0) return v.n[0] === want.n[0];
        if (want.n[1] !== 0) return v.n[0] === 0 && v.n[1] === want.n[1];
        return v.n[0] === 0 && v.n[1] === 0 && v.n[2] === want.n[2];
      }),
  );

/** The directory of `name` as installed for the workspace: searched from each of `dirs` upwards, then pnpm's hoisted folder. */
const installedDir = (name, dirs, repoRoot) => {
  for (const start of dirs) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const candidate = join(dir, "node_modules", name);
      if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
      if (dir === dirname(dir) || relative(repoRoot, dir).startsWith("..")) break;
    }
  }
  const hoisted = join(repoRoot, "node_modules/.pnpm/node_modules", name);
  if (existsSync(join(hoisted, "package.json"))) return realpathSync(hoisted);
  throw new Error(`${name} is not installed in the workspace — run pnpm install first`);
};

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

const linkBins = (scratch, dir) => {
  const manifest = readJson(join(dir, "package.json"));
  const bins = typeof manifest.bin === "string" ? { [manifest.name.split("/").pop()]: manifest.bin } : (manifest.bin ?? {});
  mkdirSync(join(scratch, "node_modules/.bin"), { recursive: true });
  for (const [bin, file] of Object.entries(bins)) {
    const link = join(scratch, "node_modules/.bin", bin);
    if (!existsSync(link)) symlinkSync(join(dir, file), link);
    // npm marks the bins of a package it unpacks executable; linked workspace copies already are.
    if (!relative(scratch, dir).startsWith("..")) chmodSync(join(dir, file), 0o755);
  }
};

/** Packs the package in `dir` into `destination`; returns the tarball's file name. */
export const pack = (dir, destination) => {
  const before = new Set(readdirSync(destination));
  run("pnpm", ["pack", "--pack-destination", destination], dir);
  const tgz = readdirSync(destination).find((f) => f.endsWith(".tgz") && !before.has(f));
  if (tgz === undefined) throw new Error(`pnpm pack produced no tarball for ${dir}`);
  return tgz;
};

/**
 * Installs into `project` (a folder with a package.json), without any network: each tarball of
 * `tarballs` (name → path) is unpacked into node_modules/<name>, each of `dependencies` (name →
 * range) is linked to the workspace's installed copy (found from `searchDirs` upwards) after a
 * range check, with its bins. Then every dependency and required peer dependency of the unpacked
 * tarballs must be present in a satisfying version.
 */
export const installOffline = (project, { tarballs = {}, dependencies = {}, searchDirs = [] }) => {
  const repoRoot = resolve(dirname(new URL(import.meta.url).pathname), "../..");
  for (const [name, tgz] of Object.entries(tarballs)) {
    const target = join(project, "node_modules", name);
    mkdirSync(target, { recursive: true });
    run("tar", ["-xzf", tgz, "-C", target, "--strip-components=1"], project);
    linkBins(project, target);
  }
  for (const [name, range] of Object.entries(dependencies)) {
    const dir = installedDir(name, [...searchDirs, repoRoot], repoRoot);
    const { version } = readJson(join(dir, "package.json"));
    if (!satisfies(version, range)) throw new Error(`${name}@${version} (installed in the workspace) does not satisfy ${range}`);
    const link = join(project, "node_modules", name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(dir, link, "dir");
    linkBins(project, dir);
  }
  const unmet = [];
  for (const name of Object.keys(tarballs)) {
    const manifest = readJson(join(project, "node_modules", name, "package.json"));
    const optional = manifest.peerDependenciesMeta ?? {};
    const wanted = {
      ...manifest.dependencies,
      ...Object.fromEntries(Object.entries(manifest.peerDependencies ?? {}).filter(([dep]) => optional[dep]?.optional !== true)),
    };
    for (const [dep, range] of Object.entries(wanted)) {
      const path = join(project, "node_modules", dep, "package.json");
      if (!existsSync(path)) unmet.push(`${name} needs ${dep}@${range}: not installed`);
      else if (!satisfies(readJson(path).version, range)) unmet.push(`${name} needs ${dep}@${range}: found ${readJson(path).version}`);
    }
  }
  if (unmet.length > 0) throw new Error(`unmet dependencies after install:\n${unmet.join("\n")}`);
};

/**
 * Packs each package directory into a new scratch folder and installs the tarballs there as a
 * consumer would, with `dependencies`/`devDependencies` (name → range) taken from the workspace's
 * installed copies. Checks that every dependency and required peer dependency of each installed
 * tarball is present in a satisfying version. No registry is contacted.
 */
export const packAndInstall = ({ prefix, packages, dependencies = {}, devDependencies = {} }) => {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  const tarballs = Object.fromEntries(Object.entries(packages).map(([name, dir]) => [name, pack(dir, scratch)]));
  const fromTarballs = Object.fromEntries(Object.entries(tarballs).map(([name, tgz]) => [name, `file:./${tgz}`]));
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { ...fromTarballs, ...dependencies }, devDependencies }),
  );
  installOffline(scratch, {
    tarballs: Object.fromEntries(Object.entries(tarballs).map(([name, tgz]) => [name, join(scratch, tgz)])),
    dependencies: { ...dependencies, ...devDependencies },
    searchDirs: Object.values(packages),
  });
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
