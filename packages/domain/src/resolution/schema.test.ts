import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { decodeResolution, resolutionJsonSchema } from "./schema.js";
import { ngheAnAntiTraffickingTemplate } from "./template.js";

const failurePaths = (input: unknown): string[] => {
  const r = decodeResolution(input);
  return Result.isFailure(r) ? r.failure.issues.map((i) => i.path) : [];
};

describe("ResolutionDocument schema", () => {
  it("decodes the JSON form and fills empty point lists", () => {
    const json = JSON.parse(JSON.stringify(ngheAnAntiTraffickingTemplate()));
    delete json.articles[0].clauses[0].points;
    const r = decodeResolution(json);
    expect(Result.isSuccess(r) ? r.success.articles?.[0]?.clauses[0]?.points : undefined).toEqual([]);
  });
  it("reports malformed JSON as InvalidFacts with paths", () => {
    const r = decodeResolution({ number: 24 });
    expect(Result.isFailure(r) ? r.failure._tag : undefined).toBe("InvalidFacts");
    expect(failurePaths({ number: 24 })).toEqual(expect.arrayContaining(["number", "council", "adoptedOn", "signature"]));
  });
  it("rejects impossible dates, and both or neither of articles and chapters", () => {
    const doc = ngheAnAntiTraffickingTemplate();
    expect(failurePaths({ ...doc, adoptedOn: "2019-02-30" })).toEqual(["adoptedOn"]);
    expect(failurePaths({ ...doc, chapters: [] })).toEqual(["chapters"]);
    const { articles: _omit, ...none } = doc;
    expect(failurePaths(none)).toEqual(["articles"]);
  });
  it("accepts a wrong letter or number so that validation can report it", () => {
    const doc = ngheAnAntiTraffickingTemplate();
    expect(Result.isSuccess(decodeResolution({ ...doc, number: "x", articles: [{ number: 9, title: "", clauses: [{ number: 4, text: "", points: [{ letter: "f", text: "" }] }] }] }))).toBe(true);
  });
  it("exports a JSON Schema with an id", () => {
    const schema = resolutionJsonSchema();
    expect(schema).toEqual(expect.objectContaining({ $ref: "#/$defs/ResolutionDocument" }));
    expect(Object.keys(schema["$defs"] as object)).toEqual(expect.arrayContaining(["ResolutionDocument", "ResolutionArticle", "ResolutionClause", "ResolutionPoint"]));
  });
});
