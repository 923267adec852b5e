import * as z from "zod";

/** The languages the library writes in. @category prelude @since 0.1.0 */
export type Lang = "vi" | "en" | "fr";

/**
 * Text in Vietnamese (authoritative, with diacritics, NFC) and English; French where the
 * product has it.
 * @category prelude
 * @since 0.1.0
 */
export interface Label {
  readonly vi: string;
  readonly en: string;
  readonly fr?: string;
}

/** zod schema for {@link Label}. @category prelude @since 0.1.0 */
export const LabelSchema = z
  .object({ vi: z.string(), en: z.string(), fr: z.string().optional() })
  .meta({ id: "Label", title: "Text in Vietnamese and English" });

/** Picks a language, falling back to English when a French text is absent. @category prelude @since 0.1.0 */
export const textOf = (label: Label, lang: Lang): string => (lang === "fr" ? (label.fr ?? label.en) : label[lang]);
