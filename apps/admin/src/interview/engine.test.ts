import { classifyCase, scenarios } from "@ctip-vn/domain/classification";
import { eligibilityScenarios } from "@ctip-vn/domain/eligibility";
import { describe, expect, it } from "vitest";
import { addVictim, buildCaseFacts, classificationInterview, removeVictim } from "./classification.js";
import { buildEligibilityRequest, eligibilityInterview } from "./eligibility.js";
import { nextQuestion, unaskable, unknownPaths, type Answer, type Answers, type InterviewDef } from "./engine.js";

const unknown: Answer = { kind: "unknown" };
const value = (v: Answer extends infer A ? (A extends { value: infer V } ? V : never) : never): Answer => ({ kind: "value", value: v });

/** Answers every question "chưa rõ" (or a fixed first answer) until the summary; returns the paths asked. */
const walk = <F,>(def: InterviewDef<F>, start: Answers, answer: (path: string) => Answer = () => unknown): { asked: string[]; answers: Answers } => {
  let answers = start;
  const asked: string[] = [];
  for (let i = 0; i < 200; i++) {
    expect(unaskable(def, answers)).toEqual([]);
    const q = nextQuestion(def, answers);
    if (q === undefined) return { asked, answers };
    asked.push(q.path);
    answers = { ...answers, [q.path]: answer(q.path) };
  }
  throw new Error("the interview does not end");
};

describe("classification interview", () => {
  it("asks the offence date first and prefills nothing", () => {
    expect(nextQuestion(classificationInterview, {})?.path).toBe("offenceDate");
    expect(buildCaseFacts({ offenceDate: value("2024-05-10") })).toEqual({ offenceDate: "2024-05-10" });
  });

  it("ends at the summary when everything is answered 'chưa rõ', with a provisional result", () => {
    const { asked, answers } = walk(classificationInterview, { offenceDate: value("2024-05-10") });
    expect(asked).toEqual(expect.arrayContaining(["victims", "acts", "purposes", "means", "offenderAgeYears"]));
    expect(classifyCase(buildCaseFacts(answers)).status).toBe("INSUFFICIENT_DATA");
    expect(unknownPaths(classificationInterview, answers).length).toBeGreaterThan(0);
  });

  it("asks each victim's facts once victims are counted, and a birth date answers the age", () => {
    const answers: Answers = { offenceDate: value("2024-05-10"), victims: value(1), acts: value(["transfer"]), purposes: value(["money_or_benefit"]), means: value(["deception"]), circumstances: value([]), humanitarianPurpose: value(false), offenderAgeYears: value(30) };
    expect(nextQuestion(classificationInterview, answers)?.path).toBe("victims[0].ageYears");
    const withBirth = { ...answers, "victims[0].ageYears": value({ birthDate: "2010-01-01" }) };
    expect(buildCaseFacts(withBirth).victims).toEqual([{ birthDate: "2010-01-01" }]);
    expect(nextQuestion(classificationInterview, withBirth)?.path).not.toBe("victims[0].ageYears");
  });

  it("every fact the rules ask for in the shipped scenarios has a question (no dead ends)", () => {
    const missing = scenarios.flatMap((s) => classifyCase({ offenceDate: s.facts.offenceDate, victims: (s.facts.victims ?? []).map(() => ({})) }).missingFacts.filter((p) => classificationInterview.question(p) === undefined));
    expect(missing).toEqual([]);
  });

  it("removes a victim and renumbers the others' answers", () => {
    const a: Answers = { victims: value(3), "victims[0].ageYears": value({ ageYears: 10 }), "victims[1].ageYears": value({ ageYears: 20 }), "victims[2].ageYears": value({ ageYears: 30 }) };
    const r = removeVictim(a, 1);
    expect(r).toEqual({ victims: value(2), "victims[0].ageYears": value({ ageYears: 10 }), "victims[1].ageYears": value({ ageYears: 30 }) });
    expect(addVictim(r)["victims"]).toEqual(value(3));
  });
});

describe("eligibility interview", () => {
  const base: Answers = { asOf: value("2025-09-01"), province: value("national") };

  it("asks the decision date and the province first", () => {
    expect(nextQuestion(eligibilityInterview, {})?.path).toBe("asOf");
    expect(nextQuestion(eligibilityInterview, { asOf: value("2025-09-01") })?.path).toBe("province");
  });

  it.each([
    ["foreign", "person.traffickedIn"],
    ["stateless", "person.permanentResidentInVietnam"],
  ])("a %s victim is never a dead end: %s is asked", (nationality, fact) => {
    const { asked } = walk(eligibilityInterview, { ...base, "person.status": value("identified_victim"), "person.nationality": value(nationality) });
    expect(asked).toContain(fact);
  });

  it("ends when everything is 'chưa rõ', and sends only what was answered", () => {
    const { answers } = walk(eligibilityInterview, base);
    expect(buildEligibilityRequest(answers)).toEqual({ asOf: "2025-09-01", person: {} });
  });

  it("every fact the rules ask for in the shipped scenarios has a question", () => {
    const missing = eligibilityScenarios.flatMap((s) => [
      ...eligibilityInterview.missing({ ...s.request, person: {} }),
      ...eligibilityInterview.missing({ ...s.request, person: { ...s.request.person, identifiedOn: undefined } as never }),
    ]).filter((p) => eligibilityInterview.question(p) === undefined);
    expect(missing).toEqual([]);
  });
});
