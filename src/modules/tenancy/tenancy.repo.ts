import { type SelectQueryBuilder, sql } from "kysely";
import type { Membership, OrgRole, OrgScope } from "../../platform/access.ts";
import type { DB, Executor } from "../../platform/db/index.ts";

export interface JurisdictionRow {
  code: string;
  name: string;
  nativeName: string;
  nativeLang: string;
  kind: "member-state" | "secretariat";
}

export async function upsertJurisdictions(db: Executor, rows: JurisdictionRow[]): Promise<void> {
  await db
    .insertInto("jurisdictions")
    .values(
      rows.map((r, i) => ({
        code: r.code,
        name: r.name,
        native_name: r.nativeName,
        native_lang: r.nativeLang,
        kind: r.kind,
        sort_order: i,
      })),
    )
    .onConflict((oc) =>
      oc.column("code").doUpdateSet((eb) => ({
        name: eb.ref("excluded.name"),
        native_name: eb.ref("excluded.native_name"),
        native_lang: eb.ref("excluded.native_lang"),
        kind: eb.ref("excluded.kind"),
        sort_order: eb.ref("excluded.sort_order"),
      })),
    )
    .execute();
}

export const listJurisdictions = (db: Executor) =>
  db
    .selectFrom("jurisdictions")
    .select(["code", "name", "native_name as nativeName", "native_lang as nativeLang", "kind"])
    .orderBy("sort_order")
    .execute();

export const getNodeIdentity = (db: Executor) =>
  db.selectFrom("node_identity").selectAll().executeTakeFirst();

export async function insertNodeIdentity(
  db: Executor,
  row: {
    node_id: string;
    jurisdiction: string;
    name: string;
    public_key_jwk: object;
    private_key_pem: string;
  },
) {
  await db
    .insertInto("node_identity")
    .values({ ...row, public_key_jwk: JSON.stringify(row.public_key_jwk) })
    .onConflict((oc) => oc.column("singleton").doNothing())
    .execute();
}

// ---------- organisations ----------

const orgColumns = (qb: SelectQueryBuilder<DB, "organisations", object>) =>
  qb.select((eb) => [
    "organisations.id",
    "organisations.name",
    "organisations.type",
    "organisations.jurisdiction",
    "organisations.created_at",
    "organisations.updated_at",
    eb
      .selectFrom("memberships")
      .whereRef("memberships.org_id", "=", "organisations.id")
      .select(eb.fn.countAll<string>().as("n"))
      .as("member_count"),
  ]);

export type OrgRow = Awaited<ReturnType<typeof getOrg>> & object;

export const getOrg = (db: Executor, id: string) =>
  orgColumns(db.selectFrom("organisations")).where("organisations.id", "=", id).executeTakeFirst();

export interface OrgFilter {
  q?: string | undefined;
  jurisdiction?: string | undefined;
  type?: string | undefined;
  limit: number;
  offset: number;
}

function scoped<QB extends SelectQueryBuilder<DB, "organisations", object>>(qb: QB, scope: OrgScope): QB {
  if (scope.all) return qb;
  return qb.where((eb) =>
    eb.or([
      ...(scope.jurisdictions.length ? [eb("organisations.jurisdiction", "in", scope.jurisdictions)] : []),
      ...(scope.orgIds.length ? [eb("organisations.id", "in", scope.orgIds)] : []),
      eb.val(false),
    ]),
  ) as QB;
}

export async function listOrgs(db: Executor, scope: OrgScope, f: OrgFilter) {
  let base = scoped(db.selectFrom("organisations"), scope);
  if (f.q) base = base.where(sql<boolean>`unaccent(organisations.name) ILIKE unaccent(${`%${f.q}%`})`);
  if (f.jurisdiction) base = base.where("organisations.jurisdiction", "=", f.jurisdiction);
  if (f.type) base = base.where("organisations.type", "=", f.type);
  const [items, total] = await Promise.all([
    orgColumns(base).orderBy("organisations.name").limit(f.limit).offset(f.offset).execute(),
    base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Every organisation's id and name (what a node announces to its federation peers). */
export const allOrgNames = (db: Executor) =>
  db.selectFrom("organisations").select(["id", "name"]).orderBy("name").execute();

export async function insertOrg(
  db: Executor,
  row: { id: string; name: string; type: string; jurisdiction: string },
) {
  await db.insertInto("organisations").values(row).execute();
}

export async function updateOrg(
  db: Executor,
  id: string,
  patch: { name?: string | undefined; type?: string | undefined },
) {
  await db
    .updateTable("organisations")
    .set({ ...patch, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export const orgNameTaken = async (db: Executor, jurisdiction: string, name: string, exceptId?: string) =>
  (await db
    .selectFrom("organisations")
    .select("id")
    .where("jurisdiction", "=", jurisdiction)
    .where(sql<string>`lower(name)`, "=", name.toLowerCase())
    .$if(exceptId !== undefined, (qb) => qb.where("id", "!=", exceptId!))
    .executeTakeFirst()) !== undefined;

// ---------- users and memberships ----------

const membershipsOf = () =>
  sql<Membership[]>`coalesce((
    SELECT json_agg(json_build_object('orgId', o.id, 'orgName', o.name, 'orgType', o.type,
                                      'jurisdiction', o.jurisdiction, 'role', m.role) ORDER BY o.name)
      FROM memberships m JOIN organisations o ON o.id = m.org_id
     WHERE m.user_id = users.id), '[]'::json)`;

const userColumns = () =>
  [
    "users.id",
    "users.email",
    "users.display_name",
    "users.locale",
    "users.node_role",
    "users.status",
    "users.created_at",
    membershipsOf().as("memberships"),
  ] as const;

export const getUser = (db: Executor, id: string) =>
  db.selectFrom("users").select(userColumns()).where("users.id", "=", id).executeTakeFirst();

export type UserRow = NonNullable<Awaited<ReturnType<typeof getUser>>>;

export const getUserByEmail = (db: Executor, email: string) =>
  db
    .selectFrom("users")
    .select([...userColumns(), "users.password_hash"])
    .where("users.email", "=", email.toLowerCase())
    .executeTakeFirst();

export interface UserFilter {
  q?: string | undefined;
  orgId?: string | undefined;
  limit: number;
  offset: number;
}

/** Users visible in a scope: node-wide, or members of the organisations in scope. */
export async function listUsers(db: Executor, scope: OrgScope, f: UserFilter) {
  let base = db.selectFrom("users");
  if (!scope.all) {
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom("memberships")
          .innerJoin("organisations", "organisations.id", "memberships.org_id")
          .whereRef("memberships.user_id", "=", "users.id")
          .where((e2) =>
            e2.or([
              ...(scope.jurisdictions.length
                ? [e2("organisations.jurisdiction", "in", scope.jurisdictions)]
                : []),
              ...(scope.orgIds.length ? [e2("organisations.id", "in", scope.orgIds)] : []),
              e2.val(false),
            ]),
          )
          .select("memberships.user_id"),
      ),
    );
  }
  if (f.q) {
    const like = `%${f.q}%`;
    base = base.where((eb) =>
      eb.or([
        eb("users.email", "ilike", like),
        eb(sql`unaccent(users.display_name)`, "ilike", sql`unaccent(${like})`),
      ]),
    );
  }
  if (f.orgId) {
    const orgId = f.orgId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom("memberships")
          .whereRef("memberships.user_id", "=", "users.id")
          .where("memberships.org_id", "=", orgId)
          .select("memberships.user_id"),
      ),
    );
  }
  const [items, total] = await Promise.all([
    base.select(userColumns()).orderBy("users.email").limit(f.limit).offset(f.offset).execute(),
    base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function insertUser(
  db: Executor,
  row: {
    id: string;
    email: string;
    display_name: string;
    password_hash: string | null;
    locale: string;
    node_role: "node-admin" | null;
  },
) {
  await db.insertInto("users").values(row).execute();
}

export async function updateUser(
  db: Executor,
  id: string,
  patch: {
    display_name?: string | undefined;
    locale?: string | undefined;
    status?: "active" | "disabled" | undefined;
    node_role?: "node-admin" | null | undefined;
    password_hash?: string | undefined;
  },
) {
  await db
    .updateTable("users")
    .set({ ...patch, updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export const countNodeAdmins = async (db: Executor) =>
  Number(
    (
      await db
        .selectFrom("users")
        .where("node_role", "=", "node-admin")
        .where("status", "=", "active")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

export async function putMembership(db: Executor, userId: string, orgId: string, role: OrgRole) {
  await db
    .insertInto("memberships")
    .values({ user_id: userId, org_id: orgId, role })
    .onConflict((oc) => oc.columns(["user_id", "org_id"]).doUpdateSet({ role }))
    .execute();
}

export async function deleteMembership(db: Executor, userId: string, orgId: string): Promise<boolean> {
  const r = await db
    .deleteFrom("memberships")
    .where("user_id", "=", userId)
    .where("org_id", "=", orgId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
