import { createPrivateKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  type Actor,
  can,
  grantableRoles,
  type OrgRole,
  orgScope,
  requireUser,
} from "../../platform/access.ts";
import { appendAudit } from "../../platform/audit.ts";
import type { AppContext } from "../../platform/context.ts";
import {
  generateNodeKeyPair,
  hashPassword,
  jwkThumbprint,
  signEd25519,
  verifyEd25519,
} from "../../platform/crypto.ts";
import type { Executor } from "../../platform/db/index.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { uuidv7 } from "../../platform/ids.ts";
import { fromRoot } from "../../platform/paths.ts";
import * as repo from "./tenancy.repo.ts";
import type { OrganisationT, UserCreateT, UserT } from "./tenancy.schemas.ts";

const JURISDICTIONS_FILE = fromRoot("content/jurisdictions.json");

/** Loads the jurisdictions from content/ into the database (idempotent; run at start-up). */
export async function syncJurisdictions(ctx: AppContext): Promise<void> {
  const data = JSON.parse(readFileSync(JURISDICTIONS_FILE, "utf8")) as {
    jurisdictions: repo.JurisdictionRow[];
  };
  await repo.upsertJurisdictions(ctx.db, data.jurisdictions);
}

const jurisdictionCache = new WeakMap<AppContext, Promise<repo.JurisdictionRow[]>>();
export function listJurisdictions(ctx: AppContext) {
  let p = jurisdictionCache.get(ctx);
  if (!p) {
    p = repo.listJurisdictions(ctx.db);
    jurisdictionCache.set(ctx, p);
    p.catch(() => jurisdictionCache.delete(ctx));
  }
  return p;
}

async function requireJurisdiction(ctx: AppContext, code: string) {
  const all = await listJurisdictions(ctx);
  if (!all.some((j) => j.code === code)) {
    throw new AppError("invalid_input", `Unknown jurisdiction ${code}.`, [
      { field: "jurisdiction", message: `unknown jurisdiction ${code}` },
    ]);
  }
}

export interface NodeInfoT {
  nodeId: string;
  jurisdiction: string;
  name: string;
  publicKeyJwk: { kty: string; crv: string; x: string };
  fingerprint: string;
  version: string;
}

/** Creates the node's identity and Ed25519 key pair on first start; later starts keep it. */
export async function ensureNodeIdentity(ctx: AppContext): Promise<NodeInfoT> {
  if (!(await repo.getNodeIdentity(ctx.db))) {
    await requireJurisdiction(ctx, ctx.config.node.jurisdiction);
    const keys = generateNodeKeyPair();
    await ctx.db.transaction().execute(async (trx) => {
      await repo.insertNodeIdentity(trx, {
        node_id: uuidv7(),
        jurisdiction: ctx.config.node.jurisdiction,
        name: ctx.config.node.name,
        public_key_jwk: keys.publicKeyJwk,
        private_key_pem: keys.privateKeyPem,
      });
      await appendAudit(
        trx,
        { kind: "system", label: "node start-up" },
        {
          action: "node.create",
          targetType: "node",
          change: {
            jurisdiction: ctx.config.node.jurisdiction,
            name: ctx.config.node.name,
            publicKey: keys.publicKeyJwk,
          },
        },
      );
    });
  }
  nodeInfoCache.delete(ctx);
  return nodeInfo(ctx);
}

const nodeInfoCache = new WeakMap<AppContext, Promise<NodeInfoT>>();
/** The node's public identity (never the private key). */
export function nodeInfo(ctx: AppContext): Promise<NodeInfoT> {
  let p = nodeInfoCache.get(ctx);
  if (!p) {
    p = repo.getNodeIdentity(ctx.db).then((row) => {
      if (!row) throw new AppError("unavailable", "The node has no identity yet.");
      const jwk = row.public_key_jwk as { kty: string; crv: string; x: string };
      return {
        nodeId: row.node_id,
        jurisdiction: row.jurisdiction,
        name: row.name,
        publicKeyJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x },
        fingerprint: jwkThumbprint(jwk),
        version: ctx.version,
      };
    });
    nodeInfoCache.set(ctx, p);
    p.catch(() => nodeInfoCache.delete(ctx));
  }
  return p;
}

// ---------- organisations ----------

const toOrg = (r: NonNullable<Awaited<ReturnType<typeof repo.getOrg>>>): OrganisationT => ({
  id: r.id,
  name: r.name,
  type: r.type as OrganisationT["type"],
  jurisdiction: r.jurisdiction,
  memberCount: Number(r.member_count ?? 0),
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** The organisations hosted at this node, by id and name, as announced to federation peers. */
export const hostedOrganisations = (ctx: AppContext) => repo.allOrgNames(ctx.db);

export async function listOrgs(ctx: AppContext, actor: Actor, filter: repo.OrgFilter) {
  const { items, total } = await repo.listOrgs(ctx.db, orgScope(actor), filter);
  return { items: items.map(toOrg), total, limit: filter.limit, offset: filter.offset };
}

/** An organisation the actor may see; 404 when it does not exist or is invisible to the actor. */
export async function getOrg(ctx: AppContext, actor: Actor, id: string): Promise<OrganisationT> {
  const row = await repo.getOrg(ctx.db, id);
  if (!row || !can(actor, "read", row)) throw notFound("Organisation");
  return toOrg(row);
}

export async function createOrg(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; type: string; jurisdiction: string },
): Promise<OrganisationT> {
  await requireJurisdiction(ctx, input.jurisdiction);
  if (!can(actor, "manage", { id: "", jurisdiction: input.jurisdiction })) {
    throw forbidden(`You cannot create organisations in ${input.jurisdiction}.`);
  }
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.orgNameTaken(trx, input.jurisdiction, input.name)) {
      throw new AppError(
        "conflict",
        `An organisation named "${input.name}" already exists in ${input.jurisdiction}.`,
        [{ field: "name", message: "already exists in this jurisdiction" }],
      );
    }
    await repo.insertOrg(trx, { id, ...input });
    await appendAudit(trx, actor, {
      action: "organisation.create",
      targetType: "organisation",
      targetId: id,
      change: input,
    });
  });
  return getOrg(ctx, actor, id);
}

export async function updateOrg(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: { name?: string | undefined; type?: string | undefined },
): Promise<OrganisationT> {
  const org = await getOrg(ctx, actor, id);
  if (!can(actor, "manage", org)) throw forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    if (patch.name && (await repo.orgNameTaken(trx, org.jurisdiction, patch.name, id))) {
      throw new AppError(
        "conflict",
        `An organisation named "${patch.name}" already exists in ${org.jurisdiction}.`,
        [{ field: "name", message: "already exists in this jurisdiction" }],
      );
    }
    await repo.updateOrg(trx, id, patch);
    await appendAudit(trx, actor, {
      action: "organisation.update",
      targetType: "organisation",
      targetId: id,
      change: patch,
    });
  });
  ctx.actorCache.clear(); // memberships carry organisation names
  return getOrg(ctx, actor, id);
}

// ---------- users ----------

const toUser = (r: repo.UserRow): UserT => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  locale: r.locale,
  nodeRole: r.node_role,
  status: r.status,
  memberships: r.memberships,
  createdAt: r.created_at.toISOString(),
});

/** A user as an actor needs it (signed-in identity and memberships); undefined when missing or disabled. */
export async function loadActiveUser(ctx: AppContext, userId: string) {
  const row = await repo.getUser(ctx.db, userId);
  return row && row.status === "active" ? toUser(row) : undefined;
}

/** For sign-in only: the user with their password hash. */
export const findUserForLogin = (ctx: AppContext, email: string) => repo.getUserByEmail(ctx.db, email);

function canSeeUser(actor: Actor, u: UserT): boolean {
  if (actor.kind === "user" && actor.userId === u.id) return true;
  if (actor.kind === "system" || (actor.kind === "user" && actor.nodeRole === "node-admin")) return true;
  return u.memberships.some((m) =>
    can(actor, "manage-members", { id: m.orgId, jurisdiction: m.jurisdiction }),
  );
}

export async function listUsers(ctx: AppContext, actor: Actor, filter: repo.UserFilter) {
  const scope = orgScope(actor);
  // Only those who manage an organisation list its members: narrow org members' scope to orgs they administer.
  if (!scope.all && actor.kind === "user") {
    scope.orgIds = actor.memberships
      .filter((m) => m.role === "org-admin" || m.role === "regulator-admin")
      .map((m) => m.orgId);
    scope.jurisdictions = actor.memberships
      .filter((m) => m.role === "regulator-admin")
      .map((m) => m.jurisdiction);
  }
  const { items, total } = await repo.listUsers(ctx.db, scope, filter);
  return { items: items.map(toUser), total, limit: filter.limit, offset: filter.offset };
}

export async function getUser(ctx: AppContext, actor: Actor, id: string): Promise<UserT> {
  const row = await repo.getUser(ctx.db, id);
  if (!row) throw notFound("User");
  const u = toUser(row);
  if (!canSeeUser(actor, u)) throw notFound("User");
  return u;
}

async function checkGrant(ctx: AppContext, actor: Actor, orgId: string, role: OrgRole) {
  const org = await getOrg(ctx, actor, orgId);
  const allowed = grantableRoles(actor, org);
  if (!allowed.includes(role)) {
    if (!can(actor, "manage-members", org))
      throw forbidden("You cannot manage members of this organisation.");
    throw new AppError("invalid_input", `Role ${role} does not fit a ${org.type} organisation.`, [
      { field: "role", message: `must be one of ${allowed.join(", ")}` },
    ]);
  }
}

export async function createUser(ctx: AppContext, actor: Actor, input: UserCreateT): Promise<UserT> {
  const isNodeAdmin = actor.kind === "system" || (actor.kind === "user" && actor.nodeRole === "node-admin");
  if (input.nodeRole && !isNodeAdmin)
    throw forbidden("Only a node administrator can create node administrators.");
  if (!isNodeAdmin && !input.membership) {
    throw new AppError("invalid_input", "A new user must join one of your organisations.", [
      { field: "membership", message: "required" },
    ]);
  }
  if (input.membership) await checkGrant(ctx, actor, input.membership.orgId, input.membership.role);
  const id = uuidv7();
  const email = input.email.toLowerCase();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  await ctx.db.transaction().execute(async (trx) => {
    if (await repo.getUserByEmail(trx, email)) {
      throw new AppError("conflict", "A user with this e-mail address already exists.", [
        { field: "email", message: "already registered" },
      ]);
    }
    await repo.insertUser(trx, {
      id,
      email,
      display_name: input.displayName,
      password_hash: passwordHash,
      locale: input.locale,
      node_role: input.nodeRole,
    });
    if (input.membership) await repo.putMembership(trx, id, input.membership.orgId, input.membership.role);
    await appendAudit(trx, actor, {
      action: "user.create",
      targetType: "user",
      targetId: id,
      change: {
        email,
        displayName: input.displayName,
        nodeRole: input.nodeRole,
        membership: input.membership,
      },
    });
  });
  return getUser(ctx, actor, id);
}

export async function updateUser(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: {
    displayName?: string | undefined;
    status?: "active" | "disabled" | undefined;
    nodeRole?: "node-admin" | null | undefined;
  },
): Promise<UserT> {
  const target = await getUser(ctx, actor, id);
  const isNodeAdmin = actor.kind === "system" || (actor.kind === "user" && actor.nodeRole === "node-admin");
  if (patch.nodeRole !== undefined && !isNodeAdmin)
    throw forbidden("Only a node administrator can change node roles.");
  const self = actor.kind === "user" && actor.userId === id;
  if (
    !isNodeAdmin &&
    !target.memberships.some((m) =>
      can(actor, "manage-members", { id: m.orgId, jurisdiction: m.jurisdiction }),
    )
  ) {
    throw forbidden();
  }
  await ctx.db.transaction().execute(async (trx) => {
    const removesAdmin =
      target.nodeRole === "node-admin" && (patch.nodeRole === null || patch.status === "disabled");
    if (removesAdmin && (await repo.countNodeAdmins(trx)) <= 1) {
      throw new AppError("conflict", "The node must keep at least one active node administrator.");
    }
    if (self && patch.status === "disabled")
      throw new AppError("conflict", "You cannot disable your own account.");
    await repo.updateUser(trx, id, {
      display_name: patch.displayName,
      status: patch.status,
      node_role: patch.nodeRole,
    });
    await appendAudit(trx, actor, { action: "user.update", targetType: "user", targetId: id, change: patch });
  });
  ctx.actorCache.evictUser(id);
  return getUser(ctx, actor, id);
}

export async function setMembership(
  ctx: AppContext,
  actor: Actor,
  orgId: string,
  userId: string,
  role: OrgRole,
) {
  await checkGrant(ctx, actor, orgId, role);
  const row = await repo.getUser(ctx.db, userId);
  if (!row) throw notFound("User");
  await ctx.db.transaction().execute(async (trx) => {
    await repo.putMembership(trx, userId, orgId, role);
    await appendAudit(trx, actor, {
      action: "membership.set",
      targetType: "organisation",
      targetId: orgId,
      change: { userId, role },
    });
  });
  ctx.actorCache.evictUser(userId);
  return getUser(ctx, actor, userId);
}

export async function removeMembership(ctx: AppContext, actor: Actor, orgId: string, userId: string) {
  const org = await getOrg(ctx, actor, orgId);
  if (!can(actor, "manage-members", org)) throw forbidden("You cannot manage members of this organisation.");
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteMembership(trx, userId, orgId))) throw notFound("Membership");
    await appendAudit(trx, actor, {
      action: "membership.remove",
      targetType: "organisation",
      targetId: orgId,
      change: { userId },
    });
  });
  ctx.actorCache.evictUser(userId);
}

/** The signed-in user's own profile. */
export async function updateProfile(
  ctx: AppContext,
  actor: Actor,
  patch: { displayName?: string | undefined; locale?: string | undefined },
): Promise<UserT> {
  const me = requireUser(actor);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, me.userId, { display_name: patch.displayName, locale: patch.locale });
    await appendAudit(trx, actor, {
      action: "user.profile",
      targetType: "user",
      targetId: me.userId,
      change: patch,
    });
  });
  ctx.actorCache.evictUser(me.userId);
  return getUser(ctx, actor, me.userId);
}

/** Sets a user's password (by reset or by the CLI); the caller audits in the same transaction. */
export async function setPasswordHash(trx: Executor, userId: string, hash: string) {
  await repo.updateUser(trx, userId, { password_hash: hash });
}

/** Looks a user up by e-mail for a system task (CLI, seed, OIDC matching). */
export async function findUserByEmail(ctx: AppContext, email: string) {
  const row = await repo.getUserByEmail(ctx.db, email);
  return row ? { ...toUser(row), hasPassword: row.password_hash !== null } : undefined;
}

export const countNodeAdmins = (ctx: AppContext) => repo.countNodeAdmins(ctx.db);

/** Finds an organisation by name (seed, CLI). */
export async function findOrgByName(ctx: AppContext, jurisdiction: string, name: string) {
  const { items } = await repo.listOrgs(
    ctx.db,
    { all: true, jurisdictions: [], orgIds: [] },
    {
      jurisdiction,
      q: name,
      limit: 50,
      offset: 0,
    },
  );
  const row = items.find((o) => o.name.toLowerCase() === name.toLowerCase());
  return row ? toOrg(row) : undefined;
}

/** Signs data with the node's Ed25519 key (the key never leaves this module): base64 signature and key fingerprint. */
export async function signWithNodeKey(ctx: AppContext, data: Buffer | string) {
  const row = await repo.getNodeIdentity(ctx.db);
  if (!row) throw new AppError("unavailable", "The node has no identity yet.");
  const info = await nodeInfo(ctx);
  return {
    signature: signEd25519(row.private_key_pem, data).toString("base64"),
    fingerprint: info.fingerprint,
  };
}

const signingKeys = new WeakMap<AppContext, Promise<KeyObject>>();
/**
 * The node's private key as a KeyObject, for modules that sign protocol messages (federation).
 * Inside a transaction pass it as `db` (PGlite has one connection: a query beside it would wait).
 */
export function nodeSigningKey(ctx: AppContext, db: Executor = ctx.db): Promise<KeyObject> {
  let p = signingKeys.get(ctx);
  if (!p) {
    p = repo.getNodeIdentity(db).then((row) => {
      if (!row) throw new AppError("unavailable", "The node has no identity yet.");
      return createPrivateKey(row.private_key_pem);
    });
    signingKeys.set(ctx, p);
    p.catch(() => signingKeys.delete(ctx));
  }
  return p;
}

/** Checks a signature made with this node's key. */
export async function verifyNodeSignature(ctx: AppContext, data: Buffer | string, signatureB64: string) {
  const info = await nodeInfo(ctx);
  try {
    return verifyEd25519(info.publicKeyJwk, data, Buffer.from(signatureB64, "base64"));
  } catch {
    return false;
  }
}
