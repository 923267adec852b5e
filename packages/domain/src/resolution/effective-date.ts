import { cite, instruments, type InstrumentId } from "../law/index.js";
import type { Confidence } from "../prelude/confidence.js";
import { addDays, covers, isIsoDate, type IsoDate, type Period } from "../prelude/date.js";
import type { Label } from "../prelude/label.js";

/**
 * A rule on the earliest effective date of a provincial People's Council resolution.
 * @category resolution
 * @since 0.1.0
 */
export interface EffectiveDateRule {
  readonly instrument: InstrumentId;
  readonly article: number;
  readonly clause?: number;
  /** Resolutions adopted on a day inside this period follow the rule. */
  readonly adoptedDuring: Period;
  /** Earliest effective date = start day + `minDays`. */
  readonly minDays: number;
  /** What the days are counted from, as the rule words it. */
  readonly countedFrom: "adoption-or-signing" | "signing";
  /** Whether the shortened procedure lets the resolution take effect from adoption. */
  readonly shortenedProcedureExempt: boolean;
  /**
   * The exceptions the rule's law allows, each letting the resolution take effect from the day
   * of adoption (or signing), with the clause that says so.
   */
  readonly exemptions?: ReadonlyArray<EffectiveDateExemption>;
  readonly confidence: Confidence;
  readonly summary: Label;
}

/**
 * An exception to the earliest-effective-date rule: a resolution adopted by the shortened
 * procedure (trình tự, thủ tục rút gọn) or, under Law 64/2025, in a special case (trường hợp
 * đặc biệt) may take effect from the day it is adopted or signed.
 * @category resolution
 * @since 0.1.0
 */
export interface EffectiveDateExemption {
  readonly kind: "shortened-procedure" | "special-case";
  readonly article: number;
  readonly clause: number;
  readonly confidence: Confidence;
  readonly summary: Label;
}

const LAW_64_FROM = instruments["64/2025/QH15"].effective;
/** How sure the catalogue is of a clause: the one source of each rule's confidence. */
const confidenceOf = (instrument: InstrumentId, article: number, clause: number): Confidence => cite(instrument, { article, clause }).confidence;

/**
 * The effective-date rules, oldest first.
 *
 * **Law**
 * - Law 64/2025/QH15 Art. 53(1) (verified, HTPL-64): a local-government normative document takes
 *   effect **no earlier than 10 days** from adoption or signing; documents built and adopted by
 *   the shortened procedure, and in special cases, may take effect from adoption or signing.
 *   Applies to resolutions adopted from 01/04/2025.
 * - Law 80/2015/QH13 Art. 151 (secondary: the article quoted on danluatold.thuvienphapluat.vn):
 *   clause 1 — provincial People's Council and People's Committee documents take effect **no
 *   earlier than 10 days from signing**; clause 2 — a document adopted by the shortened
 *   procedure may take effect from adoption or signing (used by many COVID-era resolutions in
 *   2020–2021). Applies to resolutions adopted from 01/07/2016 to 31/03/2025.
 * - Law 64/2025 replaced Law 80/2015 from 01/04/2025 (in-force date: secondary, tcvn.gov.vn).
 *
 * **Gotchas** — "no earlier than 10 days" is read as *adoption day + 10* (adopted 12/12 →
 * earliest 22/12); the day-count convention is unconfirmed. The AST has no signing date, so the
 * adoption date stands in for it under Law 80/2015.
 * @category resolution
 * @since 0.1.0
 */
export const EFFECTIVE_DATE_RULES: ReadonlyArray<EffectiveDateRule> = [
  {
    instrument: "80/2015/QH13",
    article: 151,
    clause: 1,
    adoptedDuring: { from: instruments["80/2015/QH13"].effective, to: addDays(LAW_64_FROM, -1) },
    minDays: 10,
    countedFrom: "signing",
    shortenedProcedureExempt: true,
    exemptions: [
      {
        kind: "shortened-procedure",
        article: 151,
        clause: 2,
        confidence: confidenceOf("80/2015/QH13", 151, 2),
        summary: {
          vi: "Văn bản quy phạm pháp luật được ban hành theo trình tự, thủ tục rút gọn thì có thể có hiệu lực kể từ ngày thông qua hoặc ký ban hành (khoản 2 Điều 151 Luật số 80/2015/QH13)",
          en: "A normative document adopted by the shortened procedure may take effect from adoption or signing (Law 80/2015/QH13, Art. 151(2))",
        },
      },
    ],
    confidence: confidenceOf("80/2015/QH13", 151, 1),
    summary: {
      vi: "Văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh có hiệu lực không sớm hơn 10 ngày kể từ ngày ký ban hành, trừ văn bản ban hành theo trình tự, thủ tục rút gọn (khoản 1, khoản 2 Điều 151 Luật số 80/2015/QH13)",
      en: "A provincial council or committee normative document takes effect no earlier than 10 days from signing, unless adopted by the shortened procedure (Law 80/2015/QH13, Art. 151(1)–(2))",
    },
  },
  {
    instrument: "64/2025/QH15",
    article: 53,
    clause: 1,
    adoptedDuring: { from: LAW_64_FROM },
    minDays: 10,
    countedFrom: "adoption-or-signing",
    shortenedProcedureExempt: true,
    exemptions: [
      {
        kind: "shortened-procedure",
        article: 53,
        clause: 1,
        confidence: confidenceOf("64/2025/QH15", 53, 1),
        summary: {
          vi: "Văn bản quy phạm pháp luật được xây dựng, ban hành theo trình tự, thủ tục rút gọn có thể có hiệu lực kể từ ngày thông qua hoặc ký ban hành (khoản 1 Điều 53 Luật số 64/2025/QH15)",
          en: "A normative document built and adopted by the shortened procedure may take effect from adoption or signing (Law 64/2025/QH15, Art. 53(1))",
        },
      },
      {
        kind: "special-case",
        article: 53,
        clause: 1,
        confidence: confidenceOf("64/2025/QH15", 53, 1),
        summary: {
          vi: "Trong trường hợp đặc biệt, văn bản quy phạm pháp luật có thể có hiệu lực kể từ ngày thông qua hoặc ký ban hành (khoản 1 Điều 53 Luật số 64/2025/QH15)",
          en: "In a special case a normative document may take effect from adoption or signing (Law 64/2025/QH15, Art. 53(1))",
        },
      },
    ],
    confidence: confidenceOf("64/2025/QH15", 53, 1),
    summary: {
      vi: "Văn bản quy phạm pháp luật của chính quyền địa phương có hiệu lực không sớm hơn 10 ngày kể từ ngày thông qua hoặc ký ban hành, trừ văn bản ban hành theo trình tự, thủ tục rút gọn và trường hợp đặc biệt (khoản 1 Điều 53 Luật số 64/2025/QH15)",
      en: "A local-government normative document takes effect no earlier than 10 days after adoption or signing, unless adopted by the shortened procedure or in a special case (Law 64/2025/QH15, Art. 53(1))",
    },
  },
];

/**
 * The rule that governs a resolution adopted on `adoptedOn`, or `undefined` before Law 80/2015
 * came into force (no rule encoded).
 *
 * **Example**
 * ```ts
 * effectiveDateRuleFor("2019-12-12")?.instrument // "80/2015/QH13"
 * effectiveDateRuleFor("2025-04-01")?.instrument // "64/2025/QH15"
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const effectiveDateRuleFor = (adoptedOn: IsoDate): EffectiveDateRule | undefined =>
  EFFECTIVE_DATE_RULES.find((r) => covers(r.adoptedDuring, adoptedOn));

/** The earliest day the resolution may take effect, with the rule that sets it. @category resolution @since 0.1.0 */
export interface EarliestEffective {
  readonly rule: EffectiveDateRule;
  readonly earliest: IsoDate;
  readonly shortened: boolean;
  /** The exception that lets the resolution take effect on adoption, when one applies. */
  readonly exemption?: EffectiveDateExemption;
}

/**
 * The earliest effective date for a resolution adopted on `adoptedOn`.
 *
 * **Law** — see {@link EFFECTIVE_DATE_RULES}.
 *
 * **When to use** — to propose a default `effectiveFrom`, or to explain a
 * `resolution.effective-too-early` problem.
 *
 * **Gotchas** — each law has its own exceptions: the shortened procedure under both Law
 * 80/2015 (Art. 151(2)) and Law 64/2025 (Art. 53(1)); a special case only under Law 64/2025.
 * `undefined` when no rule is encoded for the adoption date (before 01/07/2016) or the date is
 * not a calendar day.
 *
 * **Example**
 * ```ts
 * earliestEffectiveDate("2025-12-10").earliest                       // "2025-12-20"
 * earliestEffectiveDate("2025-12-10", { shortenedProcedure: true }).earliest // "2025-12-10"
 * earliestEffectiveDate("2020-04-10", { shortenedProcedure: true }).earliest // "2020-04-10" (Law 80/2015 Art. 151(2))
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const earliestEffectiveDate = (
  adoptedOn: string,
  options: { readonly shortenedProcedure?: boolean; readonly specialCase?: boolean } = {},
): EarliestEffective | undefined => {
  if (!isIsoDate(adoptedOn)) return undefined;
  const rule = effectiveDateRuleFor(adoptedOn);
  if (rule === undefined) return undefined;
  const exemption = rule.exemptions?.find(
    (x) => (x.kind === "shortened-procedure" && options.shortenedProcedure === true) || (x.kind === "special-case" && options.specialCase === true),
  );
  const shortened = options.shortenedProcedure === true && rule.shortenedProcedureExempt;
  return {
    rule,
    shortened,
    earliest: exemption === undefined ? addDays(adoptedOn, rule.minDays) : adoptedOn,
    ...(exemption === undefined ? {} : { exemption }),
  };
};
