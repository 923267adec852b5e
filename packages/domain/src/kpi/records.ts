import { Result } from "effect";
import { daysInMonth, type IsoDate } from "../prelude/date.js";
import type { Label } from "../prelude/label.js";
import { InvalidFacts } from "../prelude/errors.js";
import { issue as commonIssue, type Issue } from "../prelude/issue.js";
import { kpiFieldLabel } from "./fields.js";
import { issueOf } from "./messages.js";
import { countsOrIssues, MAX_RECORD_ISSUES } from "./tally.js";
import type { CountName } from "./indicators.js";
import type { KpiRecord } from "./schema.js";

/** Counts derived from records: every count is known (a period without records counts zeros). @category kpi @since 0.1.0 */
export type DerivedCounts = { readonly [K in CountName]: number };

export { MAX_RECORD_ISSUES } from "./tally.js";

// A calendar-day check by character codes: no regex, no allocation (it runs millions of times).
const isDay = (s: unknown): boolean => {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    year = year * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  if (day <= 28) return true;
  return day <= daysInMonth(year, month);
};

const isCount = (n: unknown): boolean => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;

type DateField = Exclude<keyof KpiRecord, "suspects" | "victimsIdentified" | "victimsRescued" | "victimsSupported">;
type PeopleField = "suspects" | "victimsIdentified" | "victimsRescued" | "victimsSupported";

const DATE_FIELDS: ReadonlyArray<DateField> = [
  "receivedOn",
  "classifiedOn",
  "resolvedOn",
  "initiatedOn",
  "solvedOn",
  "procuracyAcceptedOn",
  "indictedOn",
  "courtAcceptedOn",
  "triedOn",
  "detectedOn",
];
const PEOPLE_FIELDS: ReadonlyArray<PeopleField> = ["suspects", "victimsIdentified", "victimsRescued", "victimsSupported"];

const DATE_SET = new Set<string>(DATE_FIELDS);
const PEOPLE_SET = new Set<string>(PEOPLE_FIELDS);

/**
 * A single-pass counter over case records: `add` each record, then `done()`. Memory stays constant
 * whatever the number of records (nothing is kept but the counts and at most
 * {@link MAX_RECORD_ISSUES} issues).
 * @category kpi
 * @since 0.1.0
 */
export interface KpiCounter {
  /** Adds one record; returns `false` once too many issues were found (stop feeding it). */
  readonly add: (record: KpiRecord) => boolean;
  /** The counts, or every issue found with its path (`records[12].resolvedOn`). */
  readonly done: () => Result.Result<DerivedCounts, InvalidFacts>;
}

/**
 * Makes a {@link KpiCounter} for a period: the streaming form of {@link countsFromRecords}, for
 * records that arrive asynchronously (a database cursor, a Node stream, a file read line by line).
 *
 * **Law** — the cohort counting rule of {@link countsFromRecords}.
 *
 * **When to use** — when records cannot be handed over as one iterable.
 *
 * **Gotchas** — a counter is single-use; `done()` may be called more than once and gives the same
 * result until more records are added.
 *
 * **Example**
 * ```ts
 * const counter = makeKpiCounter({ from: isoDate("2022-01-01"), to: isoDate("2022-12-31") })
 * for await (const row of cursor) if (!counter.add(row)) break
 * counter.done() // Success → { reportsReceived: 40, … }
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const makeKpiCounter = (period: { readonly from: IsoDate; readonly to: IsoDate }): KpiCounter => {
  const { from, to } = period;
  let reportsReceived = 0;
  let reportsClassified = 0;
  let reportsResolved = 0;
  let casesInitiated = 0;
  let casesSolved = 0;
  let casesHandledByProcuracy = 0;
  let casesIndicted = 0;
  let casesAcceptedByCourts = 0;
  let casesTried = 0;
  let casesDetected = 0;
  let suspects = 0;
  let victimsIdentified = 0;
  let victimsRescued = 0;
  let victimsSupported = 0;
  let index = 0;
  const issues: Issue[] = [];
  /** A later step needs the step it follows, on the same day or after. */
  const follows = (at: number, laterName: string, later: string | undefined, earlierName: string, earlier: string | undefined): void => {
    if (later === undefined) return;
    if (earlier === undefined)
      issue(at, laterName, (field) => issueOf(`records[${at}].${laterName}`, "kpi.issue.needs-step", { field, earlier: kpiFieldLabel([earlierName]) }));
    else if (later < earlier)
      issue(at, laterName, (field) =>
        issueOf(`records[${at}].${laterName}`, "kpi.issue.before-step", { field, date: later, earlier: kpiFieldLabel([earlierName]), earlierDate: earlier }),
      );
  };
  // Paths and texts are built only when an issue is found: nothing is allocated for a good record.
  const issue = (at: number, field: string | undefined, make: (label: Label, path: string) => Issue): void => {
    if (issues.length >= MAX_RECORD_ISSUES) return;
    const path = field === undefined ? `records[${at}]` : `records[${at}].${field}`;
    issues.push(make(kpiFieldLabel(field === undefined ? ["records", at] : ["records", at, field]), path));
  };

  // A record is first checked, then counted only when it is well formed. Only the fields present
  // are visited (for…in), and each step is read once by name: this loop runs millions of times.
  const add = (r: KpiRecord): boolean => {
    const at = index++;
    if (issues.length >= MAX_RECORD_ISSUES) return false;
    if (r === null || typeof r !== "object") {
      issue(at, undefined, (field, path) => issueOf(path, "kpi.issue.record-object", { field }));
      return issues.length < MAX_RECORD_ISSUES;
    }
    const before = issues.length;
    for (const key in r) {
      const v: unknown = (r as Record<string, unknown>)[key];
      if (DATE_SET.has(key)) {
        if (v !== undefined && !isDay(v)) issue(at, key, (field, path) => commonIssue(path, "issue.invalid_format", { field, format: "date" }));
      } else if (PEOPLE_SET.has(key)) {
        if (v !== undefined && !isCount(v)) issue(at, key, (field, path) => issueOf(path, "kpi.issue.whole-number", { field }));
      } else issue(at, undefined, (field) => commonIssue(`records[${at}].${key}`, "issue.unrecognized_keys", { field, count: 1, keys: [key] }));
    }
    const { receivedOn, classifiedOn, resolvedOn, initiatedOn, solvedOn, procuracyAcceptedOn, indictedOn, courtAcceptedOn, triedOn, detectedOn } = r;
    follows(at, "classifiedOn", classifiedOn, "receivedOn", receivedOn);
    follows(at, "resolvedOn", resolvedOn, "receivedOn", receivedOn);
    follows(at, "solvedOn", solvedOn, "initiatedOn", initiatedOn);
    follows(at, "indictedOn", indictedOn, "procuracyAcceptedOn", procuracyAcceptedOn);
    follows(at, "triedOn", triedOn, "courtAcceptedOn", courtAcceptedOn);
    const { suspects: s, victimsIdentified: vi, victimsRescued: vr, victimsSupported: vs } = r;
    if (detectedOn === undefined && (s !== undefined || vi !== undefined || vr !== undefined || vs !== undefined))
      issue(at, "detectedOn", (field, path) => issueOf(path, "kpi.issue.needs-detected", { field }));
    if (issues.length !== before) return issues.length < MAX_RECORD_ISSUES;

    if (receivedOn !== undefined && from <= receivedOn && receivedOn <= to) {
      reportsReceived++;
      if (classifiedOn !== undefined && classifiedOn <= to) reportsClassified++;
      if (resolvedOn !== undefined && resolvedOn <= to) reportsResolved++;
    }
    if (initiatedOn !== undefined && from <= initiatedOn && initiatedOn <= to) {
      casesInitiated++;
      if (solvedOn !== undefined && solvedOn <= to) casesSolved++;
    }
    if (procuracyAcceptedOn !== undefined && from <= procuracyAcceptedOn && procuracyAcceptedOn <= to) {
      casesHandledByProcuracy++;
      if (indictedOn !== undefined && indictedOn <= to) casesIndicted++;
    }
    if (courtAcceptedOn !== undefined && from <= courtAcceptedOn && courtAcceptedOn <= to) {
      casesAcceptedByCourts++;
      if (triedOn !== undefined && triedOn <= to) casesTried++;
    }
    if (detectedOn !== undefined && from <= detectedOn && detectedOn <= to) {
      casesDetected++;
      suspects += s ?? 0;
      victimsIdentified += vi ?? 0;
      victimsRescued += vr ?? 0;
      victimsSupported += vs ?? 0;
    }
    return true;
  };

  const done = (): Result.Result<DerivedCounts, InvalidFacts> =>
    countsOrIssues(issues, {
      reportsReceived,
      reportsClassified,
      reportsResolved,
      casesInitiated,
      casesSolved,
      casesHandledByProcuracy,
      casesIndicted,
      casesAcceptedByCourts,
      casesTried,
      casesDetected,
      suspects,
      victimsIdentified,
      victimsRescued,
      victimsSupported,
    });

  return { add, done };
};

/**
 * Derives a period's counts from case records in a single pass, without building any intermediate
 * array (a generator of 1,000,000 records is counted in constant memory).
 *
 * **Law** — counting follows the indicators' wording. Because the counting rules for carry-over
 * cases are not in the sources (legal reference, open question 9), the library counts **cohorts**:
 * - a denominator counts records whose opening step falls in the period (reports received; cases
 *   initiated; cases taken up by the Procuracy; cases accepted by a court);
 * - its numerator counts those same records whose closing step happened by the period's last day
 *   (classified, resolved; solved; indicted; tried), even if after the period began.
 *
 * So a numerator never exceeds its denominator, and a report received in December and resolved in
 * January counts as unresolved in December's year.
 *
 * **When to use** — case-management exports; for hand-entered totals use `evaluateKpis`.
 *
 * **Gotchas** — figures (cases detected, suspects, victims) are placed in the period by
 * `detectedOn`. Every record is checked (dates, order of steps, whole numbers); a bad record gives
 * `InvalidFacts` with its index, e.g. `records[12].resolvedOn`, after at most
 * {@link MAX_RECORD_ISSUES} issues. For async sources use {@link makeKpiCounter} or
 * {@link countsFromAsyncRecords}.
 *
 * **Example**
 * ```ts
 * countsFromRecords([{ receivedOn: "2022-03-01", classifiedOn: "2022-03-02" }],
 *   { from: isoDate("2022-01-01"), to: isoDate("2022-12-31") })
 * // Success → { reportsReceived: 1, reportsClassified: 1, reportsResolved: 0, … }
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const countsFromRecords = (
  records: Iterable<KpiRecord>,
  period: { readonly from: IsoDate; readonly to: IsoDate },
): Result.Result<DerivedCounts, InvalidFacts> => {
  const counter = makeKpiCounter(period);
  for (const r of records) if (!counter.add(r)) break;
  return counter.done();
};

/**
 * {@link countsFromRecords} for an async source (`for await`), still in one pass.
 * @category kpi
 * @since 0.1.0
 */
export const countsFromAsyncRecords = async (
  records: AsyncIterable<KpiRecord> | Iterable<KpiRecord>,
  period: { readonly from: IsoDate; readonly to: IsoDate },
): Promise<Result.Result<DerivedCounts, InvalidFacts>> => {
  const counter = makeKpiCounter(period);
  for await (const r of records) if (!counter.add(r)) break;
  return counter.done();
};
