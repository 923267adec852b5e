import { AxeBuilder } from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export const ADMIN = { email: "admin@localhost", password: "e2e-admin-password" };
export const SCREENS = join(import.meta.dirname, "..", "test-results", "screens");
mkdirSync(SCREENS, { recursive: true });

/** axe with every rule it runs by default (WCAG 2.x A/AA and best practices): no violation of any severity. */
export const axe = async (page: Page, where: string) => {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${where}: ${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
};

/** Saves a full-page screenshot under test-results/screens (kept as a test artifact). */
export const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
};

/** Internal codes, JSON paths and catalogue keys that must never reach a page. */
const INTERNAL = [
  /\b(NOT_TRAFFICKING|TRAFFICKING|INSUFFICIENT_DATA|INELIGIBLE|ELIGIBLE|DISCRETIONARY)\b/,
  /\b(identified_victim|under_verification|accompanying_minor|money_or_benefit|sexual_exploitation|forced_labour|threat_of_force|other_trick|in_vietnam|essential_needs|legal_aid|very_serious|extremely_serious|less_serious)\b/,
  /\b\w+\[\d+\]\.\w+/,
  /\bperson\.\w+/,
  /\b(app|nav|home|login|interview|q|label|cls|elig|sheet|decisions|users|account|problem|kpi|law|resolution|common|fact|role|dash|editor|cases|explorer)\.[a-zA-Z_]+(\.[a-zA-Z_]+)*\b/,
];
/** English that gives away an untranslated string on a Vietnamese page. */
const ENGLISH = /\b(Art\.|Victim \d|Offender aged|undetermined|unknown:|Penal Code|More facts needed|Loading|Sign in|Next|Back)\b/;

/** Fails when the visible text shows an internal code, a JSON path, an untranslated key or (in vi) English. */
export const noInternalText = async (page: Page, where: string, lang: string) => {
  const text = await page.locator("body").innerText();
  for (const re of INTERNAL) expect(text, `${where}: ${re}`).not.toMatch(re);
  if (lang === "vi") expect(text, `${where}: English on a Vietnamese page`).not.toMatch(ENGLISH);
};

/** No horizontal scrolling at the current viewport width. */
export const noHorizontalScroll = async (page: Page, where: string) => {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${where}: page ${scroll}px wide in a ${width}px viewport`).toBeLessThanOrEqual(width);
};

/** Signs in through the form. */
export const signIn = async (page: Page, who: { email: string; password: string } = ADMIN) => {
  await page.goto("/login");
  await page.getByLabel("Thư điện tử").fill(who.email);
  await page.getByLabel("Mật khẩu").fill(who.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("signed-in").or(page.getByRole("heading", { name: "Tài khoản của tôi" }))).toBeVisible();
};

/** A bearer token for API set-up calls. */
export const token = async (request: APIRequestContext, who = ADMIN): Promise<string> => {
  const r = await request.post("/v1/auth/login", { data: who });
  expect(r.ok()).toBe(true);
  return ((await r.json()) as { token: string }).token;
};

/** Does the running API have this route (account management is being added in parallel)? */
export const hasRoute = async (request: APIRequestContext, path: string, method: string): Promise<boolean> => {
  const doc = (await (await request.get("/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
  return doc.paths[path]?.[method] !== undefined;
};

export type Step = { readonly when: string; readonly radio?: string; readonly fill?: string; readonly check?: ReadonlyArray<string>; readonly age?: string; readonly unknown?: true };

/**
 * Answers an interview until its summary: each question whose text contains a plan's `when` is
 * answered that way; any other question is answered "Chưa rõ". Returns the questions asked.
 */
export const interview = async (page: Page, plan: ReadonlyArray<Step>): Promise<string[]> => {
  const asked: string[] = [];
  const summary = page.getByRole("heading", { name: "Xem lại câu trả lời" });
  for (let i = 0; i < 60; i++) {
    const question = page.locator("form.question legend h2");
    await expect(question.or(summary).first()).toBeVisible();
    if (await summary.isVisible()) return asked;
    const text = (await question.textContent()) ?? "";
    asked.push(text);
    const form = page.locator("form.question");
    const step = plan.find((s) => text.includes(s.when));
    if (step === undefined || step.unknown === true) await form.getByLabel("Chưa rõ").check();
    else if (step.radio !== undefined) await form.getByLabel(step.radio, { exact: true }).check();
    else if (step.fill !== undefined) await form.getByLabel("Câu trả lời").fill(step.fill);
    else if (step.check !== undefined) for (const c of step.check) await form.getByLabel(c, { exact: true }).check();
    else if (step.age !== undefined) {
      await form.getByLabel("Tuổi (năm tròn)").first().check();
      await form.getByRole("spinbutton").fill(step.age);
    }
    await form.getByRole("button", { name: "Tiếp theo" }).click();
    await expect(page.locator("form.question legend h2").filter({ hasText: text })).toHaveCount(0);
  }
  throw new Error(`the interview did not reach its summary: ${asked.join(" | ")}`);
};
