import * as z from "zod";
import { articleEId, clauseEId, pointEId, resolutionNodes } from "./eid.js";
import type { ResolutionDocument } from "./schema.js";

/**
 * KPI indicator ids of `@ctip-vn/domain/kpi` (Plan 179/KH-UBND K1–K5), referred to by id so
 * that this module does not depend on the KPI module.
 * @category resolution
 * @since 0.1.0
 */
export const KPI_IDS = ["reports_classified", "reports_resolved", "cases_solved", "cases_indicted", "cases_tried"] as const;
/** @category resolution @since 0.1.0 */
export type KpiIdRef = (typeof KPI_IDS)[number];

/** What a link points to: a KPI id, a reported figure (`figures.*`) or a dated parameter key. @category resolution @since 0.1.0 */
export type LinkKind = "kpi" | "figure" | "parameter";

/** Classifies a link key. @category resolution @since 0.1.0 */
export const linkKind = (key: string): LinkKind =>
  (KPI_IDS as ReadonlyArray<string>).includes(key) ? "kpi" : key.startsWith("figures.") ? "figure" : "parameter";

/** zod schema of {@link ProvisionLink}. @category resolution @since 0.2.0 */
export const ProvisionLinkSchema = z
  .object({
    key: z.string(),
    kind: z.enum(["kpi", "figure", "parameter"]),
    eId: z.string(),
    path: z.string(),
    article: z.number().int(),
    clause: z.number().int().optional(),
    point: z.string().optional(),
  })
  .meta({ id: "ProvisionLink" });
/** One link from a provision (article, clause or point) to what implements it. @category resolution @since 0.1.0 */
export type ProvisionLink = z.infer<typeof ProvisionLinkSchema>;

/**
 * Every link from a provision to the KPI, figure or parameter that implements it, in document
 * order (from the `implements` fields).
 *
 * **When to use** — to show, next to a provision, the indicator that measures it; the reverse
 * lookup is {@link articlesImplementing}.
 *
 * **Example**
 * ```ts
 * linksOf(ngheAnAntiTraffickingTemplate()).find((l) => l.key === "reports_resolved")
 * // { key: "reports_resolved", kind: "kpi", eId: "art_5__para_1__point_b", article: 5, clause: 1, point: "b", … }
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const linksOf = (doc: ResolutionDocument): ProvisionLink[] =>
  resolutionNodes(doc).flatMap((n): ProvisionLink[] => {
    switch (n.kind) {
      case "chapter":
        return [];
      case "article":
        return (n.node.implements ?? []).map((key) => ({ key, kind: linkKind(key), eId: articleEId(n.node.number), path: n.path, article: n.node.number }));
      case "clause":
        return (n.node.implements ?? []).map((key) => ({
          key, kind: linkKind(key), eId: clauseEId(n.article, n.node.number), path: n.path, article: n.article, clause: n.node.number,
        }));
      case "point":
        return (n.node.implements ?? []).map((key) => ({
          key, kind: linkKind(key), eId: pointEId(n.article, n.clause, n.node.letter), path: n.path, article: n.article, clause: n.clause, point: n.node.letter,
        }));
    }
  });

/**
 * The provisions that a KPI id, figure or parameter key implements: the reverse of
 * {@link linksOf}, e.g. from the `reports_resolved` indicator to the point of the resolution
 * that sets its target.
 *
 * **When to use** — the KPI screen's "set by" link; a result is one entry per linked
 * provision, so an article and one of its clauses can both appear.
 *
 * **Example**
 * ```ts
 * articlesImplementing(ngheAnAntiTraffickingTemplate(), "reports_resolved").map((l) => l.eId)
 * // ["art_5__para_1__point_b"]
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const articlesImplementing = (doc: ResolutionDocument, key: string): ProvisionLink[] => linksOf(doc).filter((l) => l.key === key);
