// Worker thread that renders resolutions to DOCX, so a large document never blocks the API's event
// loop. Runs as plain Node (type stripping in tests, bundled by tsup for dist).
import type { RenderOptions, ResolutionDocument } from "@ctip-vn/domain/resolution";
import { renderResolutionDocx } from "@ctip-vn/domain/resolution/docx";
import { parentPort } from "node:worker_threads";
/* oxlint-disable unicorn/require-post-message-target-origin -- a worker port, not a window */

parentPort?.on("message", ({ doc, options }: { doc: ResolutionDocument; options: RenderOptions }) => {
  renderResolutionDocx(doc, options).then(
    (bytes) => parentPort?.postMessage({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]),
    (e: unknown) => parentPort?.postMessage({ ok: false, error: e instanceof Error ? e.name : "Error" }),
  );
});
