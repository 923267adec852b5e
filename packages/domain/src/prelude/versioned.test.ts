import { describe, expect, it } from "vitest";
import type { Citation } from "./citation.js";
import { isoDate } from "./date.js";
import { checkVersions, valueAt, type Version } from "./versioned.js";

const basis: Citation[] = [{ instrument: "53/2024/QH15", article: 37, effective: { from: isoDate("2025-07-01") }, confidence: "verified" }];
const versions: Version<number>[] = [
  { from: isoDate("2012-01-01"), to: isoDate("2025-06-30"), value: 1, basis },
  { from: isoDate("2025-07-01"), value: 2, basis },
];

describe("dated values", () => {
  it.each([
    ["2011-12-31", undefined],
    ["2012-01-01", 1],
    ["2025-06-30", 1],
    ["2025-07-01", 2],
  ] as const)("on %s → %s", (day, value) => {
    expect(valueAt(versions, isoDate(day))?.value).toBe(value);
  });
  it("accept sorted, non-overlapping periods", () => {
    expect(checkVersions(versions)).toEqual([]);
  });
  it("flag overlaps and inverted periods", () => {
    expect(checkVersions([versions[1], versions[0]] as Version<number>[])).toHaveLength(1);
    expect(checkVersions([{ from: isoDate("2020-01-02"), to: isoDate("2020-01-01"), value: 0, basis }])).toHaveLength(1);
  });
});
