import { A } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import { For, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t, type Key } from "../i18n/index.js";
import { api, headers, read } from "../lib/api.js";
import { formatDate } from "../lib/format.js";
import { session } from "../lib/session.js";

export interface DecisionRow {
  readonly id: string;
  readonly kind: "classification" | "eligibility";
  readonly caseRef: string;
  readonly asOf: string;
  readonly input: Record<string, unknown>;
  readonly result: { readonly status?: string; readonly regimes?: ReadonlyArray<{ status: string }> } & Record<string, unknown>;
  readonly receipt: { readonly resultHash: string; readonly libraryVersion: string };
  readonly createdBy: string;
  readonly createdAt: string;
}

/** A one-line summary of a saved result. */
const summary = (d: DecisionRow): string => {
  if (d.kind === "classification" && typeof d.result.status === "string") return t(`cls.status.${d.result.status}` as Key);
  const regimes = d.result.regimes ?? [];
  const n = regimes.filter((g) => g.status === "ELIGIBLE").length;
  return `${t("elig.status.ELIGIBLE")}: ${n}/${regimes.length}`;
};

export function Screen() {
  const rows = createQuery(() => ({ queryKey: ["decisions", session()?.token], enabled: session() !== undefined, queryFn: () => read<DecisionRow[]>(api.v1.decisions.$get({ query: {} }, { headers: headers() })) }));
  return (
    <Page title={t("decisions.title")}>
      <Show when={session()} fallback={<p>{t("app.needSignIn")}</p>}>
        <Show when={rows.error}>{(e) => <Problem error={e()} />}</Show>
        <Show when={rows.data}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t("decisions.empty")}</p>}>
              <div class="table-wrap">
                <table data-testid="decisions-table">
                  <caption>{t("decisions.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("decisions.ref")}</th>
                      <th scope="col">{t("decisions.kind")}</th>
                      <th scope="col">{t("decisions.asOf")}</th>
                      <th scope="col">{t("decisions.result")}</th>
                      <th scope="col">{t("decisions.by")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={list()}>
                      {(d) => (
                        <tr>
                          <th scope="row"><A href={`/decisions/${d.id}`} aria-label={t("decisions.open", { ref: d.caseRef })}>{d.caseRef}</A></th>
                          <td>{t(`decisions.kinds.${d.kind}` as Key)}</td>
                          <td>{formatDate(d.asOf, locale())}</td>
                          <td>{summary(d)}</td>
                          <td>{d.createdBy}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          )}
        </Show>
      </Show>
    </Page>
  );
}
