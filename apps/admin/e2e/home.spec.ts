import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the admin home page loads from the API and shows the system status", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "ctip-vn" })).toBeVisible();
  await expect(page.getByTestId("health")).toContainText("Hoạt động");
  await expect(page.getByTestId("health")).toContainText("sqlite");
});

test("the home page has no WCAG 2 A/AA violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("health")).toContainText("Hoạt động");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
