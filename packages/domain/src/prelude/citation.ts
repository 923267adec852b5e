import * as z from "zod";
import { IsoDateSchema } from "./date.js";
import { POINT_LETTERS } from "./point-letter.js";

/**
 * zod schema of {@link Citation}: the one citation shape of the package (national and provincial).
 * @category prelude
 * @since 0.2.0
 */
export const CitationSchema = z
  .object({
    /** Registry id of the instrument (national registry, or the province's own instruments). */
    instrument: z.string().min(1),
    article: z.number().int().positive().optional(),
    clause: z.number().int().positive().optional(),
    /** An unnumbered paragraph (đoạn) of a clause, as in Art. 37(3) of Law 53/2024. */
    paragraph: z.number().int().positive().optional(),
    point: z.enum(POINT_LETTERS).optional(),
    /** Part or section of a plan that has no articles, e.g. "II.3". */
    section: z.string().optional(),
    /** When the cited wording is in force (both ends included). */
    effective: z.object({ from: IsoDateSchema, to: IsoDateSchema.optional() }),
    /** `verified` [V], `secondary` [S] or `unverified` [M]: how sure the encoded reading is. */
    confidence: z.enum(["verified", "secondary", "unverified"]),
    /** Where the cited text was read, when it is not the official gazette copy. */
    source: z.string().optional(),
    note: z.string().optional(),
  })
  .meta({ id: "Citation", title: "Legal citation" });

/**
 * The legal basis of a conclusion: a point (điểm) of a clause (khoản) of an article (Điều) of an
 * instrument, with the period in which the encoded wording is in force and how sure we are of it.
 *
 * **When to use** — every rule, charge, regime, reason and target carries its citations. Build
 * national ones with `cite` from `@ctip-vn/domain/law` (it checks the provision exists) and a
 * province's with the `cite` of its profile; render them with `formatCitation`.
 *
 * **Gotchas** — `article` is absent only for provincial plans that have parts, not articles.
 * @category prelude
 * @since 0.1.0
 */
export type Citation = z.infer<typeof CitationSchema>;

/** Where to point in an instrument. @category prelude @since 0.2.0 */
export type CitationLocator = Pick<Citation, "instrument" | "article" | "clause" | "paragraph" | "point" | "section">;

/** A stable key for a citation, e.g. `100/2015/QH13#150.2.đ` or `53/2024/QH15#37.3¶2.a`. @category prelude @since 0.1.0 */
export const citationKey = (c: CitationLocator): string =>
  `${c.instrument}#${[c.article, c.clause, c.paragraph === undefined ? undefined : `¶${c.paragraph}`, c.point, c.section]
    .filter((x) => x !== undefined)
    .join(".")}`;

/** The citations without repeats (by {@link citationKey}), first occurrence kept. @category prelude @since 0.2.0 */
export const uniqueCitations = (cs: ReadonlyArray<Citation>): Citation[] => {
  const seen = new Set<string>();
  return cs.filter((c) => {
    const k = citationKey(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};
