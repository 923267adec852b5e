// Every entry of the package bundles with esbuild when the optional peer `docx` is not installed,
// and only the `/resolution/docx` subpath refers to it at all.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };

interface Message {
  readonly text: string;
}
interface BuildResult {
  readonly errors: ReadonlyArray<Message>;
  readonly outputFiles?: ReadonlyArray<{ readonly text: string }>;
  readonly metafile?: { readonly inputs: Record<string, unknown> };
}
interface Esbuild {
  build(options: Record<string, unknown>): Promise<BuildResult>;
}

// esbuild is the bundler tsup runs; take that copy rather than adding another.
const require = createRequire(import.meta.url);
const esbuild = (await import(createRequire(require.resolve("tsup")).resolve("esbuild"))) as Esbuild;

/** Resolving `docx` fails, as on a machine where the optional peer is not installed. */
const withoutDocx = {
  name: "without-docx",
  setup(b: { onResolve(o: { filter: RegExp }, f: () => { errors: Message[] }): void }) {
    b.onResolve({ filter: /^docx($|\/)/ }, () => ({ errors: [{ text: 'Could not resolve "docx" (not installed)' }] }));
  },
};

const entries = Object.entries(pkg.exports as Record<string, string | { readonly "@ctip-vn/source"?: string }>).flatMap(([subpath, target]) =>
  typeof target === "object" && target["@ctip-vn/source"] !== undefined
    ? [[subpath, fileURLToPath(new URL(`../${target["@ctip-vn/source"]}`, import.meta.url))] as const]
    : [],
);

/** `docx` either fails to resolve (not installed) or is left external (the application's choice). */
const bundle = (entry: string, docx: "missing" | "external" = "missing") =>
  esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    metafile: true,
    logLevel: "silent",
    external: ["zod", "effect", "fast-check", ...(docx === "external" ? ["docx"] : [])],
    plugins: docx === "missing" ? [withoutDocx] : [],
  });

describe("bundling without the optional peer docx", () => {
  it("covers the root entry and every subpath", () => {
    expect(entries.map(([s]) => s)).toEqual(expect.arrayContaining([".", "./resolution", "./resolution/docx"]));
  });
  it.each(entries.filter(([s]) => s !== "./resolution/docx"))("%s bundles and never refers to docx", async (_subpath, entry) => {
    const r = await bundle(entry);
    expect(r.errors).toEqual([]);
    const text = r.outputFiles?.map((f) => f.text).join("\n") ?? "";
    expect(text).not.toMatch(/["']docx["']/);
  });
  it("./resolution/docx bundles with docx left to the application (its optional peer)", async () => {
    const r = await bundle(entries.find(([s]) => s === "./resolution/docx")?.[1] ?? "", "external");
    expect(r.errors).toEqual([]);
    expect(r.outputFiles?.[0]?.text).toMatch(/import\("docx"\)/);
  });
});
