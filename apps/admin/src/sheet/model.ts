import type { CaseFactsInput, Classification } from "@ctip-vn/domain/classification";
import type { EligibilityRequestInput, EligibilityResult } from "@ctip-vn/domain/eligibility";
import { inLocale, t, tDyn, type Key } from "../i18n/index.js";
import { classificationQuestion } from "../interview/classification.js";
import { eligibilityQuestion } from "../interview/eligibility.js";
import type { Question } from "../interview/engine.js";
import { factName, missingFactsOf } from "../results/classification-view.js";
import { reasonText } from "../results/eligibility-view.js";
import { articleTitle, basisText, chargeCitation, labelText, prisonText, supportLawName, valueText } from "../results/words.js";
import { formatNumber } from "../lib/format.js";

/** What an official sheet says, independent of how it is drawn (HTML for print, DOCX). Always in Vietnamese. */
export interface SheetModel {
  readonly kind: "classification" | "eligibility";
  readonly title: string;
  readonly subtitle: string;
  readonly caseRef: string;
  readonly number: string;
  readonly agency: string;
  readonly place: string;
  readonly date: { readonly d: string; readonly m: string; readonly y: string };
  readonly provisional: boolean;
  readonly bases: ReadonlyArray<string>;
  readonly facts: ReadonlyArray<readonly [string, string]>;
  readonly result: ReadonlyArray<{ readonly heading?: string; readonly lines: ReadonlyArray<string> }>;
  readonly hash: string;
  readonly footer: string;
}

/** Who is issuing: typed by the officer on the sheet screen. */
export interface SheetHeader {
  readonly agency: string;
  readonly number: string;
  readonly place: string;
  readonly date: string;
  readonly caseRef: string;
}

const dateParts = (iso: string) => {
  const [y = "", m = "", d = ""] = iso.split("-");
  return { d, m, y };
};
const fact = (q: Question | undefined, key: string, v: unknown): readonly [string, string] => [tDyn(`fact.${key}`, key), valueText(q, v, "vi")];
const unique = (xs: ReadonlyArray<string>) => [...new Set(xs)];

const common = (h: SheetHeader, asOf: string, receipt: { resultHash: string; libraryVersion: string }) => ({
  caseRef: h.caseRef,
  number: h.number,
  agency: h.agency,
  place: h.place,
  date: dateParts(h.date),
  hash: receipt.resultHash,
  footer: t("sheet.evaluated", { version: receipt.libraryVersion, date: asOf.split("-").toReversed().join("/") }),
});

/** The sheet of a classification. */
export const classificationSheet = (h: SheetHeader, facts: CaseFactsInput, r: Classification): SheetModel =>
  inLocale("vi", () => {
    const f = facts as Record<string, unknown>;
    const rows: Array<readonly [string, string]> = [];
    for (const k of ["offenceDate", "acts", "purposes", "means", "circumstances", "humanitarianPurpose", "offenderAgeYears"])
      if (f[k] !== undefined) rows.push(fact(classificationQuestion(k), k, f[k]));
    (facts.victims ?? []).forEach((v, i) => {
      const parts = Object.entries(v).map(([k, x]) => {
        const q = classificationQuestion(`victims[${i}].${k}`);
        if (k === "birthDate" || k === "ageYears") return valueText(q, { [k]: x }, "vi");
        return `${tDyn(`fact.${q?.key ?? k}`, k).toLowerCase()}: ${valueText(q, x, "vi")}`;
      });
      rows.push([t("interview.victim", { n: i + 1 }), parts.length === 0 ? t("common.unknown") : parts.join("; ")]);
    });
    const provisional = r.status === "INSUFFICIENT_DATA";
    const liability = r.liability.status;
    const missing = missingFactsOf(r);
    const result = [
      { lines: [`${t(`cls.status.${r.status}` as Key)}.${provisional ? ` (${t("cls.provisional")})` : ""}`] },
      ...r.charges.map((c) => ({
        heading: `${c.provisional ? `${t("cls.provisionalCharge")}: ` : ""}${articleTitle(c.article, "vi")} — ${chargeCitation(c, "vi")}`,
        lines: [
          ...(c.provisional && c.clauseRange !== undefined && c.clauseRange.max > c.clauseRange.min ? [t("cls.clauseRange", { min: c.clauseRange.min, max: c.clauseRange.max })] : []),
          `${t("cls.bracket")}: ${prisonText(c.penalty)}.`,
          `${t("cls.applicable")}: ${prisonText(c.applicablePenalty)}${c.applicablePenalty.basis.length > 0 ? ` (${c.applicablePenalty.basis.map((b) => basisText(b, "vi")).join("; ")})` : ""}.`,
          `${t("cls.category")}: ${t(`cls.categories.${c.category}` as Key).toLowerCase()}.`, `${t("cls.victimsCounted", { n: c.victimCount })}.`],
      })),
      {
        heading: t("cls.liability"),
        lines: [liability === "liable" ? t("cls.liable") : liability === "not_liable" ? t("cls.notLiable") : t("cls.liabilityUnknown"), ...r.liability.reasons.map((m) => `${m.text.vi}.`.replace(/\.\.$/, "."))],
      },
      ...(missing.length === 0 ? [] : [{ heading: t("cls.missing"), lines: missing.map((m) => `- ${factName(m)}`) }]),
    ];
    return {
      kind: "classification",
      title: t("sheet.clsTitle"),
      subtitle: t("sheet.clsSubtitle"),
      provisional,
      bases: unique([t("sheet.basisPenal"), ...r.charges.map((c) => `Căn cứ ${chargeCitation(c, "vi")};`)]),
      facts: rows,
      result,
      ...common(h, r.receipt.asOf, r.receipt),
    };
  });

/** The sheet of an eligibility decision. */
export const eligibilitySheet = (h: SheetHeader, req: EligibilityRequestInput, r: EligibilityResult): SheetModel =>
  inLocale("vi", () => {
    const rows: Array<readonly [string, string]> = [fact(eligibilityQuestion("asOf"), "asOf", req.asOf), fact(eligibilityQuestion("province"), "province", req.province ?? "national")];
    const person = req.person as Record<string, unknown>;
    for (const [k, v] of Object.entries(person)) {
      if (k === "accompanies") {
        for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) {
          const q = eligibilityQuestion(`person.accompanies.${k2}`);
          rows.push(fact(q, q?.key ?? k2, v2));
        }
      } else {
        const q = eligibilityQuestion(`person.${k}`);
        rows.push(fact(q, q?.key ?? k, k === "birthDate" ? { birthDate: v } : k === "ageYears" ? { ageYears: v } : v));
      }
    }
    const provisional = r.regimes.some((g) => g.status === "INSUFFICIENT_DATA");
    return {
      kind: "eligibility",
      title: t("sheet.eligTitle"),
      subtitle: t("sheet.eligSubtitle"),
      provisional,
      bases: unique([t("sheet.basisSupport", { law: supportLawName(r.law, "vi") }), ...r.lawBasis.map((b) => `Căn cứ ${basisText(b, "vi")};`)]),
      facts: rows,
      result: [
        { lines: [`${t("elig.law", { law: supportLawName(r.law, "vi") })}${r.transitional ? ` (${t("elig.transitional").toLowerCase()})` : ""}.${provisional ? ` ${t("elig.provisional")}.` : ""}`] },
        {
          heading: t("elig.regimes"),
          lines: r.regimes.map((g) => {
            const granted = g.status === "ELIGIBLE" || g.status === "DISCRETIONARY";
            const cite = g.basis.at(-1);
            const detail = granted
              ? [g.amountVnd === null ? undefined : `${t("elig.amount").toLowerCase()} ${t("elig.amountValue", { amount: formatNumber(g.amountVnd, "vi") })}`, g.durationDays === null ? undefined : `${t("elig.duration").toLowerCase()} ${t("elig.durationValue", { n: g.durationDays })}`].filter((x) => x !== undefined)
              : g.reasons.filter((x) => !x.code.startsWith("amount.")).map((x) => reasonText(x));
            return `${g.point}) ${labelText(g.label, "vi", g.regime)}: ${t(`elig.status.${g.status}` as Key).toLowerCase()}${detail.length === 0 ? "" : ` — ${detail.join("; ")}`}${cite === undefined ? "" : ` (${basisText(cite, "vi").replace(/ Luật Phòng, chống mua bán người \d{4}$/, "")})`}.`;
          }),
        },
        ...(() => {
          const who = unique(r.regimes.flatMap((g) => (g.authority === null || !(g.status === "ELIGIBLE" || g.status === "DISCRETIONARY") ? [] : [g.authority])));
          return who.length === 0 ? [] : [{ heading: t("elig.authority"), lines: who.map((x) => `- ${x}`) }];
        })(),
      ],
      ...common(h, r.asOf, r.receipt),
    };
  });

/** An ASCII file name for the sheet: "phieu-phan-loai_NA-2024-001_2024-05-10.docx". */
export const sheetFileName = (m: SheetModel, ext: "docx"): string => {
  const slug = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  const ref = slug(m.caseRef) || "chua-luu";
  const date = [m.date.y, m.date.m, m.date.d].filter((x) => x !== "").join("-");
  return `${m.kind === "classification" ? "phieu-phan-loai" : "phieu-ho-tro"}_${ref}${date === "" ? "" : `_${date}`}.${ext}`;
};
