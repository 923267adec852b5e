// The README's `<!-- api-example … -->` curl commands, parsed and run against any fetch-like
// sender: `app.request` in the Node suite, real HTTP against workerd in the Workers smoke run.
import { readFileSync } from "node:fs";

export interface Example {
  readonly status: number;
  readonly contains?: string;
  readonly save?: { readonly name: string; readonly field: string };
  readonly command: string;
}

const readme = (): string => readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
export const readmeExamples = (): Example[] => [...readme().matchAll(/<!-- api-example (.*?) -->\n```sh\n([\s\S]*?)```/g)].map((m) => {
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

/**
 * Splits a shell command into words: single quotes, double quotes with `$VAR` and `$(cat file)`,
 * adjacent parts joined.
 */
export const words = (command: string, vars: Record<string, string>, files: ReadonlyMap<string, string> = new Map()): string[] => {
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

/** What running one example produced. */
export interface ExampleOutcome {
  readonly status: number;
  readonly text: string;
}

/**
 * Runs one example through `send` (path with query, and a fetch init), remembering `-o` outputs in
 * `files` and `save=` values in `vars` for the examples that follow.
 */
export const runExample = async (
  example: Example,
  vars: Record<string, string>,
  files: Map<string, string>,
  send: (path: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<Response>,
): Promise<ExampleOutcome> => {
  const w = words(example.command, vars, files);
  if (w[0] !== "curl") throw new Error(`not a curl command: ${example.command}`);
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
  if (target.origin !== "http://127.0.0.1:8787") throw new Error(`examples target http://127.0.0.1:8787, not ${target.origin}`);
  const res = await send(`${target.pathname}${target.search}`, { method: method ?? (body === undefined ? "GET" : "POST"), headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  if (output !== undefined) files.set(output, text);
  if (example.save !== undefined && res.status < 300) vars[example.save.name] = String((JSON.parse(text) as Record<string, unknown>)[example.save.field]);
  return { status: res.status, text };
};
