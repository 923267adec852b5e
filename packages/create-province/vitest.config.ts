import { vitestPreset } from "@ctip-vn/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig(vitestPreset({ include: ["src/**/*.test.ts"] }));
