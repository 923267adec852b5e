import { A, useParams } from "@solidjs/router";
import { createMutation, createQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t, type Key } from "../i18n/index.js";
import { call } from "../lib/api.js";
import { formatDate, formatNumber } from "../lib/format.js";
import { canEdit, isAdmin, session } from "../lib/session.js";
import { differencesInWords } from "../results/replay.js";
import { auditText, type AuditEntry } from "./case-audit.js";
import { chargeCitation } from "../results/words.js";
import { provinceText, regimeText, type CaseSummary } from "./cases.js";
import type { DecisionRow } from "./decisions.js";

interface CaseDecision { readonly decisionId: string; readonly kind: "classification" | "eligibility"; readonly person: string | null; readonly caseRef: string; readonly asOf: string; readonly result: Record<string, unknown>; readonly addedBy: string; readonly addedAt: string }
interface CaseFile extends CaseSummary {
  readonly moves: ReadonlyArray<{ readonly to: CaseSummary["status"]; readonly allowed: boolean; readonly why?: "role" | "needs-decision" }>;
  readonly notes: ReadonlyArray<{ readonly id: string; readonly text: string; readonly createdBy: string; readonly createdAt: string }>;
  readonly attachments: ReadonlyArray<{ readonly id: string; readonly name: string; readonly mediaType: string; readonly size: number; readonly sha256: string; readonly createdBy: string; readonly createdAt: string }>;
  readonly decisions: ReadonlyArray<CaseDecision>;
}
interface Replay {
  readonly atAsOf: { readonly result: unknown };
  readonly today: { readonly asOf: string; readonly result: unknown; readonly differences: ReadonlyArray<{ path: string }> };
}

const time = (iso: string) => `${formatDate(iso, locale())} ${iso.slice(11, 16)}`;
const st = (s: unknown) => t(`cases.st.${String(s)}` as Key);

/** One decision in a line: what it found. */
const decisionLine = (d: { kind: string; result: Record<string, unknown> }): string => {
  if (d.kind === "classification") {
    const r = d.result as { status?: string; charges?: ReadonlyArray<Parameters<typeof chargeCitation>[0]> };
    const charges = (r.charges ?? []).map((c) => chargeCitation(c, locale())).join("; ");
    return `${t(`cls.status.${r.status ?? "INSUFFICIENT_DATA"}` as Key)}${charges === "" ? "" : ` — ${charges}`}`;
  }
  const regimes = ((d.result as { regimes?: ReadonlyArray<{ regime: string; status: string }> }).regimes ?? []).filter((g) => g.status === "ELIGIBLE");
  return regimes.length === 0 ? t("cases.noRegime") : `${t("elig.status.ELIGIBLE")}: ${regimes.map((g) => regimeText(g.regime)).join(", ")}`;
};


const sha256 = async (file: File) => [...new Uint8Array(await crypto.subtle.digest("SHA-256", await file.arrayBuffer()))].map((b) => b.toString(16).padStart(2, "0")).join("");

export function Screen() {
  const params = useParams<{ id: string }>();
  const qc = useQueryClient();
  const file = createQuery(() => ({ queryKey: ["case", params.id, session()?.token], enabled: session() !== undefined, queryFn: () => call<CaseFile>("GET", `/v1/cases/${params.id}`) }));
  const audit = createQuery(() => ({ queryKey: ["case-audit", params.id, file.data?.version], enabled: isAdmin() && file.data !== undefined, queryFn: () => call<AuditEntry[]>("GET", `/v1/cases/${params.id}/audit`) }));
  const saved = createQuery(() => ({ queryKey: ["decisions-for", file.data?.ref], enabled: canEdit() && file.data !== undefined, queryFn: () => call<DecisionRow[]>("GET", `/v1/decisions?caseRef=${encodeURIComponent(file.data?.ref ?? "")}`) }));
  const [error, setError] = createSignal<unknown>();
  const [done, setDone] = createSignal("");
  const act = async (path: string, body: Record<string, unknown>, message: string) => {
    setError(undefined);
    setDone("");
    try {
      const next = await call<CaseFile>("POST", `/v1/cases/${params.id}${path}`, { ...body, version: file.data?.version });
      qc.setQueryData(["case", params.id, session()?.token], next);
      setDone(message);
    } catch (e) {
      setError(e);
      await qc.invalidateQueries({ queryKey: ["case", params.id] });
    }
  };
  const [note, setNote] = createSignal("");
  const [decisionId, setDecisionId] = createSignal("");
  const [person, setPerson] = createSignal("");
  const replay = createMutation(() => ({
    mutationFn: async () =>
      Promise.all(
        (file.data?.decisions ?? []).map(async (d) => {
          const r = await call<Replay>("POST", `/v1/decisions/${d.decisionId}/replay`);
          const words = r.today.result === null ? null : differencesInWords(d.kind, r.atAsOf.result, r.today.result, r.today.differences.map((x) => x.path));
          return { d, date: r.today.asOf, words };
        }),
      ),
  }));
  return (
    <Page title={file.data === undefined ? t("cases.fileTitle") : t("cases.fileOf", { ref: file.data.ref })}>
      <Show when={session()} fallback={<p>{t("app.needSignIn")}</p>}>
        <p><A href="/cases">{t("cases.back")}</A></p>
        <Show when={file.error}>{(e) => <Problem error={e()} />}</Show>
        <Show when={file.data}>
          {(c) => (
            <>
              <dl class="facts" data-testid="case-facts">
                <dt>{t("cases.status")}</dt><dd><span class={`status-badge st-${c().status}`} data-testid="case-status">{st(c().status)}</span></dd>
                <dt>{t("cases.province")}</dt><dd>{provinceText(c().province)}</dd>
                <dt>{t("cases.opened")}</dt><dd>{time(c().createdAt)} — {c().createdBy}</dd>
                <dt>{t("cases.article")}</dt><dd>{c().articles.length === 0 ? t("common.none") : c().articles.map((a) => t(`cases.art${a}` as Key)).join(", ")}</dd>
                <dt>{t("cases.regimeFilter")}</dt><dd>{c().regimes.length === 0 ? t("common.none") : c().regimes.map(regimeText).join(", ")}</dd>
              </dl>
              <Show when={done()}>{(m) => <p role="status" class="ok">{m()}</p>}</Show>
              <Show when={error()}>{(e) => <Problem error={e()} />}</Show>

              <section aria-labelledby="case-flow">
                <h2 id="case-flow">{t("cases.workflow")}</h2>
                <ol class="workflow">
                  <For each={["new", "reviewing", "decided", "closed"] as const}>{(s) => <li aria-current={s === c().status ? "step" : undefined} class={s === c().status ? "current" : ""}>{st(s)}</li>}</For>
                </ol>
                <Show when={canEdit()}>
                  <p class="actions">
                    <For each={c().moves}>
                      {(m) => (
                        <button type="button" class={m.allowed ? "" : "secondary"} disabled={!m.allowed} onClick={() => void act("/status", { to: m.to }, t("cases.moved", { status: st(m.to) }))} aria-describedby={m.why === undefined ? undefined : `why-${m.to}`}>
                          {t(`cases.move.${c().status === "closed" ? "reopen" : m.to}` as Key)}
                        </button>
                      )}
                    </For>
                  </p>
                  <For each={c().moves.filter((m) => m.why !== undefined)}>{(m) => <p class="help" id={`why-${m.to}`}>{t(`cases.why.${m.why}` as Key)}</p>}</For>
                </Show>
              </section>

              <section aria-labelledby="case-decisions">
                <h2 id="case-decisions">{t("cases.decisions")}</h2>
                <Show when={c().decisions.length > 0} fallback={<p>{t("cases.noDecisions")}</p>}>
                  <ul class="case-decisions">
                    <For each={c().decisions}>
                      {(d) => (
                        <li>
                          <A href={`/decisions/${d.decisionId}`}>{t(`decisions.kinds.${d.kind}` as Key)}{d.person === null ? "" : ` — ${d.person}`}</A>: {decisionLine(d)}{" "}
                          <span class="help">({t("cases.asOf", { date: formatDate(d.asOf, locale()) })})</span>
                        </li>
                      )}
                    </For>
                  </ul>
                  <button type="button" class="secondary" onClick={() => replay.mutate()} disabled={replay.isPending}>{t("cases.replay")}</button>
                  <Show when={replay.error}>{(e) => <Problem error={e()} />}</Show>
                  <Show when={replay.data}>
                    {(rs) => (
                      <ul data-testid="case-replay" role="status">
                        <For each={rs()}>
                          {(r) => (
                            <li>
                              {t(`decisions.kinds.${r.d.kind}` as Key)}{r.d.person === null ? "" : ` — ${r.d.person}`}:{" "}
                              {r.words === null ? t("decisions.todayFail", { date: formatDate(r.date, locale()) }) : r.words.length === 0 ? t("decisions.todayNone", { date: formatDate(r.date, locale()) }) : r.words.join(" ")}
                            </li>
                          )}
                        </For>
                      </ul>
                    )}
                  </Show>
                </Show>
                <Show when={canEdit() && c().status !== "closed"}>
                  <form class="form" onSubmit={(e) => { e.preventDefault(); void act("/decisions", { decisionId: decisionId(), ...(person().trim() === "" ? {} : { person: person().trim() }) }, t("cases.attached")); }}>
                    <label class="field">
                      {t("cases.attach")}
                      <select required value={decisionId()} onChange={(e) => setDecisionId(e.currentTarget.value)}>
                        <option value="">{t("cases.choose")}</option>
                        <For each={(saved.data ?? []).filter((d) => !c().decisions.some((x) => x.decisionId === d.id))}>
                          {(d) => <option value={d.id}>{t(`decisions.kinds.${d.kind}` as Key)} — {formatDate(d.createdAt, locale())}</option>}
                        </For>
                      </select>
                    </label>
                    <label class="field">{t("cases.person")}<input value={person()} pattern="[A-Za-z0-9][A-Za-z0-9._/\-]{0,63}" onInput={(e) => setPerson(e.currentTarget.value)} aria-describedby="person-help" /></label>
                    <p class="help" id="person-help">{t("cases.personHelp")}</p>
                    <button type="submit">{t("cases.attachButton")}</button>
                  </form>
                </Show>
              </section>

              <section aria-labelledby="case-notes">
                <h2 id="case-notes">{t("cases.notes")}</h2>
                <Show when={c().notes.length > 0} fallback={<p>{t("cases.noNotes")}</p>}>
                  <ul class="notes" data-testid="case-notes">
                    <For each={c().notes}>{(n) => <li><p>{n.text}</p><p class="help">{n.createdBy} — {time(n.createdAt)}</p></li>}</For>
                  </ul>
                </Show>
                <Show when={canEdit() && c().status !== "closed"}>
                  <form class="form" onSubmit={(e) => { e.preventDefault(); void act("/notes", { text: note() }, t("cases.noteAdded")).then(() => setNote("")); }}>
                    <label class="field">{t("cases.note")}<textarea rows="3" required value={note()} onInput={(e) => setNote(e.currentTarget.value)} aria-describedby="note-help" /></label>
                    <p class="help" id="note-help">{t("cases.noteHelp")}</p>
                    <button type="submit">{t("cases.addNote")}</button>
                  </form>
                </Show>
              </section>

              <section aria-labelledby="case-files">
                <h2 id="case-files">{t("cases.attachments")}</h2>
                <Show when={c().attachments.length > 0} fallback={<p>{t("cases.noAttachments")}</p>}>
                  <ul class="notes">
                    <For each={c().attachments}>{(a) => <li>{a.name} — {t("cases.size", { size: formatNumber(a.size, locale()) })} — <span class="help">{a.createdBy}, {time(a.createdAt)}</span></li>}</For>
                  </ul>
                </Show>
                <Show when={canEdit() && c().status !== "closed"}>
                  <label class="field">
                    {t("cases.recordFile")}
                    <input type="file" aria-describedby="file-help" onChange={async (e) => { const f = e.currentTarget.files?.[0]; if (f !== undefined) await act("/attachments", { name: f.name, mediaType: f.type === "" ? "application/octet-stream" : f.type, size: f.size, sha256: await sha256(f) }, t("cases.fileRecorded")); e.currentTarget.value = ""; }} />
                  </label>
                  <p class="help" id="file-help">{t("cases.fileHelp")}</p>
                </Show>
              </section>

              <Show when={isAdmin()}>
                <section aria-labelledby="case-audit">
                  <h2 id="case-audit">{t("cases.auditTitle")}</h2>
                  <p class="help">{t("cases.auditHelp")}</p>
                  <Show when={audit.error}>{(e) => <Problem error={e()} />}</Show>
                  <Show when={audit.data}>
                    {(log) => (
                      <div class="table-wrap">
                        <table data-testid="case-audit">
                          <caption>{t("cases.auditCaption")}</caption>
                          <thead><tr><th scope="col">{t("cases.when")}</th><th scope="col">{t("cases.who")}</th><th scope="col">{t("cases.what")}</th></tr></thead>
                          <tbody>
                            <For each={log()}>{(e) => <tr><td>{time(e.at)}</td><td>{e.actor}</td><td>{auditText(e)}</td></tr>}</For>
                          </tbody>
                        </table>
                      </div>
                    )}
                  </Show>
                </section>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </Page>
  );
}
