import createFetchClient, { type ClientOptions } from "openapi-fetch";
import type { components, paths } from "./schema.d.ts";

export type { components, paths };
export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];

/**
 * The one typed client of the node API, generated from its OpenAPI document; used by the web
 * app, the CLI and the tests. In a browser, pass `credentials: "include"` and a CSRF header.
 */
export const createClient = (options: ClientOptions = {}) => createFetchClient<paths>(options);
export type Client = ReturnType<typeof createClient>;
