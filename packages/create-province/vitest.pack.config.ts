import { defineConfig } from "vitest/config";

// Packs the starter and the library, runs the starter outside the workspace and the generated
// package's own build and tests there: no source condition here on purpose.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 300_000 },
});
