import { A, useNavigate } from "@solidjs/router";
import { createMutation, createQuery } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t, tDyn, type Key } from "../i18n/index.js";
import { call } from "../lib/api.js";
import { formatDate } from "../lib/format.js";
import { canEdit, session } from "../lib/session.js";

export const CASE_STATUSES = ["new", "reviewing", "decided", "closed"] as const;
export const REGIMES = ["essential_needs", "essential_needs_and_travel", "travel", "medical", "psychological", "legal_aid", "legal_support", "interpretation", "general_education", "education_and_vocational", "vocational_and_employment", "hardship_allowance_and_loan"] as const;

export interface CaseSummary {
  readonly id: string;
  readonly ref: string;
  readonly province: string | null;
  readonly status: (typeof CASE_STATUSES)[number];
  readonly version: number;
  readonly articles: ReadonlyArray<string>;
  readonly regimes: ReadonlyArray<string>;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const provinceText = (p: string | null) => (p === null ? t("cases.national") : tDyn(`label.province.${p}`, p));
export const regimeText = (r: string) => tDyn(`cases.regime.${r}`, t("cases.regime.other"));

export function Screen() {
  const navigate = useNavigate();
  const [status, setStatus] = createSignal("");
  const [from, setFrom] = createSignal("");
  const [to, setTo] = createSignal("");
  const [article, setArticle] = createSignal("");
  const [regime, setRegime] = createSignal("");
  const [ref, setRef] = createSignal("");
  const query = () => {
    const q = new URLSearchParams();
    if (status() !== "") q.set("status", status());
    if (/^\d{4}-\d\d-\d\d$/.test(from())) q.set("from", from());
    if (/^\d{4}-\d\d-\d\d$/.test(to())) q.set("to", to());
    if (article() !== "") q.set("article", article());
    if (regime() !== "") q.set("regime", regime());
    if (/^[A-Za-z0-9._/-]{1,64}$/.test(ref())) q.set("ref", ref());
    return q.toString();
  };
  const rows = createQuery(() => ({ queryKey: ["cases", session()?.token, query()], enabled: session() !== undefined, queryFn: () => call<CaseSummary[]>("GET", `/v1/cases${query() === "" ? "" : `?${query()}`}`) }));
  const me = createQuery(() => ({ queryKey: ["me", session()?.token], enabled: session() !== undefined, queryFn: () => call<{ provinces: string[] }>("GET", "/v1/auth/me") }));
  const provinces = createQuery(() => ({ queryKey: ["provinces"], queryFn: () => call<Array<{ id: string }>>("GET", "/v1/provinces") }));
  const [newRef, setNewRef] = createSignal("");
  const [newProvince, setNewProvince] = createSignal("");
  const choices = () => {
    const mine = me.data?.provinces ?? [];
    return mine.includes("*") ? (provinces.data ?? []).map((p) => p.id) : mine;
  };
  const open = createMutation(() => ({
    mutationFn: () => call<CaseSummary>("POST", "/v1/cases", { ref: newRef().trim(), ...(newProvince() === "" ? {} : { province: newProvince() }) }),
    onSuccess: (c) => navigate(`/cases/${c.id}`),
  }));
  return (
    <Page title={t("cases.title")}>
      <Show when={session()} fallback={<p>{t("app.needSignIn")}</p>}>
        <Show when={canEdit()}>
          <section aria-labelledby="cases-new">
            <h2 id="cases-new">{t("cases.new")}</h2>
            <form class="form" onSubmit={(e) => { e.preventDefault(); open.mutate(); }}>
              <label class="field">
                {t("cases.ref")}
                <input required pattern="[A-Za-z0-9][A-Za-z0-9._/\-]{0,63}" value={newRef()} onInput={(e) => setNewRef(e.currentTarget.value)} aria-describedby="ref-help" />
              </label>
              <p class="help" id="ref-help">{t("cases.refHelp")}</p>
              <Show when={choices().length > 1 || me.data?.provinces.includes("*") === true}>
                <label class="field">
                  {t("cases.province")}
                  <select value={newProvince()} onChange={(e) => setNewProvince(e.currentTarget.value)}>
                    <Show when={me.data?.provinces.includes("*") === true}><option value="">{t("cases.national")}</option></Show>
                    <For each={choices()}>{(p) => <option value={p}>{provinceText(p)}</option>}</For>
                  </select>
                </label>
              </Show>
              <button type="submit" disabled={open.isPending}>{t("cases.open")}</button>
            </form>
            <Show when={open.error}>{(e) => <Problem error={e()} />}</Show>
          </section>
        </Show>
        <section aria-labelledby="cases-list">
          <h2 id="cases-list">{t("cases.list")}</h2>
          <form class="filters" role="search" aria-label={t("cases.search")} onSubmit={(e) => e.preventDefault()}>
            <label class="field">{t("cases.refSearch")}<input value={ref()} onInput={(e) => setRef(e.currentTarget.value)} /></label>
            <label class="field">
              {t("cases.status")}
              <select value={status()} onChange={(e) => setStatus(e.currentTarget.value)}>
                <option value="">{t("cases.any")}</option>
                <For each={CASE_STATUSES}>{(s) => <option value={s}>{t(`cases.st.${s}` as Key)}</option>}</For>
              </select>
            </label>
            <label class="field">{t("cases.from")}<input type="date" value={from()} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
            <label class="field">{t("cases.to")}<input type="date" value={to()} onInput={(e) => setTo(e.currentTarget.value)} /></label>
            <label class="field">
              {t("cases.article")}
              <select value={article()} onChange={(e) => setArticle(e.currentTarget.value)}>
                <option value="">{t("cases.any")}</option>
                <option value="150">{t("cases.art150")}</option>
                <option value="151">{t("cases.art151")}</option>
              </select>
            </label>
            <label class="field">
              {t("cases.regimeFilter")}
              <select value={regime()} onChange={(e) => setRegime(e.currentTarget.value)}>
                <option value="">{t("cases.any")}</option>
                <For each={REGIMES}>{(r) => <option value={r}>{regimeText(r)}</option>}</For>
              </select>
            </label>
          </form>
          <Show when={rows.error}>{(e) => <Problem error={e()} />}</Show>
          <Show when={rows.data}>
            {(list) => (
              <Show when={list().length > 0} fallback={<p>{t("cases.empty")}</p>}>
                <div class="table-wrap">
                  <table data-testid="cases-table">
                    <caption>{t("cases.caption", { n: list().length })}</caption>
                    <thead>
                      <tr><th scope="col">{t("cases.ref")}</th><th scope="col">{t("cases.status")}</th><th scope="col">{t("cases.province")}</th><th scope="col">{t("cases.opened")}</th></tr>
                    </thead>
                    <tbody>
                      <For each={list()}>
                        {(c) => (
                          <tr>
                            <th scope="row"><A href={`/cases/${c.id}`}>{c.ref}</A></th>
                            <td><span class={`status-badge st-${c.status}`}>{t(`cases.st.${c.status}` as Key)}</span></td>
                            <td>{provinceText(c.province)}</td>
                            <td>{formatDate(c.createdAt, locale())}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
              </Show>
            )}
          </Show>
        </section>
      </Show>
    </Page>
  );
}
