import * as z from "zod";
import { IsoDateSchema } from "../prelude/date.js";
import { LabelSchema } from "../prelude/label.js";
import { POINT_LETTERS } from "../prelude/point-letter.js";
import { CitationSchema } from "../prelude/citation.js";
import { MessageSchema } from "../prelude/message.js";
import { AmountSpecSchema } from "./parameters.js";
import { REGIME_IDS } from "./rules.js";

/** Nationality as the support rules distinguish it. @category eligibility @since 0.1.0 */
export const Nationality = z.enum(["vietnamese", "foreign", "stateless"]).meta({ id: "Nationality", title: "Nationality" });
/** @category eligibility @since 0.1.0 */
export type Nationality = z.infer<typeof Nationality>;

/** Where the person is on the decision date. @category eligibility @since 0.1.0 */
export const Location = z.enum(["in_vietnam", "abroad"]).meta({ id: "Location", title: "Where the person is" });
/** @category eligibility @since 0.1.0 */
export type Location = z.infer<typeof Location>;

/** Where the person was trafficked. @category eligibility @since 0.1.0 */
export const TraffickedIn = z.enum(["vietnam", "abroad"]).meta({ id: "TraffickedIn", title: "Where the person was trafficked" });
/** @category eligibility @since 0.1.0 */
export type TraffickedIn = z.infer<typeof TraffickedIn>;

/** The person's status: identified victim, person being verified, or accompanying under-18. @category eligibility @since 0.1.0 */
export const PersonStatus = z
  .enum(["identified_victim", "under_verification", "accompanying_minor"])
  .meta({ id: "PersonStatus", title: "Status of the person" });
/** @category eligibility @since 0.1.0 */
export type PersonStatus = z.infer<typeof PersonStatus>;

/**
 * The person an accompanying minor is with. Every field is optional: absent = unknown.
 * @category eligibility
 * @since 0.1.0
 */
export const AccompaniedPerson = z
  .object({
    status: z.enum(["identified_victim", "under_verification"]).optional(),
    nationality: Nationality.optional(),
    permanentResidentInVietnam: z.boolean().optional(),
    identifiedOn: IsoDateSchema.optional(),
    location: Location.optional(),
    traffickedIn: TraffickedIn.optional(),
  })
  .strict()
  .meta({ id: "AccompaniedPerson", title: "Person accompanied by the minor" });
/** @category eligibility @since 0.1.0 */
export type AccompaniedPerson = z.infer<typeof AccompaniedPerson>;

/**
 * Facts about the person. Every field is optional: absent = unknown, and the result lists the
 * unknown facts that decide the outcome in `missingFacts`.
 *
 * `identifiedOn` is the date of identification as a victim (for an accompanying minor: the
 * accompanied victim's). `ageYears` is the age on `asOf`; `birthDate` wins when both are given
 * and they must agree.
 * @category eligibility
 * @since 0.1.0
 */
export const PersonFacts = z
  .object({
    status: PersonStatus.optional(),
    identifiedOn: IsoDateSchema.optional(),
    birthDate: IsoDateSchema.optional(),
    ageYears: z.number().int().min(0).max(130).optional(),
    nationality: Nationality.optional(),
    permanentResidentInVietnam: z.boolean().optional(),
    location: Location.optional(),
    traffickedIn: TraffickedIn.optional(),
    /** The person's household is a poor household (hộ nghèo) — a condition of some Decree 09/2013 items. @since 0.3.0 */
    poorHousehold: z.boolean().optional(),
    /** The person is in financial difficulty — the legal-aid condition until 30/06/2025. @since 0.3.0 */
    financialDifficulty: z.boolean().optional(),
    accompanies: AccompaniedPerson.optional(),
  })
  .strict()
  .meta({ id: "PersonFacts", title: "Facts about the person" });
/** @category eligibility @since 0.1.0 */
export type PersonFacts = z.infer<typeof PersonFacts>;

/**
 * The request of `assessEligibility` and `POST /v1/eligibility`: a decision date, an optional
 * province profile id (national rules only when absent), and the person's facts.
 * @category eligibility
 * @since 0.1.0
 */
export const EligibilityRequest = z
  .object({
    asOf: IsoDateSchema,
    province: z
      .string()
      .regex(/^[a-z]+(?:-[a-z]+)*$/, "a province id is lower-case kebab-case, e.g. nghe-an")
      .optional(),
    person: PersonFacts,
  })
  .strict()
  .meta({ id: "EligibilityRequest", title: "Victim-support eligibility request" });
/** @category eligibility @since 0.1.0 */
export type EligibilityRequest = z.infer<typeof EligibilityRequest>;
/** The request as JSON, before parsing (dates as plain strings). @category eligibility @since 0.1.0 */
export type EligibilityRequestInput = z.input<typeof EligibilityRequest>;

/** A reason for a status, with its code, message and basis. @category eligibility @since 0.1.0 */
export const Reason = MessageSchema;
/** @category eligibility @since 0.1.0 */
export type Reason = z.infer<typeof Reason>;

/** One content item of a regime, with its amount rule and basis. @category eligibility @since 0.1.0 */
export const ContentItem = z
  .object({
    item: z.string(),
    label: LabelSchema,
    amount: AmountSpecSchema,
    durationDays: z.number().int().positive().nullable(),
    condition: LabelSchema.nullable(),
    /**
     * Whether the item applies to this person: its checked conditions (`requires`) all hold
     * (`yes`), one fails (`no`), or a fact they turn on is unknown (`unknown`, see `missingFacts`).
     */
    applies: z.enum(["yes", "no", "unknown"]),
    /** The request paths of the unknown facts the item's conditions turn on. */
    missingFacts: z.array(z.string()),
    detail: LabelSchema.nullable(),
    source: z.enum(["national", "provincial"]),
    nationalAmount: AmountSpecSchema.nullable(),
    basis: z.array(CitationSchema),
  })
  .meta({ id: "SupportContentItem", title: "Support content item" });
/** @category eligibility @since 0.1.0 */
export type ContentItem = z.infer<typeof ContentItem>;

/** The status, content and basis of one regime. @category eligibility @since 0.1.0 */
export const RegimeOutcome = z
  .object({
    regime: z.enum(REGIME_IDS),
    point: z.enum(POINT_LETTERS),
    label: LabelSchema,
    status: z.enum(["ELIGIBLE", "INELIGIBLE", "DISCRETIONARY", "INSUFFICIENT_DATA"]),
    amountVnd: z.number().int().nonnegative().nullable(),
    durationDays: z.number().int().positive().nullable(),
    content: z.object({ items: z.array(ContentItem) }),
    authority: z.string().nullable(),
    reasons: z.array(Reason),
    basis: z.array(CitationSchema),
  })
  .meta({ id: "RegimeOutcome", title: "Outcome for one support regime" });
/** @category eligibility @since 0.1.0 */
export type RegimeOutcome = z.infer<typeof RegimeOutcome>;

/** One fact change: the input path, its value now (`null` = unknown) and the value to try. @category eligibility @since 0.1.0 */
export const FactChange = z
  .object({ fact: z.string(), from: z.union([z.string(), z.number(), z.boolean(), z.null()]), to: z.union([z.string(), z.number(), z.boolean()]) })
  .meta({ id: "FactChange", title: "Fact change" });
/** @category eligibility @since 0.1.0 */
export type FactChange = z.infer<typeof FactChange>;

/** For an INELIGIBLE regime: the smallest sets of fact changes that would make it ELIGIBLE. @category eligibility @since 0.1.0 */
export const WhatWouldChange = z
  .object({ regime: z.string(), options: z.array(z.array(FactChange)) })
  .meta({ id: "WhatWouldChange", title: "What would change an ineligible regime" });
/** @category eligibility @since 0.1.0 */
export type WhatWouldChange = z.infer<typeof WhatWouldChange>;

/** A province priority group the person belongs to. @category eligibility @since 0.1.0 */
export const PriorityMatch = z
  .object({ province: z.string(), group: z.string(), label: LabelSchema, basis: z.array(CitationSchema) })
  .meta({ id: "PriorityMatch", title: "Province priority group" });
/** @category eligibility @since 0.1.0 */
export type PriorityMatch = z.infer<typeof PriorityMatch>;

/** The decision receipt of an eligibility result. @category eligibility @since 0.1.0 */
export const EligibilityReceipt = z
  .object({
    asOf: z.string(),
    evaluatedAt: z.string(),
    libraryVersion: z.string(),
    province: z.object({ id: z.string(), version: z.string() }).nullable(),
    inputHash: z.string().regex(/^[0-9a-f]{64}$/),
    resultHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .meta({ id: "EligibilityReceipt", title: "Eligibility decision receipt" });
/** @category eligibility @since 0.1.0 */
export type EligibilityReceipt = z.infer<typeof EligibilityReceipt>;

/**
 * The result of `assessEligibility`: the governing law, one outcome per regime of that law in
 * point order, the missing facts (most decisive first), what would change each INELIGIBLE regime,
 * and the decision receipt.
 * @category eligibility
 * @since 0.1.0
 */
export const EligibilityResult = z
  .object({
    asOf: IsoDateSchema,
    law: z.enum(["53/2024/QH15", "66/2011/QH12"]),
    transitional: z.boolean(),
    lawBasis: z.array(CitationSchema),
    category: z.object({ id: z.string(), label: LabelSchema, basis: z.array(CitationSchema) }).nullable(),
    province: z.object({ id: z.string(), version: z.string() }).nullable(),
    regimes: z.array(RegimeOutcome),
    missingFacts: z.array(z.string()),
    whatWouldChange: z.array(WhatWouldChange),
    priority: z.array(PriorityMatch),
    receipt: EligibilityReceipt,
  })
  .meta({ id: "EligibilityResult", title: "Victim-support eligibility result" });
/** @category eligibility @since 0.1.0 */
export type EligibilityResult = z.infer<typeof EligibilityResult>;

/**
 * JSON Schemas of the request (input form) and the result, for API docs.
 * @category eligibility
 * @since 0.1.0
 */
export const eligibilityJsonSchemas = (): { readonly request: Record<string, unknown>; readonly result: Record<string, unknown> } => ({
  request: z.toJSONSchema(EligibilityRequest, { io: "input" }) as Record<string, unknown>,
  result: z.toJSONSchema(EligibilityResult, { io: "output", unrepresentable: "any" }) as Record<string, unknown>,
});
