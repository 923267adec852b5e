import { createResource, Match, Switch } from "solid-js";
import { api, readHealth } from "./api.js";

export const App = () => {
  const [health] = createResource(() => api.health.$get().then(readHealth, () => ({ state: "down" as const, reason: "network" })));
  return (
    <>
      <header>
        <h1>ctip-vn</h1>
        <p lang="vi">Hệ thống hỗ trợ áp dụng pháp luật phòng, chống mua bán người</p>
      </header>
      <main>
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
        </section>
      </main>
    </>
  );
};
