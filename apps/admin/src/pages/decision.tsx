import type { CaseFactsInput, Classification } from "@ctip-vn/domain/classification";
import type { EligibilityRequestInput, EligibilityResult } from "@ctip-vn/domain/eligibility";
import { useParams } from "@solidjs/router";
import { createMutation, createQuery } from "@tanstack/solid-query";
import { For, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t } from "../i18n/index.js";
import { api, headers, read } from "../lib/api.js";
import { formatDate } from "../lib/format.js";
import { session } from "../lib/session.js";
import { differencesInWords } from "../results/replay.js";
import { classificationSheet, eligibilitySheet } from "../sheet/model.js";
import { SheetScreen } from "../sheet/sheet.js";
import type { DecisionRow } from "./decisions.js";

interface Replay {
  readonly atAsOf: { readonly asOf: string; readonly result: unknown; readonly sameAsStored: boolean; readonly differences: ReadonlyArray<{ path: string }> };
  readonly today: { readonly asOf: string; readonly result: unknown; readonly problem?: string; readonly differences: ReadonlyArray<{ path: string }> };
}

export function Screen() {
  const params = useParams<{ id: string }>();
  const q = createQuery(() => ({ queryKey: ["decision", params.id], enabled: session() !== undefined, queryFn: () => read<DecisionRow>(api.v1.decisions[":id"].$get({ param: { id: params.id } }, { headers: headers() })) }));
  const replay = createMutation(() => ({ mutationFn: (id: string) => read<Replay>(api.v1.decisions[":id"].replay.$post({ param: { id } }, { headers: headers() })) }));
  const title = () => (q.data === undefined ? t("sheet.title") : t("decisions.sheetTitle", { ref: q.data.caseRef }));
  return (
    <Page title={title()}>
      <Show when={session()} fallback={<p>{t("app.needSignIn")}</p>}>
        <Show when={q.error}>{(e) => <Problem error={e()} />}</Show>
        <Show when={q.data}>
          {(d) => (
            <>
              <SheetScreen
                caseRef={d().caseRef}
                date={d().createdAt.slice(0, 10)}
                build={(h) =>
                  d().kind === "classification"
                    ? classificationSheet(h, d().input as unknown as CaseFactsInput, d().result as unknown as Classification)
                    : eligibilitySheet(h, d().input as unknown as EligibilityRequestInput, d().result as unknown as EligibilityResult)
                }
              />
              <section class="no-print replay" aria-labelledby="replay-h">
                <h2 id="replay-h">{t("decisions.replay")}</h2>
                <button type="button" onClick={() => replay.mutate(d().id)} disabled={replay.isPending}>{t("decisions.replay")}</button>
                <Show when={replay.error}>{(e) => <Problem error={e()} />}</Show>
                <Show when={replay.data}>
                  {(r) => {
                    const today = () => (r().today.result === null ? [] : differencesInWords(d().kind, r().atAsOf.result, r().today.result, r().today.differences.map((x) => x.path)));
                    const atDate = () => differencesInWords(d().kind, d().result, r().atAsOf.result, r().atAsOf.differences.map((x) => x.path));
                    return (
                      <div data-testid="replay-result" role="status">
                        <p>{r().atAsOf.sameAsStored ? t("decisions.replaySame") : t("decisions.replayChanged")}</p>
                        <Show when={!r().atAsOf.sameAsStored}>
                          <ul><For each={atDate()}>{(x) => <li>{x}</li>}</For></ul>
                        </Show>
                        <p>
                          {r().today.result === null
                            ? t("decisions.todayFail", { date: formatDate(r().today.asOf, locale()) })
                            : today().length === 0
                              ? t("decisions.todayNone", { date: formatDate(r().today.asOf, locale()) })
                              : t("decisions.todayDiff", { date: formatDate(r().today.asOf, locale()), n: today().length })}
                        </p>
                        <ul><For each={today()}>{(x) => <li>{x}</li>}</For></ul>
                      </div>
                    );
                  }}
                </Show>
              </section>
            </>
          )}
        </Show>
      </Show>
    </Page>
  );
}
