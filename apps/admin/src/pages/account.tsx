import { useNavigate } from "@solidjs/router";
import { createMutation } from "@tanstack/solid-query";
import { createSignal, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { t } from "../i18n/index.js";
import { call, signOut } from "../lib/api.js";
import { session, setSession } from "../lib/session.js";

export function Screen() {
  const navigate = useNavigate();
  const [current, setCurrent] = createSignal("");
  const [next, setNext] = createSignal("");
  const [repeat, setRepeat] = createSignal("");
  const [mismatch, setMismatch] = createSignal(false);
  const change = createMutation(() => ({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => call<unknown>("POST", "/v1/auth/password", body),
    onSuccess: () => {
      const s = session();
      if (s !== undefined) setSession({ ...s, mustChangePassword: false });
      setCurrent("");
      setNext("");
      setRepeat("");
    },
  }));
  return (
    <Page title={t("account.title")}>
      <Show when={session()} fallback={<p>{t("app.needSignIn")}</p>}>
        {(s) => (
          <>
            <h2>{t("account.change")}</h2>
            <form
              class="form"
              onSubmit={(e) => {
                e.preventDefault();
                setMismatch(next() !== repeat());
                if (next() === repeat()) change.mutate({ currentPassword: current(), newPassword: next() });
              }}
            >
              <input type="text" name="username" autocomplete="username" value={s().email} hidden readOnly />
              <label class="field">{t("account.current")} <input type="password" autocomplete="current-password" required value={current()} onInput={(e) => setCurrent(e.currentTarget.value)} /></label>
              <label class="field">{t("account.next")} <input type="password" autocomplete="new-password" minLength={12} required value={next()} onInput={(e) => setNext(e.currentTarget.value)} /></label>
              <label class="field">{t("account.repeat")} <input type="password" autocomplete="new-password" minLength={12} required value={repeat()} onInput={(e) => setRepeat(e.currentTarget.value)} /></label>
              <button type="submit" disabled={change.isPending}>{t("account.change")}</button>
            </form>
            <Show when={mismatch()}><p role="alert" class="problem">{t("account.mismatch")}</p></Show>
            <Show when={change.isSuccess}><p role="status">{t("account.changed")}</p></Show>
            <Show when={change.error}>{(e) => <Problem error={e()} />}</Show>
            <h2>{t("app.signOut")}</h2>
            <p>{t("account.signOutBody")}</p>
            <button type="button" class="secondary" onClick={async () => { await signOut(); navigate("/login"); }}>{t("app.signOut")}</button>
          </>
        )}
      </Show>
    </Page>
  );
}
