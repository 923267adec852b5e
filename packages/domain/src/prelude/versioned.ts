import * as z from "zod";
import { CitationSchema, type Citation } from "./citation.js";
import { covers, IsoDateSchema, type IsoDate, type Period } from "./date.js";
import { issue, type Issue } from "./issue.js";

const versionLabel = (i: number) => ({ vi: `Phiên bản thứ ${i + 1}`, en: `Version ${i + 1}`, fr: `Version ${i + 1}` });

/**
 * One dated value of a legal parameter (an amount, a duration, an authority, a target): the
 * value in force over a period, and the citations that set it. Every dated value of the package
 * has this one shape, national or provincial.
 * @category prelude
 * @since 0.1.0
 */
export interface Version<T> extends Period {
  readonly value: T;
  readonly basis: ReadonlyArray<Citation>;
}

/** zod schema of a {@link Version} of the given value schema. @category prelude @since 0.2.0 */
export const VersionSchema = <S extends z.ZodType>(value: S) =>
  z.object({ from: IsoDateSchema, to: IsoDateSchema.optional(), value, basis: z.array(CitationSchema) });

/**
 * The version in force on `asOf`, or `undefined` when none is (an unsupported period for the
 * caller to report, never a silent fallback).
 * @category prelude
 * @since 0.1.0
 */
export const valueAt = <T>(versions: ReadonlyArray<Version<T>>, asOf: IsoDate): Version<T> | undefined =>
  versions.find((v) => covers(v, asOf));

/**
 * Problems with a list of dated values, located under `path`: each must start on or before it
 * ends, and the periods must be sorted and must not overlap.
 * @category prelude
 * @since 0.2.0
 */
export const versionIssues = (versions: ReadonlyArray<Period>, path = ""): Issue[] =>
  versions.flatMap((v, i) => {
    const prev = versions[i - 1];
    const at = `${path}[${i}]`;
    return [
      ...(v.to !== undefined && v.to < v.from ? [issue(at, "issue.period-reversed", { field: versionLabel(i) })] : []),
      ...(prev !== undefined && (prev.to === undefined || prev.to >= v.from) ? [issue(at, "issue.version-overlap", { field: versionLabel(i), from: v.from })] : []),
    ];
  });

/**
 * {@link versionIssues} as messages. An empty result means the list is well formed.
 * @category prelude
 * @since 0.1.0
 */
export const checkVersions = <T>(versions: ReadonlyArray<Version<T>>): string[] =>
  versionIssues(versions).map((i) => `version ${i.path.slice(1, -1)} ${i.message}`);
