import type { Role } from "./store/store.js";

/** The statuses of a case file: mới, đang xem xét, đã quyết định, đóng. */
export const CASE_STATUSES = ["new", "reviewing", "decided", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

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

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Why a move is refused, or undefined when it is allowed. */
export const refusal = (from: CaseStatus, to: CaseStatus, role: Role, decisions: number): "no-such-move" | "role" | "needs-decision" | undefined => {
  const t = CASE_TRANSITIONS.find((x) => x.from === from && x.to === to);
  if (t === undefined) return "no-such-move";
  if (RANK[role] < RANK[t.role]) return "role";
  if (t.needsDecision === true && decisions === 0) return "needs-decision";
  return undefined;
};
