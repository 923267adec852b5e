import * as fc from "fast-check";
import { addDays, daysBetween, fromParts, type IsoDate } from "../prelude/date.js";
import { COUNT_NAMES, type CountName } from "../kpi/index.js";
import type { KpiCounts, KpiRecord } from "../kpi/index.js";

/** Options of {@link arbitraryKpiCounts}. @category testing @since 0.1.0 */
export interface KpiCountsOptions {
  /** Largest denominator or figure (default 200). */
  readonly max?: number;
  /** Whether counts may be absent (unknown); default `false`. */
  readonly allowMissing?: boolean;
}

const dropUndefined = (o: { readonly [K in CountName]?: number | undefined }): KpiCounts => {
  const out: { [K in CountName]?: number } = {};
  for (const n of COUNT_NAMES) {
    const v = o[n];
    if (v !== undefined) out[n] = v;
  }
  return out;
};

/**
 * Consistent KPI counts: every numerator at most its denominator (reports classified and resolved
 * both at most reports received), small values and zeros well represented.
 *
 * **Example**
 * ```ts
 * fc.assert(fc.property(arbitraryKpiCounts(), (counts) => Result.isSuccess(evaluateKpis({ province: "nghe-an", period, counts }))))
 * ```
 * @category testing
 * @since 0.1.0
 */
export const arbitraryKpiCounts = (options: KpiCountsOptions = {}): fc.Arbitrary<KpiCounts> => {
  const max = options.max ?? 200;
  const total = fc.oneof(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max }));
  const part = (whole: number) => fc.oneof(fc.integer({ min: 0, max: whole }), fc.integer({ min: Math.max(0, whole - 12), max: whole }));
  const pair = total.chain((whole) => part(whole).map((p) => [p, whole] as const));
  const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => (options.allowMissing === true ? fc.option(a, { nil: undefined, freq: 4 }) : a);
  return fc
    .record({
      reports: total.chain((received) => fc.tuple(fc.constant(received), part(received), part(received))),
      solved: pair,
      indicted: pair,
      tried: pair,
      figures: fc.tuple(total, total, total, total, total),
    })
    .chain((r) =>
      fc
        .tuple(...COUNT_NAMES.map(() => maybe(fc.constant(true))))
        .map((keep) => {
          const [received, classified, resolved] = r.reports;
          const all: Record<CountName, number> = {
            reportsReceived: received,
            reportsClassified: classified,
            reportsResolved: resolved,
            casesSolved: r.solved[0],
            casesInitiated: r.solved[1],
            casesIndicted: r.indicted[0],
            casesHandledByProcuracy: r.indicted[1],
            casesTried: r.tried[0],
            casesAcceptedByCourts: r.tried[1],
            casesDetected: r.figures[0],
            suspects: r.figures[1],
            victimsIdentified: r.figures[2],
            victimsRescued: r.figures[3],
            victimsSupported: r.figures[4],
          };
          return dropUndefined(Object.fromEntries(COUNT_NAMES.map((n, i) => [n, keep[i] === undefined ? undefined : all[n]])));
        }),
    );
};

/**
 * A reporting period within one calendar year of `minYear`…`maxYear` (default 2021–2025, the
 * years with known targets), so that one target version covers it.
 * @category testing
 * @since 0.1.0
 */
export const arbitraryKpiPeriod = (minYear = 2021, maxYear = 2025): fc.Arbitrary<{ from: IsoDate; to: IsoDate }> =>
  fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), a: fc.integer({ min: 0, max: 364 }), b: fc.integer({ min: 0, max: 364 }) })
    .map(({ year, a, b }) => {
      const jan1 = fromParts({ year, month: 1, day: 1 });
      return { from: addDays(jan1, Math.min(a, b)), to: addDays(jan1, Math.max(a, b)) };
    });

/**
 * A well-formed case record around a period: each step is absent or on a day from 60 days before
 * the period to 60 days after it, later steps never before earlier ones.
 * @category testing
 * @since 0.1.0
 */
export const arbitraryKpiRecord = (period: { readonly from: IsoDate; readonly to: IsoDate }): fc.Arbitrary<KpiRecord> => {
  const span = daysBetween(period.from, period.to);
  const start = fc.integer({ min: -60, max: span + 60 });
  const lag = fc.integer({ min: 0, max: 90 });
  const day = (offset: number): string => addDays(period.from, offset);
  const chain = (open: string, close: ReadonlyArray<string>) =>
    fc.option(fc.tuple(start, ...close.map(() => fc.option(lag, { nil: undefined }))), { nil: undefined }).map((t) => {
      const out: Record<string, string> = {};
      if (t === undefined) return out;
      const [o, ...lags] = t;
      out[open] = day(o);
      close.forEach((name, i) => {
        const l = lags[i];
        if (l !== undefined) out[name] = day(o + l);
      });
      return out;
    });
  const people = fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined });
  return fc
    .record({
      report: chain("receivedOn", ["classifiedOn", "resolvedOn"]),
      investigation: chain("initiatedOn", ["solvedOn"]),
      procuracy: chain("procuracyAcceptedOn", ["indictedOn"]),
      court: chain("courtAcceptedOn", ["triedOn"]),
      detected: chain("detectedOn", []),
      people: fc.tuple(people, people, people, people),
    })
    .map(({ report, investigation, procuracy, court, detected, people: [suspects, identified, rescued, supported] }) => {
      const record: Record<string, string | number> = { ...report, ...investigation, ...procuracy, ...court, ...detected };
      if (detected["detectedOn"] !== undefined) {
        if (suspects !== undefined) record["suspects"] = suspects;
        if (identified !== undefined) record["victimsIdentified"] = identified;
        if (rescued !== undefined) record["victimsRescued"] = rescued;
        if (supported !== undefined) record["victimsSupported"] = supported;
      }
      return record as KpiRecord;
    });
};

/**
 * A period together with case records around it.
 * @category testing
 * @since 0.1.0
 */
export const arbitraryKpiRecords = (
  options: { readonly maxLength?: number } = {},
): fc.Arbitrary<{ period: { from: IsoDate; to: IsoDate }; records: KpiRecord[] }> =>
  arbitraryKpiPeriod().chain((period) =>
    fc.array(arbitraryKpiRecord(period), { maxLength: options.maxLength ?? 60 }).map((records) => ({ period, records })),
  );
