// Vitest preset shared by every workspace package.
// The `@ctip-vn/source` export condition makes workspace packages resolve to `src/*.ts`,
// so tests run against the sources without a build.
export const sourceCondition = "@ctip-vn/source";

/** @type {(options?: { include?: string[]; environment?: "node" }) => import("vitest/config").ViteUserConfig} */
export const vitestPreset = (options = {}) => ({
  resolve: { conditions: [sourceCondition, "module", "import", "node", "default"] },
  ssr: { resolve: { conditions: [sourceCondition, "module", "import", "node", "default"] } },
  test: {
    include: options.include ?? ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: options.environment ?? "node",
    passWithNoTests: false,
    // Property-based suites run hundreds of cases; on a loaded 2-core machine 5 s is too tight.
    testTimeout: 30_000,
    // Set-up hooks open databases (a new PostgreSQL database is a copy of its template, with
    // fsync) and hash passwords; with every package testing at once, 10 s was seen to run out.
    hookTimeout: 60_000,
  },
});
