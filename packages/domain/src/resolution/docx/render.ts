import { Data } from "effect";
import { articlesOf } from "../eid.js";
import {
  basisLine, closingSentence, councilLines, issuerLines, NATIONAL_MOTTO, NATIONAL_TITLE, paragraphs, placeDateLine, type RenderOptions,
} from "../render/common.js";
import type { ResolutionArticle, ResolutionDocument } from "../schema.js";

/**
 * The optional peer dependency `docx` is not installed, so a Word document cannot be rendered.
 * `install` is the command that adds it.
 * @category resolution
 * @since 0.2.0
 */
export class DocxUnavailable extends Data.TaggedError("DocxUnavailable")<{
  readonly install: string;
  readonly cause?: unknown;
}> {
  override get message(): string {
    return `Rendering DOCX needs the optional peer dependency "docx": run \`${this.install}\``;
  }
}

const INSTALL = "npm install docx@^9";

/**
 * The parts of the `docx` library the Word renderer uses, for {@link docxRenderer}.
 * @category resolution
 * @since 0.3.0
 */
export type DocxLibrary = Pick<
  typeof import("docx"),
  "AlignmentType" | "Document" | "Packer" | "Paragraph" | "Table" | "TableBorders" | "TableCell" | "TableRow" | "TextRun" | "WidthType"
>;

const loadDocx = async (): Promise<DocxLibrary> => {
  try {
    return await import("docx");
  } catch (cause) {
    throw new DocxUnavailable({ install: INSTALL, cause });
  }
};

// Twentieths of a point: 1 mm = 56.7 twips.
const MM = 56.7;
const A4 = { width: 11906, height: 16838 } as const;

/**
 * Renders a resolution as a Word document (`.docx`) with the `docx` library: A4, margins
 * 20/15/20/30 mm, Times New Roman 14 pt, a borderless two-column header of two rows (issuing
 * council, bold, | national title and motto, each over a rule; "Số: …" | italic place and
 * date), centred title over a short rule,
 * italic preamble, bold article headings, signature block on the right.
 *
 * **When to use** — the "download as Word" action (`POST /v1/resolutions/render?format=docx`).
 *
 * **Gotchas** — `docx` is an **optional peer dependency**, loaded with a dynamic `import` only
 * by this subpath (`@ctip-vn/domain/resolution/docx`), so every other entry bundles without it;
 * without it this function rejects with {@link DocxUnavailable}, naming the install command.
 * A bundled application can import `docx` itself and use {@link docxRenderer}, which ships less.
 * The bytes are a zip (they start with `PK`); serve them as
 * `application/vnd.openxmlformats-officedocument.wordprocessingml.document`.
 *
 * **Example**
 * ```ts
 * const bytes = await renderResolutionDocx(ngheAnAntiTraffickingTemplate())
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const renderResolutionDocx = async (doc: ResolutionDocument, options: RenderOptions = {}): Promise<Uint8Array> =>
  docxRenderer(await loadDocx())(doc, options);

/**
 * {@link renderResolutionDocx} with the `docx` library given by the caller instead of loaded on
 * first use: the same document.
 *
 * **When to use** — in an application that bundles its code (a Cloudflare Worker, for example).
 * Bundlers cannot tell which exports of a dynamically imported module are used, so the lazy
 * `import("docx")` of {@link renderResolutionDocx} ships the whole library; named static imports
 * let the bundler keep only the parts the renderer reaches (esbuild: about a fifth less).
 *
 * **Gotchas** — pass an object of named imports, not `import * as docx from "docx"`: a namespace
 * used as a value keeps the whole library in the bundle again.
 *
 * **Example**
 * ```ts
 * import { AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from "docx"
 * const render = docxRenderer({ AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType })
 * const bytes = await render(ngheAnAntiTraffickingTemplate())
 * ```
 * @category resolution
 * @since 0.3.0
 */
export const docxRenderer =
  ({ AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType }: DocxLibrary) =>
  async (doc: ResolutionDocument, options: RenderOptions = {}): Promise<Uint8Array> => {
    type Run = InstanceType<typeof TextRun>;
    const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}): Run =>
      new TextRun({ text, ...(o.bold === true ? { bold: true } : {}), ...(o.italics === true ? { italics: true } : {}), ...(o.size === undefined ? {} : { size: o.size }) });
    const centre = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; after?: number } = {}) =>
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: o.after ?? 0 }, children: [run(text, o)] });
    const body = (children: Run[], o: { indent?: boolean; italics?: boolean } = {}) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 60, after: 60 },
        ...(o.indent === false ? {} : { indent: { firstLine: Math.round(10 * MM) } }),
        children,
      });

    const articleParas = (a: ResolutionArticle) => [
      body([run(`Điều ${a.number}. ${a.title}`, { bold: true })]),
      ...(a.text === undefined ? [] : paragraphs(a.text).map((t) => body([run(t)]))),
      ...a.clauses.flatMap((c) => [
        ...paragraphs(c.text).map((t, i) => body([run(`${i === 0 ? `${c.number}. ` : ""}${t}`)])),
        ...c.points.flatMap((p) => paragraphs(p.text).map((t, i) => body([run(`${i === 0 ? `${p.letter}) ` : ""}${t}`)]))),
      ]),
    ];

    const [issuer1, issuer2] = issuerLines(doc, options);
    const [council1, council2] = councilLines(doc, options);
    const cell = (children: InstanceType<typeof Paragraph>[], pct: number) =>
      new TableCell({ width: { size: pct, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, children });
    const header = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      // Two rows, as official documents print the header: issuer | national title and motto, each
      // over a short rule; then "Số: …" | place and date on the same line.
      rows: [
        new TableRow({
          children: [
            cell([centre(issuer1, { bold: true, size: 26 }), centre(issuer2, { bold: true, size: 26 }), centre("-------", { size: 26 })], 40),
            cell([centre(NATIONAL_TITLE, { bold: true, size: 26 }), centre(NATIONAL_MOTTO, { bold: true }), centre("---------------", { size: 26 })], 60),
          ],
        }),
        new TableRow({
          children: [cell([centre(`Số: ${doc.number}`, { size: 26 })], 40), cell([centre(placeDateLine(doc), { italics: true })], 60)],
        }),
      ],
    });
    const chapters =
      doc.chapters !== undefined
        ? doc.chapters.flatMap((ch) => [centre(`Chương ${ch.number}`, { bold: true }), centre(ch.title.toLocaleUpperCase("vi"), { bold: true, after: 120 }), ...ch.articles.flatMap(articleParas)])
        : articlesOf(doc).flatMap(({ article }) => articleParas(article));
    const closing = closingSentence(doc, options);
    const signature = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          children: [
            cell([new Paragraph({ children: [] })], 50),
            cell([centre(doc.signature.capacity, { bold: true }), centre(doc.signature.title, { bold: true, after: 1200 }), centre(doc.signature.name, { bold: true })], 50),
          ],
        }),
      ],
    });

    const file = new Document({
      creator: "ctip-vn",
      title: `Nghị quyết ${doc.number}`,
      description: doc.title,
      styles: { default: { document: { run: { font: "Times New Roman", size: 28 } } } },
      sections: [
        {
          properties: {
            page: {
              size: { width: A4.width, height: A4.height },
              margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
            },
          },
          children: [
            header,
            centre("NGHỊ QUYẾT", { bold: true }),
            centre(doc.title, { bold: true }),
            centre("--------", { after: 240 }),
            centre(council1, { bold: true }),
            centre(council2, { bold: true, after: 240 }),
            ...doc.legalBases.map((b, i) => body([run(basisLine(b.text, i === doc.legalBases.length - 1), { italics: true })])),
            centre("QUYẾT NGHỊ:", { bold: true, after: 120 }),
            ...chapters,
            ...(closing === undefined ? [] : [body([run(closing)])]),
            signature,
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toArrayBuffer(file));
  };
