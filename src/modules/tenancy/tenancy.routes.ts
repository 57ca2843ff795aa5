import { z } from "zod";
import type { AppContext } from "../../platform/context.ts";
import type { App } from "../../platform/http.ts";
import { IdParams, problems } from "../../platform/http-schemas.ts";
import {
  Jurisdiction,
  MembershipPut,
  NodeInfo,
  Organisation,
  OrganisationCreate,
  OrganisationPage,
  OrganisationQuery,
  OrganisationUpdate,
  ProfileUpdate,
  User,
  UserCreate,
  UserPage,
  UserQuery,
  UserUpdate,
} from "./tenancy.schemas.ts";
import * as tenancy from "./tenancy.service.ts";

export function tenancyRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      "/api/v1/jurisdictions",
      {
        config: { permission: "public" },
        schema: {
          tags: ["tenancy"],
          summary: "The eleven ASEAN member states and the Secretariat (ASEAN)",
          response: { 200: z.array(Jurisdiction) },
        },
      },
      async () => tenancy.listJurisdictions(ctx),
    );

    app.get(
      "/.well-known/aisafe-node",
      {
        config: { permission: "public" },
        schema: {
          tags: ["tenancy"],
          summary: "This node's identity and public key",
          response: { 200: NodeInfo },
        },
      },
      async () => tenancy.nodeInfo(ctx),
    );

    app.get(
      "/api/v1/organisations",
      {
        config: { permission: "orgs:read" },
        schema: {
          tags: ["tenancy"],
          summary: "Organisations visible to me",
          querystring: OrganisationQuery,
          response: { 200: OrganisationPage, ...problems(400, 401) },
        },
      },
      async (req) => tenancy.listOrgs(ctx, req.actor, req.query),
    );

    app.post(
      "/api/v1/organisations",
      {
        config: { permission: "orgs:create" },
        schema: {
          tags: ["tenancy"],
          summary: "Create an organisation",
          body: OrganisationCreate,
          response: { 201: Organisation, ...problems(400, 401, 403, 409) },
        },
      },
      async (req, reply) => reply.status(201).send(await tenancy.createOrg(ctx, req.actor, req.body)),
    );

    app.get(
      "/api/v1/organisations/:id",
      {
        config: { permission: "orgs:read" },
        schema: {
          tags: ["tenancy"],
          summary: "One organisation",
          params: IdParams,
          response: { 200: Organisation, ...problems(401, 404) },
        },
      },
      async (req) => tenancy.getOrg(ctx, req.actor, req.params.id),
    );

    app.patch(
      "/api/v1/organisations/:id",
      {
        config: { permission: "orgs:manage" },
        schema: {
          tags: ["tenancy"],
          summary: "Rename or retype an organisation",
          params: IdParams,
          body: OrganisationUpdate,
          response: { 200: Organisation, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => tenancy.updateOrg(ctx, req.actor, req.params.id, req.body),
    );

    app.put(
      "/api/v1/organisations/:id/members/:userId",
      {
        config: { permission: "users:manage" },
        schema: {
          tags: ["tenancy"],
          summary: "Add a user to an organisation or change their role",
          params: z.strictObject({ id: z.uuid(), userId: z.uuid() }),
          body: MembershipPut,
          response: { 200: User, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => tenancy.setMembership(ctx, req.actor, req.params.id, req.params.userId, req.body.role),
    );

    app.delete(
      "/api/v1/organisations/:id/members/:userId",
      {
        config: { permission: "users:manage" },
        schema: {
          tags: ["tenancy"],
          summary: "Remove a user from an organisation",
          params: z.strictObject({ id: z.uuid(), userId: z.uuid() }),
          response: { 204: z.null(), ...problems(401, 403, 404) },
        },
      },
      async (req, reply) => {
        await tenancy.removeMembership(ctx, req.actor, req.params.id, req.params.userId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/v1/users",
      {
        config: { permission: "users:read" },
        schema: {
          tags: ["tenancy"],
          summary: "Users I administer",
          querystring: UserQuery,
          response: { 200: UserPage, ...problems(400, 401, 403) },
        },
      },
      async (req) => tenancy.listUsers(ctx, req.actor, req.query),
    );

    app.post(
      "/api/v1/users",
      {
        config: { permission: "users:manage" },
        schema: {
          tags: ["tenancy"],
          summary: "Create a user",
          body: UserCreate,
          response: { 201: User, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req, reply) => reply.status(201).send(await tenancy.createUser(ctx, req.actor, req.body)),
    );

    app.get(
      "/api/v1/users/:id",
      {
        config: { permission: "users:read" },
        schema: {
          tags: ["tenancy"],
          summary: "One user",
          params: IdParams,
          response: { 200: User, ...problems(401, 403, 404) },
        },
      },
      async (req) => tenancy.getUser(ctx, req.actor, req.params.id),
    );

    app.patch(
      "/api/v1/users/:id",
      {
        config: { permission: "users:manage" },
        schema: {
          tags: ["tenancy"],
          summary: "Change a user's name, status or node role",
          params: IdParams,
          body: UserUpdate,
          response: { 200: User, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => tenancy.updateUser(ctx, req.actor, req.params.id, req.body),
    );

    app.patch(
      "/api/v1/me",
      {
        config: { permission: "self" },
        schema: {
          tags: ["tenancy"],
          summary: "Update my profile (name, language)",
          body: ProfileUpdate,
          response: { 200: User, ...problems(400, 401, 403) },
        },
      },
      async (req) => tenancy.updateProfile(ctx, req.actor, req.body),
    );
  };
}
