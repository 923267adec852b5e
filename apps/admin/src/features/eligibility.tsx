import { createSignal, For, Show } from "solid-js";
import { postJson, type ProblemView } from "../api.js";
import { Problem } from "../components/problem.js";

const STATUS: Record<string, string> = { ELIGIBLE: "Được hỗ trợ", INELIGIBLE: "Không thuộc diện", DISCRETIONARY: "Xem xét theo từng trường hợp", INSUFFICIENT_DATA: "Chưa đủ dữ kiện" };

interface RegimeView {
  readonly regime: string;
  readonly point: string;
  readonly label: { readonly vi: string };
  readonly status: string;
  readonly reasons: ReadonlyArray<{ readonly message: { readonly vi: string } }>;
}
interface ResultView {
  readonly law: string;
  readonly transitional: boolean;
  readonly regimes: ReadonlyArray<RegimeView>;
  readonly missingFacts: ReadonlyArray<string>;
}

export const EligibilityPage = () => {
  const [asOf, setAsOf] = createSignal(new Date().toISOString().slice(0, 10));
  const [status, setStatus] = createSignal("identified_victim");
  const [identifiedOn, setIdentifiedOn] = createSignal("");
  const [nationality, setNationality] = createSignal("vietnamese");
  const [location, setLocation] = createSignal("in_vietnam");
  const [province, setProvince] = createSignal("");
  const [result, setResult] = createSignal<ResultView>();
  const [problem, setProblem] = createSignal<ProblemView>();
  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    const person = { status: status(), nationality: nationality(), location: location(), ...(identifiedOn() === "" ? {} : { identifiedOn: identifiedOn() }) };
    const r = await postJson<ResultView>("/v1/eligibility", { asOf: asOf(), ...(province() === "" ? {} : { province: province() }), person });
    if (r.ok) setResult(r.value);
    else setProblem(r.problem);
  };
  return (
    <section aria-labelledby="elig-h">
      <h2 id="elig-h">Chế độ hỗ trợ nạn nhân</h2>
      <form onSubmit={submit}>
        <label>Ngày quyết định <input type="date" required value={asOf()} onInput={(e) => setAsOf(e.currentTarget.value)} /></label>
        <label>
          Tình trạng{" "}
          <select value={status()} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="identified_victim">Đã được xác định là nạn nhân</option>
            <option value="under_verification">Đang trong quá trình xác định là nạn nhân</option>
          </select>
        </label>
        <label>Ngày được xác định là nạn nhân <input type="date" value={identifiedOn()} onInput={(e) => setIdentifiedOn(e.currentTarget.value)} /></label>
        <label>
          Quốc tịch{" "}
          <select value={nationality()} onChange={(e) => setNationality(e.currentTarget.value)}>
            <option value="vietnamese">Việt Nam</option>
            <option value="stateless">Không quốc tịch</option>
            <option value="foreign">Nước ngoài</option>
          </select>
        </label>
        <label>
          Nơi ở hiện tại{" "}
          <select value={location()} onChange={(e) => setLocation(e.currentTarget.value)}>
            <option value="in_vietnam">Trong nước</option>
            <option value="abroad">Nước ngoài</option>
          </select>
        </label>
        <label>
          Địa phương{" "}
          <select value={province()} onChange={(e) => setProvince(e.currentTarget.value)}>
            <option value="">Mức chung toàn quốc</option>
            <option value="nghe-an">Nghệ An</option>
            <option value="hai-phong">Hải Phòng</option>
          </select>
        </label>
        <button type="submit">Xác định chế độ</button>
      </form>
      <Show when={problem()}>{(p) => <Problem problem={p()} />}</Show>
      <Show when={result()}>
        {(r) => (
          <div data-testid="eligibility-result">
            <p>
              Áp dụng Luật số {r().law}
              {r().transitional ? " (quy định chuyển tiếp)" : ""}
            </p>
            <Show when={r().missingFacts.length > 0}>
              <p>Cần bổ sung: {r().missingFacts.join(", ")}</p>
            </Show>
            <table>
              <caption>Các chế độ hỗ trợ</caption>
              <thead>
                <tr><th scope="col">Điểm</th><th scope="col">Chế độ</th><th scope="col">Kết quả</th><th scope="col">Lý do</th></tr>
              </thead>
              <tbody>
                <For each={r().regimes}>
                  {(g) => (
                    <tr>
                      <td>{g.point}</td>
                      <th scope="row">{g.label.vi}</th>
                      <td>{STATUS[g.status] ?? g.status}</td>
                      <td>{g.reasons.map((x) => x.message.vi).join(" ")}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </section>
  );
};
