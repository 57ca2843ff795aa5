import cookie from "@fastify/cookie";
import { z } from "zod";
import { anonymous } from "../../platform/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { AppError } from "../../platform/errors.ts";
import type { App } from "../../platform/http.ts";
import { IdParams, problems } from "../../platform/http-schemas.ts";
import * as oidc from "./auth.oidc.ts";
import {
  Accepted,
  ApiToken,
  ApiTokenCreate,
  ApiTokenCreated,
  AuthConfig,
  LoginBody,
  Me,
  PasswordResetConfirm,
  PasswordResetRequest,
} from "./auth.schemas.ts";
import * as auth from "./auth.service.ts";

/** Resolves the actor of every request: a bearer API token, else the session cookie, else anonymous. */
export async function registerAuthentication(app: App, ctx: AppContext) {
  await app.register(cookie);
  app.addHook("onRequest", async (req) => {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) throw new AppError("token_invalid", "The Authorization header must be `Bearer <token>`.");
      req.actor = await auth.resolveToken(ctx, m[1]!);
      return;
    }
    const secret = req.cookies[auth.SESSION_COOKIE];
    if (secret) {
      const r = await auth.resolveSession(ctx, secret);
      req.actor = r.actor;
      req.authProblem = r.problem;
    } else {
      req.actor = anonymous;
    }
  });
}

export function authRoutes(ctx: AppContext) {
  const cookieOptions = (expires?: Date) => ({
    path: "/",
    httpOnly: true,
    secure: ctx.config.secureCookies,
    sameSite: "lax" as const,
    ...(expires ? { expires } : {}),
  });

  return async (app: App) => {
    app.get(
      "/api/v1/auth/config",
      {
        config: { permission: "public" },
        schema: { tags: ["auth"], summary: "How to sign in on this node", response: { 200: AuthConfig } },
      },
      async () => ({
        passwordLogin: true,
        passwordReset: ctx.mailer.enabled,
        oidc: ctx.config.oidc ? { label: ctx.config.oidc.label, startUrl: "/api/v1/auth/oidc/start" } : null,
      }),
    );

    app.post(
      "/api/v1/auth/login",
      {
        config: {
          permission: "public",
          csrfExempt: true,
          // Per client address and e-mail, counted after validation (offices share addresses behind NAT).
          rateLimit: {
            max: ctx.config.loginRateLimitMax,
            timeWindow: "1 minute",
            hook: "preHandler",
            keyGenerator: (req) =>
              `${req.ip}|${String((req.body as { email?: string } | undefined)?.email).toLowerCase()}`,
          },
        },
        schema: {
          tags: ["auth"],
          summary: "Sign in with e-mail and password; sets the session cookie",
          body: LoginBody,
          response: { 200: Me, ...problems(400, 401, 415, 429) },
        },
      },
      async (req, reply) => {
        const s = await auth.login(ctx, req.body.email, req.body.password);
        reply.setCookie(auth.SESSION_COOKIE, s.secret, cookieOptions(s.expires));
        return auth.me(s.actor);
      },
    );

    app.post(
      "/api/v1/auth/logout",
      {
        config: { permission: "self" },
        schema: {
          tags: ["auth"],
          summary: "Sign out (ends the session)",
          response: { 204: z.null(), ...problems(401, 403) },
        },
      },
      async (req, reply) => {
        await auth.logout(ctx, req.actor);
        reply.clearCookie(auth.SESSION_COOKIE, cookieOptions());
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/v1/me",
      {
        config: { permission: "self" },
        schema: { tags: ["auth"], summary: "The signed-in user", response: { 200: Me, ...problems(401) } },
      },
      async (req) => auth.me(req.actor),
    );

    app.get(
      "/api/v1/me/tokens",
      {
        config: { permission: "self" },
        schema: {
          tags: ["auth"],
          summary: "My API tokens",
          response: { 200: z.array(ApiToken), ...problems(401) },
        },
      },
      async (req) => auth.listTokens(ctx, req.actor),
    );

    app.post(
      "/api/v1/me/tokens",
      {
        config: { permission: "self" },
        schema: {
          tags: ["auth"],
          summary: "Create an API token (the secret is shown once)",
          body: ApiTokenCreate,
          response: { 201: ApiTokenCreated, ...problems(400, 401, 403) },
        },
      },
      async (req, reply) => reply.status(201).send(await auth.createToken(ctx, req.actor, req.body)),
    );

    app.delete(
      "/api/v1/me/tokens/:id",
      {
        config: { permission: "self" },
        schema: {
          tags: ["auth"],
          summary: "Revoke an API token",
          params: IdParams,
          response: { 204: z.null(), ...problems(401, 403, 404) },
        },
      },
      async (req, reply) => {
        await auth.revokeToken(ctx, req.actor, req.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/api/v1/auth/password-reset",
      {
        config: { permission: "public", csrfExempt: true, rateLimit: { max: 5, timeWindow: "1 minute" } },
        schema: {
          tags: ["auth"],
          summary: "Ask for a password reset e-mail (same answer whether or not the address exists)",
          body: PasswordResetRequest,
          response: { 202: Accepted, ...problems(400, 429) },
        },
      },
      async (req, reply) => {
        await auth.requestPasswordReset(ctx, req.body.email);
        return reply.status(202).send({
          accepted: true as const,
          message: "If an account uses this address, a reset link has been sent to it.",
        });
      },
    );

    app.post(
      "/api/v1/auth/password-reset/confirm",
      {
        config: { permission: "public", csrfExempt: true, rateLimit: { max: 10, timeWindow: "1 minute" } },
        schema: {
          tags: ["auth"],
          summary: "Set a new password with a reset token",
          body: PasswordResetConfirm,
          response: { 204: z.null(), ...problems(400, 429) },
        },
      },
      async (req, reply) => {
        await auth.confirmPasswordReset(ctx, req.body.token, req.body.password);
        return reply.status(204).send(null);
      },
    );

    await oidc.registerOidcRoutes(app, ctx, (reply, s) => {
      reply.setCookie(auth.SESSION_COOKIE, s.secret, cookieOptions(s.expires));
    });
  };
}
