import type { PointLetter } from "../prelude/point-letter.js";
import type { Act, CaseFacts, Circumstance, Purpose, Victim } from "./schema.js";
import { and, flag, hasAny, known, not, or, unknown, type Tri } from "./tri.js";

/** A victim with the age that decides between Art. 150 and Art. 151. @category classification @since 0.1.0 */
export interface AgedVictim {
  readonly index: number;
  readonly facts: Victim;
  /** Completed years on the offence date, when known. */
  readonly age: number | undefined;
}

/** What a rule sees: the case facts and the victims counted under the article being applied. @category classification @since 0.1.0 */
export interface RuleContext {
  readonly facts: CaseFacts;
  readonly victims: ReadonlyArray<AgedVictim>;
}

/**
 * The elements of an offence point of clause 1: a "no" names the one that failed.
 * @category classification
 * @since 0.3.0
 */
export type ElementId = "means" | "transfer_or_receive" | "recruit_transport_harbour" | "purpose_money" | "purpose_exploitation" | "purpose_a_or_b" | "not_humanitarian";

/** One element of a clause-1 point as a predicate. @category classification @since 0.3.0 */
export interface ElementRule {
  readonly element: ElementId;
  readonly holds: (ctx: RuleContext) => Tri;
}

/** One point of a clause as a predicate over the facts (the wording lives in `law/penal-code.ts`). @category classification @since 0.1.0 */
export interface PointRule {
  readonly point: PointLetter;
  readonly holds: (ctx: RuleContext) => Tri;
  /** For clause-1 points: the elements whose conjunction is `holds`. */
  readonly elements?: ReadonlyArray<ElementRule>;
}

const byElements = (point: PointLetter, elements: ReadonlyArray<ElementRule>): PointRule => ({
  point,
  elements,
  holds: (ctx) => and(...elements.map((e) => e.holds(ctx))),
});

/** The rule table of one article: clause 1 (the offence) and the aggravating clauses 2 and 3. @category classification @since 0.1.0 */
export interface ArticleRules {
  readonly article: 150 | 151;
  readonly clause1: ReadonlyArray<PointRule>;
  readonly clause2: ReadonlyArray<PointRule>;
  readonly clause3: ReadonlyArray<PointRule>;
}

const TRANSFER_OR_RECEIVE: ReadonlyArray<Act> = ["transfer", "receive"];
const RECRUIT_TRANSPORT_HARBOUR: ReadonlyArray<Act> = ["recruit", "transport", "harbour"];
const EXPLOITATION: ReadonlyArray<Purpose> = ["sexual_exploitation", "forced_labour", "organ_removal", "other_inhumane"];

const acts = (f: CaseFacts, which: ReadonlyArray<Act>) => hasAny(f.acts, "acts", which);
const purpose = (f: CaseFacts, which: ReadonlyArray<Purpose>) => hasAny(f.purposes, "purposes", which);
const circumstance = (f: CaseFacts, c: Circumstance) => hasAny(f.circumstances, "circumstances", [c]);
/**
 * The means of Art. 150(1). An established abuse of position or power is one of the "thủ đoạn
 * khác" (NQ 02/2019/NQ-HĐTP Art. 2(3)), so it satisfies the element too.
 */
export const listedMeans = (f: CaseFacts): Tri => hasAny(f.means, "means", ["force", "threat_of_force", "deception", "other_trick"]);
export const meansByAbuseOfPosition = (f: CaseFacts): Tri => circumstance(f, "abuse_of_position");
const anyMeans = (f: CaseFacts) => or(listedMeans(f), meansByAbuseOfPosition(f));

/**
 * Art. 91(7): a sentence for an act committed under 16 never counts towards dangerous recidivism,
 * so an offender aged 14–15 can have none. (For 16–17 the prior act's age is not among the facts;
 * the explanation says so.)
 */
export const recidivismCanCount = (f: CaseFacts): Tri =>
  known(!(f.offenderAgeYears !== undefined && f.offenderAgeYears < CHILD_AGE_LIMIT));
const dangerousRecidivism = (f: CaseFacts) => and(circumstance(f, "dangerous_recidivism"), recidivismCanCount(f));

/** Some victim counted under the article satisfies `pred`. */
const anyVictim = (ctx: RuleContext, pred: (v: AgedVictim) => Tri): Tri => or(known(false), ...ctx.victims.map(pred));

const injury = (v: AgedVictim, inRange: (p: number) => boolean): Tri =>
  v.facts.injuryPercent === undefined ? unknown(`victims[${v.index}].injuryPercent`) : known(inRange(v.facts.injuryPercent));
const bodyPartRemoved = (v: AgedVictim) => flag(v.facts.bodyPartRemoved, `victims[${v.index}].bodyPartRemoved`);
const deathOrSuicide = (v: AgedVictim): Tri =>
  v.facts.outcome === undefined ? unknown(`victims[${v.index}].outcome`) : known(v.facts.outcome === "death" || v.facts.outcome === "suicide");
/** Injury 31%–60%, unless the body part was taken (then the clause-3 point applies instead). */
const injury31to60NotBodyPart = (ctx: RuleContext) =>
  anyVictim(ctx, (v) => and(injury(v, (p) => p >= 31 && p <= 60), not(bodyPartRemoved(v))));
const injury61 = (ctx: RuleContext) => anyVictim(ctx, (v) => injury(v, (p) => p >= 61));
const acrossBorder = (ctx: RuleContext) => anyVictim(ctx, (v) => flag(v.facts.takenAcrossBorder, `victims[${v.index}].takenAcrossBorder`));
const count = (ctx: RuleContext, min: number, max: number) => known(ctx.victims.length >= min && ctx.victims.length <= max);

const MEANS: ElementRule = { element: "means", holds: ({ facts: f }) => anyMeans(f) };
const ACT_TR: ElementRule = { element: "transfer_or_receive", holds: ({ facts: f }) => acts(f, TRANSFER_OR_RECEIVE) };
const ACT_RTH: ElementRule = { element: "recruit_transport_harbour", holds: ({ facts: f }) => acts(f, RECRUIT_TRANSPORT_HARBOUR) };
const PURPOSE_MONEY: ElementRule = { element: "purpose_money", holds: ({ facts: f }) => purpose(f, ["money_or_benefit"]) };
const PURPOSE_EXPLOIT: ElementRule = { element: "purpose_exploitation", holds: ({ facts: f }) => purpose(f, EXPLOITATION) };

/**
 * Điều 150 BLHS as predicates.
 * > 1. Người nào dùng vũ lực, đe dọa dùng vũ lực, lừa gạt hoặc thủ đoạn khác thực hiện một trong các hành vi sau đây …
 * > a) Chuyển giao hoặc tiếp nhận người để giao, nhận tiền, tài sản hoặc lợi ích vật chất khác; b) … để bóc lột tình dục, cưỡng bức
 * > lao động, lấy bộ phận cơ thể của nạn nhân hoặc vì mục đích vô nhân đạo khác; c) Tuyển mộ, vận chuyển, chứa chấp người khác để
 * > thực hiện hành vi quy định tại điểm a hoặc điểm b khoản này.
 * @category classification
 * @since 0.1.0
 */
export const art150Rules: ArticleRules = {
  article: 150,
  clause1: [
    byElements("a", [MEANS, ACT_TR, PURPOSE_MONEY]),
    byElements("b", [MEANS, ACT_TR, PURPOSE_EXPLOIT]),
    byElements("c", [MEANS, ACT_RTH, { element: "purpose_a_or_b", holds: ({ facts: f }) => purpose(f, ["money_or_benefit", ...EXPLOITATION]) }]),
  ],
  clause2: [
    { point: "a", holds: ({ facts: f }) => circumstance(f, "organised") },
    { point: "b", holds: ({ facts: f }) => circumstance(f, "base_motive") },
    { point: "c", holds: injury31to60NotBodyPart },
    { point: "d", holds: acrossBorder },
    { point: "đ", holds: (ctx) => count(ctx, 2, 5) },
    { point: "e", holds: ({ facts: f }) => circumstance(f, "repeat_offence") },
  ],
  clause3: [
    { point: "a", holds: ({ facts: f }) => circumstance(f, "professional") },
    { point: "b", holds: (ctx) => anyVictim(ctx, bodyPartRemoved) },
    { point: "c", holds: injury61 },
    { point: "d", holds: (ctx) => anyVictim(ctx, deathOrSuicide) },
    { point: "đ", holds: (ctx) => count(ctx, 6, Number.POSITIVE_INFINITY) },
    { point: "e", holds: ({ facts: f }) => dangerousRecidivism(f) },
  ],
};


/**
 * Điều 151 BLHS as predicates — applied instead of Điều 150 to victims under 16 on the offence date.
 * > 1. Người nào thực hiện một trong các hành vi sau đây … a) Chuyển giao hoặc tiếp nhận người dưới 16 tuổi để giao, nhận tiền, tài
 * > sản hoặc lợi ích vật chất khác, trừ trường hợp vì mục đích nhân đạo; …
 * No means element; point c carries point a's humanitarian exception; "organised" is clause 3 here (clause 2 in Art. 150).
 * @category classification
 * @since 0.1.0
 */
export const art151Rules: ArticleRules = {
  article: 151,
  clause1: [
    byElements("a", [ACT_TR, PURPOSE_MONEY, { element: "not_humanitarian", holds: ({ facts: f }) => not(flag(f.humanitarianPurpose, "humanitarianPurpose")) }]),
    byElements("b", [ACT_TR, PURPOSE_EXPLOIT]),
    // Point c reaches point a's acts, so it carries point a's humanitarian exception (NQ 02/2019 Art. 2(2)(đ)).
    byElements("c", [
      ACT_RTH,
      { element: "purpose_a_or_b", holds: ({ facts: f }) => purpose(f, ["money_or_benefit", ...EXPLOITATION]) },
      { element: "not_humanitarian", holds: ({ facts: f }) => or(purpose(f, EXPLOITATION), not(flag(f.humanitarianPurpose, "humanitarianPurpose"))) },
    ]),
  ],
  clause2: [
    { point: "a", holds: ({ facts: f }) => circumstance(f, "abuse_of_position") },
    { point: "b", holds: ({ facts: f }) => circumstance(f, "abuse_of_adoption") },
    { point: "c", holds: (ctx) => count(ctx, 2, 5) },
    { point: "d", holds: (ctx) => anyVictim(ctx, (v) => flag(v.facts.inOffenderCare, `victims[${v.index}].inOffenderCare`)) },
    { point: "đ", holds: acrossBorder },
    { point: "e", holds: ({ facts: f }) => circumstance(f, "repeat_offence") },
    { point: "g", holds: ({ facts: f }) => circumstance(f, "base_motive") },
    { point: "h", holds: injury31to60NotBodyPart },
  ],
  clause3: [
    { point: "a", holds: ({ facts: f }) => circumstance(f, "organised") },
    { point: "b", holds: ({ facts: f }) => circumstance(f, "professional") },
    { point: "c", holds: injury61 },
    { point: "d", holds: (ctx) => anyVictim(ctx, bodyPartRemoved) },
    { point: "đ", holds: (ctx) => anyVictim(ctx, deathOrSuicide) },
    { point: "e", holds: (ctx) => count(ctx, 6, Number.POSITIVE_INFINITY) },
    { point: "g", holds: ({ facts: f }) => dangerousRecidivism(f) },
  ],
};

/** Victims under 16 on the offence date fall under Art. 151; 16 and over under Art. 150. @category classification @since 0.1.0 */
export const CHILD_AGE_LIMIT = 16;
/** Under 14: no criminal liability; 14–15: liable for Arts 150/151 only among these articles (Art. 12). @category classification @since 0.1.0 */
export const MIN_LIABILITY_AGE = 14;
