// @vitest-environment jsdom
import { assessEligibility, type EligibilityRequestInput } from "@ctip-vn/domain/eligibility";
import { cleanup, render } from "@solidjs/testing-library";
import { Result } from "effect";
import { afterEach, describe, expect, it } from "vitest";
import { EligibilityView } from "./eligibility-view.js";

afterEach(cleanup);

const CODES = /\bperson\.|INELIGIBLE|ELIGIBLE|INSUFFICIENT_DATA|identified_victim|eligibility\.|in_vietnam/;

const view = (request: EligibilityRequestInput) => {
  const r = assessEligibility(request);
  if (!Result.isSuccess(r)) throw new Error("invalid request");
  return render(() => <EligibilityView result={r.success} request={request} />).container;
};

describe("the support decision as a lawyer reads it", () => {
  it("names missing facts by their questions and looks provisional", () => {
    const c = view({ asOf: "2025-09-01", person: { nationality: "foreign" } });
    expect(c.querySelector(".result.provisional")).not.toBeNull();
    expect(c.textContent).toContain("Cần làm rõ:");
    expect(c.textContent).toContain("Người này bị mua bán ở đâu?");
    expect(c.textContent).not.toMatch(CODES);
  });

  it("says what would change an ineligible regime in words", () => {
    const shown: string[] = [];
    for (const person of [
      { status: "identified_victim" as const, identifiedOn: "2025-08-01", nationality: "foreign" as const, permanentResidentInVietnam: false, location: "abroad" as const, traffickedIn: "abroad" as const, ageYears: 30 },
      { status: "identified_victim" as const, identifiedOn: "2025-08-01", nationality: "vietnamese" as const, location: "in_vietnam" as const, ageYears: 40 },
    ]) {
      const c = view({ asOf: "2025-09-01", person });
      expect(c.textContent).not.toMatch(CODES);
      const change = c.querySelector("[data-testid=what-would-change]");
      if (change !== null) shown.push(change.textContent ?? "");
    }
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toMatch(/Nếu “.+” là “.+”/);
  });

  it("lists no regime that no change of circumstances would open (a 40-year-old is not told to be 17)", () => {
    const c = view({ asOf: "2025-09-01", person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "vietnamese", location: "in_vietnam", ageYears: 40 } });
    expect(c.querySelector("[data-regime=general_education] .status")?.textContent).toBe("Không thuộc diện được hưởng");
    expect(c.querySelector("[data-testid=what-would-change]")).toBeNull();
  });

  it("says of each support item whether it applies to this person (Decree 09/2013 Art. 23 conditions under Law 66/2011)", () => {
    const person = { status: "identified_victim" as const, identifiedOn: "2024-03-01", nationality: "vietnamese" as const, location: "in_vietnam" as const, ageYears: 40 };
    const known = view({ asOf: "2024-06-01", person: { ...person, poorHousehold: false, financialDifficulty: false } });
    const allowance = known.querySelector("[data-item=initial_hardship_allowance]");
    expect(allowance?.classList.contains("applies-no")).toBe(true);
    expect(allowance?.textContent).toContain("không áp dụng cho người này");
    expect(known.querySelector("[data-item=loan_support]")?.classList.contains("applies-yes")).toBe(true);
    expect(known.querySelector("[data-item=loan_support]")?.textContent).not.toContain("không áp dụng");
    expect(known.textContent).not.toMatch(CODES);

    const unknown = view({ asOf: "2024-06-01", person });
    const pending = unknown.querySelector("[data-item=initial_hardship_allowance]");
    expect(pending?.classList.contains("applies-unknown")).toBe(true);
    expect(pending?.textContent).toMatch(/chưa xác định được, cần biết: .+/);
    expect(unknown.textContent).not.toMatch(CODES);
  });
});
