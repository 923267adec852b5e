import { describe, expect, it } from "vitest";
import { toMarkdown } from "./report.js";

describe("bench report", () => {
  it("renders one table row per benchmark", () => {
    const md = toMarkdown({
      node: "v24.21.0",
      cpus: 2,
      date: "2026-11-25",
      rows: [{ suite: "prelude", name: "ageOn", opsPerSecond: 1_234_567.8, meanMicros: 0.81, p99Micros: 1.5, samples: 1000 }],
    });
    expect(md).toContain("| prelude | ageOn | 1,234,568 | 0.81 | 1.50 | 1000 |");
    expect(md.split("\n").filter((l) => l.startsWith("| prelude"))).toHaveLength(1);
  });
});
