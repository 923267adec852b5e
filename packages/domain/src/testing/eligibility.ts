import * as fc from "fast-check";
import { Result } from "effect";
import { applyChanges, assessEligibility, type AssessOptions } from "../eligibility/index.js";
import type { EligibilityRequestInput, EligibilityResult, PersonFacts } from "../eligibility/index.js";
import { regimesByLaw, TRANSITION_DATE } from "../eligibility/index.js";
import { addDays, isoDate, type IsoDate } from "../prelude/date.js";
import { arbitraryIsoDate } from "./dates.js";

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 3 });

const strip = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Decision dates that hit the 01/07/2025 transition often. @category testing @since 0.1.0 */
export const arbitraryDecisionDate = (): fc.Arbitrary<IsoDate> =>
  fc.oneof(
    fc.constantFrom(isoDate("2025-06-30"), TRANSITION_DATE, isoDate("2026-11-25"), isoDate("2013-01-11"), isoDate("2019-11-27")),
    arbitraryIsoDate(2012, 2030),
  );

/**
 * Valid eligibility requests with any subset of facts unknown, consistent by construction
 * (identification and birth not after `asOf`, no identification date while under verification).
 * `asOf` draws decision dates (default {@link arbitraryDecisionDate}); pass a narrower one, e.g.
 * days of a province's versions (`arbitraryDayWithin`), to stay inside a profile's periods.
 * @category testing
 * @since 0.1.0
 */
export const arbitraryEligibilityRequest = (
  options: { readonly province?: string; readonly asOf?: fc.Arbitrary<IsoDate> } = {},
): fc.Arbitrary<EligibilityRequestInput> =>
  (options.asOf ?? arbitraryDecisionDate()).chain((asOf) => {
    const dayUpTo = fc.integer({ min: 0, max: 1500 }).map((n) => addDays(asOf, -n));
    const person = fc
      .record({
        status: maybe(fc.constantFrom("identified_victim", "under_verification", "accompanying_minor" as const)),
        identifiedOn: maybe(fc.oneof(dayUpTo, fc.constant(asOf))),
        age: maybe(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(15, 16, 17, 18))),
        useBirthDate: fc.boolean(),
        nationality: maybe(fc.constantFrom("vietnamese", "foreign", "stateless" as const)),
        permanentResidentInVietnam: maybe(fc.boolean()),
        location: maybe(fc.constantFrom("in_vietnam", "abroad" as const)),
        traffickedIn: maybe(fc.constantFrom("vietnam", "abroad" as const)),
        poorHousehold: maybe(fc.boolean()),
        financialDifficulty: maybe(fc.boolean()),
        accompanies: fc.record({
          status: maybe(fc.constantFrom("identified_victim", "under_verification" as const)),
          nationality: maybe(fc.constantFrom("vietnamese", "foreign", "stateless" as const)),
          permanentResidentInVietnam: maybe(fc.boolean()),
          location: maybe(fc.constantFrom("in_vietnam", "abroad" as const)),
          traffickedIn: maybe(fc.constantFrom("vietnam", "abroad" as const)),
        }),
      })
      .map((r): PersonFacts => {
        const minor = r.status === "accompanying_minor";
        const identifiedOn = r.status === "under_verification" || (minor && r.accompanies.status === "under_verification") ? undefined : r.identifiedOn;
        const birth = r.age === undefined ? undefined : addDays(asOf, -(r.age * 366 + 200));
        const agePart = r.age === undefined ? {} : r.useBirthDate && birth !== undefined && birth >= "1900-01-01" ? { birthDate: birth } : { ageYears: r.age };
        return strip({
          status: r.status,
          identifiedOn,
          ...agePart,
          nationality: r.nationality,
          permanentResidentInVietnam: r.permanentResidentInVietnam,
          location: r.location,
          traffickedIn: r.traffickedIn,
          poorHousehold: r.poorHousehold,
          financialDifficulty: r.financialDifficulty,
          accompanies: minor ? strip({ ...r.accompanies }) : undefined,
        }) as PersonFacts;
      });
    return person.map((p): EligibilityRequestInput => ({ asOf, ...(options.province === undefined ? {} : { province: options.province }), person: p }));
  });

const isNfc = (v: unknown): boolean =>
  typeof v === "string" ? v === v.normalize("NFC") : Array.isArray(v) ? v.every(isNfc) : v !== null && typeof v === "object" ? Object.values(v).every(isNfc) : true;

/**
 * The properties every eligibility result must have, for national law and for any province
 * profile. Returns the list of violations (empty = the property holds), so a test can assert
 * `expect(eligibilityViolations(request, options)).toEqual([])` under `fc.assert`.
 *
 * Checked: a valid request never fails; one outcome per regime of the law, in point order; the
 * law is Law 66/2011 before 01/07/2025; decided regimes cite the matrix article; missing facts
 * exactly when a regime is INSUFFICIENT_DATA; `amountVnd` is a whole number or null and never a
 * number when an item amount is unknown; results are NFC and plain JSON; re-running gives the same
 * result hash; every `whatWouldChange` option, applied, makes its regime ELIGIBLE; a province's
 * local rate is cited wherever it is used.
 * @category testing
 * @since 0.1.0
 */
export const eligibilityViolations = (request: EligibilityRequestInput, options: AssessOptions = {}): string[] => {
  const r = assessEligibility(request, { evaluatedAt: "2026-11-25T00:00:00.000Z", ...options });
  if (!Result.isSuccess(r)) return [`failed: ${r.failure.message}`];
  const res: EligibilityResult = r.success;
  const v: string[] = [];
  const regimes = regimesByLaw[res.law].map((x) => x.regime);
  if (res.regimes.map((x) => x.regime).join() !== regimes.join()) v.push("regimes are not the law's regimes in point order");
  if (request.asOf < TRANSITION_DATE && res.law !== "66/2011/QH12") v.push("Law 53/2024 applied before 01/07/2025");
  const article = res.law === "53/2024/QH15" ? 37 : 32;
  for (const o of res.regimes) {
    if (o.status !== "INSUFFICIENT_DATA" && !o.basis.some((b) => b.instrument === res.law && b.article === article)) v.push(`${o.regime}: no citation of Art. ${article}`);
    if (o.reasons.length === 0) v.push(`${o.regime}: no reason`);
    if (o.amountVnd !== null && (!Number.isSafeInteger(o.amountVnd) || o.amountVnd < 0)) v.push(`${o.regime}: amount not a whole number of đồng`);
    if (o.amountVnd !== null && o.content.items.some((i) => i.amount.kind !== "fixed")) v.push(`${o.regime}: a number although an item amount is not fixed`);
    if (o.content.items.some((i) => i.amount.kind === "unknown") && !o.reasons.some((x) => x.code === "amount.unknown")) v.push(`${o.regime}: unknown amount without a reason`);
    for (const i of o.content.items)
      if (i.source === "provincial" && !i.basis.some((b) => (options.provinces ?? []).some((p) => p.instruments.some((pi) => pi.id === b.instrument))))
        v.push(`${o.regime}: provincial item ${i.item} does not cite a provincial instrument`);
  }
  if (res.transitional && !res.lawBasis.some((b) => b.article === 63)) v.push("transitional without Art. 63");
  const insufficient = res.regimes.some((o) => o.status === "INSUFFICIENT_DATA");
  if (insufficient !== res.missingFacts.length > 0) v.push("missingFacts and INSUFFICIENT_DATA disagree");
  if (!isNfc(res)) v.push("text not NFC");
  if (JSON.stringify(JSON.parse(JSON.stringify(res))) !== JSON.stringify(res)) v.push("not plain JSON");
  const again = assessEligibility(request, { evaluatedAt: "2030-01-01T00:00:00.000Z", ...options });
  if (!Result.isSuccess(again) || again.success.receipt.resultHash !== res.receipt.resultHash) v.push("not deterministic");
  for (const w of res.whatWouldChange)
    for (const changes of w.options) {
      const changed = assessEligibility(applyChanges(request, changes), { ...options, whatWouldChange: false });
      const status = Result.isSuccess(changed) ? changed.success.regimes.find((o) => o.regime === w.regime)?.status : "FAILED";
      if (status !== "ELIGIBLE") v.push(`whatWouldChange for ${w.regime} (${changes.map((c) => `${c.fact}=${String(c.to)}`).join(", ")}) gives ${String(status)}`);
    }
  return v;
};

/**
 * Completing unknown facts never changes a regime that was already decided: returns violations
 * when a status other than INSUFFICIENT_DATA changes once `completion` fills the gaps.
 * @category testing
 * @since 0.1.0
 */
export const monotonicityViolations = (
  partial: EligibilityRequestInput,
  completion: EligibilityRequestInput["person"],
  options: AssessOptions = {},
): string[] => {
  const merged = { ...completion, ...partial.person, accompanies: { ...completion.accompanies, ...partial.person.accompanies } };
  const { accompanies, ...alone } = merged;
  const filled: EligibilityRequestInput = { ...partial, person: merged.status === "accompanying_minor" ? { ...alone, accompanies } : alone };
  const a = assessEligibility(partial, { ...options, whatWouldChange: false });
  const b = assessEligibility(filled, { ...options, whatWouldChange: false });
  if (!Result.isSuccess(a) || !Result.isSuccess(b)) return [];
  if (a.success.law !== b.success.law) return a.success.regimes.every((o) => o.status === "INSUFFICIENT_DATA") ? [] : ["law changed although regimes were decided"];
  return a.success.regimes.flatMap((o, i) => {
    const after = b.success.regimes[i];
    return o.status !== "INSUFFICIENT_DATA" && after !== undefined && after.status !== o.status ? [`${o.regime}: ${o.status} → ${after.status}`] : [];
  });
};
