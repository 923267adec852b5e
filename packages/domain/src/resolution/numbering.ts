import { POINT_LETTERS, type PointLetter } from "../prelude/point-letter.js";

/** A numbering problem in a resolution draft. @category resolution @since 0.1.0 */
export interface NumberingIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Checks that a list of point letters runs `a, b, c, d, đ, e, …` with no gap, repeat or
 * foreign letter, and that there are no more points than letters we can name.
 *
 * **Law** — points are lettered in Vietnamese alphabetical order (observed in statute text;
 * see `POINT_LETTERS`).
 * @category resolution
 * @since 0.1.0
 */
export const checkPointSequence = (letters: ReadonlyArray<string>, path = ""): NumberingIssue[] => {
  const issues: NumberingIssue[] = [];
  letters.forEach((letter, i) => {
    const expected = POINT_LETTERS[i];
    if (expected === undefined) issues.push({ path: `${path}[${i}]`, message: `no point letter is defined after "y" (point ${i + 1})` });
    else if (letter !== expected) issues.push({ path: `${path}[${i}]`, message: `expected point "${expected}", found "${letter}"` });
  });
  return issues;
};

/** The letters for `n` points, or a `RangeError` past the 23rd. @category resolution @since 0.1.0 */
export const pointLettersFor = (n: number): PointLetter[] => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A clause has a whole number of points, got ${n}`);
  if (n > POINT_LETTERS.length) throw new RangeError(`No point letter is defined after "y": ${n} points requested`);
  return POINT_LETTERS.slice(0, n);
};
