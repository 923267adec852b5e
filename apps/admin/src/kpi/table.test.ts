import { describe, expect, it } from "vitest";
import { exportRows, readPeriodRows, toCsv } from "./table.js";

describe("KPI import rows", () => {
  it("reads headers by name or Vietnamese label, dates in both notations", () => {
    const r = readPeriodRows([
      ["Từ ngày", "to", "reportsReceived", "Số tố giác, tin báo về tội phạm, kiến nghị khởi tố về mua bán người đã phân loại"],
      ["2023-01-01", "31/12/2023", 20, "19"],
    ]);
    expect(r.errors).toEqual([]);
    expect(r.reports).toEqual([{ period: { from: "2023-01-01", to: "2023-12-31" }, counts: { reportsReceived: 20, reportsClassified: 19 } }]);
  });
  it("reports every bad row and keeps nothing", () => {
    const r = readPeriodRows([
      ["from", "to", "reportsReceived", "reportsResolved"],
      ["2023-01-01", "2023-12-31", 20, 19],
      ["2024-01-01", "2024-02-30", 5, 9],
      ["2025-01-01", "2024-12-31", "x", ""],
      ["2023-01-01", "2023-12-31", 1, 1],
    ]);
    expect(r.reports).toEqual([]);
    expect(r.errors).toEqual([
      { row: 3, code: "date", column: "to", value: "2024-02-30" },
      { row: 3, code: "nested", part: "reportsResolved", whole: "reportsReceived" },
      { row: 4, code: "count", column: "reportsReceived", value: "x" },
      { row: 4, code: "period" },
      { row: 5, code: "duplicate", first: 2 },
    ]);
  });
  it("refuses unknown columns and a file without periods", () => {
    expect(readPeriodRows([["from", "cases"], ["2023-01-01", 1]]).errors).toEqual([
      { row: 1, code: "column", column: "cases" },
      { row: 1, code: "missing", column: "to" },
    ]);
    expect(readPeriodRows([]).errors).toEqual([{ row: 1, code: "empty" }]);
  });
  it("exports what it imports, as UTF-8 CSV with a byte-order mark", () => {
    const reports = [{ period: { from: "2023-01-01", to: "2023-12-31" }, counts: { reportsReceived: 20, reportsClassified: 19 } }];
    const rows = exportRows(reports);
    expect(readPeriodRows(rows).reports).toEqual(reports);
    const csv = toCsv(rows);
    expect(csv.startsWith("\uFEFFTừ ngày,Đến ngày,")).toBe(true);
  });
});
