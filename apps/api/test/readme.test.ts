// Runs every `<!-- api-example … -->` curl command of the README against the app, so the
// examples stay true: status, a fragment of the body, and values saved for later examples.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { bootstrapAdmin } from "../src/auth.js";
import { openLibsqlStore } from "../src/store/libsql.js";

interface Example {
  readonly status: number;
  readonly contains?: string;
  readonly save?: { readonly name: string; readonly field: string };
  readonly command: string;
}

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const examples: Example[] = [...readme.matchAll(/<!-- api-example (.*?) -->\n```sh\n([\s\S]*?)```/g)].map((m) => {
  const attrs = m[1] ?? "";
  const attr = (name: string) => new RegExp(`${name}="((?:[^"\\\\]|\\\\.)*)"`).exec(attrs)?.[1]?.replaceAll('\\"', '"');
  const save = attr("save")?.split(":");
  const contains = attr("contains");
  return {
    status: Number(/status=(\d+)/.exec(attrs)?.[1]),
    ...(contains === undefined ? {} : { contains }),
    ...(save === undefined ? {} : { save: { name: save[0] ?? "", field: save[1] ?? "" } }),
    command: (m[2] ?? "").replaceAll("\\\n", " ").trim(),
  };
});

const files = new Map<string, string>();

/**
 * Splits a shell command into words: single quotes, double quotes with `$VAR` and `$(cat file)`,
 * adjacent parts joined.
 */
const words = (command: string, vars: Record<string, string>): string[] => {
  const out: string[] = [];
  let word: string | undefined;
  const expand = (s: string) =>
    s.replace(/\$\(cat ([^)]+)\)/g, (_, f: string) => files.get(f) ?? "").replace(/\$([A-Z_]+)/g, (_, v: string) => vars[v] ?? "");
  for (let i = 0; i < command.length; ) {
    const ch = command[i] ?? "";
    if (/\s/.test(ch)) {
      if (word !== undefined) out.push(word);
      word = undefined;
      i++;
    } else if (ch === "'") {
      const end = command.indexOf("'", i + 1);
      word = (word ?? "") + command.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      let j = i + 1;
      let s = "";
      while (command[j] !== '"') {
        if (command[j] === "\\") j++;
        s += command[j] ?? "";
        j++;
      }
      word = (word ?? "") + expand(s);
      i = j + 1;
    } else {
      const m = /^[^\s'"]+/.exec(command.slice(i))?.[0] ?? ch;
      word = (word ?? "") + expand(m);
      i += m.length;
    }
  }
  if (word !== undefined) out.push(word);
  return out;
};

const dir = mkdtempSync(join(tmpdir(), "ctip-readme-"));
const vars: Record<string, string> = { ADMIN_PASSWORD: "readme-admin-password" };
let app: ReturnType<typeof createApp>;
let close: () => void;

beforeAll(async () => {
  const opened = await openLibsqlStore(`file:${join(dir, "readme.sqlite")}`);
  close = opened.close;
  await bootstrapAdmin(opened.store, { ADMIN_EMAIL: "admin@localhost", ADMIN_PASSWORD: vars["ADMIN_PASSWORD"] });
  app = createApp({ store: opened.store, storageKind: "sqlite" });
});
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

describe("README curl examples", () => {
  it("cover every route in the OpenAPI document", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const shown = examples.map((e) => {
      const w = words(e.command, { TOKEN: "t", DECISION: "{id}", DRAFT: "{id}", ADMIN_PASSWORD: "p" });
      const method = w[w.indexOf("-X") + 1] ?? "";
      const url = w.find((x) => x.startsWith("http://")) ?? "";
      const path = new URL(url).pathname.replace(/\/nghe-an(\/|$)/, "/{id}$1").replace(/100%2F2015%2FQH13/, "{instrument}").replace(/\/versions\/1$/, "/versions/{version}");
      return `${w.includes("-X") ? method : w.includes("-d") ? "POST" : "GET"} ${decodeURIComponent(path)}`;
    });
    expect(documented.filter((d) => !shown.includes(d))).toEqual([]);
  });

  it.each(examples.map((e, i) => ({ ...e, i })))("example $i: $command", async (example) => {
    const w = words(example.command, vars);
    expect(w[0]).toBe("curl");
    let method: string | undefined;
    let url = "";
    let body: string | undefined;
    let output: string | undefined;
    const headers: Record<string, string> = {};
    for (let i = 1; i < w.length; i++) {
      const a = w[i] ?? "";
      if (a === "-s") continue;
      else if (a === "-X") method = w[++i];
      else if (a === "-H") {
        const [k, ...v] = (w[++i] ?? "").split(":");
        headers[k ?? ""] = v.join(":").trim();
      } else if (a === "-d") {
        const d = w[++i] ?? "";
        body = d.startsWith("@") ? files.get(d.slice(1)) : d;
      } else if (a === "-o") output = w[++i];
      else url = a;
    }
    const target = new URL(url);
    expect(target.origin).toBe("http://127.0.0.1:8787");
    const res = await app.request(`${target.pathname}${target.search}`, { method: method ?? (body === undefined ? "GET" : "POST"), headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    expect({ status: res.status, body: text.slice(0, 300) }).toMatchObject({ status: example.status });
    if (output !== undefined) files.set(output, text);
    expect(text).toContain(example.contains ?? "");
    if (example.save !== undefined) vars[example.save.name] = String((JSON.parse(text) as Record<string, unknown>)[example.save.field]);
  });
});
