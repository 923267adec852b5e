import { flatten } from "@solid-primitives/i18n";
import { describe, expect, it } from "vitest";
import { catalogue, LOCALES } from "./index.js";

const params = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).toSorted();

describe("catalogues", () => {
  const vi = flatten(catalogue("vi")) as Record<string, unknown>;
  it.each(LOCALES)("%s has every key of vi, non-empty where vi is, with the same template parameters", (l) => {
    const d = flatten(catalogue(l)) as Record<string, unknown>;
    expect(Object.keys(d).toSorted()).toEqual(Object.keys(vi).toSorted());
    const wrong: string[] = [];
    for (const [k, v] of Object.entries(vi)) {
      if (typeof v !== "string") continue;
      const other = d[k];
      if (typeof other !== "string" || (v !== "" && other === "") || params(other).join() !== params(v).join()) wrong.push(k);
    }
    expect(wrong).toEqual([]);
  });
});
