import { flatten, resolveTemplate, translator, type Flatten } from "@solid-primitives/i18n";
import { createRoot, createSignal } from "solid-js";
import { en } from "./en.js";
import { fr } from "./fr.js";
import { vi, type Dict } from "./vi.js";

/** The languages of the admin: Vietnamese first. */
export const LOCALES = ["vi", "en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_NAMES: Record<Locale, string> = { vi: "Tiếng Việt", en: "English", fr: "Français" };
const catalogues: Record<Locale, Dict> = { vi, en, fr };
const KEY = "ctip-vn.locale";

export const isLocale = (x: unknown): x is Locale => typeof x === "string" && (LOCALES as ReadonlyArray<string>).includes(x);
const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(KEY);

/** Flattened catalogue keys, e.g. "cls.status.TRAFFICKING". */
export type Key = keyof Flatten<Dict>;

const flat = { vi: flatten(vi), en: flatten(en), fr: flatten(fr) };
const translators = { vi: translator(() => flat.vi, resolveTemplate), en: translator(() => flat.en, resolveTemplate), fr: translator(() => flat.fr, resolveTemplate) };
let override: Locale | undefined;
const i18n = createRoot(() => {
  const [locale, setLocaleSignal] = createSignal<Locale>(isLocale(stored) ? stored : "vi");
  return { locale, setLocaleSignal };
});

/** The current language (or the one forced by {@link inLocale}). */
export const locale = (): Locale => override ?? i18n.locale();
/** Runs `fn` with every translation in language `l` (official documents are always in Vietnamese). */
export const inLocale = <T,>(l: Locale, fn: () => T): T => {
  const before = override;
  override = l;
  try {
    return fn();
  } finally {
    override = before;
  }
};
/** Switches the language (remembered in this browser) and updates `<html lang>`. */
export const setLocale = (l: Locale) => {
  i18n.setLocaleSignal(l);
  if (typeof localStorage !== "undefined") localStorage.setItem(KEY, l);
  if (typeof document !== "undefined") document.documentElement.lang = l;
};
if (typeof document !== "undefined") document.documentElement.lang = i18n.locale();

/** Translates a catalogue key, filling `{{ name }}` templates. */
export const t = (key: Key, args?: Record<string, string | number>): string => {
  const v = translators[locale()](key, args as never) as unknown;
  return typeof v === "string" ? v : String(key);
};
/** Translates a key built at run time (enum values); falls back to `fallback` when absent. */
export const tDyn = (key: string, fallback: string, args?: Record<string, string | number>): string => {
  const d = flat[locale()] as Record<string, unknown>;
  return typeof d[key] === "string" ? t(key as Key, args) : fallback;
};
/** The catalogue of a language, for tests. */
export const catalogue = (l: Locale): Dict => catalogues[l];
