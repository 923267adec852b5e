// Installs `.openapi()` on zod schemas (used below) before this module runs.
// oxlint-disable-next-line import/no-unassigned-import -- imported for that side effect
import "@hono/zod-openapi";
// A namespace import, not `{ z }`: bundlers then keep only the parts of zod in use.
import * as z from "zod";
import type { Context } from "hono";
import type { TypedResponse } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Base URI of the documented problem types (RFC 9457). */
export const PROBLEM_BASE = "https://ctip-vn.github.io/problems/";

/** An RFC 9457 problem document as this API sends it. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          code: z.string().optional(),
          params: z.record(z.string(), z.unknown()).optional(),
        }),
      )
      .optional(),
    missingFacts: z.array(z.string()).optional(),
  })
  .catchall(z.unknown())
  .openapi("Problem");
export type Problem = z.infer<typeof Problem>;

type Text = { readonly vi: string; readonly en: string };

/** Every problem type the API can send, with its status and its title in both languages. */
export const PROBLEMS = {
  "invalid-request": { status: 400, title: { vi: "Yêu cầu không hợp lệ", en: "Invalid request" } },
  "malformed-json": { status: 400, title: { vi: "Nội dung JSON không đọc được", en: "Malformed JSON body" } },
  "invalid-facts": { status: 400, title: { vi: "Dữ kiện không hợp lệ", en: "Invalid facts" } },
  unauthenticated: { status: 401, title: { vi: "Cần đăng nhập", en: "Authentication required" } },
  forbidden: { status: 403, title: { vi: "Không đủ quyền", en: "Insufficient role" } },
  "password-change-required": { status: 403, title: { vi: "Cần đổi mật khẩu", en: "Password change required" } },
  "not-found": { status: 404, title: { vi: "Không tìm thấy", en: "Not found" } },
  "method-not-allowed": { status: 405, title: { vi: "Phương thức không được hỗ trợ", en: "Method not allowed" } },
  "invalid-transition": { status: 409, title: { vi: "Không chuyển được trạng thái hồ sơ", en: "The case cannot move to that status" } },
  conflict: { status: 409, title: { vi: "Xung đột phiên bản", en: "Version conflict" } },
  "payload-too-large": { status: 413, title: { vi: "Nội dung quá lớn", en: "Payload too large" } },
  "unsupported-media-type": { status: 415, title: { vi: "Kiểu nội dung không được hỗ trợ", en: "Unsupported media type" } },
  "unprocessable-import": { status: 422, title: { vi: "Tệp nhập có dòng không hợp lệ", en: "The import has invalid rows" } },
  "unsupported-period": { status: 422, title: { vi: "Ngày nằm ngoài giai đoạn pháp luật được mã hóa", en: "Date outside the encoded law" } },
  "too-many-requests": { status: 429, title: { vi: "Quá nhiều yêu cầu", en: "Too many requests" } },
  "sign-in-locked": { status: 429, title: { vi: "Tạm khóa đăng nhập", en: "Sign-in temporarily locked" } },
  "render-unavailable": { status: 503, title: { vi: "Chưa tạo được văn bản", en: "Rendering unavailable" } },
  "storage-unavailable": { status: 503, title: { vi: "Kho dữ liệu không sẵn sàng", en: "Storage unavailable" } },
  internal: { status: 500, title: { vi: "Lỗi hệ thống", en: "Internal error" } },
} as const satisfies Record<string, { status: number; title: Text }>;
export type ProblemType = keyof typeof PROBLEMS;

/**
 * The language of a problem: the client's first choice between Vietnamese and English;
 * Vietnamese when it names neither (people read Vietnamese first, as result messages do), English
 * for a client that asks only for French (problems are written in vi and en).
 */
export const languageOf = (c: Context): "vi" | "en" => {
  const header = c.req.header("accept-language") ?? "";
  const prefs = header
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((p) => p.tag.startsWith("vi") || p.tag.startsWith("en") || p.tag.startsWith("fr"))
    .toSorted((a, b) => b.q - a.q);
  const first = prefs[0]?.tag;
  return first === undefined || first.startsWith("vi") ? "vi" : "en";
};

/** The language to render result messages in: the client's first choice among vi, en and fr (default vi). */
export const messageLanguageOf = (c: Context): "vi" | "en" | "fr" => {
  const prefs = (c.req.header("accept-language") ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { lang: tag.toLowerCase().slice(0, 2), q: q === undefined ? 1 : Number(q) };
    })
    .filter((p): p is { lang: "vi" | "en" | "fr"; q: number } => p.lang === "vi" || p.lang === "en" || p.lang === "fr")
    .toSorted((a, b) => b.q - a.q);
  return prefs[0]?.lang ?? "vi";
};

/**
 * A problem response. Typed as assignable to any declared route response, because problems are
 * documented separately (as `application/problem+json`) from the success bodies the client infers.
 */
export type ProblemResponse = Response & TypedResponse<never, never, never>;

/** Texts of problems several routes send, in both languages. */
export const unknownProvince = (id: string): Text => ({ vi: `Không có tỉnh “${id}” trong hệ thống.`, en: `There is no installed province “${id}”.` });
export const PROVINCE_REQUIRED: Text = { vi: "Hãy chọn tỉnh của hồ sơ: bạn làm việc ở nhiều tỉnh.", en: "Say which province the record belongs to: you work in several provinces." };
export const BAD_CURSOR: Text = { vi: "Con trỏ trang không hợp lệ: hãy dùng giá trị của tiêu đề X-Next-Cursor.", en: "This page cursor is not valid: use the value of the X-Next-Cursor header." };
export const noEvaluator = (kind: string): Text => ({ vi: `Không có bộ quy tắc cho loại quyết định “${kind}”.`, en: `There are no rules for decisions of kind “${kind}”.` });

/**
 * One field's error in a problem. `path` and `code` are data for programs; `message` is for
 * people: written in both languages (the response's is sent), or already rendered in it.
 */
export interface FieldError {
  readonly path: string;
  readonly code?: string;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly message: Text | string;
}

/** Sends a problem as `application/problem+json`: the single place where error statuses are chosen. */
export const sendProblem = (
  c: Context,
  type: ProblemType,
  extra: { readonly detail?: Text | string; readonly errors?: ReadonlyArray<FieldError>; readonly [k: string]: unknown } = {},
  headers: Record<string, string> = {},
): ProblemResponse => {
  const def = PROBLEMS[type];
  const lang = languageOf(c);
  const { detail, errors, ...rest } = extra;
  const body = {
    type: `${PROBLEM_BASE}${type}`,
    title: def.title[lang],
    status: def.status,
    ...(detail === undefined ? {} : { detail: typeof detail === "string" ? detail : detail[lang] }),
    instance: c.req.path,
    ...(errors === undefined ? {} : { errors: errors.map((e) => ({ ...e, message: typeof e.message === "string" ? e.message : e.message[lang] })) }),
    ...rest,
  };
  return c.body(JSON.stringify(body), def.status as ContentfulStatusCode, {
    "Content-Type": "application/problem+json",
    "Content-Language": lang,
    ...headers,
  }) as ProblemResponse;
};

/** OpenAPI response entries for the problems a route may send. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { description: `Problem (${s})`, content: { "application/problem+json": { schema: Problem } } }]),
  ) as Record<number, { description: string; content: { "application/problem+json": { schema: typeof Problem } } }>;
