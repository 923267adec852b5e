import { describe, expect, it } from "vitest";
import { isInstrumentId } from "../law/instruments.js";
import { checkVersions } from "../prelude/versioned.js";
import { COUNT_LABELS, COUNT_NAMES, FIGURE_NAMES, FIGURES_BASIS, KPI_DEFINITIONS, KPI_IDS } from "./indicators.js";
import { KpiCounts, KpiInput, kpiInputJsonSchema, kpiRecordJsonSchema } from "./schema.js";
import { checkTargets, kpiTargets } from "./targets.js";

const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v !== null && typeof v === "object" ? Object.values(v).flatMap(strings) : [];

describe("KPI data", () => {
  it("keeps the contract's ids, counts and comparisons", () => {
    expect(KPI_DEFINITIONS.map((d) => [d.id, d.numerator, d.denominator])).toEqual([
      ["reports_classified", "reportsClassified", "reportsReceived"],
      ["reports_resolved", "reportsResolved", "reportsReceived"],
      ["cases_solved", "casesSolved", "casesInitiated"],
      ["cases_indicted", "casesIndicted", "casesHandledByProcuracy"],
      ["cases_tried", "casesTried", "casesAcceptedByCourts"],
    ]);
    expect(KPI_IDS).toEqual(KPI_DEFINITIONS.map((d) => d.id));
    expect(FIGURE_NAMES).toEqual(["casesDetected", "suspects", "victimsIdentified", "victimsRescued", "victimsSupported"]);
    expect(Object.keys(KpiCounts.shape)).toEqual([...COUNT_NAMES]);
    expect(Object.keys(COUNT_LABELS).toSorted()).toEqual([...COUNT_NAMES].toSorted());
  });

  it("words each indicator in Vietnamese with diacritics", () => {
    expect(KPI_DEFINITIONS.find((d) => d.id === "reports_resolved")?.wording.vi).toContain("trên 90%");
    expect(KPI_DEFINITIONS.find((d) => d.id === "cases_solved")?.wording.vi).toContain("tổng số án khởi tố");
    expect(KPI_DEFINITIONS.find((d) => d.id === "cases_indicted")?.wording.vi).toContain("truy tố");
    expect(KPI_DEFINITIONS.every((d) => /[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/u.test(d.wording.vi))).toBe(true);
  });

  it("keeps every string NFC-normalised", () => {
    const all = strings([KPI_DEFINITIONS, COUNT_LABELS, kpiTargets, FIGURES_BASIS]);
    expect(all.length).toBeGreaterThan(50);
    for (const s of all) expect(s).toBe(s.normalize("NFC"));
  });

  it("has well-formed target tables citing registered instruments", () => {
    for (const province of Object.keys(kpiTargets)) {
      expect(checkTargets(kpiTargets, province)).toEqual([]);
      expect(checkVersions(kpiTargets[province] ?? [])).toEqual([]);
    }
    const cited = strings(Object.values(kpiTargets).flatMap((vs) => vs.flatMap((v) => v.basis.map((c) => c.instrument))));
    expect(cited.filter((id) => !isInstrumentId(id))).toEqual([]);
    // Province targets live in province packages: the national table cites national instruments only.
    expect(new Set(cited)).toEqual(new Set(["193/QĐ-TTg", "33/QĐ-TTg"]));
  });

  it("exports JSON-schema-ready schemas", () => {
    expect(KpiInput.meta()?.id).toBe("KpiInput");
    expect(KpiCounts.meta()?.id).toBe("KpiCounts");
    const input = kpiInputJsonSchema();
    expect(JSON.stringify(input)).toContain('"required":["province","period","counts"]');
    expect(JSON.stringify(input)).toContain("reportsReceived");
    expect(JSON.stringify(kpiRecordJsonSchema())).toContain("resolvedOn");
  });
});
