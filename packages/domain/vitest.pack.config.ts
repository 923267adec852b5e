import { defineConfig } from "vitest/config";

// Packs the tarball and installs it outside the workspace: no source condition here on purpose.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 240_000, hookTimeout: 240_000 },
});
