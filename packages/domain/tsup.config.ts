import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "law/index": "src/law/index.ts",
    "classification/index": "src/classification/index.ts",
    "eligibility/index": "src/eligibility/index.ts",
    "kpi/index": "src/kpi/index.ts",
    "resolution/index": "src/resolution/index.ts",
    "resolution/docx/index": "src/resolution/docx/index.ts",
    "province/index": "src/province/index.ts",
    "testing/index": "src/testing/index.ts",
  },
  format: ["esm"],
  dts: false, // declarations come from tsc (tsconfig.build.json): one .d.ts per source file
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "es2023",
  tsconfig: "tsconfig.build.json",
});
