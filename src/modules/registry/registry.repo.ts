import { type ExpressionBuilder, sql } from "kysely";
import type { DB, Executor } from "../../platform/db/index.ts";
import type { AiSystemsTable } from "../../platform/db/schema.ts";

export interface SystemScope {
  all: boolean;
  orgIds: string[];
  jurisdictions: string[];
  publicOnly: boolean;
}

export interface SystemRow {
  id: string;
  ref: string;
  org_id: string;
  name: string;
  purpose: string;
  description: string;
  sectors: string[];
  deployment_countries: string[];
  lifecycle_stage: string;
  ai_type: string;
  provider: Record<string, unknown>;
  data_categories: string[];
  affected_scale: string;
  decisions: string;
  decision_impact: string;
  human_involvement: string;
  use_cases: string[];
  general_purpose_model: boolean;
  gpai_systemic_risk: boolean;
  safety_component_of: string | null;
  profiles_natural_persons: boolean;
  status: string;
  public_summary: string | null;
}

export async function insertSystem(db: Executor, row: SystemRow) {
  await db
    .insertInto("ai_systems")
    .values({ ...row, provider: JSON.stringify(row.provider) })
    .execute();
}

export async function updateSystem(
  db: Executor,
  id: string,
  patch: Partial<Omit<SystemRow, "id" | "ref" | "org_id">>,
) {
  const { provider, ...rest } = patch;
  await db
    .updateTable("ai_systems")
    .set({
      ...rest,
      ...(provider ? { provider: JSON.stringify(provider) } : {}),
      version: sql`version + 1`,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
}

const withOrg = (db: Executor) =>
  db
    .selectFrom("ai_systems as s")
    .innerJoin("organisations as o", "o.id", "s.org_id")
    .selectAll("s")
    .select((eb) => [
      "o.name as org_name",
      "o.jurisdiction as org_jurisdiction",
      eb
        .selectFrom("ai_system_submissions as sub")
        .whereRef("sub.system_id", "=", "s.id")
        .select(sql<string[]>`coalesce(array_agg(sub.jurisdiction ORDER BY sub.jurisdiction), '{}')`.as("j"))
        .as("submitted_to"),
    ]);

export const getSystem = (db: Executor, id: string) => withOrg(db).where("s.id", "=", id).executeTakeFirst();
export type SystemFull = NonNullable<Awaited<ReturnType<typeof getSystem>>>;

export interface SystemFilter {
  q?: string | undefined;
  orgId?: string | undefined;
  status?: string | undefined;
  aiType?: string | undefined;
  country?: string | undefined;
  limit: number;
  offset: number;
}

/** Systems in a scope: own organisations', those submitted to regulated jurisdictions, or public summaries. */
export async function listSystems(db: Executor, scope: SystemScope, f: SystemFilter) {
  // The filtered ids, written so that PostgreSQL can use the indexes (no OR-ed EXISTS, no ANY()).
  let ids = db.selectFrom("ai_systems as s").select("s.id");
  if (scope.publicOnly) ids = ids.where("s.public_summary", "is not", null);
  else if (!scope.all) {
    const submitted = (eb: ExpressionBuilder<DB & { s: AiSystemsTable }, "s">) =>
      eb(
        "s.id",
        "in",
        eb
          .selectFrom("ai_system_submissions")
          .select("system_id")
          .where("jurisdiction", "in", scope.jurisdictions),
      );
    if (scope.orgIds.length && scope.jurisdictions.length)
      ids = ids.where((eb) => eb.or([eb("s.org_id", "in", scope.orgIds), submitted(eb)]));
    else if (scope.orgIds.length) ids = ids.where("s.org_id", "in", scope.orgIds);
    else if (scope.jurisdictions.length) ids = ids.where((eb) => submitted(eb));
    else ids = ids.where(sql<boolean>`false`);
  }
  if (f.q)
    ids = ids.where(
      sql<boolean>`f_unaccent(s.name) ILIKE f_unaccent(${`%${f.q.replace(/[%_\\]/g, "\\$&")}%`})`,
    );
  if (f.orgId) ids = ids.where("s.org_id", "=", f.orgId);
  if (f.status) ids = ids.where("s.status", "=", f.status);
  if (f.aiType) ids = ids.where("s.ai_type", "=", f.aiType);
  if (f.country) ids = ids.where(sql<boolean>`s.deployment_countries @> ARRAY[${f.country}]::text[]`);
  // A text or country filter is selective: the planner, expecting more matches than there are, would
  // walk the whole (updated_at, id) index filtering row by row (46 ms at 100,000 systems with none
  // matching). Materialising the matches first keeps the index-AND plan, then sorts only them.
  const page =
    f.q || f.country
      ? db
          .with(
            (w) => w("m").materialized(),
            () => ids.select("s.updated_at"),
          )
          .selectFrom("m")
          .select("m.id")
          .orderBy("m.updated_at", "desc")
          .orderBy("m.id")
          .limit(f.limit)
          .offset(f.offset)
      : ids.orderBy("s.updated_at", "desc").orderBy("s.id").limit(f.limit).offset(f.offset);
  const [items, total] = await Promise.all([
    withOrg(db).where("s.id", "in", page).orderBy("s.updated_at", "desc").orderBy("s.id").execute(),
    db
      .selectFrom(ids.as("c"))
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function insertHistory(
  db: Executor,
  row: { system_id: string; version: number; changed_by: string; snapshot: unknown },
) {
  await db
    .insertInto("ai_system_history")
    .values({ ...row, snapshot: JSON.stringify(row.snapshot) })
    .execute();
}

export const history = (db: Executor, id: string) =>
  db
    .selectFrom("ai_system_history")
    .selectAll()
    .where("system_id", "=", id)
    .orderBy("version", "desc")
    .execute();

export async function submit(db: Executor, systemId: string, jurisdiction: string, by: string) {
  await db
    .insertInto("ai_system_submissions")
    .values({ system_id: systemId, jurisdiction, submitted_by: by })
    .onConflict((oc) => oc.columns(["system_id", "jurisdiction"]).doNothing())
    .execute();
}

export async function insertRisk(
  db: Executor,
  row: { id: string; system_id: string; answers: unknown; result: unknown; created_by: string },
) {
  await db
    .insertInto("risk_assessments")
    .values({ ...row, answers: JSON.stringify(row.answers), result: JSON.stringify(row.result) })
    .execute();
}

export const latestRisk = (db: Executor, systemId: string) =>
  db
    .selectFrom("risk_assessments")
    .selectAll()
    .where("system_id", "=", systemId)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
