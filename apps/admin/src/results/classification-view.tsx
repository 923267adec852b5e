import type { CaseFactsInput, Classification } from "@ctip-vn/domain/classification";
import { For, Show } from "solid-js";
import { locale, t, type Key } from "../i18n/index.js";
import { classificationQuestion } from "../interview/classification.js";
import { formatDate } from "../lib/format.js";
import { additionalText, articleTitle, basisText, chargeCitation, labelText, penalCitation, prisonText, questionText, stepView } from "./words.js";

/** A fact path named by its question, never by the path. */
export const factName = (path: string): string => {
  const q = classificationQuestion(path);
  return q === undefined ? path.replace(/[[\].]/g, " ") : questionText(q);
};

/** Facts the conduct and the liability still need, each once, in the domain's order. */
export const missingFactsOf = (r: Classification): string[] => [...new Set([...r.missingFacts, ...r.liability.missingFacts])];

/**
 * The classification as a lawyer reads it. Everything shown is the domain's answer — status,
 * provisional charges and their clause range, the bracket after the caps for an offender under 18,
 * liability with its reasons and citations, the questions for the missing facts — rendered in the
 * reader's language; nothing is decided again here.
 */
export const ClassificationView = (props: { result: Classification; facts: CaseFactsInput }) => {
  const r = () => props.result;
  const provisional = () => r().status === "INSUFFICIENT_DATA";
  const l = () => locale();
  const liability = () => r().liability.status;
  const juvenile = () => {
    const age = r().liability.offenderAge;
    return age !== null && age >= 14 && age < 18;
  };
  const missing = () => missingFactsOf(r());
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
            <article class="charge" classList={{ provisional: c.provisional }}>
              <h4>
                <Show when={c.provisional}>
                  <span class="badge provisional-badge">{t("cls.provisionalCharge")}</span>{" "}
                </Show>
                {articleTitle(c.article, l())}
              </h4>
              <p class="citation">{chargeCitation(c, l())}</p>
              <Show when={c.provisional && c.clauseRange !== undefined && c.clauseRange.max > c.clauseRange.min ? c.clauseRange : undefined}>
                {(range) => <p class="note" data-testid="clause-range">{t("cls.clauseRange", { min: range().min, max: range().max })}</p>}
              </Show>
              <dl class="facts">
                <dt>{t("cls.bracket")}</dt>
                <dd>{prisonText(c.penalty)}</dd>
                <dt>{t("cls.applicable")}</dt>
                <dd>
                  {prisonText(c.applicablePenalty)}
                  <Show when={c.applicablePenalty.basis.length > 0}>
                    <span class="basis"> ({c.applicablePenalty.basis.map((b) => basisText(b, l())).join("; ")})</span>
                  </Show>
                </dd>
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
      </p>
      <ul class="reasons" data-testid="liability-reasons">
        <For each={r().liability.reasons}>
          {(m) => (
            <li>
              {labelText(m.text, l())}
              <Show when={m.basis.length > 0}>
                <span class="basis"> ({m.basis.map((b) => basisText(b, l())).join("; ")})</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={juvenile()}>
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

      <Show when={missing().length > 0}>
        <h3>{t("cls.missing")}</h3>
        <ul data-testid="missing">
          <For each={missing()}>{(f) => <li>{factName(f)}</li>}</For>
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
