// @vitest-environment jsdom
import { classifyCase, type CaseFactsInput } from "@ctip-vn/domain/classification";
import { cleanup, render } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../i18n/index.js";
import { classificationSheet } from "./model.js";
import { SheetView } from "./sheet.js";

afterEach(() => {
  cleanup();
  setLocale("vi");
});

const facts: CaseFactsInput = { offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], offenderAgeYears: 30, victims: [{ ageYears: 20 }] };
const header = { agency: "Công an tỉnh Nghệ An", number: "12/PKQ", place: "Nghệ An", date: "2024-06-01", caseRef: "NA-2024-001" };

describe("the decision sheet", () => {
  it("is an official Vietnamese document whatever the page's language", () => {
    setLocale("en");
    const c = render(() => <SheetView model={classificationSheet(header, facts, classifyCase(facts))} />).container;
    const text = c.textContent ?? "";
    for (const part of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "CÔNG AN TỈNH NGHỆ AN", "Số: 12/PKQ", "Nghệ An, ngày 01 tháng 06 năm 2024", "PHIẾU KẾT QUẢ PHÂN LOẠI VỤ VIỆC", "KẾT QUẢ TẠM THỜI", "Mã hồ sơ: NA-2024-001", "Căn cứ Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017);", "Tuổi của người thực hiện: 30 tuổi", "Nạn nhân 1: 20 tuổi", "NGƯỜI LẬP PHIẾU", "Nơi nhận:"]) expect(text).toContain(part);
    expect(text).not.toMatch(/Provisional|PROVISIONAL|Victim|Penal Code/);
    expect(c.querySelector("[lang=vi]")).not.toBeNull();
  });
});
