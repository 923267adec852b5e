import { defineConfig } from "vitest/config";

// Packs the packages and installs the tarballs outside the workspace: no source condition here on purpose.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 300_000 },
});
