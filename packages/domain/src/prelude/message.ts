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

/** A parsed template, and whether every character of its source is NFC-stable (see {@link nfcStable}). */
interface Parsed {
  readonly nodes: Node[];
  readonly stable: boolean;
}
const parsed = new Map<string, Parsed>();
const parsedOf = (src: string): Parsed => {
  const hit = parsed.get(src);
  if (hit !== undefined) return hit;
  const p = { nodes: parse(src), stable: nfcStable(src) };
  parsed.set(src, p);
  return p;
};
const nodesOf = (src: string): Node[] => parsedOf(src).nodes;

const isLabel = (v: unknown): v is Label => typeof v === "object" && v !== null && !Array.isArray(v) && "vi" in v && "en" in v;

const paramText = (v: MessageParam | undefined, lang: Lang): string => {
  if (v === undefined) return "";
  if (typeof v === "string") return v;
  if (Array.isArray(v)) {
    let out = "";
    for (let i = 0; i < v.length; i++) out += (i === 0 ? "" : "; ") + paramText(v[i], lang);
    return out;
  }
  if (isLabel(v)) return lang === "fr" ? (v.fr ?? v.en) : v[lang];
  return String(v);
};

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** A `YYYY-MM-DD` parameter as a date: 10/05/2024 in Vietnamese and French, 10 May 2024 in English. */
const dateText = (v: MessageParam | undefined, lang: Lang): string => {
  if (
    typeof v !== "string" ||
    v.length !== 10 ||
    v[4] !== "-" ||
    v[7] !== "-" ||
    !isDigit(v, 0) ||
    !isDigit(v, 1) ||
    !isDigit(v, 2) ||
    !isDigit(v, 3) ||
    !isDigit(v, 5) ||
    !isDigit(v, 6) ||
    !isDigit(v, 8) ||
    !isDigit(v, 9)
  )
    return paramText(v, lang);
  const y = v.slice(0, 4);
  const mo = v.slice(5, 7);
  const d = v.slice(8, 10);
  return lang === "en" ? `${Number(d)} ${MONTHS_EN[Number(mo) - 1] ?? mo} ${y}` : `${d}/${mo}/${y}`;
};

/**
 * Set while rendering when a parameter's text has a character that is not NFC-stable (the
 * template's own characters are checked once, when it is parsed): the rendered text then goes
 * through `normalize`. Rendering is synchronous, so one flag serves every call.
 */
let paramsUnstable = false;

// A plain loop and one string: this runs for every message of every answer, in every language.
const renderNodes = (nodes: ReadonlyArray<Node>, params: MessageParams, lang: Lang): string => {
  let out = "";
  for (const n of nodes) {
    if (typeof n === "string") out += n;
    else if (!("cases" in n)) {
      const v = params[n.name];
      const text = n.format === "date" ? dateText(v, lang) : paramText(v, lang);
      if (!paramsUnstable && typeof v !== "number" && typeof v !== "boolean" && !nfcStable(text)) paramsUnstable = true;
      out += text;
    } else {
      const v = params[n.name];
      const key = typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "other";
      out += renderNodes(n.cases[key] ?? n.cases["other"] ?? [], params, lang);
    }
  }
  return out;
};

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
export const renderTemplate = (src: string, params: MessageParams, lang: Lang): string => {
  const p = parsedOf(src);
  paramsUnstable = false;
  const text = renderNodes(p.nodes, params, lang);
  // Only the parameters' texts are scanned: a template's own characters were checked when parsed.
  return p.stable && !paramsUnstable ? text : text.normalize("NFC");
};

/**
 * Whether a text is NFC whatever it is joined to. Every character below U+0300 (Latin letters
 * with their precomposed accents, punctuation), in U+1E00–U+1EFF (the precomposed Vietnamese
 * letters), U+2010–U+2027 (dashes, quotes, ellipsis), U+20A0–U+20CF (currency: ₫) and
 * U+2190–U+21FF (arrows) is NFC-stable with combining class 0 and composes with no neighbour, so
 * a text made only of them — and any text joined from such texts — is NFC as it is; any other
 * character (a combining mark, a singleton like U+212B) sends the rendered text through
 * `normalize`.
 */
function nfcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0300 && (c < 0x1e00 || c > 0x1eff) && (c < 0x2010 || c > 0x2027) && (c < 0x20a0 || c > 0x20cf) && (c < 0x2190 || c > 0x21ff)) return false;
  }
  return true;
}

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
 * by the compiler against the catalogue. `head` gives fields written before the message's own
 * (`{ fact }` of a question): passing them here, rather than spreading the message into a new
 * object, keeps its text unrendered until it is read.
 * @category prelude
 * @since 0.2.0
 */
export const messagesOf =
  <C extends Catalogue>(catalogue: C) =>
  <K extends keyof C & string, H extends object = Record<never, never>>(
    code: K,
    state: MessageState,
    params: { readonly [P in C[K]["params"][number]]: MessageParam },
    basis: ReadonlyArray<Citation> = [],
    head?: H,
  ): H & Message => {
    const t = catalogue[code] as MessageTemplate;
    const p = { ...(params as MessageParams) };
    // The text is rendered when first read (then kept): a caller that reads only codes, states and
    // bases does not pay for it; serialising, spreading, cloning or hashing a message reads it.
    let text: Label | undefined;
    return {
      ...(head as H),
      code,
      state,
      params: p,
      basis: [...basis],
      get text(): Label {
        return (text ??= {
          vi: renderTemplate(t.vi, p, "vi"),
          en: renderTemplate(t.en, p, "en"),
          ...(t.fr === undefined ? {} : { fr: renderTemplate(t.fr, p, "fr") }),
        });
      },
    };
  };

/** Declares a catalogue, keeping its literal parameter lists for {@link messagesOf}. @category prelude @since 0.2.0 */
export const defineCatalogue = <const C extends Catalogue>(c: C): C => c;
