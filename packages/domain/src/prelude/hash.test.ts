import { createHash } from "node:crypto";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, hashOf, sha256Hex, sha256HexPortable } from "./hash.js";

describe("sha256Hex", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    ["a".repeat(55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"],
    ["a".repeat(56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"],
  ])("matches the reference digest for %j", (input, hex) => {
    expect(sha256Hex(input)).toBe(hex);
    expect(sha256HexPortable(input)).toBe(hex);
  });
  it("agrees with node:crypto on any text, Vietnamese included", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 300 }), fc.constant("Tội mua bán người dưới 16 tuổi")), (s) => {
        const reference = createHash("sha256").update(s, "utf8").digest("hex");
        expect(sha256HexPortable(s)).toBe(reference);
        expect(sha256Hex(s)).toBe(reference);
      }),
    );
  });
});

describe("canonicalJson", () => {
  it("sorts keys and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: [true, null], c: undefined })).toBe('{"a":[true,null],"b":1}');
  });
  it("gives the same hash whatever the key order", () => {
    expect(hashOf({ x: 1, y: { p: "đ", q: 2 } })).toBe(hashOf({ y: { q: 2, p: "đ" }, x: 1 }));
  });
  it("is JSON.stringify with sorted keys, for any JSON value and with undefined members", () => {
    const sortKeys = (_k: string, v: unknown): unknown => {
      if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
      const r = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(r).toSorted().map((k) => [k, r[k]]));
    };
    const value = fc.oneof(fc.jsonValue(), fc.dictionary(fc.oneof(fc.string(), fc.nat().map(String)), fc.oneof(fc.constant(undefined), fc.jsonValue(), fc.array(fc.constant(undefined)))));
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(JSON.stringify(v, sortKeys) ?? "null");
      }),
    );
    expect(canonicalJson({ d: new Date(0), f: () => 1, u: undefined, l: [undefined, () => 1] })).toBe('{"d":"1970-01-01T00:00:00.000Z","l":[null,null]}');
    expect(canonicalJson(undefined)).toBe("null");
    // Index-like keys come first in numeric order, as in every receipt hashed since 0.1.0.
    expect(canonicalJson({ b: 1, "10": 2, a: 3, "2": 4, "01": 5 })).toBe('{"2":4,"10":2,"01":5,"a":3,"b":1}');
  });
  it("quotes any string as JSON.stringify does: quotes, backslashes, control characters, lone and paired surrogates, Vietnamese", () => {
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string({ unit: fc.constantFrom("\"", "\\", "\u0000", "\n", "\u001f", " ", "\ud800", "\udfff", "ệ", "\u2028") }));
    fc.assert(
      fc.property(text, text, (s, k) => {
        expect(canonicalJson(s)).toBe(JSON.stringify(s));
        expect(canonicalJson({ [k]: [s] })).toBe(JSON.stringify({ [k]: [s] }));
      }),
      { numRuns: 2000 },
    );
  });
  it("refuses non-finite numbers", () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
  });
});
