import { t, type Key } from "../i18n/index.js";

/** An entry of a case's audit log as the API returns it. */
export interface AuditEntry { readonly seq: number; readonly actor: string; readonly action: "created" | "status" | "note" | "attachment" | "decision"; readonly before: Record<string, unknown> | null; readonly after: Record<string, unknown> | null; readonly at: string }

const st = (s: unknown) => t(`cases.st.${String(s)}` as Key);

/** An audit entry in words: what was done, from what to what. */
export const auditText = (e: AuditEntry): string => {
  switch (e.action) {
    case "created": return t("cases.audit.created", { ref: String(e.after?.["ref"] ?? "") });
    case "status": return t("cases.audit.status", { before: st(e.before?.["status"]), after: st(e.after?.["status"]) });
    case "note": return t("cases.audit.note");
    // After an erasure of personal data the entry's content is `{ erased: true }`: what was done stays, not what it held.
    case "attachment": return e.after?.["erased"] === true ? t("cases.audit.erasedAttachment") : t("cases.audit.attachment", { name: String(e.after?.["name"] ?? "") });
    case "decision": return e.after?.["erased"] === true ? t("cases.audit.erasedDecision") : t("cases.audit.decision", { kind: t(`decisions.kinds.${String(e.after?.["kind"])}` as Key) });
  }
};
