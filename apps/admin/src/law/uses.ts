import { regimesByLaw, supportItems } from "@ctip-vn/domain/eligibility";
import { KPI_DEFINITIONS, kpiTargets, type KpiTargetSet } from "@ctip-vn/domain/kpi";
import { encodedArticles } from "@ctip-vn/domain/law";

type Label = { readonly vi: string; readonly en: string; readonly fr?: string };

/** Something in the product that applies a provision: a rule, a parameter (an amount) or a target. */
export interface Use {
  readonly kind: "rule" | "parameter" | "target";
  readonly label: Label;
  /** The admin screen where it is applied. */
  readonly href: string;
}

const key = (instrument: string, article?: number, clause?: number, point?: string) => [instrument, article ?? "", clause ?? "", point ?? ""].join("|");

/** Every provision the product applies, and what applies it (built once from the domain's own tables). */
const index: ReadonlyMap<string, ReadonlyArray<Use>> = (() => {
  const m = new Map<string, Use[]>();
  const add = (k: string, u: Use) => {
    const list = m.get(k) ?? [];
    if (!list.some((x) => x.kind === u.kind && x.label.vi === u.label.vi)) list.push(u);
    m.set(k, list);
  };
  // The classification rules apply every encoded clause and point of the Penal Code articles.
  for (const a of encodedArticles().filter((x) => x.instrument === "100/2015/QH13")) {
    const rule = (what: string, en: string): Use => ({ kind: "rule", label: { vi: `Phân loại vụ việc: ${what}`, en: `Case classification: ${en}`, fr: `Qualification de l’affaire : ${en.replace("Art.", "art.")}` }, href: "/classification" });
    add(key(a.instrument, a.article), rule(`Điều ${a.article}`, `Art. ${a.article}`));
    for (const k of a.clauses) {
      add(key(a.instrument, a.article, k.clause), rule(`khoản ${k.clause} Điều ${a.article}`, `Art. ${a.article}(${k.clause})`));
      for (const p of k.points) add(key(a.instrument, a.article, k.clause, p.point), rule(`điểm ${p.point} khoản ${k.clause} Điều ${a.article}`, `Art. ${a.article}(${k.clause})(${p.point})`));
    }
  }
  // The support regimes, each cited to its point.
  for (const defs of Object.values(regimesByLaw))
    for (const d of defs) add(key(d.basis.instrument, d.basis.article, d.basis.clause, d.basis.point), { kind: "rule", label: { vi: `Chế độ hỗ trợ: ${d.label.vi}`, en: `Support regime: ${d.label.en}`, fr: `Aide : ${d.label.en}` }, href: "/eligibility" });
  // The support amounts and durations (parameters), with the provisions that set them.
  for (const item of supportItems)
    for (const v of item.versions)
      for (const b of v.basis) add(key(b.instrument, b.article, b.clause, b.point), { kind: "parameter", label: { vi: `Mức hỗ trợ: ${item.label.vi}`, en: `Support amount: ${item.label.en}`, fr: `Montant d’aide : ${item.label.en}` }, href: "/eligibility" });
  // The enforcement targets (KPIs) and the plans that set them.
  for (const versions of Object.values(kpiTargets))
    for (const v of versions) {
      if (v.value._tag !== "Known") continue;
      const targets: KpiTargetSet = v.value.targets;
      for (const d of KPI_DEFINITIONS) {
        const t = targets[d.id];
        if (t === undefined) continue;
        for (const b of t.basis) add(key(b.instrument, b.article, b.clause, b.point), { kind: "target", label: { vi: `Chỉ tiêu: ${d.label.vi}`, en: `Target: ${d.label.en}`, fr: `Objectif : ${d.label.fr}` }, href: "/kpi" });
      }
    }
  return m;
})();

/** What applies exactly this provision (an instrument, an article, a clause or a point). */
export const usesOf = (instrument: string, article?: number, clause?: number, point?: string): ReadonlyArray<Use> => index.get(key(instrument, article, clause, point)) ?? [];

/** How many uses an instrument has, at any depth. */
export const usesIn = (instrument: string): number => [...index.entries()].filter(([k]) => k.startsWith(`${instrument}|`)).reduce((n, [, v]) => n + v.length, 0);
