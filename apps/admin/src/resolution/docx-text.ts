import { strFromU8, unzipSync } from "fflate";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e.startsWith("#x") || e.startsWith("#X") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m)));

/**
 * The text of a DOCX file, one line per paragraph (fflate unzips it; the runs of each `<w:p>` of
 * `word/document.xml` are joined). Enough to read back a resolution for the domain's parser.
 */
export const docxText = (bytes: Uint8Array): string => {
  const files = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" });
  const xml = files["word/document.xml"];
  if (xml === undefined) throw new Error("not a DOCX file: word/document.xml is missing");
  const doc = strFromU8(xml);
  const lines: string[] = [];
  for (const p of doc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let line = "";
    for (const r of p[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) line += r[1] === undefined ? (r[0] === "<w:br/>" ? "\n" : "\t") : unescape(r[1]);
    lines.push(line);
  }
  return lines.join("\n");
};
