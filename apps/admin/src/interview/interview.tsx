import { useNavigate, useSearchParams } from "@solidjs/router";
import { createMemo, createRoot, createSignal, For, Match, Show, Switch, type JSX } from "solid-js";
import { locale, t } from "../i18n/index.js";
import { questionText, valueText } from "../results/words.js";
import { nextQuestion, unknownPaths, type Answer, type Answers, type InterviewDef, type Question } from "./engine.js";
import { hasAnswered, QuestionForm } from "./question.js";

/** Answers of an interview, kept for the browser tab (sessionStorage) so navigating away and back keeps them. */
export const interviewStore = (key: string) =>
  createRoot(() => {
    const storage = typeof sessionStorage === "undefined" ? undefined : sessionStorage;
    const load = (): Answers => {
      try {
        return JSON.parse(storage?.getItem(key) ?? "{}") as Answers;
      } catch {
        return {};
      }
    };
    const [answers, setAnswersSignal] = createSignal<Answers>(load());
    const setAnswers = (a: Answers) => {
      storage?.setItem(key, JSON.stringify(a));
      setAnswersSignal(a);
    };
    return { answers, setAnswers };
  });
export type InterviewStore = ReturnType<typeof interviewStore>;

/**
 * A guided interview: one question at a time (`?step=<fact>`), then the summary (`?step=summary`),
 * then the result (`?step=result`). The browser's back and forward buttons move between steps.
 */
export const Interview = <F,>(props: {
  def: InterviewDef<F>;
  store: InterviewStore;
  /** Extra controls on the summary (victims). */
  summaryExtra?: () => JSX.Element;
  /** Answered paths in the order the summary lists them. */
  order: (answers: Answers) => string[];
  result: (facts: F) => JSX.Element;
  /** The printable decision sheet of the result. */
  sheet: (facts: F) => JSX.Element;
}) => {
  const [params] = useSearchParams<{ step?: string }>();
  const navigate = useNavigate();
  const answers = props.store.answers;
  const next = createMemo(() => nextQuestion(props.def, answers()));
  const step = () => params.step ?? next()?.path ?? "summary";
  const current = createMemo((): Question | undefined => (step() === "summary" || step() === "result" || step() === "sheet" ? undefined : props.def.question(step())));
  const go = (s: string, replace = false) => navigate(`?step=${encodeURIComponent(s)}`, { replace, scroll: true });
  const answered = () => Object.keys(answers()).length;
  const onAnswer = (q: Question, a: Answer) => {
    const updated = { ...answers(), [q.path]: a };
    props.store.setAnswers(updated);
    const n = nextQuestion(props.def, updated);
    go(n?.path ?? "summary");
  };
  const unknowns = createMemo(() => unknownPaths(props.def, answers()));
  /** The question before the current one: the previous answered question in summary order. */
  const previous = (path: string): string | undefined => {
    const list = props.order(answers());
    const i = list.indexOf(path);
    return i === -1 ? list.at(-1) : i > 0 ? list[i - 1] : undefined;
  };

  return (
    <Switch>
      <Match when={current()}>
        {(q) => <QuestionForm question={q()} answer={answers()[q().path]} number={answers()[q().path] === undefined ? answered() + 1 : Math.max(1, props.order(answers()).indexOf(q().path) + 1)} onAnswer={(a) => onAnswer(q(), a)} {...(previous(q().path) === undefined ? {} : { onBack: () => go(previous(q().path) ?? "summary") })} />}
      </Match>
      <Match when={step() === "summary"}>
        <section aria-labelledby="summary-h" class="summary">
          <h2 id="summary-h" tabindex="-1" ref={(el) => queueMicrotask(() => hasAnswered() && el.focus())}>{t("interview.summary")}</h2>
          <p>{t("interview.summaryIntro")}</p>
          <Show when={unknowns().length > 0} fallback={<p>{t("interview.allAnswered")}</p>}>
            <p>{t("interview.openQuestions", { n: unknowns().length })}</p>
          </Show>
          <dl class="answers">
            <For each={props.order(answers())}>
              {(path) => {
                const q = props.def.question(path);
                const a = () => answers()[path];
                return (
                  <Show when={q}>
                    {(qq) => (
                      <div class="answer-row">
                        <dt>{questionText(qq())}</dt>
                        <dd>
                          <span classList={{ unknown: a()?.kind === "unknown" }}>{a()?.kind === "value" ? valueText(qq(), (a() as { value: unknown }).value, locale()) : t("interview.unknown")}</span>{" "}
                          <a href={`?step=${encodeURIComponent(path)}`} aria-label={t("interview.editFact", { fact: questionText(qq()) })}>
                            {t("interview.edit")}
                          </a>
                        </dd>
                      </div>
                    )}
                  </Show>
                )
              }}
            </For>
          </dl>
          {props.summaryExtra?.()}
          <div class="actions">
            <Show when={next()}>
              {(n) => (
                <button type="button" class="secondary" onClick={() => go(n().path)}>
                  {t("cls.answerMissing")}
                </button>
              )}
            </Show>
            <button type="button" onClick={() => go("result")}>
              {t("interview.seeResult")}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                props.store.setAnswers({});
                go(props.def.first[0] ?? "summary");
              }}
            >
              {t("interview.restart")}
            </button>
          </div>
        </section>
      </Match>
      <Match when={step() === "result"}>{props.result(props.def.build(answers()))}</Match>
      <Match when={step() === "sheet"}>{props.sheet(props.def.build(answers()))}</Match>
    </Switch>
  );
};
