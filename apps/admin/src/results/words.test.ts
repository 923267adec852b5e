import { classifyCase, scenarios } from "@ctip-vn/domain/classification";
import { describe, expect, it } from "vitest";
import { inLocale } from "../i18n/index.js";
import { factName } from "./classification-view.js";
import { chargeCitation, stepView } from "./words.js";
import { sheetFileName, type SheetModel } from "../sheet/model.js";

/** English words and internal codes that must never appear on a Vietnamese page. */
const FORBIDDEN = /\b(Art\.|Victim|Offender|undetermined|unknown|victims\[|TRAFFICKING|INSUFFICIENT_DATA|clause|Penal Code)\b|\w+\.\w+Years|\[\d+\]/;

describe("explanations in the reader's language", () => {
  it("renders every explanation step of every shipped scenario (and of its unknown-facts variant) in Vietnamese, with no English or code", () => {
    const bad = inLocale("vi", () =>
      scenarios.flatMap((s) =>
        [s.facts, { offenceDate: s.facts.offenceDate, victims: [{}] }].flatMap((facts) =>
          classifyCase(facts)
            .explanation.map((step) => stepView(step, "vi", factName))
            .filter((v) => FORBIDDEN.test(v.text) || v.basis.some((b) => !b.includes("Điều")))
            .map((v) => `${s.name}: ${v.text}`),
        ),
      ),
    );
    expect(bad).toEqual([]);
  });

  it("glosses every point of Arts 150 and 151 in French", () => {
    const steps = scenarios.flatMap((s) => classifyCase(s.facts).explanation).filter((s) => s.code.startsWith("classification.point."));
    const bare = inLocale("fr", () => steps.map((s) => stepView(s, "fr", factName).text).filter((t) => !t.includes(" : ")));
    expect(bare).toEqual([]);
  });

  it("cites charges in Vietnamese legal style, in English and in French", () => {
    const c = { article: "150" as const, clause: 2, points: ["a", "đ"] };
    expect(chargeCitation(c, "vi")).toBe("điểm a, đ khoản 2 Điều 150 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)");
    expect(chargeCitation(c, "en")).toBe("Penal Code 2015, Art. 150(2)(a, đ)");
    expect(chargeCitation(c, "fr")).toBe("Code pénal de 2015, art. 150, al. 2, points a et đ");
  });
});

describe("decision sheet file names", () => {
  it("are ASCII and say what the sheet is", () => {
    const m = { kind: "classification", caseRef: "NA/2024-001", date: { d: "10", m: "05", y: "2024" } } as unknown as SheetModel;
    expect(sheetFileName(m, "docx")).toBe("phieu-phan-loai_NA-2024-001_2024-05-10.docx");
    expect(sheetFileName({ ...m, kind: "eligibility", caseRef: "" }, "docx")).toBe("phieu-ho-tro_chua-luu_2024-05-10.docx");
  });
});
