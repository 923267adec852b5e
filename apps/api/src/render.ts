import type { RenderOptions, ResolutionDocument } from "@ctip-vn/domain/resolution";

/** Rendering could not start (queue full) or did not finish within its time budget. */
export class RenderUnavailable extends Error {
  override readonly name = "RenderUnavailable";
  constructor(
    readonly reason: "busy" | "timeout",
    message: string,
  ) {
    super(message);
  }
}

/** Renders a resolution to DOCX; `options.provinces` must be plain data (it may cross to a worker thread). */
export type DocxRenderer = (doc: ResolutionDocument, options?: RenderOptions) => Promise<Uint8Array>;

/**
 * In-process renderer for runtimes without worker threads (Workers): one render at a time per
 * isolate, the same queue cap, and the platform's own CPU limit as the time budget.
 */
export const inProcessDocx = (render: DocxRenderer, maxQueue = 4): DocxRenderer => {
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return async (doc, options) => {
    if (pending > maxQueue) throw new RenderUnavailable("busy", "Too many documents are being rendered; retry shortly.");
    pending += 1;
    const result = chain.then(() => render(doc, options));
    chain = result.catch(() => undefined);
    try {
      return await result;
    } finally {
      pending -= 1;
    }
  };
};
