import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm"],
  dts: false, // declarations come from tsc (tsconfig.build.json)
  sourcemap: true,
  clean: true,
  target: "es2023",
  platform: "node",
  tsconfig: "tsconfig.build.json",
});
