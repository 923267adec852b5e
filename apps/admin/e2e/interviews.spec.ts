import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { interview, noInternalText, SCREENS, shot, signIn, type Step } from "./helpers.js";

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem("e2e-init") === null) {
      localStorage.setItem("ctip-vn.locale", "vi");
      sessionStorage.setItem("e2e-init", "1");
    }
  });
});

const foreignVictim: Step[] = [
  { when: "Quyết định hỗ trợ được xem xét vào ngày nào", fill: "2025-09-01" },
  { when: "Áp dụng mức hỗ trợ của địa phương nào", radio: "Mức chung toàn quốc" },
  { when: "Người này hiện ở tình trạng nào", radio: "Đã được xác định là nạn nhân" },
  { when: "được xác định là nạn nhân vào ngày nào", fill: "2025-08-01" },
  { when: "Người này có quốc tịch gì", radio: "Người nước ngoài" },
  { when: "Người này có thường trú ở Việt Nam không", radio: "Không" },
  { when: "Hiện nay người này đang ở đâu", radio: "Ở Việt Nam" },
  { when: "Người này bị mua bán ở đâu", radio: "Tại Việt Nam" },
  { when: "Người này bao nhiêu tuổi", age: "24" },
];

test("a foreign victim's eligibility interview ends in a printed decision sheet and a DOCX", async ({ page }) => {
  await page.goto("/eligibility");
  await expect(page.getByRole("heading", { level: 1, name: "Chế độ hỗ trợ nạn nhân" })).toBeVisible();
  const asked = await interview(page, foreignVictim);
  expect(asked.join(" ")).toContain("bị mua bán ở đâu");
  await expect(page.locator(".answers")).toContainText("Người nước ngoài");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  const result = page.getByTestId("eligibility-result");
  await expect(result).toContainText("Luật Phòng, chống mua bán người số 53/2024/QH15");
  await expect(result.locator("article.regime").first()).toBeVisible();
  await noInternalText(page, "foreign victim result", "vi");
  await shot(page, "eligibility-foreign-result-vi");
  await page.getByRole("button", { name: "Xem phiếu kết quả" }).click();
  const sheet = page.getByTestId("decision-sheet");
  await expect(sheet).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  await expect(sheet).toContainText("Độc lập - Tự do - Hạnh phúc");
  await expect(sheet).toContainText("PHIẾU KẾT QUẢ XÁC ĐỊNH CHẾ ĐỘ HỖ TRỢ");
  await expect(sheet).toContainText("Quốc tịch: Người nước ngoài");
  await page.getByLabel("Cơ quan ban hành").fill("Sở Y tế tỉnh Nghệ An");
  await page.getByLabel("Địa danh").fill("Nghệ An");
  await expect(sheet).toContainText("SỞ Y TẾ TỈNH NGHỆ AN");
  await shot(page, "eligibility-foreign-sheet-vi");
  // Printed: the app's chrome disappears, the sheet remains.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(page.locator(".sheet-controls")).toBeHidden();
  await expect(sheet).toBeVisible();
  await page.pdf({ path: join(SCREENS, "eligibility-foreign-sheet.pdf"), format: "A4" });
  await shot(page, "eligibility-foreign-sheet-print");
  await page.emulateMedia({ media: "screen" });
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải tệp Word (DOCX)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^phieu-ho-tro_chua-luu_\d{4}-\d{2}-\d{2}\.docx$/);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
});

test("a stateless victim's interview asks residence and never dead-ends", async ({ page }) => {
  await page.goto("/eligibility");
  const asked = await interview(page, [
    ...foreignVictim.filter((s) => !s.when.includes("quốc tịch gì")),
    { when: "Người này có quốc tịch gì", radio: "Người không quốc tịch" },
  ]);
  expect(asked.join(" ")).toContain("thường trú ở Việt Nam");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await expect(page.getByTestId("eligibility-result")).toContainText("53/2024/QH15");
  await noInternalText(page, "stateless victim result", "vi");
  await shot(page, "eligibility-stateless-result-vi");
  await page.getByRole("button", { name: "Xem phiếu kết quả" }).click();
  await expect(page.getByTestId("decision-sheet")).toContainText("Người không quốc tịch");
  await shot(page, "eligibility-stateless-sheet-vi");
});

const adultCase: Step[] = [
  { when: "Hành vi được thực hiện vào ngày nào", fill: "2024-05-10" },
  { when: "bao nhiêu nạn nhân", fill: "1" },
  { when: "đã có hành vi nào", check: ["Chuyển giao người"] },
  { when: "nhằm mục đích gì", check: ["Để giao, nhận tiền, tài sản hoặc lợi ích vật chất khác"] },
  { when: "đã dùng thủ đoạn nào", check: ["Lừa gạt"] },
  { when: "Có tình tiết nào", check: ["Không có trường hợp nào"] },
  { when: "vì mục đích nhân đạo", radio: "Không" },
  { when: "Nạn nhân 1: bao nhiêu tuổi", age: "20" },
];

test("a classification with “chưa rõ” answers is provisional, and final once they are answered", async ({ page }) => {
  await page.goto("/classification");
  await expect(page.getByRole("heading", { level: 1, name: "Phân loại vụ việc" })).toBeVisible();
  // Offender's age and the victim's injury etc. left "chưa rõ".
  await interview(page, adultCase);
  await expect(page.locator(".answers")).toContainText("Chưa rõ");
  await shot(page, "classification-summary-vi");
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  const result = page.getByTestId("classification-result");
  await expect(result).toContainText("Kết quả tạm thời");
  await expect(result).toContainText("Chưa đủ thông tin để kết luận");
  await expect(page.getByTestId("missing")).toContainText("Nạn nhân 1: tỷ lệ tổn thương cơ thể");
  await expect(page.getByTestId("liability")).toContainText("Chưa xác định được");
  await noInternalText(page, "provisional classification", "vi");
  await shot(page, "classification-provisional-vi");
  // Answer the open questions from the summary.
  await page.getByRole("button", { name: "Xem lại câu trả lời" }).click();
  const edits: ReadonlyArray<readonly [string, { fill: string } | { radio: string }]> = [
    ["tỷ lệ tổn thương", { fill: "0" }],
    ["Người thực hiện bao nhiêu tuổi", { fill: "35" }],
    ["hậu quả đối với nạn nhân", { radio: "Không chết, không tự sát" }],
    ["đã bị lấy bộ phận cơ thể", { radio: "Không" }],
    ["bị đưa ra khỏi biên giới", { radio: "Không" }],
  ];
  for (const [fact, how] of edits) {
    await page.getByRole("link", { name: new RegExp(`Sửa: .*${fact}`) }).click();
    const form = page.locator("form.question");
    if ("fill" in how) {
      await form.getByLabel("Chưa rõ").uncheck();
      await form.getByLabel("Câu trả lời").fill(how.fill);
    } else await form.getByLabel(how.radio, { exact: true }).check();
    await form.getByRole("button", { name: "Tiếp theo" }).click();
    await interview(page, []);
  }
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await expect(result).toContainText("Kết quả xác định trên cơ sở thông tin đã có");
  await expect(result).toContainText("Có dấu hiệu tội mua bán người");
  await expect(result).toContainText("điểm a khoản 1 Điều 150 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)");
  await expect(result).toContainText("Phạt tù từ 5 năm đến 10 năm");
  await expect(page.getByTestId("liability")).toContainText("Phải chịu trách nhiệm hình sự");
  await noInternalText(page, "final classification", "vi");
  await shot(page, "classification-final-vi");
  // Browser back returns to the summary, forward to the result.
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Xem lại câu trả lời" })).toBeVisible();
  await page.goForward();
  await expect(result).toBeVisible();
});

test("a juvenile offender's case: 15 is liable with the under-18 caps noted, 13 is not liable", async ({ page }) => {
  await page.goto("/classification");
  await interview(page, [...adultCase.filter((s) => !s.when.includes("bao nhiêu tuổi")), { when: "Nạn nhân 1: bao nhiêu tuổi", age: "12" }, { when: "Người thực hiện bao nhiêu tuổi", fill: "15" }]);
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  const result = page.getByTestId("classification-result");
  await expect(result).toContainText("Điều 151");
  await expect(page.getByTestId("liability")).toContainText("Phải chịu trách nhiệm hình sự");
  await expect(result).toContainText("Người phạm tội dưới 18 tuổi");
  await shot(page, "classification-juvenile-15-vi");
  await page.getByRole("button", { name: "Xem lại câu trả lời" }).click();
  await page.getByRole("link", { name: /Sửa: Người thực hiện bao nhiêu tuổi/ }).click();
  await page.locator("form.question").getByLabel("Câu trả lời").fill("13");
  await page.getByRole("button", { name: "Tiếp theo" }).click();
  await interview(page, []);
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await expect(page.getByTestId("liability")).toContainText("Không phải chịu trách nhiệm hình sự");
  await noInternalText(page, "juvenile 13", "vi");
  await shot(page, "classification-juvenile-13-vi");
});

test("victims are added and removed on the summary, and nothing is prefilled", async ({ page }) => {
  await page.goto("/classification");
  const date = page.locator("form.question").getByLabel("Câu trả lời");
  await expect(date).toHaveValue("");
  await date.fill("2024-05-10");
  await page.getByRole("button", { name: "Tiếp theo" }).click();
  await expect(page.locator("form.question legend h2")).toContainText("bao nhiêu nạn nhân");
  await expect(page.locator("form.question").getByLabel("Câu trả lời")).toHaveValue("");
  await page.getByRole("button", { name: "Quay lại" }).click();
  await expect(page.locator("form.question legend h2")).toContainText("Hành vi được thực hiện vào ngày nào");
  await expect(date).toHaveValue("2024-05-10");
  await interview(page, [{ when: "Hành vi được thực hiện vào ngày nào", fill: "2024-05-10" }, { when: "bao nhiêu nạn nhân", fill: "2" }]);
  await page.getByRole("button", { name: "Thêm nạn nhân" }).click();
  await expect(page.locator(".victims li")).toHaveCount(3);
  await page.getByRole("button", { name: "Xóa nạn nhân 2" }).click();
  await expect(page.locator(".victims li")).toHaveCount(2);
  await expect(page.locator(".answers")).toContainText("2");
});

test("keyboard only: skip link, then a question answered and submitted without a mouse", async ({ page }) => {
  await page.goto("/classification");
  await expect(page.locator("form.question legend h2")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Chuyển đến nội dung chính" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const input = page.locator("form.question").getByLabel("Câu trả lời");
  for (let i = 0; i < 10 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(input).toBeFocused();
  await page.keyboard.type("10052024");
  await page.keyboard.press("Enter");
  await expect(page.locator("form.question legend h2")).toContainText("bao nhiêu nạn nhân");
  await expect(page.locator("form.question legend h2")).toBeFocused();
});

test("an editor saves a decision; it opens as its sheet and replays with the differences in words", async ({ page }) => {
  await signIn(page);
  await page.goto("/classification");
  await interview(page, [...adultCase, { when: "Người thực hiện bao nhiêu tuổi", fill: "35" }, { when: "tỷ lệ tổn thương", fill: "0" }, { when: "hậu quả", radio: "Không chết, không tự sát" }, { when: "bộ phận cơ thể", radio: "Không" }, { when: "biên giới", radio: "Không" }]);
  await page.getByRole("button", { name: "Xem kết quả" }).click();
  await page.getByLabel("Mã hồ sơ (không ghi tên nạn nhân)").fill("E2E-2024-001");
  await page.getByRole("button", { name: "Lưu quyết định" }).click();
  await page.getByRole("link", { name: "Mở phiếu E2E-2024-001" }).click();
  const sheet = page.getByTestId("decision-sheet");
  await expect(sheet).toContainText("PHIẾU KẾT QUẢ PHÂN LOẠI VỤ VIỆC");
  await expect(sheet).toContainText("Mã hồ sơ: E2E-2024-001");
  await expect(sheet).toContainText("Mã kiểm chứng");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải tệp Word (DOCX)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^phieu-phan-loai_E2E-2024-001_\d{4}-\d{2}-\d{2}\.docx$/);
  await page.getByRole("button", { name: "Đánh giá lại theo pháp luật hiện hành" }).click();
  await expect(page.getByTestId("replay-result")).toContainText("kết quả không thay đổi");
  await noInternalText(page, "saved decision", "vi");
  await shot(page, "decision-sheet-saved-vi");
  await page.getByRole("link", { name: "Hồ sơ đã lưu" }).click();
  await expect(page.getByTestId("decisions-table")).toContainText("E2E-2024-001");
});
