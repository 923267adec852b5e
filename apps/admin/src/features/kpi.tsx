import { createSignal, For, Show } from "solid-js";
import { postJson, type ProblemView } from "../api.js";
import { Problem } from "../components/problem.js";

const COUNTS = [
  ["reportsReceived", "Tố giác, tin báo tiếp nhận"],
  ["reportsClassified", "Đã phân loại"],
  ["reportsResolved", "Đã giải quyết"],
  ["casesInitiated", "Vụ án khởi tố"],
  ["casesSolved", "Vụ án điều tra làm rõ"],
  ["casesHandledByProcuracy", "Vụ án Viện kiểm sát thụ lý"],
  ["casesIndicted", "Vụ án truy tố"],
  ["casesAcceptedByCourts", "Vụ án Tòa án thụ lý"],
  ["casesTried", "Vụ án xét xử"],
] as const;
const STATUS: Record<string, string> = { met: "Đạt", not_met: "Không đạt", not_applicable: "Không áp dụng", suppressed: "Ẩn (số nhỏ)" };

interface IndicatorView {
  readonly id: string;
  readonly status: string;
  readonly percent: string | null;
  readonly label?: { readonly vi: string };
  readonly target?: { readonly text?: string } | null;
  readonly value?: { readonly numerator: number | null; readonly denominator: number | null } | null;
}

export const KpiPage = () => {
  const [province, setProvince] = createSignal("nghe-an");
  const [from, setFrom] = createSignal("2022-01-01");
  const [to, setTo] = createSignal("2022-12-31");
  const [counts, setCounts] = createSignal<Record<string, number>>({});
  const [view, setView] = createSignal<"internal" | "public">("internal");
  const [result, setResult] = createSignal<ReadonlyArray<IndicatorView>>();
  const [problem, setProblem] = createSignal<ProblemView>();
  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    const r = await postJson<{ indicators: IndicatorView[] }>(`/v1/kpi?view=${view()}`, { province: province(), period: { from: from(), to: to() }, counts: counts() });
    if (r.ok) setResult(r.value.indicators);
    else setProblem(r.problem);
  };
  return (
    <section aria-labelledby="kpi-h">
      <h2 id="kpi-h">Chỉ tiêu đấu tranh phòng, chống mua bán người</h2>
      <form onSubmit={submit}>
        <label>
          Địa phương{" "}
          <select value={province()} onChange={(e) => setProvince(e.currentTarget.value)}>
            <option value="nghe-an">Nghệ An</option>
            <option value="hai-phong">Hải Phòng</option>
          </select>
        </label>
        <label>Từ ngày <input type="date" required value={from()} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
        <label>Đến ngày <input type="date" required value={to()} onInput={(e) => setTo(e.currentTarget.value)} /></label>
        <fieldset>
          <legend>Số liệu trong kỳ (để trống nếu không có)</legend>
          <For each={COUNTS}>
            {([id, label]) => (
              <label>
                {label}{" "}
                <input
                  type="number"
                  min="0"
                  name={id}
                  onInput={(e) => {
                    const next = { ...counts() };
                    if (Number.isNaN(e.currentTarget.valueAsNumber)) delete next[id];
                    else next[id] = e.currentTarget.valueAsNumber;
                    setCounts(next);
                  }}
                />
              </label>
            )}
          </For>
        </fieldset>
        <label class="check">
          <input type="checkbox" checked={view() === "public"} onChange={(e) => setView(e.currentTarget.checked ? "public" : "internal")} /> Bản công bố (ẩn số nhỏ hơn 11)
        </label>
        <button type="submit">Tính chỉ tiêu</button>
      </form>
      <Show when={problem()}>{(p) => <Problem problem={p()} />}</Show>
      <Show when={result()}>
        {(rows) => (
          <table data-testid="kpi-result">
            <caption>Kết quả theo chỉ tiêu</caption>
            <thead>
              <tr><th scope="col">Chỉ tiêu</th><th scope="col">Kết quả</th><th scope="col">Tỷ lệ</th><th scope="col">Mục tiêu</th></tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(i) => (
                  <tr>
                    <th scope="row">{i.label?.vi ?? i.id}</th>
                    <td>{STATUS[i.status] ?? i.status}</td>
                    <td>{i.percent ?? "—"}</td>
                    <td>{i.target?.text ?? "—"}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
};
