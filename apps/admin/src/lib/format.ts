import type { Locale } from "../i18n/index.js";

const TAG: Record<Locale, string> = { vi: "vi-VN", en: "en-GB", fr: "fr-FR" };

/** A calendar date (YYYY-MM-DD) as people write it: 10/05/2024 in vi and fr, 10 May 2024 in en. */
export const formatDate = (iso: string, l: Locale): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return iso;
  const [, y, mo, d] = m;
  if (l === "en") return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return `${d}/${mo}/${y}`;
};
/** A whole number with the language's thousands separator (1.000.000 in vi). */
export const formatNumber = (n: number, l: Locale): string => new Intl.NumberFormat(TAG[l]).format(n);
