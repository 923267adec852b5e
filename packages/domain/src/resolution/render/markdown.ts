import { articleEId, chapterEId } from "../eid.js";
import type { ResolutionArticle, ResolutionDocument } from "../schema.js";
import {
  basisLine, closingSentence, councilLines, issuerLines, NATIONAL_MOTTO, NATIONAL_TITLE, paragraphs, placeDateLine, type RenderOptions,
} from "./common.js";

/** Escapes Markdown syntax so that text renders literally. @category resolution @since 0.1.0 */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/[\\`*_[\]{}<>#|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)([.)])(\s|$)/, "$1$2\\$3$4")
    .replace(/^(\s*)([-+=])(\s|$)/, "$1\\$2$3");

const md = escapeMarkdown;

const articleMd = (a: ResolutionArticle): string[] => [
  `### <a id="${articleEId(a.number)}"></a>Điều ${a.number}. ${md(a.title)}`,
  "",
  ...(a.text === undefined ? [] : paragraphs(a.text).flatMap((t) => [md(t), ""])),
  ...a.clauses.flatMap((c) => [
    ...paragraphs(c.text).flatMap((t, i) => [`${i === 0 ? `${c.number}\\. ` : ""}${md(t)}`, ""]),
    ...c.points.flatMap((p) => paragraphs(p.text).flatMap((t, i) => [`${i === 0 ? `${md(p.letter)}) ` : ""}${md(t)}`, ""])),
  ]),
];

/**
 * Renders a resolution as Markdown (CommonMark): header, title, preamble, articles with HTML
 * anchors named by eId, adoption sentence and signature. Text is escaped.
 * @category resolution
 * @since 0.1.0
 */
export const renderMarkdown = (doc: ResolutionDocument, options: RenderOptions = {}): string => {
  const body =
    doc.chapters !== undefined
      ? doc.chapters.flatMap((ch) => [`## <a id="${chapterEId(ch.number)}"></a>Chương ${md(ch.number)}. ${md(ch.title)}`, "", ...ch.articles.flatMap(articleMd)])
      : (doc.articles ?? []).flatMap(articleMd);
  const closing = closingSentence(doc, options);
  return [
    `**${issuerLines(doc, options).join(" ")}** — **${NATIONAL_TITLE}**  `,
    `${NATIONAL_MOTTO}`,
    "",
    `Số: ${md(doc.number)} — *${md(placeDateLine(doc))}*`,
    "",
    "# NGHỊ QUYẾT",
    "",
    `**${md(doc.title)}**`,
    "",
    `**${councilLines(doc, options).join(" — ")}**`,
    "",
    ...doc.legalBases.flatMap((b, i) => [`*${md(basisLine(b.text, i === doc.legalBases.length - 1))}*`, ""]),
    "**QUYẾT NGHỊ:**",
    "",
    ...body,
    ...(closing === undefined ? [] : [md(closing), ""]),
    `**${md(doc.signature.capacity)}**  `,
    `**${md(doc.signature.title)}**  `,
    md(doc.signature.name),
    "",
  ].join("\n");
};
