import { createResource, createSignal, For, Show } from "solid-js";
import { postJson, type ProblemView } from "../api.js";
import { Problem } from "../components/problem.js";
import { authHeaders, session } from "../session.js";

interface DecisionRow {
  readonly id: string;
  readonly kind: string;
  readonly caseRef: string;
  readonly asOf: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly result: { readonly status?: string };
}
interface ReplayView {
  readonly atAsOf: { readonly sameAsStored: boolean };
  readonly today: { readonly asOf: string; readonly differences: ReadonlyArray<{ readonly path: string }> };
}

export const DecisionsPage = () => {
  const [rows, { refetch }] = createResource(session, async () => {
    const res = await fetch("/v1/decisions", { headers: { ...authHeaders(), "Accept-Language": "vi" } });
    return res.ok ? ((await res.json()) as DecisionRow[]) : [];
  });
  const [replay, setReplay] = createSignal<{ id: string; view: ReplayView }>();
  const [problem, setProblem] = createSignal<ProblemView>();
  const doReplay = async (id: string) => {
    const r = await postJson<ReplayView>(`/v1/decisions/${id}/replay`, undefined, authHeaders());
    if (r.ok) setReplay({ id, view: r.value });
    else setProblem(r.problem);
  };
  return (
    <section aria-labelledby="dec-h">
      <h2 id="dec-h">Hồ sơ đã lưu</h2>
      <Show when={session()} fallback={<p>Cần đăng nhập để xem hồ sơ đã lưu.</p>}>
        <button type="button" onClick={() => void refetch()}>Tải lại</button>
        <table data-testid="decisions-table">
          <caption>Quyết định đã lưu (mã hồ sơ, không có tên nạn nhân)</caption>
          <thead>
            <tr><th scope="col">Mã hồ sơ</th><th scope="col">Loại</th><th scope="col">Ngày áp dụng</th><th scope="col">Kết quả</th><th scope="col">Người lưu</th><th scope="col">Đối chiếu</th></tr>
          </thead>
          <tbody>
            <For each={rows() ?? []}>
              {(d) => (
                <tr>
                  <td>{d.caseRef}</td>
                  <td>{d.kind === "classification" ? "Phân loại" : "Hỗ trợ"}</td>
                  <td>{d.asOf}</td>
                  <td>{d.result.status ?? "—"}</td>
                  <td>{d.createdBy}</td>
                  <td><button type="button" onClick={() => void doReplay(d.id)}>Đánh giá lại</button></td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={replay()}>
        {(r) => (
          <div data-testid="replay-result">
            <p>{r().view.atAsOf.sameAsStored ? "Đánh giá lại theo quy định tại thời điểm áp dụng: kết quả không đổi." : "Đánh giá lại theo quy định tại thời điểm áp dụng: kết quả đã thay đổi."}</p>
            <p>
              Theo quy định ngày {r().view.today.asOf}: {r().view.today.differences.length === 0 ? "không có khác biệt." : `${r().view.today.differences.length} khác biệt (${r().view.today.differences.slice(0, 5).map((x) => x.path).join(", ")}).`}
            </p>
          </div>
        )}
      </Show>
      <Show when={problem()}>{(p) => <Problem problem={p()} />}</Show>
    </section>
  );
};
