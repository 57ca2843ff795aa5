import { sql } from "kysely";
import type { Executor } from "../../platform/db/index.ts";

export interface EntityRow {
  id: string;
  name: string;
  norm: string;
  kind: string;
  country: string | null;
  url: string | null;
  /** A tsvector literal (platform/text.ts weightedTsvector). */
  search: string;
}

const withAliases = (db: Executor) =>
  db
    .selectFrom("entities as e")
    .select([
      "e.id",
      "e.name",
      "e.kind",
      "e.country",
      "e.url",
      "e.merged_into",
      "e.created_at",
      "e.updated_at",
      sql<
        string[]
      >`coalesce((SELECT array_agg(a.alias ORDER BY a.alias) FROM entity_aliases a WHERE a.entity_id = e.id), '{}')`.as(
        "aliases",
      ),
      sql<string>`(SELECT count(DISTINCT ie.incident_id) FROM incident_entities ie WHERE ie.entity_id = e.id)`.as(
        "incident_count",
      ),
    ]);
export type EntityFull = Awaited<ReturnType<typeof getEntity>> & {};

export const getEntity = (db: Executor, id: string) =>
  withAliases(db).where("e.id", "=", id).executeTakeFirst();

export const getEntityForUpdate = (db: Executor, id: string) =>
  db.selectFrom("entities").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

/** Unmerged entities, by words of their name or aliases (ranked) or by name. */
export async function listEntities(
  db: Executor,
  f: { kind?: string | undefined; limit: number; offset: number },
  tsquery: string | undefined,
) {
  let base = db.selectFrom("entities as e").where("e.merged_into", "is", null);
  if (f.kind) base = base.where("e.kind", "=", f.kind);
  if (tsquery) base = base.where(sql<boolean>`e.search @@ ${tsquery}::tsquery`);
  const [ids, total] = await Promise.all([
    base
      .select("e.id")
      .orderBy(tsquery ? sql`ts_rank(e.search, ${tsquery}::tsquery) desc, e.name` : sql`e.name`)
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const rows = ids.length
    ? await withAliases(db)
        .where(
          "e.id",
          "in",
          ids.map((r) => r.id),
        )
        .execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: ids.map((r) => byId.get(r.id)!), total: Number(total.n) };
}

/** Another unmerged entity already named (or aliased) so, if any. */
export const sameName = (db: Executor, norms: string[], except: string | null) =>
  db
    .selectFrom("entities as e")
    .select(["e.id", "e.name"])
    .where("e.merged_into", "is", null)
    .$if(except !== null, (q) => q.where("e.id", "!=", except!))
    .where((eb) =>
      eb.or([
        eb("e.norm", "in", norms),
        eb("e.id", "in", eb.selectFrom("entity_aliases").select("entity_id").where("norm", "in", norms)),
      ]),
    )
    .executeTakeFirst();

export async function insertEntity(db: Executor, row: EntityRow) {
  await db
    .insertInto("entities")
    .values({ ...row, search: sql`${row.search}::tsvector` })
    .execute();
}

export async function updateEntity(
  db: Executor,
  id: string,
  patch: Partial<Omit<EntityRow, "id">> & { merged_into?: string },
) {
  const { search, ...rest } = patch;
  await db
    .updateTable("entities")
    .set({
      ...rest,
      ...(search !== undefined ? { search: sql`${search}::tsvector` } : {}),
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
}

export const aliasesOf = async (db: Executor, id: string) =>
  (
    await db
      .selectFrom("entity_aliases")
      .select("alias")
      .where("entity_id", "=", id)
      .orderBy("alias")
      .execute()
  ).map((r) => r.alias);

export async function replaceAliases(db: Executor, id: string, aliases: { alias: string; norm: string }[]) {
  await db.deleteFrom("entity_aliases").where("entity_id", "=", id).execute();
  if (aliases.length)
    await db
      .insertInto("entity_aliases")
      .values(aliases.map((a) => ({ entity_id: id, ...a })))
      .onConflict((oc) => oc.columns(["entity_id", "norm"]).doNothing())
      .execute();
}

/** The incidents linked to an entity. */
export const incidentsOf = async (db: Executor, entityId: string) =>
  (
    await db
      .selectFrom("incident_entities")
      .select("incident_id")
      .distinct()
      .where("entity_id", "=", entityId)
      .execute()
  ).map((r) => r.incident_id);

/** Moves every link of one entity (or incident) to another, dropping links that would repeat. */
export async function moveLinks(db: Executor, column: "entity_id" | "incident_id", from: string, to: string) {
  const col = sql.ref(column);
  await sql`INSERT INTO incident_entities (incident_id, entity_id, role)
            SELECT ${column === "incident_id" ? sql`${to}::uuid` : sql.ref("incident_id")},
                   ${column === "entity_id" ? sql`${to}::uuid` : sql.ref("entity_id")}, role
            FROM incident_entities WHERE ${col} = ${from}
            ON CONFLICT DO NOTHING`.execute(db);
  await db.deleteFrom("incident_entities").where(column, "=", from).execute();
}

/** The entities an incident is linked to, with roles and aliases. */
export const linksOf = (db: Executor, incidentId: string) =>
  db
    .selectFrom("incident_entities as ie")
    .innerJoin("entities as e", "e.id", "ie.entity_id")
    .select([
      "e.id",
      "e.name",
      "e.kind",
      "ie.role",
      sql<
        string[]
      >`coalesce((SELECT array_agg(a.alias ORDER BY a.alias) FROM entity_aliases a WHERE a.entity_id = e.id), '{}')`.as(
        "aliases",
      ),
    ])
    .where("ie.incident_id", "=", incidentId)
    .orderBy("e.name")
    .orderBy("ie.role")
    .execute();

export async function replaceLinks(
  db: Executor,
  incidentId: string,
  links: { entityId: string; role: string }[],
) {
  await db.deleteFrom("incident_entities").where("incident_id", "=", incidentId).execute();
  if (links.length)
    await db
      .insertInto("incident_entities")
      .values(links.map((l) => ({ incident_id: incidentId, entity_id: l.entityId, role: l.role })))
      .onConflict((oc) => oc.columns(["incident_id", "entity_id", "role"]).doNothing())
      .execute();
}

/** Where entities went: each known id mapped to the unmerged entity it stands for now (merges are flattened). */
export async function resolve(db: Executor, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .selectFrom("entities")
    .select(["id", sql<string>`coalesce(merged_into, id)`.as("current")])
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.current]));
}

/** Entities merged earlier into one now merged point straight to where it went. */
export async function redirectMerged(db: Executor, from: string, to: string) {
  await db.updateTable("entities").set({ merged_into: to }).where("merged_into", "=", from).execute();
}
