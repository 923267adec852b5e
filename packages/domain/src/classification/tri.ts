/**
 * Three-valued facts: a predicate over facts holds (`true`), does not hold (`false`), or cannot
 * be decided (`undefined`) — and then `missing` names the unknown fields that would decide it.
 * @internal
 */
export interface Tri {
  readonly value: boolean | undefined;
  readonly missing: ReadonlyArray<string>;
}

export const known = (value: boolean): Tri => ({ value, missing: [] });
export const unknown = (...missing: string[]): Tri => ({ value: undefined, missing });

const uniq = (xs: ReadonlyArray<string>): string[] => [...new Set(xs)];

/** Holds when all hold; fails as soon as one fails (then nothing is missing). */
export const and = (...xs: ReadonlyArray<Tri>): Tri => {
  if (xs.some((x) => x.value === false)) return known(false);
  if (xs.every((x) => x.value === true)) return known(true);
  return { value: undefined, missing: uniq(xs.filter((x) => x.value === undefined).flatMap((x) => x.missing)) };
};

/** Holds as soon as one holds (then nothing is missing); fails when all fail. */
export const or = (...xs: ReadonlyArray<Tri>): Tri => {
  if (xs.some((x) => x.value === true)) return known(true);
  if (xs.every((x) => x.value === false)) return known(false);
  return { value: undefined, missing: uniq(xs.filter((x) => x.value === undefined).flatMap((x) => x.missing)) };
};

export const not = (x: Tri): Tri => (x.value === undefined ? x : known(!x.value));

/** Whether a known list contains any of `values`; unknown when the list is absent. */
export const hasAny = <T>(list: ReadonlyArray<T> | undefined, field: string, values: ReadonlyArray<T>): Tri =>
  list === undefined ? unknown(field) : known(list.some((v) => values.includes(v)));

/** A boolean fact; unknown when absent. */
export const flag = (value: boolean | undefined, field: string): Tri => (value === undefined ? unknown(field) : known(value));
