import { createSignal, For, Show } from "solid-js";
import { postJson, type ProblemView } from "../api.js";
import { Problem } from "../components/problem.js";

interface Validation {
  readonly valid: boolean;
  readonly problems: ReadonlyArray<{ readonly path: string; readonly code: string; readonly severity?: string; readonly message: { readonly vi: string } }>;
}

export const ResolutionPage = () => {
  const [text, setText] = createSignal("");
  const [validation, setValidation] = createSignal<Validation>();
  const [problem, setProblem] = createSignal<ProblemView>();
  const loadTemplate = async () => {
    const doc: unknown = await (await fetch("/v1/resolutions/template")).json();
    setText(JSON.stringify(doc, null, 2));
  };
  const parsed = (): unknown => {
    try {
      return JSON.parse(text());
    } catch {
      return undefined;
    }
  };
  const validate = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    const doc = parsed();
    if (doc === undefined) {
      setValidation(undefined);
      setProblem({ title: "Nội dung JSON không đọc được", errors: [] });
      return;
    }
    const r = await postJson<Validation>("/v1/resolutions/validate", doc);
    if (r.ok) setValidation(r.value);
    else {
      setValidation(undefined);
      setProblem(r.problem);
    }
  };
  const render = async (format: "html" | "md" | "akn" | "docx") => {
    const res = await fetch(`/v1/resolutions/render?format=${format}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: text() });
    const url = URL.createObjectURL(await res.blob());
    window.open(url, "_blank", "noopener");
  };
  return (
    <section aria-labelledby="res-h">
      <h2 id="res-h">Dự thảo nghị quyết Hội đồng nhân dân</h2>
      <form onSubmit={validate}>
        <button type="button" onClick={() => void loadTemplate()}>Mở mẫu 6 điều (Nghệ An)</button>
        <label>
          Văn bản (JSON theo cấu trúc Điều → khoản → điểm)
          <textarea rows="16" cols="90" value={text()} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button type="submit">Kiểm tra</button>
      </form>
      <p>
        Xuất bản:{" "}
        <For each={["html", "md", "akn", "docx"] as const}>{(f) => <button type="button" onClick={() => void render(f)}>{f.toUpperCase()}</button>}</For>
      </p>
      <Show when={problem()}>{(p) => <Problem problem={p()} />}</Show>
      <Show when={validation()}>
        {(v) => (
          <div data-testid="resolution-result">
            <p>{v().valid ? "Không phát hiện lỗi về cấu trúc, đánh số, căn cứ và hiệu lực." : "Có lỗi cần sửa:"}</p>
            <ul>
              <For each={v().problems}>{(p) => <li><code>{p.path}</code> ({p.severity === "warning" ? "lưu ý" : "lỗi"}): {p.message.vi}</li>}</For>
            </ul>
          </div>
        )}
      </Show>
    </section>
  );
};
