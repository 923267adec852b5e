/** What an officer answered to one question: a value, or "chưa rõ" (not known yet). Absent = not asked. */
export type Answer = { readonly kind: "unknown" } | { readonly kind: "value"; readonly value: AnswerValue };
export type AnswerValue = string | number | boolean | ReadonlyArray<string> | AgeValue;
/** An age is given either in completed years or as a birth date. */
export type AgeValue = { readonly ageYears: number } | { readonly birthDate: string };
export type Answers = Readonly<Record<string, Answer>>;

/** How a question is answered. Every kind also accepts "chưa rõ" unless the question is required. */
export type QuestionKind =
  | { readonly type: "date" }
  | { readonly type: "yesno" }
  | { readonly type: "number"; readonly min: number; readonly max: number }
  | { readonly type: "age" }
  | { readonly type: "choice"; readonly options: ReadonlyArray<string>; readonly labels: string }
  | { readonly type: "multi"; readonly options: ReadonlyArray<string>; readonly labels: string };

/** One question: the fact path it answers, its catalogue key under `q.`, how it is answered. */
export interface Question {
  readonly path: string;
  readonly key: string;
  readonly kind: QuestionKind;
  /** Required questions (the decision date) cannot be answered "chưa rõ". */
  readonly required?: boolean;
  /** For per-victim questions, the victim's number (1-based). */
  readonly victim?: number;
}

/** An interview: the questions always asked first, the question for a fact path, and the facts the rules still need. */
export interface InterviewDef<F> {
  readonly first: ReadonlyArray<string>;
  readonly question: (path: string) => Question | undefined;
  readonly build: (answers: Answers) => F;
  /** Fact paths the domain reports as missing for these facts, most decisive first. */
  readonly missing: (facts: F) => ReadonlyArray<string>;
}

/** Paths the rules still need and the officer has not answered (a "chưa rõ" answer is not asked again). */
export const openPaths = <F>(def: InterviewDef<F>, answers: Answers): string[] => {
  const first = def.first.filter((p) => answers[p] === undefined);
  if (first.length > 0) return first;
  const out: string[] = [];
  for (const p of def.missing(def.build(answers))) {
    const key = canonical(def, p);
    if (answers[key] === undefined && !out.includes(key)) out.push(key);
  }
  return out;
};

/** The path a question is stored under (a birth date is answered by the age question). */
const canonical = <F>(def: InterviewDef<F>, path: string): string => def.question(path)?.path ?? path;

/** The next question to ask, or undefined when the interview can go to the summary. */
export const nextQuestion = <F>(def: InterviewDef<F>, answers: Answers): Question | undefined => {
  for (const p of openPaths(def, answers)) {
    const q = def.question(p);
    if (q !== undefined) return q;
  }
  return undefined;
};

/** Fact paths the rules need for which no question exists: must always be empty (no dead ends). */
export const unaskable = <F>(def: InterviewDef<F>, answers: Answers): string[] => openPaths(def, answers).filter((p) => def.question(p) === undefined);

/** Facts the rules still need that were answered "chưa rõ". */
export const unknownPaths = <F>(def: InterviewDef<F>, answers: Answers): string[] =>
  [...new Set(def.missing(def.build(answers)).map((p) => canonical(def, p)))].filter((p) => answers[p]?.kind === "unknown");

/** The value of an answer, or undefined when not given or "chưa rõ". */
export const valueOf = (answers: Answers, path: string): AnswerValue | undefined => {
  const a = answers[path];
  return a?.kind === "value" ? a.value : undefined;
};
