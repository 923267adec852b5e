import { vitestPreset } from "@ctip-vn/vitest-config";
import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.js";

export default mergeConfig(viteConfig, defineConfig(vitestPreset({ include: ["src/**/*.test.{ts,tsx}"], environment: "node" })));
