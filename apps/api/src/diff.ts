/** One difference between two JSON values, located by path. */
export interface Difference {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Structural differences between two JSON values, ignoring the keys in `ignore` at any depth. */
export const jsonDiff = (before: unknown, after: unknown, ignore: ReadonlySet<string> = new Set(), path = ""): Difference[] => {
  if (Object.is(before, after)) return [];
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  const bothObjects = !bothArrays && typeof before === "object" && typeof after === "object" && before !== null && after !== null && !Array.isArray(before) && !Array.isArray(after);
  if (bothArrays) {
    const a = before as unknown[];
    const b = after as unknown[];
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => jsonDiff(a[i], b[i], ignore, `${path}[${i}]`)).flat();
  }
  if (bothObjects) {
    const a = before as Record<string, unknown>;
    const b = after as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !ignore.has(k)).toSorted();
    return keys.flatMap((k) => jsonDiff(a[k], b[k], ignore, path === "" ? k : `${path}.${k}`));
  }
  return [{ path: path === "" ? "(root)" : path, before, after }];
};
