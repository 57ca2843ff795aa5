/** Stable error codes; the only place that maps them to HTTP statuses. */
export const ERROR_STATUS = {
  invalid_input: 400,
  not_signed_in: 401,
  invalid_credentials: 401,
  session_expired: 401,
  token_invalid: 401,
  signature_invalid: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  /** JSON pointer-ish path of the offending field, e.g. "email" or "members.0.role". */
  field: string;
  message: string;
  /** Machine code of the problem with this field (zod's issue code, e.g. too_small, invalid_format), for translation. */
  code?: string;
}

/** The one error type of the application. Services throw it; one handler renders it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  constructor(code: ErrorCode, detail: string, errors?: FieldError[]) {
    super(detail);
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.errors = errors;
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
export const forbidden = (detail = "You do not have permission to do this.") =>
  new AppError("forbidden", detail);

/** Validates a value against a zod schema outside HTTP (CLI, imports): an invalid_input AppError naming each field. */
export function parseInput<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const errors = r.error.issues.map((i) => ({
    field: i.path.map(String).join(".") || "input",
    message: i.message,
  }));
  throw new AppError("invalid_input", "The input is invalid.", errors);
}
