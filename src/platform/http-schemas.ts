import { z } from "zod";

/** RFC 9457 problem details, as every error is rendered. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().describe("Stable machine-readable error code"),
    requestId: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string().describe("The field (dotted path), or a JSON pointer into an imported document"),
          message: z.string(),
          code: z
            .string()
            .optional()
            .describe("Machine code for translation, e.g. too_small, invalid_format, unknown_field"),
        }),
      )
      .optional(),
  })
  .meta({ id: "Problem" });

const PROBLEM_DESCRIPTIONS = {
  400: "Invalid input (the errors name the fields)",
  401: "Not signed in, session expired, or invalid API token",
  403: "Signed in but not allowed (or CSRF check failed)",
  404: "Not found, or not visible to you",
  409: "Conflict with the current state",
  413: "Request too large",
  415: "Unsupported content type",
  429: "Too many requests",
} as const;
type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS;

/** Error responses a route documents in OpenAPI as application/problem+json, e.g. `...problems(400, 401, 404)`. */
export function problems<const C extends readonly ProblemStatus[]>(...codes: C) {
  return Object.fromEntries(
    codes.map((c) => [
      c,
      { description: PROBLEM_DESCRIPTIONS[c], content: { "application/problem+json": { schema: Problem } } },
    ]),
  ) as {
    [K in C[number]]: {
      description: string;
      content: { "application/problem+json": { schema: typeof Problem } };
    };
  };
}

export const Uuid = z.uuid();
export const IdParams = z.strictObject({ id: z.uuid() });

/** A paged list of items. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
