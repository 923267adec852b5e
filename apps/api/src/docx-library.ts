// The parts of docx the resolution renderer uses (the domain's `DocxLibrary`), re-exported by name
// and loaded on the first in-process DOCX request (app.ts). By name, so that a bundler (wrangler's
// esbuild for the Worker) keeps only what they reach: the domain's `renderResolutionDocx` imports
// docx's whole namespace, which ships all of docx. Lazily, so that a Node server, which renders on
// worker threads, never loads docx on its main thread.
export { AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from "docx";
