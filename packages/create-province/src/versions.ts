/**
 * The ranges a generated province package depends on: the library release this starter ships
 * with and the versions it is tested against. A test keeps them equal to the workspace's.
 */
export const VERSIONS = {
  "@ctip-vn/domain": "^0.1.0",
  effect: "^4.1.0",
  zod: "^4.6.7",
  "fast-check": "^4.10.2",
  typescript: "^6.0.3",
  vitest: "^5.1.1",
  "@types/node": "^24.0.0",
} as const;
