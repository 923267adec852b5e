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
 * Serves the built admin app from `root`: files by path, and `index.html` for any other
 * GET so client-side routes work. Paths that try to leave `root` are refused.
 */
export const serveAdmin = (root: string) => async (pathname: string): Promise<Response | undefined> => {
  const decoded = decodeURIComponent(pathname);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const file = await stat(candidate).then((s) => (s.isFile() ? candidate : join(candidate, "index.html")), () => join(root, "index.html"));
  try {
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const cache = file.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache";
    return new Response(body, { headers: { "Content-Type": type, "Cache-Control": cache } });
  } catch {
    return undefined;
  }
};
