import { AppError, forbidden } from "./errors.ts";

/** Roles a membership can carry; `node-admin` is held by a user for the whole node. */
export const ORG_ROLES = ["regulator-admin", "regulator-analyst", "org-admin", "org-member"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];
export const ROLES = ["node-admin", ...ORG_ROLES] as const;
export type Role = (typeof ROLES)[number];
export const REGULATOR_ROLES: readonly OrgRole[] = ["regulator-admin", "regulator-analyst"];
export const TOKEN_SCOPES = ["read", "write", "admin"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface Membership {
  orgId: string;
  orgName: string;
  orgType: string;
  jurisdiction: string;
  role: OrgRole;
}

export type Actor =
  | { kind: "anonymous" }
  | { kind: "system"; label: string }
  | {
      kind: "user";
      userId: string;
      email: string;
      displayName: string;
      locale: string;
      nodeRole: "node-admin" | null;
      memberships: Membership[];
      via: "session" | "token";
      sessionId?: string;
      csrfToken?: string;
      token?: { id: string; name: string; scopes: TokenScope[] };
    };
export type UserActor = Extract<Actor, { kind: "user" }>;

export const anonymous: Actor = { kind: "anonymous" };
export const systemActor = (label: string): Actor => ({ kind: "system", label });

/**
 * Route-level permissions. Every route declares one (`config.permission`); `authorize`
 * gates the route, and services then decide on the resource with `can`.
 */
export const PERMISSIONS = {
  public: { roles: "anyone", scope: "read" },
  self: { roles: "signed-in", scope: "read" },
  "orgs:read": { roles: "signed-in", scope: "read" },
  "orgs:create": { roles: ["node-admin", "regulator-admin"], scope: "admin" },
  "orgs:manage": { roles: ["node-admin", "regulator-admin", "org-admin"], scope: "admin" },
  "users:read": { roles: ["node-admin", "regulator-admin", "org-admin"], scope: "read" },
  "users:manage": { roles: ["node-admin", "regulator-admin", "org-admin"], scope: "admin" },
  "audit:read": { roles: ["node-admin"], scope: "admin" },
  "node:manage": { roles: ["node-admin"], scope: "admin" },
  "frameworks:import": { roles: ["node-admin", "regulator-admin"], scope: "admin" },
  "incidents:triage": { roles: ["node-admin", "regulator-admin", "regulator-analyst"], scope: "read" },
  "systems:write": { roles: ["node-admin", "org-admin", "org-member"], scope: "read" },
  "federation:read": { roles: ["node-admin", "regulator-admin", "regulator-analyst"], scope: "read" },
  "federation:manage": { roles: ["node-admin"], scope: "admin" },
  /** Node-to-node routes: no user at all; the federation module checks the peer's RFC 9421 signature. */
  "federation:peer": { roles: "anyone", scope: "read" },
} as const satisfies Record<string, { roles: "anyone" | "signed-in" | readonly Role[]; scope: TokenScope }>;
export type Permission = keyof typeof PERMISSIONS;
export const isPermission = (p: unknown): p is Permission => typeof p === "string" && p in PERMISSIONS;

export function rolesOf(actor: Actor): Set<Role> {
  if (actor.kind !== "user") return new Set();
  const roles = new Set<Role>(actor.memberships.map((m) => m.role));
  if (actor.nodeRole) roles.add(actor.nodeRole);
  return roles;
}

/** The scope a token needs for a route: its permission's scope, and `write` for any change. */
export function requiredScope(permission: Permission, method: string): TokenScope {
  const scope = PERMISSIONS[permission].scope;
  if (scope === "admin") return "admin";
  return ["GET", "HEAD", "OPTIONS"].includes(method) ? scope : "write";
}

/** Route gate: throws 401 for the anonymous where sign-in is needed, 403 for a missing role or scope. */
export function authorize(actor: Actor, permission: Permission, method: string): void {
  const rule = PERMISSIONS[permission];
  if (rule.roles === "anyone" || actor.kind === "system") return;
  if (actor.kind !== "user") throw new AppError("not_signed_in", "Sign in to continue.");
  if (rule.roles !== "signed-in") {
    const roles = rolesOf(actor);
    if (!rule.roles.some((r) => roles.has(r))) throw forbidden();
  }
  if (actor.token) {
    const need = requiredScope(permission, method);
    const has = actor.token.scopes;
    const ok = has.includes("admin") || has.includes(need) || (need === "read" && has.includes("write"));
    if (!ok) throw forbidden(`This API token lacks the "${need}" scope.`);
  }
}

/** Which organisations an actor may see: all of them, or those in some jurisdictions plus its own. */
export interface OrgScope {
  all: boolean;
  jurisdictions: string[];
  orgIds: string[];
}

export function orgScope(actor: Actor): OrgScope {
  if (actor.kind === "system" || (actor.kind === "user" && actor.nodeRole === "node-admin")) {
    return { all: true, jurisdictions: [], orgIds: [] };
  }
  if (actor.kind !== "user") return { all: false, jurisdictions: [], orgIds: [] };
  const regulated = actor.memberships
    .filter((m) => REGULATOR_ROLES.includes(m.role))
    .map((m) => m.jurisdiction);
  // A regulator of the Secretariat (jurisdiction ASEAN) oversees every jurisdiction on its node.
  if (regulated.includes("ASEAN")) return { all: true, jurisdictions: [], orgIds: [] };
  return {
    all: false,
    jurisdictions: [...new Set(regulated)],
    orgIds: actor.memberships.map((m) => m.orgId),
  };
}

export interface OrgRef {
  id: string;
  jurisdiction: string;
}

export type OrgAction = "read" | "manage" | "manage-members";

/** Resource-level decision for an organisation. */
export function can(actor: Actor, action: OrgAction, org: OrgRef): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  if (actor.nodeRole === "node-admin") return true;
  const scope = orgScope(actor);
  const regulates = scope.all || scope.jurisdictions.includes(org.jurisdiction);
  const own = actor.memberships.find((m) => m.orgId === org.id);
  if (action === "read") return regulates || own !== undefined;
  const regAdmin = actor.memberships.some(
    (m) =>
      m.role === "regulator-admin" && (m.jurisdiction === org.jurisdiction || m.jurisdiction === "ASEAN"),
  );
  return regAdmin || own?.role === "org-admin";
}

/** Set-based filter: the subset of organisations the actor may see, in input order. */
export function filterVisible<T extends OrgRef>(actor: Actor, orgs: readonly T[]): T[] {
  return orgs.filter((o) => can(actor, "read", o));
}

/** Roles an actor may grant in an organisation (no one grants more than they hold). */
export function grantableRoles(actor: Actor, org: OrgRef & { type: string }): OrgRole[] {
  if (!can(actor, "manage-members", org)) return [];
  const regulatorOrg = org.type === "regulator" || org.type === "secretariat";
  return regulatorOrg ? ["regulator-admin", "regulator-analyst"] : ["org-admin", "org-member"];
}

export const requireUser = (actor: Actor): UserActor => {
  if (actor.kind !== "user") throw new AppError("not_signed_in", "Sign in to continue.");
  return actor;
};
