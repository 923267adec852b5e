import { createResource, createSignal, Match, Switch, For, onCleanup } from "solid-js";
import { api, readHealth } from "./api.js";
import { ClassificationPage } from "./features/classification.js";
import { DecisionsPage } from "./features/decisions.js";
import { LoginPage } from "./features/login.js";
import { EligibilityPage } from "./features/eligibility.js";
import { KpiPage } from "./features/kpi.js";
import { LawPage } from "./features/law.js";
import { ResolutionPage } from "./features/resolution.js";

const PAGES = [
  ["/", "Tổng quan"],
  ["/classification", "Phân loại vụ việc"],
  ["/eligibility", "Hỗ trợ nạn nhân"],
  ["/kpi", "Chỉ tiêu"],
  ["/resolution", "Nghị quyết"],
  ["/law", "Văn bản pháp luật"],
  ["/decisions", "Hồ sơ đã lưu"],
  ["/login", "Đăng nhập"],
] as const;

export const App = () => {
  const [path, setPath] = createSignal(window.location.pathname);
  const onPop = () => setPath(window.location.pathname);
  window.addEventListener("popstate", onPop);
  onCleanup(() => window.removeEventListener("popstate", onPop));
  const go = (e: MouseEvent, to: string) => {
    e.preventDefault();
    window.history.pushState({}, "", to);
    setPath(to);
  };
  const [health] = createResource(() => api.health.$get().then(readHealth, () => ({ state: "down" as const, reason: "network" })));
  return (
    <>
      <header>
        <h1>ctip-vn</h1>
        <p lang="vi">Hệ thống hỗ trợ áp dụng pháp luật phòng, chống mua bán người</p>
        <nav aria-label="Chức năng">
          <ul>
            <For each={PAGES}>
              {([to, label]) => (
                <li>
                  <a href={to} aria-current={path() === to ? "page" : undefined} onClick={(e) => go(e, to)}>{label}</a>
                </li>
              )}
            </For>
          </ul>
        </nav>
      </header>
      <main>
        <Switch
          fallback={
            <section aria-labelledby="status-heading">
              <h2 id="status-heading">Trạng thái hệ thống</h2>
              <p role="status" data-testid="health">
                <Switch fallback="Đang kiểm tra…">
                  <Match when={health()?.state === "ok" && health()}>
                    {(h) => {
                      const v = h();
                      return v.state === "ok" ? `Hoạt động — thư viện ${v.version}, lưu trữ ${v.storage}` : "";
                    }}
                  </Match>
                  <Match when={health()?.state === "down" && health()}>
                    {(h) => {
                      const v = h();
                      return v.state === "down" ? `Không truy cập được: ${v.reason}` : "";
                    }}
                  </Match>
                </Switch>
              </p>
              <p>
                Tài liệu API: <a href="/docs">/docs</a> · <a href="/openapi.json">/openapi.json</a>
              </p>
            </section>
          }
        >
          <Match when={path() === "/classification"}><ClassificationPage /></Match>
          <Match when={path() === "/eligibility"}><EligibilityPage /></Match>
          <Match when={path() === "/kpi"}><KpiPage /></Match>
          <Match when={path() === "/resolution"}><ResolutionPage /></Match>
          <Match when={path() === "/law"}><LawPage /></Match>
          <Match when={path() === "/decisions"}><DecisionsPage /></Match>
          <Match when={path() === "/login"}><LoginPage /></Match>
        </Switch>
      </main>
    </>
  );
};
