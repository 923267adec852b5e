import * as z from "zod";
import { instruments, isInstrumentId } from "../law/instruments.js";
import type { Citation } from "../prelude/citation.js";
import { IsoDateSchema } from "../prelude/date.js";
import type { Label, Lang } from "../prelude/label.js";
import { POINT_LETTERS } from "../prelude/point-letter.js";

/** zod schema for {@link Basis}. @category eligibility @since 0.1.0 */
export const BasisSchema = z
  .object({
    instrument: z.string().min(1),
    article: z.number().int().positive().optional(),
    clause: z.number().int().positive().optional(),
    paragraph: z.number().int().positive().optional(),
    point: z.enum(POINT_LETTERS).optional(),
    /** Part or section of a plan that has no articles, e.g. "II.3". */
    section: z.string().optional(),
    effective: z.object({ from: IsoDateSchema, to: IsoDateSchema.optional() }),
    confidence: z.enum(["verified", "secondary", "unverified"]),
    note: z.string().optional(),
  })
  .meta({ id: "Basis", title: "Legal basis (national or provincial citation)" });

/**
 * The legal basis of a support outcome: a {@link Citation} of a registered instrument, or a
 * citation of a province's own instrument (a plan without articles, a resolution whose articles
 * were not read). Every national {@link Citation} is a `Basis`.
 *
 * **Law** — Vietnamese citation order, smallest unit first: điểm → khoản → (đoạn) → Điều → văn bản.
 *
 * **When to use** — the `basis` of every regime, reason and content item of an eligibility result.
 *
 * **Gotchas** — `article` is optional only because provincial plans have parts, not articles, and
 * because the articles of some resolutions were not readable; national rules always carry one.
 * `paragraph` is an unnumbered paragraph (đoạn) of a clause, as in Art. 37(3) of Law 53/2024.
 *
 * **Example**
 * ```ts
 * const b: Basis = { instrument: "53/2024/QH15", article: 37, clause: 1, point: "a",
 *   effective: { from: isoDate("2025-07-01") }, confidence: "verified" };
 * formatBasis(b, "vi") // "điểm a khoản 1 Điều 37 Luật Phòng, chống mua bán người 2024"
 * ```
 * @category eligibility
 * @since 0.1.0
 */
export type Basis = z.infer<typeof BasisSchema>;


/** Widens a checked national {@link Citation} to a {@link Basis}. @category eligibility @since 0.1.0 */
export const basisOf = (c: Citation, extra: { readonly paragraph?: number; readonly note?: string } = {}): Basis => ({ ...c, ...extra });

/** A stable key for a basis, e.g. `53/2024/QH15#37.3¶2.a`. @category eligibility @since 0.1.0 */
export const basisKey = (b: Basis): string =>
  `${b.instrument}#${[b.article, b.clause, b.paragraph === undefined ? undefined : `¶${b.paragraph}`, b.point, b.section]
    .filter((x) => x !== undefined)
    .join(".")}`;

/**
 * Renders a basis in a language. Registered instruments use their citation name; a province's own
 * instrument uses the `names` given (its `citeAs` label), else its id.
 *
 * **Example**
 * ```ts
 * formatBasis({ instrument: "53/2024/QH15", article: 37, clause: 3, paragraph: 2, point: "a", ... }, "en")
 * // "Law on Human Trafficking 2024, Art. 37(3), para. 2, (a)"
 * ```
 * @category eligibility
 * @since 0.1.0
 */
export const formatBasis = (b: Basis, lang: Lang = "vi", names: Readonly<Record<string, Label>> = {}): string => {
  const local = names[b.instrument];
  const name: string = isInstrumentId(b.instrument)
    ? instruments[b.instrument].citeAs[lang]
    : local === undefined
      ? b.instrument
      : lang === "fr"
        ? (local.fr ?? local.en)
        : local[lang];
  if (lang === "vi") {
    return [
      b.point === undefined ? undefined : `điểm ${b.point}`,
      b.paragraph === undefined ? undefined : `đoạn ${b.paragraph}`,
      b.clause === undefined ? undefined : `khoản ${b.clause}`,
      b.article === undefined ? undefined : `Điều ${b.article}`,
      b.section === undefined ? undefined : `mục ${b.section}`,
      name,
    ]
      .filter((s) => s !== undefined)
      .join(" ");
  }
  const art = lang === "en" ? "Art." : "art.";
  const parts = [
    name,
    b.section === undefined ? undefined : `${lang === "en" ? "part" : "partie"} ${b.section}`,
    b.article === undefined
      ? undefined
      : `${art} ${b.article}${b.clause === undefined ? "" : `(${b.clause})`}${b.paragraph === undefined ? "" : `, ${lang === "en" ? "para." : "al."} ${b.paragraph},`}${b.point === undefined ? "" : `${b.paragraph === undefined ? "" : " "}(${b.point})`}`,
  ];
  return parts.filter((s) => s !== undefined).join(", ");
};
