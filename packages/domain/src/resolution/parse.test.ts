import { readFileSync } from "node:fs";
import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryResolution } from "../testing/resolution.js";
import { parseResolution, parseViDate } from "./parse.js";
import { formatViDate, renderResolution } from "./render/index.js";
import type { ResolutionDocument } from "./schema.js";
import { ngheAnAntiTraffickingTemplate } from "./template.js";
import { validateResolution } from "./validate.js";

const fixture = readFileSync(new URL("./fixtures/constructed-nghe-an-2025.txt", import.meta.url), "utf8");

const parsed = (text: string): ResolutionDocument | undefined => {
  const r = parseResolution(text);
  return Result.isSuccess(r) ? r.success : undefined;
};
/** The document without the metadata that plain text does not carry. */
const textual = (doc: ResolutionDocument): unknown =>
  JSON.parse(JSON.stringify(doc, (k, v: unknown) => (k === "implements" || k === "status" || k === "shortenedProcedure" ? undefined : v)));

describe("parseResolution round trip", () => {
  it("render text → parse gives the same AST (property, articles)", () => {
    fc.assert(
      fc.property(arbitraryResolution(), (doc) => {
        expect(parsed(renderResolution(doc, "text"))).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
  it("render text → parse gives the same AST (property, chapters)", () => {
    fc.assert(
      fc.property(arbitraryResolution({ chapters: true }), (doc) => {
        expect(parsed(renderResolution(doc, "text"))).toEqual(doc);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
  it("survives Windows line ends, no-break spaces and decomposed Unicode", () => {
    fc.assert(
      fc.property(arbitraryResolution(), (doc) => {
        const messy = renderResolution(doc, "text").normalize("NFD").replace(/\n/g, "\r\n").replace(/ /g, (s, i: number) => (i % 7 === 0 ? "\u00a0" : s));
        expect(parsed(messy)).toEqual(doc);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
  it("round-trips the template, with and without the closing articles, except metadata", () => {
    for (const doc of [ngheAnAntiTraffickingTemplate(), ngheAnAntiTraffickingTemplate({ closingArticles: true, adoptedOn: "2026-07-10", number: "7/2026/NQ-HĐND" })])
      expect(parsed(renderResolution(doc, "text"))).toEqual(textual(doc));
  });
});

describe("parseResolution on a pasted resolution (constructed fixture)", () => {
  const doc = parsed(fixture);
  it("reads the interleaved two-column header", () => {
    expect(doc).toEqual(
      expect.objectContaining({
        number: "45/2025/NQ-HĐND",
        council: { province: "Nghệ An", term: "XVIII", session: 20 },
        place: "Nghệ An",
        adoptedOn: "2025-12-10",
        effectiveFrom: "2026-01-01",
        title: "Về một số giải pháp nâng cao hiệu quả công tác phòng, chống mua bán người trên địa bàn tỉnh Nghệ An",
        signature: { capacity: "TM. HỘI ĐỒNG NHÂN DÂN", title: "CHỦ TỊCH", name: "Nguyễn Văn A" },
      }),
    );
  });
  it("splits the preamble at ';' and links registered instruments", () => {
    expect(doc?.legalBases.map((b) => b.citation?.instrument)).toEqual([undefined, "64/2025/QH15", "53/2024/QH15", "193/QĐ-TTg", undefined, undefined]);
    expect(doc?.legalBases[3]?.text).toBe(
      "Căn cứ Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025 và định hướng đến năm 2030",
    );
  });
  it("rebuilds articles, wrapped titles and lines, clauses and points a–đ", () => {
    const arts = doc?.articles ?? [];
    expect(arts.map((a) => [a.number, a.clauses.length])).toEqual([[1, 3], [2, 3], [3, 3], [4, 3], [5, 3], [6, 3], [7, 2], [8, 0]]);
    expect(arts[1]?.title).toBe("Đổi mới, đa dạng hóa công tác tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống mua bán người");
    expect(arts[0]?.clauses[0]?.text).toBe(
      "Cấp ủy, chính quyền các cấp tăng cường lãnh đạo, chỉ đạo; xác định phòng, chống mua bán người là nhiệm vụ thường xuyên của cả hệ thống chính trị, huy động sự tham gia của các ngành, các cấp đến cơ sở.",
    );
    expect(arts[4]?.clauses[0]?.points.map((p) => p.letter)).toEqual(["a", "b", "c", "d", "đ"]);
    expect(arts[7]?.text).toMatch(/^Nghị quyết này đã được .* có hiệu lực từ ngày 01 tháng 01 năm 2026\.\/\.$/);
  });
  it("matches the template's article wording and validates cleanly", () => {
    const template = ngheAnAntiTraffickingTemplate({ closingArticles: true });
    expect((doc?.articles ?? []).slice(0, 7).map((a) => [a.title, a.clauses.map((c) => c.text)])).toEqual(
      (template.articles ?? []).slice(0, 7).map((a) => [a.title, a.clauses.map((c) => c.text)]),
    );
    expect(doc === undefined ? undefined : validateResolution(doc)).toEqual({ valid: true, problems: [] });
  });
  it("keeps all text NFC", () => {
    const strings = JSON.stringify(doc);
    expect(strings).toBe(strings.normalize("NFC"));
  });
});

describe("parseResolution failures", () => {
  it("explains what is missing in a text that is not a resolution", () => {
    const r = parseResolution("Biên bản họp\nĐiều 1. Không phải nghị quyết");
    expect(Result.isFailure(r) ? r.failure.issues.map((i) => i.message) : []).toEqual(
      expect.arrayContaining([expect.stringContaining("NGHỊ QUYẾT"), expect.stringContaining("Số:"), expect.stringContaining("có hiệu lực")]),
    );
  });
  it("reports text before the first article with its line number", () => {
    const text = renderResolution(ngheAnAntiTraffickingTemplate(), "text").replace("QUYẾT NGHỊ:\n", "QUYẾT NGHỊ:\nMột dòng lạc.\n");
    const r = parseResolution(text);
    expect(Result.isFailure(r) ? r.failure.issues : []).toEqual([expect.objectContaining({ path: expect.stringMatching(/^line \d+$/) })]);
  });
  it("reads Vietnamese date phrases", () => {
    expect(parseViDate("Nghệ An, ngày 05 tháng 01 năm 2020")).toBe("2020-01-05");
    expect(parseViDate("ngày 30 tháng 2 năm 2020")).toBeUndefined();
  });
});

describe("parseResolution on real PDF text (constructed fixture: shortened procedure, 2020)", () => {
  const text = readFileSync(new URL("./fixtures/constructed-pdf-2020-shortened.txt", import.meta.url), "utf8");
  const doc = parsed(text);
  const arts = doc?.articles ?? [];
  it("drops page markers \"- 2 -\" and \"- 3 -\"", () => {
    expect(JSON.stringify(doc)).not.toMatch(/- [23] -/);
    expect(arts.map((a) => [a.number, a.clauses.length])).toEqual([[1, 2], [2, 2], [3, 2], [4, 0]]);
    expect(arts[0]?.clauses[1]?.points.at(-1)?.text).toBe("cơ quan, tổ chức, cá nhân có liên quan.");
    expect(arts[2]?.clauses[1]?.text).toBe(
      "Thường trực Hội đồng nhân dân tỉnh, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.",
    );
  });
  it("reads a wrapped line \"2020.\" as the end of the sentence, not as clause 2020", () => {
    expect(arts[0]?.clauses.map((c) => c.number)).toEqual([1, 2]);
    expect(arts[0]?.clauses[0]?.text).toBe(
      "Nghị quyết này quy định mức hỗ trợ bổ sung cho nạn nhân bị mua bán trở về trong thời gian phòng, chống dịch COVID-19 từ ngày 01 tháng 4 năm 2020 đến hết ngày 30 tháng 6 năm 2020.",
    );
  });
  it("reads \"điểm a và\" / \"b) khoản 1 …\" as one cross-reference, not as point b", () => {
    expect(arts[0]?.clauses[1]?.points.map((p) => p.letter)).toEqual(["a", "b"]);
    expect(arts[0]?.clauses[1]?.points[0]?.text).toBe("nạn nhân bị mua bán trở về thuộc trường hợp quy định tại điểm a và b) khoản 1 Điều 2 Nghị quyết này;");
  });
  it("takes the effective date from the closing article, not the first \"có hiệu lực từ ngày\" of the body", () => {
    expect(arts[1]?.clauses[1]?.text).toContain("có hiệu lực từ ngày 01 tháng 01 năm 2020");
    expect(doc).toEqual(expect.objectContaining({ number: "15/2020/NQ-HĐND", adoptedOn: "2020-04-17", effectiveFrom: "2020-04-17", adoptionSentence: "article" }));
    expect(doc?.legalBases.map((b) => b.citation?.instrument)).toEqual([undefined, "80/2015/QH13", "66/2011/QH12", undefined, undefined]);
  });
  it("is valid once marked as adopted by the shortened procedure (Law 80/2015 Art. 151(2)), too early otherwise (Art. 151(1))", () => {
    if (doc === undefined) throw new Error("fixture did not parse");
    expect(validateResolution({ ...doc, shortenedProcedure: true })).toEqual({ valid: true, problems: [] });
    expect(validateResolution(doc).problems.map((p) => p.code)).toEqual(["resolution.effective-too-early"]);
  });
  it("renders back with the adoption sentence once, inside Điều 4", () => {
    if (doc === undefined) throw new Error("fixture did not parse");
    const out = renderResolution(doc, "text");
    expect(out.match(/Nghị quyết này đã được Hội đồng nhân dân tỉnh Nghệ An/g)?.length).toBe(1);
    expect(parsed(out)).toEqual(doc);
  });
});

describe("parseResolution: a header date that conflicts with \"thông qua ngày\" (constructed fixture, 2019)", () => {
  const text = readFileSync(new URL("./fixtures/constructed-date-conflict-2019.txt", import.meta.url), "utf8");
  it("is a reported problem naming both dates, not a silent choice", () => {
    const r = parseResolution(text);
    expect(Result.isFailure(r)).toBe(true);
    const issues = Result.isFailure(r) ? r.failure.issues : [];
    expect(issues).toEqual([expect.objectContaining({ path: "adoptedOn", message: expect.stringMatching(/2019-12-24.*2019-12-12/) })]);
  });
  it("parses once the dates agree", () => {
    expect(parsed(text.replace("ngày 24 tháng 12 năm 2019", "ngày 12 tháng 12 năm 2019"))).toEqual(
      expect.objectContaining({ adoptedOn: "2019-12-12", effectiveFrom: "2020-01-01", adoptionSentence: "article" }),
    );
  });
});

describe("parseResolution: non-normative numbers", () => {
  it("reads \"20/NQ-HĐND\" as a non-normative resolution", () => {
    const doc = { ...ngheAnAntiTraffickingTemplate(), number: "20/NQ-HĐND", kind: "non-normative" as const };
    expect(parsed(renderResolution(doc, "text"))).toEqual(textual(doc));
  });
});

describe("parseResolution: dates come from the adoption sentence of the closing article", () => {
  it("ignores a later \"có hiệu lực từ ngày\" about another resolution in the closing article", () => {
    const doc = ngheAnAntiTraffickingTemplate({ closingArticles: true });
    const text = renderResolution(doc, "text").replace(
      "có hiệu lực từ ngày 22 tháng 12 năm 2019./.",
      "có hiệu lực từ ngày 22 tháng 12 năm 2019; Nghị quyết số 99/2018/NQ-HĐND có hiệu lực từ ngày 01 tháng 01 năm 2019 hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực./.",
    );
    expect(parsed(text)).toEqual(expect.objectContaining({ adoptedOn: "2019-12-12", effectiveFrom: "2019-12-22", adoptionSentence: "article" }));
  });
});

describe("property: rendering then parsing any valid generated resolution gives the same AST", () => {
  it("holds for flat and chaptered resolutions, closing or in-article adoption sentences, normative or not", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryResolution(), arbitraryResolution({ chapters: true })), (doc) => {
        expect(validateResolution(doc).valid).toBe(true);
        const text = renderResolution(doc, "text");
        expect(text).toContain(`có hiệu lực từ ${formatViDate(doc.effectiveFrom)}`);
        expect(parsed(text)).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
  it("the generator reaches the cases of issue 17: \"đã được\" clauses, in-article sentences, non-normative numbers", () => {
    const docs = fc.sample(arbitraryResolution(), { numRuns: 400, seed: 17 });
    const body = (d: ResolutionDocument): string => JSON.stringify(d.articles ?? d.chapters);
    expect(docs.filter((d) => d.adoptionSentence !== "article" && body(d).includes("Nghị quyết này đã được")).length).toBeGreaterThan(5);
    expect(docs.filter((d) => d.adoptionSentence === "article").length).toBeGreaterThan(20);
    expect(docs.filter((d) => d.kind === "non-normative").length).toBeGreaterThan(20);
  });
});
