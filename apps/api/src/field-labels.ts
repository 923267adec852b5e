// The words the API names its own request fields with, in an input problem: `errors[].message`
// says "Địa chỉ thư điện tử phải …" / "The e-mail address must …", never a path or "a field". The
// domain's routes use the domain's labels (the classification, eligibility, KPI and resolution
// inputs); a body that wraps a domain input (a KPI report, a saved resolution draft) names its own
// fields here and the wrapped ones in the domain's words.
import { fieldLabeler, type FieldLabeler, type IssuePath, type Label, type OptionLabeler } from "@ctip-vn/domain";
import { caseChoiceLabels, caseFieldLabel } from "@ctip-vn/domain/classification";
import { eligibilityChoiceLabels, eligibilityFieldLabel } from "@ctip-vn/domain/eligibility";
import { kpiFieldLabel } from "@ctip-vn/domain/kpi";
import { resolutionFieldLabel } from "@ctip-vn/domain/resolution";

/** The request parts a route validates (those of Hono's validator this API uses). */
export type RequestPart = "json" | "query" | "param" | "header" | "cookie" | "form";

/** The API's own field names. */
const NAMES: Readonly<Record<string, Label>> = {
    // sign-in and accounts
    email: { vi: "địa chỉ thư điện tử", en: "the e-mail address", fr: "l'adresse électronique" },
    password: { vi: "mật khẩu", en: "the password", fr: "le mot de passe" },
    currentPassword: { vi: "mật khẩu hiện tại", en: "the current password", fr: "le mot de passe actuel" },
    newPassword: { vi: "mật khẩu mới", en: "the new password", fr: "le nouveau mot de passe" },
    role: { vi: "vai trò", en: "the role", fr: "le rôle" },
    provinces: { vi: "các tỉnh được giao", en: "the provinces", fr: "les provinces" },
    mustChangePassword: { vi: "yêu cầu đổi mật khẩu khi đăng nhập lần đầu", en: "the password change at first sign-in", fr: "le changement de mot de passe à la première connexion" },
    disabled: { vi: "trạng thái khóa tài khoản", en: "whether the account is disabled", fr: "la désactivation du compte" },
    // records
    id: { vi: "mã định danh", en: "the identifier", fr: "l'identifiant" },
    province: { vi: "tỉnh", en: "the province", fr: "la province" },
    kind: { vi: "loại quyết định", en: "the kind of decision", fr: "le type de décision" },
    caseRef: { vi: "mã hồ sơ (bí danh)", en: "the case reference (pseudonym)", fr: "la référence du dossier (pseudonyme)" },
    input: { vi: "dữ kiện đã đánh giá", en: "the facts evaluated", fr: "les faits évalués" },
    limit: { vi: "số bản ghi mỗi trang", en: "the page size", fr: "la taille de page" },
    cursor: { vi: "vị trí trang tiếp theo", en: "the next-page cursor", fr: "le curseur de page suivante" },
    // case files
    ref: { vi: "mã hồ sơ (bí danh)", en: "the case reference (pseudonym)", fr: "la référence du dossier (pseudonyme)" },
    status: { vi: "trạng thái hồ sơ", en: "the case status", fr: "le statut du dossier" },
    to: { vi: "trạng thái mới", en: "the new status", fr: "le nouveau statut" },
    version: { vi: "phiên bản hồ sơ đã xem", en: "the case version you saw", fr: "la version du dossier consultée" },
    text: { vi: "nội dung ghi chú", en: "the note", fr: "le texte de la note" },
    name: { vi: "tên tệp", en: "the file name", fr: "le nom du fichier" },
    mediaType: { vi: "loại tệp", en: "the file type", fr: "le type de fichier" },
    size: { vi: "dung lượng tệp", en: "the file size", fr: "la taille du fichier" },
    sha256: { vi: "mã băm SHA-256 của tệp", en: "the file's SHA-256", fr: "l'empreinte SHA-256 du fichier" },
    decisionId: { vi: "quyết định đã lưu", en: "the saved decision", fr: "la décision enregistrée" },
    person: { vi: "người liên quan (bí danh)", en: "the person (pseudonym)", fr: "la personne (pseudonyme)" },
    article: { vi: "điều luật", en: "the article", fr: "l'article" },
    regime: { vi: "chế độ hỗ trợ", en: "the support regime", fr: "le régime d'aide" },
    // KPI reports and publications
    reports: { vi: "các báo cáo", en: "the reports", fr: "les rapports" },
    k: { vi: "ngưỡng ẩn số liệu nhỏ", en: "the small-count threshold", fr: "le seuil de masquage des petits effectifs" },
    // resolutions
    format: { vi: "định dạng", en: "the format", fr: "le format" },
    baseVersion: { vi: "phiên bản dự thảo đã sửa", en: "the draft version you edited", fr: "la version du projet modifiée" },
    document: { vi: "văn bản nghị quyết", en: "the resolution", fr: "la résolution" },
};
const ITEMS: Readonly<Record<string, Label>> = {
  reports: { vi: "báo cáo thứ {n}", en: "report {n}", fr: "rapport {n}" },
  provinces: { vi: "tỉnh thứ {n}", en: "province {n}", fr: "province {n}" },
};

/** The API's own field names in a request body. */
export const apiFieldLabel: FieldLabeler = fieldLabeler({ root: { vi: "yêu cầu", en: "the request", fr: "la requête" }, names: NAMES, items: ITEMS });

/** The API's query-string and path parameters (`to` there is a day, not a status). */
export const apiParameterLabel: FieldLabeler = fieldLabeler({
  root: { vi: "tham số của địa chỉ", en: "the query", fr: "les paramètres de la requête" },
  names: {
    ...NAMES,
    from: { vi: "ngày mở hồ sơ từ", en: "the first day opened", fr: "la première date d'ouverture" },
    to: { vi: "ngày mở hồ sơ đến", en: "the last day opened", fr: "la dernière date d'ouverture" },
    asOf: { vi: "ngày áp dụng pháp luật", en: "the date the law is read as of", fr: "la date d'application du droit" },
    view: { vi: "chế độ hiển thị", en: "the view", fr: "la vue" },
    instrument: { vi: "văn bản pháp luật", en: "the legal instrument", fr: "le texte juridique" },
    version: { vi: "phiên bản", en: "the version", fr: "la version" },
  },
  items: ITEMS,
});

/** The words of the API's own choices (an unknown value lists these, never the codes). */
const CHOICES: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  role: {
    viewer: { vi: "người xem", en: "viewer", fr: "lecteur" },
    editor: { vi: "người biên tập", en: "editor", fr: "rédacteur" },
    admin: { vi: "quản trị viên", en: "administrator", fr: "administrateur" },
  },
  kind: {
    classification: { vi: "phân loại vụ việc", en: "case classification", fr: "qualification de l'affaire" },
    eligibility: { vi: "chế độ hỗ trợ nạn nhân", en: "victim support", fr: "aide aux victimes" },
  },
  status: {
    new: { vi: "mới", en: "new", fr: "nouveau" },
    reviewing: { vi: "đang xem xét", en: "under review", fr: "en cours d'examen" },
    decided: { vi: "đã quyết định", en: "decided", fr: "décidé" },
    closed: { vi: "đã đóng", en: "closed", fr: "clos" },
  },
  article: {
    "150": { vi: "Điều 150 Bộ luật Hình sự", en: "Penal Code Art. 150", fr: "article 150 du Code pénal" },
    "151": { vi: "Điều 151 Bộ luật Hình sự", en: "Penal Code Art. 151", fr: "article 151 du Code pénal" },
  },
  view: {
    internal: { vi: "nội bộ", en: "internal", fr: "interne" },
    public: { vi: "công khai (ẩn số liệu nhỏ)", en: "public (small counts suppressed)", fr: "publique (petits effectifs masqués)" },
  },
  format: {
    html: { vi: "HTML", en: "HTML", fr: "HTML" },
    md: { vi: "Markdown", en: "Markdown", fr: "Markdown" },
    docx: { vi: "Word (DOCX)", en: "Word (DOCX)", fr: "Word (DOCX)" },
    akn: { vi: "Akoma Ntoso (XML)", en: "Akoma Ntoso (XML)", fr: "Akoma Ntoso (XML)" },
    text: { vi: "văn bản thuần", en: "plain text", fr: "texte brut" },
  },
};
const CHOICES_BY_KEY: Readonly<Record<string, Readonly<Record<string, Label>>>> = { ...CHOICES, to: CHOICES["status"] ?? {} };

/** The labels of the allowed values of one of the API's enum fields; `undefined` when one has no words (no code is listed). */
export const apiChoiceLabels: OptionLabeler = (path, values) => {
  const key = [...path].toReversed().find((k) => typeof k === "string");
  const table = key === undefined ? undefined : CHOICES_BY_KEY[String(key)];
  if (table === undefined) return undefined;
  const labels: Label[] = [];
  for (const v of values) {
    const l = table[String(v)];
    if (l === undefined) return undefined;
    labels.push(l);
  }
  return labels;
};

const join = (outer: Label, inner: Label): Label => ({
  vi: `${outer.vi}: ${inner.vi}`,
  en: `${outer.en}: ${inner.en}`,
  fr: `${outer.fr ?? outer.en} : ${inner.fr ?? inner.en}`,
});

/** A labeler for a body that wraps a domain input at `depth` (`["document"]`, `["reports", 2]`): the wrapper in the API's words, the rest in the domain's. */
const wrapping =
  (depth: number, inner: FieldLabeler): FieldLabeler =>
  (path: IssuePath) =>
    path.length <= depth ? apiFieldLabel(path) : join(apiFieldLabel(path.slice(0, depth)), inner(path.slice(depth)));

/** A KPI report body (`period`, `counts`, and a publication's `k`): the domain's KPI words, `k` in the API's. */
const kpiReportLabel: FieldLabeler = (path) => (path[0] === "k" ? apiFieldLabel(path) : kpiFieldLabel(path));

/**
 * The labeler of one part of a request, by the route's path: query strings and path parameters
 * are the API's; a body is the domain input's when the route evaluates one, else the API's.
 */
export const labelerOf = (path: string, part: RequestPart): FieldLabeler => {
  if (part !== "json") return apiParameterLabel;
  if (path.startsWith("/v1/classification")) return caseFieldLabel;
  if (path.startsWith("/v1/eligibility")) return eligibilityFieldLabel;
  if (path.startsWith("/v1/kpi")) return kpiFieldLabel;
  if (/^\/v1\/provinces\/[^/]+\/reports\/import$/.test(path)) return wrapping(2, kpiReportLabel);
  if (/^\/v1\/provinces\/[^/]+\/(reports|publications)/.test(path)) return kpiReportLabel;
  // A saved draft (`PUT /v1/resolutions/{id}`) wraps the resolution in `document`; the other resolution routes take the resolution itself.
  if (/^\/v1\/resolutions\/[0-9a-f-]{36}$/i.test(path)) return wrapping(1, resolutionFieldLabel);
  if (path.startsWith("/v1/resolutions")) return resolutionFieldLabel;
  return apiFieldLabel;
};

/** The words of the allowed values of an enum field in one part of a request (the domain's for a domain input). */
export const choicesOf = (path: string, part: RequestPart): OptionLabeler => {
  if (part === "json" && path.startsWith("/v1/classification")) return caseChoiceLabels;
  if (part === "json" && path.startsWith("/v1/eligibility")) return eligibilityChoiceLabels;
  return apiChoiceLabels;
};
