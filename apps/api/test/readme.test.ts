// Runs every `<!-- api-example … -->` curl command of the README against the app, so the
// examples stay true: status, a fragment of the body, and values saved for later examples.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { bootstrapAdmin } from "../src/auth.js";
import { backends, openBackend, type OpenedBackend } from "./helpers/backends.js";
import { readmeExamples, runExample, words } from "./readme-examples.js";

const examples = readmeExamples();

// The examples run against the app on each backend (SQLite file, PostgreSQL server).
describe.each(backends)("on %s", (backend) => {
  const vars: Record<string, string> = { ADMIN_PASSWORD: "readme-admin-password" };
  const files = new Map<string, string>();
  let app: ReturnType<typeof createApp>;
  let opened: OpenedBackend;

  beforeAll(async () => {
    opened = await openBackend(backend, "readme");
    await bootstrapAdmin(opened.store, { ADMIN_EMAIL: "admin@localhost", ADMIN_PASSWORD: vars["ADMIN_PASSWORD"] });
    app = createApp({ store: opened.store, storageKind: opened.storageKind });
  });
  afterAll(async () => opened?.close());

  describe("README curl examples", () => {
    it("cover every route in the OpenAPI document", async () => {
      const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
      const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      const shown = examples.map((e) => {
        const w = words(e.command, { TOKEN: "t", DECISION: "{id}", DRAFT: "{id}", USER_ID: "{id}", CASE: "{id}", ADMIN_PASSWORD: "p" });
        const method = w[w.indexOf("-X") + 1] ?? "";
        const url = w.find((x) => x.startsWith("http://")) ?? "";
        const path = new URL(url).pathname.replace(/\/nghe-an(\/|$)/, "/{id}$1").replace(/100%2F2015%2FQH13/, "{instrument}").replace(/\/versions\/1$/, "/versions/{version}");
        return `${w.includes("-X") ? method : w.includes("-d") ? "POST" : "GET"} ${decodeURIComponent(path)}`;
      });
      expect(documented.filter((d) => !shown.includes(d))).toEqual([]);
    });

    it.each(examples.map((e, i) => ({ ...e, i })))("example $i: $command", async (example) => {
      const { status, text } = await runExample(example, vars, files, (path, init) => Promise.resolve(app.request(path, init)));
      expect({ status, body: text.slice(0, 300) }).toMatchObject({ status: example.status });
      expect(text).toContain(example.contains ?? "");
    });
  });
});
