import type { Label, Lang } from "./label.js";
import { defineCatalogue, messagesOf, renderMessage, type Catalogue, type MessageParam, type MessageParams } from "./message.js";

/**
 * One problem with the input: where it is (`path`, data for programs, never shown), what it is
 * (`code` and `params`, the key of a message catalogue and its values) and its text rendered from
 * that catalogue in Vietnamese, English and French (`text`). The `field` parameter is the human
 * name of the field, never its path. `message` repeats the English text.
 * @category errors
 * @since 0.1.0
 */
export interface Issue {
  /** Where the problem is, e.g. `victims[0].ageYears` (`""` for the whole input). Data, not text for a reader. */
  readonly path: string;
  /** Stable code of the message catalogue, e.g. `issue.too_big`. @since 0.3.0 */
  readonly code: string;
  /** The values the text is rendered from (`field` is the field's label). @since 0.3.0 */
  readonly params: MessageParams;
  /** The text in Vietnamese and English, and French where the catalogue has it. @since 0.3.0 */
  readonly text: Label;
  /** The English text (`text.en`). */
  readonly message: string;
}

/**
 * The messages of the input problems zod reports (one per kind of check the schemas make) and of
 * the few checks common to every concept. `field` is always the label of the field.
 * @category errors
 * @since 0.3.0
 */
export const issueMessages = defineCatalogue({
  "issue.required": {
    params: ["field"],
    vi: "Chưa nhập {field}",
    en: "{field} is required",
    fr: "{field} est obligatoire",
  },
  "issue.invalid_type": {
    params: ["field", "expected"],
    vi: "{field} phải là {expected, select, number {một số} int {một số nguyên} string {một đoạn chữ} boolean {giá trị có hoặc không} array {một danh sách} object {một nhóm thông tin} date {một ngày} other {một giá trị đúng kiểu}}",
    en: "{field} must be {expected, select, number {a number} int {a whole number} string {text} boolean {yes or no} array {a list} object {a group of fields} date {a date} other {a value of the right kind}}",
    fr: "{field} doit être {expected, select, number {un nombre} int {un nombre entier} string {un texte} boolean {oui ou non} array {une liste} object {un groupe de champs} date {une date} other {une valeur du bon type}}",
  },
  "issue.too_small": {
    params: ["field", "origin", "minimum", "inclusive"],
    vi: "{field} {origin, select, array {phải có {inclusive, select, true {ít nhất {minimum}} other {nhiều hơn {minimum}}} mục} string {phải có {inclusive, select, true {ít nhất {minimum}} other {nhiều hơn {minimum}}} ký tự} date {phải {inclusive, select, true {từ ngày {minimum} trở về sau} other {sau ngày {minimum}}}} other {phải {inclusive, select, true {từ {minimum} trở lên} other {lớn hơn {minimum}}}}}",
    en: "{field} {origin, select, array {must have {inclusive, select, true {at least} other {more than}} {minimum} items} string {must have {inclusive, select, true {at least} other {more than}} {minimum} characters} date {must be {inclusive, select, true {on or after} other {after}} {minimum}} other {must be {inclusive, select, true {at least} other {more than}} {minimum}}}",
    fr: "{field} {origin, select, array {doit compter {inclusive, select, true {au moins} other {plus de}} {minimum} éléments} string {doit compter {inclusive, select, true {au moins} other {plus de}} {minimum} caractères} date {doit être {inclusive, select, true {le {minimum} ou après} other {après le {minimum}}}} other {doit être {inclusive, select, true {au moins égal à} other {supérieur à}} {minimum}}}",
  },
  "issue.too_big": {
    params: ["field", "origin", "maximum", "inclusive"],
    vi: "{field} {origin, select, array {không được có {inclusive, select, true {quá {maximum}} other {từ {maximum}}} mục trở lên} string {không được dài {inclusive, select, true {quá {maximum}} other {từ {maximum}}} ký tự trở lên} date {phải {inclusive, select, true {từ ngày {maximum} trở về trước} other {trước ngày {maximum}}}} other {phải {inclusive, select, true {không quá {maximum}} other {nhỏ hơn {maximum}}}}}",
    en: "{field} {origin, select, array {must have {inclusive, select, true {at most} other {fewer than}} {maximum} items} string {must have {inclusive, select, true {at most} other {fewer than}} {maximum} characters} date {must be {inclusive, select, true {on or before} other {before}} {maximum}} other {must be {inclusive, select, true {at most} other {less than}} {maximum}}}",
    fr: "{field} {origin, select, array {doit compter {inclusive, select, true {au plus} other {moins de}} {maximum} éléments} string {doit compter {inclusive, select, true {au plus} other {moins de}} {maximum} caractères} date {doit être {inclusive, select, true {le {maximum} ou avant} other {avant le {maximum}}}} other {doit être {inclusive, select, true {au plus égal à} other {inférieur à}} {maximum}}}",
  },
  "issue.invalid_value": {
    params: ["field", "listed", "options"],
    vi: "{field} không phải là một lựa chọn được chấp nhận{listed, select, true {; chọn một trong: {options}} other {}}",
    en: "{field} is not one of the accepted choices{listed, select, true {; choose one of: {options}} other {}}",
    fr: "{field} ne fait pas partie des choix acceptés{listed, select, true {; choisir parmi : {options}} other {}}",
  },
  "issue.invalid_format": {
    params: ["field", "format"],
    vi: "{field} {format, select, date {phải là một ngày có thật, viết theo dạng năm-tháng-ngày (YYYY-MM-DD)} other {không đúng định dạng}}",
    en: "{field} {format, select, date {must be a real calendar day written year-month-day (YYYY-MM-DD)} other {is not in the expected format}}",
    fr: "{field} {format, select, date {doit être un jour réel écrit année-mois-jour (AAAA-MM-JJ)} other {n'est pas au format attendu}}",
  },
  "issue.unrecognized_keys": {
    params: ["field", "count", "keys"],
    vi: "{field} có {count} trường không được hỗ trợ{keys, select, other {}}",
    en: "{field} has {count} field(s) that are not supported{keys, select, other {}}",
    fr: "{field} contient {count} champ(s) non pris en charge{keys, select, other {}}",
  },
  "issue.invalid_union": {
    params: ["field"],
    vi: "{field} không đúng một trong các dạng được chấp nhận",
    en: "{field} matches none of the accepted forms",
    fr: "{field} ne correspond à aucune des formes acceptées",
  },
  "issue.not_multiple_of": {
    params: ["field", "divisor"],
    vi: "{field} phải là bội số của {divisor}",
    en: "{field} must be a multiple of {divisor}",
    fr: "{field} doit être un multiple de {divisor}",
  },
  "issue.invalid": {
    params: ["field"],
    vi: "{field} không hợp lệ",
    en: "{field} is not valid",
    fr: "{field} n'est pas valide",
  },
  "issue.duplicates": {
    params: ["field"],
    vi: "{field} có giá trị bị lặp lại",
    en: "{field} lists a value more than once",
    fr: "{field} contient une valeur en double",
  },
  "issue.too-large": {
    params: ["field"],
    vi: "{field} quá lớn",
    en: "{field} is too large",
    fr: "{field} est trop grand",
  },
  "issue.exceeds": {
    params: ["field", "other"],
    vi: "{field} không được lớn hơn {other}",
    en: "{field} cannot exceed {other}",
    fr: "{field} ne peut pas dépasser {other}",
  },
  "issue.articles-or-chapters": {
    params: ["field"],
    vi: "{field}: nghị quyết có hoặc các điều, hoặc các chương ở cấp cao nhất (không có cả hai, và không thiếu cả hai)",
    en: "{field}: a resolution has either articles or chapters at the top level, not both and not neither",
    fr: "{field} : une résolution a soit des articles, soit des chapitres au premier niveau, ni les deux ni aucun",
  },
  "issue.period-reversed": {
    params: ["field"],
    vi: "{field}: ngày kết thúc trước ngày bắt đầu",
    en: "{field}: the end is before the start",
    fr: "{field} : la fin précède le début",
  },
  "issue.version-overlap": {
    params: ["field", "from"],
    vi: "{field}: phiên bản bắt đầu từ ngày {from, date} trùng hoặc đứng trước phiên bản liền trước",
    en: "{field}: the version starting {from, date} overlaps or precedes the previous version",
    fr: "{field} : la version commençant le {from, date} chevauche ou précède la précédente",
  },
});

/** Builds an issue message from {@link issueMessages} (code and parameters checked by the compiler). */
const sayIssue = messagesOf(issueMessages);

/**
 * An {@link Issue} builder bound to a catalogue: `issue(path, code, params)` gives the issue with
 * its text in every language the catalogue has. The code and parameter names are checked by the
 * compiler.
 * @category errors
 * @since 0.3.0
 */
export const issuesOf =
  <C extends Catalogue>(catalogue: C) =>
  <K extends keyof C & string>(path: string, code: K, params: { readonly [P in C[K]["params"][number]]: MessageParam }): Issue => {
    const m = messagesOf(catalogue)(code, "not_held", params);
    const text = cap(m.text);
    return { path, code, params: m.params, text, message: text.en };
  };

/** Builds an issue of {@link issueMessages}. @category errors @since 0.3.0 */
export const issue: <K extends keyof typeof issueMessages & string>(
  path: string,
  code: K,
  params: { readonly [P in (typeof issueMessages)[K]["params"][number]]: MessageParam },
) => Issue = (path, code, params) => {
  const m = sayIssue(code, "not_held", params);
  const text = cap(m.text);
  return { path, code, params: m.params, text, message: text.en };
};

/** A path as zod gives it: keys and indexes. @category errors @since 0.3.0 */
export type IssuePath = ReadonlyArray<PropertyKey>;

/**
 * The human name of the field at a path, in every language: what an issue's text says instead
 * of the path.
 * @category errors
 * @since 0.3.0
 */
export type FieldLabeler = (path: IssuePath) => Label;

/**
 * The words a {@link fieldLabeler} names fields with: a label per key, an item label per list
 * (written with `{n}`, the 1-based position: "nạn nhân thứ {n}"), and the name of the whole input.
 * @category errors
 * @since 0.3.0
 */
export interface FieldNames {
  readonly root: Label;
  /** A label per key; `parent.key` names a key inside one parent only (`signature.title`), `^key` a top-level key. */
  readonly names: Readonly<Record<string, Label>>;
  readonly items?: Readonly<Record<string, Label>>;
  /** Keys that are only containers (`person`, `counts`): named only when the issue is about them. */
  readonly skip?: ReadonlyArray<string>;
}

const SOME_FIELD: Label = { vi: "một trường", en: "a field", fr: "un champ" };
const ITEM: Label = { vi: "mục thứ {n}", en: "item {n}", fr: "élément {n}" };

const fill = (l: Label, n: number): Label => ({
  vi: l.vi.replace("{n}", String(n)),
  en: l.en.replace("{n}", String(n)),
  ...(l.fr === undefined ? {} : { fr: l.fr.replace("{n}", String(n)) }),
});

const capitalize = (s: string): string => (s === "" ? s : (s[0] as string).toLocaleUpperCase("vi") + s.slice(1));

/**
 * A {@link FieldLabeler} from a table of names: `victims[2].injuryPercent` → "Nạn nhân thứ 3: tỷ
 * lệ tổn thương cơ thể" / "victim 3: body-injury rate" (an issue's text starts with a capital). A key missing from the table is named
 * "a field", never by its path (a test checks that every key of each schema has a name).
 * @category errors
 * @since 0.3.0
 */
export const fieldLabeler =
  (t: FieldNames): FieldLabeler =>
  (path) => {
    if (path.length === 0) return t.root;
    const parts: Label[] = [];
    for (let i = 0; i < path.length; i++) {
      const k = path[i];
      const next = path[i + 1];
      if (typeof k === "number") {
        parts.push(fill(ITEM, k + 1));
        continue;
      }
      const key = String(k);
      if (typeof next === "number") {
        parts.push(fill(t.items?.[key] ?? ITEM, next + 1));
        i++;
        continue;
      }
      if (i < path.length - 1 && t.skip?.includes(key) === true) continue;
      const parent = path.slice(0, i).toReversed().find((x) => typeof x === "string");
      parts.push(t.names[parent === undefined ? `^${key}` : `${String(parent)}.${key}`] ?? t.names[key] ?? SOME_FIELD);
    }
    const join = (lang: Lang): string => parts.map((p) => (lang === "fr" ? (p.fr ?? p.en) : p[lang])).join(lang === "fr" ? " : " : ": ");
    return { vi: join("vi"), en: join("en"), fr: join("fr") };
  };

const cap = (l: Label): Label => ({ vi: capitalize(l.vi), en: capitalize(l.en), ...(l.fr === undefined ? {} : { fr: capitalize(l.fr) }) });

/** Renders a path as `a.b[0].c`. @category errors @since 0.3.0 */
export const pathText = (path: IssuePath): string =>
  path.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc === "" ? String(k) : `${acc}.${String(k)}`), "");

/** The shape of a zod issue this module reads (zod 4). @category errors @since 0.3.0 */
export interface ZodIssueLike {
  readonly code?: string | undefined;
  readonly path: IssuePath;
  readonly message: string;
  readonly expected?: unknown | undefined;
  readonly origin?: unknown | undefined;
  readonly minimum?: unknown | undefined;
  readonly maximum?: unknown | undefined;
  readonly inclusive?: unknown | undefined;
  readonly values?: ReadonlyArray<unknown> | undefined;
  readonly format?: unknown | undefined;
  readonly pattern?: unknown | undefined;
  readonly keys?: ReadonlyArray<string> | undefined;
  readonly divisor?: unknown | undefined;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

const valueAt = (input: unknown, path: IssuePath): unknown => {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
};

const num = (v: unknown): number | string => (typeof v === "number" || typeof v === "string" ? v : typeof v === "bigint" ? v.toString() : "");

/**
 * Options of a {@link FieldLabeler}-based conversion: the labels of the allowed values of an enum
 * field (so "choose one of" lists words, not codes).
 * @category errors
 * @since 0.3.0
 */
export type OptionLabeler = (path: IssuePath, values: ReadonlyArray<unknown>) => ReadonlyArray<Label> | undefined;

/**
 * Turns zod issues into {@link Issue}s: the path as data (`a.b[0].c`), a code of
 * {@link issueMessages} per kind of check (`invalid_type` on an absent field is `issue.required`;
 * a refinement made with `params: { code }` keeps its code), and the text with the field's label.
 * `input` (the value that was parsed) tells an absent field from one of the wrong type.
 * @category errors
 * @since 0.1.0
 */
export const issuesFromZod = (
  issues: ReadonlyArray<ZodIssueLike>,
  label: FieldLabeler = fieldLabeler({ root: { vi: "dữ liệu đầu vào", en: "the input", fr: "les données" }, names: {} }),
  input?: unknown,
  options?: OptionLabeler,
): Issue[] => {
  const out = issues.map((i): Issue => {
    const path = pathText(i.path);
    const field = label(i.path);
    switch (i.code) {
      case "invalid_type":
        if (input !== undefined && valueAt(input, i.path) === undefined) return issue(path, "issue.required", { field });
        return issue(path, "issue.invalid_type", { field, expected: String(i.expected ?? "other") });
      case "too_small":
        return issue(path, "issue.too_small", { field, origin: String(i.origin ?? "other"), minimum: num(i.minimum), inclusive: i.inclusive === true });
      case "too_big":
        return issue(path, "issue.too_big", { field, origin: String(i.origin ?? "other"), maximum: num(i.maximum), inclusive: i.inclusive === true });
      case "invalid_value": {
        const labels = options?.(i.path, i.values ?? []);
        return issue(path, "issue.invalid_value", { field, listed: labels !== undefined && labels.length > 0, options: [...(labels ?? [])] });
      }
      case "invalid_format": {
        const date = i.format === "date" || (i.format === "regex" && typeof i.pattern === "string" && /\\d\{4\}.*-.*\\d\{2\}/.test(i.pattern));
        return issue(path, "issue.invalid_format", { field, format: date ? "date" : String(i.format ?? "other") });
      }
      case "unrecognized_keys":
        return issue(path, "issue.unrecognized_keys", { field, count: i.keys?.length ?? 0, keys: [...(i.keys ?? [])] });
      case "invalid_union":
        return issue(path, "issue.invalid_union", { field });
      case "not_multiple_of":
        return issue(path, "issue.not_multiple_of", { field, divisor: num(i.divisor) });
      case "custom": {
        const code = i.params?.["code"];
        const other = i.params?.["other"];
        if (code === "issue.date") return issue(path, "issue.invalid_format", { field, format: "date" });
        if (code === "issue.exceeds" && Array.isArray(other)) return issue(path, code, { field, other: label(other as IssuePath) });
        if (code === "issue.duplicates" || code === "issue.period-reversed" || code === "issue.too-large" || code === "issue.articles-or-chapters")
          return issue(path, code, { field });
        return issue(path, "issue.invalid", { field });
      }
      default:
        return issue(path, "issue.invalid", { field });
    }
  });
  // A date that fails both its pattern and its calendar check is one problem, said once.
  return out.filter((x, k) => out.findIndex((y) => y.path === x.path && y.text.en === x.text.en) === k);
};

/**
 * The text of an issue in one language, rendered from a catalogue (the issue's own `text` when
 * the catalogue does not have its code).
 * @category errors
 * @since 0.3.0
 */
export const issueText = (catalogue: Catalogue, i: Issue, lang: Lang): string =>
  capitalize(renderMessage(catalogue, i, lang) ?? (lang === "fr" ? (i.text.fr ?? i.text.en) : i.text[lang]));
