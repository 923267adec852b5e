// No exported type is written by hand beside the schema that describes the same value: where a
// module exports a zod schema `X` or `XSchema`, the type `X` is `z.infer` (or `z.input`) of it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src", import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );

/** Names of the schemas a source exports (without a `Schema` suffix). */
const schemaNames = (text: string): Set<string> =>
  new Set([...text.matchAll(/export const (\w+)\s*(?::[^=]+)?=\s*(?:z\s*\.|\w+Schema\s*\.(?:extend|meta|and|or)|MessageSchema\b|CitationSchema\b)/g)].map((m) => (m[1] ?? "").replace(/Schema$/, "")));

/** Hand-written declarations of exported types: interfaces, and type aliases that are not inferred from a schema. */
const handWritten = (text: string): string[] => [
  ...[...text.matchAll(/export interface (\w+)/g)].map((m) => m[1] ?? ""),
  ...[...text.matchAll(/export type (\w+)(?:<[^>]*>)?\s*=\s*([^;]+);/g)].filter((m) => !derived((m[2] ?? "").trim())).map((m) => m[1] ?? ""),
];

/** Aliases that are not a second description of a value: inferred types, brands, the members of a constant tuple, another name for an inferred type. */
const derived = (rhs: string): boolean =>
  /^z\.(infer|input|output)</.test(rhs) || /^(string|number) & \{ readonly __brand/.test(rhs) || /^\(typeof \w+\)\[number\]$/.test(rhs) || /^[A-Z]\w*$/.test(rhs);

describe("result types", () => {
  it("are inferred from their schemas, never written by hand beside them", () => {
    const all = files(src).map((f) => ({ file: relative(src, f), text: readFileSync(f, "utf8") }));
    const schemas = new Set(all.flatMap((f) => [...schemaNames(f.text)]));
    expect(schemas).toContain("Classification");
    expect(schemas).toContain("EligibilityResult");
    expect(schemas).toContain("KpiReport");
    const clashes = all.flatMap((f) => handWritten(f.text).filter((name) => schemas.has(name)).map((name) => `${f.file}: ${name}`));
    expect(clashes).toEqual([]);
  });
});
