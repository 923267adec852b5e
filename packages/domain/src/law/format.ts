import type { Citation, CitationLocator } from "../prelude/citation.js";
import type { Label, Lang } from "../prelude/label.js";
import { instruments, isInstrumentId } from "./instruments.js";

/**
 * Names of instruments outside the national registry (a province's own), keyed by id, as they
 * read inside a citation.
 * @category law
 * @since 0.2.0
 */
export type InstrumentNames = Readonly<Record<string, Label>>;

/**
 * Renders a citation in the legal style of a language: Vietnamese smallest unit first
 * (điểm → khoản → đoạn → Điều → văn bản), English and French instrument first. A registered
 * instrument uses its citation name; a province's own instrument the `names` given, else its id.
 *
 * **Example**
 * ```ts
 * formatCitation(cite("100/2015/QH13", { article: 150, clause: 2, point: "đ" }), "vi")
 * ```
 * @category law
 * @since 0.1.0
 */
export const formatCitation = (c: CitationLocator & Partial<Citation>, lang: Lang = "vi", names: InstrumentNames = {}): string => {
  const local = names[c.instrument];
  const name: string = isInstrumentId(c.instrument)
    ? instruments[c.instrument].citeAs[lang]
    : local === undefined
      ? c.instrument
      : lang === "fr"
        ? (local.fr ?? local.en)
        : local[lang];
  const defined = (xs: ReadonlyArray<string | undefined>) => xs.filter((s) => s !== undefined);
  switch (lang) {
    case "vi":
      return defined([
        c.point === undefined ? undefined : `điểm ${c.point}`,
        c.paragraph === undefined ? undefined : `đoạn ${c.paragraph}`,
        c.clause === undefined ? undefined : `khoản ${c.clause}`,
        c.article === undefined ? undefined : `Điều ${c.article}`,
        c.section === undefined ? undefined : `mục ${c.section}`,
        name,
      ]).join(" ");
    case "en":
      return defined([
        name,
        c.section === undefined ? undefined : `part ${c.section}`,
        c.article === undefined
          ? undefined
          : `Art. ${c.article}${c.clause === undefined ? "" : `(${c.clause})`}${c.paragraph === undefined ? "" : `, para. ${c.paragraph},`}${c.point === undefined ? "" : `${c.paragraph === undefined ? "" : " "}(${c.point})`}`,
      ]).join(", ");
    case "fr":
      return defined([
        name,
        c.section === undefined ? undefined : `partie ${c.section}`,
        c.article === undefined ? undefined : `art. ${c.article}`,
        c.clause === undefined ? undefined : `al. ${c.clause}`,
        c.paragraph === undefined ? undefined : `paragraphe ${c.paragraph}`,
        c.point === undefined ? undefined : `point ${c.point}`,
      ]).join(", ");
  }
};
