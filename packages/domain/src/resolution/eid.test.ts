import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryResolution } from "../testing/resolution.js";
import { articlesOf, findByEId, resolutionNodes } from "./eid.js";
import { fromRoman, toRoman } from "./numbering.js";
import { ngheAnAntiTraffickingTemplate } from "./template.js";

describe("eIds", () => {
  it("follow the Akoma Ntoso naming convention", () => {
    const ids = resolutionNodes(ngheAnAntiTraffickingTemplate()).map((n) => n.eId);
    expect(ids.slice(0, 4)).toEqual(["art_1", "art_1__para_1", "art_1__para_2", "art_1__para_3"]);
    expect(ids).toContain("art_5__para_1__point_đ");
    expect(findByEId(ngheAnAntiTraffickingTemplate(), "art_5__para_1__point_b")?.path).toBe("articles[4].clauses[0].points[1]");
  });
  it("name chapters chp_I and keep article ids document-wide", () => {
    const doc = { chapters: [{ number: "I", title: "A", articles: [{ number: 1, title: "x", clauses: [] }] }, { number: "II", title: "B", articles: [{ number: 2, title: "y", clauses: [] }] }] };
    expect(resolutionNodes(doc).map((n) => n.eId)).toEqual(["chp_I", "art_1", "chp_II", "art_2"]);
    expect(articlesOf(doc).map((a) => a.path)).toEqual(["chapters[0].articles[0]", "chapters[1].articles[0]"]);
  });
  it("are unique in every valid resolution (property)", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryResolution(), arbitraryResolution({ chapters: true })), (doc) => {
        const ids = resolutionNodes(doc).map((n) => n.eId);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
  it("Roman numerals round-trip and reject non-canonical forms", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
      expect(fromRoman(toRoman(n))).toBe(n);
    }));
    expect(toRoman(17)).toBe("XVII");
    expect(fromRoman("IIII")).toBeUndefined();
    expect(fromRoman("xvii")).toBeUndefined();
  });
});
