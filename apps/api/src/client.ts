import { hc } from "hono/client";
import type { AppType } from "./app.js";

/** A typed client for the API (type-only import of the app: no server code reaches a browser bundle). */
export const makeApiClient = (baseUrl: string, init?: { fetch?: typeof fetch }) => hc<AppType>(baseUrl, init);
export type { AppType };
