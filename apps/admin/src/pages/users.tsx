import { createMutation, createQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { ConfirmButton } from "../components/confirm.js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t, tDyn, type Key } from "../i18n/index.js";
import { call } from "../lib/api.js";
import { formatDate } from "../lib/format.js";
import { isAdmin, session } from "../lib/session.js";

type Role = "viewer" | "editor" | "admin";
/** A user as `GET /v1/users` returns it (account-management contract). */
export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly provinces?: ReadonlyArray<string>;
  readonly disabled?: boolean;
  readonly mustChangePassword?: boolean;
  readonly createdAt: string;
}
const ROLES: ReadonlyArray<Role> = ["viewer", "editor", "admin"];
const provinceList = (s: string) => s.split(",").map((x) => x.trim()).filter((x) => x !== "");

const CreateUser = (props: { onDone: () => void }) => {
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [role, setRole] = createSignal<Role>("viewer");
  const [provinces, setProvinces] = createSignal("");
  const create = createMutation(() => ({
    mutationFn: (body: { email: string; password: string; role: Role; provinces?: string[] }) => call<UserRow>("POST", "/v1/users", body),
    onSuccess: () => {
      setEmail("");
      setPassword("");
      setProvinces("");
      props.onDone();
    },
  }));
  return (
    <>
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          const p = provinceList(provinces());
          create.mutate({ email: email(), password: password(), role: role(), ...(p.length === 0 ? {} : { provinces: p }) });
        }}
      >
        <label class="field">{t("users.email")} <input type="text" name="new-email" autocomplete="off" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} /></label>
        <label class="field">{t("users.password")} <input type="password" autocomplete="new-password" minLength={12} required value={password()} onInput={(e) => setPassword(e.currentTarget.value)} /></label>
        <label class="field">
          {t("users.role")}{" "}
          <select value={role()} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            <For each={ROLES}>{(r) => <option value={r}>{t(`role.${r}` as Key)}</option>}</For>
          </select>
        </label>
        <label class="field">
          {t("users.provinces")} <input type="text" aria-describedby="provinces-help" value={provinces()} onInput={(e) => setProvinces(e.currentTarget.value)} />
        </label>
        <p id="provinces-help" class="help">{t("users.provincesHelp")}</p>
        <button type="submit" disabled={create.isPending}>{t("users.create")}</button>
      </form>
      <Show when={create.data}>{(u) => <p role="status">{t("users.created_ok", { email: u().email })}</p>}</Show>
      <Show when={create.error}>{(e) => <Problem error={e()} />}</Show>
    </>
  );
};

export function Screen() {
  const qc = useQueryClient();
  const users = createQuery(() => ({ queryKey: ["users", session()?.token], enabled: isAdmin(), queryFn: () => call<UserRow[]>("GET", "/v1/users") }));
  const refresh = () => void qc.invalidateQueries({ queryKey: ["users"] });
  const [message, setMessage] = createSignal("");
  const act = createMutation(() => ({
    mutationFn: async (a: { user: UserRow; method: "PATCH" | "POST" | "DELETE"; path: string; body?: unknown }) => {
      await call<unknown>(a.method, a.path, a.body);
      return a.user.email;
    },
    onSuccess: (email: string) => {
      setMessage(t("users.done", { email }));
      refresh();
    },
  }));
  const [resetTo, setResetTo] = createSignal("");
  return (
    <Page title={t("users.title")}>
      <Show when={isAdmin()} fallback={<p>{session() === undefined ? t("app.needSignIn") : t("app.needAdmin")}</p>}>
        <h2>{t("users.create")}</h2>
        <CreateUser onDone={refresh} />
        <h2>{t("users.caption")}</h2>
        <Show when={users.error}>{(e) => <Problem error={e()} />}</Show>
        <Show when={act.error}>{(e) => <Problem error={e()} />}</Show>
        <Show when={message() !== "" && act.isSuccess}><p role="status">{message()}</p></Show>
        <Show when={users.data}>
          {(list) => (
            <ul class="user-list" data-testid="users">
              <For each={list()}>
                {(u) => (
                  <li class="user-card">
                    <h3>{u.email}</h3>
                    <dl class="facts">
                      <dt>{t("users.role")}</dt>
                      <dd>{t(`role.${u.role}` as Key)}</dd>
                      <dt>{t("users.provinces")}</dt>
                      <dd>{(u.provinces ?? []).length === 0 || (u.provinces ?? []).includes("*") ? t("users.allProvinces") : (u.provinces ?? []).map((p) => tDyn(`label.province.${p}`, p)).join(", ")}</dd>
                      <dt>{t("users.state")}</dt>
                      <dd>
                        {u.disabled === true ? t("users.disabled") : t("users.active")}
                        {u.mustChangePassword === true ? ` — ${t("users.mustChange")}` : ""}
                      </dd>
                      <dt>{t("users.created")}</dt>
                      <dd>{formatDate(u.createdAt, locale())}</dd>
                    </dl>
                    <div class="actions">
                      <label class="field inline">
                        {t("users.changeRole", { email: u.email })}{" "}
                        <select value={u.role} onChange={(e) => act.mutate({ user: u, method: "PATCH", path: `/v1/users/${u.id}`, body: { role: e.currentTarget.value } })}>
                          <For each={ROLES}>{(r) => <option value={r}>{t(`role.${r}` as Key)}</option>}</For>
                        </select>
                      </label>
                      <button type="button" class="secondary" onClick={() => act.mutate({ user: u, method: "PATCH", path: `/v1/users/${u.id}`, body: { disabled: u.disabled !== true } })}>
                        {u.disabled === true ? t("users.enable", { email: u.email }) : t("users.disable", { email: u.email })}
                      </button>
                      <ConfirmButton
                        label={t("users.reset", { email: u.email })}
                        title={t("users.resetTitle")}
                        body={t("users.resetBody", { email: u.email })}
                        onConfirm={() => act.mutateAsync({ user: u, method: "POST", path: `/v1/users/${u.id}/password`, body: { password: resetTo() } }).then(() => setResetTo(""), () => undefined)}
                      >
                        <label class="field">{t("users.newPassword")} <input type="password" autocomplete="new-password" minLength={12} value={resetTo()} onInput={(e) => setResetTo(e.currentTarget.value)} /></label>
                      </ConfirmButton>
                      <button type="button" class="secondary" onClick={() => act.mutate({ user: u, method: "POST", path: `/v1/users/${u.id}/sessions/revoke` })}>
                        {t("users.revoke", { email: u.email })}
                      </button>
                      <Show when={u.email !== session()?.email}>
                        <ConfirmButton label={t("users.remove", { email: u.email })} title={t("users.removeTitle")} body={t("users.removeBody", { email: u.email })} onConfirm={() => act.mutateAsync({ user: u, method: "DELETE", path: `/v1/users/${u.id}` }).then(() => undefined, () => undefined)} />
                      </Show>
                    </div>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Show>
      </Show>
    </Page>
  );
}
