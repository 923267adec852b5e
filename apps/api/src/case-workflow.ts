import { hasRole } from "./auth.js";
import type { Label } from "@ctip-vn/domain";
import type { Role } from "./store/store.js";

/** The statuses of a case file: mới, đang xem xét, đã quyết định, đóng. */
export const CASE_STATUSES = ["new", "reviewing", "decided", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The statuses in words, for messages (never the code). */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, Label>> = {
  new: { vi: "mới", en: "new" },
  reviewing: { vi: "đang xem xét", en: "under review" },
  decided: { vi: "đã quyết định", en: "decided" },
  closed: { vi: "đóng", en: "closed" },
};

/**
 * Who may move a case from one status to another. Editors take a case into review and record
 * that it is decided (only once a decision is attached) or send it back to review; closing a
 * case and re-opening a closed one are for administrators.
 */
export const CASE_TRANSITIONS: ReadonlyArray<{ readonly from: CaseStatus; readonly to: CaseStatus; readonly role: Role; readonly needsDecision?: true }> = [
  { from: "new", to: "reviewing", role: "editor" },
  { from: "reviewing", to: "decided", role: "editor", needsDecision: true },
  { from: "decided", to: "reviewing", role: "editor" },
  { from: "decided", to: "closed", role: "admin" },
  { from: "closed", to: "reviewing", role: "admin" },
];

/** Why a move is refused, or undefined when it is allowed. */
export const refusal = (from: CaseStatus, to: CaseStatus, role: Role, decisions: number): "no-such-move" | "role" | "needs-decision" | undefined => {
  const t = CASE_TRANSITIONS.find((x) => x.from === from && x.to === to);
  if (t === undefined) return "no-such-move";
  if (!hasRole(role, t.role)) return "role";
  if (t.needsDecision === true && decisions === 0) return "needs-decision";
  return undefined;
};
