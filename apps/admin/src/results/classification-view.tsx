import type { CaseFactsInput, Classification } from "@ctip-vn/domain/classification";
import { For, Show } from "solid-js";
import { locale, t, type Key } from "../i18n/index.js";
import { classificationQuestion } from "../interview/classification.js";
import { formatDate } from "../lib/format.js";
import { additionalText, articleTitle, chargeCitation, penalCitation, prisonText, questionText, stepView } from "./words.js";

/** Fields the later domain outcome adds (issue 16); read when present. */
type Extended = Classification & {
  readonly liability?: { readonly status: "liable" | "not_liable" | "unknown" };
  readonly charges: ReadonlyArray<Classification["charges"][number] & { provisional?: boolean; applicablePenalty?: { prisonYears: { min: number | null; max: number }; life: boolean } }>;
};

/** A fact path named by its question, never by the path. */
export const factName = (path: string): string => {
  const q = classificationQuestion(path);
  return q === undefined ? path.replace(/[[\].]/g, " ") : questionText(q);
};

/** Liability of the offender: from the outcome when the domain gives it, else from the offender's age (Art. 12). */
export const liabilityOf = (r: Extended, facts: CaseFactsInput): "liable" | "not_liable" | "unknown" => {
  if (r.liability !== undefined) return r.liability.status;
  const age = facts.offenderAgeYears;
  return age === undefined ? "unknown" : age < 14 ? "not_liable" : "liable";
};

/** The classification as a lawyer reads it. */
export const ClassificationView = (props: { result: Classification; facts: CaseFactsInput }) => {
  const r = () => props.result as Extended;
  const provisional = () => r().status === "INSUFFICIENT_DATA";
  const l = () => locale();
  const liability = () => liabilityOf(r(), props.facts);
  return (
    <div class="result" classList={{ provisional: provisional() }} data-testid="classification-result">
      <Show when={provisional()} fallback={<p class="badge final">{t("cls.final")}</p>}>
        <p class="badge provisional-badge">{t("cls.provisional")}</p>
        <p>{t("cls.provisionalBody")}</p>
      </Show>
      <h2>{t(`cls.status.${r().status}` as Key)}</h2>
      <p>{t("cls.asOf", { date: formatDate(props.facts.offenceDate, l()) })}</p>

      <h3>{t("cls.charges")}</h3>
      <Show when={r().charges.length > 0} fallback={<p>{t("cls.noCharges")}</p>}>
        <For each={r().charges}>
          {(c) => (
            <article class="charge" classList={{ provisional: provisional() || c.provisional === true }}>
              <h4>
                <Show when={provisional() || c.provisional === true}>
                  <span class="badge provisional-badge">{t("cls.provisionalCharge")}</span>{" "}
                </Show>
                {articleTitle(c.article, l())}
              </h4>
              <p class="citation">{chargeCitation(c, l())}</p>
              <dl class="facts">
                <dt>{t("cls.bracket")}</dt>
                <dd>{prisonText(c.penalty)}</dd>
                <dt>{t("cls.applicable")}</dt>
                <dd>{prisonText(c.applicablePenalty ?? c.penalty)}</dd>
                <dt>{t("cls.additional")}</dt>
                <dd>
                  <Show when={c.additionalPenaltyDetails.length > 0} fallback={t("cls.noAdditional")}>
                    <ul>
                      <For each={c.additionalPenaltyDetails}>{(d) => <li>{additionalText(d, c.article, l())}</li>}</For>
                    </ul>
                  </Show>
                </dd>
                <dt>{t("cls.category")}</dt>
                <dd>{t(`cls.categories.${c.category}` as Key)}</dd>
              </dl>
              <p>{t("cls.victimsCounted", { n: c.victimCount })}</p>
            </article>
          )}
        </For>
      </Show>

      <h3>{t("cls.liability")}</h3>
      <p data-testid="liability">
        {liability() === "liable" ? t("cls.liable") : liability() === "not_liable" ? t("cls.notLiable") : t("cls.liabilityUnknown")}
        {liability() === "not_liable" ? ` — ${t("cls.notLiableUnder14")}` : ""}
      </p>
      <Show when={props.facts.offenderAgeYears !== undefined && props.facts.offenderAgeYears >= 14 && props.facts.offenderAgeYears < 18}>
        <p class="note">{t("cls.juvenileNote")}</p>
      </Show>

      <Show when={r().screening.length > 0}>
        <h3>{t("cls.screening")}</h3>
        <ul>
          <For each={r().screening}>
            {(s) => <li>{t(s.relation === "instead_of" ? "cls.screeningInstead" : "cls.screeningBeside", { article: penalCitation(Number(s.article), undefined, [], l()), title: articleTitle(s.article, l()) })}</li>}
          </For>
        </ul>
      </Show>

      <Show when={r().missingFacts.length > 0}>
        <h3>{t("cls.missing")}</h3>
        <ul data-testid="missing">
          <For each={r().missingFacts}>{(f) => <li>{factName(f)}</li>}</For>
        </ul>
      </Show>

      <details class="explanation">
        <summary>{t("cls.explanation")}</summary>
        <ol>
          <For each={r().explanation}>
            {(s) => {
              const v = stepView(s, l(), factName);
              return (
                <li class={`step ${v.state}`}>
                  <span class="state">{t(`cls.state.${v.state}` as Key)}</span> {v.text}
                  <Show when={v.basis.length > 0}>
                    <span class="basis"> ({v.basis.join("; ")})</span>
                  </Show>
                </li>
              );
            }}
          </For>
        </ol>
      </details>
      <p class="receipt">
        {t("cls.receipt")}: <code>{r().receipt.resultHash}</code>
      </p>
    </div>
  );
};
