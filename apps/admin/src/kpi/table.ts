import { COUNT_LABELS, COUNT_NAMES, KPI_DEFINITIONS, type CountName } from "@ctip-vn/domain/kpi";
import { catalogue, LOCALES } from "../i18n/index.js";

/** One period's counts, ready for `POST /v1/provinces/{id}/reports/import`. */
export interface PeriodCounts {
  readonly period: { readonly from: string; readonly to: string };
  readonly counts: Partial<Record<CountName, number>>;
}

/** Why a row (numbered as in the file, the header being row 1) cannot be imported. */
export type RowError =
  | { readonly row: number; readonly code: "date"; readonly column: string; readonly value: string }
  | { readonly row: number; readonly code: "period" }
  | { readonly row: number; readonly code: "count"; readonly column: string; readonly value: string }
  | { readonly row: number; readonly code: "nested"; readonly part: CountName; readonly whole: CountName }
  | { readonly row: number; readonly code: "duplicate"; readonly first: number }
  | { readonly row: 1; readonly code: "column"; readonly column: string }
  | { readonly row: 1; readonly code: "missing"; readonly column: "from" | "to" }
  | { readonly row: 1; readonly code: "empty" };

const norm = (s: string) => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

/** Column header → field: the field's own name, its Vietnamese or English label, or the admin's short label in any language. */
const HEADERS: ReadonlyMap<string, "from" | "to" | CountName> = (() => {
  const m = new Map<string, "from" | "to" | CountName>();
  for (const f of ["from", "to"] as const) {
    m.set(f, f);
    for (const l of LOCALES) m.set(norm(catalogue(l).kpi[f]), f);
  }
  for (const n of COUNT_NAMES) {
    m.set(norm(n), n);
    m.set(norm(COUNT_LABELS[n].vi), n);
    m.set(norm(COUNT_LABELS[n].en), n);
    for (const l of LOCALES) {
      const short = (catalogue(l).kpi.count as Record<string, string>)[n];
      if (short !== undefined) m.set(norm(short), n);
    }
  }
  return m;
})();

const pad = (n: number) => String(n).padStart(2, "0");
/** A cell as a calendar date: 2024-05-10, 10/05/2024, or a spreadsheet date. */
export const cellDate = (v: unknown): string | undefined => {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  const s = String(v ?? "").trim();
  let y: number, mo: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (iso !== null) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn !== null) [y, mo, d] = [Number(vn[3]), Number(vn[2]), Number(vn[1])];
  else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
};

/**
 * Reads the rows of a sheet (first row = headers) into period counts. Every problem of every row
 * is reported; when there is any, nothing is to be imported.
 */
export const readPeriodRows = (rows: ReadonlyArray<ReadonlyArray<unknown>>): { readonly reports: PeriodCounts[]; readonly errors: RowError[] } => {
  const errors: RowError[] = [];
  const [header, ...body] = rows.filter((r) => r.some((c) => String(c ?? "").trim() !== ""));
  if (header === undefined || body.length === 0) return { reports: [], errors: [{ row: 1, code: "empty" }] };
  const fields = header.map((h) => HEADERS.get(norm(String(h ?? ""))));
  header.forEach((h, i) => {
    if (fields[i] === undefined && String(h ?? "").trim() !== "") errors.push({ row: 1, code: "column", column: String(h) });
  });
  for (const f of ["from", "to"] as const) if (!fields.includes(f)) errors.push({ row: 1, code: "missing", column: f });
  if (errors.length > 0) return { reports: [], errors };
  const reports: PeriodCounts[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, k) => {
    const row = k + 2;
    const before = errors.length;
    let from: string | undefined;
    let to: string | undefined;
    const counts: Partial<Record<CountName, number>> = {};
    fields.forEach((f, i) => {
      const raw = cells[i];
      const text = String(raw ?? "").trim();
      const column = String(header[i] ?? "");
      if (f === undefined) return;
      if (f === "from" || f === "to") {
        const d = cellDate(raw);
        if (d === undefined) errors.push({ row, code: "date", column, value: text });
        else if (f === "from") from = d;
        else to = d;
        return;
      }
      if (text === "") return;
      const n = typeof raw === "number" ? raw : /^\d+$/.test(text) ? Number(text) : Number.NaN;
      if (!Number.isSafeInteger(n) || n < 0) errors.push({ row, code: "count", column, value: text });
      else counts[f] = n;
    });
    if (from !== undefined && to !== undefined && from > to) errors.push({ row, code: "period" });
    for (const d of KPI_DEFINITIONS) {
      const part = counts[d.numerator];
      const whole = counts[d.denominator];
      if (part !== undefined && whole !== undefined && part > whole) errors.push({ row, code: "nested", part: d.numerator, whole: d.denominator });
    }
    if (from !== undefined && to !== undefined) {
      const key = `${from}|${to}`;
      const first = seen.get(key);
      if (first !== undefined) errors.push({ row, code: "duplicate", first });
      else seen.set(key, row);
    }
    if (errors.length === before && from !== undefined && to !== undefined) reports.push({ period: { from, to }, counts });
  });
  return errors.length > 0 ? { reports: [], errors } : { reports, errors };
};

/** The header and rows of an export (or of an import template): Vietnamese headers, as reports are filed. */
export const exportRows = (reports: ReadonlyArray<PeriodCounts>): Array<Array<string | number>> => [
  [catalogue("vi").kpi.from, catalogue("vi").kpi.to, ...COUNT_NAMES.map((n) => COUNT_LABELS[n].vi)],
  ...reports.map((r) => [r.period.from, r.period.to, ...COUNT_NAMES.map((n) => r.counts[n] ?? "")]),
];

/** A CSV file's text: UTF-8 with a byte-order mark so that spreadsheet programs read Vietnamese right. */
export const toCsv = (rows: ReadonlyArray<ReadonlyArray<string | number>>): string =>
  `\uFEFF${rows.map((r) => r.map((c) => (/[",\n\r]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : String(c))).join(",")).join("\r\n")}\r\n`;
