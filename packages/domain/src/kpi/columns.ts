import { Result } from "effect";
import type { IsoDate } from "../prelude/date.js";
import { InvalidFacts } from "../prelude/errors.js";
import { issue as commonIssue, type Issue } from "../prelude/issue.js";
import { kpiFieldLabel } from "./fields.js";
import { issueOf } from "./messages.js";
import type { DerivedCounts } from "./records.js";
import { countsOrIssues, MAX_RECORD_ISSUES } from "./tally.js";
import type { KpiRecord } from "./schema.js";

/** The day fields of a case record, in their column order. @category kpi @since 0.5.0 */
export const KPI_DAY_FIELDS = [
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
] as const;
/** The people fields of a case record, in their column order. @category kpi @since 0.5.0 */
export const KPI_PEOPLE_FIELDS = ["suspects", "victimsIdentified", "victimsRescued", "victimsSupported"] as const;

/** A day field of a case record. @category kpi @since 0.5.0 */
export type KpiDayField = (typeof KPI_DAY_FIELDS)[number];
/** A people field of a case record. @category kpi @since 0.5.0 */
export type KpiPeopleField = (typeof KPI_PEOPLE_FIELDS)[number];

/**
 * Case records as columns: one `Int32Array` per field, row `i` of every column describing record
 * `i`. A day is its ordinal ({@link dayOrdinal}: 0001-01-01 is 1), and **0 means absent** (so a
 * fresh `new Int32Array(length)` is a column of absent days). People columns hold whole numbers
 * ≥ 0, where 0 and absent count the same. A column left out is absent in every row.
 * @category kpi
 * @since 0.5.0
 */
export type KpiColumns = { readonly length: number } & { readonly [F in KpiDayField | KpiPeopleField]?: Int32Array };

/** The ordinal of 9999-12-31, the last day a `YYYY-MM-DD` can write. */
const MAX_DAY = 3_652_059;
/** Days from 0001-01-01 (ordinal 1) to 1970-01-01. */
const EPOCH_ORDINAL = 719_163;

const ordinalOf = (year: number, month: number, day: number): number => {
  // Days from civil (proleptic Gregorian), without a Date: years counted from March.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468 + EPOCH_ORDINAL;
};

const daysIn = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/** A calendar day written `YYYY-MM-DD` as its ordinal, or 0 when the text is not one. */
const parseDay = (s: unknown): number => {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return 0;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return 0;
    year = year * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return 0;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return 0;
  return ordinalOf(year, month, day);
};

/**
 * The ordinal of a calendar day (0001-01-01 is 1, 1970-01-01 is 719,163): the encoding of days in
 * {@link KpiColumns}. Ordinals compare like the days they name.
 *
 * **Example**
 * ```ts
 * dayOrdinal(isoDate("2022-01-01")) // 738,156
 * ```
 * @category kpi
 * @since 0.5.0
 */
export const dayOrdinal = (day: IsoDate): number => parseDay(day);

/**
 * Case records turned into {@link KpiColumns}, checking each field's form on the way (a calendar
 * day, a whole number ≥ 0, no unknown field). The order of steps is checked when counting.
 *
 * **When to use** — to count the same records several times (several periods, provinces) or to
 * hand them to {@link countsFromColumns}; a case-management export can also write columns directly.
 * @category kpi
 * @since 0.5.0
 */
export const columnsFromRecords = (records: ReadonlyArray<KpiRecord>): Result.Result<KpiColumns, InvalidFacts> => {
  const length = records.length;
  const columns: Record<string, Int32Array> = {};
  for (const f of KPI_DAY_FIELDS) columns[f] = new Int32Array(length);
  for (const f of KPI_PEOPLE_FIELDS) columns[f] = new Int32Array(length);
  const issues: Issue[] = [];
  for (let at = 0; at < length && issues.length < MAX_RECORD_ISSUES; at++) {
    const r = records[at] as unknown;
    if (r === null || typeof r !== "object") {
      issues.push(issueOf(`records[${at}]`, "kpi.issue.record-object", { field: kpiFieldLabel(["records", at]) }));
      continue;
    }
    for (const key in r) {
      const v: unknown = (r as Record<string, unknown>)[key];
      const column = columns[key];
      const path = `records[${at}].${key}`;
      if (column === undefined) issues.push(commonIssue(path, "issue.unrecognized_keys", { field: kpiFieldLabel(["records", at]), count: 1, keys: [key] }));
      else if (v === undefined) continue;
      else if ((KPI_DAY_FIELDS as ReadonlyArray<string>).includes(key)) {
        const day = parseDay(v);
        if (day === 0) issues.push(commonIssue(path, "issue.invalid_format", { field: kpiFieldLabel(["records", at, key]), format: "date" }));
        else column[at] = day;
      } else if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 0x7fff_ffff) column[at] = v;
      else issues.push(issueOf(path, "kpi.issue.whole-number", { field: kpiFieldLabel(["records", at, key]) }));
    }
  }
  if (issues.length > 0) return Result.fail(new InvalidFacts({ issues: issues.slice(0, MAX_RECORD_ISSUES) }));
  return Result.succeed({ length, ...columns });
};

/** A later step needs the step it follows, on the same day or after: [later, earlier]. */
const ORDER: ReadonlyArray<readonly [KpiDayField, KpiDayField]> = [
  ["classifiedOn", "receivedOn"],
  ["resolvedOn", "receivedOn"],
  ["solvedOn", "initiatedOn"],
  ["indictedOn", "procuracyAcceptedOn"],
  ["triedOn", "courtAcceptedOn"],
];

const dayText = (ordinal: number): string => new Date((ordinal - EPOCH_ORDINAL) * 86_400_000).toISOString().slice(0, 10);

/** Every issue of one row (the slow path: only for a row the fast check refused), with the codes and paths of {@link countsFromRecords}. */
const rowIssues = (columns: KpiColumns, at: number, push: (issue: Issue) => void): void => {
  const day = (f: KpiDayField): number => columns[f]?.[at] ?? 0;
  const label = (f: string) => kpiFieldLabel(["records", at, f]);
  for (const f of KPI_DAY_FIELDS) {
    const v = day(f);
    if (v < 0 || v > MAX_DAY) push(commonIssue(`records[${at}].${f}`, "issue.invalid_format", { field: label(f), format: "date" }));
  }
  for (const [later, earlier] of ORDER) {
    const l = day(later);
    const e = day(earlier);
    if (l <= 0 || l > MAX_DAY || e < 0 || e > MAX_DAY) continue;
    if (e === 0) push(issueOf(`records[${at}].${later}`, "kpi.issue.needs-step", { field: label(later), earlier: kpiFieldLabel([earlier]) }));
    else if (l < e)
      push(issueOf(`records[${at}].${later}`, "kpi.issue.before-step", { field: label(later), date: dayText(l), earlier: kpiFieldLabel([earlier]), earlierDate: dayText(e) }));
  }
  let people = false;
  for (const f of KPI_PEOPLE_FIELDS) {
    const v = columns[f]?.[at] ?? 0;
    if (v < 0) push(issueOf(`records[${at}].${f}`, "kpi.issue.whole-number", { field: label(f) }));
    if (v !== 0) people = true;
  }
  if (people && day("detectedOn") === 0) push(issueOf(`records[${at}].detectedOn`, "kpi.issue.needs-detected", { field: label("detectedOn") }));
};

/** The counts so far, added to by each call of the fast path. */
type Tally = { -readonly [K in keyof DerivedCounts]: number };

/**
 * Rows counted per call of the fast path: {@link FIRST_CHUNK}, then twice as many each call up to
 * {@link CHUNK}. The engine should see the whole function run (its code after the loop included)
 * before it optimises it: with one call over every row, only the loop was optimised (on-stack
 * replacement), without the checks made before the loop, and each call left it through a
 * bail-out; the first short calls run through, then the function is optimised whole.
 */
const CHUNK = 65_536;
const FIRST_CHUNK = 256;

/** The 14 columns in field order (days, then people), absent ones read as a column of zeros. */
type ColumnTuple = readonly [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];

/**
 * The fast path: adds to `tally` every row from `start` to `end` that passes every check, and stops
 * at the first row that fails one, returning its index (`end` when none does). Its own function,
 * called once per chunk of rows (and once more after each refused row), so that the engine
 * optimises it whole: every column is read into a local once per call, the counts are kept in
 * local numbers, and a row costs no call, closure or allocation.
 */
const countRows = (columns: ColumnTuple, start: number, end: number, from: number, to: number, tally: Tally): number => {
  const [rec, cla, res, ini, sol, pro, ind, cou, tri, det, sus, vid, vre, vsu] = columns;
  // Every column holds `end` values or more (the caller checked their lengths). Reading each length
  // here, before the loop, has the engine check each column's kind once per call instead of once
  // per value read (it does not move such checks out of a loop by itself): ~25% less time per row.
  if (
    rec.length < end ||
    cla.length < end ||
    res.length < end ||
    ini.length < end ||
    sol.length < end ||
    pro.length < end ||
    ind.length < end ||
    cou.length < end ||
    tri.length < end ||
    det.length < end ||
    sus.length < end ||
    vid.length < end ||
    vre.length < end ||
    vsu.length < end
  )
    throw new RangeError("countRows: a column is shorter than the rows counted");
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
  let i = start;
  for (; i < end; i++) {
    const r = rec[i] as number;
    const c = cla[i] as number;
    const s = res[i] as number;
    const a = ini[i] as number;
    const b = sol[i] as number;
    const p = pro[i] as number;
    const d = ind[i] as number;
    const q = cou[i] as number;
    const t = tri[i] as number;
    const e = det[i] as number;
    const s1 = sus[i] as number;
    const s2 = vid[i] as number;
    const s3 = vre[i] as number;
    const s4 = vsu[i] as number;
    // One test for the whole row: every day in 0..MAX_DAY (the days OR-ed together, unsigned, so
    // a negative is too large; an OR of good days may exceed MAX_DAY only past the year 2870, and
    // each day is then checked on its own); each later step on or after the step it follows —
    // with x - 1 read unsigned, an absent 0 becomes the largest value, so
    // `later - 1 < earlier - 1` holds exactly when the later step is present and the earlier one
    // is absent or after it; numbers ≥ 0, and numbers only with a detection day.
    const days = (r | c | s | a | b | p | d | q | t | e) >>> 0;
    const people = s1 | s2 | s3 | s4;
    if (
      (days > MAX_DAY &&
        (r >>> 0 > MAX_DAY ||
          c >>> 0 > MAX_DAY ||
          s >>> 0 > MAX_DAY ||
          a >>> 0 > MAX_DAY ||
          b >>> 0 > MAX_DAY ||
          p >>> 0 > MAX_DAY ||
          d >>> 0 > MAX_DAY ||
          q >>> 0 > MAX_DAY ||
          t >>> 0 > MAX_DAY ||
          e >>> 0 > MAX_DAY)) ||
      (c - 1) >>> 0 < (r - 1) >>> 0 ||
      (s - 1) >>> 0 < (r - 1) >>> 0 ||
      (b - 1) >>> 0 < (a - 1) >>> 0 ||
      (d - 1) >>> 0 < (p - 1) >>> 0 ||
      (t - 1) >>> 0 < (q - 1) >>> 0 ||
      people < 0 ||
      (e === 0 && people !== 0)
    )
      break;
    if (r >= from && r <= to) {
      reportsReceived++;
      if (c !== 0 && c <= to) reportsClassified++;
      if (s !== 0 && s <= to) reportsResolved++;
    }
    if (a >= from && a <= to) {
      casesInitiated++;
      if (b !== 0 && b <= to) casesSolved++;
    }
    if (p >= from && p <= to) {
      casesHandledByProcuracy++;
      if (d !== 0 && d <= to) casesIndicted++;
    }
    if (q >= from && q <= to) {
      casesAcceptedByCourts++;
      if (t !== 0 && t <= to) casesTried++;
    }
    if (e >= from && e <= to) {
      casesDetected++;
      suspects += s1;
      victimsIdentified += s2;
      victimsRescued += s3;
      victimsSupported += s4;
    }
  }
  tally.reportsReceived += reportsReceived;
  tally.reportsClassified += reportsClassified;
  tally.reportsResolved += reportsResolved;
  tally.casesInitiated += casesInitiated;
  tally.casesSolved += casesSolved;
  tally.casesHandledByProcuracy += casesHandledByProcuracy;
  tally.casesIndicted += casesIndicted;
  tally.casesAcceptedByCourts += casesAcceptedByCourts;
  tally.casesTried += casesTried;
  tally.casesDetected += casesDetected;
  tally.suspects += suspects;
  tally.victimsIdentified += victimsIdentified;
  tally.victimsRescued += victimsRescued;
  tally.victimsSupported += victimsSupported;
  return i;
};

/**
 * {@link countsFromRecords} over {@link KpiColumns}: the same counts, the same checks (days, order
 * of steps, whole numbers, figures placed by `detectedOn`) with the same issue paths
 * (`records[12].resolvedOn`), in one pass over typed arrays and no allocation per record.
 *
 * **Law** — the cohort counting rule of {@link countsFromRecords}.
 *
 * **When to use** — national runs over millions of case records (a columnar export, or
 * {@link columnsFromRecords} once and several periods counted).
 *
 * **Gotchas** — columns cannot tell a 0 from an absent number: a record with `suspects: 0` and no
 * `detectedOn`, refused by {@link countsFromRecords}, counts here (it adds nothing).
 *
 * **Example**
 * ```ts
 * const receivedOn = Int32Array.of(dayOrdinal(isoDate("2022-03-01")))
 * countsFromColumns({ length: 1, receivedOn }, { from: isoDate("2022-01-01"), to: isoDate("2022-12-31") })
 * // Success → { reportsReceived: 1, reportsClassified: 0, … }
 * ```
 * @category kpi
 * @since 0.5.0
 */
export const countsFromColumns = (
  columns: KpiColumns,
  period: { readonly from: IsoDate; readonly to: IsoDate },
): Result.Result<DerivedCounts, InvalidFacts> => {
  const n = columns.length;
  const issues: Issue[] = [];
  if (!Number.isSafeInteger(n) || n < 0) return Result.fail(new InvalidFacts({ issues: [issueOf("columns.length", "kpi.issue.whole-number", { field: kpiFieldLabel(["records"]) })] }));
  for (const f of [...KPI_DAY_FIELDS, ...KPI_PEOPLE_FIELDS]) {
    const c = columns[f];
    // A column must hold one value per record.
    if (c !== undefined && (!(c instanceof Int32Array) || c.length !== n)) issues.push(commonIssue(`columns.${f}`, "issue.invalid", { field: kpiFieldLabel([f]) }));
  }
  if (issues.length > 0) return Result.fail(new InvalidFacts({ issues }));
  const from = dayOrdinal(period.from);
  const to = dayOrdinal(period.to);
  // A column of zeros stands for the absent ones, made only when one is absent.
  let none: Int32Array | undefined;
  const col = (f: KpiDayField | KpiPeopleField): Int32Array => columns[f] ?? (none ??= new Int32Array(n));
  const tuple: ColumnTuple = [
    col("receivedOn"),
    col("classifiedOn"),
    col("resolvedOn"),
    col("initiatedOn"),
    col("solvedOn"),
    col("procuracyAcceptedOn"),
    col("indictedOn"),
    col("courtAcceptedOn"),
    col("triedOn"),
    col("detectedOn"),
    col("suspects"),
    col("victimsIdentified"),
    col("victimsRescued"),
    col("victimsSupported"),
  ];
  const tally: Tally = {
    reportsReceived: 0,
    reportsClassified: 0,
    reportsResolved: 0,
    casesInitiated: 0,
    casesSolved: 0,
    casesHandledByProcuracy: 0,
    casesIndicted: 0,
    casesAcceptedByCourts: 0,
    casesTried: 0,
    casesDetected: 0,
    suspects: 0,
    victimsIdentified: 0,
    victimsRescued: 0,
    victimsSupported: 0,
  };
  const push = (found: Issue): void => {
    if (issues.length < MAX_RECORD_ISSUES) issues.push(found);
  };
  // The fast path stops at each refused row; the slow path gives that row's issues (at least one:
  // the two paths make the same checks) and the fast path goes on after it.
  for (let at = 0, chunk = FIRST_CHUNK; at < n; chunk = Math.min(2 * chunk, CHUNK)) {
    const end = Math.min(n, at + chunk);
    const stop = countRows(tuple, at, end, from, to, tally);
    if (stop === end) at = end;
    else {
      rowIssues(columns, stop, push);
      if (issues.length >= MAX_RECORD_ISSUES) break;
      at = stop + 1;
    }
  }
  return countsOrIssues(issues, tally);
};
