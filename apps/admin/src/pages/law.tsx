import { createQuery } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t, tDyn } from "../i18n/index.js";
import { call } from "../lib/api.js";
import { formatDate } from "../lib/format.js";

interface InstrumentRow {
  readonly id: string;
  readonly number: string;
  readonly title: { readonly vi: string; readonly en?: string; readonly fr?: string };
  readonly effective?: string;
  readonly inForce: boolean | null;
  readonly confidence: string;
}

export function Screen() {
  const [asOf, setAsOf] = createSignal(new Date().toISOString().slice(0, 10));
  const rows = createQuery(() => ({ queryKey: ["law", asOf()], enabled: /^\d{4}-\d{2}-\d{2}$/.test(asOf()), queryFn: () => call<{ instruments: InstrumentRow[] }>("GET", `/v1/law?asOf=${asOf()}`) }));
  return (
    <Page title={t("law.title")}>
      <label class="field">{t("law.asOf")} <input type="date" value={asOf()} onInput={(e) => setAsOf(e.currentTarget.value)} /></label>
      <Show when={rows.error}>{(e) => <Problem error={e()} />}</Show>
      <Show when={rows.data}>
        {(d) => (
          <div class="table-wrap">
            <table data-testid="law-table">
              <caption>{t("law.caption")}</caption>
              <thead>
                <tr><th scope="col">{t("law.number")}</th><th scope="col">{t("law.name")}</th><th scope="col">{t("law.from")}</th><th scope="col">{t("law.inForce")}</th><th scope="col">{t("law.confidence")}</th></tr>
              </thead>
              <tbody>
                <For each={d().instruments}>
                  {(i) => (
                    <tr>
                      <td>{i.number}</td>
                      <td lang={locale() === "vi" || i.title[locale()] === undefined ? "vi" : locale()}>{i.title[locale()] ?? i.title.vi}</td>
                      <td>{i.effective === undefined ? "—" : formatDate(i.effective, locale())}</td>
                      <td>{i.inForce === null ? t("common.unknown") : i.inForce ? t("common.yes") : t("common.no")}</td>
                      <td>{tDyn(`law.conf.${i.confidence}`, t("common.unknown"))}</td>
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
