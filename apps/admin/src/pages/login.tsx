import { useNavigate } from "@solidjs/router";
import { createMutation } from "@tanstack/solid-query";
import { createSignal, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { t, type Key } from "../i18n/index.js";
import { api, headers, read } from "../lib/api.js";
import { session, setSession, type Session } from "../lib/session.js";

interface SignIn {
  readonly token: string;
  readonly expiresAt: string;
  readonly mustChangePassword?: boolean;
  readonly user: { readonly email: string; readonly role: Session["role"]; readonly mustChangePassword?: boolean };
}

export function Screen() {
  const navigate = useNavigate();
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const login = createMutation(() => ({
    mutationFn: (body: { email: string; password: string }) => read<SignIn>(api.v1.auth.login.$post({ json: body }, { headers: headers() })),
    onSuccess: (r: SignIn) => {
      const must = r.mustChangePassword ?? r.user.mustChangePassword ?? false;
      setSession({ token: r.token, expiresAt: r.expiresAt, email: r.user.email, role: r.user.role, mustChangePassword: must });
      setPassword("");
      if (must) navigate("/account");
    },
  }));
  return (
    <Page title={t("login.title")}>
      <Show
        when={session()}
        fallback={
          <form
            class="form"
            onSubmit={(e) => {
              e.preventDefault();
              login.mutate({ email: email(), password: password() });
            }}
          >
            <label class="field">{t("login.email")} <input type="text" name="email" autocomplete="username" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} /></label>
            <label class="field">{t("login.password")} <input type="password" name="password" autocomplete="current-password" required value={password()} onInput={(e) => setPassword(e.currentTarget.value)} /></label>
            <button type="submit" disabled={login.isPending}>{t("login.submit")}</button>
          </form>
        }
      >
        {(s) => <p data-testid="signed-in" role="status">{t("login.signedIn", { email: s().email, role: t(`role.${s().role}` as Key) })}</p>}
      </Show>
      <Show when={login.error}>{(e) => <Problem error={e()} />}</Show>
    </Page>
  );
}
