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
    expect(container.textContent).not.toMatch(CODES);
  });
});
