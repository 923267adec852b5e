import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const axe = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
};

test("legal staff classify a case: a 15-year-old transferred for money across the border", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Phân loại vụ việc" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toContainText("Điều 150, 151");
  await page.getByLabel("Ngày thực hiện hành vi").fill("2024-05-10");
  await page.getByLabel("Chuyển giao").check();
  await page.getByLabel("Giao, nhận tiền, tài sản, lợi ích vật chất").check();
  await page.getByLabel("Tuổi", { exact: true }).fill("15");
  await page.getByLabel("Bị đưa ra khỏi biên giới").check();
  await page.getByLabel("Tuổi người phạm tội").fill("30");
  await page.getByRole("button", { name: "Phân loại" }).click();
  const result = page.getByTestId("classification-result");
  await expect(result).toContainText("Có dấu hiệu tội mua bán người");
  await expect(result).toContainText("Điều 151 khoản 2 điểm đ");
  await expect(result).toContainText("Phạt tù từ 12 đến 20 năm");
  await expect(result).toContainText("điểm đ khoản 2 Điều 151 Bộ luật Hình sự 2015");
  await axe(page);
});

test("an adult with no means ticked is not trafficking, and the form says so", async ({ page }) => {
  await page.goto("/classification");
  await page.getByLabel("Ngày thực hiện hành vi").fill("2024-05-10");
  await page.getByLabel("Tiếp nhận").check();
  await page.getByLabel("Bóc lột tình dục").check();
  await page.getByLabel("Tuổi người phạm tội").fill("40");
  await page.getByRole("button", { name: "Phân loại" }).click();
  await expect(page.getByTestId("classification-result")).toContainText("Không cấu thành tội mua bán người");
});

test("KPI report: 27 of 30 reports resolved is not over 90%", async ({ page }) => {
  await page.goto("/kpi");
  await page.getByLabel("Tố giác, tin báo tiếp nhận").fill("30");
  await page.getByLabel("Đã phân loại").fill("30");
  await page.getByLabel("Đã giải quyết").fill("27");
  await page.getByRole("button", { name: "Tính chỉ tiêu" }).click();
  const table = page.getByTestId("kpi-result");
  await expect(table).toContainText("Không đạt");
  await expect(table).toContainText("> 90%");
  await axe(page);
});

test("the law catalogue shows what is in force on a date", async ({ page }) => {
  await page.goto("/law");
  await page.getByLabel("Hiệu lực tại ngày").fill("2025-06-30");
  const table = page.getByTestId("law-table");
  await expect(table.getByRole("row", { name: /66\/2011\/QH12/ })).toContainText("Có");
  await expect(table.getByRole("row", { name: /53\/2024\/QH15/ })).toContainText("Không");
  await axe(page);
});

test("victim support: a victim identified after 01/07/2025 falls under Law 53/2024", async ({ page }) => {
  await page.goto("/eligibility");
  await page.getByLabel("Ngày quyết định").fill("2025-09-01");
  await page.getByLabel("Ngày được xác định là nạn nhân").fill("2025-08-01");
  await page.getByRole("button", { name: "Xác định chế độ" }).click();
  const result = page.getByTestId("eligibility-result");
  await expect(result).toContainText("53/2024/QH15");
  await expect(result).toContainText("Được hỗ trợ");
  await axe(page);
});

test("resolution drafting: the template validates, and a skipped point letter is reported", async ({ page }) => {
  await page.goto("/resolution");
  await page.getByRole("button", { name: "Mở mẫu 6 điều (Nghệ An)" }).click();
  await expect(page.getByLabel("Văn bản (JSON theo cấu trúc Điều → khoản → điểm)")).toHaveValue(/NQ-HĐND/);
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await expect(page.getByTestId("resolution-result")).toContainText("Không phát hiện lỗi");
  const field = page.getByLabel("Văn bản (JSON theo cấu trúc Điều → khoản → điểm)");
  const doc = JSON.parse(await field.inputValue()) as { articles: Array<{ clauses: Array<{ points: Array<{ letter: string }> }> }> };
  const withPoints = doc.articles.flatMap((a) => a.clauses).find((c) => c.points.length >= 2);
  if (withPoints?.points[1]) withPoints.points[1].letter = "g";
  await field.fill(JSON.stringify(doc));
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await expect(page.getByTestId("resolution-result")).toContainText("Có lỗi cần sửa");
  await axe(page);
});

test("an editor signs in, saves a classification under a case reference and replays it", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@localhost");
  await page.getByLabel("Mật khẩu").fill("e2e-admin-password");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("signed-in")).toContainText("admin@localhost");
  await page.getByRole("link", { name: "Phân loại vụ việc" }).click();
  await page.getByLabel("Ngày thực hiện hành vi").fill("2024-05-10");
  await page.getByLabel("Chuyển giao").check();
  await page.getByLabel("Giao, nhận tiền, tài sản, lợi ích vật chất").check();
  await page.getByLabel("Lừa gạt").check();
  await page.getByLabel("Tuổi người phạm tội").fill("35");
  await page.getByRole("button", { name: "Phân loại" }).click();
  await expect(page.getByTestId("classification-result")).toContainText("Điều 150 khoản 1 điểm a");
  await page.getByLabel("Mã hồ sơ (không ghi tên nạn nhân)").fill("E2E-2024-001");
  await page.getByRole("button", { name: "Lưu quyết định" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu" })).toContainText("E2E-2024-001");
  await page.getByRole("link", { name: "Hồ sơ đã lưu" }).click();
  await expect(page.getByTestId("decisions-table")).toContainText("E2E-2024-001");
  await page.getByRole("button", { name: "Đánh giá lại" }).first().click();
  await expect(page.getByTestId("replay-result")).toContainText("kết quả không đổi");
  await axe(page);
});
