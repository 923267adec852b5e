import * as fc from "fast-check";
import { Result } from "effect";
import { assessEligibility, supportItem, type AmountSpec, type EligibilityRequestInput, type RegimeOutcome } from "../eligibility/index.js";
import { evaluateKpis, implies, KPI_IDS, kpiTargets, type KpiTargetSet } from "../kpi/index.js";
import { formatCitation, isInstrumentId } from "../law/index.js";
import type { Citation } from "../prelude/citation.js";
import { addDays, daysBetween, isoDate, type IsoDate, type Period } from "../prelude/date.js";
import type { ProvinceProfile } from "../province/index.js";
import { arbitraryEligibilityRequest, eligibilityViolations } from "./eligibility.js";
import { arbitraryKpiCounts } from "./kpi.js";

/** A closed period: both ends known. @category testing @since 0.4.0 */
export interface ClosedPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * The days and reporting periods a province profile speaks about, each open end closed at
 * `until`: the generators of {@link provinceProperties} draw only from these.
 * @category testing
 * @since 0.4.0
 */
export interface ProvinceCoverage {
  /** Versions of the support overrides: local rates, authorities, priority groups. */
  readonly support: ReadonlyArray<ClosedPeriod>;
  /** Versions of the province's `kpi.targets`, cut to the national programme versions whose targets are known. */
  readonly kpi: ReadonlyArray<ClosedPeriod>;
}

/** Options of {@link provinceCoverage} and {@link provinceProperties}. @category testing @since 0.4.0 */
export interface ProvinceCoverageOptions {
  /** Where an open-ended version stops for generated inputs (default 2030-12-31). */
  readonly until?: IsoDate;
}

const DEFAULT_UNTIL = isoDate("2030-12-31");

const close = (p: Period, until: IsoDate): ClosedPeriod | undefined => {
  const to = p.to === undefined || p.to > until ? until : p.to;
  return to < p.from ? (p.to === undefined ? { from: p.from, to: addDays(p.from, 365) } : undefined) : { from: p.from, to };
};

const intersect = (a: ClosedPeriod, b: Period): ClosedPeriod | undefined => {
  const from = a.from > b.from ? a.from : b.from;
  const to = b.to === undefined || a.to < b.to ? a.to : b.to;
  return to < from ? undefined : { from, to };
};

const nationalKnown = (): ReadonlyArray<Period & { readonly targets: KpiTargetSet }> =>
  (kpiTargets["national"] ?? []).flatMap((v) => (v.value._tag === "Known" ? [{ from: v.from, ...(v.to === undefined ? {} : { to: v.to }), targets: v.value.targets }] : []));

/**
 * The periods of a profile that generated inputs should fall in ({@link ProvinceCoverage}).
 *
 * **Example**
 * ```ts
 * provinceCoverage(ngheAn).kpi // [{ from: "2022-03-16", to: "2022-12-31" }] — Plan 179/KH-UBND
 * ```
 * @category testing
 * @since 0.4.0
 */
export const provinceCoverage = (profile: ProvinceProfile, options: ProvinceCoverageOptions = {}): ProvinceCoverage => {
  const until = options.until ?? DEFAULT_UNTIL;
  const o = profile.overrides;
  const closed = (ps: ReadonlyArray<Period>) => ps.flatMap((p) => close(p, until) ?? []);
  const support = closed([
    ...(o["support.localRates"] ?? []).flatMap((r) => r.versions),
    ...(o["support.authorities"] ?? []),
    ...(o["support.priorityGroups"] ?? []).map((g) => g.period),
  ]);
  const kpi = closed(o["kpi.targets"] ?? []).flatMap((p) => nationalKnown().flatMap((n) => intersect(p, n) ?? []));
  return { support, kpi };
};

/**
 * A day inside one of `periods`, their first and last days drawn often.
 * @category testing
 * @since 0.4.0
 */
export const arbitraryDayWithin = (periods: ReadonlyArray<ClosedPeriod>): fc.Arbitrary<IsoDate> => {
  if (periods.length === 0) throw new RangeError("arbitraryDayWithin needs at least one period");
  return fc.oneof(
    ...periods.map((p) => fc.oneof(fc.constantFrom(p.from, p.to), fc.integer({ min: 0, max: daysBetween(p.from, p.to) }).map((n) => addDays(p.from, n)))),
  );
};

/**
 * A reporting period inside one of `periods` and inside one calendar year (so one target version
 * judges it), e.g. within a plan's year only — unlike `arbitraryKpiPeriod`, which spans 2021–2025.
 * @category testing
 * @since 0.4.0
 */
export const arbitraryKpiPeriodWithin = (periods: ReadonlyArray<ClosedPeriod>): fc.Arbitrary<ClosedPeriod> => {
  if (periods.length === 0) throw new RangeError("arbitraryKpiPeriodWithin needs at least one period");
  const years = periods.flatMap((p) => {
    const out: ClosedPeriod[] = [];
    for (let y = Number(p.from.slice(0, 4)); y <= Number(p.to.slice(0, 4)); y++) {
      const part = intersect(p, { from: isoDate(`${y}-01-01`), to: isoDate(`${y}-12-31`) });
      if (part !== undefined) out.push(part);
    }
    return out;
  });
  return fc.oneof(
    ...years.map((p) => {
      const span = daysBetween(p.from, p.to);
      return fc.oneof(
        fc.constant(p),
        fc.tuple(fc.integer({ min: 0, max: span }), fc.integer({ min: 0, max: span })).map(([a, b]) => ({ from: addDays(p.from, Math.min(a, b)), to: addDays(p.from, Math.max(a, b)) })),
      );
    }),
  );
};

const figure = (a: AmountSpec | null | undefined): number | undefined => (a?.kind === "fixed" || a?.kind === "floor" ? a.vnd : undefined);
const overlaps = (a: Period, b: Period): boolean => (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
const span = (p: Period | null): string => (p === null ? "undated" : `${p.from}…${p.to ?? ""}`);

/**
 * The checks of {@link provinceProperties} that need no generated input, as violations (empty =
 * they hold): every override cited to a registered or declared instrument, formatted in Vietnamese
 * and English without a raw id; every dated override inside its basis's period; local amounts at
 * or above the national floor of every national version they overlap; the province's KPI targets
 * at least as strict as the national targets of every version they overlap.
 * @category testing
 * @since 0.4.0
 */
export const provinceViolations = (profile: ProvinceProfile): string[] => {
  const v: string[] = [];
  const declared = new Set(profile.instruments.map((i) => i.id));
  const cited = (b: Citation, where: string) => {
    if (!isInstrumentId(b.instrument) && !declared.has(b.instrument)) v.push(`${where}: ${b.instrument} is neither registered nor declared by the profile`);
    for (const lang of ["vi", "en"] as const) {
      let text = "";
      try {
        text = formatCitation(b, lang, profile.instrumentNames);
      } catch (e) {
        v.push(`${where}: ${b.instrument} does not format in ${lang} (${String(e)})`);
        continue;
      }
      if (text !== text.normalize("NFC")) v.push(`${where}: the ${lang} citation of ${b.instrument} is not NFC`);
      if (text.includes(`${profile.id}:`)) v.push(`${where}: the ${lang} citation shows the raw id ${b.instrument}`);
    }
  };
  for (const entry of profile.manifest) {
    const where = `${entry.point} ${entry.key} (${span(entry.period)})`;
    if (entry.basis.length === 0) v.push(`${where}: not cited`);
    for (const b of entry.basis) {
      cited(b, where);
      if (entry.period === null) continue;
      if (entry.period.from < b.effective.from) v.push(`${where}: starts before its basis ${b.instrument} is in force (${b.effective.from})`);
      if (b.effective.to !== undefined && (entry.period.to === undefined || entry.period.to > b.effective.to))
        v.push(`${where}: runs past the end of its basis ${b.instrument} (${b.effective.to})`);
    }
  }
  for (const rate of profile.overrides["support.localRates"] ?? []) {
    const item = supportItem(rate.item);
    for (const local of rate.versions) {
      const amount = figure(local.value);
      if (amount === undefined || item === undefined) continue;
      for (const national of item.versions) {
        const floor = figure(national.value.amount);
        if (floor !== undefined && overlaps(local, national) && amount < floor)
          v.push(`support.localRates ${rate.law}:${rate.item} (${span(local)}): ${amount} đồng is below the national ${floor} đồng in force from ${national.from}`);
      }
    }
  }
  for (const version of profile.overrides["kpi.targets"] ?? [])
    for (const national of nationalKnown())
      if (overlaps(version, national))
        for (const id of KPI_IDS) {
          const p = version.value[id];
          const n = national.targets[id];
          if (p !== undefined && n !== undefined && !implies(p, n))
            v.push(`kpi.targets ${id} (${span(version)}): ${p.op} ${p.value.numerator}/${p.value.denominator} is weaker than the national ${n.op} ${n.value.numerator}/${n.value.denominator} in force from ${national.from}`);
        }
  return v;
};

/**
 * Support with the province never below national support for the same person and day: same
 * status for every regime (a province cannot change who is eligible), every item amount and
 * regime total at least the national one. Returns violations.
 * @category testing
 * @since 0.4.0
 */
export const provinceSupportViolations = (request: EligibilityRequestInput, profile: ProvinceProfile): string[] => {
  const { province: _province, ...national } = request;
  const opts = { evaluatedAt: "2026-11-25T00:00:00.000Z", whatWouldChange: false } as const;
  const withProvince = assessEligibility({ ...request, province: profile.id }, { ...opts, provinces: [profile] });
  const without = assessEligibility(national, opts);
  if (!Result.isSuccess(withProvince) || !Result.isSuccess(without)) return ["the request fails with or without the province"];
  const v: string[] = [];
  without.success.regimes.forEach((n: RegimeOutcome, i) => {
    const p = withProvince.success.regimes[i];
    if (p === undefined || p.regime !== n.regime) return void v.push(`${n.regime}: missing with the province`);
    if (p.status !== n.status) v.push(`${n.regime}: ${n.status} nationally, ${p.status} with the province`);
    if (p.amountVnd !== null && n.amountVnd !== null && p.amountVnd < n.amountVnd) v.push(`${n.regime}: ${p.amountVnd} đồng with the province, below ${n.amountVnd}`);
    for (const item of p.content.items) {
      const mine = figure(item.amount);
      const theirs = figure(n.content.items.find((x) => x.item === item.item)?.amount);
      if (mine !== undefined && theirs !== undefined && mine < theirs) v.push(`${n.regime}: item ${item.item} ${mine} đồng with the province, below ${theirs}`);
    }
  });
  return v;
};

/**
 * The KPI targets the province's profile makes `evaluateKpis` read over a period: the province's
 * own targets are read (cited) where it sets them, no shown target is weaker than the national
 * one, and an indicator met with the province is met nationally. Returns violations.
 * @category testing
 * @since 0.4.0
 */
export const provinceKpiViolations = (
  period: ClosedPeriod,
  counts: Parameters<typeof evaluateKpis>[0]["counts"],
  profile: ProvinceProfile,
): string[] => {
  const opts = { evaluatedAt: "2026-11-25T00:00:00.000Z" } as const;
  const input = { province: profile.id, period, counts };
  const withProvince = evaluateKpis(input, { ...opts, provinces: [profile] });
  const without = evaluateKpis(input, opts);
  if (!Result.isSuccess(withProvince)) return [`evaluateKpis fails with the province over ${period.from}…${period.to}: ${withProvince.failure.message}`];
  if (!Result.isSuccess(without)) return [`evaluateKpis fails nationally over ${period.from}…${period.to}: ${without.failure.message}`];
  const version = (profile.overrides["kpi.targets"] ?? []).find((x) => x.from <= period.from && (x.to === undefined || period.to <= x.to));
  const v: string[] = [];
  withProvince.success.indicators.forEach((p, i) => {
    const n = without.success.indicators[i];
    if (n === undefined) return;
    const own = version?.value[p.id];
    if (own !== undefined && !p.basis.some((b) => own.basis.some((o) => o.instrument === b.instrument)))
      v.push(`${p.id}: the province's own target is not read over ${period.from}…${period.to}`);
    if (p.target !== null && n.target !== null && !implies(p.target, n.target)) v.push(`${p.id}: the target shown is weaker than the national one`);
    if (p.status === "met" && n.status === "not_met") v.push(`${p.id}: met with the province, not met nationally`);
  });
  return v;
};

/** One property of {@link provinceProperties}: `check` throws (with every counterexample found) when it fails. @category testing @since 0.4.0 */
export interface ProvinceProperty {
  readonly name: string;
  readonly check: (parameters?: { readonly numRuns?: number; readonly seed?: number }) => void;
}

/** What {@link provinceProperties} returns. @category testing @since 0.4.0 */
export interface ProvinceProperties {
  readonly coverage: ProvinceCoverage;
  readonly properties: ReadonlyArray<ProvinceProperty>;
  /** The generators the properties use, bounded to the profile's periods, for a package's own properties. */
  readonly arbitraries: {
    readonly eligibilityRequest: fc.Arbitrary<EligibilityRequestInput>;
    /** `undefined` when the profile sets no KPI targets within a national programme with known targets. */
    readonly kpiPeriod: fc.Arbitrary<ClosedPeriod> | undefined;
  };
}

const assertEmpty = (violations: ReadonlyArray<string>): void => {
  if (violations.length > 0) throw new Error(violations.join("\n"));
};

/**
 * The legal properties every province package should hold, ready to run in its tests:
 *
 * - **every override cited**: each manifest entry cites an instrument of the registry or of the
 *   profile, formatted in Vietnamese and English from its citation name, and lies inside its
 *   basis's period ({@link provinceViolations});
 * - **amounts ≥ national floors, and monotone**: local amounts at or above the national floor of
 *   every national version they overlap; for generated people on days of the profile's support
 *   versions, the profile changes no regime's status and lowers no amount
 *   ({@link provinceSupportViolations}), and every eligibility property holds
 *   (`eligibilityViolations`);
 * - **targets no weaker than national**: each target of `kpi.targets` at least as strict as
 *   Decision 193/QĐ-TTg's (or its successor's) over the versions it overlaps; for generated
 *   counts over reporting periods inside the profile's target versions, `evaluateKpis` reads the
 *   province's targets and never judges more leniently than nationally
 *   ({@link provinceKpiViolations});
 * - **periods inside the profile's coverage**: the generators draw days and reporting periods only
 *   from the profile's own versions ({@link provinceCoverage}), open ends closed at `until`.
 *
 * **When to use** — in every province package's tests (the starter generates this test):
 *
 * **Example**
 * ```ts
 * import { provinceProperties } from "@ctip-vn/domain/testing";
 * for (const p of provinceProperties(daNang).properties) it(p.name, () => p.check({ numRuns: 50 }));
 * ```
 *
 * **Gotchas** — needs the optional peer `fast-check`. A profile with no support override is
 * assessed on any decision date; one without KPI targets has no KPI property.
 * @category testing
 * @since 0.4.0
 */
export const provinceProperties = (profile: ProvinceProfile, options: ProvinceCoverageOptions = {}): ProvinceProperties => {
  const coverage = provinceCoverage(profile, options);
  const base = arbitraryEligibilityRequest({ province: profile.id, ...(coverage.support.length === 0 ? {} : { asOf: arbitraryDayWithin(coverage.support) }) });
  const kpiPeriod = coverage.kpi.length === 0 ? undefined : arbitraryKpiPeriodWithin(coverage.kpi);
  const run = <T>(arb: fc.Arbitrary<T>, violations: (t: T) => string[]) => (parameters: { readonly numRuns?: number; readonly seed?: number } = {}) =>
    fc.assert(
      fc.property(arb, (t) => assertEmpty(violations(t))),
      parameters,
    );
  const properties: ProvinceProperty[] = [
    { name: "every override is cited, formatted and inside its basis's period; amounts ≥ national floors; targets no weaker than national", check: () => assertEmpty(provinceViolations(profile)) },
    { name: "eligibility on the profile's days holds every eligibility property", check: run(base, (r) => eligibilityViolations(r, { provinces: [profile] })) },
    { name: "the province changes no regime's status and lowers no amount", check: run(base, (r) => provinceSupportViolations(r, profile)) },
    ...(kpiPeriod === undefined
      ? []
      : [
          {
            name: "evaluateKpis reads the province's targets inside their versions and never judges more leniently than nationally",
            check: run(fc.tuple(kpiPeriod, arbitraryKpiCounts({ allowMissing: true })), ([period, counts]) => provinceKpiViolations(period, counts, profile)),
          },
        ]),
  ];
  return { coverage, properties, arbitraries: { eligibilityRequest: base, kpiPeriod } };
};
