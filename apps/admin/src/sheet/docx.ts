import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { SheetModel } from "./model.js";
import { inLocale, t } from "../i18n/index.js";

const FONT = "Times New Roman";
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const p = (text: string, o: { bold?: boolean; italics?: boolean; center?: boolean; size?: number; justify?: boolean } = {}) =>
  new Paragraph({
    alignment: o.center === true ? AlignmentType.CENTER : o.justify === true ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
    spacing: { after: 60 },
    children: [new TextRun({ text, bold: o.bold ?? false, italics: o.italics ?? false, font: FONT, size: o.size ?? 26 })],
  });
const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders: noBorders });

/** The sheet as a Word document: A4, Times New Roman 13, margins of Decree 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm). */
export const sheetDocx = (m: SheetModel): Promise<Blob> =>
  inLocale("vi", () => {
    const dots = "……………";
    const head = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: noBorders,
      rows: [
        new TableRow({
          children: [
            cell([p(m.agency === "" ? dots : m.agency.toUpperCase(), { bold: true, center: true, size: 24 }), p("———", { center: true }), p(t("sheet.number", { n: m.number === "" ? `${dots}/PKQ` : m.number }), { center: true })], 40),
            cell(
              [
                p(t("sheet.nation"), { bold: true, center: true, size: 24 }),
                p(t("sheet.motto"), { bold: true, center: true }),
                p("———————", { center: true }),
                p(t("sheet.placeDate", { place: m.place === "" ? dots : m.place, d: m.date.d || "…", m: m.date.m || "…", y: m.date.y || "……" }), { italics: true, center: true }),
              ],
              60,
            ),
          ],
        }),
      ],
    });
    const sign = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: noBorders,
      rows: [new TableRow({ children: [cell([p(t("sheet.recipients"), { bold: true, italics: true, size: 24 }), p(t("sheet.recipientFile"), { size: 22 })], 50), cell([p(t("sheet.signer"), { bold: true, center: true }), p(t("sheet.signHint"), { italics: true, center: true })], 50)] })],
    });
    const body = [
      head,
      p(""),
      p(m.title, { bold: true, center: true, size: 28 }),
      p(m.subtitle, { bold: true, center: true }),
      ...(m.provisional ? [p(t("cls.provisional").toUpperCase(), { bold: true, center: true })] : []),
      p(t("sheet.caseRef", { ref: m.caseRef === "" ? dots : m.caseRef })),
      ...m.bases.map((b) => p(b, { italics: true, justify: true })),
      p(t("sheet.facts"), { bold: true }),
      ...m.facts.map(([k, v]) => p(`- ${k}: ${v}.`, { justify: true })),
      p(t("sheet.result"), { bold: true }),
      ...m.result.flatMap((part) => [...(part.heading === undefined ? [] : [p(part.heading, { bold: true, justify: true })]), ...part.lines.map((l) => p(l, { justify: true }))]),
      p(""),
      sign,
      p(""),
      p(t("sheet.hash", { hash: m.hash }), { size: 18 }),
      p(m.footer, { size: 18 }),
    ];
    const doc = new Document({
      creator: "ctip-vn",
      title: m.title,
      sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children: body }],
    });
    return Packer.toBlob(doc);
  });
