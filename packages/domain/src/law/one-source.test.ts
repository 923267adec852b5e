import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("..", import.meta.url));

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );

/** The code without comments, and with every `{ from, to }` period folded, so one object literal is one brace level. */
const code = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\{\s*from\s*:[^{}]*\}/g, "PERIOD");

/**
 * Object literals shaped like a `Citation` (an instrument with a confidence or a period), and
 * values annotated `Citation` that are not built by a call: hand-built citations.
 */
export const handBuiltCitations = (text: string): string[] => {
  const c = code(text);
  const literal = /\{[^{}]*\binstrument\s*:[^{}]*\b(confidence|effective)\s*:[^{}]*\}|\{[^{}]*\b(confidence|effective)\s*:[^{}]*\binstrument\s*:[^{}]*\}/g;
  const annotated = /:\s*Citation\s*=\s*\{(?!\s*\.\.\.)/g;
  return [...c.matchAll(literal), ...c.matchAll(annotated)]
    .map((m) => m[0].replace(/\s+/g, " "))
    .filter((m) => !/\breadonly\b|\bz\./.test(m)) // types and schemas describe citations, they do not build one
    .map((m) => m.slice(0, 120));
};

describe("one source per legal fact: citations are built by the law catalogue", () => {
  it("finds a hand-built citation in a fixture (the check itself works)", () => {
    expect(handBuiltCitations(`const X: Citation = { instrument: "193/QĐ-TTg", article: 1, effective: { from: d("2021-02-09") }, confidence: "secondary" };`)).toHaveLength(2);
    expect(handBuiltCitations(`const b = (a: number): Citation => ({ instrument: "66/2011/QH12", article: a, effective: P, confidence: "secondary" });`)).toHaveLength(1);
    expect(handBuiltCitations(`const basisOf = (c: Citation, extra = {}): Citation => ({ ...c, ...extra });`)).toEqual([]);
    expect(handBuiltCitations(`const X = cite("193/QĐ-TTg", { article: 1 });`)).toEqual([]);
  });
  it("no module outside law/ builds a Citation literal: national ones come from cite()/citeInstrument(), provincial ones from the province's cite()", () => {
    const found = sources(SRC)
      .filter((f) => !relative(SRC, f).startsWith("law/"))
      .flatMap((f) => handBuiltCitations(readFileSync(f, "utf8")).map((m) => `${relative(SRC, f)}: ${m}`));
    expect(found).toEqual([]);
  });
});
