import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyUnsafe } from "./classification/classify.js";
import { scenarios, plainCase, plainVictim } from "./classification/scenarios.js";
import { assessEligibilityUnsafe } from "./eligibility/assess.js";
import { eligibilityScenarios } from "./eligibility/scenarios.js";
import { evaluateKpisUnsafe } from "./kpi/evaluate.js";
import { publishable } from "./kpi/publish.js";
import { messageCatalogue, renderMessages } from "./messages.js";
import { checkResolutionUnsafe } from "./resolution/validate.js";
import { ngheAnAntiTraffickingTemplate } from "./resolution/template.js";
import { renderMessage, renderTemplate, templateParams, type Message } from "./prelude/message.js";

/** Every object of the shape `{ code, state, params, basis, text }` inside a value. */
const messagesIn = (v: unknown): Message[] => {
  if (Array.isArray(v)) return v.flatMap(messagesIn);
  if (v === null || typeof v !== "object") return [];
  const own = "code" in v && "state" in v && "params" in v && "text" in v ? [v as Message] : [];
  return [...own, ...Object.entries(v).flatMap(([k, x]) => (k === "params" || k === "text" ? [] : messagesIn(x)))];
};

const shipped = (): Message[] => [
  ...scenarios.flatMap((s) => messagesIn(classifyUnsafe(s.facts))),
  ...[
    plainCase({ offenceDate: "2025-07-01", humanitarianPurpose: true, victims: [plainVictim({ ageYears: 0, bodyPartRemoved: true, outcome: "death" })] }),
    plainCase({ acts: [], purposes: [], means: ["force"], offenderAgeYears: 15, victims: [plainVictim({ ageYears: 9, takenAcrossBorder: true })] }),
    plainCase({ purposes: ["money_or_benefit"], acts: [], victims: [plainVictim({ takenAcrossBorder: true })] }),
    plainCase({ offenderAgeYears: 13 }),
    { offenceDate: "2024-05-10", victims: [{ birthDate: "2010-01-01" }] },
  ].flatMap((f) => messagesIn(classifyUnsafe(f))),
  ...eligibilityScenarios.flatMap((s) => messagesIn(assessEligibilityUnsafe(s.request))),
  ...[
    { reportsReceived: 30, reportsClassified: 30 },
    { reportsReceived: 0, reportsClassified: 0, reportsResolved: 0, casesDetected: 40, casesSolved: 35 },
  ].flatMap((counts) => {
    const report = evaluateKpisUnsafe({ province: "nghe-an", period: { from: "2022-01-01", to: "2022-12-31" }, counts });
    return [...messagesIn(report), ...messagesIn(publishable(report, { k: 11 }))];
  }),
  ...(() => {
    const draft = ngheAnAntiTraffickingTemplate();
    const [first, ...rest] = draft.articles ?? [];
    if (first === undefined) return [];
    const broken = {
      ...draft,
      number: "24/2019/NQ",
      effectiveFrom: draft.adoptedOn,
      council: { ...draft.council, term: "18" },
      legalBases: [{ text: "Xét Tờ trình", citation: { instrument: "unknown/2020" } }],
      articles: [{ ...first, number: 2, title: "", clauses: [{ number: 2, text: "x", points: [{ letter: "a", text: "" }, { letter: "e", text: "Hai." }] }] }, ...rest],
    };
    return messagesIn(checkResolutionUnsafe(broken as typeof draft));
  })(),
];

describe("message catalogues", () => {
  it.each(Object.entries(messageCatalogue))("%s: vi and en (and fr) use exactly the declared parameters", (_code, t) => {
    const declared = [...t.params].toSorted();
    expect(templateParams(t.vi)).toEqual(declared);
    expect(templateParams(t.en)).toEqual(declared);
    expect(t.fr === undefined ? declared : templateParams(t.fr)).toEqual(declared);
    expect(t.vi.trim()).not.toBe("");
    expect(t.en.trim()).not.toBe("");
  });

  it("every message a concept emits has its code in the catalogue, its declared parameters, and its text rendered from it", () => {
    const all = shipped();
    expect(new Set(all.map((m) => m.code)).size).toBeGreaterThan(20);
    const unknownCodes = all.filter((m) => messageCatalogue[m.code] === undefined).map((m) => m.code);
    expect(unknownCodes).toEqual([]);
    const wrong = all.flatMap((m) => {
      const t = messageCatalogue[m.code] ?? { params: [], vi: "", en: "" };
      const problems = [
        Object.keys(m.params).toSorted().join() === [...t.params].toSorted().join() ? undefined : "parameters",
        m.text.vi === renderTemplate(t.vi, m.params, "vi") ? undefined : "vi text",
        m.text.en === renderTemplate(t.en, m.params, "en") ? undefined : "en text",
        t.fr === undefined || m.text.fr === renderTemplate(t.fr, m.params, "fr") ? undefined : "fr text",
        m.text.vi.trim() !== "" && m.text.en.trim() !== "" ? undefined : "empty text",
        ["held", "not_held", "undetermined"].includes(m.state) ? undefined : "state",
      ].filter((x) => x !== undefined);
      return problems.length === 0 ? [] : [`${m.code}: ${problems.join(", ")}`];
    });
    expect(wrong).toEqual([]);
  });

  it("gives every message the display the catalogue renders from its code and params, in vi, en and fr", () => {
    const all = shipped();
    for (const lang of ["vi", "en", "fr"] as const) {
      const shown = messagesIn(renderMessages(all, lang)) as Array<Message & { display?: string }>;
      expect(shown.map((m) => m.display)).toEqual(all.map((m) => renderMessage(messageCatalogue, m, lang)));
    }
  });

  it("renders a result in the language asked for, from code and params", () => {
    const r = renderMessages(classifyUnsafe(plainCase()), "fr");
    expect(r.explanation.every((s) => typeof s.display === "string" && s.display !== "")).toBe(true);
    expect(r.explanation[0]?.display).toMatch(/^Victime 1/);
    expect(renderMessages(classifyUnsafe(plainCase()), "vi").explanation[0]?.display).toMatch(/^Nạn nhân thứ 1: /);
  });
});

describe("templates", () => {
  it("fill parameters, labels in the reader's language, lists, and select branches", () => {
    const t = "{who}: {n} {ok, select, true {có} other {không}} — {items}";
    const p = { who: { vi: "Nạn nhân", en: "Victim" }, n: 2, ok: true, items: ["a", { vi: "b-vi", en: "b-en" }] };
    expect(renderTemplate(t, p, "vi")).toBe("Nạn nhân: 2 có — a; b-vi");
    expect(renderTemplate(t, { ...p, ok: false }, "en")).toBe("Victim: 2 không — a; b-en");
    expect(templateParams(t)).toEqual(["items", "n", "ok", "who"]);
    expect(renderTemplate("ngày {d, date}", { d: "2024-05-10" }, "vi")).toBe("ngày 10/05/2024");
    expect(renderTemplate("on {d, date}", { d: "2024-05-10" }, "en")).toBe("on 10 May 2024");
  });
  it("give NFC text whatever the parameters: decomposed accents, combining marks, singletons (property)", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme" }).filter((x) => !x.includes("{") && !x.includes("}")),
      fc.constantFrom("Nạn nhân", "Nga\u0323n", "e\u0301\u0302", "\u212B", "\u0300x", "Điều 150 – “khoản 2” → 5.000.000 ₫", "Å", "\u2190\u0338", "\u2013\u0301"),
    );
    fc.assert(
      fc.property(piece, piece, (a, b) => {
        for (const lang of ["vi", "en", "fr"] as const) expect(renderTemplate(`{a}{b} — ${a}`, { a, b }, lang)).toBe(`${a}${b} — ${a}`.normalize("NFC"));
      }),
    );
  });
  it("refuse an unclosed placeholder", () => {
    expect(() => templateParams("{oops")).toThrow(SyntaxError);
  });
});
