// @vitest-environment jsdom
import { classifyCase } from "@ctip-vn/domain/classification";
import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { ClassificationView } from "./classification-view.js";

const CODES = /TRAFFICKING|INSUFFICIENT_DATA|victims\[|offenderAgeYears|Art\.|undetermined/;

afterEach(cleanup);

describe("the classification as a lawyer reads it", () => {
  it("marks an answer that depends on unknown facts as provisional, names those facts by their questions, and shows no code", () => {
    const facts = { offenceDate: "2024-05-10", acts: ["transfer" as const], purposes: ["money_or_benefit" as const], means: ["deception" as const], victims: [{ ageYears: 20 }] };
    const { container } = render(() => <ClassificationView result={classifyCase(facts)} facts={facts} />);
    expect(screen.getByText("Kết quả tạm thời")).toBeTruthy();
    expect(container.querySelector(".result.provisional")).not.toBeNull();
    expect(screen.getByTestId("missing").textContent).toContain("Nạn nhân 1: tỷ lệ tổn thương cơ thể là bao nhiêu phần trăm?");
    expect(screen.getByTestId("liability").textContent).toContain("Chưa xác định được");
    expect(container.textContent).not.toMatch(CODES);
  });

  it("shows a final charge with its citation, bracket and category, and an offender under 14 as not liable", () => {
    const facts = { offenceDate: "2024-05-10", acts: ["transfer" as const], purposes: ["money_or_benefit" as const], means: ["deception" as const], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 13, victims: [{ ageYears: 20, injuryPercent: 0, outcome: "none" as const, bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false }] };
    const { container } = render(() => <ClassificationView result={classifyCase(facts)} facts={facts} />);
    expect(container.querySelector(".result.provisional")).toBeNull();
    expect(container.textContent).toContain("Kết quả xác định trên cơ sở thông tin đã có");
    expect(screen.getByTestId("liability").textContent).toContain("Không phải chịu trách nhiệm hình sự");
    expect(screen.getByTestId("liability-reasons").textContent).toContain("chưa đủ 14 tuổi");
    expect(screen.getByTestId("liability-reasons").textContent).toContain("Điều 12");
    expect(container.textContent).not.toMatch(CODES);
  });

  it("shows the bracket capped for an offender aged 15 (Art. 101(2)) with its citation, and the juvenile note", () => {
    const victim = { ageYears: 12, injuryPercent: 0, outcome: "none" as const, bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false };
    const facts = { offenceDate: "2024-05-10", acts: ["transfer" as const], purposes: ["money_or_benefit" as const], means: ["deception" as const], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 15, victims: [victim] };
    const result = classifyCase(facts);
    const { container } = render(() => <ClassificationView result={result} facts={facts} />);
    const charge = result.charges[0];
    expect(charge?.applicablePenalty.prisonYears.max).toBeLessThan(charge?.penalty.prisonYears.max ?? 0);
    expect(container.textContent).toContain(`Phạt tù đến ${charge?.applicablePenalty.prisonYears.max} năm`);
    expect(container.textContent).toContain("khoản 2 Điều 101");
    expect(container.textContent).toContain("Người phạm tội dưới 18 tuổi");
    expect(container.textContent).not.toMatch(CODES);
  });

  it("marks a charge as provisional with the clauses it could still reach (5 adults and a victim of unknown age)", () => {
    const adult = { ageYears: 30, injuryPercent: 0, outcome: "none" as const, bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false };
    const facts = { offenceDate: "2024-05-10", acts: ["transfer" as const], purposes: ["money_or_benefit" as const], means: ["deception" as const], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30, victims: [adult, adult, adult, adult, adult, { injuryPercent: 0, outcome: "none" as const, bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false }] };
    const result = classifyCase(facts);
    const range = result.charges[0]?.clauseRange;
    expect(result.charges[0]?.provisional).toBe(true);
    expect(range).toBeDefined();
    const { container } = render(() => <ClassificationView result={result} facts={facts} />);
    expect(container.querySelector(".charge.provisional")).not.toBeNull();
    expect(screen.getByTestId("clause-range").textContent).toBe(`Khi làm rõ các thông tin còn thiếu, có thể là khoản ${range?.min} đến khoản ${range?.max} của điều này.`);
    expect(container.textContent).not.toMatch(CODES);
  });

  it("asks for the offender's age when liability is unknown, by its question", () => {
    const facts = { offenceDate: "2024-05-10", acts: ["transfer" as const], purposes: ["money_or_benefit" as const], means: ["deception" as const], circumstances: [], humanitarianPurpose: false, victims: [{ ageYears: 20, injuryPercent: 0, outcome: "none" as const, bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false }] };
    render(() => <ClassificationView result={classifyCase(facts)} facts={facts} />);
    expect(screen.getByTestId("liability").textContent).toContain("Chưa xác định được");
    expect(screen.getByTestId("missing").textContent).toMatch(/Người thực hiện bao nhiêu tuổi/);
  });
});
