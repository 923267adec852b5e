import type { Citation } from "./citation.js";
import { covers, type IsoDate, type Period } from "./date.js";

/**
 * One dated value of a legal parameter (an amount, a threshold, a target): the value in force
 * over a period, and the citation that sets it. `value: null` means "abolished from this date".
 * @category prelude
 * @since 0.1.0
 */
export interface Version<T> extends Period {
  readonly value: T;
  readonly basis: ReadonlyArray<Citation>;
}

/**
 * The version in force on `asOf`, or `undefined` when none is (an unsupported period for the
 * caller to report, never a silent fallback).
 *
 * **Example**
 * ```ts
 * valueAt(fineRanges, isoDate("2024-05-10"))?.value
 * ```
 * @category prelude
 * @since 0.1.0
 */
export const valueAt = <T>(versions: ReadonlyArray<Version<T>>, asOf: IsoDate): Version<T> | undefined =>
  versions.find((v) => covers(v, asOf));

/**
 * Problems with a list of versions: each must start on or before it ends, and the periods must be
 * sorted and must not overlap. An empty result means the list is well formed.
 * @category prelude
 * @since 0.1.0
 */
export const checkVersions = <T>(versions: ReadonlyArray<Version<T>>): string[] => {
  const problems: string[] = [];
  versions.forEach((v, i) => {
    if (v.to !== undefined && v.to < v.from) problems.push(`version ${i} ends (${v.to}) before it starts (${v.from})`);
    const prev = versions[i - 1];
    if (prev !== undefined && (prev.to === undefined || prev.to >= v.from))
      problems.push(`version ${i} (from ${v.from}) overlaps or precedes version ${i - 1} (to ${prev.to ?? "open"})`);
  });
  return problems;
};
