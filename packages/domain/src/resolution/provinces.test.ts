import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { formatCitation } from "../law/index.js";
import { isoDate } from "../prelude/date.js";
import { defineProvince, parseProvinceConfig, type ProvinceSpec } from "../province/index.js";
import { inflateRawSync } from "node:zlib";
import { renderResolutionDocx } from "./docx/index.js";
import { renderResolution } from "./render/index.js";
import { antiTraffickingResolutionTemplate, ngheAnAntiTraffickingTemplate } from "./template.js";
import { validateResolution } from "./validate.js";

// Example data, not law: a province's own plan and council terms as a province package would
// declare them (numbers and dates invented, marked unverified).
const d = isoDate;
const PLAN = "da-nang:45/KH-UBND";
const daNangSpec: ProvinceSpec = {
  id: "da-nang",
  version: "0.0.0",
  name: { vi: "Thành phố Đà Nẵng", en: "Đà Nẵng city" },
  council: { terms: [{ term: "X", from: d("2021-06-01"), to: d("2026-05-31") }, { term: "XI", from: d("2026-06-01") }] },
  instruments: [
    {
      id: PLAN,
      number: "45/KH-UBND",
      kind: "provincial_plan",
      title: { vi: "Kế hoạch phòng, chống mua bán người (ví dụ)", en: "Anti-trafficking plan (example)" },
      citeAs: { vi: "Kế hoạch số 45/KH-UBND ngày 10/03/2026 của UBND thành phố Đà Nẵng", en: "Đà Nẵng Plan No. 45/KH-UBND of 10 March 2026" },
      issuer: { vi: "Ủy ban nhân dân thành phố Đà Nẵng", en: "Đà Nẵng City People's Committee" },
      issued: d("2026-03-10"),
      effective: d("2026-03-10"),
      confidence: "unverified",
    },
  ],
  overrides: {},
};
const daNang = Result.getOrThrow(defineProvince(daNangSpec));
const ownBasis = [{ text: "Căn cứ Kế hoạch số 45/KH-UBND ngày 10/03/2026 của Ủy ban nhân dân thành phố", citation: { instrument: PLAN } }];
const template = (adoptedOn: string, extra: { term?: string } = {}) =>
  antiTraffickingResolutionTemplate(daNang, { number: `12/${adoptedOn.slice(0, 4)}/NQ-HĐND`, adoptedOn, session: 5, legalBases: ownBasis, ...extra });

describe("a province's council from its profile", () => {
  it("reads the unit and name from the Vietnamese name, the place from the name", () => {
    expect(daNang.council).toMatchObject({ unit: "thành phố", name: "Đà Nẵng", place: "Đà Nẵng" });
    const quangTri = Result.getOrThrow(defineProvince({ ...daNangSpec, id: "quang-tri", name: { vi: "Tỉnh Quảng Trị", en: "Quảng Trị province" }, instruments: [], council: {} }));
    expect(quangTri.council).toEqual({ unit: "tỉnh", name: "Quảng Trị", place: "Quảng Trị", terms: [] });
  });

  it("reads the council from a JSON configuration and refuses a unit other than tỉnh or thành phố", () => {
    const json = JSON.parse(JSON.stringify({ ...daNangSpec, council: { unit: "thành phố", place: "Đà Nẵng", terms: [{ term: "X", from: "2021-06-01" }] } })) as unknown;
    expect(Result.getOrThrow(parseProvinceConfig(json)).council).toEqual({ unit: "thành phố", name: "Đà Nẵng", place: "Đà Nẵng", terms: [{ term: "X", from: "2021-06-01" }] });
    const bad = parseProvinceConfig({ ...(json as object), council: { unit: "huyện" } });
    expect(Result.isFailure(bad) ? bad.failure.issues.map((i) => i.path) : []).toEqual(["council.unit"]);
  });

  it("refuses a term that is not a Roman numeral and overlapping terms, naming the field", () => {
    const r = defineProvince({ ...daNangSpec, council: { terms: [{ term: "10", from: d("2021-06-01") }, { term: "XI", from: d("2026-06-01") }] } });
    expect(Result.isFailure(r) ? r.failure.issues.map((i) => i.path) : []).toEqual(["council.terms[0].term", "council.terms[1].from"]);
  });
});

describe("the resolution template for any province (antiTraffickingResolutionTemplate)", () => {
  it("names the council, place and term in force from the profile, and cites the province's own plan", () => {
    const doc = Result.getOrThrow(template("2026-12-10"));
    expect(doc.council).toEqual({ province: "Đà Nẵng", term: "XI", session: 5 });
    expect(doc.place).toBe("Đà Nẵng");
    expect(doc.title).toBe("Về một số giải pháp nâng cao hiệu quả công tác phòng, chống mua bán người trên địa bàn thành phố Đà Nẵng");
    expect(doc.legalBases.map((b) => b.citation?.instrument)).toContain(PLAN);
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/nhân dân tỉnh|Nghệ An/u);
    expect(text).toContain("Hội đồng nhân dân thành phố quy định");
  });

  it("asks for the term when the profile knows none on the adoption date", () => {
    const r = antiTraffickingResolutionTemplate({ council: { ...daNang.council, terms: [] } }, { number: "1/2026/NQ-HĐND", adoptedOn: "2026-12-10", session: 1 });
    expect(Result.isFailure(r) ? r.failure.issues.map((i) => i.path) : []).toEqual(["term"]);
  });

  it("keeps the Nghệ An template as it was (tỉnh, XVII, 24/2019/NQ-HĐND)", () => {
    const doc = ngheAnAntiTraffickingTemplate();
    expect([doc.number, doc.place, doc.council.term, doc.title.endsWith("tỉnh Nghệ An")]).toEqual(["24/2019/NQ-HĐND", "Nghệ An", "XVII", true]);
  });
});

describe("validateResolution and the renderers with provinces", () => {
  it("knows the province's own instruments: no unknown-instrument warning with the profile, one without", () => {
    const doc = Result.getOrThrow(template("2026-12-10"));
    const without = validateResolution(doc);
    expect(without.problems.filter((p) => p.code === "resolution.unknown-instrument").map((p) => p.path)).toEqual(["legalBases[4].citation.instrument"]);
    const withProfile = validateResolution(doc, { provinces: [daNang] });
    expect(withProfile.problems).toEqual([]);
    expect(withProfile.valid).toBe(true);
  });

  it("refuses a province instrument signed after the adoption date, named by its citation", () => {
    const doc = Result.getOrThrow(template("2026-02-10", { term: "X" }));
    const problems = validateResolution(doc, { provinces: [daNang] }).problems.filter((p) => p.code === "resolution.legal-basis-not-in-force");
    expect(problems.map((p) => [p.path, p.severity])).toEqual([["legalBases[4].citation.instrument", "error"]]);
    expect(problems[0]?.text.vi).toContain("Kế hoạch số 45/KH-UBND ngày 10/03/2026 của UBND thành phố Đà Nẵng (45/KH-UBND) chưa được ban hành");
  });

  it("renders the council as the profile names it and the province's instrument by its citation name", () => {
    const doc = Result.getOrThrow(template("2026-12-10"));
    const text = renderResolution(doc, "text", { provinces: [daNang] }).split("\n");
    expect(text.slice(0, 2)).toEqual(["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG"]);
    expect(text).toContain("Căn cứ Kế hoạch số 45/KH-UBND ngày 10/03/2026 của Ủy ban nhân dân thành phố;");
    expect(text.some((l) => l.startsWith("Nghị quyết này đã được Hội đồng nhân dân thành phố Đà Nẵng khóa XI, kỳ họp thứ 5 thông qua ngày 10 tháng 12 năm 2026"))).toBe(true);
    const akn = renderResolution(doc, "akn", { provinces: [daNang] });
    expect(akn).toContain('showAs="Kế hoạch số 45/KH-UBND ngày 10/03/2026 của UBND thành phố Đà Nẵng"');
    expect(akn).not.toContain(`showAs="${PLAN}"`);
    expect(formatCitation(daNang.cite(PLAN, { section: "II" }), "vi", daNang.instrumentNames)).toContain("Kế hoạch số 45/KH-UBND");
  });
});

/** The text of word/document.xml in a .docx (zip: local file header, then the deflated entry). */
const documentXml = (bytes: Uint8Array): string => {
  const buf = Buffer.from(bytes);
  for (let at = buf.indexOf("PK\x03\x04", 0, "latin1"); at >= 0; at = buf.indexOf("PK\x03\x04", at + 4, "latin1")) {
    const size = buf.readUInt32LE(at + 18);
    const nameLength = buf.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + buf.readUInt16LE(at + 28);
    if (buf.toString("latin1", at + 30, at + 30 + nameLength) === "word/document.xml")
      return (buf.readUInt16LE(at + 8) === 0 ? buf.subarray(start, start + size) : inflateRawSync(buf.subarray(start, start + size))).toString("utf8");
  }
  throw new Error("no word/document.xml");
};

describe("the council's unit comes from the profile passed, in every format", () => {
  // A fictional province ("Ví Dụ" = "example") whose profile says it is a city, which the built-in list does not know.
  const example = { id: "vi-du", name: { vi: "Thành phố Ví Dụ", en: "Example city" }, council: { unit: "thành phố" as const, name: "Ví Dụ", place: "Ví Dụ", terms: [] }, instruments: [] };
  const doc = Result.getOrThrow(antiTraffickingResolutionTemplate(example, { number: "2/2026/NQ-HĐND", adoptedOn: "2026-12-10", session: 2, term: "I" }));

  it("text, HTML, Markdown and Akoma Ntoso", () => {
    expect(renderResolution(doc, "text").split("\n")[1]).toBe("TỈNH VÍ DỤ");
    expect(renderResolution(doc, "text", { provinces: [example] }).split("\n")[1]).toBe("THÀNH PHỐ VÍ DỤ");
    for (const format of ["html", "md", "akn"] as const) {
      const out = renderResolution(doc, format, { provinces: [example] });
      expect(out).toContain("Hội đồng nhân dân thành phố Ví Dụ");
      expect(out).not.toContain("tỉnh Ví Dụ");
    }
  });

  it("DOCX", async () => {
    expect(documentXml(await renderResolutionDocx(doc, { provinces: [example] }))).toContain("THÀNH PHỐ VÍ DỤ");
    expect(documentXml(await renderResolutionDocx(doc))).toContain("TỈNH VÍ DỤ");
  });
});
