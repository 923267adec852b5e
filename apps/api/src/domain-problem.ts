import type { InvalidFacts, UnsupportedPeriod, IncompleteFacts } from "@ctip-vn/domain";
import type { Context } from "hono";
import { sendProblem, type ProblemResponse } from "./problem.js";

/** Maps the domain's "cannot decide" errors to problems (the domain itself knows nothing of HTTP). */
export const domainProblem = (c: Context, e: InvalidFacts | UnsupportedPeriod | IncompleteFacts): ProblemResponse => {
  switch (e._tag) {
    case "InvalidFacts":
      return sendProblem(c, "invalid-facts", { detail: e.message, errors: e.issues });
    case "UnsupportedPeriod":
      return sendProblem(c, "unsupported-period", {
        detail: { vi: `Không có quy định được mã hóa cho ngày ${e.asOf} (${e.subject}).`, en: e.message },
        asOf: e.asOf,
        supported: e.supported,
      });
    case "IncompleteFacts":
      return sendProblem(c, "invalid-facts", { detail: { vi: "Thiếu dữ kiện.", en: "Facts are missing." }, missingFacts: e.missing, asOf: e.asOf });
  }
};
