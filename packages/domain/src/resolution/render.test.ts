import { inflateRawSync } from "node:zlib";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Result } from "effect";
import { AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from "docx";
import { arbitraryResolution } from "../testing/resolution.js";
import { parseResolution } from "./parse.js";
import { resolutionNodes } from "./eid.js";
import { docxRenderer, renderResolutionDocx } from "./docx/index.js";
import { AKN_NAMESPACE, escapeMarkdown, renderResolution, slug } from "./render/index.js";
import type { ResolutionDocument } from "./schema.js";
import { ngheAnAntiTraffickingTemplate } from "./template.js";

/** A small XML reader for tests: checks well-formedness and builds a tree. */
interface XmlNode {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
  text: string;
}
const parseXml = (xml: string): XmlNode => {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const root: XmlNode = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  const unescape = (s: string): string => {
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(s)) throw new Error(`bad entity in ${s.slice(0, 40)}`);
    return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  };
  let m: RegExpExecArray | null;
  while ((m = token.exec(body)) !== null) {
    const top = stack.at(-1);
    if (top === undefined) throw new Error("content after the root element");
    if (m[6] !== undefined) throw new Error(`stray "<" at ${m.index}`);
    if (m[5] !== undefined) {
      top.text += unescape(m[5]);
      continue;
    }
    const [, close, name = "", rawAttrs = "", selfClose] = m;
    if (close === "/") {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g)) {
      const key = a[1] ?? "";
      if (key in attrs) throw new Error(`duplicate attribute ${key}`);
      attrs[key] = unescape(a[2] ?? "");
    }
    const node: XmlNode = { name, attrs, children: [], text: "" };
    top.children.push(node);
    if (selfClose !== "/") stack.push(node);
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error("unclosed elements or several roots");
  const [el] = root.children;
  if (el === undefined) throw new Error("empty document");
  return el;
};
const all = (n: XmlNode, name: string): XmlNode[] => [...(n.name === name ? [n] : []), ...n.children.flatMap((c) => all(c, name))];
const child = (n: XmlNode | undefined, name: string): XmlNode | undefined => n?.children.find((c) => c.name === name);
const textOf = (n: XmlNode): string => n.text + n.children.map(textOf).join("");

const tricky: ResolutionDocument = {
  ...ngheAnAntiTraffickingTemplate({ number: "7/2026/NQ-HĐND", adoptedOn: "2026-07-10", term: "XIX", session: 2 }),
  title: `Về <script>alert("x")</script> & “mua bán người”`,
};

describe("renderResolution html", () => {
  const html = renderResolution(tricky, "html");
  it("looks official: motto header, A4 print CSS, council and signature", () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(html).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain("@media print");
    expect(html).toContain("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN");
    expect(html).toContain("KHÓA XIX, KỲ HỌP THỨ 2");
    expect(html).toContain("Số: 7/2026/NQ-HĐND");
    expect(html).toContain("Nghệ An, ngày 10 tháng 7 năm 2026");
    expect(html).toContain("TM. HỘI ĐỒNG NHÂN DÂN");
  });
  it("escapes text", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “mua bán người”");
  });
  it("anchors every node by its eId", () => {
    for (const n of resolutionNodes(tricky)) expect(html).toContain(`id="${n.eId}"`);
  });
});

describe("renderResolution md and text", () => {
  it("never doubles a separator the drafter typed at the end of a preamble line (no \";;\")", () => {
    const doc = ngheAnAntiTraffickingTemplate();
    const typed = { ...doc, legalBases: doc.legalBases.map((b) => ({ ...b, text: `${b.text};` })) };
    for (const format of ["text", "md", "html"] as const) {
      const out = renderResolution(typed, format);
      expect(out).not.toContain(";;");
      expect(out).not.toContain(";.");
      expect(out).toContain(`${doc.legalBases[0]?.text};`);
    }
  });
  it("writes Markdown with escaped text and eId anchors", () => {
    const md = renderResolution(tricky, "md");
    expect(md).toContain("# NGHỊ QUYẾT");
    expect(md).toContain('### <a id="art_5"></a>Điều 5. Đấu tranh quyết liệt');
    expect(md).toContain("\\<script\\>");
    expect(md).toContain("đ) 90% số vụ án mua bán người được giải quyết, xét xử.");
    expect(escapeMarkdown("1. not a list *x*")).toBe("1\\. not a list \\*x\\*");
  });
  it("writes plain text in reading order with the adoption sentence", () => {
    const lines = renderResolution(ngheAnAntiTraffickingTemplate(), "text").split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "HỘI ĐỒNG NHÂN DÂN",
      "TỈNH NGHỆ AN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 24/2019/NQ-HĐND",
      "Nghệ An, ngày 12 tháng 12 năm 2019",
    ]);
    expect(lines).toContain("QUYẾT NGHỊ:");
    expect(lines).toContain("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;");
    expect(lines).toContain(
      "Nghị quyết này đã được Hội đồng nhân dân tỉnh Nghệ An khóa XVII, kỳ họp thứ 12 thông qua ngày 12 tháng 12 năm 2019 và có hiệu lực từ ngày 22 tháng 12 năm 2019./.",
    );
  });
  it("names a centrally-run city's council thành phố", () => {
    const doc = { ...ngheAnAntiTraffickingTemplate(), council: { province: "Hải Phòng", term: "XVI", session: 3 }, place: "Hải Phòng" };
    expect(renderResolution(doc, "text")).toContain("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HẢI PHÒNG");
  });
});

describe("renderResolution akn", () => {
  it("is well-formed Akoma Ntoso 3.0 with act / meta / preamble / body and eIds", () => {
    const tree = parseXml(renderResolution(tricky, "akn"));
    expect(tree.name).toBe("akomaNtoso");
    expect(tree.attrs["xmlns"]).toBe(AKN_NAMESPACE);
    const act = child(tree, "act");
    expect(act?.children.map((c) => c.name)).toEqual(["meta", "preface", "preamble", "body", "conclusions"]);
    const work = child(child(child(act, "meta"), "identification"), "FRBRWork");
    expect(work?.children.map((c) => c.name)).toEqual(expect.arrayContaining(["FRBRthis", "FRBRuri", "FRBRdate", "FRBRauthor", "FRBRcountry"]));
    expect(child(work, "FRBRuri")?.attrs["value"]).toBe("/akn/vn/act/nq-hdnd/nghe-an/2026-07-10/7-2026-nq-hdnd");
    const articles = all(child(act, "body") ?? tree, "article");
    expect(articles.map((a) => a.attrs["eId"])).toEqual(["art_1", "art_2", "art_3", "art_4", "art_5", "art_6"]);
    const points = all(articles[4] ?? tree, "point");
    expect(points.map((p) => p.attrs["eId"])).toEqual(["a", "b", "c", "d", "đ"].map((l) => `art_5__para_1__point_${l}`));
    expect(all(articles[4] ?? tree, "paragraph").map((p) => textOf(child(p, "num") ?? tree))).toEqual(["1.", "2.", "3."]);
    expect(textOf(child(child(act, "preface"), "p") ?? tree)).toBe("Hội đồng nhân dân tỉnh Nghệ An");
    expect(all(act ?? tree, "docTitle").map(textOf)).toEqual([`Về <script>alert("x")</script> & “mua bán người”`]);
    expect(all(child(act, "preamble") ?? tree, "citation").length).toBe(tricky.legalBases.length);
  });
  it("has unique eIds, every reference resolves, and nests chapters (property)", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryResolution(), arbitraryResolution({ chapters: true })), (doc) => {
        const tree = parseXml(renderResolution(doc, "akn"));
        const eIds: string[] = [];
        const walk = (n: XmlNode): void => {
          if (n.attrs["eId"] !== undefined) eIds.push(n.attrs["eId"]);
          n.children.forEach(walk);
        };
        walk(tree);
        expect(new Set(eIds).size).toBe(eIds.length);
        const refs: string[] = [];
        const walkRefs = (n: XmlNode): void => {
          for (const k of ["refersTo", "href", "source"]) {
            const v = n.attrs[k];
            if (v?.startsWith("#") === true) refs.push(v.slice(1));
          }
          n.children.forEach(walkRefs);
        };
        walkRefs(tree);
        expect(refs.filter((r) => !eIds.includes(r))).toEqual([]);
        expect(all(tree, "chapter").length).toBe(doc.chapters?.length ?? 0);
        expect(all(tree, "point").length).toBe(resolutionNodes(doc).filter((n) => n.kind === "point").length);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
  it("slugs Vietnamese to ASCII", () => {
    expect(slug("Nghệ An")).toBe("nghe-an");
    expect(slug("24/2019/NQ-HĐND")).toBe("24-2019-nq-hdnd");
  });
});

describe("renderResolutionDocx", () => {
  it("produces a .docx zip containing word/document.xml", async () => {
    const bytes = await renderResolutionDocx(tricky);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe("PK");
    const latin1 = Array.from(bytes, (b) => String.fromCharCode(b)).join("");
    expect(latin1).toContain("word/document.xml");
    expect(latin1).toContain("[Content_Types].xml");
    expect(bytes.length).toBeGreaterThan(4000);
  });
  it("docxRenderer with docx's named exports writes the same document as the lazy renderResolutionDocx", async () => {
    const render = docxRenderer({ AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType });
    const [given, loaded] = [await render(tricky), await renderResolutionDocx(tricky)];
    for (const part of ["word/document.xml", "word/styles.xml", "[Content_Types].xml"]) expect(unzipEntry(given, part)).toBe(unzipEntry(loaded, part));
  });
});

describe("the adoption sentence is rendered from the AST fields", () => {
  /** A body clause that opens like the adoption sentence (a common clause), without being one. */
  const base = ngheAnAntiTraffickingTemplate({ number: "3/2026/NQ-HĐND", adoptedOn: "2026-03-10", effectiveFrom: "2026-04-01", term: "XIX", session: 1 });
  const withClause: ResolutionDocument = {
    ...base,
    articles: (base.articles ?? []).map((a) =>
      a.number === 3
        ? { ...a, clauses: [...a.clauses, { number: a.clauses.length + 1, text: "Nghị quyết này đã được Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh hướng dẫn thi hành.", points: [] }] }
        : a,
    ),
  };
  const sentence = "Nghị quyết này đã được Hội đồng nhân dân tỉnh Nghệ An khóa XIX, kỳ họp thứ 1 thông qua ngày 10 tháng 3 năm 2026 và có hiệu lực từ ngày 01 tháng 4 năm 2026./.";
  it.each(["text", "md", "html", "akn"] as const)("a \"Nghị quyết này đã được\" clause in the body keeps the effective-date sentence (%s)", (format) => {
    const out = renderResolution(withClause, format);
    expect(out).toContain("Nghị quyết này đã được Hội đồng nhân dân tỉnh giao");
    expect(out).toContain("có hiệu lực từ ngày 01 tháng 4 năm 2026");
    expect(out).toContain(sentence);
  });
  it("the \"đã được\" clause round-trips: render text → parse gives the same AST", () => {
    const r = parseResolution(renderResolution(withClause, "text"));
    const { status: _, ...expected } = withClause;
    expect(Result.isSuccess(r) ? r.success : r.failure.issues).toEqual(JSON.parse(JSON.stringify(expected, (k, v: unknown) => (k === "implements" ? undefined : v))));
  });
  it("the .docx carries the adoption sentence too", async () => {
    const bytes = await renderResolutionDocx(withClause);
    expect(bytes.length).toBeGreaterThan(4000);
  });
  it("adoptionSentence: \"article\" — the closing article carries it and nothing is added", () => {
    const doc = ngheAnAntiTraffickingTemplate({ closingArticles: true });
    expect(doc.adoptionSentence).toBe("article");
    const text = renderResolution(doc, "text");
    expect(text.match(/Nghị quyết này đã được/g)?.length).toBe(1);
    expect(text).toContain("Điều 8. Hiệu lực thi hành\nNghị quyết này đã được Hội đồng nhân dân tỉnh Nghệ An khóa XVII, kỳ họp thứ 12 thông qua ngày 12 tháng 12 năm 2019");
  });
});

/** Reads one file out of a zip (the .docx container): local header, then stored or deflated bytes. */
const unzipEntry = (zip: Uint8Array, name: string): string => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 30 < zip.length; ) {
    if (view.getUint32(i, true) !== 0x04034b50) break;
    const method = view.getUint16(i + 8, true);
    const size = view.getUint32(i + 18, true);
    const nameLength = view.getUint16(i + 26, true);
    const extra = view.getUint16(i + 28, true);
    const entry = new TextDecoder().decode(zip.subarray(i + 30, i + 30 + nameLength));
    const start = i + 30 + nameLength + extra;
    const data = zip.subarray(start, start + size);
    if (entry === name) return new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data);
    i = start + size;
  }
  throw new Error(`${name} not found (or sizes deferred to a data descriptor)`);
};

describe("Akoma Ntoso lifecycle and temporal data", () => {
  const doc = ngheAnAntiTraffickingTemplate({ number: "7/2026/NQ-HĐND", adoptedOn: "2026-07-10", effectiveFrom: "2026-08-01", term: "XIX", session: 2 });
  const tree = parseXml(renderResolution(doc, "akn"));
  const meta = child(child(tree, "act"), "meta");
  it("adoption and entry into force are distinct lifecycle events", () => {
    const events = all(child(meta, "lifecycle") ?? tree, "eventRef").map((x) => x.attrs);
    expect(events).toEqual([
      { eId: "evt_adoption", date: "2026-07-10", source: "#original", type: "generation", refersTo: "#adoption" },
      { eId: "evt_inforce", date: "2026-08-01", source: "#original", refersTo: "#entryIntoForce" },
    ]);
    expect(all(meta ?? tree, "TLCEvent").map((x) => x.attrs["eId"])).toEqual(["adoption", "entryIntoForce"]);
  });
  it("entry into force is temporal data: an interval starting at the in-force event, the period of the body", () => {
    expect(meta?.children.map((c) => c.name)).toEqual(["identification", "lifecycle", "temporalData", "references"]);
    const group = child(child(meta, "temporalData"), "temporalGroup");
    expect(group?.attrs["eId"]).toBe("tmp_inforce");
    expect(child(group, "timeInterval")?.attrs).toEqual({ start: "#evt_inforce", refersTo: "#inForce" });
    expect(child(child(tree, "act"), "body")?.attrs["period"]).toBe("#tmp_inforce");
  });
  it("every start, period and refersTo resolves (property)", () => {
    fc.assert(
      fc.property(arbitraryResolution(), (d) => {
        const t = parseXml(renderResolution(d, "akn"));
        const ids = new Set<string>();
        const refs: string[] = [];
        const walk = (n: XmlNode): void => {
          if (n.attrs["eId"] !== undefined) ids.add(n.attrs["eId"]);
          for (const k of ["start", "period", "refersTo"]) if (n.attrs[k]?.startsWith("#") === true) refs.push((n.attrs[k] ?? "").slice(1));
          n.children.forEach(walk);
        };
        walk(t);
        expect(refs.filter((r) => !ids.has(r))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  }, 30_000);
});

describe("official header layout", () => {
  const doc = ngheAnAntiTraffickingTemplate();
  it("HTML: issuer | national title and motto on the first row, \"Số\" | place and date on the second", () => {
    const html = renderResolution(doc, "html");
    const header = /<table class="header">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
    const rows = [...header.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...(m[1] ?? "").matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => (c[1] ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim()));
    expect(rows).toEqual([
      ["HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"],
      ["Số: 24/2019/NQ-HĐND", "Nghệ An, ngày 12 tháng 12 năm 2019"],
    ]);
    expect(header).toContain('<div class="bold">HỘI ĐỒNG NHÂN DÂN</div><div class="bold">TỈNH NGHỆ AN</div>');
    expect(html).toMatch(/<p class="title">[^<]+<\/p>\n<span class="rule title-rule"><\/span>/);
  });
  it("DOCX: the same two-row header table, issuer in bold", async () => {
    const xml = unzipEntry(await renderResolutionDocx(doc), "word/document.xml");
    const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml)?.[1] ?? "";
    const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) =>
      [...(m[1] ?? "").matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...(c[1] ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(" | ")),
    );
    expect(rows).toEqual([
      ["HỘI ĐỒNG NHÂN DÂN | TỈNH NGHỆ AN | -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc | ---------------"],
      ["Số: 24/2019/NQ-HĐND", "Nghệ An, ngày 12 tháng 12 năm 2019"],
    ]);
    const issuerRun = /<w:r>(?:(?!<\/w:r>)[\s\S])*?HỘI ĐỒNG NHÂN DÂN<\/w:t>/.exec(table)?.[0] ?? "";
    expect(issuerRun).toContain("<w:b/>");
  });
});
