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
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== "object") return v;
    const copy = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "params" || k === "text" || k === "basis" ? x : walk(x)]));
    if (!isMessage(v)) return copy;
    return { ...copy, display: renderMessage(messageCatalogue, v, lang) ?? (lang === "fr" ? (v.text.fr ?? v.text.en) : v.text[lang]) };
  };
  return walk(value) as T;
};

/**
 * The text of an input {@link Issue} in one language, from {@link messageCatalogue}: what an
 * HTTP handler answers `Accept-Language` with (the issue's `path` stays data).
 * @category messages
 * @since 0.3.0
 */
export const renderIssue = (i: Issue, lang: Lang): string => issueText(messageCatalogue, i, lang);
