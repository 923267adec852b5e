import { describe, expect, it } from "vitest";
import { isoDate } from "../prelude/date.js";
import { citationKey, CitationSchema, type Citation } from "../prelude/citation.js";
import { formatCitation } from "./format.js";

const art150_2_dd: Citation = {
  instrument: "100/2015/QH13",
  article: 150,
  clause: 2,
  point: "đ",
  effective: { from: isoDate("2018-01-01") },
  confidence: "verified",
};

describe("citations", () => {
  it("render in Vietnamese legal order, smallest unit first", () => {
    expect(formatCitation(art150_2_dd, "vi")).toBe("điểm đ khoản 2 Điều 150 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)");
  });
  it("render in English and French", () => {
    expect(formatCitation(art150_2_dd, "en")).toBe("Penal Code 2015, Art. 150(2)(đ)");
    expect(formatCitation(art150_2_dd, "fr")).toBe("Code pénal de 2015, art. 150, al. 2, point đ");
  });
  it("render whole articles and clauses", () => {
    expect(formatCitation({ instrument: "53/2024/QH15", article: 37 }, "vi")).toBe("Điều 37 Luật Phòng, chống mua bán người 2024");
    expect(formatCitation({ instrument: "100/2015/QH13", article: 151, clause: 4 }, "en")).toBe("Penal Code 2015, Art. 151(4)");
  });
  it("have a stable key and a JSON schema", () => {
    expect(citationKey(art150_2_dd)).toBe("100/2015/QH13#150.2.đ");
    expect(CitationSchema.parse(JSON.parse(JSON.stringify(art150_2_dd)))).toEqual(art150_2_dd);
  });
});
