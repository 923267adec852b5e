import * as z from "zod";
import { instruments, type InstrumentId } from "../law/instruments.js";
import type { Confidence } from "./confidence.js";
import { IsoDateSchema, type Period } from "./date.js";
import type { Lang } from "./label.js";
import { POINT_LETTERS, type PointLetter } from "./point-letter.js";

/**
 * The legal basis of a conclusion: a point (điểm) of a clause (khoản) of an article (Điều) of an
 * instrument, with the period in which the encoded wording is in force and how sure we are of it.
 *
 * **When to use** — every rule, charge, regime and target carries its citations. Build them with
 * `cite` from `@ctip-vn/domain/law`, which checks the article, clause and point exist.
 * @category prelude
 * @since 0.1.0
 */
export interface Citation {
  readonly instrument: InstrumentId;
  readonly article: number;
  readonly clause?: number;
  readonly point?: PointLetter;
  /** When the cited wording is in force (both ends included). */
  readonly effective: Period;
  readonly confidence: Confidence;
}

/** zod schema for {@link Citation} (JSON form). @category prelude @since 0.1.0 */
export const CitationSchema = z
  .object({
    instrument: z.string(),
    article: z.number().int().positive(),
    clause: z.number().int().positive().optional(),
    point: z.enum(POINT_LETTERS).optional(),
    effective: z.object({ from: IsoDateSchema, to: IsoDateSchema.optional() }),
    confidence: z.enum(["verified", "secondary", "unverified"]),
  })
  .meta({ id: "Citation", title: "Legal citation" });

/**
 * Renders a citation in the legal style of a language.
 *
 * **Example**
 * ```ts
 * formatCitation(c, "vi") // "điểm đ khoản 2 Điều 150 Bộ luật Hình sự 2015"
 * formatCitation(c, "en") // "Penal Code 2015, Art. 150(2)(đ)"
 * formatCitation(c, "fr") // "Code pénal de 2015, art. 150, al. 2, point đ"
 * ```
 * @category prelude
 * @since 0.1.0
 */
export const formatCitation = (
  c: Pick<Citation, "instrument" | "article" | "clause" | "point">,
  lang: Lang = "vi",
): string => {
  const name = instruments[c.instrument].citeAs;
  switch (lang) {
    case "vi":
      return [
        c.point === undefined ? undefined : `điểm ${c.point}`,
        c.clause === undefined ? undefined : `khoản ${c.clause}`,
        `Điều ${c.article}`,
        name.vi,
      ]
        .filter((s) => s !== undefined)
        .join(" ");
    case "en":
      return `${name.en}, Art. ${c.article}${c.clause === undefined ? "" : `(${c.clause})`}${c.point === undefined ? "" : `(${c.point})`}`;
    case "fr":
      return [name.fr, `art. ${c.article}`, c.clause === undefined ? undefined : `al. ${c.clause}`, c.point === undefined ? undefined : `point ${c.point}`]
        .filter((s) => s !== undefined)
        .join(", ");
  }
};

/** A stable key for a citation, e.g. `100/2015/QH13#150.2.đ`. @category prelude @since 0.1.0 */
export const citationKey = (c: Pick<Citation, "instrument" | "article" | "clause" | "point">): string =>
  `${c.instrument}#${[c.article, c.clause, c.point].filter((x) => x !== undefined).join(".")}`;
