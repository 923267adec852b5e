import { createMutation } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t, tDyn, type Key } from "../i18n/index.js";
import { call } from "../lib/api.js";
import { labelText } from "../results/words.js";

const COUNTS = ["reportsReceived", "reportsClassified", "reportsResolved", "casesInitiated", "casesSolved", "casesHandledByProcuracy", "casesIndicted", "casesAcceptedByCourts", "casesTried"] as const;

interface IndicatorView {
  readonly id: string;
  readonly status: string;
  readonly percent: string | null;
  readonly label?: { readonly vi: string; readonly en: string; readonly fr?: string };
  readonly target?: { readonly text?: string } | null;
}

export function Screen() {
  const [province, setProvince] = createSignal("nghe-an");
  const [from, setFrom] = createSignal("2022-01-01");
  const [to, setTo] = createSignal("2022-12-31");
  const [counts, setCounts] = createSignal<Record<string, number>>({});
  const [view, setView] = createSignal<"internal" | "public">("internal");
  const evaluate = createMutation(() => ({
    mutationFn: () => call<{ indicators: IndicatorView[] }>("POST", `/v1/kpi?view=${view()}`, { province: province(), period: { from: from(), to: to() }, counts: counts() }),
  }));
  return (
    <Page title={t("kpi.title")}>
      <form class="form" onSubmit={(e) => { e.preventDefault(); evaluate.mutate(); }}>
        <label class="field">
          {t("kpi.province")}{" "}
          <select value={province()} onChange={(e) => setProvince(e.currentTarget.value)}>
            <option value="nghe-an">{t("label.province.nghe-an")}</option>
            <option value="hai-phong">{t("label.province.hai-phong")}</option>
          </select>
        </label>
        <label class="field">{t("kpi.from")} <input type="date" required value={from()} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
        <label class="field">{t("kpi.to")} <input type="date" required value={to()} onInput={(e) => setTo(e.currentTarget.value)} /></label>
        <fieldset>
          <legend>{t("kpi.counts")}</legend>
          <For each={COUNTS}>
            {(id) => (
              <label class="field">
                {t(`kpi.count.${id}` as Key)}{" "}
                <input
                  type="number"
                  min="0"
                  step="1"
                  name={id}
                  onInput={(e) => {
                    const next = { ...counts() };
                    if (Number.isNaN(e.currentTarget.valueAsNumber)) delete next[id];
                    else next[id] = e.currentTarget.valueAsNumber;
                    setCounts(next);
                  }}
                />
              </label>
            )}
          </For>
        </fieldset>
        <label class="option">
          <input type="checkbox" checked={view() === "public"} onChange={(e) => setView(e.currentTarget.checked ? "public" : "internal")} /> {t("kpi.public")}
        </label>
        <button type="submit">{t("kpi.submit")}</button>
      </form>
      <Show when={evaluate.error}>{(e) => <Problem error={e()} />}</Show>
      <Show when={evaluate.data}>
        {(r) => (
          <div class="table-wrap">
            <table data-testid="kpi-result">
              <caption>{t("kpi.caption")}</caption>
              <thead>
                <tr><th scope="col">{t("kpi.indicator")}</th><th scope="col">{t("kpi.result")}</th><th scope="col">{t("kpi.rate")}</th><th scope="col">{t("kpi.target")}</th></tr>
              </thead>
              <tbody>
                <For each={r().indicators}>
                  {(i) => (
                    <tr>
                      <th scope="row">{i.label === undefined ? "—" : labelText(i.label, locale())}</th>
                      <td>{tDyn(`kpi.status.${i.status}`, t("common.unknown"))}</td>
                      <td>{i.percent ?? "—"}</td>
                      <td>{i.target?.text ?? "—"}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </Page>
  );
}
