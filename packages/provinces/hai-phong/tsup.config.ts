import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm"],
  dts: false, // declarations come from tsc (tsconfig.build.json)
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2023",
  tsconfig: "tsconfig.build.json",
  external: ["@ctip-vn/domain", "effect", "zod"],
});
