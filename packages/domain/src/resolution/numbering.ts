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
 * see `POINT_LETTERS`). What follows `y` is settled by no rule or example found.
 *
 * **When to use** — directly on a list of letters; `validateResolution` calls it per clause.
 *
 * **Gotchas** — pass `sequence` to allow more letters than the 23 of `POINT_LETTERS` (a
 * configured extension); by default a 24th point is an issue rather than an invented label.
 *
 * **Example**
 * ```ts
 * checkPointSequence(["a", "b", "c", "d", "e"]) // [{ path: "[4]", message: 'expected point "đ", found "e"' }]
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const checkPointSequence = (
  letters: ReadonlyArray<string>,
  path = "",
  sequence: ReadonlyArray<string> = POINT_LETTERS,
): NumberingIssue[] => {
  const issues: NumberingIssue[] = [];
  const last = sequence.at(-1) ?? "";
  letters.forEach((letter, i) => {
    const expected = sequence[i];
    if (expected === undefined) issues.push({ path: `${path}[${i}]`, message: `no point letter is defined after "${last}" (point ${i + 1})` });
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

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

/**
 * Writes a positive integer in Roman numerals, as chapters (Chương) and council terms (khóa)
 * are numbered.
 *
 * **Law** — Decree 34/2016/NĐ-CP Art. 62(5)(a): Parts and Chapters are numbered in Roman
 * numerals.
 *
 * **Example**
 * ```ts
 * toRoman(17) // "XVII"
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const toRoman = (n: number): string => {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let left = n;
  let out = "";
  for (const [value, sym] of ROMAN) {
    while (left >= value) {
      out += sym;
      left -= value;
    }
  }
  return out;
};

/**
 * Reads a canonical Roman numeral (`"XVII"` → 17); `undefined` for anything else, including
 * non-canonical forms such as `"IIII"`.
 * @category resolution
 * @since 0.1.0
 */
export const fromRoman = (s: string): number | undefined => {
  if (!/^[IVXLCDM]+$/.test(s)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s.charAt(i)] ?? 0;
    const next = values[s.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total >= 1 && total <= 3999 && toRoman(total) === s ? total : undefined;
};
