import * as z from "zod";
import { CitationSchema } from "../prelude/citation.js";
import { IsoDateSchema } from "../prelude/date.js";
import { FractionSchema } from "../prelude/fraction.js";
import { LabelSchema } from "../prelude/label.js";
import { MessageSchema } from "../prelude/message.js";
import { ReceiptSchema } from "../prelude/receipt.js";
import { COUNT_NAMES, FIGURE_NAMES, KPI_IDS } from "./indicators.js";
import { COMPARISONS } from "./ratio.js";
import { KpiCounts, KpiPeriod } from "./schema.js";

/** Whether an indicator met its target. @category kpi @since 0.1.0 */
export const KpiStatusSchema = z.enum(["met", "not_met", "not_applicable"]).meta({ id: "KpiStatus" });
/** @category kpi @since 0.1.0 */
export type KpiStatus = z.infer<typeof KpiStatusSchema>;

/** Why an indicator is `not_applicable`: a coded message, with the absent counts for `kpi.missing-count`. @category kpi @since 0.2.0 */
export const KpiReasonSchema = MessageSchema.extend({
  code: z.enum(["kpi.missing-count", "kpi.zero-denominator", "kpi.no-target", "kpi.annual-target"]),
  /** For `kpi.missing-count`: the input paths of the absent counts. */
  missing: z.array(z.string()).optional(),
}).meta({ id: "KpiReason" });
/** @category kpi @since 0.1.0 */
export type KpiReason = z.infer<typeof KpiReasonSchema>;

/** The target an indicator was compared with. @category kpi @since 0.2.0 */
export const IndicatorTargetSchema = z
  .object({
    op: z.enum(COMPARISONS),
    /** Exact target rate (`{ numerator: 9, denominator: 10 }` for 90%). */
    value: FractionSchema,
    /** The target as text, e.g. `"> 90%"`. */
    text: z.string(),
    /** The plan's wording, e.g. `{ vi: "trên 90%", en: "over 90%" }`. */
    wording: LabelSchema,
    confidence: z.enum(["verified", "secondary", "unverified"]),
    /** The periods the target can be judged on: `year` ("hàng năm": a calendar year, or a year to date, provisionally) or any `period`. */
    judgedOn: z.enum(["year", "period"]),
  })
  .meta({ id: "IndicatorTarget" });
/** @category kpi @since 0.1.0 */
export type IndicatorTarget = z.infer<typeof IndicatorTargetSchema>;

/** Where an indicator's numbers and target came from. @category kpi @since 0.2.0 */
export const KpiProvenanceSchema = z
  .object({
    source: z.enum(["counts", "records"]),
    numerator: z.string(),
    denominator: z.string(),
    targets: z.object({
      province: z.string(),
      version: z.object({ from: IsoDateSchema, to: IsoDateSchema.optional() }),
      table: z.enum(["built-in", "override", "province"]),
    }),
  })
  .meta({ id: "KpiProvenance" });
/** @category kpi @since 0.1.0 */
export type KpiProvenance = z.infer<typeof KpiProvenanceSchema>;

const IndicatorFields = {
  id: z.enum(KPI_IDS),
  code: z.enum(["K1", "K2", "K3", "K4", "K5"]),
  label: LabelSchema,
  value: z.object({ numerator: z.number().int().nullable(), denominator: z.number().int().nullable() }),
  rate: FractionSchema.nullable(),
  percent: z.string().nullable(),
  target: IndicatorTargetSchema.nullable(),
  basis: z.array(CitationSchema),
  provenance: KpiProvenanceSchema,
  reason: KpiReasonSchema.optional(),
  /** `true` when an annual target is judged on a year to date: the status may change by 31 December. */
  provisional: z.literal(true).optional(),
};

/**
 * One indicator's result. `value` holds the counts as entered (27/30, not reduced); `rate` is the
 * exact reduced fraction; `percent` is display text rounded toward a miss; both are `null` when
 * there is no rate.
 * @category kpi
 * @since 0.2.0
 */
export const IndicatorResultSchema = z.object({ ...IndicatorFields, status: KpiStatusSchema }).meta({ id: "IndicatorResult" });
/** @category kpi @since 0.1.0 */
export type IndicatorResult = z.infer<typeof IndicatorResultSchema>;

/** The reported figures of a period (`null` = not given). @category kpi @since 0.2.0 */
export const KpiFiguresSchema = z.object(Object.fromEntries(FIGURE_NAMES.map((n) => [n, z.number().int().nullable()])) as { [K in (typeof FIGURE_NAMES)[number]]: z.ZodNullable<z.ZodNumber> });
/** @category kpi @since 0.1.0 */
export type KpiFigures = z.infer<typeof KpiFiguresSchema>;

/** The internal (exact) KPI report of a province and period. Publish only through `publishable`. @category kpi @since 0.2.0 */
export const KpiReportSchema = z
  .object({
    view: z.literal("internal"),
    province: z.string(),
    period: KpiPeriod,
    counts: KpiCounts,
    indicators: z.array(IndicatorResultSchema),
    figures: KpiFiguresSchema,
    receipt: ReceiptSchema,
  })
  .meta({ id: "KpiReport", title: "KPI report (internal, exact)" });
/** @category kpi @since 0.1.0 */
export type KpiReport = z.infer<typeof KpiReportSchema>;

/** Why a published cell was withheld. @category kpi @since 0.1.0 */
export const SuppressionCodeSchema = z.enum(["kpi.suppressed.small-count", "kpi.suppressed.subtraction", "kpi.suppressed.rate", "kpi.suppressed.ledger"]);
/** @category kpi @since 0.1.0 */
export type SuppressionCode = z.infer<typeof SuppressionCodeSchema>;

/** One withheld cell of a published report, by path: a coded message. @category kpi @since 0.2.0 */
export const SuppressionSchema = MessageSchema.extend({
  /** Path in the published report, e.g. `indicators[1].value.numerator` or `figures.suspects`. */
  path: z.string(),
  code: SuppressionCodeSchema,
  /** The count the cell holds or would reveal. */
  count: z.enum(COUNT_NAMES).optional(),
}).meta({ id: "Suppression" });
/** @category kpi @since 0.1.0 */
export type Suppression = z.infer<typeof SuppressionSchema>;

/** An indicator as published: withheld cells are `null`, a withheld status is `"suppressed"`. @category kpi @since 0.2.0 */
export const PublishedIndicatorSchema = z.object({ ...IndicatorFields, status: z.enum(["met", "not_met", "not_applicable", "suppressed"]) }).meta({ id: "PublishedIndicator" });
/** @category kpi @since 0.1.0 */
export type PublishedIndicator = z.infer<typeof PublishedIndicatorSchema>;

/**
 * A KPI report fit for publication: every count from 1 to k − 1, and everything that would reveal
 * one, replaced by `null` and listed in `suppressed` with the reason.
 * @category kpi
 * @since 0.2.0
 */
export const PublishedKpiReportSchema = z
  .object({
    view: z.literal("public"),
    k: z.number().int(),
    province: z.string(),
    period: KpiPeriod,
    counts: z.object(Object.fromEntries(COUNT_NAMES.map((n) => [n, z.number().int().nullable().optional()])) as { [K in (typeof COUNT_NAMES)[number]]: z.ZodOptional<z.ZodNullable<z.ZodNumber>> }),
    indicators: z.array(PublishedIndicatorSchema),
    figures: KpiFiguresSchema,
    suppressed: z.array(SuppressionSchema),
    receipt: ReceiptSchema,
  })
  .meta({ id: "PublishedKpiReport", title: "KPI report (public, suppressed)" });
/** @category kpi @since 0.1.0 */
export type PublishedKpiReport = z.infer<typeof PublishedKpiReportSchema>;
