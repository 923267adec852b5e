import { createSignal, Show } from "solid-js";
import { postJson, type ProblemView } from "../api.js";
import { Problem } from "../components/problem.js";
import { session, setSession, type Session } from "../session.js";

export const LoginPage = () => {
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [problem, setProblem] = createSignal<ProblemView>();
  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    const r = await postJson<{ token: string; expiresAt: string; user: { email: string; role: Session["role"] } }>("/v1/auth/login", { email: email(), password: password() });
    if (r.ok) setSession({ token: r.value.token, expiresAt: r.value.expiresAt, email: r.value.user.email, role: r.value.user.role });
    else setProblem(r.problem);
    setPassword("");
  };
  return (
    <section aria-labelledby="login-h">
      <h2 id="login-h">Đăng nhập</h2>
      <Show
        when={session()}
        fallback={
          <form onSubmit={submit}>
            <label>Email <input type="text" autocomplete="username" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} /></label>
            <label>Mật khẩu <input type="password" autocomplete="current-password" required value={password()} onInput={(e) => setPassword(e.currentTarget.value)} /></label>
            <button type="submit">Đăng nhập</button>
          </form>
        }
      >
        {(s) => (
          <p data-testid="signed-in">
            Đã đăng nhập: {s().email} ({s().role}){" "}
            <button type="button" onClick={() => setSession(undefined)}>Đăng xuất</button>
          </p>
        )}
      </Show>
      <Show when={problem()}>{(p) => <Problem problem={p()} />}</Show>
    </section>
  );
};
