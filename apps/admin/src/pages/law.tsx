import { encodedArticles } from "@ctip-vn/domain/law";
import { A } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t, tDyn } from "../i18n/index.js";
import { call } from "../lib/api.js";
import { formatDate } from "../lib/format.js";
import { usesIn, usesOf, type Use } from "../law/uses.js";
import { labelText } from "../results/words.js";

type Label = { readonly vi: string; readonly en: string; readonly fr?: string };
interface InstrumentRow {
  readonly id: string;
  readonly number: string;
  readonly title: Label;
  readonly effective?: string;
  readonly superseded?: string;
  readonly inForce: boolean | null;
  readonly confidence: string;
}
interface ArticleRow {
  readonly article: number;
  readonly title: Label;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly inForce: boolean;
  readonly clauses: ReadonlyArray<{ readonly clause: number; readonly gloss: Label; readonly penalty?: { readonly prisonYears: { min: number; max: number }; readonly life: boolean }; readonly points: ReadonlyArray<{ readonly point: string; readonly gloss: Label }> }>;
}

/** Instruments with articles encoded in the product (the others are listed, not broken down). */
const WITH_ARTICLES = new Set(encodedArticles().map((a) => a.instrument as string));
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const Uses = (props: { uses: ReadonlyArray<Use> }) => (
  <Show when={props.uses.length > 0}>
    <ul class="uses" aria-label={t("explorer.usedBy")}>
      <For each={props.uses}>{(u) => <li><A href={u.href} class={`use use-${u.kind}`}>{labelText({ vi: u.label.vi, en: u.label.en, ...(u.label.fr === undefined ? {} : { fr: u.label.fr }) }, locale())}</A></li>}</For>
    </ul>
  </Show>
);

const InForce = (props: { value: boolean | null }) => (
  <span class={`badge ${props.value === true ? "in-force" : props.value === false ? "not-in-force" : "unknown-force"}`}>
    {props.value === null ? t("explorer.forceUnknown") : props.value ? t("explorer.inForce") : t("explorer.notInForce")}
  </span>
);

const Articles = (props: { id: string; asOf: string }) => {
  const q = createQuery(() => ({ queryKey: ["law-articles", props.id, props.asOf], queryFn: () => call<{ articles: ArticleRow[] }>("GET", `/v1/law/${encodeURIComponent(props.id)}?asOf=${props.asOf}`) }));
  return (
    <>
      <Show when={q.error}>{(e) => <Problem error={e()} />}</Show>
      <Show when={q.data}>
        {(d) => (
          <ol class="law-articles">
            <For each={d().articles}>
              {(a) => (
                <li class={a.inForce ? "" : "lapsed"} data-testid={`law-article-${a.article}`}>
                  <h3 class="article-title">
                    {t("explorer.article", { n: a.article })} {labelText(a.title, locale())} <InForce value={a.inForce} />
                  </h3>
                  <p class="help">{t("explorer.wording", { from: formatDate(a.effective.from, locale()), to: a.effective.to === undefined ? t("explorer.now") : formatDate(a.effective.to, locale()) })}</p>
                  <Uses uses={usesOf(props.id, a.article)} />
                  <ol class="law-clauses">
                    <For each={a.clauses}>
                      {(k) => (
                        <li>
                          <p>
                            <strong>{t("explorer.clause", { n: k.clause })}</strong> {labelText(k.gloss, locale())}
                            <Show when={k.penalty}>{(p) => <span class="help"> — {p().life ? t("explorer.penaltyLife", { min: p().prisonYears.min, max: p().prisonYears.max }) : t("explorer.penalty", { min: p().prisonYears.min, max: p().prisonYears.max })}</span>}</Show>
                          </p>
                          <Uses uses={usesOf(props.id, a.article, k.clause)} />
                          <ol class="law-points">
                            <For each={k.points}>
                              {(p) => (
                                <li data-testid={`law-point-${a.article}-${k.clause}-${p.point}`}>
                                  <p><strong>{p.point})</strong> {labelText(p.gloss, locale())}</p>
                                  <Uses uses={usesOf(props.id, a.article, k.clause, p.point)} />
                                </li>
                              )}
                            </For>
                          </ol>
                        </li>
                      )}
                    </For>
                  </ol>
                </li>
              )}
            </For>
          </ol>
        )}
      </Show>
    </>
  );
};

export function Screen() {
  const [asOf, setAsOf] = createSignal(new Date().toISOString().slice(0, 10));
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  const rows = createQuery(() => ({ queryKey: ["law", asOf()], enabled: ISO.test(asOf()), queryFn: () => call<{ instruments: InstrumentRow[] }>("GET", `/v1/law?asOf=${asOf()}`) }));
  const toggle = (id: string) => {
    const next = new Set(open());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  return (
    <Page title={t("law.title")}>
      <p class="help">{t("explorer.intro")}</p>
      <label class="field">{t("law.asOf")} <input type="date" value={asOf()} onInput={(e) => setAsOf(e.currentTarget.value)} /></label>
      <Show when={rows.error}>{(e) => <Problem error={e()} />}</Show>
      <Show when={rows.data}>
        {(d) => (
          <ul class="instruments" data-testid="law-explorer" aria-label={t("law.caption")}>
            <For each={d().instruments}>
              {(i) => (
                <li class="instrument">
                  <h2 class="instrument-title">
                    <span class="number">{i.number}</span>{" "}
                    <span lang={locale() === "vi" || i.title[locale()] === undefined ? "vi" : locale()}>{i.title[locale()] ?? i.title.vi}</span>
                  </h2>
                  <p class="meta">
                    <InForce value={i.inForce} /> {i.effective === undefined ? "" : t("explorer.from", { date: formatDate(i.effective, locale()) })}
                    {i.superseded === undefined ? "" : ` · ${t("explorer.until", { date: formatDate(i.superseded, locale()) })}`} · {tDyn(`law.conf.${i.confidence}`, t("common.unknown"))}
                  </p>
                  <Uses uses={usesOf(i.id)} />
                  <Show when={WITH_ARTICLES.has(i.id)}>
                    <button type="button" class="secondary small" aria-expanded={open().has(i.id)} onClick={() => toggle(i.id)}>
                      {open().has(i.id) ? t("explorer.hide") : t("explorer.show", { n: usesIn(i.id) })}
                    </button>
                    <Show when={open().has(i.id)}>
                      <Articles id={i.id} asOf={asOf()} />
                    </Show>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </Page>
  );
}
