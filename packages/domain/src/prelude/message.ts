import * as z from "zod";
import { CitationSchema, type Citation } from "./citation.js";
import { LabelSchema, type Label, type Lang } from "./label.js";

/**
 * Whether the point a message speaks of holds, does not hold, or cannot be decided on the facts
 * given (an undetermined point is never reported as "no").
 * @category prelude
 * @since 0.2.0
 */
export const MessageState = z.enum(["held", "not_held", "undetermined"]).meta({ id: "MessageState" });
/** @category prelude @since 0.2.0 */
export type MessageState = z.infer<typeof MessageState>;

/** A message parameter: plain data, or a label (rendered in the reader's language). @category prelude @since 0.2.0 */
export const MessageParam = z.union([z.string(), z.number(), z.boolean(), LabelSchema, z.array(z.union([z.string(), z.number(), LabelSchema]))]);
/** @category prelude @since 0.2.0 */
export type MessageParam = z.infer<typeof MessageParam>;
/** @category prelude @since 0.2.0 */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/**
 * zod schema of {@link Message}: an explanation step, a reason, a screening note, a warning or a
 * question as coded data.
 * @category prelude
 * @since 0.2.0
 */
export const MessageSchema = z
  .object({
    /** Stable code, the key of the message catalogue, e.g. `classification.point.held`. */
    code: z.string().min(1),
    state: MessageState,
    /** The values the text is rendered from; with `code`, they identify the message (replay compares them). */
    params: z.record(z.string(), MessageParam),
    basis: z.array(CitationSchema),
    /** The text rendered from the catalogue: Vietnamese and English always, French where the catalogue has it. */
    text: LabelSchema,
    /** The text in the one language asked for (`Accept-Language`), when a renderer set it. */
    display: z.string().optional(),
  })
  .meta({ id: "Message", title: "Coded message with its legal basis and text" });

/**
 * An explanation step, reason, note, warning or question: a code and parameters (what a program
 * reads), a state, the legal basis, and the text rendered from the message catalogue.
 * @category prelude
 * @since 0.2.0
 */
export type Message = z.infer<typeof MessageSchema>;

/**
 * One entry of a message catalogue: the parameter names, and a template per language.
 *
 * Templates write `{name}` for a parameter, `{name, date}` for a `YYYY-MM-DD` parameter written as
 * a date of the language, and `{name, select, a {…} b {…} other {…}}` to choose
 * a wording by a parameter's value (ICU MessageFormat's `select`). A label parameter is written in
 * the reader's language; a list is joined with "; ".
 * @category prelude
 * @since 0.2.0
 */
export interface MessageTemplate {
  readonly params: ReadonlyArray<string>;
  readonly vi: string;
  readonly en: string;
  readonly fr?: string;
}

/** A message catalogue: templates by code. @category prelude @since 0.2.0 */
export type Catalogue = Readonly<Record<string, MessageTemplate>>;

type Node =
  | string
  | { readonly name: string; readonly format?: "date" }
  | { readonly name: string; readonly cases: Readonly<Record<string, ReadonlyArray<Node>>> };

/** Parses a template into text, parameter and select nodes. */
const parse = (src: string): Node[] => {
  let i = 0;
  const nodes = (stopAtBrace: boolean): Node[] => {
    const out: Node[] = [];
    let text = "";
    while (i < src.length) {
      const ch = src[i] as string;
      if (ch === "}" && stopAtBrace) break;
      if (ch !== "{") {
        text += ch;
        i++;
        continue;
      }
      if (text !== "") out.push(text);
      text = "";
      i++;
      const close = src.slice(i).search(/[,}]/);
      if (close < 0) throw new SyntaxError(`unclosed "{" in template: ${src}`);
      const name = src.slice(i, i + close).trim();
      i += close;
      if (src[i] === "}") {
        i++;
        out.push({ name });
        continue;
      }
      const date = /^,\s*date\s*\}/.exec(src.slice(i));
      if (date !== null) {
        i += date[0].length;
        out.push({ name, format: "date" });
        continue;
      }
      const head = /^,\s*select\s*,/.exec(src.slice(i));
      if (head === null) throw new SyntaxError(`only {name} and {name, select, …} are supported: ${src}`);
      i += head[0].length;
      const cases: Record<string, Node[]> = {};
      for (;;) {
        const key = /^\s*([\w-]+)\s*\{/.exec(src.slice(i));
        if (key === null) break;
        i += key[0].length;
        cases[key[1] as string] = nodes(true);
        i++; // the closing brace of the case
      }
      const end = /^\s*\}/.exec(src.slice(i));
      if (end === null) throw new SyntaxError(`unclosed select in template: ${src}`);
      i += end[0].length;
      out.push({ name, cases });
    }
    if (text !== "") out.push(text);
    return out;
  };
  return nodes(false);
};

const parsed = new Map<string, Node[]>();
const nodesOf = (src: string): Node[] => {
  const hit = parsed.get(src);
  if (hit !== undefined) return hit;
  const n = parse(src);
  parsed.set(src, n);
  return n;
};

const isLabel = (v: unknown): v is Label => typeof v === "object" && v !== null && !Array.isArray(v) && "vi" in v && "en" in v;

const paramText = (v: MessageParam | undefined, lang: Lang): string => {
  if (v === undefined) return "";
  if (Array.isArray(v)) return v.map((x) => paramText(x, lang)).join("; ");
  if (isLabel(v)) return lang === "fr" ? (v.fr ?? v.en) : v[lang];
  return String(v);
};

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A `YYYY-MM-DD` parameter as a date: 10/05/2024 in Vietnamese and French, 10 May 2024 in English. */
const dateText = (v: MessageParam | undefined, lang: Lang): string => {
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (m === null) return paramText(v, lang);
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return lang === "en" ? `${Number(d)} ${MONTHS_EN[Number(mo) - 1] ?? mo} ${y}` : `${d}/${mo}/${y}`;
};

const renderNodes = (nodes: ReadonlyArray<Node>, params: MessageParams, lang: Lang): string =>
  nodes
    .map((n) => {
      if (typeof n === "string") return n;
      if (!("cases" in n)) return n.format === "date" ? dateText(params[n.name], lang) : paramText(params[n.name], lang);
      const v = params[n.name];
      const key = typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "other";
      return renderNodes(n.cases[key] ?? n.cases["other"] ?? [], params, lang);
    })
    .join("");

/** The parameter names a template uses (including those a select branches on). @category prelude @since 0.2.0 */
export const templateParams = (src: string): string[] => {
  const names = new Set<string>();
  const walk = (ns: ReadonlyArray<Node>): void => {
    for (const n of ns) {
      if (typeof n === "string") continue;
      names.add(n.name);
      if ("cases" in n) for (const c of Object.values(n.cases)) walk(c);
    }
  };
  walk(nodesOf(src));
  return [...names].toSorted();
};

/**
 * Renders a template with its parameters in one language.
 * @category prelude
 * @since 0.2.0
 */
export const renderTemplate = (src: string, params: MessageParams, lang: Lang): string => renderNodes(nodesOf(src), params, lang).normalize("NFC");

/**
 * The text of a message code in a language, from a catalogue: French falls back to English when
 * the catalogue has no French template. `undefined` when the code is not in the catalogue.
 * @category prelude
 * @since 0.2.0
 */
export const renderMessage = (catalogue: Catalogue, m: Pick<Message, "code" | "params">, lang: Lang): string | undefined => {
  const t = catalogue[m.code];
  if (t === undefined) return undefined;
  return renderTemplate(lang === "fr" ? (t.fr ?? t.en) : t[lang], m.params, lang);
};

/**
 * A message builder bound to a catalogue: `say(code, state, params, basis)` gives the {@link Message}
 * with its text in every language the catalogue has. The code and the parameter names are checked
 * by the compiler against the catalogue.
 * @category prelude
 * @since 0.2.0
 */
export const messagesOf =
  <C extends Catalogue>(catalogue: C) =>
  <K extends keyof C & string>(
    code: K,
    state: MessageState,
    params: { readonly [P in C[K]["params"][number]]: MessageParam },
    basis: ReadonlyArray<Citation> = [],
  ): Message => {
    const t = catalogue[code] as MessageTemplate;
    const p = params as MessageParams;
    return {
      code,
      state,
      params: { ...p },
      basis: [...basis],
      text: {
        vi: renderTemplate(t.vi, p, "vi"),
        en: renderTemplate(t.en, p, "en"),
        ...(t.fr === undefined ? {} : { fr: renderTemplate(t.fr, p, "fr") }),
      },
    };
  };

/** Declares a catalogue, keeping its literal parameter lists for {@link messagesOf}. @category prelude @since 0.2.0 */
export const defineCatalogue = <const C extends Catalogue>(c: C): C => c;
