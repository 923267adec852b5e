import * as z from "zod";

/**
 * A calendar day in ISO 8601 form, `YYYY-MM-DD`, with no time and no time zone.
 *
 * **When to use** — every legal date: offence date, decision date, effective dates.
 *
 * **Gotchas** — ISO days compare correctly as strings (`"2025-06-30" < "2025-07-01"`). Values are
 * branded: obtain one with {@link isoDate} or the {@link IsoDate} schema, which check the calendar
 * (`2023-02-29` is rejected). The domain never reads the clock and never uses `Date` objects.
 *
 * @category prelude
 * @since 0.1.0
 */
export type IsoDate = string & { readonly __brand: "IsoDate" };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a Gregorian leap year. @category prelude @since 0.1.0 */
export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Number of days in `month` (1–12) of `year`. @category prelude @since 0.1.0 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Parts of a calendar day. @category prelude @since 0.1.0 */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const parts = (s: string): DateParts | undefined => {
  const m = ISO_DAY.exec(s);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
};

/** Whether `s` is a real calendar day written `YYYY-MM-DD`. @category prelude @since 0.1.0 */
export const isIsoDate = (s: string): s is IsoDate => parts(s) !== undefined;

/**
 * Checks and brands a calendar day; throws a `RangeError` for anything else.
 *
 * **Example**
 * ```ts
 * isoDate("2025-07-01") // "2025-07-01"
 * isoDate("2025-02-29") // throws RangeError
 * ```
 * @category prelude
 * @since 0.1.0
 */
export const isoDate = (s: string): IsoDate => {
  if (!isIsoDate(s)) throw new RangeError(`Not a calendar day in YYYY-MM-DD form: ${JSON.stringify(s)}`);
  return s;
};

/** Splits an {@link IsoDate} into year, month and day. @category prelude @since 0.1.0 */
export const dateParts = (d: IsoDate): DateParts => parts(d) as DateParts;

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Builds an {@link IsoDate} from parts; throws a `RangeError` for a day that does not exist. @category prelude @since 0.1.0 */
export const fromParts = (p: DateParts): IsoDate => isoDate(`${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`);

/** zod schema for {@link IsoDate}: `YYYY-MM-DD` and a day that exists. @category prelude @since 0.1.0 */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DAY, "expected a date written YYYY-MM-DD")
  .refine(isIsoDate, { message: "this calendar day does not exist", params: { code: "issue.date" } })
  .transform((s) => s as IsoDate)
  .meta({ id: "IsoDate", title: "Calendar date", description: "A calendar day, YYYY-MM-DD", examples: ["2025-07-01"] });

// Days since 0001-01-01 (proleptic Gregorian), pure integer arithmetic: no Date, no time zone.
const toDayNumber = ({ year, month, day }: DateParts): number => {
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 12 : month;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * (m - 3) + 2) / 5) + day;
};

/** Whole days from `from` to `to` (negative when `to` is earlier). @category prelude @since 0.1.0 */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  toDayNumber(dateParts(to)) - toDayNumber(dateParts(from));

/** The day `n` days after `d` (before it when `n` is negative). @category prelude @since 0.1.0 */
export const addDays = (d: IsoDate, n: number): IsoDate => {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs a whole number of days, got ${n}`);
  let { year, month, day } = dateParts(d);
  let left = n;
  while (left > 0) {
    const room = daysInMonth(year, month) - day;
    if (left <= room) { day += left; left = 0; }
    else { left -= room + 1; day = 1; month += 1; if (month > 12) { month = 1; year += 1; } }
  }
  while (left < 0) {
    if (-left < day) { day += left; left = 0; }
    else { left += day; month -= 1; if (month < 1) { month = 12; year -= 1; } day = daysInMonth(year, month); }
  }
  return fromParts({ year, month, day });
};

/** Orders two days: negative, zero or positive. @category prelude @since 0.1.0 */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Age in completed years on `on` for someone born on `birth` ("đủ … tuổi").
 *
 * **Law** — Vietnamese law counts completed years (tuổi tròn, "từ đủ 16 tuổi"): the age goes up
 * on the birthday itself. Whoever was born on 29 February completes a year on 1 March in common
 * years (no statute says so; it is the reading that never makes someone older early).
 *
 * **Example**
 * ```ts
 * ageOn(isoDate("2009-01-31"), isoDate("2025-01-30")) // 15
 * ageOn(isoDate("2009-01-31"), isoDate("2025-01-31")) // 16
 * ```
 * @category prelude
 * @since 0.1.0
 */
export const ageOn = (birth: IsoDate, on: IsoDate): number => {
  const b = dateParts(birth);
  const o = dateParts(on);
  if (on < birth) throw new RangeError(`${on} is before the birth date ${birth}`);
  const birthdayPassed = o.month > b.month || (o.month === b.month && o.day >= b.day);
  return o.year - b.year - (birthdayPassed ? 0 : 1);
};

/**
 * A span of days, inclusive at both ends. No `to` means "still in force".
 * @category prelude
 * @since 0.1.0
 */
export interface Period {
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

/** Whether `day` falls within `period` (both ends included). @category prelude @since 0.1.0 */
export const covers = (period: Period, day: IsoDate): boolean =>
  period.from <= day && (period.to === undefined || day <= period.to);
