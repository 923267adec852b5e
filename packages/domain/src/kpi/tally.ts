// The last step shared by the two ways of counting records (objects in records.ts, typed-array
// columns in columns.ts): either every issue found, or the counts.
import { Result } from "effect";
import { InvalidFacts } from "../prelude/errors.js";
import type { Issue } from "../prelude/issue.js";
import { kpiFieldLabel } from "./fields.js";
import { issueOf } from "./messages.js";
import type { DerivedCounts } from "./records.js";

/** Most issues reported for one stream of records before counting stops. @category kpi @since 0.1.0 */
export const MAX_RECORD_ISSUES = 100;

/**
 * The counts, or every issue found (with a note when counting stopped at {@link MAX_RECORD_ISSUES}),
 * or an issue when a total grew past a safe integer.
 */
export const countsOrIssues = (issues: ReadonlyArray<Issue>, counts: DerivedCounts): Result.Result<DerivedCounts, InvalidFacts> => {
  if (issues.length > 0) {
    const all = issues.length >= MAX_RECORD_ISSUES ? [...issues, issueOf("records", "kpi.issue.too-many", { field: kpiFieldLabel(["records"]), max: MAX_RECORD_ISSUES })] : [...issues];
    return Result.fail(new InvalidFacts({ issues: all }));
  }
  const totals = [counts.suspects, counts.victimsIdentified, counts.victimsRescued, counts.victimsSupported];
  if (totals.some((n) => !Number.isSafeInteger(n))) return Result.fail(new InvalidFacts({ issues: [issueOf("records", "kpi.issue.total-too-large", { field: kpiFieldLabel(["records"]) })] }));
  return Result.succeed(counts);
};
