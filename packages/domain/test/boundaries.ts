// The dependency rules of the domain package's source folders, checked from the import statements:
//   1. `prelude/` is the foundation: it imports only itself (and `src/version.ts`), never law data
//      or a concept;
//   2. concept folders import each other only through the other folder's `index.ts`;
//   3. the folder graph has no cycle (in particular eligibility ↔ province).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";

export interface Violation {
  readonly rule: "prelude-imports-outside" | "deep-import" | "cycle";
  readonly file: string;
  readonly detail: string;
}

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "fixtures" ? [] : sources(join(dir, e.name))) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+"(\.{1,2}\/[^"]+)"|import\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g;

/** Every violation of the rules under `srcDir` (an empty list means the tree is clean). */
export const checkBoundaries = (srcDir: string): Violation[] => {
  const violations: Violation[] = [];
  const edges = new Map<string, Set<string>>();
  for (const file of sources(srcDir)) {
    const rel = relative(srcDir, file);
    const folder = rel.includes(sep) ? rel.split(sep)[0] : undefined;
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? "";
      const target = normalize(join(dirname(rel), spec));
      const parts = target.split(sep);
      const targetFolder = parts.length > 1 ? parts[0] : undefined;
      if (folder === undefined || targetFolder === folder) continue;
      if (folder === "prelude") {
        if (target !== "version.js") violations.push({ rule: "prelude-imports-outside", file: rel, detail: `imports ${spec}` });
        continue;
      }
      if (targetFolder === undefined || targetFolder === "prelude") continue;
      if (parts.slice(1).join("/") !== "index.js") violations.push({ rule: "deep-import", file: rel, detail: `imports ${spec}; use ../${targetFolder}/index.js` });
      edges.set(folder, (edges.get(folder) ?? new Set()).add(targetFolder));
    }
  }
  // Cycles between folders, each reported once from its smallest folder name.
  const seen = new Set<string>();
  const walk = (path: ReadonlyArray<string>): void => {
    const here = path.at(-1) ?? "";
    for (const next of edges.get(here) ?? []) {
      if (next === path[0]) {
        const key = [...path].toSorted().join(",");
        if (!seen.has(key) && path[0] === [...path].toSorted()[0]) {
          seen.add(key);
          violations.push({ rule: "cycle", file: `${path[0]}/`, detail: [...path, next].join(" → ") });
        }
      } else if (!path.includes(next)) walk([...path, next]);
    }
  };
  for (const folder of edges.keys()) walk([folder]);
  return violations;
};
