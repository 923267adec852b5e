import { expect, test, type Page } from "@playwright/test";
import { ADMIN, axe, noHorizontalScroll, noInternalText, shot, token } from "./helpers.js";

/** Interview answers for the summary, result and sheet screens (as the interview stores them in the tab). */
const CLASSIFICATION = {
  offenceDate: { kind: "value", value: "2024-05-10" },
  victims: { kind: "value", value: 2 },
  acts: { kind: "value", value: ["transfer"] },
  purposes: { kind: "value", value: ["money_or_benefit"] },
  means: { kind: "value", value: ["deception"] },
  circumstances: { kind: "value", value: [] },
  humanitarianPurpose: { kind: "value", value: false },
  offenderAgeYears: { kind: "value", value: 16 },
  "victims[0].ageYears": { kind: "value", value: { ageYears: 15 } },
  "victims[1].ageYears": { kind: "unknown" },
  "victims[0].injuryPercent": { kind: "value", value: 10 },
  "victims[0].takenAcrossBorder": { kind: "value", value: true },
};
const ELIGIBILITY = {
  asOf: { kind: "value", value: "2025-09-01" },
  province: { kind: "value", value: "nghe-an" },
  "person.status": { kind: "value", value: "identified_victim" },
  "person.identifiedOn": { kind: "value", value: "2025-08-01" },
  "person.nationality": { kind: "value", value: "vietnamese" },
  "person.location": { kind: "value", value: "in_vietnam" },
  "person.ageYears": { kind: "unknown" },
};

const LANGS = [
  { lang: "vi", width: 360, height: 780 },
  { lang: "en", width: 1280, height: 900 },
  { lang: "fr", width: 1280, height: 900 },
] as const;

let decisionId = "";
let caseId = "";
test.beforeAll(async ({ request }) => {
  const auth = { Authorization: `Bearer ${await token(request)}` };
  const r = await request.post("/v1/decisions", { headers: auth, data: { kind: "eligibility", caseRef: "SCREENS-001", input: { asOf: "2025-09-01", person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "foreign", permanentResidentInVietnam: false, location: "in_vietnam", traffickedIn: "vietnam" } } } });
  expect(r.status()).toBe(201);
  decisionId = ((await r.json()) as { id: string }).id;
  const c = await request.post("/v1/cases", { headers: auth, data: { ref: `SCREENS-CASE-${Date.now()}`, province: "nghe-an" } });
  expect(c.status()).toBe(201);
  caseId = ((await c.json()) as { id: string }).id;
  expect((await request.post(`/v1/cases/${caseId}/notes`, { headers: auth, data: { text: "Ghi chú kiểm thử." } })).status()).toBe(201);
});

/** Every screen: its address, what proves it has loaded, and whether it needs the admin signed in. */
const screens = (): ReadonlyArray<{ name: string; path: string; ready: (p: Page) => Promise<void>; signedIn?: boolean }> => [
  { name: "login", path: "/login", ready: (p) => expect(p.locator("form input[type=password]")).toBeVisible() },
  { name: "home", path: "/", ready: (p) => expect(p.getByTestId("health")).toContainText("sqlite") },
  { name: "classification-question", path: "/classification?step=offenceDate", ready: (p) => expect(p.locator("form.question legend h2")).toBeVisible() },
  { name: "classification-victim-age", path: "/classification?step=victims%5B1%5D.ageYears", ready: (p) => expect(p.locator("form.question legend h2")).toBeVisible() },
  { name: "classification-summary", path: "/classification?step=summary", ready: (p) => expect(p.locator(".answers")).toBeVisible() },
  { name: "classification-result", path: "/classification?step=result", ready: (p) => expect(p.getByTestId("classification-result")).toBeVisible() },
  { name: "classification-sheet", path: "/classification?step=sheet", ready: (p) => expect(p.getByTestId("decision-sheet")).toBeVisible() },
  { name: "eligibility-question", path: "/eligibility?step=person.nationality", ready: (p) => expect(p.locator("form.question legend h2")).toBeVisible() },
  { name: "eligibility-summary", path: "/eligibility?step=summary", ready: (p) => expect(p.locator(".answers")).toBeVisible() },
  { name: "eligibility-result", path: "/eligibility?step=result", ready: (p) => expect(p.getByTestId("eligibility-result")).toBeVisible() },
  { name: "eligibility-sheet", path: "/eligibility?step=sheet", ready: (p) => expect(p.getByTestId("decision-sheet")).toBeVisible() },
  { name: "kpi", path: "/kpi", ready: (p) => expect(p.locator("form")).toBeVisible() },
  { name: "law", path: "/law", ready: (p) => expect(p.getByTestId("law-explorer")).toBeVisible() },
  { name: "resolution", path: "/resolution", ready: (p) => expect(p.locator("details summary").first()).toBeVisible() },
  { name: "not-found", path: "/no-such-page", ready: (p) => expect(p.getByRole("heading", { level: 1 })).toBeVisible() },
  { name: "decisions", path: "/decisions", ready: (p) => expect(p.getByTestId("decisions-table")).toBeVisible(), signedIn: true },
  { name: "decision-sheet", path: `/decisions/${decisionId}`, ready: (p) => expect(p.getByTestId("decision-sheet")).toBeVisible(), signedIn: true },
  { name: "cases", path: "/cases", ready: (p) => expect(p.getByTestId("cases-table")).toBeVisible(), signedIn: true },
  { name: "case-file", path: `/cases/${caseId}`, ready: (p) => expect(p.getByTestId("case-audit")).toBeVisible(), signedIn: true },
  { name: "users", path: "/users", ready: (p) => expect(p.getByTestId("users")).toBeVisible(), signedIn: true },
  { name: "account", path: "/account", ready: (p) => expect(p.locator("form input[type=password]").first()).toBeVisible(), signedIn: true },
];

for (const { lang, width, height } of LANGS) {
  test(`every screen in ${lang} (${width}px): axe finds nothing, no internal code or untranslated key, no horizontal scroll`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const session = await request.post("/v1/auth/login", { data: ADMIN });
    const s = (await session.json()) as { token: string; expiresAt: string; user: { email: string; role: string } };
    await page.addInitScript(
      ([l, c, e]) => {
        localStorage.setItem("ctip-vn.locale", l);
        sessionStorage.setItem("ctip-vn.interview.classification", c);
        sessionStorage.setItem("ctip-vn.interview.eligibility", e);
      },
      [lang, JSON.stringify(CLASSIFICATION), JSON.stringify(ELIGIBILITY)] as const,
    );
    for (const screen of screens()) {
      if (screen.signedIn === true)
        await page.evaluate((x) => sessionStorage.setItem("ctip-vn.session", x), JSON.stringify({ token: s.token, expiresAt: s.expiresAt, email: s.user.email, role: s.user.role }));
      await page.goto(screen.path);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await screen.ready(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      expect(await page.title()).toMatch(/ — ctip-vn$/);
      const where = `${screen.name} (${lang})`;
      await noInternalText(page, where, lang);
      await noHorizontalScroll(page, where);
      await axe(page, where);
      await shot(page, `${screen.name}-${lang}`);
    }
  });
}

test("navigating moves focus to the new page's heading and updates the title", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Văn bản pháp luật" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Văn bản pháp luật" })).toBeFocused();
  await expect(page).toHaveTitle("Văn bản pháp luật — ctip-vn");
  await page.getByLabel("Ngôn ngữ").selectOption("fr");
  await expect(page.getByRole("heading", { level: 1, name: "Textes juridiques" })).toBeVisible();
  await expect(page).toHaveTitle("Textes juridiques — ctip-vn");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
