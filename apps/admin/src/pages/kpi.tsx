import { createMutation, createQuery, useQueryClient } from "@tanstack/solid-query";
import { createMemo, createSignal, For, lazy, Show, Suspense } from "solid-js";
import { Page } from "../components/page.js";
import { Problem } from "../components/problem.js";
import { locale, t, tDyn, type Key } from "../i18n/index.js";
import { exportRows, readPeriodRows, toCsv, type PeriodCounts, type RowError } from "../kpi/table.js";
import { call, ProblemError } from "../lib/api.js";
import { download, today } from "../lib/download.js";
import { formatDate } from "../lib/format.js";
import { canEdit, session } from "../lib/session.js";
import { labelText } from "../results/words.js";

const KpiChart = lazy(() => import("../kpi/chart.js").then((m) => ({ default: m.KpiChart })));

const COUNTS = ["reportsReceived", "reportsClassified", "reportsResolved", "casesInitiated", "casesSolved", "casesHandledByProcuracy", "casesIndicted", "casesAcceptedByCourts", "casesTried"] as const;
const INDICATORS = ["reports_classified", "reports_resolved", "cases_solved", "cases_indicted", "cases_tried"] as const;

type Label = { readonly vi: string; readonly en: string; readonly fr?: string };
interface Fraction { readonly numerator: number; readonly denominator: number }
interface IndicatorView {
  readonly id: string;
  readonly status: string;
  readonly percent: string | null;
  readonly rate?: Fraction | null;
  readonly label?: Label;
  readonly target?: { readonly text?: string; readonly value?: Fraction; readonly wording?: Label } | null;
  readonly reason?: { readonly code: string; readonly message: Label };
}
interface ReportView { readonly indicators: IndicatorView[]; readonly counts: Record<string, number | null>; readonly suppressed?: ReadonlyArray<unknown> }
interface SavedReport { readonly id: string; readonly period: { readonly from: string; readonly to: string }; readonly result: ReportView; readonly createdBy: string; readonly createdAt: string }
interface ProvinceRow { readonly id: string; readonly name: { readonly vi: string; readonly en: string } }

const pct = (f: Fraction | null | undefined) => (f === null || f === undefined || f.denominator === 0 ? null : Math.round((f.numerator / f.denominator) * 1000) / 10);
const periodText = (p: { from: string; to: string }) => `${formatDate(p.from, locale())} – ${formatDate(p.to, locale())}`;
const provinceName = (p: ProvinceRow) => tDyn(`label.province.${p.id}`, locale() === "vi" ? p.name.vi : p.name.en);

/** A row-level import problem in words. */
const rowErrorText = (e: RowError): string => {
  switch (e.code) {
    case "date": return t("dash.err.date", { column: e.column, value: e.value });
    case "count": return t("dash.err.count", { column: e.column, value: e.value });
    case "period": return t("dash.err.period");
    case "nested": return t("dash.err.nested", { part: t(`kpi.count.${e.part}` as Key), whole: t(`kpi.count.${e.whole}` as Key) });
    case "duplicate": return t("dash.err.duplicate", { first: e.first });
    case "column": return t("dash.err.column", { column: e.column });
    case "missing": return t("dash.err.missing", { column: t(`kpi.${e.column}`) });
    case "empty": return t("dash.err.empty");
  }
};

/** Reads an uploaded CSV or XLSX file into rows of cells (SheetJS, loaded only when importing). */
const readSheet = async (file: File): Promise<unknown[][]> => {
  const XLSX = await import("@e965/xlsx");
  const wb = /\.csv$/i.test(file.name) || file.type === "text/csv"
    ? XLSX.read((await file.text()).replace(/^\uFEFF/, ""), { type: "string", raw: true })
    : XLSX.read(await file.arrayBuffer(), { type: "array", cellDates: true });
  const first = wb.SheetNames[0];
  const ws = first === undefined ? undefined : wb.Sheets[first];
  return ws === undefined ? [] : XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: "" });
};

export function Screen() {
  const qc = useQueryClient();
  const [province, setProvince] = createSignal("nghe-an");
  const [indicator, setIndicator] = createSignal<string>("reports_classified");
  const [publicView, setPublicView] = createSignal(false);
  const provinces = createQuery(() => ({ queryKey: ["provinces"], queryFn: () => call<ProvinceRow[]>("GET", "/v1/provinces") }));
  const reports = createQuery(() => ({
    queryKey: ["kpi-reports", province(), session()?.token],
    enabled: session() !== undefined,
    queryFn: async () => (await call<SavedReport[]>("GET", `/v1/provinces/${province()}/reports`)).toSorted((a, b) => a.period.from.localeCompare(b.period.from)),
  }));
  const published = createQuery(() => ({
    queryKey: ["kpi-public", province(), (reports.data ?? []).map((r) => r.id).join()],
    enabled: publicView() && (reports.data?.length ?? 0) > 0,
    queryFn: () =>
      Promise.all((reports.data ?? []).map((r) => call<ReportView>("POST", "/v1/kpi?view=public", { province: province(), period: r.period, counts: Object.fromEntries(Object.entries(r.result.counts).filter(([, v]) => v !== null)) }))),
  }));
  /** The rows the table shows: exact results, or the published ones with small counts withheld. */
  const shown = createMemo(() => {
    const list = reports.data ?? [];
    if (!publicView()) return list.map((r) => ({ period: r.period, result: r.result }));
    const pub = published.data;
    return pub === undefined ? [] : list.map((r, i) => ({ period: r.period, result: pub[i] ?? r.result }));
  });
  const points = createMemo(() =>
    shown().map((r) => {
      const ind = r.result.indicators.find((i) => i.id === indicator());
      return { label: r.period.from.slice(0, 4) === r.period.to.slice(0, 4) ? r.period.from.slice(0, 4) : `${r.period.from.slice(0, 7)}`, rate: pct(ind?.rate), target: pct(ind?.target?.value) };
    }),
  );
  const indicatorName = (id: string) => {
    const any = (reports.data ?? [])[0]?.result.indicators.find((i) => i.id === id)?.label;
    return any === undefined ? t(`dash.ind.${id}` as Key) : labelText(any, locale());
  };

  // Import: read → check every row → save all at once (the API saves all rows or none).
  const [progress, setProgress] = createSignal<{ step: "read" | "check" | "save" | "done"; value: number }>();
  const [rowErrors, setRowErrors] = createSignal<RowError[]>([]);
  const [importError, setImportError] = createSignal<unknown>();
  const [imported, setImported] = createSignal<number>();
  const importFile = async (file: File) => {
    setRowErrors([]);
    setImportError(undefined);
    setImported(undefined);
    setProgress({ step: "read", value: 1 });
    try {
      const rows = await readSheet(file);
      setProgress({ step: "check", value: 2 });
      const { reports: ok, errors } = readPeriodRows(rows);
      if (errors.length > 0) {
        setRowErrors(errors);
        setProgress(undefined);
        return;
      }
      setProgress({ step: "save", value: 3 });
      const r = await call<{ imported: number }>("POST", `/v1/provinces/${province()}/reports/import`, { reports: ok });
      setProgress({ step: "done", value: 4 });
      setImported(r.imported);
      await qc.invalidateQueries({ queryKey: ["kpi-reports"] });
    } catch (e) {
      setProgress(undefined);
      setImportError(e instanceof ProblemError ? e : new ProblemError({ status: 400, title: t("dash.unreadable"), errors: [] }));
    }
  };
  const exportAs = async (kind: "csv" | "xlsx") => {
    const rows = exportRows((reports.data ?? []).map((r): PeriodCounts => ({ period: r.period, counts: Object.fromEntries(Object.entries(r.result.counts).filter(([, v]) => v !== null)) as PeriodCounts["counts"] })));
    const name = `chi-tieu_${province()}_${today()}.${kind}`;
    if (kind === "csv") return download(new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" }), name);
    const XLSX = await import("@e965/xlsx");
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "Chi tieu");
    download(new Blob([XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), name);
  };

  // One period, entered by hand: evaluate, and save it (editors).
  const [from, setFrom] = createSignal("2022-01-01");
  const [to, setTo] = createSignal("2022-12-31");
  const [counts, setCounts] = createSignal<Record<string, number>>({});
  const [view, setView] = createSignal<"internal" | "public">("internal");
  const evaluate = createMutation(() => ({
    mutationFn: () => call<ReportView>("POST", `/v1/kpi?view=${view()}`, { province: province(), period: { from: from(), to: to() }, counts: counts() }),
  }));
  const save = createMutation(() => ({
    mutationFn: () => call<SavedReport>("POST", `/v1/provinces/${province()}/reports`, { period: { from: from(), to: to() }, counts: counts() }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["kpi-reports"] }),
  }));

  return (
    <Page title={t("kpi.title")}>
      <label class="field">
        {t("kpi.province")}{" "}
        <select value={province()} onChange={(e) => setProvince(e.currentTarget.value)} data-testid="kpi-province">
          <For each={provinces.data ?? [{ id: "nghe-an", name: { vi: "Nghệ An", en: "Nghe An" } }]}>{(p) => <option value={p.id}>{provinceName(p)}</option>}</For>
        </select>
      </label>

      <section aria-labelledby="dash-reports">
        <h2 id="dash-reports">{t("dash.reports")}</h2>
        <Show when={session()} fallback={<p>{t("dash.signIn")}</p>}>
          <Show when={reports.error}>{(e) => <Problem error={e()} />}</Show>
          <Show when={reports.data}>
            {(list) => (
              <Show when={list().length > 0} fallback={<p>{t("dash.none")}</p>}>
                <label class="option">
                  <input type="checkbox" checked={publicView()} onChange={(e) => setPublicView(e.currentTarget.checked)} /> {t("dash.publicView")}
                </label>
                <Show when={publicView()}><p class="help">{t("dash.publicHelp")}</p></Show>
                <div class="table-wrap">
                  <table data-testid="kpi-reports">
                    <caption>{publicView() ? t("dash.captionPublic") : t("dash.caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("dash.period")}</th>
                        <For each={INDICATORS}>{(id) => <th scope="col">{t(`dash.ind.${id}` as Key)}</th>}</For>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={shown()}>
                        {(r) => (
                          <tr>
                            <th scope="row">{periodText(r.period)}</th>
                            <For each={INDICATORS}>
                              {(id) => {
                                const ind = () => r.result.indicators.find((i) => i.id === id);
                                return (
                                  <td class={`kpi-${ind()?.status ?? "none"}`}>
                                    {tDyn(`kpi.status.${ind()?.status ?? ""}`, t("common.none"))}
                                    <Show when={ind()?.percent}>{(p) => <> ({p()})</>}</Show>
                                  </td>
                                );
                              }}
                            </For>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
                <label class="field">
                  {t("dash.chartOf")}{" "}
                  <select value={indicator()} onChange={(e) => setIndicator(e.currentTarget.value)}>
                    <For each={INDICATORS}>{(id) => <option value={id}>{t(`dash.ind.${id}` as Key)}</option>}</For>
                  </select>
                </label>
                <Suspense fallback={<p>{t("app.loading")}</p>}>
                  <KpiChart
                    points={points()}
                    rateLabel={t("dash.rateLine")}
                    targetLabel={t("dash.targetLine")}
                    alt={t("dash.chartAlt", { indicator: indicatorName(indicator()), values: points().map((p) => `${p.label}: ${p.rate === null ? t("common.none") : `${p.rate}%`}`).join("; ") })}
                  />
                </Suspense>
                <p class="actions">
                  {t("dash.export")}:{" "}
                  <button type="button" class="secondary" onClick={() => void exportAs("csv")}>{t("dash.csv")}</button>
                  <button type="button" class="secondary" onClick={() => void exportAs("xlsx")}>{t("dash.xlsx")}</button>
                </p>
              </Show>
            )}
          </Show>
        </Show>
      </section>

      <Show when={canEdit()}>
        <section aria-labelledby="dash-import">
          <h2 id="dash-import">{t("dash.import")}</h2>
          <p class="help">{t("dash.importHelp")}</p>
          <label class="field">
            {t("dash.file")}
            <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="kpi-file" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f !== undefined) void importFile(f); e.currentTarget.value = ""; }} />
          </label>
          <Show when={progress()}>
            {(p) => (
              <p>
                <label>
                  {t(`dash.step.${p().step}` as Key)}{" "}
                  <progress max="4" value={p().value} />
                </label>
              </p>
            )}
          </Show>
          <Show when={imported()}>{(n) => <p role="status" data-testid="kpi-imported">{t("dash.imported", { n: n() })}</p>}</Show>
          <Show when={importError()}>{(e) => <Problem error={e()} />}</Show>
          <Show when={rowErrors().length > 0}>
            <div role="alert" class="problem" data-testid="kpi-import-errors">
              <strong>{t("dash.rejected", { n: rowErrors().length })}</strong>
              <div class="table-wrap">
                <table>
                  <caption>{t("dash.errorsCaption")}</caption>
                  <thead><tr><th scope="col">{t("dash.row")}</th><th scope="col">{t("dash.problem")}</th></tr></thead>
                  <tbody>
                    <For each={rowErrors()}>{(e) => <tr><th scope="row">{e.row}</th><td>{rowErrorText(e)}</td></tr>}</For>
                  </tbody>
                </table>
              </div>
            </div>
          </Show>
        </section>
      </Show>

      <section aria-labelledby="dash-one">
        <h2 id="dash-one">{t("dash.one")}</h2>
        <form class="form" onSubmit={(e) => { e.preventDefault(); evaluate.mutate(); }}>
          <label class="field">{t("kpi.from")} <input type="date" required value={from()} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
          <label class="field">{t("kpi.to")} <input type="date" required value={to()} onInput={(e) => setTo(e.currentTarget.value)} /></label>
          <fieldset>
            <legend>{t("kpi.counts")}</legend>
            <For each={COUNTS}>
              {(id) => (
                <label class="field">
                  {t(`kpi.count.${id}` as Key)}{" "}
                  <input
                    type="number"
                    min="0"
                    step="1"
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
          <label class="option">
            <input type="checkbox" checked={view() === "public"} onChange={(e) => setView(e.currentTarget.checked ? "public" : "internal")} /> {t("kpi.public")}
          </label>
          <p class="actions">
            <button type="submit">{t("kpi.submit")}</button>
            <Show when={canEdit()}>
              <button type="button" class="secondary" onClick={() => save.mutate()}>{t("dash.save")}</button>
            </Show>
          </p>
        </form>
        <Show when={save.isSuccess}><p role="status">{t("dash.saved")}</p></Show>
        <Show when={save.error}>{(e) => <Problem error={e()} />}</Show>
        <Show when={evaluate.error}>{(e) => <Problem error={e()} />}</Show>
        <Show when={evaluate.data}>
          {(r) => (
            <div class="table-wrap">
              <table data-testid="kpi-result">
                <caption>{t("kpi.caption")}</caption>
                <thead>
                  <tr><th scope="col">{t("kpi.indicator")}</th><th scope="col">{t("kpi.result")}</th><th scope="col">{t("kpi.rate")}</th><th scope="col">{t("kpi.target")}</th></tr>
                </thead>
                <tbody>
                  <For each={r().indicators}>
                    {(i) => (
                      <tr>
                        <th scope="row">{i.label === undefined ? "—" : labelText(i.label, locale())}</th>
                        <td>
                          {tDyn(`kpi.status.${i.status}`, t("common.unknown"))}
                          <Show when={i.reason}>{(why) => <span class="help"> — {tDyn(`dash.reason.${why().code.replace("kpi.", "")}`, labelText(why().message, locale()))}</span>}</Show>
                        </td>
                        <td>{i.percent ?? "—"}</td>
                        <td>{i.target?.wording === undefined ? (i.target?.text ?? "—") : labelText(i.target.wording, locale())}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          )}
        </Show>
      </section>
    </Page>
  );
}
