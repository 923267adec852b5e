import { describe, expect, it } from "vitest";
import { resolutionFileName } from "./index.js";

describe("resolutionFileName", () => {
  it("names a file after the resolution's number, diacritics and slashes folded", () => {
    expect(resolutionFileName({ number: "24/2019/NQ-HĐND" }, "docx")).toBe("nghi-quyet_24-2019-nq-hdnd.docx");
    expect(resolutionFileName({ number: "24/2019/NQ-HĐND" }, "akn")).toBe("nghi-quyet_24-2019-nq-hdnd.akn.xml");
    expect(resolutionFileName({ number: "24/2019/NQ-HĐND" }, "text")).toBe("nghi-quyet_24-2019-nq-hdnd.txt");
  });
  it("names a draft without a number du-thao", () => {
    expect(resolutionFileName({ number: "" }, "md")).toBe("nghi-quyet_du-thao.md");
    expect(resolutionFileName({ number: "  /  " }, "html")).toBe("nghi-quyet_du-thao.html");
  });
  it("never puts a quote, space or path separator into the name (safe in Content-Disposition)", () => {
    expect(resolutionFileName({ number: 'a"b\\c/d e' }, "docx")).toMatch(/^nghi-quyet_[a-z0-9-]+\.docx$/);
  });
});
