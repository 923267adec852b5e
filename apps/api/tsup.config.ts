import { defineConfig } from "tsup";

export default defineConfig({
  entry: { node: "src/node.ts", "admin-cli": "src/cli/admin.ts", "db-cli": "src/cli/db.ts", "render-worker": "src/render-worker.ts" },
  format: ["esm"],
  target: "node22",
  platform: "node",
  sourcemap: true,
  clean: true,
});
