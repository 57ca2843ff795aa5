import type { FastifyReply } from "fastify";
import type { AppContext } from "../../platform/context.ts";
import type { App } from "../../platform/http.ts";
import { problems } from "../../platform/http-schemas.ts";
import {
  Entity,
  EntityInput,
  EntityMerge,
  EntityPage,
  EntityQuery,
  EntityUpdate,
  IncidentEntitiesInput,
  IncidentEntity,
} from "./entities.schemas.ts";
import * as entities from "./entities.service.ts";
import { IncidentIdParams } from "./incidents.schemas.ts";
import { MovedPermanently } from "./incidents.service.ts";

/** Entities (developers, deployers, harmed parties) and their links to incidents: triage analysts only. */
export function entityRoutes(ctx: AppContext) {
  const tags = ["incidents"];
  const config = { permission: "incidents:triage" as const };
  const withRedirect = async <T>(reply: FastifyReply, fn: () => Promise<T>) => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof MovedPermanently) return reply.redirect(`/api/v1/entities/${e.to}`, 301);
      throw e;
    }
  };

  return async (app: App) => {
    app.get(
      "/api/v1/entities",
      {
        config,
        schema: {
          tags,
          summary: "Entities, by words of their name or aliases (merged ones left out)",
          querystring: EntityQuery,
          response: { 200: EntityPage, ...problems(400, 401, 403) },
        },
      },
      async (req) => entities.listEntities(ctx, req.actor, req.query),
    );
    app.post(
      "/api/v1/entities",
      {
        config,
        schema: {
          tags,
          summary: "Create an entity (a name or alias another entity carries is refused)",
          body: EntityInput,
          response: { 201: Entity, ...problems(400, 401, 403, 409) },
        },
      },
      async (req, reply) => reply.status(201).send(await entities.createEntity(ctx, req.actor, req.body)),
    );
    app.get(
      "/api/v1/entities/:id",
      {
        config,
        schema: {
          tags,
          summary: "An entity; a merged id redirects (301) to the one it went into",
          params: IncidentIdParams,
          response: { 200: Entity, ...problems(400, 401, 403, 404) },
        },
      },
      async (req, reply) => withRedirect(reply, () => entities.getEntity(ctx, req.actor, req.params.id)),
    );
    app.patch(
      "/api/v1/entities/:id",
      {
        config,
        schema: {
          tags,
          summary: "Edit an entity: name, kind, aliases (the full list), country, URL",
          params: IncidentIdParams,
          body: EntityUpdate,
          response: { 200: Entity, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => entities.updateEntity(ctx, req.actor, req.params.id, req.body),
    );
    app.post(
      "/api/v1/entities/:id/merge",
      {
        config,
        schema: {
          tags,
          summary: "Merge this entity into another: names become aliases, links move, the id redirects",
          params: IncidentIdParams,
          body: EntityMerge,
          response: { 200: Entity, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => entities.mergeEntity(ctx, req.actor, req.params.id, req.body.into),
    );

    app.get(
      "/api/v1/incidents/:id/entities",
      {
        config,
        schema: {
          tags,
          summary: "The entities of an incident, with their roles",
          params: IncidentIdParams,
          response: { 200: IncidentEntity.array(), ...problems(401, 403, 404) },
        },
      },
      async (req) => entities.incidentEntities(ctx, req.actor, req.params.id),
    );
    app.put(
      "/api/v1/incidents/:id/entities",
      {
        config,
        schema: {
          tags,
          summary: "Set the entities of an incident with their roles",
          params: IncidentIdParams,
          body: IncidentEntitiesInput,
          response: { 200: IncidentEntity.array(), ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => entities.setIncidentEntities(ctx, req.actor, req.params.id, req.body.links),
    );
  };
}
