import * as z from "zod";

/**
 * An amount of Vietnamese đồng, as a whole number (the đồng has no subunit in use).
 *
 * **Gotchas** — amounts in this library stay far below 2^53, so a `number` is exact. Build values
 * with {@link vnd}, which rejects fractions and unsafe integers.
 * @category prelude
 * @since 0.1.0
 */
export type Vnd = number & { readonly __brand: "Vnd" };

/** Checks and brands an amount in đồng. @category prelude @since 0.1.0 */
export const vnd = (amount: number): Vnd => {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`An amount in đồng must be a whole number, got ${amount}`);
  return amount as Vnd;
};

/** zod schema for {@link Vnd}. @category prelude @since 0.1.0 */
export const VndSchema = z
  .number()
  .int("an amount in đồng is a whole number")
  .refine(Number.isSafeInteger, { message: "amount too large", params: { code: "issue.too-large" } })
  .transform((n) => n as Vnd)
  .meta({ id: "Vnd", title: "Amount in đồng", description: "Whole Vietnamese đồng" });

/** Sum of amounts in đồng. @category prelude @since 0.1.0 */
export const sumVnd = (amounts: ReadonlyArray<Vnd>): Vnd => vnd(amounts.reduce((a, b) => a + b, 0));

/** A range of amounts, both ends included (e.g. a fine "from 20,000,000 to 100,000,000 đồng"). @category prelude @since 0.1.0 */
export interface VndRange {
  readonly min: Vnd;
  readonly max: Vnd;
}

const group = (n: number, sep: string): string => {
  const s = String(Math.abs(n));
  const out = s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return n < 0 ? `-${out}` : out;
};

/**
 * Formats đồng the way each language writes it.
 *
 * **Example**
 * ```ts
 * formatVnd(vnd(20_000_000), "vi") // "20.000.000 đồng"
 * formatVnd(vnd(20_000_000), "en") // "VND 20,000,000"
 * formatVnd(vnd(20_000_000), "fr") // "20 000 000 VND"
 * ```
 * @category prelude
 * @since 0.1.0
 */
export const formatVnd = (amount: Vnd, lang: "vi" | "en" | "fr" = "vi"): string =>
  lang === "vi" ? `${group(amount, ".")} đồng` : lang === "en" ? `VND ${group(amount, ",")}` : `${group(amount, "\u202f")} VND`;
