import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { formatCitation } from "../law/format.js";
import { article150, article151 } from "../law/index.js";
import { classify, classifyJson, classifyUnsafe } from "./classify.js";
import { CIRCUMSTANCE_LABELS, ELEMENT_LABELS } from "./labels.js";
import type { Classification } from "./result.js";
import { offenderAgeScenarios, plainCase, plainVictim } from "./scenarios.js";

const AT = { evaluatedAt: "2026-11-25T00:00:00Z" };
const cites = (xs: ReadonlyArray<Parameters<typeof formatCitation>[0]>) => xs.map((c) => formatCitation(c, "en"));
const step = (r: Classification, code: string) => r.explanation.find((s) => s.code === code);

describe("Arts 12, 91 and 101 — the offender's age: liability apart from the conduct, and the bracket for an offender under 18", () => {
  it.each(offenderAgeScenarios)("$name", ({ facts, expect: want }) => {
    const r = classifyUnsafe(facts, AT);
    expect(r.status).toBe("TRAFFICKING");
    expect(r.missingFacts).toEqual([]);
    expect(r.liability.status).toBe(want.liability);
    expect(r.liability.offenderAge).toBe(facts.offenderAgeYears);
    expect(r.charges.map((c) => ({ article: c.article, clause: c.clause, min: c.applicablePenalty.prisonYears.min, max: c.applicablePenalty.prisonYears.max, life: c.applicablePenalty.life }))).toEqual(want.charges);
    for (const c of r.charges) {
      const clause = (c.article === "150" ? article150 : article151).clauses.find((k) => k.clause === c.clause);
      // `penalty` stays the statutory bracket, and Art. 9's category follows it.
      expect(c.penalty).toEqual(clause?.penalty);
      const juvenile = (facts.offenderAgeYears ?? 99) < 18;
      expect(c.additionalPenalties.length === 0).toBe(juvenile);
      expect(c.additionalPenaltyDetails.length === 0).toBe(juvenile);
      expect(cites(c.applicablePenalty.basis).some((x) => x.includes("Art. 101"))).toBe(juvenile);
      expect(cites(c.citations).includes("Penal Code 2015, Art. 91(6)")).toBe(juvenile);
      expect(step(r, "classification.no-additional-penalty")?.state).toBe(juvenile ? "held" : undefined);
    }
    expect(r.liability.reasons[0]?.state).toBe(want.liability === "not_liable" ? "not_held" : "held");
    expect(cites(r.liability.basis)).toContain(want.liability === "not_liable" || (facts.offenderAgeYears ?? 99) < 16 ? "Penal Code 2015, Art. 12(2)" : "Penal Code 2015, Art. 12(1)");
  });

  it("Art. 12 — an offender of unknown age: the conduct is decided, liability is unknown with its own question, charges as for an adult", () => {
    const { offenderAgeYears: _, ...facts } = plainCase({ victims: [plainVictim({ ageYears: 12 })], circumstances: ["organised"] });
    const r = classifyUnsafe(facts, AT);
    expect(r.status).toBe("TRAFFICKING");
    expect(r.missingFacts).toEqual([]);
    expect(r.liability).toMatchObject({ status: "unknown", offenderAge: null, missingFacts: ["offenderAgeYears"] });
    expect(r.liability.questions[0]).toMatchObject({ fact: "offenderAgeYears", state: "undetermined" });
    expect(r.charges[0]?.applicablePenalty).toEqual({ prisonYears: { min: 18, max: 20 }, life: true, basis: [] });
    expect(r.charges[0]?.additionalPenalties.length).toBeGreaterThan(0);
    const note = step(r, "classification.offender-age.unknown");
    expect(note?.state).toBe("undetermined");
    expect(note?.text.vi).toContain("khoản 5, khoản 6 Điều 91");
    expect(cites(note?.basis ?? [])).toEqual(expect.arrayContaining(["Penal Code 2015, Art. 101(1)", "Penal Code 2015, Art. 101(2)"]));
  });
});

describe("Art. 101 — the capped maximum in the words of a Vietnamese judgment", () => {
  it("Art. 101(1) — a 17-year-old under Art. 150(2): at most ¾ × 15 = 11 years 3 months", () => {
    const r = classifyUnsafe(plainCase({ offenderAgeYears: 17, circumstances: ["organised"] }), AT);
    const s = step(r, "classification.applicable-penalty");
    expect(s?.params).toMatchObject({ years: 11, months: 3, fraction: "three_quarters" });
    expect(s?.text.vi).toContain("ba phần tư mức phạt tù mà điều luật quy định, tức là 11 năm 3 tháng tù (khoản 1 Điều 101)");
    expect(s?.text.en).toContain("11 years 3 months");
  });
  it("Art. 101(2) — a 14-year-old under Art. 150(1): at most ½ × 10 = 5 years", () => {
    expect(step(classifyUnsafe(plainCase({ offenderAgeYears: 14 }), AT), "classification.applicable-penalty")?.text.vi).toContain("tức là 5 năm tù (khoản 2 Điều 101)");
  });
});

describe("Art. 91(7) — convictions for acts committed under 16 never count for dangerous recidivism", () => {
  it("Art. 91(7) — a 15-year-old 'dangerous recidivist': Art. 150(3)(e) does not apply, and the step says why", () => {
    const r = classifyUnsafe(plainCase({ offenderAgeYears: 15, circumstances: ["dangerous_recidivism"] }), AT);
    expect(r.charges.map((c) => [c.article, c.clause, c.points])).toEqual([["150", 1, ["a"]]]);
    expect(r.explanation.find((s) => s.code === "classification.point.not_held" && s.params["point"] === "e")?.state).toBe("not_held");
    const why = step(r, "classification.recidivism.child");
    expect(why).toMatchObject({ state: "not_held", params: { article: 150, clause: 3, point: "e", age: 15 } });
    expect(cites(why?.basis ?? [])).toContain("Penal Code 2015, Art. 91(7)");
  });
  it("Art. 91(7) — a 14-year-old trafficking a child: Art. 151(3)(g) does not apply", () => {
    const r = classifyUnsafe(plainCase({ offenderAgeYears: 14, victims: [plainVictim({ ageYears: 10 })], circumstances: ["dangerous_recidivism"] }), AT);
    expect(r.charges.map((c) => [c.article, c.clause])).toEqual([["151", 1]]);
    expect(step(r, "classification.recidivism.child")?.params["point"]).toBe("g");
  });
  it("Art. 91(7) — a 17-year-old: the clause applies, and the explanation says only sentences for acts at 16 or over count", () => {
    const r = classifyUnsafe(plainCase({ offenderAgeYears: 17, circumstances: ["dangerous_recidivism"] }), AT);
    expect(r.charges.map((c) => [c.clause, c.applicablePenalty.prisonYears.max])).toEqual([[3, 15]]);
    expect(step(r, "classification.recidivism.juvenile")?.state).toBe("undetermined");
  });
  it("Art. 91(7) — an adult: no note", () => {
    expect(step(classifyUnsafe(plainCase({ circumstances: ["dangerous_recidivism"] }), AT), "classification.recidivism.juvenile")).toBeUndefined();
  });
});

describe("NQ 02/2019/NQ-HĐTP Art. 2(3) — abuse of position is one of the 'other tricks' of Art. 150(1)", () => {
  it("NQ 02/2019 Art. 2(3) — an adult victim, abuse of position and no other means: Art. 150(1)(a)", () => {
    const r = classifyUnsafe(plainCase({ means: [], circumstances: ["abuse_of_position"] }), AT);
    expect(r.status).toBe("TRAFFICKING");
    expect(r.charges.map((c) => [c.article, c.clause, c.points])).toEqual([["150", 1, ["a"]]]);
    const means = step(r, "classification.means");
    expect(means).toMatchObject({ state: "held", params: { via: "abuse" } });
    expect(cites(means?.basis ?? [])).toContain("Resolution No. 02/2019/NQ-HĐTP, Art. 2(3)");
  });
  it("NQ 02/2019 Art. 2(3) — with no means and the circumstances unknown, the answer waits for both", () => {
    const r = classifyUnsafe(plainCase({ means: [], circumstances: undefined }), AT);
    expect(r.status).toBe("INSUFFICIENT_DATA");
    expect(r.missingFacts).toEqual(["circumstances"]);
  });
});

describe("Provisional charges under INSUFFICIENT_DATA", () => {
  it("Art. 150(2)(đ)/(3)(đ) — 5 adults and 1 victim of unknown age: a provisional 150(2)(đ) that could be 150(3)(đ)", () => {
    const r = classifyUnsafe(plainCase({ victims: [...Array.from({ length: 5 }, () => plainVictim()), plainVictim({ ageYears: undefined })] }), AT);
    expect(r.status).toBe("INSUFFICIENT_DATA");
    expect(r.missingFacts).toEqual(["victims[5].ageYears"]);
    expect(r.charges.map((c) => ({ article: c.article, clause: c.clause, points: c.points, provisional: c.provisional, clauseRange: c.clauseRange }))).toEqual([
      { article: "150", clause: 2, points: ["đ"], provisional: true, clauseRange: { min: 2, max: 3 } },
    ]);
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0]).toMatchObject({ fact: "victims[5].ageYears", text: { vi: "Nạn nhân thứ 6 sinh ngày nào?", en: "What is victim 6's date of birth?" } });
    expect(step(r, "classification.provisional-charge")).toMatchObject({ state: "undetermined", params: { article: 150, clause: 2, min: 2, max: 3 } });
  });
  it("a decided charge is never provisional", () => {
    const r = classifyUnsafe(plainCase({ victims: Array.from({ length: 5 }, () => plainVictim()) }), AT);
    expect(r.charges.map((c) => [c.provisional, c.clauseRange])).toEqual([[false, undefined]]);
  });
  it("unknown aggravating facts: a provisional clause-1 charge whose range reaches clause 3", () => {
    const r = classifyUnsafe(plainCase({ circumstances: undefined }), AT);
    expect(r.charges.map((c) => [c.clause, c.provisional, c.clauseRange])).toEqual([[1, true, { min: 1, max: 3 }]]);
  });
  it("every missing fact has its question, in the same order, in Vietnamese and English", () => {
    const r = classifyUnsafe({ offenceDate: "2024-05-10", victims: [{ ageYears: 30 }] }, AT);
    expect(r.questions.map((q) => q.fact)).toEqual(r.missingFacts);
    for (const q of r.questions) {
      expect(q.text.vi.length).toBeGreaterThan(0);
      expect(q.text.en.length).toBeGreaterThan(0);
      expect(q.text.vi).not.toBe(q.text.en);
    }
  });
});

describe("Input that contradicts itself is invalid", () => {
  it("Art. 150/151 — ageYears that disagrees with birthDate on the offence date is an InvalidFacts at the age", () => {
    const r = classifyJson({ ...plainCase(), victims: [{ ...plainVictim({ ageYears: 17 }), birthDate: "2008-05-11" }] }, AT);
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidFacts");
    const issues = Result.isFailure(r) && r.failure._tag === "InvalidFacts" ? r.failure.issues : [];
    expect(issues.map((i) => i.path)).toEqual(["victims[0].ageYears"]);
    expect(issues[0]?.message).toContain("gives 15");
    // The same age and birth date agree: no error.
    expect(Result.isSuccess(classify({ ...plainCase(), victims: [{ ...plainVictim({ ageYears: 15 }), birthDate: "2008-05-11" }] }, AT))).toBe(true);
  });
  it.each([60.5, -1, 101])("Art. 150(2)(c)/(3)(c) — injuryPercent %s is rejected: the statute's ranges are whole percents 0–100", (injuryPercent) => {
    const r = classifyJson({ ...plainCase(), victims: [plainVictim({ injuryPercent })] }, AT);
    expect(Result.isFailure(r) && r.failure._tag === "InvalidFacts" && r.failure.issues.map((i) => i.path)).toEqual(["victims[0].injuryPercent"]);
  });
});

describe("Explanations that are true", () => {
  it("steps speak only of the article applying to each victim group", () => {
    const adults = classifyUnsafe(plainCase(), AT);
    expect(adults.explanation.filter((s) => s.params["article"] === 151)).toEqual([]);
    const children = classifyUnsafe(plainCase({ victims: [plainVictim({ ageYears: 9 })] }), AT);
    expect(children.explanation.filter((s) => s.params["article"] === 150 || s.code === "classification.means")).toEqual([]);
  });
  it("Art. 150(1) — a 'no' names the element that failed (the means), and undetermined is never 'no'", () => {
    const no = classifyUnsafe(plainCase({ means: [] }), AT);
    expect(no.status).toBe("NOT_TRAFFICKING");
    const a = no.explanation.find((s) => s.code === "classification.element.not_held" && s.params["point"] === "a");
    expect(a?.params["element"]).toEqual(ELEMENT_LABELS.means);
    expect(a?.text.vi).toContain("“dùng vũ lực, đe dọa dùng vũ lực, lừa gạt hoặc thủ đoạn khác”");
    expect(a?.text.en).toContain("force, threat of force, deception or other tricks");
    const { means: _, ...unknownMeans } = plainCase();
    const undecided = classifyUnsafe(unknownMeans, AT).explanation.filter((s) => s.params["clause"] === 1 || s.code === "classification.means");
    expect(undecided.length).toBeGreaterThan(0);
    expect(undecided.every((s) => s.state === "undetermined")).toBe(true);
  });
  it("Art. 150(1)(b) — the failed element is the purpose when only money was sought", () => {
    const r = classifyUnsafe(plainCase(), AT);
    expect(r.explanation.find((s) => s.code === "classification.element.not_held" && s.params["point"] === "b")?.params["element"]).toEqual(ELEMENT_LABELS.purpose_exploitation);
  });
  it("Art. 151(1)(a)/(c) and NQ 02/2019 Art. 2(2)(đ) — the humanitarian exception reaches point c; the step says so", () => {
    const r = classifyUnsafe(plainCase({ acts: ["harbour"], means: [], victims: [plainVictim({ ageYears: 2 })], humanitarianPurpose: true }), AT);
    expect(r.status).toBe("NOT_TRAFFICKING");
    expect(r.explanation.find((s) => s.code === "classification.element.humanitarian")?.params["point"]).toBe("c");
    expect(step(r, "classification.humanitarian-purpose")?.text.vi).toContain("điểm đ khoản 2 Điều 2 Nghị quyết 02/2019/NQ-HĐTP");
  });
  it("NQ 02/2019 Art. 6(2) and Art. 12(2) — a body part taken goes to 150(3)(b); a death after removal of a vital organ is murder, for which a 15-year-old is liable", () => {
    const r = classifyUnsafe(plainCase({ offenderAgeYears: 15, purposes: ["organ_removal"], victims: [plainVictim({ bodyPartRemoved: true, outcome: "death" })] }), AT);
    const s = r.screening.find((x) => x.article === "154");
    expect(s?.text.vi).toContain("điểm b khoản 3 Điều 150");
    expect(s?.text.vi).toContain("do bị nhiễm trùng hoặc tự sát");
    expect(s?.text.vi).toContain("Điều 123 được liệt kê tại khoản 2 Điều 12");
    expect(cites(s?.basis ?? [])).toEqual(expect.arrayContaining(["Resolution No. 02/2019/NQ-HĐTP, Art. 6(2)", "Penal Code 2015, Art. 123(1)"]));
  });
  it("NQ 02/2019 Art. 5(3) — taken abroad by force with trafficking undetermined: Arts 349 and 350, only 'if trafficking is not established'", () => {
    const { purposes: _, ...facts } = plainCase({ means: ["force"], victims: [plainVictim({ takenAcrossBorder: true })] });
    const r = classifyUnsafe(facts, AT);
    expect(r.status).toBe("INSUFFICIENT_DATA");
    expect(r.screening.map((s) => s.article)).toEqual(["349", "350", "348"]);
    expect(r.screening.every((s) => s.state === "undetermined" && s.params["ifNot"] === true)).toBe(true);
    expect(r.screening[0]?.text.vi).toContain("nếu không chứng minh được mục đích mua bán người");
  });
  it("statute words: 'mình' in Art. 151(2)(d); supervised residence (quản chế); 'committed two or more times'; the Code as amended in 2017", () => {
    const r = classifyUnsafe(plainCase({ victims: [plainVictim({ ageYears: 10, inOffenderCare: true })], circumstances: ["repeat_offence"] }), AT);
    expect(r.explanation.find((s) => s.params["point"] === "d" && s.params["clause"] === 2)?.text.vi).toContain("Đối với người mà mình có trách nhiệm chăm sóc, nuôi dưỡng");
    expect(r.charges[0]?.additionalPenalties).toContain("Supervised residence (quản chế)");
    expect(r.charges[0]?.basis[0]).toMatch(/Bộ luật Hình sự năm 2015 \(sửa đổi, bổ sung năm 2017\)$/);
    expect(CIRCUMSTANCE_LABELS.repeat_offence.en).toBe("Committed two or more times (phạm tội 02 lần trở lên)");
    expect(r.explanation.find((x) => x.params["point"] === "e" && x.params["clause"] === 2)?.text.en).toContain("Committed two or more times (phạm tội 02 lần trở lên)");
    expect(r.explanation.find((x) => x.params["point"] === "e" && x.params["clause"] === 2)?.text.en).not.toMatch(/recidivism/i);
    expect(r.charges[0]?.additionalPenalties.join(" ")).not.toMatch(/probation/i);
  });
});
