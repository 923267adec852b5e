import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

/**
 * Starts a real PostgreSQL server for the test run: a fresh cluster in a temporary folder,
 * listening on a free loopback port only, trust authentication for the loopback user `ctip`,
 * stopped and deleted at the end. Tests get its URL through `inject("postgresUrl")`.
 *
 * PostgreSQL refuses to run as root, so under root the cluster belongs to the `postgres` system
 * user (created by Debian's package) and its commands run through `runuser`. With no PostgreSQL
 * binaries at all (`scripts/test.sh` installs them) the PostgreSQL suites are skipped with a
 * message saying so; any other failure fails the run.
 */
declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | undefined;
    postgresMissing: string | undefined;
  }
}

const findBin = (): string | undefined => {
  const onPath = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" }).stdout.trim();
  if (onPath !== "" && existsSync(join(onPath, "..", "initdb"))) return join(onPath, "..");
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "pg_ctl")))
    .toSorted((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], "bin");
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });

export async function setup(project: TestProject) {
  const bin = findBin();
  if (bin === undefined) {
    const why = "PostgreSQL is not installed (no pg_ctl/initdb on PATH or in /usr/lib/postgresql/*/bin): the PostgreSQL suites are skipped. scripts/test.sh installs it (apt-get install postgresql).";
    console.warn(`\n⚠ ${why}\n`);
    project.provide("postgresUrl", undefined);
    project.provide("postgresMissing", why);
    return;
  }
  const root = process.getuid?.() === 0;
  // Under root the cluster belongs to `postgres`, which must reach it: /tmp rather than a TMPDIR it may not enter.
  const dir = mkdtempSync(join(root ? "/tmp" : tmpdir(), "ctip-pg-"));
  const data = join(dir, "data");
  const asOwner = (cmd: string, args: string[]) => (root ? execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args], { encoding: "utf8", stdio: "pipe" }) : execFileSync(cmd, args, { encoding: "utf8", stdio: "pipe" }));
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chmodSync(dir, 0o700);
    chownSync(dir, uid, gid);
  }
  const fail = (step: string, e: unknown) => {
    const log = existsSync(join(dir, "server.log")) ? readFileSync(join(dir, "server.log"), "utf8") : "";
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Could not ${step} the test PostgreSQL server: ${String((e as { stderr?: unknown }).stderr ?? e)}\n${log}`);
  };
  try {
    asOwner(join(bin, "initdb"), ["-D", data, "-U", "ctip", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  } catch (e) {
    fail("initialise", e);
  }
  // The free port found may be taken by another process before the server binds it: try another.
  let port = 0;
  for (let attempt = 1; port === 0; attempt++) {
    const candidate = await freePort();
    try {
      asOwner(join(bin, "pg_ctl"), ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", "-o", `-p ${candidate} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=300 -c shared_buffers=32MB`, "start"]);
      port = candidate;
    } catch (e) {
      if (attempt === 3) fail("start", e);
    }
  }
  project.provide("postgresUrl", `postgres://ctip@127.0.0.1:${port}/postgres`);
  project.provide("postgresMissing", undefined);
  return () => {
    try {
      asOwner(join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
