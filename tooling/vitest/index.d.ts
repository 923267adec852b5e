import type { ViteUserConfig } from "vitest/config";
export declare const sourceCondition: "@ctip-vn/source";
export declare const vitestPreset: (options?: { include?: string[]; environment?: "node" }) => ViteUserConfig;
