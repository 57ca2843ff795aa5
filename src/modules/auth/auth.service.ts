import {
  type Actor,
  type Membership,
  requireUser,
  rolesOf,
  type TokenScope,
  type UserActor,
} from "../../platform/access.ts";
import { appendAudit } from "../../platform/audit.ts";
import type { AppContext } from "../../platform/context.ts";
import { dummyPasswordHash, hashPassword, sha256Hex, verifyPassword } from "../../platform/crypto.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { randomToken, uuidv7 } from "../../platform/ids.ts";
import * as tenancy from "../tenancy/tenancy.service.ts";
import * as repo from "./auth.repo.ts";

export const SESSION_COOKIE = "aisafe_session";
export const CSRF_HEADER = "x-csrf-token";
const TOKEN_PREFIX = "aisafe_";
const RESET_TTL_MS = 60 * 60 * 1000;

const invalidCredentials = () =>
  new AppError("invalid_credentials", "The e-mail address or password is incorrect.");

async function userActor(
  ctx: AppContext,
  userId: string,
  via: UserActor["via"],
  extra: Partial<UserActor>,
): Promise<UserActor | undefined> {
  const u = await tenancy.loadActiveUser(ctx, userId);
  if (!u) return undefined;
  return {
    kind: "user",
    userId: u.id,
    email: u.email,
    displayName: u.displayName,
    locale: u.locale,
    nodeRole: u.nodeRole,
    memberships: u.memberships as Membership[],
    via,
    ...extra,
  };
}

async function startSession(ctx: AppContext, userId: string, method: "password" | "oidc") {
  const secret = randomToken(32);
  const csrfToken = randomToken(24);
  const expires = new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000);
  const actor = await userActor(ctx, userId, "session", { sessionId: sha256Hex(secret), csrfToken });
  if (!actor) throw invalidCredentials();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertSession(trx, {
      id: sha256Hex(secret),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: expires,
      auth_method: method,
    });
    await appendAudit(trx, actor, {
      action: "auth.login",
      targetType: "user",
      targetId: userId,
      change: { method },
    });
  });
  return { secret, csrfToken, expires, actor };
}

/** Password sign-in. The same answer, in about the same time, for an unknown e-mail and a wrong password. */
export async function login(ctx: AppContext, email: string, password: string) {
  const user = await tenancy.findUserForLogin(ctx, email);
  if (!user?.password_hash) {
    await verifyPassword(await dummyPasswordHash(), password);
    throw invalidCredentials();
  }
  const ok = await verifyPassword(user.password_hash, password);
  if (!ok || user.status !== "active") throw invalidCredentials();
  return startSession(ctx, user.id, "password");
}

/** Sign-in by a verified identity from the OIDC provider: matches an existing active user by e-mail. */
export async function loginWithOidc(ctx: AppContext, email: string) {
  const user = await tenancy.findUserByEmail(ctx, email);
  if (user?.status !== "active") {
    throw new AppError("forbidden", "No active account on this node uses that e-mail address.");
  }
  return startSession(ctx, user.id, "oidc");
}

export type ResolveResult = { actor: Actor; problem?: AppError };

/** The actor behind a session cookie; anonymous (with the reason) when it is unknown, expired or revoked. */
export async function resolveSession(ctx: AppContext, secret: string): Promise<ResolveResult> {
  const id = sha256Hex(secret);
  const cached = ctx.actorCache.get(`s:${id}`);
  if (cached) return { actor: cached };
  const s = await repo.getSession(ctx.db, id);
  const expired = () => ({
    actor: { kind: "anonymous" } as Actor,
    problem: new AppError("session_expired", "Your session has ended. Sign in again."),
  });
  if (!s || s.revoked_at || s.expires_at.getTime() <= Date.now()) return expired();
  const actor = await userActor(ctx, s.user_id, "session", { sessionId: s.id, csrfToken: s.csrf_token });
  if (!actor) return expired();
  ctx.actorCache.set(`s:${id}`, actor, s.expires_at);
  return { actor };
}

/** The actor behind a bearer API token; throws 401 for an unknown, expired or revoked token. */
export async function resolveToken(ctx: AppContext, secret: string): Promise<Actor> {
  const hash = sha256Hex(secret);
  const cached = ctx.actorCache.get(`t:${hash}`);
  if (cached) return cached;
  const t = secret.startsWith(TOKEN_PREFIX) ? await repo.getTokenByHash(ctx.db, hash) : undefined;
  if (!t) throw new AppError("token_invalid", "The API token is not valid.");
  if (t.revoked_at) throw new AppError("token_invalid", "The API token has been revoked.");
  if (t.expires_at.getTime() <= Date.now()) throw new AppError("token_invalid", "The API token has expired.");
  const actor = await userActor(ctx, t.user_id, "token", {
    token: { id: t.id, name: t.name, scopes: t.scopes as TokenScope[] },
  });
  if (!actor) throw new AppError("token_invalid", "The API token's user is disabled.");
  // Recorded at most once per cache period per token, not on every request.
  await repo.touchToken(ctx.db, t.id);
  ctx.actorCache.set(`t:${hash}`, actor, t.expires_at);
  return actor;
}

export async function logout(ctx: AppContext, actor: Actor) {
  const me = requireUser(actor);
  if (!me.sessionId) return;
  const sessionId = me.sessionId;
  ctx.actorCache.delete(`s:${sessionId}`);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.revokeSession(trx, sessionId);
    await appendAudit(trx, actor, { action: "auth.logout", targetType: "user", targetId: me.userId });
  });
}

/** The signed-in user as `GET /me` shows them. */
export function me(actor: Actor) {
  const u = requireUser(actor);
  return {
    id: u.userId,
    email: u.email,
    displayName: u.displayName,
    locale: u.locale,
    nodeRole: u.nodeRole,
    roles: [...rolesOf(u)],
    memberships: u.memberships,
    via: u.via,
    ...(u.via === "session" && u.csrfToken ? { csrfToken: u.csrfToken } : {}),
  };
}

// ---------- API tokens ----------

const toToken = (t: Awaited<ReturnType<typeof repo.listTokens>>[number]) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopes as TokenScope[],
  expiresAt: t.expires_at.toISOString(),
  revokedAt: t.revoked_at?.toISOString() ?? null,
  lastUsedAt: t.last_used_at?.toISOString() ?? null,
  createdAt: t.created_at.toISOString(),
});

/** Creates an API token for the actor's own account. A token can never create another token. */
export async function createToken(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; scopes: TokenScope[]; expiresInDays: number },
) {
  const me = requireUser(actor);
  if (me.token)
    throw new AppError("forbidden", "API tokens cannot create API tokens; sign in to create one.");
  return issueToken(ctx, actor, me.userId, input);
}

/** Issues a token for a user (also used by the CLI as the system actor). */
export async function issueToken(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  input: { name: string; scopes: TokenScope[]; expiresInDays: number },
) {
  const secret = `${TOKEN_PREFIX}${randomToken(32)}`;
  const id = uuidv7();
  const scopes = [...new Set(input.scopes)];
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertToken(trx, {
      id,
      user_id: userId,
      name: input.name,
      token_hash: sha256Hex(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      scopes,
      expires_at: new Date(Date.now() + input.expiresInDays * 86_400_000),
    });
    await appendAudit(trx, actor, {
      action: "token.create",
      targetType: "api-token",
      targetId: id,
      change: { userId, name: input.name, scopes, expiresInDays: input.expiresInDays },
    });
  });
  const row = (await repo.listTokens(ctx.db, userId)).find((t) => t.id === id)!;
  return { ...toToken(row), token: secret };
}

export async function listTokens(ctx: AppContext, actor: Actor) {
  const me = requireUser(actor);
  return (await repo.listTokens(ctx.db, me.userId)).map(toToken);
}

export async function revokeToken(ctx: AppContext, actor: Actor, id: string) {
  const me = requireUser(actor);
  const t = await repo.getToken(ctx.db, id);
  if (!t || (t.user_id !== me.userId && me.nodeRole !== "node-admin")) throw notFound("API token");
  if (t.revoked_at) return;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.revokeToken(trx, id);
    await appendAudit(trx, actor, { action: "token.revoke", targetType: "api-token", targetId: id });
  });
  ctx.actorCache.evictUser(t.user_id);
}

// ---------- password reset ----------

/**
 * Starts a password reset. Always answers the same way whether or not the e-mail exists;
 * when it does and mail is configured, sends a one-time link valid for an hour.
 */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  if (!ctx.mailer.enabled)
    throw new AppError("unavailable", "Password reset by e-mail is not configured on this node.");
  const user = await tenancy.findUserByEmail(ctx, email);
  if (user?.status !== "active") return;
  const secret = randomToken(32);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertPasswordReset(trx, {
      token_hash: sha256Hex(secret),
      user_id: user.id,
      expires_at: new Date(Date.now() + RESET_TTL_MS),
    });
    await appendAudit(
      trx,
      { kind: "system", label: "password reset request" },
      {
        action: "auth.password-reset.request",
        targetType: "user",
        targetId: user.id,
      },
    );
  });
  const link = `${ctx.config.publicUrl}/reset-password?token=${encodeURIComponent(secret)}`;
  ctx.mailer
    .send({
      to: user.email,
      subject: "ASEAN AI Safe: reset your password",
      text: `Someone asked to reset the password of your ASEAN AI Safe account.\n\nTo choose a new password, open this link within one hour:\n${link}\n\nIf it was not you, ignore this message; your password stays as it is.`,
    })
    .catch((err) => ctx.log.error({ err }, "password reset mail failed"));
}

/** Completes a reset: sets the password, spends the token, ends every session of the user. */
export async function confirmPasswordReset(ctx: AppContext, token: string, password: string): Promise<void> {
  const hash = sha256Hex(token);
  const r = await repo.getPasswordReset(ctx.db, hash);
  const invalid = () =>
    new AppError("invalid_input", "This password reset link is invalid or has expired.", [
      { field: "token", message: "invalid or expired" },
    ]);
  if (!r || r.used_at || r.expires_at.getTime() <= Date.now()) throw invalid();
  const pwHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.usePasswordReset(trx, hash))) throw invalid();
    await tenancy.setPasswordHash(trx, r.user_id, pwHash);
    await repo.revokeUserSessions(trx, r.user_id);
    await appendAudit(
      trx,
      { kind: "system", label: "password reset" },
      {
        action: "auth.password-reset.complete",
        targetType: "user",
        targetId: r.user_id,
      },
    );
  });
  ctx.actorCache.evictUser(r.user_id);
}

/** Sets a password directly (CLI `user create` / admin tooling). */
export async function setPassword(ctx: AppContext, actor: Actor, userId: string, password: string) {
  const pwHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await tenancy.setPasswordHash(trx, userId, pwHash);
    await repo.revokeUserSessions(trx, userId);
    await appendAudit(trx, actor, { action: "user.password", targetType: "user", targetId: userId });
  });
  ctx.actorCache.evictUser(userId);
}
