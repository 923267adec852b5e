import { describe, expect, it } from "vitest";
import { instrumentIds, instruments, isInstrumentId, type Instrument } from "./instruments.js";

const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v !== null && typeof v === "object" ? Object.values(v).flatMap(strings) : [];

describe("instrument registry", () => {
  it("keys each instrument by its number (province-prefixed for provincial documents)", () => {
    const expected = instrumentIds.map((id) => {
      const i: Instrument = instruments[id];
      return i.province === undefined ? i.number : `${i.province}:${i.number}`;
    });
    expect(instrumentIds).toEqual(expected);
  });
  it("has consistent dates: issued ≤ effective < superseded", () => {
    const all: Instrument[] = instrumentIds.map((id) => instruments[id]);
    const badIssue = all.filter((i) => i.issued !== undefined && i.effective !== undefined && i.issued > i.effective);
    const badEnd = all.filter((i) => i.effective !== undefined && i.superseded !== undefined && i.effective >= i.superseded);
    expect(badIssue.map((i) => i.number)).toEqual([]);
    expect(badEnd.map((i) => i.number)).toEqual([]);
  });
  it("only refers to registered instruments", () => {
    const refs = instrumentIds.flatMap((id) => {
      const i: Instrument = instruments[id];
      return [...(i.amends ?? []), ...(i.amendedBy ?? []), ...(i.supersededBy === undefined ? [] : [i.supersededBy])];
    });
    expect(refs.length).toBeGreaterThan(5);
    expect(refs.filter((r) => !isInstrumentId(r))).toEqual([]);
  });
  it("keeps Vietnamese text NFC-normalised", () => {
    for (const s of strings(instruments)) expect(s).toBe(s.normalize("NFC"));
  });
  it("records the Law 53/2024 transition on 01/07/2025", () => {
    expect(instruments["66/2011/QH12"].superseded).toBe("2025-07-01");
    expect(instruments["53/2024/QH15"].effective).toBe("2025-07-01");
  });
});
