import { describe, expect, it } from "vitest";
import { formatCitation } from "./format.js";
import { isoDate } from "../prelude/date.js";
import { POINT_LETTERS } from "../prelude/point-letter.js";
import { articleInForce, cite, citeAsOf, encodedArticles } from "./catalogue.js";
import { isInstrumentId } from "./instruments.js";
import { regimesByLaw } from "../eligibility/rules.js";
import { article150, article151 } from "./penal-code.js";
import { law53Article37, law66Article32 } from "./victim-support.js";

const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v !== null && typeof v === "object" ? Object.values(v).flatMap(strings) : [];

describe("cite()", () => {
  it("renders Vietnamese, English and French legal style", () => {
    const c = cite("100/2015/QH13", { article: 150, clause: 2, point: "đ" });
    expect(formatCitation(c, "vi")).toBe("điểm đ khoản 2 Điều 150 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)");
    expect(formatCitation(c, "en")).toBe("Penal Code 2015, Art. 150(2)(đ)");
    expect(formatCitation(c, "fr")).toBe("Code pénal de 2015, art. 150, al. 2, point đ");
    expect(c).toMatchObject({ effective: { from: "2018-01-01" }, confidence: "verified" });
  });
  it.each([
    [{ article: 999 }, /not in the law catalogue/],
    [{ article: 150, clause: 5 }, /no khoản 5/],
    [{ article: 150, clause: 2, point: "g" as const }, /no điểm g/],
    [{ article: 151, clause: 3, point: "h" as const }, /no điểm h/],
  ])("refuses a provision that does not exist: %j", (at, message) => {
    expect(() => cite("100/2015/QH13", at)).toThrow(message);
  });
  it("gives each caller its own citation: changing one does not change the next (they are built once per locator)", () => {
    const first = cite("100/2015/QH13", { article: 150, clause: 2, point: "đ" });
    (first as { note?: string }).note = "changed by a caller";
    const again = cite("100/2015/QH13", { article: 150, clause: 2, point: "đ" });
    expect(again).not.toBe(first);
    expect(again.note).toBeUndefined();
    expect(again).toEqual({ ...first, note: undefined });
    expect(cite("100/2015/QH13", { article: 150, clause: 2, point: "đ" }, "unverified").confidence).toBe("unverified");
    expect(cite("100/2015/QH13", { article: 150, clause: 2, point: "đ" }).confidence).toBe(again.confidence);
    expect(() => cite("100/2015/QH13", { article: 150, clause: 2, point: "g" })).toThrow(RangeError);
    expect(() => cite("100/2015/QH13", { article: 150, clause: 2, point: "g" })).toThrow(RangeError);
  });
  it("rejects unknown instrument ids at compile time", () => {
    // @ts-expect-error "101/2015/QH13" is not a registered instrument
    expect(() => cite("101/2015/QH13", { article: 1 })).toThrow(RangeError);
  });
  it("marks Penal Code citations applied from 01/07/2025 as unverified (Law 86/2025/QH15)", () => {
    expect(citeAsOf("100/2015/QH13", { article: 151 }, isoDate("2025-06-30")).confidence).toBe("verified");
    expect(citeAsOf("100/2015/QH13", { article: 151 }, isoDate("2025-07-01")).confidence).toBe("unverified");
  });
  it("knows when the encoded wording applies", () => {
    expect(articleInForce("100/2015/QH13", 150, isoDate("2017-12-31"))).toBe(false);
    expect(articleInForce("100/2015/QH13", 150, isoDate("2018-01-01"))).toBe(true);
    expect(articleInForce("02/2019/NQ-HĐTP", 7, isoDate("2019-03-14"))).toBe(false);
  });
});

describe("encoded articles", () => {
  it("Art. 150 has points a–c, a–e (clause 2), a–e (clause 3); Art. 151 a–c, a–h, a–g", () => {
    const letters = (a: typeof article150) => a.clauses.map((c) => c.points.map((p) => p.point).join(""));
    expect(letters(article150)).toEqual(["abc", "abcdđe", "abcdđe", ""]);
    expect(letters(article151)).toEqual(["abc", "abcdđegh", "abcdđeg", ""]);
  });
  it("penalty brackets are those of the 2017 wording", () => {
    expect(article150.clauses.map((c) => c.penalty)).toEqual([
      { prisonYears: { min: 5, max: 10 }, life: false },
      { prisonYears: { min: 8, max: 15 }, life: false },
      { prisonYears: { min: 12, max: 20 }, life: false },
      undefined,
    ]);
    expect(article151.clauses[2]?.penalty).toEqual({ prisonYears: { min: 18, max: 20 }, life: true });
  });
  it("every article cites a registered instrument, numbers clauses from 1 and letters points in order", () => {
    for (const a of encodedArticles()) {
      expect(isInstrumentId(a.instrument)).toBe(true);
      expect(a.clauses.map((c) => c.clause)).toEqual(a.clauses.map((_, i) => i + 1));
      for (const c of a.clauses) expect(c.points.map((p) => p.point)).toEqual(POINT_LETTERS.slice(0, c.points.length));
    }
  });
  it("keeps all legal text NFC-normalised", () => {
    const all = strings(encodedArticles());
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((s) => s !== s.normalize("NFC"))).toEqual([]);
  });
});

describe("victim-support articles", () => {
  it("cite the regimes of Law 53/2024 Art. 37(1) and Law 66/2011 Art. 32(1) by point", () => {
    expect(formatCitation(cite("53/2024/QH15", { article: 37, clause: 1, point: "k" }), "vi")).toBe("điểm k khoản 1 Điều 37 Luật Phòng, chống mua bán người 2024");
    expect(cite("66/2011/QH12", { article: 32, clause: 1, point: "đ" }).effective).toEqual({ from: "2012-01-01", to: "2025-06-30" });
    expect(() => cite("66/2011/QH12", { article: 32, clause: 1, point: "g" })).toThrow(/no điểm g/);
  });
  it("agree with the eligibility module's regime list, point by point", () => {
    for (const [law, entry] of [["53/2024/QH15", law53Article37], ["66/2011/QH12", law66Article32]] as const) {
      const points = entry.clauses[0]?.points.map((p) => ({ point: p.point, vi: p.gloss.vi })) ?? [];
      expect(regimesByLaw[law].map((r) => ({ point: r.point, vi: r.label.vi }))).toEqual(points);
    }
  });
});

describe("Law 66/2011 Art. 32 in the catalogue", () => {
  it("Law 66/2011 Art. 32(3) and (4): the accompanying minor and the case-by-case gloss", () => {
    expect(law66Article32.clauses.map((c) => c.clause)).toEqual([1, 2, 3, 4]);
    expect(law66Article32.clauses[3]?.gloss.vi).toContain("tùy trường hợp quy định tại các điều 33…38");
    expect(cite("66/2011/QH12", { article: 32, clause: 4 }).clause).toBe(4);
  });
});
