// The typed client sees every evaluation response as the domain's schema type (no casts in routes).
import type { Classification } from "@ctip-vn/domain/classification";
import type { EligibilityResult } from "@ctip-vn/domain/eligibility";
import type { KpiReport, PublishedKpiReport } from "@ctip-vn/domain/kpi";
import type { ResolutionValidation } from "@ctip-vn/domain/resolution";
import type { InferResponseType } from "hono/client";
import { expectTypeOf, it } from "vitest";
import { makeApiClient } from "./client.js";

type Client = ReturnType<typeof makeApiClient>;

it("infers the response body of each evaluation route from the domain schemas", () => {
  expectTypeOf<InferResponseType<Client["v1"]["classification"]["$post"], 200>>().toEqualTypeOf<Classification>();
  expectTypeOf<InferResponseType<Client["v1"]["eligibility"]["$post"], 200>>().toEqualTypeOf<EligibilityResult>();
  expectTypeOf<InferResponseType<Client["v1"]["kpi"]["$post"], 200>>().toEqualTypeOf<KpiReport | PublishedKpiReport>();
  expectTypeOf<InferResponseType<Client["v1"]["resolutions"]["validate"]["$post"], 200>>().toEqualTypeOf<ResolutionValidation>();
});
