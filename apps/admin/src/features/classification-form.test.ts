import { CaseFacts } from "@ctip-vn/domain/classification";
import { describe, expect, it } from "vitest";
import { blankVictim, emptyCase, toggle } from "./classification-form.js";

describe("classification form state", () => {
  it("starts from a case the domain schema accepts", () => {
    expect(CaseFacts.safeParse({ ...emptyCase("2024-05-10"), victims: [blankVictim()], offenderAgeYears: 30 }).success).toBe(true);
  });
  it("toggles a value in and out", () => {
    expect(toggle(["transfer"], "receive")).toEqual(["transfer", "receive"]);
    expect(toggle(["transfer", "receive"], "transfer")).toEqual(["receive"]);
  });
});
