import { articleEId, chapterEId, clauseEId, pointEId } from "../eid.js";
import type { ResolutionArticle, ResolutionDocument } from "../schema.js";
import {
  basisLine, closingSentence, councilLines, issuerLines, NATIONAL_MOTTO, NATIONAL_TITLE, paragraphs, placeDateLine, type RenderOptions,
} from "./common.js";

/** Escapes text for HTML and XML content and attribute values. @category resolution @since 0.1.0 */
export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

const e = escapeXml;

const CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
html { background: #f3f3f3; }
body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.35; color: #000;
  max-width: 210mm; margin: 0 auto; padding: 20mm 15mm 20mm 30mm; box-sizing: border-box; background: #fff; }
table.header { width: 100%; border-collapse: collapse; }
table.header td { vertical-align: top; text-align: center; padding: 0; }
table.header td.issuer { width: 40%; }
table.header tr.number-date td { padding-top: 4pt; }
.bold { font-weight: bold; }
.rule { display: block; width: 30%; margin: 2pt auto 6pt; border-top: 1px solid #000; }
.motto .rule { width: 60%; }
.number { font-size: 13pt; }
.place-date { font-style: italic; font-size: 13pt; }
h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0; }
p.title { text-align: center; font-weight: bold; margin: 0 0 12pt; }
p.council { text-align: center; font-weight: bold; margin: 0; }
.preamble p { font-style: italic; text-indent: 1cm; margin: 6pt 0; text-align: justify; }
p.enacting { text-align: center; font-weight: bold; margin: 12pt 0; }
section.chapter > h2 { text-align: center; font-size: 14pt; margin: 12pt 0 0; }
section.chapter > p.chapter-title { text-align: center; font-weight: bold; text-transform: uppercase; margin: 0 0 6pt; }
section.article > h3 { font-size: 14pt; margin: 6pt 0; text-indent: 1cm; }
section.article p { text-indent: 1cm; margin: 6pt 0; text-align: justify; }
p.closing { text-indent: 1cm; text-align: justify; }
table.footer { width: 100%; margin-top: 12pt; border-collapse: collapse; }
table.footer td { vertical-align: top; }
td.signature { text-align: center; width: 50%; }
td.signature .name { margin-top: 60pt; font-weight: bold; }
@media print { html { background: none; } body { max-width: none; margin: 0; padding: 0; } section.article { break-inside: auto; } h3, h2 { break-after: avoid; } }
`;

const articleHtml = (a: ResolutionArticle): string => {
  const parts = [
    `<section class="article" id="${e(articleEId(a.number))}">`,
    `<h3>Điều ${a.number}. ${e(a.title)}</h3>`,
    ...(a.text === undefined ? [] : paragraphs(a.text).map((t) => `<p>${e(t)}</p>`)),
    ...a.clauses.flatMap((c) => [
      `<div class="clause" id="${e(clauseEId(a.number, c.number))}">`,
      ...paragraphs(c.text).map((t, i) => `<p>${i === 0 ? `${c.number}. ` : ""}${e(t)}</p>`),
      ...c.points.flatMap((p) =>
        paragraphs(p.text).map((t, i) => `<p class="point"${i === 0 ? ` id="${e(pointEId(a.number, c.number, p.letter))}"` : ""}>${i === 0 ? `${e(p.letter)}) ` : ""}${e(t)}</p>`),
      ),
      "</div>",
    ]),
    "</section>",
  ];
  return parts.join("\n");
};

/**
 * Renders a resolution as a standalone HTML page that looks like the official document:
 * a two-column, two-row header as official documents print it — the issuing council ("HỘI
 * ĐỒNG NHÂN DÂN" / "TỈNH …", both bold: the council is the issuer itself, with no parent body
 * above it) facing the national title and motto, each over a short rule; then "Số: …" facing
 * the italic place and date on one row — the title over a short rule,
 * preamble, "QUYẾT NGHỊ:", the articles, the adoption sentence and the signature block.
 * Print CSS sets A4 paper and Times New Roman 14 pt. All text is escaped.
 * @category resolution
 * @since 0.1.0
 */
export const renderHtml = (doc: ResolutionDocument, options: RenderOptions = {}): string => {
  const [issuer1, issuer2] = issuerLines(doc, options);
  const [council1, council2] = councilLines(doc, options);
  const body =
    doc.chapters !== undefined
      ? doc.chapters
          .map((ch) =>
            [
              `<section class="chapter" id="${e(chapterEId(ch.number))}">`,
              `<h2>Chương ${e(ch.number)}</h2>`,
              `<p class="chapter-title">${e(ch.title)}</p>`,
              ...ch.articles.map(articleHtml),
              "</section>",
            ].join("\n"),
          )
          .join("\n")
      : (doc.articles ?? []).map(articleHtml).join("\n");
  const closing = closingSentence(doc, options);
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nghị quyết ${e(doc.number)}</title>
<style>${CSS}</style>
</head>
<body>
<article class="resolution"${doc.status === undefined ? "" : ` data-status="${e(doc.status)}"`}>
<table class="header">
<tr class="issuer-motto">
<td class="issuer"><div class="bold">${e(issuer1)}</div><div class="bold">${e(issuer2)}</div><span class="rule"></span></td>
<td class="motto"><div class="bold">${e(NATIONAL_TITLE)}</div><div class="bold">${e(NATIONAL_MOTTO)}</div><span class="rule"></span></td>
</tr>
<tr class="number-date">
<td class="issuer"><div class="number">Số: ${e(doc.number)}</div></td>
<td class="motto"><div class="place-date">${e(placeDateLine(doc))}</div></td>
</tr>
</table>
<h1>NGHỊ QUYẾT</h1>
<p class="title">${e(doc.title)}</p>
<span class="rule title-rule"></span>
<p class="council">${e(council1)}</p>
<p class="council">${e(council2)}</p>
<div class="preamble">
${doc.legalBases.map((b, i) => `<p>${e(basisLine(b.text, i === doc.legalBases.length - 1))}</p>`).join("\n")}
</div>
<p class="enacting">QUYẾT NGHỊ:</p>
<div class="body">
${body}
</div>
${closing === undefined ? "" : `<p class="closing">${e(closing)}</p>`}
<table class="footer"><tr>
<td></td>
<td class="signature"><div class="bold">${e(doc.signature.capacity)}</div><div class="bold">${e(doc.signature.title)}</div><div class="name">${e(doc.signature.name)}</div></td>
</tr></table>
</article>
</body>
</html>
`;
};
