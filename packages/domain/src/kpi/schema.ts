import * as z from "zod";
import { IsoDateSchema } from "../prelude/date.js";
import { COUNT_LABELS, COUNT_NAMES, KPI_DEFINITIONS, KPI_IDS, type CountName } from "./indicators.js";

const count = (name: CountName) =>
  z
    .number()
    .int("expected a whole number")
    .min(0, "a count cannot be negative")
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe(COUNT_LABELS[name].en);

/**
 * zod schema of an indicator id. @category kpi @since 0.1.0
 */
export const KpiIdSchema = z.enum(KPI_IDS).meta({ id: "KpiId", title: "KPI indicator id" });

/**
 * The counts of one period, as entered by staff or derived from records. Every count is optional:
 * an absent count is **unknown** (the indicators that need it are `not_applicable`); `0` is a
 * known zero.
 *
 * **Gotchas** — the object is strict: a misspelt count name is an error, not a silently unknown
 * count. Whether each numerator fits its denominator is checked by {@link KpiInput}.
 * @category kpi
 * @since 0.1.0
 */
export const KpiCounts = z
  .object(Object.fromEntries(COUNT_NAMES.map((n) => [n, count(n)])) as { [K in CountName]: ReturnType<typeof count> })
  .strict()
  .meta({ id: "KpiCounts", title: "KPI counts of a period" });
/** @category kpi @since 0.1.0 */
export type KpiCounts = z.infer<typeof KpiCounts>;

/**
 * A reporting period, both days included; unlike a legal `Period`, both ends are required.
 * @category kpi
 * @since 0.1.0
 */
export const KpiPeriod = z
  .object({
    from: IsoDateSchema.describe("First day of the reporting period"),
    to: IsoDateSchema.describe("Last day of the reporting period (included)"),
  })
  .strict()
  .refine((p) => p.from <= p.to, { path: ["to"], message: "the period ends before it starts", params: { code: "issue.period-reversed" } })
  .meta({ id: "KpiPeriod", title: "Reporting period" });
/** @category kpi @since 0.1.0 */
export type KpiPeriod = z.infer<typeof KpiPeriod>;

/**
 * A province (or `"national"`) as a kebab-case code, e.g. `"nghe-an"`. Province codes are data:
 * which ones have targets depends on the targets table in use.
 * @category kpi
 * @since 0.1.0
 */
export const KpiProvince = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case province code such as nghe-an")
  .meta({ id: "KpiProvince", title: "Province code", examples: ["nghe-an"] });

/**
 * The input of `evaluateKpis`: a province, a period and the counts of that period.
 *
 * **Law** — each indicator's numerator is a subset of its denominator (reports classified or
 * resolved among those received; cases solved among those initiated; indicted among those the
 * Procuracy handled; tried among those the courts accepted), so it can never exceed it.
 *
 * **When to use** — validate a `POST /v1/kpi` body with it (`KpiInput.safeParse`), or let
 * `evaluateKpis` do it (it returns the issues as `InvalidFacts`).
 *
 * **Gotchas** — a numerator larger than its denominator (e.g. more reports resolved than received)
 * is reported at the numerator's path, e.g. `counts.reportsResolved`.
 *
 * **Example**
 * ```json
 * { "province": "nghe-an", "period": { "from": "2022-01-01", "to": "2022-12-31" },
 *   "counts": { "reportsReceived": 40, "reportsClassified": 40, "reportsResolved": 37 } }
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const KpiInput = z
  .object({ province: KpiProvince, period: KpiPeriod, counts: KpiCounts })
  .strict()
  .superRefine((input, ctx) => {
    for (const d of KPI_DEFINITIONS) {
      const n = input.counts[d.numerator];
      const m = input.counts[d.denominator];
      if (n !== undefined && m !== undefined && n > m)
        ctx.addIssue({
          code: "custom",
          path: ["counts", d.numerator],
          message: `${d.numerator} (${n}) cannot exceed ${d.denominator} (${m})`,
          params: { code: "issue.exceeds", other: ["counts", d.denominator] },
          input: n,
        });
    }
  })
  .meta({ id: "KpiInput", title: "KPI evaluation request" });
/** @category kpi @since 0.1.0 */
export type KpiInput = z.infer<typeof KpiInput>;
/** The JSON form of {@link KpiInput} accepted on input (dates as plain strings). @category kpi @since 0.1.0 */
export type KpiInputJson = z.input<typeof KpiInput>;

const day = IsoDateSchema.optional();
const people = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional();

/**
 * One case record, from which the counts of a period are derived (`countsFromRecords`). A record
 * follows one matter from the report (tố giác, tin báo, kiến nghị khởi tố) through the criminal
 * case; every step is the day it happened, absent when it has not happened.
 *
 * **Law** — the steps follow the K1–K5 wording: received and classified (tiếp nhận, phân loại),
 * resolved (giải quyết), case initiated (khởi tố), investigated and solved (điều tra, khám phá),
 * indicted (truy tố), tried (xét xử).
 *
 * **Gotchas** — counting rules for carry-over cases are an open question of the legal reference
 * (question 9); the rule used is documented on `countsFromRecords`. Suspect and victim numbers are
 * placed in a period by `detectedOn`.
 * @category kpi
 * @since 0.1.0
 */
export const KpiRecord = z
  .object({
    receivedOn: day.describe("Report received (tiếp nhận)"),
    classifiedOn: day.describe("Report classified (phân loại)"),
    resolvedOn: day.describe("Report resolved (giải quyết)"),
    initiatedOn: day.describe("Criminal case initiated (khởi tố vụ án)"),
    solvedOn: day.describe("Case investigated and solved (điều tra, khám phá)"),
    procuracyAcceptedOn: day.describe("Case taken up by the Procuracy (thụ lý)"),
    indictedOn: day.describe("Case indicted (truy tố)"),
    courtAcceptedOn: day.describe("Case accepted by a court (thụ lý)"),
    triedOn: day.describe("Case tried at first instance (xét xử)"),
    detectedOn: day.describe("Case detected and arrested (phát hiện, bắt giữ)"),
    suspects: people.describe("Suspects (đối tượng) in the case"),
    victimsIdentified: people.describe("Victims identified (xác định là nạn nhân)"),
    victimsRescued: people.describe("Victims rescued (giải cứu)"),
    victimsSupported: people.describe("Victims supported (hỗ trợ)"),
  })
  .strict()
  .meta({ id: "KpiRecord", title: "Case record for KPI counting" });
/** A case record with dates as plain `YYYY-MM-DD` strings. @category kpi @since 0.1.0 */
export type KpiRecord = z.input<typeof KpiRecord>;

/**
 * JSON Schema (draft 2020-12) of {@link KpiInput}, for API docs and form builders.
 *
 * **Gotchas** — the cross-field rule "numerator ≤ denominator" cannot be expressed in JSON Schema;
 * `evaluateKpis` still enforces it.
 * @category kpi
 * @since 0.1.0
 */
export const kpiInputJsonSchema = (): Record<string, unknown> => z.toJSONSchema(KpiInput, { io: "input" }) as Record<string, unknown>;

/** JSON Schema (draft 2020-12) of one {@link KpiRecord}. @category kpi @since 0.1.0 */
export const kpiRecordJsonSchema = (): Record<string, unknown> => z.toJSONSchema(KpiRecord, { io: "input" }) as Record<string, unknown>;
