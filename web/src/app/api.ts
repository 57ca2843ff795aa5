import { type Client, createClient, type Problem, type Schemas } from "../../../src/client/index.ts";

export type { Schemas };

/** The CSRF token of the current session, held in memory only (from /api/v1/me or sign-in). */
let csrfToken: string | undefined;
export const setCsrfToken = (token: string | undefined) => {
  csrfToken = token;
};

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The one way the web app calls the node API: the typed client, with the session cookie and CSRF header. */
export const api: Client = createClient({ baseUrl: window.location.origin, credentials: "same-origin" });
api.use({
  onRequest({ request }) {
    if (csrfToken && STATE_CHANGING.has(request.method)) request.headers.set("x-csrf-token", csrfToken);
    return request;
  },
});

/** An RFC 9457 problem from the API (or a network failure, code "network"). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: { field: string; message: string }[];
  constructor(status: number, problem: Partial<Problem> | undefined) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? "network" : "unknown");
    this.fieldErrors = problem?.errors ?? [];
  }
  /** The message of the first field error whose path is `field` or starts with `field.`. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
  }
}

/** Unwraps an openapi-fetch result: the data, or throws an ApiError. */
export async function call<T>(
  promise: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await promise;
  } catch {
    throw new ApiError(0, undefined);
  }
  if (!result.response.ok) {
    const problem = typeof result.error === "object" && result.error !== null ? result.error : undefined;
    throw new ApiError(result.response.status, problem as Partial<Problem> | undefined);
  }
  return result.data as T;
}
