import { articleEId, chapterEId, clauseEId, pointEId } from "../eid.js";
import type { ResolutionArticle, ResolutionClause, ResolutionDocument } from "../schema.js";
import { instrumentNameVi } from "../provinces.js";
import { basisLine, closingSentence, councilLines, councilUnitOf, formatViDate, paragraphs, type RenderOptions } from "./common.js";
import { escapeXml } from "./html.js";

/** The Akoma Ntoso 3.0 namespace. @category resolution @since 0.1.0 */
export const AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

const e = escapeXml;

/** ASCII slug: "Nghệ An" → "nghe-an", "24/2019/NQ-HĐND" → "24-2019-nq-hdnd". @category resolution @since 0.1.0 */
export const slug = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

const ps = (text: string, indent: string): string => paragraphs(text).map((t) => `${indent}<p>${e(t)}</p>`).join("\n");

const clauseXml = (articleNo: number, c: ResolutionClause, indent: string): string => {
  const id = clauseEId(articleNo, c.number);
  const inner = `${indent}  `;
  if (c.points.length === 0)
    return `${indent}<paragraph eId="${e(id)}">\n${inner}<num>${c.number}.</num>\n${inner}<content>\n${ps(c.text, `${inner}  `)}\n${inner}</content>\n${indent}</paragraph>`;
  return [
    `${indent}<paragraph eId="${e(id)}">`,
    `${inner}<num>${c.number}.</num>`,
    ...(c.text.trim() === "" ? [] : [`${inner}<intro>`, ps(c.text, `${inner}  `), `${inner}</intro>`]),
    ...c.points.map((p) =>
      [
        `${inner}<point eId="${e(pointEId(articleNo, c.number, p.letter))}">`,
        `${inner}  <num>${e(p.letter)})</num>`,
        `${inner}  <content>`,
        ps(p.text, `${inner}    `),
        `${inner}  </content>`,
        `${inner}</point>`,
      ].join("\n"),
    ),
    `${indent}</paragraph>`,
  ].join("\n");
};

const articleXml = (a: ResolutionArticle, indent: string): string => {
  const inner = `${indent}  `;
  const lead = a.text === undefined ? [] : [a.clauses.length === 0 ? `${inner}<content>` : `${inner}<intro>`, ps(a.text, `${inner}  `), a.clauses.length === 0 ? `${inner}</content>` : `${inner}</intro>`];
  const emptyContent = a.text === undefined && a.clauses.length === 0 ? [`${inner}<content>`, `${inner}  <p/>`, `${inner}</content>`] : [];
  return [
    `${indent}<article eId="${e(articleEId(a.number))}">`,
    `${inner}<num>Điều ${a.number}.</num>`,
    `${inner}<heading>${e(a.title)}</heading>`,
    ...lead,
    ...emptyContent,
    ...a.clauses.map((c) => clauseXml(a.number, c, inner)),
    `${indent}</article>`,
  ].join("\n");
};

/**
 * Renders a resolution as an Akoma Ntoso 3.0 `act`: FRBR identification in `meta`, number,
 * date and title in `preface`, the legal bases as `citations` and "QUYẾT NGHỊ:" as the enacting
 * formula in `preamble`, chapters / articles / paragraphs (khoản) / points (điểm) with eIds in
 * `body`, the adoption sentence and signature in `conclusions`.
 *
 * Lifecycle: two distinct events — adoption (`type="generation"`, the work comes into being,
 * `refersTo="#adoption"`) and entry into force (`refersTo="#entryIntoForce"`, no generation
 * type) — and the period in force as temporal data: a `temporalGroup` whose `timeInterval`
 * starts at the entry-into-force event, referenced by `<body period="#tmp_inforce">`.
 *
 * **Gotchas** — the FRBR URIs follow the AKN naming convention with `vn` as country,
 * `nq-hdnd` as subtype and the province slug as actor; they are ours, not an official
 * Vietnamese registry. The manifestation date is the adoption date (the domain never reads the
 * clock).
 * @category resolution
 * @since 0.1.0
 */
export const renderAkn = (doc: ResolutionDocument, options: RenderOptions = {}): string => {
  const province = slug(doc.council.province);
  const work = `/akn/vn/act/nq-hdnd/${province}/${doc.adoptedOn}/${slug(doc.number)}`;
  const expr = `${work}/vie@`;
  const council = `Hội đồng nhân dân ${councilUnitOf(doc, options)} ${doc.council.province}`;
  const [council1, council2] = councilLines(doc, options);
  const closing = closingSentence(doc, options);
  const body =
    doc.chapters !== undefined
      ? doc.chapters
          .map((ch) =>
            [
              `      <chapter eId="${e(chapterEId(ch.number))}">`,
              `        <num>Chương ${e(ch.number)}</num>`,
              `        <heading>${e(ch.title)}</heading>`,
              ...ch.articles.map((a) => articleXml(a, "        ")),
              "      </chapter>",
            ].join("\n"),
          )
          .join("\n")
      : (doc.articles ?? []).map((a) => articleXml(a, "      ")).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN_NAMESPACE}">
  <act name="nghi-quyet-hdnd">
    <meta>
      <identification source="#ctip-vn">
        <FRBRWork>
          <FRBRthis value="${e(work)}/!main"/>
          <FRBRuri value="${e(work)}"/>
          <FRBRalias value="${e(doc.number)}" name="number"/>
          <FRBRdate date="${doc.adoptedOn}" name="adoption"/>
          <FRBRauthor href="#council"/>
          <FRBRcountry value="vn"/>
          <FRBRsubtype value="nq-hdnd"/>
          <FRBRnumber value="${e(doc.number)}"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="${e(expr)}/!main"/>
          <FRBRuri value="${e(expr)}"/>
          <FRBRdate date="${doc.adoptedOn}" name="adoption"/>
          <FRBRauthor href="#council"/>
          <FRBRlanguage language="vie"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="${e(expr)}/!main.xml"/>
          <FRBRuri value="${e(expr)}.akn"/>
          <FRBRdate date="${doc.adoptedOn}" name="generation"/>
          <FRBRauthor href="#ctip-vn"/>
        </FRBRManifestation>
      </identification>
      <lifecycle source="#ctip-vn">
        <eventRef eId="evt_adoption" date="${doc.adoptedOn}" source="#original" type="generation" refersTo="#adoption"/>
        <eventRef eId="evt_inforce" date="${doc.effectiveFrom}" source="#original" refersTo="#entryIntoForce"/>
      </lifecycle>
      <temporalData source="#ctip-vn">
        <temporalGroup eId="tmp_inforce">
          <timeInterval start="#evt_inforce" refersTo="#inForce"/>
        </temporalGroup>
      </temporalData>
      <references source="#ctip-vn">
        <original eId="original" href="${e(expr)}" showAs="${e(doc.number)}"/>
        <TLCOrganization eId="council" href="/ontology/organization/vn/hdnd-${e(province)}" showAs="${e(council)}"/>
        <TLCOrganization eId="ctip-vn" href="/ontology/organization/ctip-vn" showAs="ctip-vn"/>
        <TLCEvent eId="adoption" href="/ontology/event/vn/thong-qua" showAs="${e(`Thông qua${doc.shortenedProcedure === true ? " theo trình tự, thủ tục rút gọn" : ""}`)}"/>
        <TLCEvent eId="entryIntoForce" href="/ontology/event/vn/co-hieu-luc" showAs="Có hiệu lực"/>
        <TLCConcept eId="inForce" href="/ontology/concept/vn/hieu-luc" showAs="Thời gian có hiệu lực"/>
        <TLCPerson eId="signatory" href="/ontology/person/vn/${e(slug(doc.signature.name) || "signatory")}" showAs="${e(doc.signature.name)}"/>
${doc.legalBases.flatMap((b, i) => (b.citation === undefined ? [] : [`        <TLCReference eId="ref_${i + 1}" name="instrument" href="/akn/vn/act/${e(slug(b.citation.instrument))}" showAs="${e(instrumentNameVi(b.citation.instrument, options.provinces))}"/>\n`])).join("")}        <TLCRole eId="signatoryRole" href="/ontology/role/vn/${e(slug(doc.signature.title) || "role")}" showAs="${e(doc.signature.title)}"/>
      </references>
    </meta>
    <preface>
      <p class="issuer">${e(council)}</p>
      <p class="number">Số: <docNumber>${e(doc.number)}</docNumber></p>
      <p class="placeDate">${e(doc.place)}, <docDate date="${doc.adoptedOn}">${e(formatViDate(doc.adoptedOn))}</docDate></p>
      <p class="docType"><docType>NGHỊ QUYẾT</docType></p>
      <p class="title"><docTitle>${e(doc.title)}</docTitle></p>
    </preface>
    <preamble>
      <container name="council">
        <p>${e(council1)}</p>
        <p>${e(council2)}</p>
      </container>
      <citations>
${doc.legalBases.map((b, i) => `        <citation eId="citation_${i + 1}"${b.citation === undefined ? "" : ` refersTo="#ref_${i + 1}"`}>\n          <p>${e(basisLine(b.text, i === doc.legalBases.length - 1))}</p>\n        </citation>`).join("\n")}
      </citations>
      <formula name="enactingFormula">
        <p>QUYẾT NGHỊ:</p>
      </formula>
    </preamble>
    <body period="#tmp_inforce">
${body}
    </body>
    <conclusions>
${closing === undefined ? "" : `      <p class="closing">${e(closing)}</p>\n`}      <blockContainer class="signature">
        <p><signature><role refersTo="#council">${e(doc.signature.capacity)}</role></signature></p>
        <p><signature><role refersTo="#signatoryRole">${e(doc.signature.title)}</role></signature></p>
        <p><signature><person refersTo="#signatory">${e(doc.signature.name)}</person></signature></p>
      </blockContainer>
    </conclusions>
  </act>
</akomaNtoso>
`;
};
