import { z } from "zod";
import type { AppContext } from "../../platform/context.ts";
import type { App } from "../../platform/http.ts";
import { IdParams, problems } from "../../platform/http-schemas.ts";
import {
  AiSystem,
  HistoryEntry,
  PublicSystem,
  RegistryVocabulary,
  RiskInput,
  RiskResult,
  RiskScale,
  SubmitInput,
  SystemCreate,
  SystemPage,
  SystemQuery,
  SystemUpdate,
} from "./registry.schemas.ts";
import * as registry from "./registry.service.ts";

export function registryRoutes(ctx: AppContext) {
  const tags = ["registry"];
  return async (app: App) => {
    app.get(
      "/api/v1/registry/vocabulary",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary:
            "The registry's value lists and the classifiers' fact vocabulary (use cases, Annex I product areas, ISIC sections), to build forms",
          response: { 200: RegistryVocabulary },
        },
      },
      async () => registry.vocabulary(),
    );
    app.get(
      "/api/v1/registry/risk-scale",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary:
            "Our risk impact scale (ASEAN AI Safe's own, labelled as such): probability and severity 1-5, human-involvement levels and the rules that recommend one",
          response: { 200: RiskScale },
        },
      },
      async () => registry.riskScale(),
    );
    app.get(
      "/api/v1/systems",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary:
            "AI systems visible to me (my organisations', those submitted to my jurisdiction; the public sees public summaries)",
          querystring: SystemQuery,
          response: { 200: SystemPage, ...problems(400) },
        },
      },
      async (req) => registry.listSystems(ctx, req.actor, req.query),
    );
    app.post(
      "/api/v1/systems",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Register an AI system",
          body: SystemCreate,
          response: { 201: AiSystem, ...problems(400, 401, 403) },
        },
      },
      async (req, reply) => reply.status(201).send(await registry.createSystem(ctx, req.actor, req.body)),
    );
    app.get(
      "/api/v1/systems/:id",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "An AI system",
          params: IdParams,
          response: { 200: AiSystem.or(PublicSystem), ...problems(400, 404) },
        },
      },
      async (req) => registry.getSystem(ctx, req.actor, req.params.id),
    );
    app.patch(
      "/api/v1/systems/:id",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Change an AI system (a new version in its history)",
          params: IdParams,
          body: SystemUpdate,
          response: { 200: AiSystem, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => registry.updateSystem(ctx, req.actor, req.params.id, req.body),
    );
    app.get(
      "/api/v1/systems/:id/history",
      {
        config: { permission: "self" },
        schema: {
          tags,
          summary: "The change history of an AI system",
          params: IdParams,
          response: { 200: z.array(HistoryEntry), ...problems(401, 404) },
        },
      },
      async (req) => registry.systemHistory(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/systems/:id/submit",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Submit the system to a jurisdiction's regulator (makes it visible to them)",
          params: IdParams,
          body: SubmitInput,
          response: { 200: AiSystem, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => registry.submitSystem(ctx, req.actor, req.params.id, req.body.jurisdiction),
    );
    app.get(
      "/api/v1/systems/:id/risk",
      {
        config: { permission: "self" },
        schema: {
          tags,
          summary:
            "Risk and human oversight: the latest ASEAN risk impact assessment and each jurisdiction classifier's tier, with the rules that fired",
          params: IdParams,
          response: { 200: RiskResult, ...problems(401, 404) },
        },
      },
      async (req) => registry.risk(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/systems/:id/risk",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Record a risk impact assessment (probability and severity of harm, our 1-5 scale)",
          params: IdParams,
          body: RiskInput,
          response: { 200: RiskResult, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => registry.assessRisk(ctx, req.actor, req.params.id, req.body),
    );
  };
}
