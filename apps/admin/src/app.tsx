import { A, Route, Router, useNavigate, type RouteSectionProps } from "@solidjs/router";
import { QueryClientProvider } from "@tanstack/solid-query";
import { For, lazy, Show, type Component } from "solid-js";
import { LOCALE_NAMES, LOCALES, locale, setLocale, t, type Key } from "./i18n/index.js";
import { queryClient, signOut } from "./lib/api.js";
import { isAdmin, session } from "./lib/session.js";

/** A lazily loaded route: each page module exports its `Screen`. */
const screen = (load: () => Promise<{ Screen: Component }>) => lazy(() => load().then((m) => ({ default: m.Screen })));

const Home = screen(() => import("./pages/home.js"));
const Login = screen(() => import("./pages/login.js"));
const Account = screen(() => import("./pages/account.js"));
const Users = screen(() => import("./pages/users.js"));
const Classification = screen(() => import("./pages/classification.js"));
const Eligibility = screen(() => import("./pages/eligibility.js"));
const Decisions = screen(() => import("./pages/decisions.js"));
const Decision = screen(() => import("./pages/decision.js"));
const Cases = screen(() => import("./pages/cases.js"));
const CaseFile = screen(() => import("./pages/case.js"));
const Kpi = screen(() => import("./pages/kpi.js"));
const Law = screen(() => import("./pages/law.js"));
const Resolution = screen(() => import("./pages/resolution.js"));
const NotFound = screen(() => import("./pages/not-found.js"));

/** Navigation entries: path and catalogue key; `show` hides entries the user cannot use. */
const NAV: ReadonlyArray<{ href: string; key: Key; show?: () => boolean }> = [
  { href: "/", key: "nav.home" },
  { href: "/classification", key: "nav.classification" },
  { href: "/eligibility", key: "nav.eligibility" },
  { href: "/decisions", key: "nav.decisions", show: () => session() !== undefined },
  { href: "/cases", key: "nav.cases", show: () => session() !== undefined },
  { href: "/kpi", key: "nav.kpi" },
  { href: "/law", key: "nav.law" },
  { href: "/resolution", key: "nav.resolution" },
  { href: "/users", key: "nav.users", show: isAdmin },
  { href: "/account", key: "nav.account", show: () => session() !== undefined },
  { href: "/login", key: "nav.login", show: () => session() === undefined },
];


const Layout = (props: RouteSectionProps) => {
  const navigate = useNavigate();
  return (
    <>
      <a class="skip-link" href="#main" on:click={(e) => { e.preventDefault(); document.getElementById("page-title")?.focus(); }}>
        {t("app.skip")}
      </a>
      <header class="app-header">
        <div class="brand">
          <p class="app-name">{t("app.name")}</p>
          <p class="tagline">{t("app.tagline")}</p>
        </div>
        <div class="tools">
          <label class="lang">
            {t("app.language")}{" "}
            <select value={locale()} onChange={(e) => setLocale(e.currentTarget.value as (typeof LOCALES)[number])}>
              <For each={LOCALES}>{(l) => <option value={l} lang={l}>{LOCALE_NAMES[l]}</option>}</For>
            </select>
          </label>
          <Show when={session()}>
            {(s) => (
              <p class="who">
                {t("app.signedInAs", { email: s().email })}{" "}
                <button type="button" class="link" onClick={async () => { await signOut(); navigate("/login"); }}>
                  {t("app.signOut")}
                </button>
              </p>
            )}
          </Show>
        </div>
        <nav aria-label={t("app.nav")}>
          <ul>
            <For each={NAV}>
              {(n) => (
                <Show when={n.show?.() ?? true}>
                  <li>
                    <A href={n.href} end={n.href === "/"} activeClass="active">{t(n.key)}</A>
                  </li>
                </Show>
              )}
            </For>
          </ul>
        </nav>
      </header>
      <main id="main">
        <Show when={session()?.mustChangePassword === true}>
          <p role="alert" class="problem no-print">
            {t("login.mustChange")} <A href="/account">{t("nav.account")}</A>
          </p>
        </Show>
        {props.children}
      </main>
    </>
  );
};

export const App = () => (
  <QueryClientProvider client={queryClient}>
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/login" component={Login} />
      <Route path="/account" component={Account} />
      <Route path="/users" component={Users} />
      <Route path="/classification" component={Classification} />
      <Route path="/eligibility" component={Eligibility} />
      <Route path="/decisions" component={Decisions} />
      <Route path="/decisions/:id" component={Decision} />
      <Route path="/cases" component={Cases} />
      <Route path="/cases/:id" component={CaseFile} />
      <Route path="/kpi" component={Kpi} />
      <Route path="/law" component={Law} />
      <Route path="/resolution" component={Resolution} />
      <Route path="*404" component={NotFound} />
    </Router>
  </QueryClientProvider>
);
