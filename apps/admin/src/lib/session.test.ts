import { describe, expect, it } from "vitest";
import { readSession } from "./session.js";

describe("stored sessions", () => {
  const s = { token: "t", email: "a@b", role: "editor", expiresAt: "2030-01-01T00:00:00.000Z" };
  it("are read back while valid", () => {
    expect(readSession(JSON.stringify(s), "2026-01-01T00:00:00.000Z")).toEqual(s);
  });
  it("are dropped when expired, malformed or of an unknown role", () => {
    expect(readSession(JSON.stringify(s), "2031-01-01T00:00:00.000Z")).toBeUndefined();
    expect(readSession("{not json", "2026-01-01")).toBeUndefined();
    expect(readSession(JSON.stringify({ ...s, role: "root" }), "2026-01-01")).toBeUndefined();
    expect(readSession(null)).toBeUndefined();
  });
});
