import { assessEligibility, type EligibilityRequestInput } from "@ctip-vn/domain/eligibility";
import { Result } from "effect";
import type { Answers, InterviewDef, Question } from "./engine.js";
import { valueOf } from "./engine.js";

export const PROVINCES = ["national", "nghe-an", "hai-phong"] as const;
const NATIONALITY = ["vietnamese", "foreign", "stateless"] as const;
const LOCATION = ["in_vietnam", "abroad"] as const;
const TRAFFICKED_IN = ["vietnam", "abroad"] as const;

const QUESTIONS: Record<string, Omit<Question, "path">> = {
  asOf: { key: "asOf", kind: { type: "date" }, required: true },
  province: { key: "province", kind: { type: "choice", options: PROVINCES, labels: "label.province" } },
  "person.status": { key: "status", kind: { type: "choice", options: ["identified_victim", "under_verification", "accompanying_minor"], labels: "label.status" } },
  "person.identifiedOn": { key: "identifiedOn", kind: { type: "date" } },
  "person.nationality": { key: "nationality", kind: { type: "choice", options: NATIONALITY, labels: "label.nationality" } },
  "person.permanentResidentInVietnam": { key: "permanentResidentInVietnam", kind: { type: "yesno" } },
  "person.location": { key: "location", kind: { type: "choice", options: LOCATION, labels: "label.location" } },
  "person.traffickedIn": { key: "traffickedIn", kind: { type: "choice", options: TRAFFICKED_IN, labels: "label.traffickedIn" } },
  "person.ageYears": { key: "ageYears", kind: { type: "age" } },
  "person.poorHousehold": { key: "poorHousehold", kind: { type: "yesno" } },
  "person.financialDifficulty": { key: "financialDifficulty", kind: { type: "yesno" } },
  "person.accompanies.status": { key: "accompaniesStatus", kind: { type: "choice", options: ["identified_victim", "under_verification"], labels: "label.status" } },
  "person.accompanies.identifiedOn": { key: "accompaniesIdentifiedOn", kind: { type: "date" } },
  "person.accompanies.nationality": { key: "accompaniesNationality", kind: { type: "choice", options: NATIONALITY, labels: "label.nationality" } },
  "person.accompanies.permanentResidentInVietnam": { key: "accompaniesResident", kind: { type: "yesno" } },
  "person.accompanies.location": { key: "accompaniesLocation", kind: { type: "choice", options: LOCATION, labels: "label.location" } },
  "person.accompanies.traffickedIn": { key: "accompaniesTraffickedIn", kind: { type: "choice", options: TRAFFICKED_IN, labels: "label.traffickedIn" } },
};

/** The question that answers a fact path of the eligibility rules (a birth date is asked with the age). */
export const eligibilityQuestion = (path: string): Question | undefined => {
  const p = path === "person.birthDate" ? "person.ageYears" : path;
  const q = QUESTIONS[p];
  return q === undefined ? undefined : { path: p, ...q };
};

/** The request the answers give: only what the officer answered. */
export const buildEligibilityRequest = (answers: Answers): EligibilityRequestInput => {
  const person: Record<string, unknown> = {};
  const accompanies: Record<string, unknown> = {};
  for (const path of Object.keys(QUESTIONS)) {
    const v = valueOf(answers, path);
    if (v === undefined || !path.startsWith("person.")) continue;
    const field = path.split(".").at(-1) ?? "";
    const target = path.startsWith("person.accompanies.") ? accompanies : person;
    if (field === "ageYears" && typeof v === "object" && !Array.isArray(v)) Object.assign(target, v);
    else target[field] = v;
  }
  if (Object.keys(accompanies).length > 0) person["accompanies"] = accompanies;
  const province = valueOf(answers, "province");
  return {
    asOf: String(valueOf(answers, "asOf") ?? ""),
    ...(typeof province === "string" && province !== "national" ? { province } : {}),
    person,
  } as EligibilityRequestInput;
};

export const eligibilityInterview: InterviewDef<EligibilityRequestInput> = {
  first: ["asOf", "province"],
  question: eligibilityQuestion,
  build: buildEligibilityRequest,
  // Missing facts do not depend on a province's rates: evaluate with the national rules.
  missing: (req) => {
    const { province: _province, ...national } = req;
    const r = assessEligibility(national);
    return Result.isSuccess(r) ? r.success.missingFacts : [];
  },
};
