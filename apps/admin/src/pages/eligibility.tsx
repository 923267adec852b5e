import type { EligibilityRequestInput, EligibilityResult } from "@ctip-vn/domain/eligibility";
import { useNavigate } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import { Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { t } from "../i18n/index.js";
import type { Answers } from "../interview/engine.js";
import { eligibilityInterview } from "../interview/eligibility.js";
import { Interview, interviewStore } from "../interview/interview.js";
import { api, headers, read } from "../lib/api.js";
import { EligibilityView } from "../results/eligibility-view.js";
import { eligibilitySheet } from "../sheet/model.js";
import { SheetScreen } from "../sheet/sheet.js";
import { SaveDecision } from "./save-decision.js";

const store = interviewStore("ctip-vn.interview.eligibility");
const ORDER = ["asOf", "province", "person.status", "person.identifiedOn", "person.nationality", "person.permanentResidentInVietnam", "person.location", "person.traffickedIn", "person.ageYears"];
const order = (a: Answers): string[] => [...ORDER.filter((k) => k in a), ...Object.keys(a).filter((k) => !ORDER.includes(k)).toSorted()];

const useEligibility = (req: () => EligibilityRequestInput) =>
  createQuery(() => ({
    queryKey: ["eligibility", req()],
    queryFn: () => read<EligibilityResult>(api.v1.eligibility.$post({ json: req() as never }, { headers: headers() })),
  }));

const Result = (props: { request: EligibilityRequestInput }) => {
  const navigate = useNavigate();
  const q = useEligibility(() => props.request);
  return (
    <section aria-labelledby="result-h">
      <h2 id="result-h" class="visually-hidden">{t("elig.resultTitle")}</h2>
      <Show when={q.error}>{(e) => <Problem error={e()} />}</Show>
      <Show when={q.isPending}><p role="status">{t("app.loading")}</p></Show>
      <Show when={q.data}>
        {(r) => (
          <>
            <EligibilityView result={r()} request={props.request} />
            <div class="actions no-print">
              <button type="button" onClick={() => navigate("?step=sheet")}>{t("cls.openSheet")}</button>
              <button type="button" class="secondary" onClick={() => navigate("?step=summary")}>{t("interview.summary")}</button>
            </div>
            <SaveDecision kind="eligibility" input={props.request as Record<string, unknown>} />
          </>
        )}
      </Show>
    </section>
  );
};

const Sheet = (props: { request: EligibilityRequestInput }) => {
  const q = useEligibility(() => props.request);
  return (
    <Show when={q.data} fallback={<Show when={q.error} fallback={<p role="status">{t("app.loading")}</p>}>{(e) => <Problem error={e()} />}</Show>}>
      {(r) => <SheetScreen build={(h) => eligibilitySheet(h, props.request, r())} caseRef="" date={new Date().toISOString().slice(0, 10)} />}
    </Show>
  );
};

export function Screen() {
  return (
    <Page title={t("elig.title")}>
      <p class="intro no-print">{t("elig.intro")}</p>
      <Interview def={eligibilityInterview} store={store} order={order} result={(r) => <Result request={r} />} sheet={(r) => <Sheet request={r} />} />
    </Page>
  );
}
