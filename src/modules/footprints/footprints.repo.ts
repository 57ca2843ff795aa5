import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../../platform/db/index.ts";

export interface ReportRow {
  id: string;
  ref: string;
  system_id: string;
  org_id: string;
  period_start: string;
  period_end: string;
  kind: string;
  source: string;
  method_tier: string;
  country: string;
  sector: string | null;
  energy_kwh: number;
  co2e_kg: number;
  co2e_market_kg: number | null;
  water_onsite_l: number;
  water_offsite_l: number;
  requests: number | null;
  tokens: number | null;
  factor_set: string;
  factor_version: string;
  details: Record<string, unknown>;
  created_by: string;
}

export async function insertReport(db: Executor, row: ReportRow) {
  await db
    .insertInto("footprint_reports")
    .values({ ...row, details: JSON.stringify(row.details) })
    .execute();
}

export const listForSystem = (db: Executor, systemId: string) =>
  db
    .selectFrom("footprint_reports")
    .selectAll()
    .where("system_id", "=", systemId)
    .orderBy("period_start", "desc")
    .execute();

export const getReport = (db: Executor, id: string) =>
  db.selectFrom("footprint_reports").selectAll().where("id", "=", id).executeTakeFirst();

export async function addSubmission(db: Executor, id: string, jurisdiction: string) {
  await db
    .updateTable("footprint_reports")
    .set({
      submitted_to: sql`(SELECT array_agg(DISTINCT x ORDER BY x) FROM unnest(submitted_to || ${[jurisdiction]}::text[]) AS x)`,
    })
    .where("id", "=", id)
    .execute();
}

export type GroupBy = "country" | "sector" | "month";

/** Sums of energy, emissions and water (never averages of intensities) of submitted reports, grouped. */
export function regional(
  db: Executor,
  scope: { all: boolean; jurisdictions: string[] },
  f: { from?: string | undefined; to?: string | undefined; groupBy: GroupBy },
) {
  // Months are grouped by date_trunc and formatted once per group (to_char on every row costs more).
  const month = sql`date_trunc('month', period_start::timestamp)`;
  const group: RawBuilder<unknown> =
    f.groupBy === "country"
      ? sql<string>`country`
      : f.groupBy === "sector"
        ? sql<string>`coalesce(sector, 'unknown')`
        : month;
  const key =
    f.groupBy === "month" ? sql<string>`to_char(${month}, 'YYYY-MM')` : (group as RawBuilder<string>);
  let q = db
    .selectFrom("footprint_reports")
    .select([
      key.as("key"),
      sql<string>`count(*)`.as("reports"),
      sql<number>`sum(energy_kwh)`.as("energy_kwh"),
      sql<number>`sum(co2e_kg)`.as("co2e_kg"),
      sql<number>`sum(water_onsite_l + water_offsite_l)`.as("water_l"),
      sql<number>`sum(requests)`.as("requests"),
      sql<number>`sum(CASE WHEN requests IS NOT NULL THEN co2e_kg END)`.as("co2e_kg_with_requests"),
    ])
    .where(sql<boolean>`cardinality(submitted_to) > 0`);
  if (!scope.all)
    q = q.where(
      sql<boolean>`submitted_to && ${scope.jurisdictions.length ? scope.jurisdictions : ["--"]}::text[]`,
    );
  if (f.from) q = q.where("period_end", ">=", f.from);
  if (f.to) q = q.where("period_start", "<=", f.to);
  return q.groupBy(group).orderBy(group).execute();
}

/** Grid factor sets added by node administrators, oldest first. */
export const listFactorSets = (db: Executor) =>
  db.selectFrom("footprint_factor_sets").selectAll().orderBy("created_at").orderBy("id").execute();

export const factorSetExists = async (db: Executor, id: string) =>
  (await db.selectFrom("footprint_factor_sets").select("id").where("id", "=", id).executeTakeFirst()) !==
  undefined;

export async function insertFactorSet(
  db: Executor,
  row: { id: string; version: string; year: number; body: Record<string, unknown>; created_by: string },
) {
  await db
    .insertInto("footprint_factor_sets")
    .values({ ...row, body: JSON.stringify(row.body) })
    .execute();
}
