import {
  ngheAnAntiTraffickingTemplate,
  parseResolution,
  renderResolution,
  resolutionFileName,
  validateResolution,
  type ResolutionArticle,
  type ResolutionDocument,
  type ResolutionProblem,
  type ResolutionProvince,
} from "@ctip-vn/domain/resolution";
import { renderMessages } from "@ctip-vn/domain";
import { createMutation, createQuery, useQueryClient } from "@tanstack/solid-query";
import { Result } from "effect";
import { createMemo, createSignal, For, Index, Show, type JSX } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t, tDyn, type Key } from "../i18n/index.js";
import { call, headers, ProblemError, read } from "../lib/api.js";
import { download } from "../lib/download.js";
import { formatDate } from "../lib/format.js";
import { canEdit, session } from "../lib/session.js";
import { docxText } from "../resolution/docx-text.js";
import {
  addArticle,
  addChapter,
  addClause,
  insertPoint,
  lineDiff,
  moveNode,
  ownProblems,
  pathOf,
  removeNode,
  renumber,
  setChapterTitle,
  setField,
  toggleLink,
  type Address,
} from "../resolution/tree.js";
import { labelText } from "../results/words.js";

interface DraftView { readonly id: string; readonly title: string; readonly version: number; readonly document: ResolutionDocument; readonly versions: ReadonlyArray<{ version: number; createdBy: string; createdAt: string }> }
interface DraftSummary { readonly id: string; readonly title: string; readonly version: number; readonly updatedAt: string }

/** The keys a provision can be linked to, in the order offered. */
const LINK_KEYS = [
  "reports_classified", "reports_resolved", "cases_solved", "cases_indicted", "cases_tried",
  "figures.casesDetected", "figures.suspects", "figures.victimsIdentified", "figures.victimsRescued", "figures.victimsSupported",
  "kpi.targets", "plan.tasks", "plan.campaigns", "support.priorityGroups", "support.localRates",
] as const;
const linkName = (key: string) => tDyn(`editor.link.${key.replace(".", "_")}`, t("editor.link.other"));

const EXPORTS = [
  { format: "docx", key: "editor.fmt.docx" },
  { format: "html", key: "editor.fmt.html" },
  { format: "akn", key: "editor.fmt.akn" },
  { format: "md", key: "editor.fmt.md" },
] as const;

/** Messages of the problems at one node, next to it. */
const NodeProblems = (props: { problems: ReadonlyArray<ResolutionProblem>; id: string }) => (
  <Show when={props.problems.length > 0}>
    <ul class="node-problems" id={props.id}>
      <For each={props.problems}>
        {(p) => <li class={p.severity}>{p.severity === "warning" ? t("resolution.warning") : t("resolution.error")}: {problemText(p)}</li>}
      </For>
    </ul>
  </Show>
);

/** A problem's message in the page's language, from the package's message catalogue. */
const problemText = (p: ResolutionProblem): string => (renderMessages(p, locale()) as ResolutionProblem & { readonly display?: string }).display ?? labelText(p.text, locale());

const idOf = (path: string) => `p-${path.replace(/[^a-z0-9]+/gi, "-")}`;

export function Screen() {
  const qc = useQueryClient();
  const [doc, setDoc] = createSignal<ResolutionDocument>();
  const [draft, setDraft] = createSignal<{ id: string; version: number }>();
  const [pasted, setPasted] = createSignal("");
  const [importError, setImportError] = createSignal<ReadonlyArray<string>>();
  const [saveError, setSaveError] = createSignal<unknown>();
  const [saved, setSaved] = createSignal<number>();
  const [preview, setPreview] = createSignal(false);
  // The installed provinces' profiles: their own instruments are known to validation and named in
  // the preview, and their councils named as the profiles say.
  const profiles = createQuery(() => ({
    queryKey: ["province-profiles"],
    queryFn: async () => Promise.all((await call<Array<{ id: string }>>("GET", "/v1/provinces")).map((p) => call<ResolutionProvince>("GET", `/v1/provinces/${p.id}`))),
    staleTime: Infinity,
  }));
  const withProvinces = () => ({ provinces: profiles.data ?? [] });
  const validation = createMemo(() => {
    const d = doc();
    return d === undefined ? undefined : validateResolution(d, withProvinces());
  });
  const problems = () => validation()?.problems ?? [];
  const at = (path: string) => ownProblems(problems(), path);
  const edit = (f: (d: ResolutionDocument) => ResolutionDocument) => {
    const d = doc();
    if (d !== undefined) setDoc(f(d));
    setSaved(undefined);
  };
  const open = (d: ResolutionDocument, from?: { id: string; version: number }) => {
    setDoc(d);
    setDraft(from);
    setImportError(undefined);
    setSaved(undefined);
  };

  const drafts = createQuery(() => ({ queryKey: ["drafts", session()?.token], enabled: session() !== undefined, queryFn: () => call<DraftSummary[]>("GET", "/v1/resolutions") }));
  const current = createQuery(() => ({ queryKey: ["draft", draft()?.id, draft()?.version], enabled: draft() !== undefined, queryFn: () => call<DraftView>("GET", `/v1/resolutions/${draft()?.id}`) }));

  const importText = (text: string) => {
    const r = parseResolution(text);
    if (Result.isSuccess(r)) open(r.success);
    else setImportError(r.failure.issues.map((i) => (/^line \d+/.test(i.path) ? t("editor.parseLine", { line: i.path.replace(/^line /, "") }) : t("editor.parsePart"))));
  };
  const importFile = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A DOCX is a ZIP archive ("PK\x03\x04"), whatever the file is called.
      const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
      importText(zip ? docxText(bytes) : new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, ""));
    } catch {
      setImportError([t("editor.unreadable")]);
    }
  };

  const save = createMutation(() => ({
    mutationFn: async () => {
      const d = doc();
      const base = draft();
      if (d === undefined) throw new ProblemError({ status: 400, title: t("editor.nothing"), errors: [] });
      return base === undefined ? call<DraftView>("POST", "/v1/resolutions", d) : call<DraftView>("PUT", `/v1/resolutions/${base.id}`, { baseVersion: base.version, document: d });
    },
    onSuccess: async (v) => {
      setDraft({ id: v.id, version: v.version });
      setSaved(v.version);
      setSaveError(undefined);
      await qc.invalidateQueries({ queryKey: ["drafts"] });
    },
    onError: (e) => setSaveError(e),
  }));

  const [exportError, setExportError] = createSignal<unknown>();
  const exportAs = async (format: (typeof EXPORTS)[number]["format"]) => {
    const d = doc();
    if (d === undefined) return;
    setExportError(undefined);
    try {
      const res = await fetch(`/v1/resolutions/render?format=${format}`, { method: "POST", headers: { ...headers(), "Content-Type": "application/json" }, body: JSON.stringify(d) });
      if (!res.ok) await read(res);
      const name = resolutionFileName(d, format);
      if (format === "docx") return download(await res.blob(), name);
      const text = await res.text();
      const type = res.headers.get("Content-Type") ?? "text/plain; charset=utf-8";
      // A byte-order mark makes editors that guess the encoding (Notepad, Word) read UTF-8, not a legacy code page.
      download(new Blob([format === "md" ? `\uFEFF${text}` : text], { type }), name);
    } catch (e) {
      setExportError(e);
    }
  };

  // Diff between two saved versions.
  const [diffFrom, setDiffFrom] = createSignal<number>();
  const [diffTo, setDiffTo] = createSignal<number>();
  const diff = createQuery(() => ({
    queryKey: ["draft-diff", draft()?.id, diffFrom(), diffTo()],
    enabled: draft() !== undefined && diffFrom() !== undefined && diffTo() !== undefined && diffFrom() !== diffTo(),
    queryFn: async () => {
      const get = (v: number | undefined) => call<{ document: ResolutionDocument }>("GET", `/v1/resolutions/${draft()?.id}/versions/${v}`);
      const [a, b] = await Promise.all([get(diffFrom()), get(diffTo())]);
      return lineDiff(renderResolution(a.document, "text", withProvinces()).split("\n"), renderResolution(b.document, "text", withProvinces()).split("\n")).filter((l) => l.kind !== "same" || l.text.trim() !== "");
    },
  }));

  const Controls = (props: { a: Address; name: string; count: number; index: number; children?: JSX.Element }) => (
    <div class="node-tools">
      <button type="button" class="secondary small" disabled={props.index === 0} onClick={() => edit((d) => moveNode(d, props.a, -1))} aria-label={t("editor.up", { name: props.name })}>↑</button>
      <button type="button" class="secondary small" disabled={props.index === props.count - 1} onClick={() => edit((d) => moveNode(d, props.a, 1))} aria-label={t("editor.down", { name: props.name })}>↓</button>
      <button type="button" class="secondary small" onClick={() => edit((d) => removeNode(d, props.a))} aria-label={t("editor.remove", { name: props.name })}>✕</button>
      {props.children}
    </div>
  );
  const Links = (props: { a: Address; keys: ReadonlyArray<string> | undefined; name: string }) => {
    const [adding, setAdding] = createSignal(false);
    return (
      <div class="links">
        <For each={props.keys ?? []}>
          {(k) => (
            <span class="link-chip">
              {linkName(k)}{" "}
              <Show when={canEdit()}>
                <button type="button" class="link" onClick={() => edit((d) => toggleLink(d, props.a, k))} aria-label={t("editor.unlink", { link: linkName(k), name: props.name })}>✕</button>
              </Show>
            </span>
          )}
        </For>
        <Show
          when={adding()}
          fallback={<button type="button" class="link small" onClick={() => setAdding(true)}>{t("editor.addLink")}<span class="visually-hidden"> — {props.name}</span></button>}
        >
          <label class="field inline link-add">
            <span class="visually-hidden">{t("editor.linkTo", { name: props.name })}</span>
            <select
              value=""
              ref={(el) => queueMicrotask(() => el.focus())}
              onChange={(e) => { const k = e.currentTarget.value; if (k !== "") edit((d) => toggleLink(d, props.a, k)); setAdding(false); }}
              onBlur={() => setAdding(false)}
            >
              <option value="">{t("editor.addLink")}</option>
              <For each={LINK_KEYS.filter((k) => !(props.keys ?? []).includes(k))}>{(k) => <option value={k}>{linkName(k)}</option>}</For>
            </select>
          </label>
        </Show>
      </div>
    );
  };

  const ArticleEditor = (props: { art: ResolutionArticle; a: Address; count: number }) => {
    const path = () => pathOf(props.a);
    const name = () => t("editor.article", { n: props.art.number });
    return (
      <li class="node article" data-testid={`article-${props.art.number}`}>
        <div class="node-head">
          <strong>{name()}</strong>
          <Controls a={props.a} name={name()} count={props.count} index={props.a.article}>
            <button type="button" class="secondary small" onClick={() => edit((d) => addClause(d, props.a))}>{t("editor.addClause")}</button>
          </Controls>
        </div>
        <label class="field">{t("editor.articleTitle", { n: props.art.number })}<input value={props.art.title} aria-describedby={idOf(path())} onChange={(e) => edit((d) => setField(d, props.a, "title", e.currentTarget.value))} /></label>
        <NodeProblems problems={at(path())} id={idOf(path())} />
        <Links a={props.a} keys={props.art.implements} name={name()} />
        <ol class="clauses">
          <Index each={props.art.clauses}>
            {(k, ci) => {
              const ka = () => ({ ...props.a, clause: ci });
              const kname = () => t("editor.clause", { n: k().number, article: props.art.number });
              return (
                <li class="node clause">
                  <div class="node-head">
                    <strong>{kname()}</strong>
                    <Controls a={ka()} name={kname()} count={props.art.clauses.length} index={ci}>
                      <button type="button" class="secondary small" onClick={() => edit((d) => insertPoint(d, ka()))}>{t("editor.addPoint")}</button>
                    </Controls>
                  </div>
                  <label class="field">{t("editor.text", { name: kname() })}<textarea rows="2" value={k().text} aria-describedby={idOf(pathOf(ka()))} onChange={(e) => edit((d) => setField(d, ka(), "text", e.currentTarget.value))} /></label>
                  <NodeProblems problems={at(pathOf(ka()))} id={idOf(pathOf(ka()))} />
                  <Links a={ka()} keys={k().implements} name={kname()} />
                  <ol class="points">
                    <Index each={k().points}>
                      {(p, pi) => {
                        const pa = () => ({ ...ka(), point: pi });
                        const pname = () => (p().letter === "" ? t("editor.newPoint") : t("editor.point", { letter: p().letter }));
                        return (
                          <li class="node point" data-testid={`point-${props.art.number}-${k().number}-${pi}`}>
                            <div class="node-head">
                              <strong>{p().letter === "" ? t("editor.newPoint") : `${p().letter})`}</strong>
                              <Controls a={pa()} name={`${pname()} — ${kname()}`} count={k().points.length} index={pi}>
                                <button type="button" class="secondary small" onClick={() => edit((d) => insertPoint(d, ka(), pi))}>{t("editor.insertBefore", { name: pname() })}</button>
                              </Controls>
                            </div>
                            <label class="field">{t("editor.text", { name: `${pname()} — ${kname()}` })}<textarea rows="2" value={p().text} aria-describedby={idOf(pathOf(pa()))} onChange={(e) => edit((d) => setField(d, pa(), "text", e.currentTarget.value))} /></label>
                            <NodeProblems problems={at(pathOf(pa()))} id={idOf(pathOf(pa()))} />
                            <Links a={pa()} keys={p().implements} name={`${pname()} — ${kname()}`} />
                          </li>
                        );
                      }}
                    </Index>
                  </ol>
                </li>
              );
            }}
          </Index>
        </ol>
      </li>
    );
  };

  const headerField = (field: "title" | "number" | "place" | "adoptedOn" | "effectiveFrom", type = "text") => (
    <>
      <label class="field">
        {t(`editor.field.${field}` as Key)}
        <input type={type} value={doc()?.[field] ?? ""} aria-describedby={idOf(field)} onChange={(e) => { const v = e.currentTarget.value; edit((d) => ({ ...d, [field]: v })); }} />
      </label>
      <NodeProblems problems={at(field)} id={idOf(field)} />
    </>
  );

  return (
    <Page title={t("resolution.title")}>
      <section aria-labelledby="ed-start">
        <h2 id="ed-start">{t("editor.start")}</h2>
        <p class="actions">
          <button type="button" class="secondary" onClick={() => open(ngheAnAntiTraffickingTemplate())}>{t("resolution.template")}</button>
        </p>
        <Show when={session() !== undefined && (drafts.data?.length ?? 0) > 0}>
          <ul class="draft-list">
            <For each={drafts.data}>
              {(d) => (
                <li>
                  <button type="button" class="link" onClick={async () => { const v = await call<DraftView>("GET", `/v1/resolutions/${d.id}`); open(v.document, { id: v.id, version: v.version }); }}>
                    {t("editor.openDraft", { title: d.title, version: d.version })}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <details>
          <summary>{t("editor.import")}</summary>
          <label class="field">{t("editor.paste")}<textarea rows="6" value={pasted()} onInput={(e) => setPasted(e.currentTarget.value)} /></label>
          <p class="actions">
            <button type="button" class="secondary" onClick={() => importText(pasted())}>{t("editor.read")}</button>
          </p>
          <label class="field">{t("editor.file")}<input type="file" accept=".docx,.txt,.md,text/plain" data-testid="resolution-file" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f !== undefined) void importFile(f); e.currentTarget.value = ""; }} /></label>
        </details>
        <Show when={importError()}>
          {(errs) => (
            <div role="alert" class="problem">
              <strong>{t("editor.parseFailed")}</strong>
              <ul><For each={errs()}>{(e) => <li>{e}</li>}</For></ul>
            </div>
          )}
        </Show>
      </section>

      <Show when={doc()}>
        {(d) => (
          <>
            <section aria-labelledby="ed-doc" class="editor">
              <h2 id="ed-doc">{t("editor.document")}</h2>
              <p role="status" data-testid="resolution-status" class={validation()?.valid === true ? "ok" : "bad"}>
                {validation()?.valid === true ? t("resolution.valid") : t("editor.problems", { n: problems().filter((p) => p.severity === "error").length })}
              </p>
              {headerField("title")}
              {headerField("number")}
              {headerField("place")}
              {headerField("adoptedOn", "date")}
              {headerField("effectiveFrom", "date")}
              <NodeProblems problems={problems().filter((p) => !/^(articles|chapters)\[/.test(p.path) && !["title", "number", "place", "adoptedOn", "effectiveFrom"].includes(p.path.split(".")[0] ?? ""))} id="p-other" />
              <p class="actions">
                <button type="button" onClick={() => edit(renumber)}>{t("editor.renumber")}</button>
                <Show when={d().chapters === undefined} fallback={<button type="button" class="secondary" onClick={() => edit(addChapter)}>{t("editor.addChapter")}</button>}>
                  <button type="button" class="secondary" onClick={() => edit((x) => addArticle(x))}>{t("editor.addArticle")}</button>
                </Show>
              </p>
              <Show
                when={d().chapters}
                fallback={
                  <ol class="tree" data-testid="resolution-tree">
                    <Index each={d().articles ?? []}>{(art, ai) => <ArticleEditor art={art()} a={{ article: ai }} count={d().articles?.length ?? 0} />}</Index>
                  </ol>
                }
              >
                {(chapters) => (
                  <ol class="tree" data-testid="resolution-tree">
                    <Index each={chapters()}>
                      {(c, chi) => {
                        const cname = () => t("editor.chapter", { n: c().number });
                        return (
                          <li class="node chapter">
                            <div class="node-head">
                              <strong>{cname()}</strong>
                              <div class="node-tools">
                                <button type="button" class="secondary small" disabled={chi === 0} onClick={() => edit((x) => { const n = structuredClone(x); const cs = n.chapters ?? []; const [m] = cs.splice(chi, 1); if (m) cs.splice(chi - 1, 0, m); return n; })} aria-label={t("editor.up", { name: cname() })}>↑</button>
                                <button type="button" class="secondary small" onClick={() => edit((x) => ({ ...x, chapters: (x.chapters ?? []).filter((_, i) => i !== chi) }))} aria-label={t("editor.remove", { name: cname() })}>✕</button>
                                <button type="button" class="secondary small" onClick={() => edit((x) => addArticle(x, chi))}>{t("editor.addArticle")}</button>
                              </div>
                            </div>
                            <label class="field">{t("editor.chapterTitle", { n: c().number })}<input value={c().title} onChange={(e) => edit((x) => setChapterTitle(x, chi, e.currentTarget.value))} /></label>
                            <NodeProblems problems={at(`chapters[${chi}]`)} id={idOf(`chapters[${chi}]`)} />
                            <ol class="tree">
                              <Index each={c().articles}>{(art, ai) => <ArticleEditor art={art()} a={{ chapter: chi, article: ai }} count={c().articles.length} />}</Index>
                            </ol>
                          </li>
                        );
                      }}
                    </Index>
                  </ol>
                )}
              </Show>
            </section>

            <section aria-labelledby="ed-save">
              <h2 id="ed-save">{t("editor.saveTitle")}</h2>
              <Show when={canEdit()} fallback={<p>{t("editor.needEditor")}</p>}>
                <p class="actions">
                  <button type="button" onClick={() => save.mutate()} disabled={save.isPending}>{t("editor.save")}</button>
                  <Show when={saved()}>{(v) => <span role="status" data-testid="resolution-saved">{t("editor.saved", { version: v() })}</span>}</Show>
                </p>
              </Show>
              <Show when={saveError()}>{(e) => <Problem error={e()} />}</Show>
              <Show when={current.data}>
                {(v) => (
                  <>
                    <div class="table-wrap">
                      <table data-testid="resolution-history">
                        <caption>{t("editor.history")}</caption>
                        <thead><tr><th scope="col">{t("editor.version")}</th><th scope="col">{t("editor.by")}</th><th scope="col">{t("editor.when")}</th></tr></thead>
                        <tbody>
                          <For each={v().versions}>{(x) => <tr><th scope="row">{x.version}</th><td>{x.createdBy}</td><td>{formatDate(x.createdAt, locale())}</td></tr>}</For>
                        </tbody>
                      </table>
                    </div>
                    <Show when={v().versions.length > 1}>
                      <div class="diff-pick">
                        <label class="field inline">{t("editor.diffFrom")} <select onChange={(e) => setDiffFrom(Number(e.currentTarget.value))}><option value="">—</option><For each={v().versions}>{(x) => <option value={x.version}>{x.version}</option>}</For></select></label>{" "}
                        <label class="field inline">{t("editor.diffTo")} <select onChange={(e) => setDiffTo(Number(e.currentTarget.value))}><option value="">—</option><For each={v().versions}>{(x) => <option value={x.version}>{x.version}</option>}</For></select></label>
                      </div>
                      <Show when={diff.data}>
                        {(lines) => (
                          <div class="diff" data-testid="resolution-diff">
                            <p>{t("editor.diffSummary", { added: lines().filter((l) => l.kind === "add").length, removed: lines().filter((l) => l.kind === "del").length })}</p>
                            <Show when={lines().some((l) => l.kind !== "same")} fallback={<p>{t("editor.noDiff")}</p>}>
                              <ul>
                                <For each={lines().filter((l) => l.kind !== "same")}>
                                  {(l) => (l.kind === "add" ? <li><ins><span class="visually-hidden">{t("editor.added")} </span>{l.text}</ins></li> : <li><del><span class="visually-hidden">{t("editor.removed")} </span>{l.text}</del></li>)}
                                </For>
                              </ul>
                            </Show>
                          </div>
                        )}
                      </Show>
                    </Show>
                  </>
                )}
              </Show>
            </section>

            <section aria-labelledby="ed-export">
              <h2 id="ed-export">{t("resolution.export")}</h2>
              <p class="actions">
                <For each={EXPORTS}>{(x) => <button type="button" class="secondary" onClick={() => void exportAs(x.format)}>{t(x.key)}</button>}</For>
              </p>
              <Show when={exportError()}>{(e) => <Problem error={e()} />}</Show>
            </section>

            <details class="preview" onToggle={(e) => setPreview(e.currentTarget.open)}>
              <summary>{t("editor.preview")}</summary>
              {/* Mounted only while open: a sandboxed frame with the rendered document, no scripts. */}
              <Show when={preview()}>
                <iframe title={t("editor.preview")} sandbox="" srcdoc={renderResolution(d(), "html", withProvinces())} class="preview-frame" />
              </Show>
            </details>
          </>
        )}
      </Show>
    </Page>
  );
}
