import { formatCitation } from "../law/format.js";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { classifyCase, classifyJson, classifyUnsafe, decideCase } from "./classify.js";
import { plainCase, plainVictim, scenarios } from "./scenarios.js";

const summary = (facts: Parameters<typeof classifyUnsafe>[0]) => {
  const r = classifyUnsafe(facts, { evaluatedAt: "2026-11-25T00:00:00Z" });
  return { status: r.status, charges: r.charges.map((c) => ({ article: c.article, clause: c.clause, points: c.points })), missing: r.missingFacts };
};

describe("statute scenarios (one per clause and point of Arts 150 and 151)", () => {
  it.each(scenarios)("$name", ({ facts, expect: want }) => {
    const r = classifyUnsafe(facts, { evaluatedAt: "2026-11-25T00:00:00Z" });
    expect(r.status).toBe(want.status);
    expect(r.missingFacts).toEqual([]);
    expect(r.charges.map((c) => ({ article: c.article, clause: c.clause, points: c.points, min: c.penalty.prisonYears.min, max: c.penalty.prisonYears.max, life: c.penalty.life }))).toEqual(
      want.charges.map((c) => ({ article: c.article, clause: c.clause, points: c.points, min: c.years[0], max: c.years[1], life: c.life ?? false })),
    );
    want.charges.forEach((c, i) => expect(r.charges[i]?.basis).toContain(c.cites));
  });
});

describe("penalties, categories and supplementary penalties come from the data", () => {
  it("Art. 150(1): 5–10 years, very serious, fine VND 20–100 million", () => {
    const [charge] = classifyUnsafe(plainCase()).charges;
    expect(charge?.category).toBe("very_serious");
    expect(charge?.additionalPenaltyDetails.find((a) => a.kind === "fine")?.fine).toEqual({ min: 20_000_000, max: 100_000_000 });
    expect(charge?.additionalPenaltyDetails.map((a) => a.kind)).toEqual(["fine", "probation", "residence_ban", "confiscation"]);
    expect(charge?.basis).toContain("khoản 4 Điều 150 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)");
    expect(charge?.basis).toContain("điểm c khoản 1 Điều 9 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)");
  });
  it("Art. 150(3): 12–20 years, extremely serious", () => {
    expect(classifyUnsafe(plainCase({ circumstances: ["professional"] })).charges[0]?.category).toBe("extremely_serious");
  });
  it("Art. 151(3): 18–20 years or life, fine VND 50–200 million and bans from positions", () => {
    const [charge] = classifyUnsafe(plainCase({ victims: [plainVictim({ ageYears: 10 })], circumstances: ["organised"] })).charges;
    expect(charge?.penalty).toEqual({ prisonYears: { min: 18, max: 20 }, life: true });
    expect(charge?.category).toBe("extremely_serious");
    expect(charge?.additionalPenaltyDetails.find((a) => a.kind === "fine")?.fine).toEqual({ min: 50_000_000, max: 200_000_000 });
    expect(charge?.additionalPenaltyDetails.map((a) => a.kind)).toContain("position_ban");
  });
  it("citations render in English and carry their confidence", () => {
    const [charge] = classifyUnsafe(plainCase({ circumstances: ["organised"] })).charges;
    expect(charge?.citations[0]).toMatchObject({ instrument: "100/2015/QH13", article: 150, clause: 2, point: "a", confidence: "verified", effective: { from: "2018-01-01" } });
  });
  it("a clause-3 charge says which clause-2 points also held", () => {
    const r = classifyUnsafe(plainCase({ circumstances: ["organised", "professional"] }));
    expect(r.charges[0]).toMatchObject({ clause: 3, points: ["a"] });
    const step = r.explanation.find((e) => e.code === "classification.clause3-with-clause2");
    expect(step).toMatchObject({ state: "held", params: { article: 150, points: ["a"] } });
    expect(step?.text.en).toBe("Clause 3 of Art. 150 applies; clause-2 points that also held: a");
    expect(step?.text.vi).toBe("Áp dụng khoản 3 Điều 150; các điểm của khoản 2 cũng thỏa mãn: a");
  });
});

describe("boundaries", () => {
  it.each([
    ["2009-05-11", "151"],
    ["2008-05-10", "150"],
    ["2008-05-11", "151"],
  ])("victim born %s, offence 2024-05-10 → Art. %s", (birthDate, article) => {
    const r = classifyUnsafe(plainCase({ means: ["deception"], victims: [{ ...plainVictim(), ageYears: undefined, birthDate }] as never }));
    expect(r.charges.map((c) => c.article)).toEqual([article]);
  });
  it("15 years 364 days is under 16; 16 on the birthday itself is not", () => {
    const v = (birthDate: string) => plainCase({ offenceDate: "2025-01-30", means: [], victims: [{ injuryPercent: 0, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false, birthDate }] });
    expect(summary(v("2009-01-31")).charges[0]?.article).toBe("151");
    expect(summary(v("2009-01-30")).status).toBe("NOT_TRAFFICKING");
  });
  it.each([
    [30, 1, []],
    [31, 2, ["c"]],
    [60, 2, ["c"]],
    [61, 3, ["c"]],
  ] as const)("injury %i%% → clause %i", (injuryPercent, clause, points) => {
    expect(summary(plainCase({ victims: [plainVictim({ injuryPercent })] })).charges).toEqual([{ article: "150", clause, points: clause === 1 ? ["a"] : points }]);
  });
  it.each([
    [13, "TRAFFICKING", 0],
    [14, "TRAFFICKING", 1],
    [16, "TRAFFICKING", 1],
  ] as const)("offender aged %i → the conduct is %s, with %i charge(s)", (offenderAgeYears, status, n) => {
    const r = summary(plainCase({ offenderAgeYears }));
    expect(r.status).toBe(status);
    expect(r.charges).toHaveLength(n);
  });
  it.each([
    [1, 1, ["a"]],
    [2, 2, ["đ"]],
    [5, 2, ["đ"]],
    [6, 3, ["đ"]],
  ] as const)("%i victims → clause %i", (n, clause, points) => {
    expect(summary(plainCase({ victims: Array.from({ length: n }, () => plainVictim()) })).charges).toEqual([{ article: "150", clause, points }]);
  });
  it("an adult victim with unknown means: insufficient data, ask for the means", () => {
    const { means: _, ...facts } = plainCase();
    expect(summary(facts)).toEqual({ status: "INSUFFICIENT_DATA", charges: [], missing: ["means"] });
  });
  it("an adult victim with no means at all is not trafficking; a child victim needs none", () => {
    expect(summary(plainCase({ means: [] })).status).toBe("NOT_TRAFFICKING");
    expect(summary(plainCase({ means: [], victims: [plainVictim({ ageYears: 15 })] })).charges).toEqual([{ article: "151", clause: 1, points: ["a"] }]);
  });
  it("the humanitarian exception needs to be known when money is the only purpose for a child", () => {
    const { humanitarianPurpose: _, ...facts } = plainCase({ means: [], victims: [plainVictim({ ageYears: 3 })] });
    expect(summary(facts).missing).toEqual(["humanitarianPurpose"]);
    expect(summary({ ...facts, humanitarianPurpose: false }).status).toBe("TRAFFICKING");
  });
  it("the humanitarian exception does not exist for adults (Art. 150)", () => {
    expect(summary(plainCase({ humanitarianPurpose: true })).status).toBe("TRAFFICKING");
  });
});

describe("missing facts: never guess", () => {
  it("unknown victim age blocks the choice of article", () => {
    const r = summary(plainCase({ victims: [plainVictim({ ageYears: undefined }), plainVictim()] }));
    expect(r.status).toBe("INSUFFICIENT_DATA");
    expect(r.missing).toEqual(["victims[0].ageYears"]);
  });
  it("absent victims and offence elements are asked first, in order", () => {
    // Abuse of position can be the means of Art. 150(1) (NQ 02/2019 Art. 2(3)), so unknown circumstances are asked too;
    // the offender's age is a question of liability, asked apart.
    expect(summary({ offenceDate: "2024-05-10" }).missing).toEqual(["victims", "acts", "purposes", "means", "humanitarianPurpose", "circumstances"]);
    expect(classifyUnsafe({ offenceDate: "2024-05-10" }).liability.missingFacts).toEqual(["offenderAgeYears"]);
  });
  it("unknown aggravating facts that could raise the clause are listed", () => {
    const r = summary(plainCase({ circumstances: undefined, victims: [{ ageYears: 30 }] }));
    expect(r.status).toBe("INSUFFICIENT_DATA");
    expect(r.missing).toEqual(["circumstances", "victims[0].bodyPartRemoved", "victims[0].injuryPercent", "victims[0].outcome", "victims[0].takenAcrossBorder"]);
  });
  it("once clause 3 holds, unknown clause-2 facts do not matter", () => {
    const r = summary(plainCase({ circumstances: ["dangerous_recidivism"], victims: [{ ageYears: 30, injuryPercent: 0, outcome: "none", bodyPartRemoved: false }] }));
    expect(r).toEqual({ status: "TRAFFICKING", charges: [{ article: "150", clause: 3, points: ["e"] }], missing: [] });
  });
  it("an unknown offender age is asked for, as a question of liability (Art. 12)", () => {
    const { offenderAgeYears: _, ...facts } = plainCase();
    const r = classifyUnsafe(facts);
    expect(summary(facts)).toMatchObject({ status: "TRAFFICKING", missing: [] });
    expect(r.liability).toMatchObject({ status: "unknown", offenderAge: null, missingFacts: ["offenderAgeYears"] });
    expect(r.liability.questions.map((q) => q.fact)).toEqual(["offenderAgeYears"]);
    expect(r.liability.questions[0]?.text.vi).toMatch(/sinh ngày nào/);
  });
  it("a known 'no' needs no further facts", () => {
    expect(summary({ offenceDate: "2024-05-10", acts: [] })).toEqual({ status: "NOT_TRAFFICKING", charges: [], missing: [] });
  });
});

describe("dates and input", () => {
  it("offences before 01/01/2018 are an unsupported period, not a guess", () => {
    const r = classifyJson(plainCase({ offenceDate: "2017-12-31" }));
    expect(Result.isFailure(r) && r.failure._tag).toBe("UnsupportedPeriod");
    expect(() => classifyUnsafe(plainCase({ offenceDate: "2017-12-31" }))).toThrow(/2017-12-31/);
  });
  it("from 01/07/2025 (Law 86/2025) the 2017 wording applies with unverified citations", () => {
    expect(classifyUnsafe(plainCase({ offenceDate: "2025-06-30" })).charges[0]?.citations[0]?.confidence).toBe("verified");
    const r = classifyUnsafe(plainCase({ offenceDate: "2025-07-01" }));
    expect(r.charges[0]?.citations[0]?.confidence).toBe("unverified");
    expect(r.explanation[0]?.code).toBe("classification.law-86-2025");
    expect(r.explanation[0]?.text.vi).toMatch(/Luật số 86\/2025\/QH15/);
    expect(r.explanation[0]?.text.en).toMatch(/86\/2025\/QH15/);
  });
  it.each([
    [{ offenceDate: "2024-02-30" }, "offenceDate"],
    [{ offenceDate: "2024-05-10", acts: ["sell"] }, "acts[0]"],
    [{ offenceDate: "2024-05-10", victims: [{ ageYears: -1 }] }, "victims[0].ageYears"],
    [{ offenceDate: "2024-05-10", victims: [{ birthDate: "2030-01-01" }] }, "victims[0].birthDate"],
    [{ offenceDate: "2024-05-10", acts: ["transfer", "transfer"] }, "acts"],
    [{ offenceDate: "2024-05-10", victimName: "Nguyễn Thị A" }, ""],
  ])("invalid input %j is a typed error at %s", (input, path) => {
    const r = classifyJson(input);
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidFacts");
    const paths = Result.isFailure(r) && r.failure._tag === "InvalidFacts" ? r.failure.issues.map((i) => i.path) : [];
    expect(paths).toContain(path);
  });
  it("a receipt records the offence date, the version and stable hashes", () => {
    const a = classifyUnsafe(plainCase(), { evaluatedAt: "2026-01-01T00:00:00Z" });
    const b = classifyUnsafe(plainCase(), { evaluatedAt: "2026-06-01T00:00:00Z" });
    expect(a.receipt.asOf).toBe("2024-05-10");
    expect(a.receipt.resultHash).toBe(b.receipt.resultHash);
    expect(a.receipt.inputHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("screening of neighbouring offences", () => {
  const articles = (facts: Parameters<typeof classifyUnsafe>[0]) => classifyUnsafe(facts).screening.map((s) => s.article);
  it("Art. 152 needs a swap of one infant with another, which the facts cannot express: an infant's age alone does not point at it", () => {
    expect(articles(plainCase({ means: [], victims: [plainVictim({ ageYears: 0 })] }))).not.toContain("152");
  });
  it("a child held by force with no trafficking purpose points at Art. 153", () => {
    const r = classifyUnsafe(plainCase({ acts: [], purposes: [], means: ["force"], victims: [plainVictim({ ageYears: 9 })] }));
    expect(r.status).toBe("NOT_TRAFFICKING");
    expect(r.screening.map((s) => s.article)).toEqual(["153"]);
  });
  it("a body part taken points at Art. 154 beside trafficking", () => {
    const s = classifyUnsafe(plainCase({ purposes: ["organ_removal"], victims: [plainVictim({ bodyPartRemoved: true, outcome: "death" })] })).screening.find((x) => x.article === "154");
    expect(s?.relation).toBe("beside");
    expect(s?.text.en).toMatch(/murder/);
    expect(s?.text.vi).toMatch(/tội giết người/);
  });
  it("taken abroad with no exploitation purpose points at Arts 349 and 348 instead", () => {
    expect(articles(plainCase({ purposes: [], victims: [plainVictim({ takenAcrossBorder: true })] }))).toEqual(["349", "348"]);
  });
  it("an offender aged 15 is told the neighbouring articles do not reach him", () => {
    const s = classifyUnsafe(plainCase({ offenderAgeYears: 15, purposes: ["organ_removal"], victims: [plainVictim({ bodyPartRemoved: true })] })).screening;
    expect(s[0]?.text.en).toMatch(/not liable/);
    expect(s[0]?.params).toMatchObject({ youngOffender: true });
    expect(s[0]?.basis.map((b) => formatCitation(b, "vi"))).toContain("khoản 2 Điều 12 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)");
  });
});

describe("calling convention", () => {
  it("the 0.1 names keep working: classifyCase throws like classifyUnsafe, decideCase returns a Result like classifyJson", () => {
    const at = { evaluatedAt: "2026-01-01T00:00:00Z" };
    expect(classifyCase(plainCase(), at)).toEqual(classifyUnsafe(plainCase(), at));
    expect(() => classifyCase(plainCase({ offenceDate: "2017-12-31" }))).toThrow(/2017-12-31/);
    expect(decideCase(plainCase(), at)).toEqual(classifyJson(plainCase(), at));
  });
});
