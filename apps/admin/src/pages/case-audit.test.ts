import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../i18n/index.js";
import { auditText, type AuditEntry } from "./case-audit.js";

const entry = (action: AuditEntry["action"], after: Record<string, unknown> | null): AuditEntry => ({ seq: 1, actor: "a@example.org", action, before: null, after, at: "2026-12-03T10:00:00.000Z" });

describe("audit entries in words", () => {
  afterEach(() => setLocale("vi"));
  it("an entry whose content was erased with a person's data says what was done, never a code or an empty name", () => {
    for (const locale of ["vi", "en", "fr"] as const) {
      setLocale(locale);
      for (const action of ["note", "attachment", "decision"] as const) {
        const text = auditText(entry(action, { erased: true }));
        expect(text).not.toMatch(/[{}]|\btrue\b|undefined|decisions\.kinds|cases\.audit|“”|« »/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });
  it("an entry with its content names it", () => {
    setLocale("en");
    expect(auditText(entry("attachment", { name: "bien-ban.pdf" }))).toBe("Recorded attachment “bien-ban.pdf”");
    expect(auditText(entry("attachment", { erased: true }))).toBe("Recorded an attachment (its details were erased with the person's data)");
  });
});
