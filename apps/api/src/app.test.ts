import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { bootstrapAdmin } from "./auth.js";
import { backends, openBackend, type OpenedBackend } from "../test/helpers/backends.js";
import type { Store } from "./store/store.js";

describe.each(backends)("API on %s", (backend) => {
  let opened: OpenedBackend;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const logs: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    opened = await openBackend(backend, "api");
    store = opened.store;
    await bootstrapAdmin(store, { ADMIN_EMAIL: "admin@example.org", ADMIN_PASSWORD: "correct horse battery" });
    app = createApp({ store, storageKind: opened.storageKind, log: (e) => logs.push(e), rateLimitPerMinute: 1000 });
  });
  afterAll(async () => opened?.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "Content-Type": "application/json", ...headers } });
  const adult = { ageYears: 25, injuryPercent: 0, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false };
  const facts = { offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], victims: [adult], circumstances: ["organised"], humanitarianPurpose: false, offenderAgeYears: 30 };

  describe("system", () => {
    it("GET /health answers 200 with the version and storage", async () => {
      const res = await app.request("/health");
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "ok", storage: opened.storageKind });
      expect(res.headers.get("x-request-id")).toBeTruthy();
    });
    it("serves the site icon at /favicon.ico", async () => {
      const res = await app.request("/favicon.ico");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/svg+xml");
      expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    });
    it("unknown paths are 404 problem+json, in Vietnamese when asked", async () => {
      const res = await app.request("/nowhere", { headers: { "Accept-Language": "vi-VN,vi;q=0.9,en;q=0.5" } });
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(await res.json()).toMatchObject({ status: 404, title: "Không tìm thấy", type: expect.stringContaining("not-found") });
    });
    it("problems are in Vietnamese unless the client prefers English (or asks only for French)", async () => {
      const titleFor = async (headers: Record<string, string>) => {
        const res = await app.request("/nowhere", { headers });
        return [res.headers.get("content-language"), ((await res.json()) as { title: string }).title];
      };
      expect(await titleFor({})).toEqual(["vi", "Không tìm thấy"]);
      expect(await titleFor({ "Accept-Language": "de-DE" })).toEqual(["vi", "Không tìm thấy"]);
      expect(await titleFor({ "Accept-Language": "en-GB,en;q=0.9" })).toEqual(["en", expect.not.stringMatching(/Không/)]);
      expect(await titleFor({ "Accept-Language": "fr-FR,fr;q=0.9" })).toEqual(["en", expect.not.stringMatching(/Không/)]);
      expect(await titleFor({ "Accept-Language": "en;q=0.5,vi" })).toEqual(["vi", "Không tìm thấy"]);
    });
    it("serves an OpenAPI 3.1 document listing every route", async () => {
      const doc = (await (await app.request("/openapi.json")).json()) as { openapi: string; paths: Record<string, unknown> };
      expect(doc.openapi).toBe("3.1.0");
      expect(Object.keys(doc.paths).toSorted()).toEqual(
        [
          "/health", "/v1/cases", "/v1/cases/{id}", "/v1/cases/{id}/attachments", "/v1/cases/{id}/audit", "/v1/cases/{id}/decisions", "/v1/cases/{id}/notes", "/v1/cases/{id}/status", "/v1/auth/login", "/v1/auth/logout", "/v1/auth/me", "/v1/classification", "/v1/decisions", "/v1/decisions/{id}",
          "/v1/decisions/{id}/replay", "/v1/eligibility", "/v1/kpi", "/v1/law", "/v1/law/{instrument}", "/v1/provinces", "/v1/provinces/{id}",
          "/v1/provinces/{id}/reports", "/v1/provinces/{id}/publications", "/v1/provinces/{id}/reports/import", "/v1/resolutions", "/v1/resolutions/links", "/v1/resolutions/render", "/v1/resolutions/template", "/v1/resolutions/validate",
          "/v1/resolutions/{id}", "/v1/resolutions/{id}/versions/{version}", "/v1/users",
          "/v1/auth/password", "/v1/users/{id}", "/v1/users/{id}/password", "/v1/users/{id}/sessions/revoke", "/v1/sessions/purge",
        ].toSorted(),
      );
    });
    it("serves the docs page", async () => {
      const res = await app.request("/docs");
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("/openapi.json");
    });
  });

  describe("POST /v1/classification", () => {
    it("classifies with citations and a receipt", async () => {
      const res = await post("/v1/classification", facts);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { status: string; charges: Array<{ article: string; clause: number; points: string[]; basis: string[] }>; receipt: { resultHash: string } };
      expect(body.status).toBe("TRAFFICKING");
      expect(body.charges[0]).toMatchObject({ article: "150", clause: 2, points: ["a"] });
      expect(body.charges[0]?.basis[0]).toBe("điểm a khoản 2 Điều 150 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)");
      expect(body.receipt.resultHash).toMatch(/^[0-9a-f]{64}$/);
    });
    it("renders every explanation step in the language of Accept-Language, from the message catalogue", async () => {
      type Body = { explanation: Array<{ code: string; params: Record<string, unknown>; text: { vi: string; en: string }; display: string }> };
      const vi = (await (await post("/v1/classification", facts)).json()) as Body;
      const fr = await post("/v1/classification", facts, { "Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5" });
      expect(fr.headers.get("content-language")).toBe("fr");
      const frBody = (await fr.json()) as Body;
      expect(vi.explanation.length).toBeGreaterThan(0);
      expect(vi.explanation.every((s) => s.display === s.text.vi)).toBe(true);
      expect(frBody.explanation[0]?.display).toMatch(/^Victime 1/);
      expect(frBody.explanation.map((s) => [s.code, s.params])).toEqual(vi.explanation.map((s) => [s.code, s.params]));
      const en = (await (await post("/v1/classification", facts, { "Accept-Language": "en" })).json()) as Body;
      expect(en.explanation.every((s) => s.display === s.text.en)).toBe(true);
    });
    it.each([
      ["malformed JSON", "{not json", 400, "malformed-json"],
      ["an unknown field", { ...facts, victimName: "Nguyễn Thị A" }, 400, "invalid-request"],
      ["an impossible date", { ...facts, offenceDate: "2024-02-30" }, 400, "invalid-request"],
      ["a date before the encoded law", { ...facts, offenceDate: "2017-12-31" }, 422, "unsupported-period"],
    ])("%s → %i %s", async (_name, body, status, type) => {
      const res = await post("/v1/classification", body);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(((await res.json()) as { type: string }).type).toContain(type);
    });
    it("answers invalid facts in the language of Accept-Language: detail and every issue from the message catalogue, no raw path", async () => {
      type Problem = { type: string; title: string; detail: string; errors: Array<{ path: string; code: string; params: Record<string, unknown>; message: string }> };
      const conflicting = { ...facts, victims: [{ ...adult, ageYears: 20, birthDate: "2009-01-01" }] };
      const ask = async (body: unknown, lang: string) => {
        const res = await post("/v1/classification", body, { "Accept-Language": lang });
        expect(res.headers.get("content-type")).toBe("application/problem+json");
        expect(res.headers.get("content-language")).toBe(lang.slice(0, 2));
        return { status: res.status, body: (await res.json()) as Problem };
      };
      const vi = await ask(conflicting, "vi-VN,vi;q=0.9,en;q=0.5");
      expect(vi.status).toBe(400);
      expect(vi.body).toMatchObject({ title: "Dữ kiện không hợp lệ", errors: [{ path: "victims[0].ageYears", code: "classification.issue.age-disagrees" }] });
      expect(vi.body.detail).toBe(
        "Nạn nhân thứ 1: tuổi vào ngày thực hiện hành vi: 20 tuổi không khớp với ngày sinh 01/01/2009; theo ngày sinh, vào ngày thực hiện hành vi 10/05/2024 nạn nhân 15 tuổi (tuổi quyết định áp dụng Điều 150 hay Điều 151)",
      );
      expect(vi.body.errors[0]?.message).toBe(vi.body.detail);
      const en = await ask(conflicting, "en");
      expect(en.body.title).toBe("Invalid facts");
      expect(en.body.detail).toBe("Victim 1: the age on the offence date: 20 disagrees with the date of birth 1 January 2009, which gives 15 on the offence date 10 May 2024 (the age decides between Art. 150 and Art. 151)");
      expect(en.body.errors.map((e) => [e.code, e.params])).toEqual(vi.body.errors.map((e) => [e.code, e.params]));

      // A body that fails the schema is answered the same way, named in the words of the route.
      const schemaVi = await ask({ ...facts, victims: [{ ...adult, injuryPercent: 60.5 }] }, "vi");
      expect(schemaVi.body).toMatchObject({ type: expect.stringContaining("invalid-request"), errors: [{ path: "victims[0].injuryPercent", code: "issue.invalid_type" }] });
      expect(schemaVi.body.errors[0]?.message).toBe("Nạn nhân thứ 1: tỷ lệ tổn thương cơ thể phải là một số nguyên");
      const schemaEn = await ask({ ...facts, victims: [{ ...adult, injuryPercent: 60.5 }] }, "en");
      expect(schemaEn.body.errors[0]?.message).toBe("Victim 1: body-injury rate must be a whole number");
      for (const p of [vi.body, en.body, schemaVi.body, schemaEn.body]) {
        for (const e of p.errors) expect(e.message).not.toContain(e.path);
        expect(p.detail).not.toMatch(/victims\[|ageYears|injuryPercent/);
      }
    });
    it("refuses a body that is not JSON with 415", async () => {
      const res = await app.request("/v1/classification", { method: "POST", body: "offenceDate=2024-05-10", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
      expect(res.status).toBe(415);
    });
    it("refuses an oversized body with 413", async () => {
      const res = await post("/v1/classification", JSON.stringify({ ...facts, pad: "x".repeat(2 * 1024 * 1024) }));
      expect(res.status).toBe(413);
    });
    it("never logs request bodies", () => {
      expect(JSON.stringify(logs)).not.toContain("Nguyễn");
      expect(JSON.stringify(logs)).not.toContain("deception");
    });
  });

  describe("GET /v1/law", () => {
    it("lists instruments with in-force status on a date", async () => {
      const body = (await (await app.request("/v1/law?asOf=2025-06-30")).json()) as { instruments: Array<{ id: string; inForce: boolean | null }> };
      expect(body.instruments.find((i) => i.id === "66/2011/QH12")?.inForce).toBe(true);
      expect(body.instruments.find((i) => i.id === "53/2024/QH15")?.inForce).toBe(false);
    });
    it("shows one instrument with its encoded articles", async () => {
      const res = await app.request(`/v1/law/${encodeURIComponent("100/2015/QH13")}?asOf=2024-05-10`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { articles: Array<{ article: number; clauses: Array<{ points: unknown[] }> }> };
      expect(body.articles.map((a) => a.article)).toContain(151);
    });
    it("404 for an unknown instrument, 400 for a bad date", async () => {
      expect((await app.request("/v1/law/nope")).status).toBe(404);
      expect((await app.request("/v1/law?asOf=2024-13-01")).status).toBe(400);
    });
  });

  describe("auth, roles and saved decisions", () => {
    let adminToken = "";
    let viewerToken = "";
    it("logs in and refuses a wrong password", async () => {
      expect((await post("/v1/auth/login", { email: "admin@example.org", password: "wrong" })).status).toBe(401);
      const res = await post("/v1/auth/login", { email: "admin@example.org", password: "correct horse battery" });
      expect(res.status).toBe(200);
      adminToken = ((await res.json()) as { token: string }).token;
      expect((await app.request("/v1/auth/me", { headers: { Authorization: `Bearer ${adminToken}` } })).status).toBe(200);
    });
    it("an admin creates a viewer; the viewer may read but not write", async () => {
      const created = await post("/v1/users", { email: "viewer@example.org", password: "a long viewer password", role: "viewer", mustChangePassword: false }, { Authorization: `Bearer ${adminToken}` });
      expect(created.status).toBe(201);
      expect((await post("/v1/users", { email: "viewer@example.org", password: "a long viewer password", role: "viewer" }, { Authorization: `Bearer ${adminToken}` })).status).toBe(409);
      viewerToken = ((await (await post("/v1/auth/login", { email: "viewer@example.org", password: "a long viewer password" })).json()) as { token: string }).token;
      const write = await post("/v1/decisions", { kind: "classification", caseRef: "NA-2024-0001", input: facts }, { Authorization: `Bearer ${viewerToken}` });
      expect(write.status).toBe(403);
      expect((await app.request("/v1/decisions", { headers: { Authorization: `Bearer ${viewerToken}` } })).status).toBe(200);
    });
    it("writes need a token", async () => {
      const res = await post("/v1/decisions", { kind: "classification", caseRef: "NA-2024-0001", input: facts });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe("Bearer");
    });
    it("saves a decision and replays it with the rules of its date and of today", async () => {
      const saved = await post("/v1/decisions", { kind: "classification", caseRef: "NA-2024-0002", input: facts }, { Authorization: `Bearer ${adminToken}` });
      expect(saved.status).toBe(201);
      const { id } = (await saved.json()) as { id: string };
      const replay = await app.request(`/v1/decisions/${id}/replay`, { method: "POST", headers: { Authorization: `Bearer ${viewerToken}` } });
      expect(replay.status).toBe(200);
      const body = (await replay.json()) as { atAsOf: { sameAsStored: boolean; differences: unknown[] }; today: { differences: Array<{ path: string }> } };
      expect(body.atAsOf).toMatchObject({ sameAsStored: true, differences: [] });
      expect(body.today.differences.some((d) => d.path.endsWith("confidence"))).toBe(true);
    });
    it("refuses a case reference that looks like a name", async () => {
      const res = await post("/v1/decisions", { kind: "classification", caseRef: "Nguyễn Thị A", input: facts }, { Authorization: `Bearer ${adminToken}` });
      expect(res.status).toBe(400);
    });
  });

  describe("POST /v1/eligibility", () => {
    it("assesses support under Law 53/2024 from 01/07/2025", async () => {
      const res = await post("/v1/eligibility", { asOf: "2025-08-01", person: { status: "identified_victim", identifiedOn: "2025-07-15", nationality: "vietnamese" } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { law: string; regimes: Array<{ status: string }> };
      expect(body.law).toBe("53/2024/QH15");
      expect(body.regimes.length).toBeGreaterThan(5);
    });
    it("invalid request → 400 problem with paths", async () => {
      const res = await post("/v1/eligibility", { asOf: "2025-08-01", person: { status: "someone" } });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: Array<{ path: string }> }).errors.map((e) => e.path)).toContain("person.status");
    });
  });

  describe("POST /v1/kpi", () => {
    const input = { province: "nghe-an", period: { from: "2022-01-01", to: "2022-12-31" }, counts: { reportsReceived: 30, reportsClassified: 30, reportsResolved: 27, casesInitiated: 20, casesSolved: 19 } };
    it("evaluates the indicators exactly: 27/30 is not over 90%", async () => {
      const res = await post("/v1/kpi", input);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { indicators: Array<{ id: string; status: string }> };
      expect(body.indicators.find((i) => i.id === "reports_resolved")?.status).toBe("not_met");
      expect(body.indicators.find((i) => i.id === "cases_solved")?.status).toBe("met");
      expect(body.indicators.find((i) => i.id === "cases_tried")?.status).toBe("not_applicable");
    });
    it("the public view suppresses small counts", async () => {
      const res = await post("/v1/kpi?view=public", { ...input, counts: { reportsReceived: 5, reportsClassified: 5 } });
      expect(res.status).toBe(200);
      expect(JSON.stringify(await res.json())).toContain("suppressed");
    });
    it("a numerator above its denominator is a 400", async () => {
      expect((await post("/v1/kpi", { ...input, counts: { reportsReceived: 3, reportsClassified: 4 } })).status).toBe(400);
    });
    it("Hải Phòng 2024 is evaluated against Decision 193/QĐ-TTg, like every province", async () => {
      const res = await post("/v1/kpi", { ...input, province: "hai-phong", period: { from: "2024-01-01", to: "2024-12-31" } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { indicators: Array<{ id: string; status: string; basis: Array<{ instrument: string }> }> };
      expect(body.indicators.find((i) => i.id === "cases_solved")).toMatchObject({ status: "met", basis: [{ instrument: "193/QĐ-TTg" }] });
    });
    it("reads the installed Nghệ An profile: Plan 179/KH-UBND cited from 16/03/2022", async () => {
      const body = (await (await post("/v1/kpi", { ...input, period: { from: "2022-04-01", to: "2022-06-30" } })).json()) as { indicators: Array<{ id: string; basis: Array<{ instrument: string }> }> };
      expect(body.indicators.find((i) => i.id === "cases_solved")?.basis.map((b) => b.instrument)).toEqual(["nghe-an:179/KH-UBND", "193/QĐ-TTg"]);
    });
    it("never accepts k below 11 for the public view", async () => {
      expect((await post("/v1/kpi?view=public&k=10", input)).status).toBe(400);
    });
  });

  describe("resolutions", () => {
    let token = "";
    let template: Record<string, unknown> = {};
    beforeAll(async () => {
      token = ((await (await post("/v1/auth/login", { email: "admin@example.org", password: "correct horse battery" })).json()) as { token: string }).token;
      template = (await (await app.request("/v1/resolutions/template")).json()) as Record<string, unknown>;
    });
    it("validates the template and finds a numbering error", async () => {
      const ok = (await (await post("/v1/resolutions/validate", template)).json()) as { valid: boolean };
      expect(ok.valid).toBe(true);
      const articles = template["articles"] as Array<Record<string, unknown>>;
      const broken = { ...template, articles: articles.map((a, i) => (i === 1 ? { ...a, number: 5 } : a)) };
      const res = (await (await post("/v1/resolutions/validate", broken)).json()) as { valid: boolean; problems: Array<{ code: string; text: { vi: string } }> };
      expect(res.valid).toBe(false);
      expect(res.problems[0]?.text.vi).toBeTruthy();
    });
    it("knows the installed provinces' own instruments in a preamble and names them by their citation", async () => {
      const bases = template["legalBases"] as Array<Record<string, unknown>>;
      const own = { text: "Căn cứ Kế hoạch số 179/KH-UBND ngày 16/03/2022 của Ủy ban nhân dân tỉnh", citation: { instrument: "nghe-an:179/KH-UBND" } };
      const doc = { ...template, number: "3/2022/NQ-HĐND", adoptedOn: "2022-07-08", effectiveFrom: "2022-07-20", legalBases: [...bases.slice(0, 3), own, ...bases.slice(3)] };
      const res = (await (await post("/v1/resolutions/validate", doc)).json()) as { valid: boolean; problems: Array<{ code: string }> };
      expect(res.problems.map((p) => p.code)).not.toContain("resolution.unknown-instrument");
      const akn = await (await post("/v1/resolutions/render?format=akn", doc)).text();
      expect(akn).toContain('showAs="Kế hoạch số 179/KH-UBND ngày 16/03/2022 của UBND tỉnh Nghệ An"');
    });
    it.each([
      ["html", "text/html", "Độc lập - Tự do - Hạnh phúc"],
      ["md", "text/markdown", "Điều 1"],
      ["akn", "application/akn+xml", "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"],
    ])("renders %s", async (format, type, needle) => {
      const res = await post(`/v1/resolutions/render?format=${format}`, template);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain(type);
      expect(res.headers.get("content-disposition")).toBe(`inline; filename="nghi-quyet_24-2019-nq-hdnd.${format === "akn" ? "akn.xml" : format}"`);
      expect(await res.text()).toContain(needle);
    });
    it("links provisions to the KPIs they implement", async () => {
      const links = (await (await post("/v1/resolutions/links", template)).json()) as Array<{ key: string }>;
      expect(links.map((l) => l.key)).toContain("reports_resolved");
    });
    it("renders DOCX", async () => {
      const res = await post("/v1/resolutions/render?format=docx", template);
      expect(res.status).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe("PK");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="nghi-quyet_24-2019-nq-hdnd.docx"');
    });
    it("saves versioned drafts with optimistic concurrency", async () => {
      const auth = { Authorization: `Bearer ${token}` };
      const created = await post("/v1/resolutions", template, auth);
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const put = (baseVersion: number) =>
        app.request(`/v1/resolutions/${id}`, { method: "PUT", body: JSON.stringify({ baseVersion, document: { ...template, title: `v${baseVersion + 1}` } }), headers: { "Content-Type": "application/json", ...auth } });
      expect((await put(1)).status).toBe(200);
      expect((await put(1)).status).toBe(409);
      const latest = (await (await app.request(`/v1/resolutions/${id}`, { headers: auth })).json()) as { version: number; title: string; versions: unknown[] };
      expect(latest).toMatchObject({ version: 2, title: "v2" });
      expect(latest.versions).toHaveLength(2);
      expect((await app.request(`/v1/resolutions/${id}/versions/1`, { headers: auth })).status).toBe(200);
      expect((await app.request(`/v1/resolutions/${id}`, { method: "DELETE", headers: auth })).status).toBe(204);
      expect((await app.request(`/v1/resolutions/${id}`, { headers: auth })).status).toBe(404);
    });
  });

  describe("provinces", () => {
    it("lists the installed profiles and shows one with its overrides report", async () => {
      const list = (await (await app.request("/v1/provinces")).json()) as Array<{ id: string }>;
      expect(list.map((p) => p.id).toSorted()).toEqual(["hai-phong", "nghe-an"]);
      const one = (await (await app.request("/v1/provinces/nghe-an")).json()) as { manifest: unknown[] };
      expect(one.manifest.length).toBeGreaterThan(0);
      expect((await app.request("/v1/provinces/atlantis")).status).toBe(404);
    });
    it("saves KPI period reports for editors", async () => {
      const token = ((await (await post("/v1/auth/login", { email: "admin@example.org", password: "correct horse battery" })).json()) as { token: string }).token;
      const auth = { Authorization: `Bearer ${token}` };
      const saved = await post("/v1/provinces/nghe-an/reports", { period: { from: "2022-01-01", to: "2022-12-31" }, counts: { reportsReceived: 40, reportsClassified: 40 } }, auth);
      expect(saved.status).toBe(201);
      const list = (await (await app.request("/v1/provinces/nghe-an/reports", { headers: auth })).json()) as unknown[];
      expect(list).toHaveLength(1);
    });
    it("overlapping publications: the ledger withholds what subtraction from an earlier release would reveal", async () => {
      const token = ((await (await post("/v1/auth/login", { email: "admin@example.org", password: "correct horse battery" })).json()) as { token: string }).token;
      const auth = { Authorization: `Bearer ${token}` };
      type Published = { seq: number; report: { counts: Record<string, number | null>; suppressed: Array<{ path: string; code: string }> } };
      const year = await post("/v1/provinces/nghe-an/publications", { period: { from: "2023-01-01", to: "2023-12-31" }, counts: { victimsIdentified: 25, victimsRescued: 20, casesDetected: 40 } }, auth);
      expect(year.status).toBe(201);
      const first = (await year.json()) as Published;
      // Nested figures: identified 25 and rescued 20 would reveal 5.
      expect(first.report.counts).toEqual({ victimsIdentified: 25, victimsRescued: null, casesDetected: 40 });
      // Off calendar boundaries: refused.
      const offCalendar = await post("/v1/provinces/nghe-an/publications", { period: { from: "2023-01-01", to: "2023-12-30" }, counts: { victimsIdentified: 22 } }, auth);
      expect(offCalendar.status).toBe(400);
      // A quarter inside the published year: 22 against 25 would reveal 3.
      const q4 = await post("/v1/provinces/nghe-an/publications", { period: { from: "2023-10-01", to: "2023-12-31" }, counts: { victimsIdentified: 22, casesDetected: 12 } }, auth);
      expect(q4.status).toBe(201);
      const second = (await q4.json()) as Published;
      expect(second.seq).toBe(first.seq + 1);
      expect(second.report.counts).toEqual({ victimsIdentified: null, casesDetected: 12 });
      expect(second.report.suppressed.find((s) => s.path === "counts.victimsIdentified")?.code).toBe("kpi.suppressed.ledger");
      expect((await post("/v1/provinces/nghe-an/publications", { period: { from: "2023-01-01", to: "2023-03-31" }, counts: {}, k: 10 }, auth)).status).toBe(400);
      const ledger = (await (await app.request("/v1/provinces/nghe-an/publications", { headers: auth })).json()) as Published[];
      expect(ledger.map((p) => p.seq)).toEqual([first.seq, second.seq]);
      expect((await app.request("/v1/provinces/nghe-an/publications")).status).toBe(401);
    });
  });

  describe("persistence", () => {
    it("a restarted server finds its records", async () => {
      const first = await openBackend(backend, "restart");
      await bootstrapAdmin(first.store, { ADMIN_EMAIL: "a@example.org", ADMIN_PASSWORD: "a long password here" });
      const app1 = createApp({ store: first.store, storageKind: first.storageKind });
      const login = async (a: typeof app1) =>
        ((await (await a.request("/v1/auth/login", { method: "POST", body: JSON.stringify({ email: "a@example.org", password: "a long password here" }), headers: { "Content-Type": "application/json" } })).json()) as { token: string }).token;
      const token = await login(app1);
      const saved = await app1.request("/v1/decisions", { method: "POST", body: JSON.stringify({ kind: "classification", caseRef: "HP-2025-7", input: facts }), headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` } });
      expect(saved.status).toBe(201);
      await first.stop();
      const second = await first.reopen();
      expect(second.applied).toEqual([]);
      const app2 = createApp({ store: second.store, storageKind: first.storageKind });
      const list = (await (await app2.request("/v1/decisions?caseRef=HP-2025-7", { headers: { Authorization: `Bearer ${token}` } })).json()) as Array<{ caseRef: string }>;
      expect(list.map((d) => d.caseRef)).toEqual(["HP-2025-7"]);
      await second.close();
      await first.close();
    });
  });

  describe("rate limiting", () => {
    it("answers 429 with Retry-After past the limit", async () => {
      // Its own client key: on PostgreSQL the windows are shared with every app on the database.
      const limited = createApp({ store, storageKind: opened.storageKind, rateLimitPerMinute: 2, clientKey: () => `limited-${backend}` });
      const call = () => limited.request("/v1/law");
      expect((await call()).status).toBe(200);
      expect((await call()).status).toBe(200);
      const res = await call();
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    });
    it("two instances on one database share each client's allowance (windows counted in the database)", async () => {
      const second = await opened.reopen();
      const clientKey = () => `client-${backend}-shared`;
      // A fixed clock inside one minute, the same for both instances.
      const now = () => Date.UTC(2030, 5, 1, 12, 0, 30);
      const a = createApp({ store, storageKind: opened.storageKind, rateLimitPerMinute: 3, sharedRateLimit: true, clientKey, now });
      const b = createApp({ store: second.store, storageKind: opened.storageKind, rateLimitPerMinute: 3, sharedRateLimit: true, clientKey, now });
      const statuses = [];
      for (const instance of [a, b, a, b, a]) statuses.push((await instance.request("/v1/law")).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const next = createApp({ store, storageKind: opened.storageKind, rateLimitPerMinute: 3, sharedRateLimit: true, clientKey, now: () => Date.UTC(2030, 5, 1, 12, 1, 0) });
      expect((await next.request("/v1/law")).status).toBe(200);
      // Another client is not affected.
      const c = createApp({ store: second.store, storageKind: opened.storageKind, rateLimitPerMinute: 3, sharedRateLimit: true, clientKey: () => `other-${backend}`, now });
      expect((await c.request("/v1/law")).status).toBe(200);
      await second.close();
    });
    it("the shared counter is one atomic statement: 40 hits at once count 40", async () => {
      const windowStart = new Date(Date.UTC(2030, 0, 1)).toISOString();
      const counts = await Promise.all(Array.from({ length: 40 }, () => store.rateLimits.hit(`burst-${backend}`, windowStart)));
      expect(counts.toSorted((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(await store.rateLimits.hit(`burst-${backend}`, new Date(Date.UTC(2030, 0, 1, 0, 1)).toISOString())).toBe(1);
      expect(await store.rateLimits.purge(new Date(Date.UTC(2030, 0, 2)).toISOString())).toBeGreaterThan(0);
    });
  });
});
