import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = Number(process.env["E2E_PORT"] ?? 4179);
const database = join(mkdtempSync(join(tmpdir(), "ctip-e2e-")), "ctip.sqlite");

// The end-to-end tests drive the real product: the built API serving the built admin app.
export default defineConfig({
  testDir: "e2e",
  workers: 1,
  retries: process.env["CI"] ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      ],
    },
  },
  webServer: {
    command: "node ../api/dist/node.js",
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(port), DATABASE_URL: `file:${database}`, ADMIN_EMAIL: "admin@localhost", ADMIN_PASSWORD: "e2e-admin-password", LOG_REQUESTS: "0" },
  },
});
