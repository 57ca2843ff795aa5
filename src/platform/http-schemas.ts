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
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem" });

/** Error responses a route documents in OpenAPI, e.g. `...problems(400, 401, 404)`. */
export function problems<const C extends readonly (400 | 401 | 403 | 404 | 409 | 413 | 415 | 429)[]>(
  ...codes: C
) {
  return Object.fromEntries(codes.map((c) => [c, Problem])) as { [K in C[number]]: typeof Problem };
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
