import { createHash } from "node:crypto";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, hashOf, sha256Hex } from "./hash.js";

describe("sha256Hex", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ])("matches the FIPS 180-4 test vector for %j", (input, hex) => {
    expect(sha256Hex(input)).toBe(hex);
  });
  it("agrees with node:crypto on any text, Vietnamese included", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 300 }), fc.constant("Tội mua bán người dưới 16 tuổi")), (s) => {
        expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
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
  it("refuses non-finite numbers", () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
  });
});
