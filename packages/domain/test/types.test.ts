// Type-level contract of the public entries, checked by `tsc` (pnpm typecheck) and run by vitest.
import { expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  classify,
  classifyCase,
  classifyUnsafe,
  ClassificationSchema,
  type CaseFactsInput,
  type Classification,
} from "../src/classification/index.js";
import { assessEligibility, assessEligibilityUnsafe, EligibilityResult, type EligibilityRequestInput } from "../src/eligibility/index.js";
import { evaluateKpis, KpiReportSchema, type KpiReport } from "../src/kpi/index.js";
import { ResolutionValidationSchema, type ResolutionValidation } from "../src/resolution/index.js";

it("classification input is typed: a misspelled field or an unknown enum value does not compile", () => {
  expectTypeOf(classify).parameter(0).toEqualTypeOf<CaseFactsInput>();
  expectTypeOf(classifyCase).parameter(0).toEqualTypeOf<CaseFactsInput>();
  expectTypeOf(classifyUnsafe).parameter(0).toEqualTypeOf<CaseFactsInput>();
  const check = (_f: () => unknown) => undefined;
  // @ts-expect-error `offenceDat` is not a field (misspelled `offenceDate`)
  check(() => classifyCase({ offenceDat: "2024-05-10", purposes: ["forced_marriage"] }));
  // @ts-expect-error "forced_marriage" is not a purpose of Art. 150/151
  check(() => classifyCase({ offenceDate: "2024-05-10", purposes: ["forced_marriage"] }));
  // @ts-expect-error "bribery" is not a means
  check(() => classify({ offenceDate: "2024-05-10", means: ["bribery"] }));
  check(() => classify({ offenceDate: "2024-05-10", purposes: ["forced_labour"], means: ["deception"] }));
});

it("eligibility input is typed the same way", () => {
  expectTypeOf(assessEligibility).parameter(0).toEqualTypeOf<EligibilityRequestInput>();
  expectTypeOf(assessEligibilityUnsafe).parameter(0).toEqualTypeOf<EligibilityRequestInput>();
  const check = (_f: () => unknown) => undefined;
  // @ts-expect-error `asof` is not a field (misspelled `asOf`)
  check(() => assessEligibility({ asof: "2025-09-01", person: {} }));
  // @ts-expect-error "refugee" is not a status
  check(() => assessEligibility({ asOf: "2025-09-01", person: { status: "refugee" } }));
  // @ts-expect-error `nationalty` is not a person field
  check(() => assessEligibility({ asOf: "2025-09-01", person: { nationalty: "vietnamese" } }));
  check(() => assessEligibility({ asOf: "2025-09-01", person: { status: "identified_victim", nationality: "vietnamese" } }));
});

it("result types are the types of their schemas", () => {
  expectTypeOf<Classification>().toEqualTypeOf<z.infer<typeof ClassificationSchema>>();
  expectTypeOf<EligibilityResult>().toEqualTypeOf<z.infer<typeof EligibilityResult>>();
  expectTypeOf<KpiReport>().toEqualTypeOf<z.infer<typeof KpiReportSchema>>();
  expectTypeOf<ResolutionValidation>().toEqualTypeOf<z.infer<typeof ResolutionValidationSchema>>();
  expectTypeOf(evaluateKpis).parameter(0).not.toBeUnknown();
});
