import { classifyCase, type CaseFactsInput } from "@ctip-vn/domain/classification";
import type { Answers, InterviewDef, Question } from "./engine.js";
import { valueOf } from "./engine.js";

export const ACTS = ["transfer", "receive", "recruit", "transport", "harbour"] as const;
export const PURPOSES = ["money_or_benefit", "sexual_exploitation", "forced_labour", "organ_removal", "other_inhumane"] as const;
export const MEANS = ["force", "threat_of_force", "deception", "other_trick"] as const;
export const CIRCUMSTANCES = ["organised", "professional", "base_motive", "repeat_offence", "dangerous_recidivism", "abuse_of_position", "abuse_of_adoption"] as const;
export const OUTCOMES = ["none", "death", "suicide"] as const;

const CASE: Record<string, Omit<Question, "path">> = {
  offenceDate: { key: "offenceDate", kind: { type: "date" }, required: true },
  victims: { key: "victims", kind: { type: "number", min: 1, max: 10_000 } },
  acts: { key: "acts", kind: { type: "multi", options: ACTS, labels: "label.act" } },
  purposes: { key: "purposes", kind: { type: "multi", options: PURPOSES, labels: "label.purpose" } },
  means: { key: "means", kind: { type: "multi", options: MEANS, labels: "label.means" } },
  circumstances: { key: "circumstances", kind: { type: "multi", options: CIRCUMSTANCES, labels: "label.circumstance" } },
  humanitarianPurpose: { key: "humanitarianPurpose", kind: { type: "yesno" } },
  offenderAgeYears: { key: "offenderAgeYears", kind: { type: "number", min: 0, max: 130 } },
};
const VICTIM: Record<string, Omit<Question, "path" | "victim">> = {
  ageYears: { key: "victimAge", kind: { type: "age" } },
  injuryPercent: { key: "victimInjury", kind: { type: "number", min: 0, max: 100 } },
  outcome: { key: "victimOutcome", kind: { type: "choice", options: OUTCOMES, labels: "label.outcome" } },
  bodyPartRemoved: { key: "victimBodyPart", kind: { type: "yesno" } },
  inOffenderCare: { key: "victimCare", kind: { type: "yesno" } },
  takenAcrossBorder: { key: "victimBorder", kind: { type: "yesno" } },
};
const VICTIM_PATH = /^victims\[(\d+)\]\.(\w+)$/;

/** The question that answers a fact path of the classification rules. */
export const classificationQuestion = (path: string): Question | undefined => {
  const c = CASE[path];
  if (c !== undefined) return { path, ...c };
  const m = VICTIM_PATH.exec(path);
  if (m === null) return undefined;
  const field = m[2] === "birthDate" ? "ageYears" : (m[2] ?? "");
  const v = VICTIM[field];
  return v === undefined ? undefined : { path: `victims[${m[1]}].${field}`, victim: Number(m[1]) + 1, ...v };
};

/** How many victims the answers record (undefined = "chưa rõ" or not asked). */
export const victimCount = (answers: Answers): number | undefined => {
  const n = valueOf(answers, "victims");
  return typeof n === "number" ? n : undefined;
};

/** The case facts the answers give: only what the officer answered; "chưa rõ" leaves a fact absent. */
export const buildCaseFacts = (answers: Answers): CaseFactsInput => {
  const facts: Record<string, unknown> = { offenceDate: valueOf(answers, "offenceDate") ?? "" };
  for (const k of ["acts", "purposes", "means", "circumstances", "humanitarianPurpose", "offenderAgeYears"]) {
    const v = valueOf(answers, k);
    if (v !== undefined) facts[k] = v;
  }
  const n = victimCount(answers);
  if (n !== undefined)
    facts["victims"] = Array.from({ length: n }, (_, i) => {
      const v: Record<string, unknown> = {};
      for (const k of Object.keys(VICTIM)) {
        const a = valueOf(answers, `victims[${i}].${k}`);
        if (a === undefined) continue;
        if (k === "ageYears" && typeof a === "object" && !Array.isArray(a)) Object.assign(v, a);
        else v[k] = a;
      }
      return v;
    });
  return facts as CaseFactsInput;
};

/** Renumbers the per-victim answers after victim `index` (0-based) is removed. */
export const removeVictim = (answers: Answers, index: number): Answers => {
  const n = victimCount(answers) ?? 0;
  const out: Record<string, Answers[string]> = {};
  for (const [k, a] of Object.entries(answers)) {
    const m = VICTIM_PATH.exec(k);
    if (m === null) out[k] = a;
    else if (Number(m[1]) < index) out[k] = a;
    else if (Number(m[1]) > index) out[`victims[${Number(m[1]) - 1}].${m[2]}`] = a;
  }
  out["victims"] = { kind: "value", value: Math.max(0, n - 1) };
  return out;
};
/** Adds a victim, whose facts are then asked. */
export const addVictim = (answers: Answers): Answers => ({ ...answers, victims: { kind: "value", value: (victimCount(answers) ?? 0) + 1 } });

export const classificationInterview: InterviewDef<CaseFactsInput> = {
  first: ["offenceDate"],
  question: classificationQuestion,
  build: buildCaseFacts,
  missing: (facts) => {
    try {
      // The conduct's open facts first, then those of the offender's liability (e.g. the age).
      const r = classifyCase(facts);
      return [...r.missingFacts, ...r.liability.missingFacts.filter((p) => !r.missingFacts.includes(p))];
    } catch {
      return [];
    }
  },
};
