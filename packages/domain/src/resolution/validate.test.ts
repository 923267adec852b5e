import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "../prelude/date.js";
import { InvalidFacts } from "../prelude/errors.js";
import { arbitraryResolution } from "../testing/resolution.js";
import { EFFECTIVE_DATE_RULES, earliestEffectiveDate, effectiveDateRuleFor } from "./effective-date.js";
import type { ResolutionArticle, ResolutionChapter, ResolutionDocument } from "./schema.js";
import { validateResolution, validateResolutionInput, type ResolutionProblemCode } from "./validate.js";

const base: ResolutionDocument = {
  number: "24/2025/NQ-HĐND",
  council: { province: "Nghệ An", term: "XVIII", session: 20 },
  place: "Nghệ An",
  adoptedOn: "2025-12-10",
  effectiveFrom: "2026-01-01",
  title: "Về một số giải pháp phòng, chống mua bán người",
  legalBases: [{ text: "Căn cứ Luật Phòng, chống mua bán người số 53/2024/QH15", citation: { instrument: "53/2024/QH15" } }],
  articles: [
    {
      number: 1,
      title: "Giải pháp",
      clauses: [
        { number: 1, text: "Tăng cường lãnh đạo.", points: [] },
        { number: 2, text: "Phấn đấu:", points: [{ letter: "a", text: "một;" }, { letter: "b", text: "hai." }] },
      ],
    },
    { number: 2, title: "Tổ chức thực hiện", text: "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.", clauses: [] },
  ],
  signature: { capacity: "TM. HỘI ĐỒNG NHÂN DÂN", title: "CHỦ TỊCH", name: "Nguyễn Văn A" },
};

const nth = <T>(xs: ReadonlyArray<T> | undefined, i: number): T => {
  const x = xs?.[i];
  if (x === undefined) throw new RangeError(`no element ${i}`);
  return x;
};
const art = (i: number): ResolutionArticle => nth(base.articles, i);
const chaptered = (chapters: ResolutionChapter[]): ResolutionDocument => {
  const { number, council, place, adoptedOn, effectiveFrom, title, legalBases, signature } = base;
  return { number, council, place, adoptedOn, effectiveFrom, title, legalBases, signature, chapters };
};

const codes = (doc: ResolutionDocument): ResolutionProblemCode[] => validateResolution(doc).problems.map((p) => p.code);
const withPoints = (letters: string[]): ResolutionDocument => ({
  ...base,
  articles: [{ number: 1, title: "Điểm", clauses: [{ number: 1, text: "Gồm:", points: letters.map((letter) => ({ letter, text: `điểm ${letter}` })) }] }],
});

describe("validateResolution: a correct document", () => {
  it("has no problem", () => {
    expect(validateResolution(base)).toEqual({ valid: true, problems: [] });
  });
  it("accepts every generated valid resolution (property)", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryResolution(), arbitraryResolution({ chapters: true })), (doc) => {
        expect(validateResolution(doc).problems.filter((p) => p.severity === "error")).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});

describe("validateResolution: number and code", () => {
  it.each(["24/NQ-HĐND", "24/2025/NQ-UBND", "2025/NQ-HĐND", "0/2025/NQ-HĐND", "24/2025/NQ-HDND"])("rejects %s", (number) => {
    const r = validateResolution({ ...base, number });
    expect(r.valid).toBe(false);
    expect(r.problems).toEqual([
      expect.objectContaining({ path: "number", code: "resolution.number-malformed", severity: "error", message: expect.objectContaining({ vi: expect.stringContaining("NQ-HĐND") }) }),
    ]);
  });
  it("warns about decomposed (non-NFC) text without failing the document", () => {
    const r = validateResolution({ ...base, title: base.title.normalize("NFD") });
    expect(r.valid).toBe(true);
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([["title", "resolution.not-nfc"]]);
  });
  it("warns when the year differs from the year of adoption", () => {
    expect(validateResolution({ ...base, number: "24/2024/NQ-HĐND" }).problems).toEqual([
      expect.objectContaining({ code: "resolution.number-year-mismatch", severity: "warning" }),
    ]);
  });
  it("rejects a council term that is not a Roman numeral", () => {
    expect(codes({ ...base, council: { ...base.council, term: "18" } })).toEqual(["resolution.number-malformed"]);
  });
});

describe("validateResolution: legal basis", () => {
  it("requires a Căn cứ line", () => {
    expect(codes({ ...base, legalBases: [{ text: "Xét Tờ trình số 1/TTr-UBND" }] })).toEqual(["resolution.legal-basis-missing"]);
    expect(codes({ ...base, legalBases: [] })).toEqual(["resolution.legal-basis-missing"]);
  });
  it("warns about an instrument missing from the registry", () => {
    const r = validateResolution({ ...base, legalBases: [...base.legalBases, { text: "Căn cứ Luật X", citation: { instrument: "1/2099/QH99" } }] });
    expect(r.valid).toBe(true);
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([["legalBases[1].citation.instrument", "resolution.unknown-instrument"]]);
  });
});

describe("validateResolution: article numbering", () => {
  it("flags a gap and a restart", () => {
    const r = validateResolution({ ...base, articles: [art(0), { ...art(1), number: 3 }] });
    expect(r.problems).toEqual([expect.objectContaining({ path: "articles[1].number", code: "resolution.article-sequence", eId: "art_3" })]);
    expect(codes({ ...base, articles: [{ ...art(0), number: 2 }, { ...art(1), number: 1 }] })).toEqual(["resolution.article-sequence", "resolution.article-sequence"]);
  });
  it("numbers articles through the whole document, not per chapter", () => {
    expect(codes(chaptered([{ number: "I", title: "Quy định chung", articles: [art(0)] }, { number: "II", title: "Tổ chức thực hiện", articles: [art(1)] }]))).toEqual([]);
    const restarted = chaptered([{ number: "I", title: "Quy định chung", articles: [art(0)] }, { number: "II", title: "Tổ chức thực hiện", articles: [{ ...art(1), number: 1 }] }]);
    expect(validateResolution(restarted).problems).toEqual([
      expect.objectContaining({ path: "chapters[1].articles[0].number", code: "resolution.article-sequence" }),
      expect.objectContaining({ path: "chapters[1].articles[0]", code: "resolution.duplicate-id", eId: "art_1" }),
    ]);
  });
  it("flags chapters out of Roman order, untitled and empty chapters", () => {
    expect(codes(chaptered([{ number: "I", title: "A", articles: [art(0)] }, { number: "III", title: " ", articles: [art(1)] }]))).toEqual([
      "resolution.chapter-sequence",
      "resolution.chapter-untitled",
    ]);
    expect(codes(chaptered([{ number: "I", title: "A", articles: [art(0), art(1)] }, { number: "II", title: "B", articles: [] }]))).toEqual(["resolution.empty"]);
  });
});

describe("validateResolution: clause numbering", () => {
  it("flags clauses not consecutive within an article", () => {
    const a = art(0);
    const r = validateResolution({ ...base, articles: [{ ...a, clauses: [nth(a.clauses, 0), { ...nth(a.clauses, 1), number: 3 }] }, art(1)] });
    expect(r.problems).toEqual([expect.objectContaining({ path: "articles[0].clauses[1].number", code: "resolution.clause-sequence", eId: "art_1__para_3" })]);
  });
  it("restarts clause numbers in each article", () => {
    expect(codes({ ...base, articles: [art(0), { ...art(1), clauses: [{ number: 1, text: "Một.", points: [] }] }] })).toEqual([]);
  });
});

describe("validateResolution: point letters", () => {
  it("accepts a b c d đ e g h", () => {
    expect(codes(withPoints(["a", "b", "c", "d", "đ", "e", "g", "h"]))).toEqual([]);
  });
  it("rejects a Latin f", () => {
    const r = validateResolution(withPoints(["a", "b", "c", "d", "đ", "f"]));
    expect(r.problems).toEqual([expect.objectContaining({ path: "articles[0].clauses[0].points[5].letter", code: "resolution.point-sequence", eId: "art_1__para_1__point_f" })]);
  });
  it("rejects e followed by h (g skipped) and d followed by e (đ skipped)", () => {
    expect(validateResolution(withPoints(["a", "b", "c", "d", "đ", "e", "h"])).problems.map((p) => p.path)).toEqual(["articles[0].clauses[0].points[6].letter"]);
    expect(codes(withPoints(["a", "b", "c", "d", "e"]))).toEqual(["resolution.point-sequence"]);
  });
  it("refuses a 24th point unless letters after y are configured", () => {
    const letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];
    expect(codes(withPoints(letters))).toEqual([]);
    expect(codes(withPoints([...letters, "z"]))).toEqual(["resolution.point-overflow"]);
    expect(validateResolution(withPoints([...letters, "z"]), { pointLetters: [...letters, "z"] }).problems).toEqual([]);
  });
});

describe("validateResolution: empty nodes and titles", () => {
  it("flags an empty article, clause and point", () => {
    const doc: ResolutionDocument = {
      ...base,
      articles: [
        { number: 1, title: "Một", clauses: [{ number: 1, text: " ", points: [] }, { number: 2, text: "Gồm:", points: [{ letter: "a", text: "" }] }] },
        { number: 2, title: "Hai", clauses: [] },
      ],
    };
    expect(validateResolution(doc).problems.map((p) => [p.path, p.code])).toEqual([
      ["articles[0].clauses[0]", "resolution.empty"],
      ["articles[0].clauses[1].points[0]", "resolution.empty"],
      ["articles[1]", "resolution.empty"],
    ]);
  });
  it("flags a document without articles and a blank title or signer", () => {
    expect(codes({ ...base, articles: [] })).toEqual(["resolution.empty"]);
    expect(codes({ ...base, title: "", signature: { ...base.signature, name: "" } })).toEqual(["resolution.empty", "resolution.empty"]);
  });
  it("flags articles without titles", () => {
    const r = validateResolution({ ...base, articles: [{ ...art(0), title: "  " }, art(1)] });
    expect(r.problems).toEqual([expect.objectContaining({ code: "resolution.article-untitled", eId: "art_1", basis: expect.objectContaining({ instrument: "34/2016/NĐ-CP", article: 62 }) })]);
  });
});

describe("validateResolution: duplicate ids", () => {
  it("flags a repeated point letter as a duplicate id as well as a sequence error", () => {
    expect(validateResolution(withPoints(["a", "b", "b"])).problems.map((p) => [p.code, p.eId])).toEqual([
      ["resolution.point-sequence", "art_1__para_1__point_b"],
      ["resolution.duplicate-id", "art_1__para_1__point_b"],
    ]);
  });
  it("has no duplicate when letters are distinct", () => {
    expect(codes(withPoints(["a", "b", "c"]))).toEqual([]);
  });
});

describe("validateResolution: effective date", () => {
  it("Law 64/2025 Art. 53(1): no earlier than adoption + 10 days", () => {
    expect(codes({ ...base, adoptedOn: "2025-12-10", effectiveFrom: "2025-12-20" })).toEqual([]);
    const r = validateResolution({ ...base, adoptedOn: "2025-12-10", effectiveFrom: "2025-12-19" });
    expect(r.valid).toBe(false);
    expect(r.problems).toEqual([
      expect.objectContaining({ path: "effectiveFrom", code: "resolution.effective-too-early", basis: { instrument: "64/2025/QH15", article: 53, clause: 1, confidence: "verified" } }),
    ]);
  });
  it("the shortened procedure allows effect from adoption under Law 64/2025, never before", () => {
    expect(codes({ ...base, adoptedOn: "2025-12-10", effectiveFrom: "2025-12-10", shortenedProcedure: true })).toEqual([]);
    expect(codes({ ...base, adoptedOn: "2025-12-10", effectiveFrom: "2025-12-09", shortenedProcedure: true })).toEqual(["resolution.effective-too-early"]);
  });
  it("before 01/04/2025 applies Law 80/2015 (unverified), with no shortened-procedure exception encoded", () => {
    const old = { ...base, number: "24/2019/NQ-HĐND", adoptedOn: "2019-12-12" };
    expect(codes({ ...old, effectiveFrom: "2019-12-22" })).toEqual([]);
    const r = validateResolution({ ...old, effectiveFrom: "2019-12-12", shortenedProcedure: true });
    expect(r.problems).toEqual([
      expect.objectContaining({ code: "resolution.effective-too-early", basis: { instrument: "80/2015/QH13", article: 151, confidence: "unverified" } }),
    ]);
    expect(r.problems[0]?.message.en).toMatch(/no shortened-procedure exception/);
  });
  it("switches law on 01/04/2025", () => {
    expect(effectiveDateRuleFor(isoDate("2025-03-31"))?.instrument).toBe("80/2015/QH13");
    expect(effectiveDateRuleFor(isoDate("2025-04-01"))?.instrument).toBe("64/2025/QH15");
    expect(EFFECTIVE_DATE_RULES.map((r) => r.adoptedDuring.from)).toEqual(["2016-07-01", "2025-04-01"]);
    expect(earliestEffectiveDate("2025-12-31")?.earliest).toBe("2026-01-10");
  });
  it("warns that no rule is encoded before Law 80/2015", () => {
    const r = validateResolution({ ...base, number: "24/2008/NQ-HĐND", adoptedOn: "2008-07-01", effectiveFrom: "2008-07-02" });
    expect(r.valid).toBe(true);
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([["resolution.effective-unchecked", "warning"]]);
  });
});

describe("validateResolutionInput", () => {
  it("validateResolution itself throws InvalidFacts for a value that is not a resolution", () => {
    expect(() => validateResolution({ number: 24 } as unknown as ResolutionDocument)).toThrow(InvalidFacts);
    expect(() => validateResolution(base)).not.toThrow();
  });
  it("turns malformed JSON into InvalidFacts, not problems", () => {
    const r = validateResolutionInput({ ...base, articles: [{ number: "one" }] });
    expect(r._tag).toBe("Failure");
    const issues = r._tag === "Failure" ? r.failure.issues.map((i) => i.path) : [];
    expect(issues).toContain("articles[0].number");
  });
  it("validates a well-formed document", () => {
    const r = validateResolutionInput(JSON.parse(JSON.stringify(base)));
    expect(Result.isSuccess(r) ? r.success : undefined).toEqual({ valid: true, problems: [] });
  });
});
