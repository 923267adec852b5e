import { classifyCase } from "@ctip-vn/domain/classification";
import { assessEligibility } from "@ctip-vn/domain/eligibility";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { differencesInWords } from "./replay.js";

describe("replay differences in words", () => {
  it("names a changed conclusion and charge, never a JSON path", () => {
    const before = classifyCase({ offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30, victims: [{ ageYears: 20, injuryPercent: 0, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false }] });
    const after = classifyCase({ offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: [], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30, victims: [{ ageYears: 20 }] });
    const words = differencesInWords("classification", before, after, ["status", "charges[0].clause", "missingFacts[0]"]);
    expect(words).toContain("Kết luận thay đổi từ “Có dấu hiệu tội mua bán người” thành “Không cấu thành tội mua bán người”.");
    expect(words.join(" ")).toContain("Tội danh thay đổi từ “điểm a khoản 1 Điều 150");
    expect(words).toContain("Thay đổi về thông tin cần làm rõ.");
    expect(words.join(" ")).not.toMatch(/\[\d\]|\bcharges\b|missingFacts/);
  });

  it("names the governing law and each regime whose status changed", () => {
    const run = (asOf: string) => {
      const r = assessEligibility({ asOf, person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "vietnamese", location: "in_vietnam" } });
      if (!Result.isSuccess(r)) throw new Error("invalid");
      return r.success;
    };
    const words = differencesInWords("eligibility", run("2025-09-01"), { ...run("2025-09-01"), law: "66/2011/QH12", regimes: run("2025-09-01").regimes.map((g, i) => (i === 0 ? { ...g, status: "INELIGIBLE" } : g)) }, ["law", "regimes[0].status"]);
    expect(words[0]).toBe("Văn bản áp dụng thay đổi từ Luật Phòng, chống mua bán người số 53/2024/QH15 thành Luật Phòng, chống mua bán người số 66/2011/QH12.");
    expect(words).toContain("Chế độ “Hỗ trợ nhu cầu thiết yếu”: từ “Được hưởng” thành “Không thuộc diện được hưởng”.");
  });
});
