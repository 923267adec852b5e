import type { EligibilityRequestInput, EligibilityResult } from "@ctip-vn/domain/eligibility";
import { For, Show } from "solid-js";
import { locale, t, type Key } from "../i18n/index.js";
import { eligibilityQuestion } from "../interview/eligibility.js";
import { formatDate, formatNumber } from "../lib/format.js";
import { basisText, labelText, questionText, supportLawName, valueText } from "./words.js";

type Regime = EligibilityResult["regimes"][number];
type Reason = Regime["reasons"][number];

/** A fact path named by its question. */
export const eligibilityFactName = (path: string): string => {
  const q = eligibilityQuestion(path);
  return q === undefined ? path.replace(/^person\./, "").replace(/[[\].]/g, " ") : questionText(q);
};

const factsIn = (text: string): string[] => {
  const m = /:\s*(.+)$/.exec(text);
  return m === null ? [] : (m[1] ?? "").split(/,\s*/).filter((x) => x.startsWith("person."));
};

/** A reason in words: missing facts named by their questions, other reasons from the domain's text. */
export const reasonText = (r: Reason): string => {
  const missing = r.params["missing"];
  const facts = Array.isArray(missing) ? missing.map(String) : factsIn(r.text.en);
  if (r.code === "eligibility.missing-facts") return t("elig.missingReason", { facts: facts.map(eligibilityFactName).join("; ") });
  // Other reasons may list missing facts too (an item's condition): name each by its question, never by its path.
  return labelText(r.text, locale()).replace(/\bperson\.[A-Za-z]+(?:\.[A-Za-z]+)*/g, (path) => `“${eligibilityFactName(path)}”`);
};

/** The support decision as a lawyer reads it. */
export const EligibilityView = (props: { result: EligibilityResult; request: EligibilityRequestInput }) => {
  const r = () => props.result;
  const l = () => locale();
  const provisional = () => r().regimes.some((g) => g.status === "INSUFFICIENT_DATA");
  const amountText = (g: Regime) => {
    if (g.amountVnd !== null) return t("elig.amountValue", { amount: formatNumber(g.amountVnd, l()) });
    const why = g.reasons.find((x) => x.code.startsWith("amount."));
    return why === undefined ? t("elig.amountUnknown") : t("elig.amountWhy", { why: reasonText(why) });
  };
  return (
    <div class="result" classList={{ provisional: provisional() }} data-testid="eligibility-result">
      <Show when={provisional()}>
        <p class="badge provisional-badge">{t("elig.provisional")}</p>
        <p>{t("elig.provisionalBody")}</p>
      </Show>
      <p>
        {t("elig.law", { law: supportLawName(r().law, l()) })}
        <Show when={r().transitional}> — {t("elig.transitional")}</Show>
      </p>
      <p>{t("cls.asOf", { date: formatDate(r().asOf, l()) })}</p>
      <Show when={r().category}>
        {(c) => (
          <p>
            {t("elig.category")}: {labelText(c().label, l())}
          </p>
        )}
      </Show>
      <h2>{t("elig.regimes")}</h2>
      <For each={r().regimes}>
        {(g) => (
          <article class={`regime ${g.status.toLowerCase()}`} data-regime={g.regime}>
            <h3>
              {t("elig.point", { point: g.point })}. {labelText(g.label, l(), g.regime)} — <span class="status">{t(`elig.status.${g.status}` as Key)}</span>
            </h3>
            <dl class="facts">
              <Show when={g.status === "ELIGIBLE" || g.status === "DISCRETIONARY"}>
                <dt>{t("elig.items")}</dt>
                <dd>
                  <Show when={g.content.items.length > 0} fallback={t("elig.noItems")}>
                    <ul>
                      <For each={g.content.items}>
                        {(i) => (
                          <li class={`item applies-${i.applies}`} data-item={i.item}>
                            {labelText(i.label, l())}
                            {i.condition === null ? "" : ` (${labelText(i.condition, l())})`}
                            <Show when={i.applies !== "yes"}>
                              {" — "}
                              <span class="badge">{i.applies === "no" ? t("elig.itemNotApplicable") : t("elig.itemUnknown", { facts: i.missingFacts.map(eligibilityFactName).join("; ") })}</span>
                            </Show>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </dd>
                <dt>{t("elig.amount")}</dt>
                <dd>{amountText(g)}</dd>
                <dt>{t("elig.duration")}</dt>
                <dd>{g.durationDays === null ? t("elig.durationNone") : t("elig.durationValue", { n: g.durationDays })}</dd>
                <dt>{t("elig.authority")}</dt>
                <dd lang={g.authority === null ? undefined : "vi"}>{g.authority ?? t("elig.authorityNone")}</dd>
              </Show>
              <dt>{t("elig.reasons")}</dt>
              <dd>
                <ul>
                  <For each={g.reasons.filter((x) => !x.code.startsWith("amount."))}>{(x) => <li>{reasonText(x)}</li>}</For>
                </ul>
              </dd>
              <dt>{t("elig.basis")}</dt>
              <dd>{g.basis.map((b) => basisText(b, l())).join("; ")}</dd>
            </dl>
          </article>
        )}
      </For>
      {/* Only regimes a change of circumstances could open (a known age or place of trafficking is never "changed"); the regime's reasons say why the others are closed. */}
      <Show when={r().whatWouldChange.some((w) => w.options.length > 0)}>
        <h2>{t("elig.whatWouldChange")}</h2>
        <ul data-testid="what-would-change">
          <For each={r().whatWouldChange.filter((w) => w.options.length > 0)}>
            {(w) => {
              const g = r().regimes.find((x) => x.regime === w.regime);
              return (
                <li>
                  {g === undefined ? "" : `${labelText(g.label, l(), g.regime)}: `}
                  {w.options
                    .map((opt) => t("elig.ifChanged", { changes: opt.map((c) => t("elig.change", { fact: eligibilityFactName(c.fact), value: valueText(eligibilityQuestion(c.fact), c.to, l()) })).join(", ") }))
                    .join(" / ")}
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <Show when={r().priority.length > 0}>
        <h2>{t("elig.priority")}</h2>
        <ul>
          <For each={r().priority}>{(p) => <li>{labelText(p.label, l())}</li>}</For>
        </ul>
      </Show>
      <p class="receipt">
        {t("cls.receipt")}: <code>{r().receipt.resultHash}</code>
      </p>
    </div>
  );
};
