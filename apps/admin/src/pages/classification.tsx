import type { CaseFactsInput, Classification } from "@ctip-vn/domain/classification";
import { useNavigate } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import { For, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { t } from "../i18n/index.js";
import { addVictim, classificationInterview, removeVictim, victimCount } from "../interview/classification.js";
import type { Answers } from "../interview/engine.js";
import { Interview, interviewStore } from "../interview/interview.js";
import { api, headers, read } from "../lib/api.js";
import { ClassificationView } from "../results/classification-view.js";
import { classificationSheet } from "../sheet/model.js";
import { SheetScreen } from "../sheet/sheet.js";
import { SaveDecision } from "./save-decision.js";

const store = interviewStore("ctip-vn.interview.classification");
const VICTIM = /^victims\[(\d+)\]/;

/** Summary order: case facts first, then each victim's facts. */
const order = (a: Answers): string[] => {
  const keys = Object.keys(a);
  const caseKeys = ["offenceDate", "acts", "purposes", "means", "circumstances", "humanitarianPurpose", "offenderAgeYears", "victims"].filter((k) => k in a);
  const n = victimCount(a) ?? 0;
  const victimKeys = keys.filter((k) => VICTIM.test(k) && Number(VICTIM.exec(k)?.[1]) < n).toSorted((x, y) => Number(VICTIM.exec(x)?.[1]) - Number(VICTIM.exec(y)?.[1]));
  return [...caseKeys, ...victimKeys];
};

const useClassification = (facts: () => CaseFactsInput) =>
  createQuery(() => ({
    queryKey: ["classification", facts()],
    queryFn: () => read<Classification>(api.v1.classification.$post({ json: facts() as never }, { headers: headers() })),
  }));

const Result = (props: { facts: CaseFactsInput }) => {
  const navigate = useNavigate();
  const q = useClassification(() => props.facts);
  return (
    <section aria-labelledby="result-h">
      <h2 id="result-h" class="visually-hidden">{t("cls.resultTitle")}</h2>
      <Show when={q.error}>{(e) => <Problem error={e()} />}</Show>
      <Show when={q.isPending}><p role="status">{t("app.loading")}</p></Show>
      <Show when={q.data}>
        {(r) => (
          <>
            <ClassificationView result={r()} facts={props.facts} />
            <div class="actions no-print">
              <button type="button" onClick={() => navigate("?step=sheet")}>{t("cls.openSheet")}</button>
              <button type="button" class="secondary" onClick={() => navigate("?step=summary")}>{t("interview.summary")}</button>
            </div>
            <SaveDecision kind="classification" input={props.facts as Record<string, unknown>} />
          </>
        )}
      </Show>
    </section>
  );
};

const Sheet = (props: { facts: CaseFactsInput }) => {
  const q = useClassification(() => props.facts);
  return (
    <Show when={q.data} fallback={<Show when={q.error} fallback={<p role="status">{t("app.loading")}</p>}>{(e) => <Problem error={e()} />}</Show>}>
      {(r) => <SheetScreen build={(h) => classificationSheet(h, props.facts, r())} caseRef="" date={new Date().toISOString().slice(0, 10)} />}
    </Show>
  );
};

const Victims = () => {
  const n = () => victimCount(store.answers()) ?? 0;
  return (
    <section aria-labelledby="victims-h" class="victims">
      <h3 id="victims-h">{t("interview.victims")}</h3>
      <Show when={n() > 0} fallback={<p>{t("interview.noVictims")}</p>}>
        <ul>
          <For each={Array.from({ length: n() }, (_, i) => i)}>
            {(i) => (
              <li>
                {t("interview.victim", { n: i + 1 })}{" "}
                <button type="button" class="secondary small" onClick={() => store.setAnswers(removeVictim(store.answers(), i))}>
                  {t("interview.removeVictim", { n: i + 1 })}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <button type="button" class="secondary" onClick={() => store.setAnswers(addVictim(store.answers()))}>{t("interview.addVictim")}</button>
    </section>
  );
};

export function Screen() {
  return (
    <Page title={t("cls.title")}>
      <p class="intro no-print">{t("cls.intro")}</p>
      <Interview def={classificationInterview} store={store} order={order} summaryExtra={() => <Victims />} result={(f) => <Result facts={f} />} sheet={(f) => <Sheet facts={f} />} />
    </Page>
  );
}
