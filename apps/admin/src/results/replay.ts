import type { Classification } from "@ctip-vn/domain/classification";
import type { EligibilityResult } from "@ctip-vn/domain/eligibility";
import { locale, t, type Key } from "../i18n/index.js";
import { chargeCitation, labelText, supportLawName } from "./words.js";

/** The differences between two results of the same kind, in words (never JSON paths). */
export const differencesInWords = (kind: "classification" | "eligibility", before: unknown, after: unknown, paths: ReadonlyArray<string>): string[] => {
  const out: string[] = [];
  const l = locale();
  if (kind === "classification") {
    const b = before as Classification;
    const a = after as Classification;
    if (b.status !== a.status) out.push(t("decisions.diffStatus", { before: t(`cls.status.${b.status}` as Key), after: t(`cls.status.${a.status}` as Key) }));
    const cb = b.charges.map((c) => chargeCitation(c, l)).join("; ");
    const ca = a.charges.map((c) => chargeCitation(c, l)).join("; ");
    if (cb !== ca) out.push(t("decisions.diffCharge", { before: cb || "—", after: ca || "—" }));
  } else {
    const b = before as EligibilityResult;
    const a = after as EligibilityResult;
    if (b.law !== a.law) out.push(t("decisions.diffLaw", { before: supportLawName(b.law, l), after: supportLawName(a.law, l) }));
    for (const g of a.regimes) {
      const old = b.regimes.find((x) => x.regime === g.regime);
      if (old !== undefined && old.status !== g.status) out.push(t("decisions.diffRegime", { regime: labelText(g.label, l, g.regime), before: t(`elig.status.${old.status}` as Key), after: t(`elig.status.${g.status}` as Key) }));
    }
  }
  // Anything else that changed, named by the part of the result it is in.
  const known = new Set(["charges", "screening", "missingFacts", "regimes", "whatWouldChange"]);
  const areas = [...new Set(paths.map((p) => /^[A-Za-z]+/.exec(p.replace(/^[./]+/, ""))?.[0] ?? "other"))].filter((x) => x !== "status" && x !== "law" && x !== "asOf");
  for (const area of areas) out.push(t("decisions.diffOther", { what: t(`decisions.diffWhat.${known.has(area) ? area : "other"}` as Key) }));
  return [...new Set(out)];
};
