import { describe, expect, it } from "vitest";
import { renderMessage, type Message } from "../prelude/message.js";
import { classifyUnsafe } from "./classify.js";
import { classificationMessages } from "./messages.js";
import type { CaseFactsInput } from "./schema.js";
import { offenderAgeScenarios, plainCase, plainVictim, scenarios } from "./scenarios.js";

/** English function words and legal terms that never occur in Vietnamese legal text. */
const ENGLISH = /(?<![\p{L}\p{N}])(the|and|of|is|are|not|or|for|with|under|aged|years?|clause|holds|victims?|offender|Art|Penal|Code|unknown|applies|which|what|whose|was|were)(?![\p{L}\p{N}])/iu;

const extra: ReadonlyArray<{ name: string; facts: CaseFactsInput }> = [
  { name: "nothing known", facts: { offenceDate: "2024-05-10" } },
  { name: "5 adults and 1 victim of unknown age", facts: plainCase({ victims: [...Array.from({ length: 5 }, () => plainVictim()), plainVictim({ ageYears: undefined })] }) },
  { name: "unknown offender age", facts: { ...plainCase(), offenderAgeYears: undefined } },
  { name: "15-year-old dangerous recidivist", facts: plainCase({ offenderAgeYears: 15, circumstances: ["dangerous_recidivism"] }) },
  { name: "17-year-old dangerous recidivist", facts: plainCase({ offenderAgeYears: 17, circumstances: ["dangerous_recidivism"] }) },
  { name: "abuse of position only", facts: plainCase({ means: [], circumstances: ["abuse_of_position"] }) },
  { name: "no means", facts: plainCase({ means: [] }) },
  { name: "taken abroad by force, purpose unknown", facts: { ...plainCase({ means: ["force"], victims: [plainVictim({ takenAcrossBorder: true })] }), purposes: undefined } },
  { name: "organ taken, victim died, offender 15", facts: plainCase({ offenderAgeYears: 15, purposes: ["organ_removal"], victims: [plainVictim({ bodyPartRemoved: true, outcome: "death" })] }) },
  { name: "child held by force, no purpose", facts: plainCase({ purposes: [], means: ["force"], victims: [plainVictim({ ageYears: 8 })] }) },
  { name: "aggravations unknown", facts: plainCase({ circumstances: undefined, victims: [{ ageYears: 30 }] }) },
  { name: "from 01/07/2025", facts: plainCase({ offenceDate: "2025-08-01" }) },
];

describe("every explanation of the shipped scenarios reads in Vietnamese", () => {
  const all = [...scenarios, ...offenderAgeScenarios, ...extra];
  it.each(all.map((s) => [s.name, s.facts] as const))("%s", (_, facts) => {
    const r = classifyUnsafe(facts, { evaluatedAt: "2026-11-25T00:00:00Z" });
    const messages: Message[] = [...r.explanation, ...r.screening, ...r.liability.reasons, ...r.questions, ...r.liability.questions];
    expect(messages.length).toBeGreaterThan(0);
    // The check can see English: the English text of the same steps trips it.
    expect(messages.some((m) => ENGLISH.test(m.text.en))).toBe(true);
    for (const m of messages) {
      const vi = renderMessage(classificationMessages, m, "vi");
      expect(vi).toBe(m.text.vi);
      expect(vi, `${m.code}: ${vi}`).not.toMatch(ENGLISH);
    }
  });
});
