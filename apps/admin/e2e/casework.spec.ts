import * as XLSX from "@e965/xlsx";
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { ADMIN, axe, noHorizontalScroll, noInternalText, shot, signIn, token } from "./helpers.js";

/** axe, internal codes and (optionally) horizontal scroll on the current screen in vi, en and fr, back to vi. */
const everyLanguage = async (page: Page, name: string, at360 = false) => {
  for (const l of ["vi", "en", "fr"] as const) {
    await page.getByLabel(l === "vi" ? "Ngôn ngữ" : l === "en" ? "Ngôn ngữ" : "Language").selectOption(l);
    await expect(page.locator("html")).toHaveAttribute("lang", l);
    await noInternalText(page, `${name} (${l})`, l);
    if (at360) await noHorizontalScroll(page, `${name} (${l})`);
    await axe(page, `${name} (${l})`);
    await shot(page, `${name}-${l}`);
  }
  await page.getByLabel("Langue").selectOption("vi");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
};

const FACTS = { offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], victims: [{ ageYears: 25, injuryPercent: 0, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false }], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30 };

test("a case file through its whole workflow, with the audit log checked", async ({ page, request }) => {
  test.setTimeout(90_000);
  const auth = { Authorization: `Bearer ${await token(request)}` };
  const saved = await request.post("/v1/decisions", { headers: auth, data: { kind: "classification", caseRef: "E2E-CASE-001", province: "nghe-an", input: FACTS } });
  expect(saved.status()).toBe(201);
  await signIn(page);
  await page.goto("/cases");
  await page.getByLabel("Mã hồ sơ", { exact: true }).fill("E2E-CASE-001");
  await page.getByLabel("Địa phương").selectOption("nghe-an");
  await page.getByRole("button", { name: "Mở hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ E2E-CASE-001" })).toBeVisible();
  const status = page.getByTestId("case-status");
  await expect(status).toHaveText("Mới");

  await page.getByRole("button", { name: "Chuyển sang xem xét" }).click();
  await expect(status).toHaveText("Đang xem xét");
  await expect(page.getByRole("button", { name: "Ghi nhận đã quyết định" })).toBeDisabled();
  await expect(page.getByText("Cần gắn ít nhất một quyết định vào hồ sơ trước.")).toBeVisible();

  await page.getByLabel("Gắn quyết định đã lưu (cùng mã hồ sơ)").selectOption({ index: 1 });
  await page.getByLabel("Bí danh của người được quyết định (nếu có)").fill("NN-1");
  await page.getByRole("button", { name: "Gắn vào hồ sơ" }).click();
  await expect(page.getByText("Đã gắn quyết định vào hồ sơ.")).toBeVisible();
  await expect(page.getByTestId("case-facts")).toContainText("Điều 150 (mua bán người)");

  await page.getByLabel("Ghi chú mới").fill("Đã lấy lời khai tại trung tâm bảo trợ.");
  await page.getByRole("button", { name: "Thêm ghi chú" }).click();
  await expect(page.getByTestId("case-notes")).toContainText("Đã lấy lời khai tại trung tâm bảo trợ.");
  await page.getByLabel("Ghi nhận một tài liệu").setInputFiles({ name: "bien-ban.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 e2e") });
  await expect(page.getByText("Đã ghi nhận tài liệu.")).toBeVisible();
  await expect(page.getByText(/^bien-ban\.pdf/)).toBeVisible();

  await page.getByRole("button", { name: "Ghi nhận đã quyết định" }).click();
  await expect(status).toHaveText("Đã quyết định");
  await page.getByRole("button", { name: "Đóng hồ sơ" }).click();
  await expect(status).toHaveText("Đã đóng");
  await expect(page.getByRole("button", { name: "Thêm ghi chú" })).toHaveCount(0);
  await page.getByRole("button", { name: "Mở lại hồ sơ" }).click();
  await expect(status).toHaveText("Đang xem xét");

  await page.getByRole("button", { name: "Áp dụng lại pháp luật hiện hành cho mọi quyết định" }).click();
  await expect(page.getByTestId("case-replay")).toContainText("Phân loại vụ việc — NN-1");

  const audit = page.getByTestId("case-audit");
  await expect(audit.locator("tbody tr")).toHaveCount(8);
  const what = await audit.locator("tbody tr td:nth-child(3)").allInnerTexts();
  expect(what).toEqual([
    "Mở hồ sơ E2E-CASE-001",
    "Chuyển trạng thái từ “Mới” sang “Đang xem xét”",
    "Gắn quyết định (Phân loại vụ việc)",
    "Thêm ghi chú",
    "Ghi nhận tài liệu “bien-ban.pdf”",
    "Chuyển trạng thái từ “Đang xem xét” sang “Đã quyết định”",
    "Chuyển trạng thái từ “Đã quyết định” sang “Đã đóng”",
    "Chuyển trạng thái từ “Đã đóng” sang “Đang xem xét”",
  ]);
  await expect(audit.locator("tbody tr td:nth-child(2)").first()).toHaveText(ADMIN.email);

  await page.goto("/cases");
  await page.getByLabel("Trạng thái").selectOption("reviewing");
  await page.getByLabel("Điều luật").selectOption("150");
  await expect(page.getByTestId("cases-table").getByRole("link", { name: "E2E-CASE-001" })).toBeVisible();
  await page.getByLabel("Trạng thái").selectOption("closed");
  await expect(page.getByText("Không có hồ sơ nào phù hợp.")).toBeVisible();
  await page.goto(`/cases`);
  await page.getByRole("link", { name: "E2E-CASE-001" }).click();
  await expect(audit).toBeVisible();
  await everyLanguage(page, "case-workflow");
});

test("KPI import: one bad row is reported and nothing is imported; then a good file, the chart, the public view and an export", async ({ page, request }) => {
  test.setTimeout(90_000);
  await signIn(page);
  await page.goto("/kpi");
  await page.getByTestId("kpi-province").selectOption("hai-phong");
  const none = page.getByText("Chưa có báo cáo nào của địa phương này.");
  await expect(none).toBeVisible();

  const bad = "\uFEFFTừ ngày,Đến ngày,reportsReceived,reportsClassified,reportsResolved\r\n2023-01-01,2023-12-31,40,40,37\r\n2024-01-01,2024-12-31,8,8,9\r\n";
  await page.getByTestId("kpi-file").setInputFiles({ name: "so-lieu.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  const errors = page.getByTestId("kpi-import-errors");
  await expect(errors).toContainText("Không nhập được: 1 lỗi. Không dòng nào được lưu");
  await expect(errors.locator("tbody tr")).toHaveCount(1);
  await expect(errors.locator("tbody tr th")).toHaveText("3");
  await expect(errors.locator("tbody tr td")).toHaveText("“Đã giải quyết” lớn hơn “Tố giác, tin báo tiếp nhận”");
  await expect(none).toBeVisible();
  const auth = { Authorization: `Bearer ${await token(request)}` };
  expect(await (await request.get("/v1/provinces/hai-phong/reports", { headers: auth })).json()).toEqual([]);

  const sheet = XLSX.utils.aoa_to_sheet([
    ["Từ ngày", "Đến ngày", "Tố giác, tin báo tiếp nhận", "Đã phân loại", "Đã giải quyết"],
    ["2023-01-01", "2023-12-31", 40, 40, 37],
    ["2024-01-01", "2024-12-31", 8, 8, 6],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "So lieu");
  const xlsx = XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer;
  await page.getByTestId("kpi-file").setInputFiles({ name: "so-lieu.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx });
  await expect(page.getByTestId("kpi-imported")).toHaveText("Đã nhập 2 kỳ báo cáo.");
  await expect(errors).toHaveCount(0);
  const table = page.getByTestId("kpi-reports");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table.locator("tbody tr").first()).toContainText("Đạt (100.0%)");
  await expect(table.locator("tbody tr").first()).toContainText("Đạt (92.5%)");
  await expect(page.getByTestId("kpi-chart").locator("canvas")).toBeVisible();
  await expect(page.getByTestId("kpi-chart")).toHaveAttribute("aria-label", /2023: 100%; 2024: 100%/);

  await page.getByLabel(/Xem bản công bố/).check();
  await expect(table.locator("caption")).toHaveText("Chỉ tiêu theo kỳ (bản công bố)");
  await expect(table.locator("tbody tr").nth(1)).toContainText("Ẩn (số nhỏ)");
  await expect(table.locator("tbody tr").first()).toContainText("Đạt (100.0%)");
  await page.getByLabel(/Xem bản công bố/).uncheck();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tệp CSV", exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^chi-tieu_hai-phong_\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString("utf8")).toContain("2024-01-01,2024-12-31,8,8,6");
  const [xl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tệp Excel (XLSX)" }).click()]);
  expect(xl.suggestedFilename()).toMatch(/\.xlsx$/);
  await everyLanguage(page, "kpi-dashboard");
});

test("a resolution edited in the tree: a point inserted before đ and renumbered, saved twice, diffed, exported to DOCX and re-imported", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page);
  await page.goto("/resolution");
  await page.getByRole("button", { name: "Mở mẫu 6 điều (Nghệ An)" }).click();
  const art5 = page.getByTestId("article-5");
  await expect(art5).toBeVisible();
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.getByTestId("resolution-saved")).toHaveText("Đã lưu bản 1.");

  await art5.getByRole("button", { name: "Chèn điểm trước điểm đ" }).click();
  const inserted = page.getByTestId("point-5-1-4");
  await expect(inserted).toContainText("điểm mới (chưa đánh số)");
  await expect(inserted.locator(".node-problems")).toBeVisible();
  await inserted.getByRole("textbox").fill("100% nạn nhân được tiếp nhận, xác minh và hỗ trợ kịp thời;");
  await inserted.getByRole("textbox").blur();
  await page.getByRole("button", { name: "Đánh số lại" }).click();
  await expect(inserted.locator(".node-head strong")).toHaveText("đ)");
  await expect(page.getByTestId("point-5-1-5").locator(".node-head strong")).toHaveText("e)");
  await expect(page.getByTestId("point-5-1-5").getByRole("textbox")).toHaveValue(/^90% số vụ án mua bán người được giải quyết, xét xử/);
  await expect(inserted.locator(".node-problems")).toHaveCount(0);
  await expect(art5.locator(".link-chip", { hasText: "Chỉ tiêu: xét xử" })).toBeVisible();

  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.getByTestId("resolution-saved")).toHaveText("Đã lưu bản 2.");
  await expect(page.getByTestId("resolution-history").locator("tbody tr")).toHaveCount(2);
  await page.getByLabel("So sánh bản").selectOption("1");
  await page.getByLabel("với bản").selectOption("2");
  const diff = page.getByTestId("resolution-diff");
  await expect(diff.locator("ins")).toContainText(["đ) 100% nạn nhân được tiếp nhận, xác minh và hỗ trợ kịp thời;", "e) 90% số vụ án mua bán người được giải quyết, xét xử."]);
  await expect(diff.locator("del")).toContainText(["đ) 90% số vụ án mua bán người được giải quyết, xét xử."]);

  await page.getByText("Xem trước theo thể thức văn bản").click();
  await expect(page.frameLocator("iframe.preview-frame").getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
  await page.getByText("Xem trước theo thể thức văn bản").click();
  await expect(page.locator("iframe.preview-frame")).toHaveCount(0);

  const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Markdown" }).click()]);
  expect(md.suggestedFilename()).toBe("nghi-quyet_24-2019-nq-hdnd.md");
  const mdBytes = readFileSync(await md.path());
  expect([...mdBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(mdBytes.toString("utf8")).toContain("Hội đồng nhân dân".toUpperCase().slice(0, 4));
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Word (DOCX)" }).click()]);
  expect(docx.suggestedFilename()).toBe("nghi-quyet_24-2019-nq-hdnd.docx");
  await everyLanguage(page, "resolution-editor");

  // Re-import the DOCX into a fresh editor: the inserted point is there, lettered đ.
  await page.goto("/resolution");
  await page.getByText("Nhập văn bản có sẵn").click();
  await page.getByTestId("resolution-file").setInputFiles({ name: docx.suggestedFilename(), mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: readFileSync(await docx.path()) });
  await expect(page.getByTestId("point-5-1-4").getByRole("textbox")).toHaveValue("100% nạn nhân được tiếp nhận, xác minh và hỗ trợ kịp thời;");
  await expect(page.getByTestId("point-5-1-4").locator(".node-head strong")).toHaveText("đ)");
  await expect(page.getByTestId("point-5-1-5").locator(".node-head strong")).toHaveText("e)");
});

test("the law explorer at 360 px: instruments → articles → clauses → points as of a date, linked to what applies them", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/law");
  const penal = page.getByTestId("law-explorer").locator("li.instrument").filter({ hasText: "100/2015/QH13" }).first();
  await penal.getByRole("button", { name: /Xem các điều, khoản, điểm/ }).click();
  const point = page.getByTestId("law-point-150-2-a");
  await expect(point.getByRole("link", { name: "Phân loại vụ việc: điểm a khoản 2 Điều 150" })).toHaveAttribute("href", "/classification");
  await noHorizontalScroll(page, "law explorer (vi)");
  const support = page.getByTestId("law-explorer").locator("li.instrument").filter({ hasText: "53/2024/QH15" }).first();
  await support.getByRole("button", { name: /Xem các điều, khoản, điểm/ }).click();
  await expect(support.getByRole("link", { name: "Chế độ hỗ trợ: Hỗ trợ nhu cầu thiết yếu" })).toBeVisible();
  await page.getByLabel("Hiệu lực tại ngày").fill("2010-01-01");
  await expect(penal.locator(".meta .badge")).toHaveText("Không có hiệu lực");
  await everyLanguage(page, "law-explorer-360", true);
});
