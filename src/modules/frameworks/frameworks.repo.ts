import { sql } from "kysely";
import type { Executor } from "../../platform/db/index.ts";
import { lexemes } from "../../platform/text.ts";
import type { MapEntry } from "./crosswalk.ts";
import type { FrameworkMeta, Requirement } from "./oscal.ts";

export interface FrameworkFilter {
  jurisdiction?: string | undefined;
  bindingStatus?: string | undefined;
  type?: string | undefined;
  language?: string | undefined;
}

export function listFrameworks(db: Executor, f: FrameworkFilter) {
  let q = db.selectFrom("frameworks").selectAll();
  if (f.jurisdiction) q = q.where("jurisdiction", "=", f.jurisdiction);
  if (f.bindingStatus) q = q.where("binding_status", "=", f.bindingStatus);
  if (f.type) q = q.where("instrument_type", "=", f.type);
  if (f.language) q = q.where(sql<boolean>`${f.language} = ANY(languages)`);
  return q.orderBy("jurisdiction").orderBy("id").execute();
}

export const getFramework = (db: Executor, id: string) =>
  db.selectFrom("frameworks").selectAll().where("id", "=", id).executeTakeFirst();
export type FrameworkRow = NonNullable<Awaited<ReturnType<typeof getFramework>>>;

export const listVersions = (db: Executor, id: string) =>
  db
    .selectFrom("framework_versions")
    .select(["version", "seq", "title", "content_hash", "imported_at", "imported_by"])
    .where("framework_id", "=", id)
    .orderBy("seq")
    .execute();

export const getVersionDocument = (db: Executor, id: string, version: string) =>
  db
    .selectFrom("framework_versions")
    .select(["document", "content_hash", "version"])
    .where("framework_id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();

/** (framework, version, hash) of every loaded release: content sync compares files against it. */
export const loadedReleases = (db: Executor) =>
  db.selectFrom("framework_versions").select(["framework_id", "version", "content_hash"]).execute();

export const listRequirements = (db: Executor, id: string, version: string) =>
  db
    .selectFrom("requirements")
    .select([
      "id",
      "parent_id",
      "kind",
      "class",
      "label",
      "title",
      "statement",
      "guidance",
      "objective",
      "source_ref",
      "verification",
      "props",
      "sort_order",
      "depth",
    ])
    .where("framework_id", "=", id)
    .where("version", "=", version)
    .orderBy("sort_order")
    .execute();
export type RequirementRow = Awaited<ReturnType<typeof listRequirements>>[number];

/** Ids of the latest release's requirements of every framework (for crosswalk checks). */
export async function latestRequirementIds(db: Executor): Promise<Map<string, Set<string>>> {
  const rows = await db
    .selectFrom("requirements")
    .innerJoin("frameworks", (j) =>
      j
        .onRef("frameworks.id", "=", "requirements.framework_id")
        .onRef("frameworks.latest_version", "=", "requirements.version"),
    )
    .select(["requirements.framework_id", "requirements.id"])
    .execute();
  const out = new Map<string, Set<string>>();
  for (const r of rows)
    (out.get(r.framework_id) ?? out.set(r.framework_id, new Set()).get(r.framework_id)!).add(r.id);
  return out;
}

export async function upsertFramework(db: Executor, meta: FrameworkMeta, requirementCount: number) {
  const row = {
    id: meta.id,
    title: meta.title,
    issuer: meta.issuer,
    jurisdiction: meta.jurisdiction,
    instrument_type: meta.instrumentType,
    binding_status: meta.bindingStatus,
    adopted_date: meta.adoptedDate,
    in_force_date: meta.inForceDate,
    languages: meta.languages,
    text_licence: meta.textLicence,
    review_status: meta.reviewStatus,
    reviewer: meta.reviewer,
    regional_instrument: meta.regionalInstrument,
    remarks: meta.remarks,
    sources: JSON.stringify(meta.sources),
    latest_version: meta.version,
    requirement_count: requirementCount,
  };
  const { id: _id, ...update } = row;
  await db
    .insertInto("frameworks")
    .values(row)
    .onConflict((oc) => oc.column("id").doUpdateSet({ ...update, updated_at: new Date() }))
    .execute();
}

export async function insertVersion(
  db: Executor,
  row: {
    framework_id: string;
    version: string;
    seq: number;
    title: string;
    document: unknown;
    content_hash: string;
    imported_by: string;
  },
) {
  await db
    .insertInto("framework_versions")
    .values({ ...row, document: JSON.stringify(row.document) })
    .execute();
}

export async function nextVersionSeq(db: Executor, id: string): Promise<number> {
  const r = await db
    .selectFrom("framework_versions")
    .select((eb) => eb.fn.max("seq").as("m"))
    .where("framework_id", "=", id)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

/** Inserts a release's requirements in chunks, each with its search lexemes. */
export async function insertRequirements(
  db: Executor,
  frameworkId: string,
  version: string,
  reqs: Requirement[],
) {
  for (let i = 0; i < reqs.length; i += 400) {
    await db
      .insertInto("requirements")
      .values(
        reqs.slice(i, i + 400).map((r) => ({
          framework_id: frameworkId,
          version,
          id: r.id,
          parent_id: r.parentId,
          kind: r.kind,
          class: r.class,
          label: r.label,
          title: r.title,
          statement: r.statement,
          guidance: r.guidance,
          objective: r.objective,
          source_ref: r.sourceRef,
          verification: r.verification,
          props: JSON.stringify(r.props),
          sort_order: r.sortOrder,
          depth: r.depth,
          search: sql`array_to_tsvector(${lexemes(
            r.label,
            r.title,
            r.statement,
            r.guidance,
            r.objective,
            ...Object.entries(r.props)
              .filter(([k]) => k.startsWith("title-"))
              .flatMap(([, v]) => v),
          )}::text[])`,
        })),
      )
      .execute();
  }
}

export async function searchRequirements(db: Executor, tsquery: string, limit: number, frameworkId?: string) {
  let q = db
    .selectFrom("requirements as r")
    .innerJoin("frameworks as f", (j) =>
      j.onRef("f.id", "=", "r.framework_id").onRef("f.latest_version", "=", "r.version"),
    )
    .select([
      "r.framework_id",
      "f.title as framework_title",
      "f.jurisdiction",
      "r.id",
      "r.label",
      "r.title",
      "r.statement",
      sql<number>`ts_rank(r.search, ${tsquery}::tsquery)`.as("rank"),
    ])
    .where(sql<boolean>`r.search @@ ${tsquery}::tsquery`);
  if (frameworkId) q = q.where("r.framework_id", "=", frameworkId);
  return q.orderBy("rank", "desc").orderBy("r.framework_id").orderBy("r.sort_order").limit(limit).execute();
}

// ---------- crosswalks ----------

export const currentCrosswalk = (db: Executor, source: string, target: string) =>
  db
    .selectFrom("crosswalks")
    .select(["id", "version", "title", "content_hash", "imported_at"])
    .where("source_framework", "=", source)
    .where("target_framework", "=", target)
    .where("is_current", "=", true)
    .executeTakeFirst();

export const crosswalkEntries = (db: Executor, crosswalkId: string) =>
  db
    .selectFrom("crosswalk_entries")
    .select(["source_id", "target_id", "relationship", "confidence", "provenance", "status", "rationale"])
    .where("crosswalk_id", "=", crosswalkId)
    .orderBy("source_id")
    .orderBy("target_id")
    .execute();

export const loadedCrosswalks = (db: Executor) =>
  db
    .selectFrom("crosswalks")
    .select(["source_framework", "target_framework", "version", "content_hash"])
    .execute();

export const listCurrentCrosswalks = (db: Executor) =>
  db
    .selectFrom("crosswalks")
    .select(["source_framework", "target_framework", "version", "title"])
    .where("is_current", "=", true)
    .orderBy("source_framework")
    .execute();

export async function insertCrosswalk(
  db: Executor,
  row: {
    id: string;
    source_framework: string;
    target_framework: string;
    version: string;
    title: string;
    document: unknown;
    content_hash: string;
  },
  entries: MapEntry[],
) {
  await db
    .updateTable("crosswalks")
    .set({ is_current: false })
    .where("source_framework", "=", row.source_framework)
    .where("target_framework", "=", row.target_framework)
    .execute();
  await db
    .insertInto("crosswalks")
    .values({ ...row, document: JSON.stringify(row.document) })
    .execute();
  for (let i = 0; i < entries.length; i += 500) {
    await db
      .insertInto("crosswalk_entries")
      .values(
        entries.slice(i, i + 500).map((e) => ({
          crosswalk_id: row.id,
          source_id: e.source,
          target_id: e.target,
          relationship: e.relationship,
          confidence: e.confidence,
          provenance: e.provenance,
          status: e.status,
          rationale: e.rationale,
        })),
      )
      .execute();
  }
}

export const contentFileHashes = async (db: Executor) =>
  new Map(
    (await db.selectFrom("content_files").select(["path", "sha256"]).execute()).map((r) => [
      r.path,
      r.sha256,
    ]),
  );

export async function recordContentFile(db: Executor, path: string, sha256: string) {
  await db
    .insertInto("content_files")
    .values({ path, sha256 })
    .onConflict((oc) => oc.column("path").doUpdateSet({ sha256, loaded_at: new Date() }))
    .execute();
}
