import { createResource, createSignal, For, Show } from "solid-js";

interface InstrumentRow {
  readonly id: string;
  readonly number: string;
  readonly title: { readonly vi: string };
  readonly effective?: string;
  readonly inForce: boolean | null;
  readonly confidence: string;
}

const CONFIDENCE: Record<string, string> = { verified: "Đã đối chiếu văn bản", secondary: "Nguồn thứ cấp", unverified: "Chưa kiểm chứng" };

export const LawPage = () => {
  const [asOf, setAsOf] = createSignal(new Date().toISOString().slice(0, 10));
  const [rows] = createResource(asOf, async (d) => ((await (await fetch(`/v1/law?asOf=${d}`)).json()) as { instruments: InstrumentRow[] }).instruments);
  return (
    <section aria-labelledby="law-h">
      <h2 id="law-h">Văn bản pháp luật</h2>
      <label>Hiệu lực tại ngày <input type="date" value={asOf()} onInput={(e) => setAsOf(e.currentTarget.value)} /></label>
      <Show when={rows()}>
        {(list) => (
          <table data-testid="law-table">
            <caption>Danh mục văn bản được mã hóa</caption>
            <thead>
              <tr><th scope="col">Số hiệu</th><th scope="col">Tên</th><th scope="col">Hiệu lực từ</th><th scope="col">Còn hiệu lực</th><th scope="col">Độ tin cậy</th></tr>
            </thead>
            <tbody>
              <For each={list()}>
                {(i) => (
                  <tr>
                    <td>{i.number}</td>
                    <td>{i.title.vi}</td>
                    <td>{i.effective ?? "—"}</td>
                    <td>{i.inForce === null ? "Chưa rõ" : i.inForce ? "Có" : "Không"}</td>
                    <td>{CONFIDENCE[i.confidence] ?? i.confidence}</td>
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
