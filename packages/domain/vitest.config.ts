import { vitestPreset } from "@ctip-vn/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig(vitestPreset({ include: ["src/**/*.test.ts", "test/bundle.test.ts", "test/boundaries.test.ts", "test/types.test.ts", "test/schemas.test.ts", "test/value-casing.test.ts"] }));
