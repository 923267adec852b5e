import { createSignal, For, Show } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t } from "../i18n/index.js";
import { call, headers, ProblemError } from "../lib/api.js";
import { labelText } from "../results/words.js";

interface Validation {
  readonly valid: boolean;
  readonly problems: ReadonlyArray<{ readonly path: string; readonly code: string; readonly severity?: string; readonly message: { readonly vi: string; readonly en: string } }>;
}

/** Resolution drafting as it is today (a structured editor is issue 13): JSON text, validation in words, exports. */
export function Screen() {
  const [text, setText] = createSignal("");
  const [validation, setValidation] = createSignal<Validation>();
  const [error, setError] = createSignal<unknown>();
  const loadTemplate = async () => setText(JSON.stringify(await call<unknown>("GET", "/v1/resolutions/template"), null, 2));
  const validate = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    let doc: unknown;
    try {
      doc = JSON.parse(text());
    } catch {
      setValidation(undefined);
      setError(new ProblemError({ status: 400, title: t("resolution.unreadable"), errors: [] }));
      return;
    }
    try {
      setValidation(await call<Validation>("POST", "/v1/resolutions/validate", doc));
    } catch (err) {
      setValidation(undefined);
      setError(err);
    }
  };
  const render = async (format: "html" | "md" | "akn" | "docx") => {
    const res = await fetch(`/v1/resolutions/render?format=${format}`, { method: "POST", headers: { ...headers(), "Content-Type": "application/json" }, body: text() });
    window.open(URL.createObjectURL(await res.blob()), "_blank", "noopener");
  };
  return (
    <Page title={t("resolution.title")}>
      <form class="form" onSubmit={validate}>
        <button type="button" class="secondary" onClick={() => void loadTemplate()}>{t("resolution.template")}</button>
        <label class="field">
          {t("resolution.text")}
          <textarea rows="16" value={text()} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button type="submit">{t("resolution.check")}</button>
      </form>
      <p class="actions">
        {t("resolution.export")}:{" "}
        <For each={["html", "md", "akn", "docx"] as const}>{(f) => <button type="button" class="secondary" onClick={() => void render(f)}>{f.toUpperCase()}</button>}</For>
      </p>
      <Show when={error()}>{(e) => <Problem error={e()} />}</Show>
      <Show when={validation()}>
        {(v) => (
          <div data-testid="resolution-result">
            <p>{v().valid ? t("resolution.valid") : t("resolution.invalid")}</p>
            <ul>
              <For each={v().problems}>{(p) => <li>({p.severity === "warning" ? t("resolution.warning") : t("resolution.error")}) {labelText(p.message, locale())}</li>}</For>
            </ul>
          </div>
        )}
      </Show>
    </Page>
  );
}
