import type { ResolutionDocument } from "@ctip-vn/domain/resolution";

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

export type DocxRenderer = (doc: ResolutionDocument) => Promise<Uint8Array>;

/**
 * In-process renderer for runtimes without worker threads (Workers): one render at a time per
 * isolate, the same queue cap, and the platform's own CPU limit as the time budget.
 */
export const inProcessDocx = (render: DocxRenderer, maxQueue = 4): DocxRenderer => {
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return async (doc) => {
    if (pending > maxQueue) throw new RenderUnavailable("busy", "Too many documents are being rendered; retry shortly.");
    pending += 1;
    const result = chain.then(() => render(doc));
    chain = result.catch(() => undefined);
    try {
      return await result;
    } finally {
      pending -= 1;
    }
  };
};
