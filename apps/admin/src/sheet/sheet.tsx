import { createSignal, For, Show } from "solid-js";
import { inLocale, t, type Key } from "../i18n/index.js";

/** The sheet is an official document: always in Vietnamese, whatever the page's language. */
const vt = (key: Key, args?: Record<string, string | number>) => inLocale("vi", () => t(key, args));
import type { SheetHeader, SheetModel } from "./model.js";
import { sheetFileName } from "./model.js";

const dots = "……………";

/** The sheet laid out as an official Vietnamese document (Decree 30/2020 layout): A4, printable without the app around it. */
export const SheetView = (props: { model: SheetModel }) => {
  const m = () => props.model;
  return (
    <article class="sheet" lang="vi" data-testid="decision-sheet" aria-label={m().title}>
      <table class="sheet-head" role="presentation">
        <tbody>
          <tr>
            <td>
              <p class="agency">{m().agency === "" ? dots : m().agency.toUpperCase()}</p>
              <p class="rule">———</p>
              <p>{vt("sheet.number", { n: m().number === "" ? `${dots}/PKQ` : m().number })}</p>
            </td>
            <td>
              <p class="nation">{vt("sheet.nation")}</p>
              <p class="motto">{vt("sheet.motto")}</p>
              <p class="rule">———————</p>
              <p class="place-date">
                <em>{vt("sheet.placeDate", { place: m().place === "" ? dots : m().place, d: m().date.d || "…", m: m().date.m || "…", y: m().date.y || "……" })}</em>
              </p>
            </td>
          </tr>
        </tbody>
      </table>
      <h2 class="doc-title">{m().title}</h2>
      <p class="doc-subtitle">{m().subtitle}</p>
      <Show when={m().provisional}>
        <p class="doc-provisional">{vt("cls.provisional").toUpperCase()}</p>
      </Show>
      <p>{vt("sheet.caseRef", { ref: m().caseRef === "" ? dots : m().caseRef })}</p>
      <For each={m().bases}>{(b) => <p class="basis-line"><em>{b}</em></p>}</For>
      <h3>{vt("sheet.facts")}</h3>
      <ul class="doc-facts">
        <For each={m().facts}>
          {([k, v]) => (
            <li>
              {k}: {v}.
            </li>
          )}
        </For>
      </ul>
      <h3>{vt("sheet.result")}</h3>
      <For each={m().result}>
        {(part) => (
          <div class="doc-part">
            <Show when={part.heading}>
              <p class="doc-part-heading">{part.heading}</p>
            </Show>
            <For each={part.lines}>{(line) => <p>{line}</p>}</For>
          </div>
        )}
      </For>
      <table class="sheet-sign" role="presentation">
        <tbody>
          <tr>
            <td>
              <p class="recipients">{vt("sheet.recipients")}</p>
              <p class="recipients-list">{vt("sheet.recipientFile")}</p>
            </td>
            <td>
              <p class="signer">{vt("sheet.signer")}</p>
              <p>
                <em>{vt("sheet.signHint")}</em>
              </p>
            </td>
          </tr>
        </tbody>
      </table>
      <p class="doc-hash">{vt("sheet.hash", { hash: m().hash })}</p>
      <p class="doc-hash">{m().footer}</p>
    </article>
  );
};

/** The fields an officer fills in before printing (agency, number, place, date), then the sheet, print and DOCX. */
export const SheetScreen = (props: { build: (h: SheetHeader) => SheetModel; caseRef: string; date: string }) => {
  const [agency, setAgency] = createSignal("");
  const [number, setNumber] = createSignal("");
  const [place, setPlace] = createSignal("");
  const [date, setDate] = createSignal(props.date);
  const model = () => props.build({ agency: agency(), number: number(), place: place(), date: date(), caseRef: props.caseRef });
  const [busy, setBusy] = createSignal(false);
  const download = async () => {
    setBusy(true);
    try {
      const { sheetDocx } = await import("./docx.js");
      const blob = await sheetDocx(model());
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = sheetFileName(model(), "docx");
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="sheet-screen">
      <div class="no-print sheet-controls">
        <div class="grid">
          <label class="field">{t("sheet.agency")} <input type="text" value={agency()} onInput={(e) => setAgency(e.currentTarget.value)} /></label>
          <label class="field">{t("sheet.numberLabel")} <input type="text" value={number()} onInput={(e) => setNumber(e.currentTarget.value)} /></label>
          <label class="field">{t("sheet.place")} <input type="text" value={place()} onInput={(e) => setPlace(e.currentTarget.value)} /></label>
          <label class="field">{t("sheet.date")} <input type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} /></label>
        </div>
        <div class="actions">
          <button type="button" onClick={() => window.print()}>{t("sheet.print")}</button>
          <button type="button" class="secondary" disabled={busy()} onClick={() => void download()}>{t("sheet.docx")}</button>
        </div>
      </div>
      <SheetView model={model()} />
    </div>
  );
};
