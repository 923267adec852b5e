import { describe, expect, it, vi } from "vitest";
import { ngheAnAntiTraffickingTemplate } from "../template.js";
import { DocxUnavailable, renderResolutionDocx } from "./index.js";

// As if the optional peer were not installed: importing it fails.
vi.mock("docx", () => {
  throw new Error("Cannot find package 'docx'");
});

describe("renderResolutionDocx without the optional peer docx", () => {
  it("rejects with a typed error naming the install command, not a raw module error", async () => {
    const error = await renderResolutionDocx(ngheAnAntiTraffickingTemplate()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocxUnavailable);
    expect(error).toMatchObject({ _tag: "DocxUnavailable", install: "npm install docx@^9" });
    expect(String((error as Error).message)).toContain("npm install docx@^9");
  });
});
