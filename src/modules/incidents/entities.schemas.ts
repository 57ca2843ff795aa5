import { z } from "zod";
import { PageQuery, page } from "../../platform/http-schemas.ts";
import { ACTOR_ROLES } from "./incidents.schemas.ts";
import { ENTITY_KINDS } from "./vocabulary.ts";

const Name = z.string().trim().min(2).max(200);
const Country = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code");

export const Entity = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(ENTITY_KINDS),
    aliases: z.array(z.string()),
    country: z.string().nullable(),
    url: z.string().nullable(),
    incidentCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Entity" });

export const EntityInput = z
  .strictObject({
    name: Name,
    kind: z.enum(ENTITY_KINDS),
    aliases: z.array(Name).max(50).default([]),
    country: Country.nullable().optional(),
    url: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .max(2000)
      .nullable()
      .optional(),
  })
  .meta({ id: "EntityCreate" });

export const EntityUpdate = z
  .strictObject({
    name: Name.optional(),
    kind: z.enum(ENTITY_KINDS).optional(),
    aliases: z.array(Name).max(50).optional().describe("the full list (replaces the aliases)"),
    country: Country.nullable().optional(),
    url: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .max(2000)
      .nullable()
      .optional(),
  })
  .meta({ id: "EntityUpdate" });

export const EntityQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe("words of the name or of an alias (the last as a prefix)"),
  kind: z.enum(ENTITY_KINDS).optional(),
  ...PageQuery,
});
export const EntityPage = page(Entity).meta({ id: "EntityPage" });

export const EntityMerge = z.strictObject({ into: z.uuid() }).meta({ id: "EntityMerge" });

export const IncidentEntity = z
  .object({
    entityId: z.uuid(),
    name: z.string(),
    kind: z.enum(ENTITY_KINDS),
    aliases: z.array(z.string()),
    role: z.enum(ACTOR_ROLES),
  })
  .meta({ id: "IncidentEntity" });

export const IncidentEntitiesInput = z
  .strictObject({
    links: z
      .array(z.strictObject({ entityId: z.uuid(), role: z.enum(ACTOR_ROLES) }))
      .max(100)
      .describe(
        "the full list of links (replaces them); a merged entity's id stands for the one it went into",
      ),
  })
  .meta({ id: "IncidentEntitiesSet" });

export type EntityInputT = z.infer<typeof EntityInput>;
export type EntityUpdateT = z.infer<typeof EntityUpdate>;
