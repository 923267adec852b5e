import { Result } from "effect";
import { citeAsOf } from "../law/index.js";
import type { AdditionalPenalty, ArticleEntry, PrisonPenalty } from "../law/index.js";
import { article150, article151, PENAL_CODE_2017_WORDING } from "../law/index.js";
import { formatCitation } from "../law/index.js";
import type { Citation } from "../prelude/citation.js";
import type { Label } from "../prelude/label.js";
import type { MessageState } from "../prelude/message.js";
import { caseChoiceLabels, caseFieldLabel, CRIME_CATEGORY_LABELS, ELEMENT_LABELS, factLabel, MEANS_LABELS } from "./labels.js";
import { issueOf, say } from "./messages.js";
import { ageOn, covers, type IsoDate } from "../prelude/date.js";
import { getOrThrow, InvalidFacts, UnsupportedPeriod } from "../prelude/errors.js";
import { issuesFromZod, type Issue } from "../prelude/issue.js";
import { makeReceipt, type EvaluationOptions } from "../prelude/receipt.js";
import type { ApplicablePenalty, Charge, Classification, CrimeCategory, ExplanationStep, Liability, Question, Screening } from "./result.js";
import { art150Rules, art151Rules, CHILD_AGE_LIMIT, listedMeans, meansByAbuseOfPosition, MIN_LIABILITY_AGE, type AgedVictim, type ArticleRules, type ElementId, type PointRule, type RuleContext } from "./rules.js";
import { CaseFacts, type CaseFactsInput } from "./schema.js";
import { screen } from "./screening.js";
import { and, known, or, unknown, type Tri } from "./tri.js";

const BLHS = "100/2015/QH13" as const;

/**
 * Art. 9 BLHS: the category of a crime follows the maximum of the penalty bracket.
 * @category classification
 * @since 0.1.0
 */
export const crimeCategory = (penalty: PrisonPenalty): CrimeCategory =>
  penalty.life || penalty.prisonYears.max > 15
    ? "extremely_serious"
    : penalty.prisonYears.max > 7
      ? "very_serious"
      : penalty.prisonYears.max > 3
        ? "serious"
        : "less_serious";

const CATEGORY_POINT = { less_serious: "a", serious: "b", very_serious: "c", extremely_serious: "d" } as const;

interface Evaluated {
  readonly point: PointRule["point"];
  readonly tri: Tri;
}
const evaluate = (rules: ReadonlyArray<PointRule>, ctx: RuleContext): Evaluated[] => rules.map((r) => ({ point: r.point, tri: r.holds(ctx) }));
const holding = (xs: ReadonlyArray<Evaluated>) => xs.filter((x) => x.tri.value === true).map((x) => x.point);
const undecided = (xs: ReadonlyArray<Evaluated>) => xs.filter((x) => x.tri.value === undefined);
const missingOf = (xs: ReadonlyArray<Evaluated>) => undecided(xs).flatMap((x) => x.tri.missing);

const vi = (c: Citation) => formatCitation(c, "vi");

const stateOf = (t: Tri): MessageState => (t.value === undefined ? "undetermined" : t.value ? "held" : "not_held");

/** The explanation step of one point of a clause. */
const pointStep = (article: number, clause: number, x: Evaluated, gloss: Label, basis: Citation): ExplanationStep => {
  const params = { article, clause, point: x.point, gloss };
  return x.tri.value === undefined
    ? say("classification.point.undetermined", "undetermined", { ...params, missing: [...x.tri.missing], missingNames: x.tri.missing.map(factLabel) }, [basis])
    : say(x.tri.value ? "classification.point.held" : "classification.point.not_held", stateOf(x.tri), params, [basis]);
};

const entryFor = (rules: ArticleRules): ArticleEntry => (rules.article === 150 ? article150 : article151);

interface ChargeOutcome {
  readonly charge?: Charge;
  /** The highest clause the missing facts (or victims of unknown age) could still lead to. */
  readonly upper: number;
  readonly missing: ReadonlyArray<string>;
  readonly explanation: ReadonlyArray<ExplanationStep>;
}

/** Age of full criminal liability without the caps of Arts 91 and 101. @internal */
const ADULT_AGE = 18;

/**
 * The bracket that can be imposed on this offender: Art. 91(5) (no life imprisonment under 18) and
 * Art. 101 (16–17: life → at most 18 years, a fixed term at most ¾ of the maximum; 14–15: 12 years,
 * ½), with no minimum. An adult or an offender of unknown age gets the statutory bracket.
 */
const applicable = (penalty: PrisonPenalty, offenderAge: number | undefined, asOf: IsoDate): ApplicablePenalty => {
  if (offenderAge === undefined || offenderAge >= ADULT_AGE)
    return { prisonYears: { min: penalty.prisonYears.min, max: penalty.prisonYears.max }, life: penalty.life, basis: [] };
  const young = offenderAge < CHILD_AGE_LIMIT;
  const max = penalty.life ? (young ? 12 : 18) : penalty.prisonYears.max * (young ? 0.5 : 0.75);
  return {
    prisonYears: { min: null, max: Math.min(max, penalty.prisonYears.max) },
    life: false,
    basis: [citeAsOf(BLHS, { article: 101, clause: young ? 2 : 1 }, asOf), ...(penalty.life ? [citeAsOf(BLHS, { article: 91, clause: 5 }, asOf)] : [])],
  };
};

const highestPossible = (rules: ArticleRules, ctx: RuleContext): number => {
  const possible = (xs: ReadonlyArray<PointRule>) => xs.some((r) => r.holds(ctx).value !== false);
  return possible(rules.clause3) ? 3 : possible(rules.clause2) ? 2 : 1;
};

/** Applies one article to the victims counted under it, once the offence itself is established. */
const chargeUnder = (rules: ArticleRules, ctx: RuleContext, asOf: IsoDate, unknownAge: ReadonlyArray<AgedVictim>): ChargeOutcome => {
  const entry = entryFor(rules);
  const art = String(rules.article) as "150" | "151";
  const offenderAge = ctx.facts.offenderAgeYears;
  const c = (clause: number, point?: PointRule["point"]) => citeAsOf(BLHS, point === undefined ? { article: rules.article, clause } : { article: rules.article, clause, point }, asOf);
  const cl1 = evaluate(rules.clause1, ctx);
  const cl2 = evaluate(rules.clause2, ctx);
  const cl3 = evaluate(rules.clause3, ctx);
  const explanation: ExplanationStep[] = [];
  const pointSteps = (clause: number, xs: ReadonlyArray<Evaluated>) => {
    for (const x of xs) {
      const gloss = entry.clauses.find((k) => k.clause === clause)?.points.find((p) => p.point === x.point)?.gloss ?? { vi: "", en: "" };
      explanation.push(pointStep(rules.article, clause, x, gloss, c(clause, x.point)));
    }
  };
  pointSteps(3, cl3);
  pointSteps(2, cl2);

  // Art. 91(7): dangerous recidivism never counts for an offender aged 14–15; for 16–17 it depends on the prior act's age.
  const recidivismPoint = rules.article === 150 ? "e" : "g";
  if ((ctx.facts.circumstances ?? []).includes("dangerous_recidivism") && offenderAge !== undefined && offenderAge < ADULT_AGE) {
    const ruleBasis = [citeAsOf(BLHS, { article: 91, clause: 7 }, asOf), c(3, recidivismPoint)];
    explanation.push(
      offenderAge < CHILD_AGE_LIMIT
        ? say("classification.recidivism.child", "not_held", { article: rules.article, clause: 3, point: recidivismPoint, age: offenderAge }, ruleBasis)
        : say("classification.recidivism.juvenile", "undetermined", { age: offenderAge }, ruleBasis),
    );
  }

  const held3 = holding(cl3);
  const held2 = holding(cl2);
  const clause = held3.length > 0 ? 3 : held2.length > 0 ? 2 : 1;
  let missing: string[] = [];
  if (held3.length === 0 && undecided(cl3).length > 0) missing = [...missingOf(cl3), ...(held2.length > 0 ? [] : missingOf(cl2))];
  else if (held3.length === 0 && held2.length === 0 && undecided(cl2).length > 0) missing = missingOf(cl2);
  const upper = Math.max(clause, highestPossible(rules, { ...ctx, victims: [...ctx.victims, ...unknownAge] }));

  const points = clause === 3 ? held3 : clause === 2 ? held2 : holding(cl1);
  const clauseEntry = entry.clauses.find((k) => k.clause === clause);
  const penalty = clauseEntry?.penalty;
  if (penalty === undefined) throw new Error(`Art. ${art}(${clause}) has no penalty bracket in the catalogue`);
  const juvenile = offenderAge !== undefined && offenderAge < ADULT_AGE;
  const additional: ReadonlyArray<AdditionalPenalty> = juvenile ? [] : (entry.clauses.find((k) => k.clause === 4)?.additional ?? []);
  const category = crimeCategory(penalty);
  const citations: Citation[] = [
    ...points.map((p) => c(clause, p)),
    ...(clause > 1 ? holding(cl1).map((p) => c(1, p)) : []),
    c(4),
    citeAsOf(BLHS, { article: 9, clause: 1, point: CATEGORY_POINT[category] }, asOf),
  ];
  if (clause === 3 && held2.length > 0)
    explanation.push(say("classification.clause3-with-clause2", "held", { article: rules.article, points: [...held2] }, held2.map((p) => c(2, p))));
  explanation.push(
    say(
      "classification.penalty",
      "held",
      { article: rules.article, clause, min: penalty.prisonYears.min, max: penalty.prisonYears.max, life: penalty.life, category: CRIME_CATEGORY_LABELS[category] },
      [c(clause), citations[citations.length - 1] as Citation],
    ),
  );
  const applicablePenalty = applicable(penalty, offenderAge, asOf);
  const cited = juvenile ? [...citations, ...applicablePenalty.basis, citeAsOf(BLHS, { article: 91, clause: 6 }, asOf)] : citations;
  if (juvenile && offenderAge !== undefined) {
    explanation.push(
      say(
        "classification.applicable-penalty",
        "held",
        {
          article: rules.article,
          clause,
          age: offenderAge,
          years: Math.floor(applicablePenalty.prisonYears.max),
          months: Math.round((applicablePenalty.prisonYears.max % 1) * 12),
          life: penalty.life,
          fraction: offenderAge < CHILD_AGE_LIMIT ? "half" : "three_quarters",
        },
        applicablePenalty.basis,
      ),
    );
    explanation.push(say("classification.no-additional-penalty", "held", { article: rules.article }, [citeAsOf(BLHS, { article: 91, clause: 6 }, asOf), c(4)]));
  }
  return {
    missing,
    upper,
    explanation,
    charge: {
      article: art,
      clause,
      points,
      penalty: { prisonYears: { ...penalty.prisonYears }, life: penalty.life },
      applicablePenalty,
      provisional: false,
      additionalPenalties: additional.map((a) => a.label.en),
      additionalPenaltyDetails: additional.map((a) => ({
        kind: a.kind,
        ...(a.fine === undefined ? {} : { fine: { min: a.fine.min, max: a.fine.max } }),
        ...(a.years === undefined ? {} : { years: { ...a.years } }),
        vi: a.label.vi,
        en: a.label.en,
      })),
      category,
      victimCount: ctx.victims.length,
      basis: cited.map(vi),
      citations: cited,
    },
  };
};

/** The question that fills one missing fact. */
const questionFor = (fact: string): Question => {
  const victim = /^victims\[(\d+)\]\.(\w+)$/.exec(fact);
  if (fact === "victims") return say("question.victims", "undetermined", {}, [], { fact });
  if (victim !== null) {
    const n = Number(victim[1]) + 1;
    return victim[2] === "ageYears" || victim[2] === "birthDate"
      ? say("question.victim-age", "undetermined", { victim: n }, [], { fact })
      : say("question.victim-fact", "undetermined", { victim: n, fact: victim[2] as string }, [], { fact });
  }
  return say("question.case-fact", "undetermined", { fact }, [], { fact });
};

/** Who can be charged, apart from what was done (Art. 12; the caps of Arts 91 and 101 under 18). */
const liabilityOf = (offenderAge: number | undefined, asOf: IsoDate): Liability => {
  const c = (article: number, clause: number) => citeAsOf(BLHS, { article, clause }, asOf);
  if (offenderAge === undefined) {
    const basis = [c(12, 1), c(12, 2), c(91, 5), c(91, 6), c(101, 1), c(101, 2)];
    return {
      status: "unknown",
      offenderAge: null,
      reasons: [say("classification.offender-age.unknown", "undetermined", {}, basis)],
      basis,
      missingFacts: ["offenderAgeYears"],
      questions: [questionFor("offenderAgeYears")],
    };
  }
  const band = offenderAge < MIN_LIABILITY_AGE ? "under14" : offenderAge < CHILD_AGE_LIMIT ? "from14to16" : offenderAge < ADULT_AGE ? "from16to18" : "from16";
  const basis =
    band === "under14" ? [c(12, 2), c(12, 1)] :
    band === "from14to16" ? [c(12, 2), c(91, 5), c(91, 6), c(91, 7), c(101, 2)] :
    band === "from16to18" ? [c(12, 1), c(91, 5), c(91, 6), c(91, 7), c(101, 1)] :
    [c(12, 1)];
  const liable = band !== "under14";
  return {
    status: liable ? "liable" : "not_liable",
    offenderAge,
    reasons: [say("classification.offender-age", liable ? "held" : "not_held", { age: offenderAge, band }, basis)],
    basis,
    missingFacts: [],
    questions: [],
  };
};

/** Ask-first order for missing facts: who the victims are, the offence elements, the offender, then aggravations. */
const FIELD_ORDER = [/^victims$/, /^victims\[\d+\]\.ageYears$/, /^acts$/, /^purposes$/, /^means$/, /^humanitarianPurpose$/, /^offenderAgeYears$/, /^circumstances$/];
const orderMissing = (fields: ReadonlyArray<string>): string[] => {
  const rank = (f: string) => {
    const i = FIELD_ORDER.findIndex((re) => re.test(f));
    return i < 0 ? FIELD_ORDER.length : i;
  };
  const uniq = [...new Set(fields)];
  return uniq.map((f, i) => ({ f, i, r: rank(f) })).toSorted((a, b) => a.r - b.r || a.i - b.i).map((x) => x.f);
};

const sortedCopy = <T extends string>(xs: ReadonlyArray<T> | undefined): T[] | undefined => (xs === undefined ? undefined : xs.toSorted());

/**
 * Validates the facts and computes each victim's age on the offence date. Pure; no throw.
 * @category classification
 * @since 0.1.0
 */
export const parseCaseFacts = (input: unknown): Result.Result<CaseFacts, InvalidFacts> => {
  const parsed = CaseFacts.safeParse(input);
  if (!parsed.success) return Result.fail(new InvalidFacts({ issues: issuesFromZod(parsed.error.issues, caseFieldLabel, input, caseChoiceLabels) }));
  const issues: Issue[] = [];
  const offenceDate = parsed.data.offenceDate;
  parsed.data.victims?.forEach((v, i) => {
    if (v.birthDate !== undefined && v.birthDate > offenceDate)
      issues.push(issueOf(`victims[${i}].birthDate`, "classification.issue.birth-after-offence", { field: caseFieldLabel(["victims", i, "birthDate"]), birthDate: v.birthDate, offenceDate }));
    // The age on the offence date picks the article (150 or 151): two facts that disagree on it are invalid, not a guess.
    else if (v.birthDate !== undefined && v.ageYears !== undefined && ageOn(v.birthDate, offenceDate) !== v.ageYears)
      issues.push(
        issueOf(`victims[${i}].ageYears`, "classification.issue.age-disagrees", {
          field: caseFieldLabel(["victims", i, "ageYears"]),
          ageYears: v.ageYears,
          birthDate: v.birthDate,
          computed: ageOn(v.birthDate, offenceDate),
          offenceDate,
        }),
      );
  });
  return issues.length > 0 ? Result.fail(new InvalidFacts({ issues })) : Result.succeed(parsed.data);
};

/**
 * The periods of offence dates this library can classify: the Penal Code 2015 as amended in
 * 2017, in force from 01/01/2018. Earlier offences fall under the Penal Code 1999 (not encoded).
 * @category classification
 * @since 0.1.0
 */
export const SUPPORTED_OFFENCE_PERIODS = [PENAL_CODE_2017_WORDING] as const;

const classifyValid = (facts: CaseFacts, options: EvaluationOptions): Result.Result<Classification, UnsupportedPeriod> => {
  const asOf = facts.offenceDate;
  if (!SUPPORTED_OFFENCE_PERIODS.some((p) => covers(p, asOf)))
    return Result.fail(new UnsupportedPeriod({ asOf, subject: "Penal Code wording for Arts 150/151", supported: [...SUPPORTED_OFFENCE_PERIODS] }));
  // Order of list members never matters: work on sorted copies.
  const f: CaseFacts = {
    ...facts,
    ...(facts.acts === undefined ? {} : { acts: sortedCopy(facts.acts) }),
    ...(facts.purposes === undefined ? {} : { purposes: sortedCopy(facts.purposes) }),
    ...(facts.means === undefined ? {} : { means: sortedCopy(facts.means) }),
    ...(facts.circumstances === undefined ? {} : { circumstances: sortedCopy(facts.circumstances) }),
  };
  const result = classifyParsed(f, asOf);
  return Result.succeed({ ...result, receipt: makeReceipt(asOf, facts, result, options) });
};

/**
 * Classifies a case under Penal Code Arts 150/151 and screens Arts 153, 154 and 348–350, as of
 * the offence date.
 *
 * **Law** — Điều 150 BLHS (victims 16 or over: a listed act, its purpose, and a listed means)
 * and Điều 151 (victims under 16 on the offence date: no means needed); the highest clause whose
 * conditions hold applies, with every point that holds in it; Art. 9 gives the category. Who can
 * be charged is `liability`, apart from the conduct (Art. 12: no one under 14); for an offender
 * under 18 each charge's `applicablePenalty` follows Arts 91 and 101.
 *
 * **When to use** — case intake and review: `offenceDate` decides the law applied. Never throws:
 * invalid facts and unsupported dates are typed failures; a legal "no" and missing facts are
 * normal results. {@link classifyUnsafe} returns the value and throws the failure;
 * {@link classifyJson} takes unchecked JSON.
 *
 * **Gotchas** — an absent field is unknown and an empty list is "known none": when the answer
 * depends on an unknown field the status is `INSUFFICIENT_DATA` and `missingFacts` lists what to
 * ask.
 * @category classification
 * @since 0.2.0
 */
export const classify = (facts: CaseFactsInput, options: EvaluationOptions = {}): Result.Result<Classification, InvalidFacts | UnsupportedPeriod> =>
  classifyJson(facts, options);

/**
 * {@link classify} for unchecked JSON (an HTTP body, a stored request): the input is validated by
 * the schema and every problem comes back as `InvalidFacts` with paths.
 * @category classification
 * @since 0.2.0
 */
export const classifyJson = (input: unknown, options: EvaluationOptions = {}): Result.Result<Classification, InvalidFacts | UnsupportedPeriod> => {
  const parsed = parseCaseFacts(input);
  return Result.isFailure(parsed) ? Result.fail(parsed.failure) : classifyValid(parsed.success, options);
};

/**
 * {@link classify}, returning the classification and throwing `InvalidFacts` or
 * `UnsupportedPeriod`.
 * @category classification
 * @since 0.2.0
 */
export const classifyUnsafe = (facts: CaseFactsInput, options: EvaluationOptions = {}): Classification => getOrThrow(classify(facts, options));

/**
 * @deprecated since 0.2.0 — renamed {@link classifyUnsafe} (same behaviour: returns the value,
 * throws the tagged error); removed in the next major version.
 * @category classification
 * @since 0.1.0
 */
export const classifyCase: (facts: CaseFactsInput, options?: EvaluationOptions) => Classification = classifyUnsafe;

/**
 * @deprecated since 0.2.0 — renamed {@link classifyJson}; removed in the next major version.
 * @category classification
 * @since 0.1.0
 */
export const decideCase: (input: unknown, options?: EvaluationOptions) => Result.Result<Classification, InvalidFacts | UnsupportedPeriod> = classifyJson;

type Core = Omit<Classification, "receipt">;

const classifyParsed = (f: CaseFacts, asOf: IsoDate): Core => {
  const explanation: ExplanationStep[] = [];
  const c = (article: number, clause?: number, point?: PointRule["point"]) =>
    citeAsOf(BLHS, { article, ...(clause === undefined ? {} : { clause }), ...(point === undefined ? {} : { point }) }, asOf);

  if (asOf >= "2025-07-01")
    explanation.push(say("classification.law-86-2025", "held", {}));

  // Victims and the article that protects each of them.
  const aged: AgedVictim[] = (f.victims ?? []).map((v, index) => ({
    index,
    facts: v,
    age: v.birthDate !== undefined ? ageOn(v.birthDate, asOf) : v.ageYears,
  }));
  for (const v of aged)
    if (v.age !== undefined)
      explanation.push(
        say(
          "classification.victim-article",
          "held",
          { victim: v.index + 1, age: v.age, asOf, birthDate: v.facts.birthDate ?? "none", article: v.age < CHILD_AGE_LIMIT ? 151 : 150 },
          [c(v.age < CHILD_AGE_LIMIT ? 151 : 150)],
        ),
      );
  const adults = aged.filter((v) => v.age !== undefined && v.age >= CHILD_AGE_LIMIT);
  const children = aged.filter((v) => v.age !== undefined && v.age < CHILD_AGE_LIMIT);
  const unknownAge = aged.filter((v) => v.age === undefined).map((v) => unknown(`victims[${v.index}].ageYears`));
  const present = (group: AgedVictim[]): Tri => (f.victims === undefined ? unknown("victims") : or(known(group.length > 0), ...unknownAge));

  const core = (rules: ArticleRules, group: AgedVictim[]) => {
    const points = evaluate(rules.clause1, { facts: f, victims: group });
    return { points, tri: or(known(false), ...points.map((p) => p.tri)) };
  };
  const core150 = core(art150Rules, adults);
  const core151 = core(art151Rules, children);
  const applies150 = and(present(adults), core150.tri);
  const applies151 = and(present(children), core151.tri);

  // Steps speak only of the article that applies to a known group of victims.
  if (adults.length > 0) {
    const listed = listedMeans(f);
    const abuse = meansByAbuseOfPosition(f);
    const via = listed.value === true ? "listed" : abuse.value === true ? "abuse" : listed.value === false && abuse.value === false ? "none" : "undetermined";
    explanation.push(
      say(
        "classification.means",
        via === "none" ? "not_held" : via === "undetermined" ? "undetermined" : "held",
        { via, means: (f.means ?? []).map((m) => MEANS_LABELS[m]) },
        [c(150, 1), ...(via === "abuse" ? [citeAsOf("02/2019/NQ-HĐTP", { article: 2, clause: 3 }, asOf)] : [])],
      ),
    );
  }
  for (const [rules, k, group] of [[art150Rules, core150, adults], [art151Rules, core151, children]] as const) {
    if (group.length === 0) continue;
    const ctx: RuleContext = { facts: f, victims: group };
    for (const p of k.points) {
      const basis = c(rules.article, 1, p.point);
      if (p.tri.value !== false) {
        explanation.push(pointStep(rules.article, 1, p, entryFor(rules).clauses[0]?.points.find((x) => x.point === p.point)?.gloss ?? { vi: "", en: "" }, basis));
        continue;
      }
      const rule = rules.clause1.find((r) => r.point === p.point);
      const failed: ElementId = rule?.elements?.find((e) => e.holds(ctx).value === false)?.element ?? "means";
      explanation.push(
        failed === "not_humanitarian"
          ? say("classification.element.humanitarian", "not_held", { point: p.point }, [basis, citeAsOf("02/2019/NQ-HĐTP", { article: 7, clause: 3 }, asOf)])
          : say("classification.element.not_held", "not_held", { article: rules.article, point: p.point, element: ELEMENT_LABELS[failed] }, [basis]),
      );
    }
  }
  if (f.humanitarianPurpose === true && children.length > 0)
    explanation.push(
      say("classification.humanitarian-purpose", "held", {}, [c(151, 1, "a"), c(151, 1, "c"), citeAsOf("02/2019/NQ-HĐTP", { article: 7, clause: 3 }, asOf), citeAsOf("02/2019/NQ-HĐTP", { article: 2, clause: 2 }, asOf)]),
    );

  const offence = or(applies150, applies151);
  const screening: Screening[] = screen(f, aged, { trafficking: offence.value, asOf });

  if (offence.value === false) {
    explanation.push(say("classification.no-offence", "not_held", {}, [c(150, 1), c(151, 1)]));
    const reasons = [say("classification.no-offence", "not_held", {}, [c(150, 1), c(151, 1)])];
    return {
      status: "NOT_TRAFFICKING",
      charges: [],
      screening,
      missingFacts: [],
      questions: [],
      liability: { status: "not_liable", offenderAge: f.offenderAgeYears ?? null, reasons, basis: [c(150, 1), c(151, 1)], missingFacts: [], questions: [] },
      explanation,
    };
  }

  // Art. 12: age of criminal liability — a question apart from the conduct.
  const offenderAge = f.offenderAgeYears;
  const liability = liabilityOf(offenderAge, asOf);
  explanation.push(...liability.reasons);

  const missing: string[] = [];
  if (offence.value === undefined) missing.push(...offence.missing);
  else {
    // The offence is established for at least one group; each group must still be decided.
    missing.push(...unknownAge.flatMap((t) => t.missing));
    if (applies150.value === undefined) missing.push(...applies150.missing);
    if (applies151.value === undefined) missing.push(...applies151.missing);
  }

  const unknownAgeVictims = aged.filter((v) => v.age === undefined);
  const outcomes: Array<{ charge: Charge; upper: number }> = [];
  for (const [rules, applies, group] of [[art151Rules, applies151, children], [art150Rules, applies150, adults]] as const) {
    if (applies.value !== true) continue;
    const outcome = chargeUnder(rules, { facts: f, victims: group }, asOf, unknownAgeVictims);
    explanation.push(...outcome.explanation);
    missing.push(...outcome.missing);
    if (outcome.charge !== undefined) outcomes.push({ charge: outcome.charge, upper: outcome.upper });
  }
  if (liability.status === "not_liable" && offenderAge !== undefined)
    explanation.push(say("classification.liability.no-charge", "not_held", { age: offenderAge }, [c(12, 2), c(12, 1)]));
  const chargeable = liability.status === "not_liable" ? [] : outcomes;
  const ordered = orderMissing(missing);
  const questions = ordered.map(questionFor);
  if (ordered.length > 0) {
    const charges = chargeable.map(({ charge, upper }) => {
      explanation.push(
        say("classification.provisional-charge", "undetermined", { article: Number(charge.article), clause: charge.clause, min: charge.clause, max: upper }, [c(Number(charge.article), charge.clause)]),
      );
      return { ...charge, provisional: true, clauseRange: { min: charge.clause, max: upper } };
    });
    return { status: "INSUFFICIENT_DATA", charges, screening, missingFacts: ordered, questions, liability, explanation };
  }
  return {
    status: "TRAFFICKING",
    charges: chargeable.map((o) => o.charge).toSorted((a, b) => a.article.localeCompare(b.article)),
    screening,
    missingFacts: [],
    questions: [],
    liability,
    explanation,
  };
};
