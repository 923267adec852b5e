import { createEffect, createSignal, For, Match, Show, Switch, on } from "solid-js";
import { t, tDyn } from "../i18n/index.js";
import { questionText } from "../results/words.js";
import type { Answer, AnswerValue, Question } from "./engine.js";

let answeredOnce = false;
/** Whether the officer has answered a question since the page loaded (focus then follows the interview). */
export const hasAnswered = () => answeredOnce;

/** One question of an interview: its text, help, the inputs of its kind and "chưa rõ". Nothing is preselected unless answered before. */
export const QuestionForm = (props: { question: Question; answer: Answer | undefined; number: number; onAnswer: (a: Answer) => void; onBack?: () => void }) => {
  const q = () => props.question;
  const [mode, setMode] = createSignal<"value" | "unknown" | "">("");
  const [text, setText] = createSignal("");
  const [choice, setChoice] = createSignal<string>("");
  const [picked, setPicked] = createSignal<string[]>([]);
  const [none, setNone] = createSignal(false);
  const [ageMode, setAgeMode] = createSignal<"age" | "birth" | "">("");
  const [error, setError] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;

  // Load the previous answer (when going back) or start empty; then focus the question.
  createEffect(
    on(
      () => q().path,
      () => {
        const a = props.answer;
        setError(false);
        setMode(a === undefined ? "" : a.kind);
        const v = a?.kind === "value" ? a.value : undefined;
        setText(typeof v === "number" || typeof v === "string" ? String(v) : "");
        setChoice(typeof v === "boolean" ? (v ? "yes" : "no") : typeof v === "string" ? v : a?.kind === "unknown" ? "unknown" : "");
        setPicked(Array.isArray(v) ? [...v] : []);
        setNone(Array.isArray(v) && v.length === 0);
        if (typeof v === "object" && v !== null && !Array.isArray(v)) {
          const o = v as { ageYears?: number; birthDate?: string };
          setAgeMode(o.ageYears !== undefined ? "age" : "birth");
          setText(o.ageYears !== undefined ? String(o.ageYears) : (o.birthDate ?? ""));
        } else setAgeMode(a?.kind === "unknown" ? "" : "");
        if (a?.kind === "unknown" && q().kind.type === "age") setAgeMode("");
        // Move focus to the new question, except on a fresh page load (the skip link comes first then).
        queueMicrotask(() => {
          if (answeredOnce || (document.activeElement !== null && document.activeElement !== document.body)) heading?.focus();
        });
      },
    ),
  );

  const submit = (e: Event) => {
    e.preventDefault();
    answeredOnce = true;
    const kind = q().kind;
    const done = (a: Answer) => {
      setError(false);
      props.onAnswer(a);
    };
    const fail = () => setError(true);
    const unknownChosen = kind.type === "choice" || kind.type === "yesno" ? choice() === "unknown" : kind.type === "age" ? ageMode() === "" && mode() === "unknown" : mode() === "unknown";
    if (unknownChosen && q().required !== true) return done({ kind: "unknown" });
    switch (kind.type) {
      case "yesno":
        return choice() === "yes" || choice() === "no" ? done({ kind: "value", value: choice() === "yes" }) : fail();
      case "choice":
        return kind.options.includes(choice()) ? done({ kind: "value", value: choice() }) : fail();
      case "multi":
        return none() ? done({ kind: "value", value: [] }) : picked().length > 0 ? done({ kind: "value", value: picked() }) : fail();
      case "date":
        return /^\d{4}-\d{2}-\d{2}$/.test(text()) ? done({ kind: "value", value: text() }) : fail();
      case "number": {
        const n = Number(text());
        return text() !== "" && Number.isInteger(n) && n >= kind.min && n <= kind.max ? done({ kind: "value", value: n }) : fail();
      }
      case "age": {
        const n = Number(text());
        if (ageMode() === "age") return text() !== "" && Number.isInteger(n) && n >= 0 && n <= 130 ? done({ kind: "value", value: { ageYears: n } as AnswerValue }) : fail();
        if (ageMode() === "birth") return /^\d{4}-\d{2}-\d{2}$/.test(text()) ? done({ kind: "value", value: { birthDate: text() } as AnswerValue }) : fail();
        return fail();
      }
    }
  };

  const help = () => tDyn(`q.${q().key}.help`, "");
  const id = () => `q-${q().path.replace(/[^a-zA-Z0-9]/g, "-")}`;
  const Unknown = () => (
    <Show when={q().required !== true}>
      <label class="option unknown">
        <input type="checkbox" checked={mode() === "unknown"} onChange={(e) => setMode(e.currentTarget.checked ? "unknown" : "")} /> {t("interview.unknown")}
      </label>
    </Show>
  );

  return (
    <form class="question" onSubmit={submit} novalidate aria-describedby={error() ? `${id()}-error` : undefined}>
      <p class="progress">{t("interview.questionOf", { n: props.number })}</p>
      <fieldset aria-describedby={help() === "" ? undefined : `${id()}-help`}>
        <legend>
          <h2 tabindex="-1" ref={(el) => (heading = el)}>{questionText(q())}</h2>
        </legend>
        <Show when={help() !== ""}>
          <p class="help" id={`${id()}-help`}>{help()}</p>
        </Show>
        <Switch>
          <Match when={q().kind.type === "yesno" || q().kind.type === "choice"}>
            <div class="options" role="radiogroup" aria-label={t("interview.answer")}>
              <For each={[...(q().kind.type === "yesno" ? ["yes", "no"] : ((q().kind as { options: ReadonlyArray<string> }).options)), ...(q().required === true ? [] : ["unknown"])]}>
                {(opt) => (
                  <label class="option">
                    <input type="radio" name={id()} value={opt} checked={choice() === opt} onChange={() => setChoice(opt)} />{" "}
                    {opt === "unknown" ? t("interview.unknown") : q().kind.type === "yesno" ? t(opt === "yes" ? "interview.yes" : "interview.no") : tDyn(`${(q().kind as { labels: string }).labels}.${opt}`, opt)}
                  </label>
                )}
              </For>
            </div>
          </Match>
          <Match when={q().kind.type === "multi"}>
            <div class="options">
              <For each={(q().kind as { options: ReadonlyArray<string> }).options}>
                {(opt) => (
                  <label class="option">
                    <input
                      type="checkbox"
                      checked={picked().includes(opt)}
                      onChange={(e) => {
                        setNone(false);
                        setMode("");
                        setPicked(e.currentTarget.checked ? [...picked(), opt] : picked().filter((x) => x !== opt));
                      }}
                    />{" "}
                    {tDyn(`${(q().kind as { labels: string }).labels}.${opt}`, opt)}
                  </label>
                )}
              </For>
              <label class="option">
                <input
                  type="checkbox"
                  checked={none()}
                  onChange={(e) => {
                    setNone(e.currentTarget.checked);
                    if (e.currentTarget.checked) {
                      setPicked([]);
                      setMode("");
                    }
                  }}
                />{" "}
                {t("interview.none")}
              </label>
              <label class="option unknown">
                <input
                  type="checkbox"
                  checked={mode() === "unknown"}
                  onChange={(e) => {
                    setMode(e.currentTarget.checked ? "unknown" : "");
                    if (e.currentTarget.checked) {
                      setPicked([]);
                      setNone(false);
                    }
                  }}
                />{" "}
                {t("interview.unknown")}
              </label>
            </div>
          </Match>
          <Match when={q().kind.type === "date"}>
            <label class="field">
              {t("interview.answer")} <input id={`${id()}-input`} type="date" value={text()} disabled={mode() === "unknown"} onInput={(e) => setText(e.currentTarget.value)} required={q().required === true} />
            </label>
            <Unknown />
          </Match>
          <Match when={q().kind.type === "number"}>
            <label class="field">
              {t("interview.answer")}{" "}
              <input
                id={`${id()}-input`}
                type="number"
                inputmode="numeric"
                step="1"
                min={(q().kind as { min: number }).min}
                max={(q().kind as { max: number }).max}
                value={text()}
                disabled={mode() === "unknown"}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            </label>
            <Unknown />
          </Match>
          <Match when={q().kind.type === "age"}>
            <div class="options" role="radiogroup" aria-label={t("interview.ageMode")}>
              <label class="option">
                <input type="radio" name={`${id()}-mode`} checked={ageMode() === "age"} onChange={() => { setAgeMode("age"); setMode("value"); setText(""); }} /> {t("interview.byAge")}
              </label>
              <label class="option">
                <input type="radio" name={`${id()}-mode`} checked={ageMode() === "birth"} onChange={() => { setAgeMode("birth"); setMode("value"); setText(""); }} /> {t("interview.byBirthDate")}
              </label>
              <label class="option unknown">
                <input type="radio" name={`${id()}-mode`} checked={ageMode() === "" && mode() === "unknown"} onChange={() => { setAgeMode(""); setMode("unknown"); }} /> {t("interview.unknown")}
              </label>
            </div>
            <Show when={ageMode() === "age"}>
              <label class="field">
                {t("interview.byAge")} <input type="number" inputmode="numeric" min="0" max="130" step="1" value={text()} onInput={(e) => setText(e.currentTarget.value)} />
              </label>
            </Show>
            <Show when={ageMode() === "birth"}>
              <label class="field">
                {t("interview.byBirthDate")} <input type="date" value={text()} onInput={(e) => setText(e.currentTarget.value)} />
              </label>
            </Show>
          </Match>
        </Switch>
      </fieldset>
      <Show when={error()}>
        <p role="alert" class="problem" id={`${id()}-error`}>{t("interview.required")}</p>
      </Show>
      <div class="actions">
        <Show when={props.onBack}>
          {(back) => (
            <button type="button" class="secondary" onClick={() => back()()}>
              {t("interview.back")}
            </button>
          )}
        </Show>
        <button type="submit">{t("interview.next")}</button>
      </div>
    </form>
  );
};
