// The casing of values, as the README's "Values and codes" paragraph states it: the answer of a
// concept (a classification's status, a support regime's status) is UPPER_SNAKE_CASE; every other
// choice a program reads — facts, sub-results, kinds — is lower snake_case (kebab-case for a few
// two-word kinds); message codes are dotted lower-case. A value that names an input field is the
// field's name. Instrument numbers, article numbers, indicator ids and Vietnamese words are data,
// written as the law writes them.
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { CaseFacts, ClassificationSchema } from "../src/classification/index.js";
import { EligibilityRequest, EligibilityResult } from "../src/eligibility/index.js";
import { KpiInput, KpiReportSchema, PublishedKpiReportSchema } from "../src/kpi/index.js";
import { ResolutionDocument, ResolutionValidationSchema } from "../src/resolution/index.js";

/** The names of every property a schema declares (a value may name one). */
const fieldNames = (schema: z.ZodType): Set<string> => {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    const props = o["properties"];
    if (props !== null && typeof props === "object" && !Array.isArray(props)) for (const k of Object.keys(props)) names.add(k);
    Object.values(o).forEach(walk);
  };
  walk(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
  return names;
};

/** Every enum in a schema, with the JSON path of the property that holds it. */
const enums = (schema: z.ZodType): Array<{ at: string; values: string[] }> => {
  const out: Array<{ at: string; values: string[] }> = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}[${i}]`));
    if (node === null || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o["enum"]) && o["enum"].every((v) => typeof v === "string")) out.push({ at, values: o["enum"] as string[] });
    for (const [k, v] of Object.entries(o)) walk(v, `${at}.${k}`);
  };
  walk(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), "$");
  return out;
};

const OUTCOME_STATUSES = new Set(["TRAFFICKING", "NOT_TRAFFICKING", "INSUFFICIENT_DATA", "ELIGIBLE", "INELIGIBLE", "DISCRETIONARY"]);
const LOWER = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
const CODE = /^[a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
/** Data written as the law writes it: numbers of articles and instruments, indicator ids, Vietnamese words. */
const LEGAL_DATA = /^(?:\d+|\d+\/\d{4}\/[A-ZĐ0-9-]+|K\d+)$|\P{ASCII}/u;

const SCHEMAS: Array<[string, z.ZodType]> = [
  ["CaseFacts", CaseFacts],
  ["Classification", ClassificationSchema],
  ["EligibilityRequest", EligibilityRequest],
  ["EligibilityResult", EligibilityResult],
  ["KpiInput", KpiInput],
  ["KpiReport", KpiReportSchema],
  ["PublishedKpiReport", PublishedKpiReportSchema],
  ["ResolutionDocument", ResolutionDocument],
  ["ResolutionValidation", ResolutionValidationSchema],
];

describe("one casing for values (README: Values and codes)", () => {
  const FIELDS = new Set(SCHEMAS.flatMap(([, s]) => [...fieldNames(s)]));
  it("finds the enums and field names it checks", () => {
    expect(SCHEMAS.flatMap(([, s]) => enums(s)).length).toBeGreaterThan(20);
    expect(FIELDS.has("victimsIdentified")).toBe(true);
  });
  it.each(SCHEMAS)("%s: outcome statuses UPPER_SNAKE_CASE, other choices lower case, codes dotted", (_name, schema) => {
    const off = enums(schema).flatMap(({ at, values }) =>
      values.filter((v) => !(OUTCOME_STATUSES.has(v) || LOWER.test(v) || CODE.test(v) || LEGAL_DATA.test(v) || FIELDS.has(v))).map((v) => `${at}: ${v}`),
    );
    expect(off).toEqual([]);
  });

  it("upper case is kept for the answer of a concept only", () => {
    const upper = SCHEMAS.flatMap(([, s]) => enums(s)).flatMap(({ values }) => values.filter((v) => /^[A-Z_]+$/.test(v) && !/^K\d+$/.test(v)));
    expect(new Set(upper)).toEqual(new Set([...OUTCOME_STATUSES].filter((v) => upper.includes(v))));
    expect(upper).toEqual(expect.arrayContaining(["TRAFFICKING", "ELIGIBLE", "INSUFFICIENT_DATA"]));
  });
});
