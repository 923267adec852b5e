import { describe, expect, it } from "vitest";
import { isInstrumentId } from "../law/instruments.js";
import { articlesImplementing, KPI_IDS, linkKind, linksOf } from "./links.js";
import { ngheAnAntiTraffickingTemplate } from "./template.js";
import { validateResolution } from "./validate.js";

const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v !== null && typeof v === "object" ? Object.values(v).flatMap(strings) : [];

describe("Nghệ An anti-trafficking template", () => {
  const doc = ngheAnAntiTraffickingTemplate();
  it("has six articles, one per measure of the draft (seed 000), and is labelled a template", () => {
    expect(doc.status).toBe("template");
    expect(doc.articles?.map((a) => a.title.split(" ").slice(0, 3).join(" "))).toEqual([
      "Nâng cao năng",
      "Đổi mới, đa",
      "Thường xuyên rà",
      "Tăng cường quản",
      "Đấu tranh quyết",
      "Quan tâm hỗ",
    ]);
  });
  it("is a valid resolution, with and without the closing articles", () => {
    expect(validateResolution(doc)).toEqual({ valid: true, problems: [] });
    const later = ngheAnAntiTraffickingTemplate({ number: "12/2026/NQ-HĐND", adoptedOn: "2026-12-10", term: "XIX", session: 5, closingArticles: true });
    expect(validateResolution(later)).toEqual({ valid: true, problems: [] });
    expect(later.articles?.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(later.effectiveFrom).toBe("2026-12-20");
  });
  it("cites the laws in force on the adoption date", () => {
    expect(doc.legalBases.flatMap((b) => (b.citation === undefined ? [] : [b.citation.instrument]))).toEqual(["80/2015/QH13", "66/2011/QH12"]);
    const later = ngheAnAntiTraffickingTemplate({ number: "12/2026/NQ-HĐND", adoptedOn: "2026-12-10" });
    expect(later.legalBases.flatMap((b) => (b.citation === undefined ? [] : [b.citation.instrument]))).toEqual(["64/2025/QH15", "53/2024/QH15", "33/QĐ-TTg"]);
    expect(later.legalBases.every((b) => b.citation === undefined || isInstrumentId(b.citation.instrument))).toBe(true);
  });
  it("keeps its Vietnamese text with diacritics and NFC-normalised", () => {
    const all = strings(ngheAnAntiTraffickingTemplate({ closingArticles: true }));
    expect(all.length).toBeGreaterThan(40);
    for (const s of all) expect(s).toBe(s.normalize("NFC"));
    expect(all.join(" ")).toMatch(/phòng, chống mua bán người/);
  });
});

describe("links between provisions and KPIs / parameters", () => {
  const doc = ngheAnAntiTraffickingTemplate();
  it("finds the provision behind each KPI id (KPI → article)", () => {
    expect(KPI_IDS.map((id) => articlesImplementing(doc, id).map((l) => l.eId))).toEqual([
      ["art_5__para_1__point_a"],
      ["art_5__para_1__point_b"],
      ["art_5__para_1__point_c"],
      ["art_5__para_1__point_d"],
      ["art_5__para_1__point_đ"],
    ]);
    expect(articlesImplementing(doc, "reports_resolved")).toEqual([
      { key: "reports_resolved", kind: "kpi", eId: "art_5__para_1__point_b", path: "articles[4].clauses[0].points[1]", article: 5, clause: 1, point: "b" },
    ]);
    expect(articlesImplementing(doc, "no_such_kpi")).toEqual([]);
  });
  it("lists what each provision implements (article → KPI, figure, parameter)", () => {
    const links = linksOf(doc);
    expect(new Set(links.map((l) => l.article))).toEqual(new Set([1, 2, 3, 5, 6]));
    expect(links.filter((l) => l.article === 6).map((l) => `${l.eId} ${l.key}`)).toEqual([
      "art_6__para_1 figures.victimsIdentified",
      "art_6__para_1 figures.victimsRescued",
      "art_6__para_1 figures.victimsSupported",
      "art_6__para_2 support.localRates",
      "art_6__para_3 figures.victimsSupported",
    ]);
    expect(articlesImplementing(doc, "kpi.targets").map((l) => l.eId)).toEqual(["art_1__para_3", "art_5__para_1"]);
  });
  it("classifies link keys", () => {
    expect([linkKind("cases_tried"), linkKind("figures.suspects"), linkKind("support.localRates")]).toEqual(["kpi", "figure", "parameter"]);
  });
});
