import type { RenderOptions, ResolutionDocument } from "@ctip-vn/domain/resolution";
import { Worker } from "node:worker_threads";
import { RenderUnavailable, type DocxRenderer } from "./render.js";

/**
 * Renders DOCX in worker threads: at most `concurrency` at once, at most `queue` waiting (more →
 * {@link RenderUnavailable} "busy"), each within `timeoutMs` (past it the worker is terminated and
 * replaced → "timeout"). The event loop only posts messages, so `/health` and every other request
 * keep answering while documents render.
 */
export const makeDocxPool = (options: { readonly concurrency?: number; readonly queue?: number; readonly timeoutMs?: number } = {}) => {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const maxQueue = Math.max(0, options.queue ?? 16);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const url = new URL(import.meta.url.endsWith(".ts") ? "./render-worker.ts" : "./render-worker.js", import.meta.url);
  const idle: Worker[] = [];
  let running = 0;
  const waiting: Array<() => void> = [];
  let closed = false;

  // No inherited execArgv: under the test runner that carries the source condition, and the worker
  // must load the built domain package like production does.
  const take = () => idle.pop() ?? new Worker(url, { execArgv: [] });
  const runOn = (worker: Worker, doc: ResolutionDocument, renderOptions: RenderOptions) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const done = (fn: () => void, reuse: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        if (reuse && !closed) idle.push(worker);
        else void worker.terminate();
        fn();
      };
      const onMessage = (m: { ok: boolean; bytes?: Uint8Array; error?: string }) =>
        done(() => (m.ok && m.bytes !== undefined ? resolve(new Uint8Array(m.bytes)) : reject(new Error(`DOCX rendering failed (${m.error ?? "unknown"})`))), true);
      const onError = (e: Error) => done(() => reject(e), false);
      const timer = setTimeout(() => done(() => reject(new RenderUnavailable("timeout", `DOCX rendering took longer than ${timeoutMs} ms`)), false), timeoutMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker, not a window
      worker.postMessage({ doc, options: renderOptions });
    });

  const render: DocxRenderer = async (doc, renderOptions = {}) => {
    if (running >= concurrency) {
      if (waiting.length >= maxQueue) throw new RenderUnavailable("busy", "Too many documents are being rendered; retry shortly.");
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    running += 1;
    try {
      return await runOn(take(), doc, renderOptions);
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
  return {
    render,
    close: async () => {
      closed = true;
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
};
