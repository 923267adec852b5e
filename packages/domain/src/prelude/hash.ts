/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members dropped — so that the
 * same value always gives the same text, whatever the key order it was built with. The text is
 * exactly `JSON.stringify` with every object's keys sorted (`toJSON` honoured, functions and
 * symbols dropped as members and `null` in arrays) for the plain data the domain hashes (boxed
 * primitives such as `new String()` are not supported), written in one walk without copying.
 * @category prelude
 * @since 0.1.0
 */
export const canonicalJson = (value: unknown): string => write(value, "") ?? "null";

/**
 * A character JSON.stringify escapes in a string: `"`, a backslash, a control character below
 * U+0020, or a UTF-16 surrogate (a lone one is written as an escape; a string with a pair goes to
 * JSON.stringify too, which keeps it).
 */
// oxlint-disable-next-line no-control-regex -- the control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify(value)` with sorted keys; `undefined` where JSON.stringify would skip the value. */
function write(value: unknown, key: string): string | undefined {
  let v = value;
  if (v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function") v = (v as { toJSON: (k: string) => unknown }).toJSON(key);
  switch (typeof v) {
    case "string":
      // Most strings need no escape: quoted as they are (one native scan), else as JSON.stringify writes them.
      return NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`;
    case "number":
      if (!Number.isFinite(v)) throw new RangeError(`Cannot hash a non-finite number: ${v}`);
      return JSON.stringify(v);
    case "boolean":
      return v ? "true" : "false";
    case "object": {
      if (v === null) return "null";
      if (Array.isArray(v)) {
        let out = "[";
        for (let i = 0; i < v.length; i++) out += `${i === 0 ? "" : ","}${write(v[i], String(i)) ?? "null"}`;
        return `${out}]`;
      }
      const record = v as Record<string, unknown>;
      const keys = sortedKeys(record);
      let out = "{";
      let first = true;
      for (const k of keys) {
        const member = write(record[k], k);
        if (member === undefined) continue;
        out += `${first ? "" : ","}${quotedKey(k)}:${member}`;
        first = false;
      }
      return `${out}}`;
    }
    case "bigint":
      return JSON.stringify(v); // throws, as JSON.stringify does
    default:
      return undefined; // undefined, functions, symbols
  }
}

// Member names repeat across every result (a few hundred distinct ones): quote each once.
const quotedKeys = new Map<string, string>();
const quotedKey = (k: string): string => {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (quotedKeys.size < 4096) quotedKeys.set(k, q);
  }
  return q;
};

/**
 * The member order of canonical JSON since 0.1.0 (receipts depend on it): array-index keys first
 * in ascending numeric order (as every object orders them), then the other keys sorted by UTF-16
 * code units. `Object.keys` already lists index keys first, so only the rest may need sorting.
 */
const sortedKeys = (record: object): string[] => {
  const keys = Object.keys(record);
  let start = 0;
  while (start < keys.length && isIndex(keys[start] as string)) start++;
  for (let i = start + 1; i < keys.length; i++)
    if ((keys[i - 1] as string) > (keys[i] as string)) return start === 0 ? keys.toSorted() : [...keys.slice(0, start), ...keys.slice(start).toSorted()];
  return keys;
};
const isIndex = (k: string): boolean => {
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && k.length > 1)) return false;
  for (let i = 1; i < k.length; i++) {
    const d = k.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return Number(k) < 4_294_967_295;
};

/* oxlint-disable typescript/no-non-null-assertion -- typed-array indices below are in range by construction */
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W = new Int32Array(64);
// A global of every runtime the package supports (Node, Workers, browsers), declared here because
// the library compiles against the ES lib only.
declare const TextEncoder: new () => { encode(input: string): Uint8Array };
const encoder = new TextEncoder();

/**
 * SHA-256 in portable JavaScript (no `node:crypto`, no Web Crypto): the fallback of
 * {@link sha256Hex} on runtimes without Node's crypto module.
 * @category prelude
 * @since 0.1.0
 */
export const sha256HexPortable = (text: string): string => {
  const bytes = encoder.encode(text);
  const n = bytes.length;
  const words = ((n + 9 + 63) >> 6) << 4;
  const m = new Int32Array(words);
  for (let i = 0; i < n; i++) m[i >> 2]! |= bytes[i]! << (24 - (i & 3) * 8);
  m[n >> 2]! |= 0x80 << (24 - (n & 3) * 8);
  m[words - 2] = Math.floor((n * 8) / 2 ** 32);
  m[words - 1] = (n * 8) | 0;
  let h0 = 0x6a09e667 | 0, h1 = 0xbb67ae85 | 0, h2 = 0x3c6ef372 | 0, h3 = 0xa54ff53a | 0;
  let h4 = 0x510e527f | 0, h5 = 0x9b05688c | 0, h6 = 0x1f83d9ab | 0, h7 = 0x5be0cd19 | 0;
  for (let off = 0; off < words; off += 16) {
    for (let i = 0; i < 16; i++) W[i] = m[off + i]!;
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15]!;
      const y = W[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + h) | 0;
  }
  let out = "";
  for (const x of [h0, h1, h2, h3, h4, h5, h6, h7]) out += (x >>> 0).toString(16).padStart(8, "0");
  return out;
};
/* oxlint-enable typescript/no-non-null-assertion */

type CreateHash = (algorithm: "sha256") => { update(text: string, encoding: "utf8"): { digest(encoding: "hex"): string } };
type OneShotHash = (algorithm: "sha256", text: string, encoding: "hex") => string;
// Node 22+ (and Workers with nodejs_compat) expose built-ins synchronously without an import,
// which keeps this module free of `node:` imports and bundler configuration. `crypto.hash`
// (Node ≥ 21.7) digests in one call, without a Hash object per digest.
const nodeHash: ((text: string) => string) | undefined = (() => {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.("node:crypto") as { createHash?: CreateHash; hash?: OneShotHash } | undefined;
  const oneShot = mod?.hash;
  if (typeof oneShot === "function") return (text) => oneShot("sha256", text, "hex");
  const createHash = mod?.createHash;
  return createHash === undefined ? undefined : (text) => createHash("sha256").update(text, "utf8").digest("hex");
})();

/**
 * SHA-256 of a string's UTF-8 bytes, as lower-case hex, synchronously on every runtime: Node's
 * native implementation where the runtime offers it, {@link sha256HexPortable} elsewhere (same
 * result, tested).
 * @category prelude
 * @since 0.1.0
 */
export const sha256Hex = (text: string): string => (nodeHash === undefined ? sha256HexPortable(text) : nodeHash(text));

/** SHA-256 of the canonical JSON of a value. @category prelude @since 0.1.0 */
export const hashOf = (value: unknown): string => sha256Hex(canonicalJson(value));
