import { Result } from "effect";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { classify, classifyJson } from "./classification/classify.js";
import { caseFieldLabel } from "./classification/labels.js";
import { CaseFacts } from "./classification/schema.js";
import { assessEligibilityJson } from "./eligibility/assess.js";
import { eligibilityFieldLabel } from "./eligibility/labels.js";
import { EligibilityRequest } from "./eligibility/schema.js";
import { evaluateKpisJson, evaluateKpiRecords } from "./kpi/evaluate.js";
import { kpiFieldLabel } from "./kpi/fields.js";
import { KpiInput, KpiRecord } from "./kpi/schema.js";
import { publishKpis } from "./kpi/publish.js";
import { messageCatalogue, renderIssue } from "./messages.js";
import type { InvalidFacts } from "./prelude/errors.js";
import type { FieldLabeler, Issue } from "./prelude/issue.js";
import { issueMessages } from "./prelude/issue.js";
import { templateParams } from "./prelude/message.js";
import { decodeResolution, ResolutionDocument, resolutionFieldLabel } from "./resolution/schema.js";
import { parseResolution } from "./resolution/parse.js";

const issuesOf = (r: Result.Result<unknown, unknown>): ReadonlyArray<Issue> => {
  if (!Result.isFailure(r)) return [];
  const e = r.failure as InvalidFacts;
  return e._tag === "InvalidFacts" ? e.issues : [];
};

const ENGLISH = /\b(the|is|are|must|be|field|fields|expected|invalid|required|received|not|of|with|after|before|number|whole|date|value|list|undefined|null|string|object|array)\b/i;

/** Words of a path that must never reach a reader (`injuryPercent`, `victims`, `[0]`…). */
const pathWords = (path: string): string[] => path.split(/[.[\]"]+/).filter((w) => w.length > 1 && !/^\d+$/.test(w) && /[A-Z]|^[a-z]+$/.test(w));

/** Every issue: vi and en text present, NFC, no raw path or key, no English in the Vietnamese. */
const expectReadable = (issues: ReadonlyArray<Issue>): void => {
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(Object.hasOwn(messageCatalogue, i.code)).toBe(true);
    for (const lang of ["vi", "en", "fr"] as const) {
      const text = renderIssue(i, lang);
      expect(text.trim()).not.toBe("");
      expect(text).toBe(text.normalize("NFC"));
      if (/[.[A-Z]/.test(i.path)) expect(text).not.toContain(i.path);
      for (const w of pathWords(i.path)) if (/[A-Z]/.test(w)) expect(text, `${i.code} ${lang} names ${w}`).not.toMatch(new RegExp(`\\b${w}\\b`));
    }
    expect(i.text.vi).toBe(renderIssue(i, "vi"));
    expect(i.text.en).toBe(renderIssue(i, "en"));
    expect(i.message).toBe(i.text.en);
    expect(i.text.vi, `${i.code}: ${i.text.vi}`).not.toMatch(ENGLISH);
    expect(i.text.vi).not.toMatch(/\{|\}/);
  }
};

const bad = (facts: Record<string, unknown>) => issuesOf(classifyJson({ offenceDate: "2024-05-10", ...facts }));

describe("InvalidFacts: every zod issue kind has a coded message in vi and en, naming the field, never its path", () => {
  it("required (invalid_type on an absent field)", () => {
    const [i] = issuesOf(classifyJson({}));
    expect(i).toMatchObject({ path: "offenceDate", code: "issue.required" });
    expect(i?.text.vi).toBe("Chưa nhập ngày thực hiện hành vi");
    expect(i?.text.en).toBe("The offence date is required");
    expectReadable(issuesOf(classifyJson({})));
  });
  it("invalid_type, expected a whole number (Art. 150(2)(c): injuryPercent 60.5 is rejected)", () => {
    const issues = bad({ victims: [{ injuryPercent: 60.5 }] });
    expect(issues).toMatchObject([{ path: "victims[0].injuryPercent", code: "issue.invalid_type", params: { expected: "int" } }]);
    expect(issues[0]?.text.vi).toBe("Nạn nhân thứ 1: tỷ lệ tổn thương cơ thể phải là một số nguyên");
    expect(issues[0]?.text.en).toBe("Victim 1: body-injury rate must be a whole number");
    expectReadable(issues);
  });
  it("invalid_type, expected yes or no / a list / a group", () => {
    const issues = bad({ humanitarianPurpose: "yes", acts: "transfer", victims: [5] });
    expect(issues.map((i) => [i.path, i.params["expected"]])).toEqual([
      ["acts", "array"],
      ["victims[0]", "object"],
      ["humanitarianPurpose", "boolean"],
    ]);
    expect(issues[2]?.text.vi).toBe("Mục đích nhân đạo phải là giá trị có hoặc không");
    expectReadable(issues);
  });
  it("too_big and too_small (injuryPercent 101, ageYears -1)", () => {
    const issues = bad({ victims: [{ injuryPercent: 101 }, { ageYears: -1 }] });
    expect(issues.map((i) => i.code)).toEqual(["issue.too_big", "issue.too_small"]);
    expect(issues[0]?.text.vi).toBe("Nạn nhân thứ 1: tỷ lệ tổn thương cơ thể phải không quá 100");
    expect(issues[0]?.text.en).toBe("Victim 1: body-injury rate must be at most 100");
    expect(issues[1]?.text.vi).toBe("Nạn nhân thứ 2: tuổi vào ngày thực hiện hành vi phải từ 0 trở lên");
    expectReadable(issues);
  });
  it("invalid_value lists the accepted choices by their labels, not their codes", () => {
    const issues = bad({ means: ["bribery"] });
    expect(issues).toMatchObject([{ path: "means[0]", code: "issue.invalid_value", params: { listed: true } }]);
    expect(issues[0]?.text.vi).toBe("Thủ đoạn thứ 1 không phải là một lựa chọn được chấp nhận; chọn một trong: Dùng vũ lực; Đe dọa dùng vũ lực; Lừa gạt; Thủ đoạn khác");
    expect(issues[0]?.text.en).not.toContain("threat_of_force");
    expectReadable(issues);
  });
  it("invalid_format: a day that does not exist, or not written YYYY-MM-DD, is one issue", () => {
    for (const offenceDate of ["2024-02-30", "10/05/2024"]) {
      const issues = issuesOf(classifyJson({ offenceDate }));
      expect(issues).toMatchObject([{ path: "offenceDate", code: "issue.invalid_format", params: { format: "date" } }]);
      expect(issues[0]?.text.vi).toBe("Ngày thực hiện hành vi phải là một ngày có thật, viết theo dạng năm-tháng-ngày (YYYY-MM-DD)");
      expectReadable(issues);
    }
  });
  it("unrecognized_keys counts the unknown fields and keeps their names as data only", () => {
    const issues = bad({ offenceDat: "2024-05-10", victims: [{ age: 3 }] });
    expect(issues.map((i) => [i.path, i.code, i.params["count"]])).toEqual([
      ["victims[0]", "issue.unrecognized_keys", 1],
      ["", "issue.unrecognized_keys", 1],
    ]);
    expect(issues[1]?.params["keys"]).toEqual(["offenceDat"]);
    expect(issues[1]?.text.vi).toBe("Dữ kiện của vụ việc có 1 trường không được hỗ trợ");
    expect(issues[1]?.text.en).not.toContain("offenceDat");
    expectReadable(issues);
  });
  it("custom refinements keep their code (a repeated act)", () => {
    const issues = bad({ acts: ["transfer", "transfer"] });
    expect(issues).toMatchObject([{ path: "acts", code: "issue.duplicates" }]);
    expect(issues[0]?.text.vi).toBe("Hành vi có giá trị bị lặp lại");
    expectReadable(issues);
  });
  it("invalid_union and a refinement across fields (KPI numerator above its denominator, a reversed period)", () => {
    const issues = issuesOf(
      evaluateKpisJson({ province: "nghe-an", period: { from: "2022-12-31", to: "2022-01-01" }, counts: { reportsReceived: 3, reportsClassified: 5 } }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["period.to", "issue.period-reversed"],
      ["counts.reportsClassified", "issue.exceeds"],
    ]);
    expect(issues[1]?.text.vi).toBe(
      "Số tố giác, tin báo về tội phạm, kiến nghị khởi tố về mua bán người đã phân loại không được lớn hơn Số tố giác, tin báo về tội phạm, kiến nghị khởi tố về mua bán người đã tiếp nhận",
    );
    expectReadable(issues);
  });
});

describe("InvalidFacts: the domain's own checks are coded too", () => {
  it("Arts 150/151 — ageYears that disagrees with birthDate names both in vi and en", () => {
    const issues = issuesOf(classify({ offenceDate: "2024-05-10", victims: [{ ageYears: 20, birthDate: "2009-01-01" }] }));
    expect(issues).toMatchObject([{ path: "victims[0].ageYears", code: "classification.issue.age-disagrees", params: { ageYears: 20, computed: 15 } }]);
    expect(issues[0]?.text.vi).toBe(
      "Nạn nhân thứ 1: tuổi vào ngày thực hiện hành vi: 20 tuổi không khớp với ngày sinh 01/01/2009; theo ngày sinh, vào ngày thực hiện hành vi 10/05/2024 nạn nhân 15 tuổi (tuổi quyết định áp dụng Điều 150 hay Điều 151)",
    );
    expect(issues[0]?.text.en).toContain("gives 15 on the offence date 10 May 2024");
    expectReadable(issues);
  });
  it("a birth date after the offence date", () => {
    const issues = issuesOf(classify({ offenceDate: "2024-05-10", victims: [{ birthDate: "2024-06-01" }] }));
    expect(issues).toMatchObject([{ path: "victims[0].birthDate", code: "classification.issue.birth-after-offence" }]);
    expect(issues[0]?.text.vi).toBe("Nạn nhân thứ 1: ngày sinh (01/06/2024) là sau ngày thực hiện hành vi (10/05/2024)");
    expectReadable(issues);
  });
  it("eligibility: every cross-field check, and a province that is not loaded", () => {
    const issues = issuesOf(
      assessEligibilityJson({
        asOf: "2025-08-01",
        province: "ha-noi",
        person: { status: "identified_victim", identifiedOn: "2025-09-01", birthDate: "2010-01-01", ageYears: 30, accompanies: { status: "under_verification", identifiedOn: "2025-07-15" } },
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["person.identifiedOn", "eligibility.issue.after-as-of"],
      ["person.ageYears", "eligibility.issue.age-disagrees"],
      ["person.accompanies", "eligibility.issue.accompanies-without-minor"],
      ["person.accompanies.identifiedOn", "eligibility.issue.not-yet-identified"],
      ["province", "eligibility.issue.province-not-loaded"],
    ]);
    expect(issues[0]?.text.vi).toBe("Ngày được xác định là nạn nhân (01/09/2025) là sau ngày quyết định (01/08/2025)");
    expect(issues[4]?.text.vi).toBe("Tỉnh: chưa nạp hồ sơ của tỉnh được yêu cầu; chưa nạp hồ sơ tỉnh nào");
    expectReadable(issues);
    expectReadable(issuesOf(assessEligibilityJson({ asOf: "2025-08-01", person: { status: "under_verification", identifiedOn: "2025-07-01", nationality: "martian" } })));
  });
  it("KPI: options, records and publication", () => {
    expectReadable(issuesOf(evaluateKpisJson({ province: "nghe-an", period: { from: "2022-01-01", to: "2022-12-31" }, counts: {} }, { digits: 9 })));
    const records = issuesOf(
      evaluateKpiRecords({
        province: "nghe-an",
        period: { from: "2022-01-01", to: "2022-12-31" },
        records: [{ classifiedOn: "2022-01-02" }, { receivedOn: "2022-03-02", classifiedOn: "2022-03-01" }, { suspects: 2 }, { suspects: -1, detectedOn: "2022-02-30", extra: 1 } as never, 7 as never],
      }),
    );
    expect(records.map((i) => [i.path, i.code])).toEqual([
      ["records[0].classifiedOn", "kpi.issue.needs-step"],
      ["records[1].classifiedOn", "kpi.issue.before-step"],
      ["records[2].detectedOn", "kpi.issue.needs-detected"],
      ["records[3].suspects", "kpi.issue.whole-number"],
      ["records[3].detectedOn", "issue.invalid_format"],
      ["records[3].extra", "issue.unrecognized_keys"],
      ["records[4]", "kpi.issue.record-object"],
    ]);
    expect(records[1]?.text.vi).toBe("Bản ghi thứ 2: ngày phân loại (01/03/2022) là trước ngày tiếp nhận tố giác, tin báo (02/03/2022)");
    expectReadable(records);
    const report = evaluateKpisJson({ province: "nghe-an", period: { from: "2022-01-01", to: "2022-02-15" }, counts: {} });
    expect(Result.isSuccess(report)).toBe(true);
    if (Result.isSuccess(report)) expectReadable(issuesOf(publishKpis(report.success, { k: 0 })));
  });
  it("resolution: a document of the wrong shape, and pasted text that is not a resolution", () => {
    const issues = issuesOf(decodeResolution({ number: 5, articles: [{ number: 1, title: "x", clauses: [{ number: "1", text: "y" }] }] }));
    expect(issues.find((i) => i.path === "articles[0].clauses[0].number")?.text.vi).toBe("Điều thứ 1: khoản thứ 1: số thứ tự phải là một số");
    expect(issues.find((i) => i.path === "number")?.text.vi).toBe("Số, ký hiệu phải là một đoạn chữ");
    expectReadable(issues);
    expectReadable(issuesOf(parseResolution("Xin chào")));
  });
});

/** Every key path of a zod schema, through its JSON Schema (optional, arrays, unions, `$ref`s). */
const keyPaths = (schema: z.ZodType): Array<Array<string | number>> => {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  const defs = (json["$defs"] ?? {}) as Record<string, Record<string, unknown>>;
  const out: Array<Array<string | number>> = [];
  const walk = (s: Record<string, unknown> | undefined, path: Array<string | number>, seen: Set<string>): void => {
    if (s === undefined) return;
    const ref = s["$ref"];
    if (typeof ref === "string") {
      const id = ref.replace("#/$defs/", "");
      if (seen.has(id)) return;
      walk(defs[id], path, new Set([...seen, id]));
    }
    for (const k of ["anyOf", "oneOf", "allOf"]) for (const x of (s[k] ?? []) as Array<Record<string, unknown>>) walk(x, path, seen);
    if (s["items"] !== undefined) walk(s["items"] as Record<string, unknown>, [...path, 0], seen);
    for (const [k, v] of Object.entries((s["properties"] ?? {}) as Record<string, Record<string, unknown>>)) {
      out.push([...path, k]);
      walk(v, [...path, k], seen);
    }
  };
  walk(json, [], new Set());
  return out;
};

describe("every field of every input schema has a name in vi, en and fr", () => {
  it.each<[string, z.ZodType, FieldLabeler]>([
    ["CaseFacts", CaseFacts, caseFieldLabel],
    ["EligibilityRequest", EligibilityRequest, eligibilityFieldLabel],
    ["KpiInput", KpiInput, kpiFieldLabel],
    ["KpiRecord", KpiRecord, (p) => kpiFieldLabel(["records", 0, ...p])],
    ["ResolutionDocument", ResolutionDocument, resolutionFieldLabel],
  ])("%s", (_name, schema, label) => {
    const paths = keyPaths(schema);
    expect(paths.length).toBeGreaterThan(3);
    for (const p of paths) {
      const l = label(p);
      for (const text of [l.vi, l.en, l.fr ?? l.en]) {
        expect(`${p.join(".")}: ${text}`).not.toMatch(/: .*(một trường|a field|un champ)/i);
        expect(text).not.toContain(String(p.at(-1)).length > 2 && /[A-Z]/.test(String(p.at(-1))) ? String(p.at(-1)) : "\u0000");
      }
    }
  });
});

describe("the issue catalogue", () => {
  it.each(Object.entries(issueMessages))("%s: vi, en and fr use the declared parameters, and name the field", (_code, t) => {
    for (const s of [t.vi, t.en, t.fr]) expect(templateParams(s)).toEqual([...t.params].toSorted());
    expect(t.params).toContain("field");
  });
});
