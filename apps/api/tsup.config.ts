import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/node.ts"],
  format: ["esm"],
  target: "node22",
  platform: "node",
  sourcemap: true,
  clean: true,
});
