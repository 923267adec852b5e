/**
 * The letters that number points (điểm) inside a clause, in order. Vietnamese drafting uses the
 * Vietnamese alphabet without f, j, w, z and without the accented vowels, and keeps `đ` as a
 * letter of its own right after `d`.
 *
 * **Law** — observed in statute text: Bộ luật Hình sự Điều 51 khoản 1 runs `a` … `x` over 22
 * points (verified); `y` as the 23rd letter follows the Vietnamese alphabet (unverified: no text
 * reaches it). Decree 34/2016/NĐ-CP Điều 62 sets the điều → khoản → điểm layout.
 *
 * **Gotchas** — what follows `y` is not settled by any rule or example; {@link nextPointLetter}
 * answers `undefined` there instead of inventing a label.
 * @category prelude
 * @since 0.1.0
 */
export const POINT_LETTERS = [
  "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
  "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
] as const;

/** One point letter (`"đ"` is distinct from `"d"`). @category prelude @since 0.1.0 */
export type PointLetter = (typeof POINT_LETTERS)[number];

/** Whether `s` is a point letter (exact, lower case, NFC). @category prelude @since 0.1.0 */
export const isPointLetter = (s: string): s is PointLetter => (POINT_LETTERS as ReadonlyArray<string>).includes(s);

/** Position of a letter in the sequence, 0 for `a`. @category prelude @since 0.1.0 */
export const pointIndex = (letter: PointLetter): number => POINT_LETTERS.indexOf(letter);

/** The `n`-th point letter (0-based), or `undefined` past `y`. @category prelude @since 0.1.0 */
export const pointLetterAt = (n: number): PointLetter | undefined => POINT_LETTERS[n];

/** The letter after `letter`, or `undefined` after `y`. @category prelude @since 0.1.0 */
export const nextPointLetter = (letter: PointLetter): PointLetter | undefined => POINT_LETTERS[pointIndex(letter) + 1];

/** Sorts letters in legal order (not code-point order, which would put `đ` last). @category prelude @since 0.1.0 */
export const sortPointLetters = (letters: ReadonlyArray<PointLetter>): PointLetter[] =>
  letters.toSorted((a, b) => pointIndex(a) - pointIndex(b));
