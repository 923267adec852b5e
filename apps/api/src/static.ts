import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/**
 * Serves files from `root` by path. With `spa`, any other path gets `index.html` so client-side
 * routes work. Paths that try to leave `root` are refused. Files under `assets/` are cached for a
 * year (Vite hashes their names) unless `hashedAssets` is `false` (the library reference's are not hashed).
 */
export const serveStatic = (root: string, options: { readonly spa: boolean; readonly hashedAssets?: boolean }) => async (pathname: string): Promise<Response | undefined> => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined; // malformed %-escape: not a file (the caller answers 404)
  }
  if (decoded.includes("\0")) return undefined;
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const fallback = options.spa ? join(root, "index.html") : undefined;
  const file = await stat(candidate).then(
    (s) => (s.isFile() ? candidate : join(candidate, "index.html")),
    () => fallback,
  );
  if (file === undefined) return undefined;
  try {
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const cache = options.hashedAssets !== false && file.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache";
    return new Response(body, { headers: { "Content-Type": type, "Cache-Control": cache } });
  } catch {
    return undefined;
  }
};
