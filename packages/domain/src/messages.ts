import { classificationMessages } from "./classification/index.js";
import { eligibilityMessages } from "./eligibility/index.js";
import { kpiMessages } from "./kpi/index.js";
import { resolutionMessages } from "./resolution/index.js";
import { issueMessages, issueText, type Issue } from "./prelude/issue.js";
import type { Lang } from "./prelude/label.js";
import { renderMessage, type Catalogue, type Message } from "./prelude/message.js";

/**
 * Every message catalogue of the package, by code: what a UI or the API renders a message's
 * `code` and `params` with, in Vietnamese, English or French.
 * @category messages
 * @since 0.2.0
 */
export const messageCatalogue: Catalogue = { ...issueMessages, ...classificationMessages, ...eligibilityMessages, ...kpiMessages, ...resolutionMessages };

const isMessage = (v: object): v is Message =>
  "code" in v && "state" in v && "params" in v && "text" in v && typeof (v as { code: unknown }).code === "string";

/**
 * A copy of a result in which every message carries `display`, its text in `lang`, rendered from
 * {@link messageCatalogue} (French falls back to English where the catalogue has no French).
 *
 * **When to use** — an HTTP handler answering in the language of `Accept-Language`; a UI that
 * shows one language.
 * @category messages
 * @since 0.2.0
 */
export const renderMessages = <T>(value: T, lang: Lang): T => {
  // One walk with plain loops (it runs over every answer of the API).
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (let i = 0; i < v.length; i++) out.push(walk(v[i]));
      return out;
    }
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      copy[k] = k === "params" || k === "text" || k === "basis" ? x : walk(x);
    }
    if (!isMessage(v)) return copy;
    copy["display"] = displayOf(v, lang);
    return copy;
  };
  return walk(value) as T;
};

/**
 * A message's text in one language from {@link messageCatalogue}. The text the message carries
 * was rendered from the same template (a test checks every message of the scenarios): it is
 * reused, except in French where the catalogue has no French template (the English template is
 * then rendered with French labels).
 */
const displayOf = (m: Message, lang: Lang): string => {
  const t = messageCatalogue[m.code];
  if (t !== undefined && (lang !== "fr" || t.fr !== undefined)) {
    const text = m.text[lang];
    if (text !== undefined) return text;
  }
  return renderMessage(messageCatalogue, m, lang) ?? (lang === "fr" ? (m.text.fr ?? m.text.en) : m.text[lang]);
};

/**
 * The text of an input {@link Issue} in one language, from {@link messageCatalogue}: what an
 * HTTP handler answers `Accept-Language` with (the issue's `path` stays data).
 * @category messages
 * @since 0.3.0
 */
export const renderIssue = (i: Issue, lang: Lang): string => issueText(messageCatalogue, i, lang);
