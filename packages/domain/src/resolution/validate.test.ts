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

/** The preamble of a resolution adopted while Law 80/2015 and Law 66/2011 were in force. */
const LAW_80_BASES: ResolutionDocument["legalBases"] = [
  { text: "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13", citation: { instrument: "80/2015/QH13" } },
  { text: "Căn cứ Luật Phòng, chống mua bán người số 66/2011/QH12", citation: { instrument: "66/2011/QH12" } },
  { text: "Xét Tờ trình số 12/TTr-UBND của Ủy ban nhân dân tỉnh" },
];

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
      expect.objectContaining({ path: "number", code: "resolution.number-malformed", severity: "error", text: expect.objectContaining({ vi: expect.stringContaining("NQ-HĐND") }) }),
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
    expect(r.problems).toEqual([expect.objectContaining({ code: "resolution.article-untitled", eId: "art_1", basis: [expect.objectContaining({ instrument: "34/2016/NĐ-CP", article: 62 })] })]);
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
      expect.objectContaining({ path: "effectiveFrom", code: "resolution.effective-too-early", basis: [expect.objectContaining({ instrument: "64/2025/QH15", article: 53, clause: 1, confidence: "verified" })] }),
    ]);
  });
  it("the shortened procedure allows effect from adoption under Law 64/2025, never before", () => {
    expect(codes({ ...base, adoptedOn: "2025-12-10", effectiveFrom: "2025-12-10", shortenedProcedure: true })).toEqual([]);
    expect(codes({ ...base, adoptedOn: "2025-12-10", effectiveFrom: "2025-12-09", shortenedProcedure: true })).toEqual(["resolution.effective-too-early"]);
  });
  it("Law 80/2015 Art. 151(1): before 01/04/2025, no earlier than 10 days from signing", () => {
    const old = { ...base, number: "24/2019/NQ-HĐND", adoptedOn: "2019-12-12", legalBases: LAW_80_BASES };
    expect(codes({ ...old, effectiveFrom: "2019-12-22" })).toEqual([]);
    const r = validateResolution({ ...old, effectiveFrom: "2019-12-12" });
    expect(r.problems).toEqual([
      expect.objectContaining({ code: "resolution.effective-too-early", basis: [expect.objectContaining({ instrument: "80/2015/QH13", article: 151, clause: 1, confidence: "secondary" })] }),
    ]);
    expect(r.problems[0]?.text.vi).toMatch(/khoản 1, khoản 2 Điều 151 Luật số 80\/2015\/QH13/);
  });
  it("switches law on 01/04/2025", () => {
    expect(effectiveDateRuleFor(isoDate("2025-03-31"))?.instrument).toBe("80/2015/QH13");
    expect(effectiveDateRuleFor(isoDate("2025-04-01"))?.instrument).toBe("64/2025/QH15");
    expect(EFFECTIVE_DATE_RULES.map((r) => r.adoptedDuring.from)).toEqual(["2016-07-01", "2025-04-01"]);
    expect(earliestEffectiveDate("2025-12-31")?.earliest).toBe("2026-01-10");
  });
  it("warns that no rule is encoded before Law 80/2015", () => {
    const r = validateResolution({
      ...base,
      number: "24/2008/NQ-HĐND",
      adoptedOn: "2008-07-01",
      effectiveFrom: "2008-07-02",
      legalBases: [{ text: "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân" }],
    });
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

describe("Law 80/2015 Art. 151(2): a resolution adopted by the shortened procedure in 2020 takes effect on adoption", () => {
  /** A COVID-era support resolution (constructed), adopted by the shortened procedure at a special session. */
  const covid: ResolutionDocument = {
    ...base,
    number: "15/2020/NQ-HĐND",
    council: { province: "Nghệ An", term: "XVII", session: 14 },
    adoptedOn: "2020-04-17",
    effectiveFrom: "2020-04-17",
    title: "Về hỗ trợ người bị ảnh hưởng bởi dịch COVID-19 trên địa bàn tỉnh Nghệ An",
    legalBases: LAW_80_BASES,
    shortenedProcedure: true,
  };
  it("is valid when it takes effect on the day of adoption", () => {
    expect(validateResolution(covid)).toEqual({ valid: true, problems: [] });
    expect(earliestEffectiveDate("2020-04-17", { shortenedProcedure: true })).toEqual(
      expect.objectContaining({ earliest: "2020-04-17", shortened: true, exemption: expect.objectContaining({ kind: "shortened-procedure", article: 151, clause: 2 }) }),
    );
  });
  it("without the shortened procedure the same dates are too early (Art. 151(1))", () => {
    const { shortenedProcedure: _, ...ordinary } = covid;
    expect(validateResolution(ordinary).problems).toEqual([
      expect.objectContaining({ code: "resolution.effective-too-early", basis: [expect.objectContaining({ instrument: "80/2015/QH13", article: 151, clause: 1 })] }),
    ]);
  });
  it("never takes effect before adoption, citing the exception (Art. 151(2))", () => {
    expect(validateResolution({ ...covid, effectiveFrom: "2020-04-16" }).problems).toEqual([
      expect.objectContaining({ code: "resolution.effective-too-early", basis: [expect.objectContaining({ instrument: "80/2015/QH13", article: 151, clause: 2, confidence: "secondary" })] }),
    ]);
  });
  it("Law 80/2015 has no special-case exception; Law 64/2025 Art. 53(1) has one", () => {
    const { shortenedProcedure: _, ...special } = { ...covid, specialCase: true };
    const r = validateResolution(special);
    expect(r.problems.map((p) => p.code)).toEqual(["resolution.effective-too-early"]);
    expect(r.problems[0]?.text.en).toMatch(/no special-case exception/);
    expect(codes({ ...base, adoptedOn: "2025-12-10", effectiveFrom: "2025-12-10", specialCase: true })).toEqual([]);
  });
  it("applies the promulgation law in force on the adoption date: 31/03/2025 Law 80/2015, 01/04/2025 Law 64/2025", () => {
    expect(earliestEffectiveDate("2025-03-31", { shortenedProcedure: true })?.exemption).toEqual(expect.objectContaining({ article: 151, clause: 2 }));
    expect(earliestEffectiveDate("2025-04-01", { shortenedProcedure: true })?.exemption).toEqual(expect.objectContaining({ article: 53, clause: 1 }));
    expect(earliestEffectiveDate("2025-03-31", { specialCase: true })?.earliest).toBe("2025-04-10");
    expect(earliestEffectiveDate("2025-04-01", { specialCase: true })?.earliest).toBe("2025-04-01");
  });
});

describe("legal bases: each cited instrument exists and is in force on the adoption date", () => {
  it("superseded legal basis: Law 66/2011 cited by a resolution adopted after 01/07/2025 is an error naming its successor", () => {
    const r = validateResolution({ ...base, legalBases: [{ text: "Căn cứ Luật Phòng, chống mua bán người số 66/2011/QH12", citation: { instrument: "66/2011/QH12" } }] });
    expect(r.valid).toBe(false);
    expect(r.problems).toEqual([
      expect.objectContaining({
        path: "legalBases[0].citation.instrument",
        code: "resolution.legal-basis-not-in-force",
        severity: "error",
        basis: [expect.objectContaining({ instrument: "64/2025/QH15", article: 57, clause: 1, confidence: "secondary" })],
      }),
    ]);
    expect(r.problems[0]?.text.vi).toContain("53/2024/QH15");
    expect(r.problems[0]?.text.en).toContain("since 2025-07-01");
  });
  it("superseded legal basis: Law 80/2015 cited on 01/04/2025 is an error, on 31/03/2025 it is not", () => {
    const cite80 = [{ text: "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13", citation: { instrument: "80/2015/QH13" } }];
    expect(codes({ ...base, number: "5/2025/NQ-HĐND", adoptedOn: "2025-04-01", effectiveFrom: "2025-04-15", legalBases: cite80 })).toEqual(["resolution.legal-basis-not-in-force"]);
    expect(codes({ ...base, number: "5/2025/NQ-HĐND", adoptedOn: "2025-03-31", effectiveFrom: "2025-04-15", legalBases: cite80 })).toEqual([]);
  });
  it("an instrument not yet adopted on the adoption date is an error; one adopted but not yet in force may be cited", () => {
    expect(codes({ ...base, number: "24/2019/NQ-HĐND", adoptedOn: "2019-12-12", effectiveFrom: "2019-12-22" })).toEqual(["resolution.legal-basis-not-in-force"]);
    // Law 53/2024/QH15: adopted 28/11/2024, in force 01/07/2025.
    expect(codes({ ...base, number: "9/2025/NQ-HĐND", adoptedOn: "2025-06-20", effectiveFrom: "2025-07-01" })).toEqual([]);
  });
  it("\"Căn cứ\" lines precede \"Xét\"", () => {
    const r = validateResolution({ ...base, legalBases: [{ text: "Xét Tờ trình số 1/TTr-UBND" }, ...base.legalBases] });
    expect(r.problems).toEqual([expect.objectContaining({ path: "legalBases[1]", code: "resolution.legal-basis-order", severity: "error" })]);
    expect(codes({ ...base, legalBases: [...base.legalBases, { text: "Xét Tờ trình số 1/TTr-UBND" }] })).toEqual([]);
  });
});

describe("non-normative council resolutions (<n>/NQ-HĐND)", () => {
  const nonNormative: ResolutionDocument = { ...base, number: "20/NQ-HĐND", kind: "non-normative", adoptedOn: "2021-09-23", effectiveFrom: "2021-09-23", legalBases: LAW_80_BASES };
  it("\"20/NQ-HĐND\" is a valid number of its own kind, outside the normative effective-date rule", () => {
    expect(validateResolution(nonNormative)).toEqual({ valid: true, problems: [] });
  });
  it("a normative resolution numbered 20/NQ-HĐND is told which form it has", () => {
    const { kind: _, ...normative } = nonNormative;
    const r = validateResolution({ ...normative, effectiveFrom: "2021-10-03" });
    expect(r.problems).toEqual([expect.objectContaining({ code: "resolution.number-malformed" })]);
    expect(r.problems[0]?.text.en).toContain("non-normative");
  });
  it("a non-normative resolution numbered with a year is malformed", () => {
    expect(codes({ ...nonNormative, number: "20/2021/NQ-HĐND" })).toEqual(["resolution.number-malformed"]);
  });
});
