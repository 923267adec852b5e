import { A } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import { Match, Switch } from "solid-js";
import { Page } from "../components/page.js";
import { t } from "../i18n/index.js";
import { api, read } from "../lib/api.js";

export function Screen() {
  const health = createQuery(() => ({ queryKey: ["health"], queryFn: () => read<{ version: string; storage: string }>(api.health.$get()) }));
  return (
    <Page title={t("home.title")}>
      <h2>{t("home.start")}</h2>
      <ul class="start">
        <li><A href="/classification">{t("home.startClassification")}</A></li>
        <li><A href="/eligibility">{t("home.startEligibility")}</A></li>
      </ul>
      <h2>{t("home.status")}</h2>
      <p role="status" data-testid="health">
        <Switch fallback={t("home.checking")}>
          <Match when={health.data}>{(h) => t("home.ok", { version: h().version, storage: h().storage })}</Match>
          <Match when={health.isError}>{t("home.down")}</Match>
        </Switch>
      </p>
      <p>
        {t("home.docs")}: <a href="/docs">/docs</a> · <a href="/openapi.json">/openapi.json</a>
      </p>
    </Page>
  );
}
