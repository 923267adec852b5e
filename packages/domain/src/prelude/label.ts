import * as z from "zod";

/** The languages the library writes in. @category prelude @since 0.1.0 */
export type Lang = "vi" | "en" | "fr";

/** zod schema for {@link Label}. @category prelude @since 0.1.0 */
export const LabelSchema = z
  .object({ vi: z.string(), en: z.string(), fr: z.string().optional() })
  .meta({ id: "Label", title: "Text in Vietnamese and English" });
/**
 * Text in Vietnamese (authoritative, with diacritics, NFC) and English; French where the
 * product has it.
 * @category prelude
 * @since 0.1.0
 */
export type Label = z.infer<typeof LabelSchema>;

/** Picks a language, falling back to English when a French text is absent. @category prelude @since 0.1.0 */
export const textOf = (label: Label, lang: Lang): string => (lang === "fr" ? (label.fr ?? label.en) : label[lang]);
