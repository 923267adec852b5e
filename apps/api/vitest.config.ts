import { vitestPreset } from "@ctip-vn/vitest-config";
import { defineConfig } from "vitest/config";

const preset = vitestPreset({ include: ["src/**/*.test.ts", "test/**/*.test.ts"] });
// A real PostgreSQL server for the run (the store's suites run against SQLite and PostgreSQL).
export default defineConfig({ ...preset, test: { ...preset.test, globalSetup: ["test/global-postgres.ts"] } });
