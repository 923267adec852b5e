import { ngheAnAntiTraffickingTemplate, validateResolution } from "@ctip-vn/domain/resolution";
import { describe, expect, it } from "vitest";
import { addArticle, insertPoint, lineDiff, moveNode, ownProblems, pathOf, removeNode, renumber } from "./tree.js";

const template = ngheAnAntiTraffickingTemplate();
const withFivePoints = () => {
  const doc = structuredClone(template);
  const clause = doc.articles?.[0]?.clauses[0];
  if (clause !== undefined) clause.points = ["a", "b", "c", "d", "đ"].map((letter) => ({ letter, text: `điểm ${letter};` }));
  return doc;
};

describe("resolution tree", () => {
  it("inserting a point before đ is flagged at that point until renumbered, then runs a b c d đ e", () => {
    const inserted = insertPoint(withFivePoints(), { article: 0, clause: 0 }, 4);
    const problems = validateResolution(inserted).problems;
    expect(ownProblems(problems, pathOf({ article: 0, clause: 0, point: 4 })).map((p) => p.code)).toContain("resolution.point-sequence");
    const fixed = renumber(inserted);
    expect(fixed.articles?.[0]?.clauses[0]?.points.map((p) => [p.letter, p.text])).toEqual([
      ["a", "điểm a;"], ["b", "điểm b;"], ["c", "điểm c;"], ["d", "điểm d;"], ["đ", ""], ["e", "điểm đ;"],
    ]);
    expect(validateResolution(fixed).problems.filter((p) => p.path.startsWith("articles[0].clauses[0].points")).map((p) => p.code)).toEqual(["resolution.empty"]);
  });
  it("moves, removes and adds articles, and renumbers them in order", () => {
    let doc = moveNode(template, { article: 0 }, 1);
    expect(doc.articles?.map((a) => a.number).slice(0, 2)).toEqual([2, 1]);
    doc = renumber(removeNode(addArticle(doc), { article: 2 }));
    expect(doc.articles?.map((a) => a.number)).toEqual(template.articles?.map((a) => a.number));
    expect(doc.articles?.[0]?.title).toBe(template.articles?.[1]?.title);
  });
  it("paths match the domain's validation paths", () => {
    expect(pathOf({ chapter: 1, article: 2, clause: 0, point: 3 })).toBe("chapters[1].articles[2].clauses[0].points[3]");
    expect(ownProblems([{ path: "articles[0].title" }, { path: "articles[0].clauses[0].text" }], "articles[0]")).toEqual([{ path: "articles[0].title" }]);
  });
  it("diffs lines", () => {
    expect(lineDiff(["a", "b", "c"], ["a", "x", "c"])).toEqual([
      { kind: "same", text: "a" }, { kind: "del", text: "b" }, { kind: "add", text: "x" }, { kind: "same", text: "c" },
    ]);
  });
});
