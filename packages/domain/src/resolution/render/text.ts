import { articlesOf } from "../eid.js";
import type { ResolutionArticle, ResolutionDocument } from "../schema.js";
import {
  basisLine, closingSentence, councilLines, issuerLines, NATIONAL_MOTTO, NATIONAL_TITLE, paragraphs, placeDateLine, type RenderOptions,
} from "./common.js";

const articleLines = (a: ResolutionArticle): string[] => [
  `Điều ${a.number}. ${a.title}`.trimEnd(),
  ...(a.text === undefined ? [] : paragraphs(a.text)),
  ...a.clauses.flatMap((c) => {
    const [first = "", ...rest] = paragraphs(c.text);
    return [
      `${c.number}. ${first}`.trimEnd(),
      ...rest,
      ...c.points.flatMap((p) => {
        const [pFirst = "", ...pRest] = paragraphs(p.text);
        return [`${p.letter}) ${pFirst}`.trimEnd(), ...pRest];
      }),
    ];
  }),
];

/**
 * Renders a resolution as plain text, in the layout of the official document read top to
 * bottom (the two header columns one after the other). `parseResolution` reads this back.
 * @category resolution
 * @since 0.1.0
 */
export const renderText = (doc: ResolutionDocument, options: RenderOptions = {}): string => {
  const body: string[] =
    doc.chapters !== undefined
      ? doc.chapters.flatMap((ch) => [`Chương ${ch.number}`, ch.title, ...ch.articles.flatMap(articleLines)])
      : articlesOf(doc).flatMap(({ article }) => articleLines(article));
  const closing = closingSentence(doc, options);
  return [
    ...issuerLines(doc, options),
    NATIONAL_TITLE,
    NATIONAL_MOTTO,
    `Số: ${doc.number}`,
    placeDateLine(doc),
    "",
    "NGHỊ QUYẾT",
    doc.title,
    "",
    ...councilLines(doc, options),
    "",
    ...doc.legalBases.map((b, i) => basisLine(b.text, i === doc.legalBases.length - 1)),
    "",
    "QUYẾT NGHỊ:",
    "",
    ...body,
    ...(closing === undefined ? [] : ["", closing]),
    "",
    doc.signature.capacity,
    doc.signature.title,
    doc.signature.name,
    "",
  ].join("\n");
};
