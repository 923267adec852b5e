import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { covers, IsoDateSchema, type IsoDate } from "@ctip-vn/domain";
import { encodedArticles, instrumentIds, instruments, isInstrumentId, type Instrument } from "@ctip-vn/domain/law";
import { problemResponses, sendProblem } from "../problem.js";
import { json, router } from "../router.js";

const InstrumentView = z
  .object({
    id: z.string(),
    number: z.string(),
    kind: z.string(),
    title: z.object({ vi: z.string(), en: z.string(), fr: z.string() }),
    issued: z.string().optional(),
    effective: z.string().optional(),
    superseded: z.string().optional(),
    confidence: z.enum(["verified", "secondary", "unverified"]),
    inForce: z.boolean().nullable().openapi({ description: "In force on `asOf`; null when the dates are not known" }),
    province: z.string().optional(),
    note: z.string().optional(),
  })
  .openapi("Instrument");

const ArticleView = z
  .object({
    article: z.number(),
    title: z.object({ vi: z.string(), en: z.string(), fr: z.string() }),
    effective: z.object({ from: z.string(), to: z.string().optional() }),
    inForce: z.boolean(),
    confidence: z.enum(["verified", "secondary", "unverified"]),
    clauses: z.array(
      z.object({
        clause: z.number(),
        gloss: z.object({ vi: z.string(), en: z.string() }),
        penalty: z.object({ prisonYears: z.object({ min: z.number(), max: z.number() }), life: z.boolean() }).optional(),
        points: z.array(z.object({ point: z.string(), gloss: z.object({ vi: z.string(), en: z.string() }) })),
      }),
    ),
  })
  .openapi("Article");

const AsOfQuery = z.object({ asOf: IsoDateSchema.optional().openapi({ description: "Evaluate in-force status on this day (default: today, UTC)" }) });

const today = () => new Date().toISOString().slice(0, 10) as IsoDate;
const view = (id: string, i: Instrument, asOf: IsoDate) => ({
  id,
  number: i.number,
  kind: i.kind,
  title: i.title,
  ...(i.issued === undefined ? {} : { issued: i.issued }),
  ...(i.effective === undefined ? {} : { effective: i.effective }),
  ...(i.superseded === undefined ? {} : { superseded: i.superseded }),
  confidence: i.confidence,
  inForce: i.effective === undefined ? null : i.effective <= asOf && (i.superseded === undefined || asOf < i.superseded),
  ...(i.province === undefined ? {} : { province: i.province }),
  ...(i.note === undefined ? {} : { note: i.note }),
});

export const lawRoutes = () =>
  router()
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/law",
        tags: ["Law"],
        summary: "The law catalogue: every instrument, with its in-force status on a date",
        request: { query: AsOfQuery },
        responses: { 200: json(z.object({ asOf: z.string(), instruments: z.array(InstrumentView) }), "Instruments"), ...problemResponses(400) },
      }),
      (c) => {
        const asOf = c.req.valid("query").asOf ?? today();
        return c.json({ asOf, instruments: instrumentIds.map((id) => view(id, instruments[id], asOf)) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/law/{instrument}",
        tags: ["Law"],
        summary: "One instrument and the articles encoded from it (URL-encode the id: 100%2F2015%2FQH13)",
        request: { params: z.object({ instrument: z.string().openapi({ example: "100/2015/QH13" }) }), query: AsOfQuery },
        responses: { 200: json(InstrumentView.extend({ articles: z.array(ArticleView) }), "The instrument"), ...problemResponses(400, 404) },
      }),
      (c) => {
        const { instrument } = c.req.valid("param");
        const asOf = c.req.valid("query").asOf ?? today();
        if (!isInstrumentId(instrument))
          return sendProblem(c, "not-found", { detail: { vi: `Không có văn bản ${instrument} trong danh mục.`, en: `No instrument ${instrument} in the catalogue.` } });
        const articles = encodedArticles()
          .filter((a) => a.instrument === instrument)
          .toSorted((a, b) => a.article - b.article)
          .map((a) => ({
            article: a.article,
            title: a.title,
            effective: a.effective,
            inForce: covers(a.effective, asOf),
            confidence: a.confidence,
            clauses: a.clauses.map((k) => ({
              clause: k.clause,
              gloss: { vi: k.gloss.vi, en: k.gloss.en },
              ...(k.penalty === undefined ? {} : { penalty: k.penalty }),
              points: k.points.map((p) => ({ point: p.point, gloss: { vi: p.gloss.vi, en: p.gloss.en } })),
            })),
          }));
        return c.json({ ...view(instrument, instruments[instrument], asOf), articles }, 200);
      },
    );
