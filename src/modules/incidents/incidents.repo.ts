import { sql } from "kysely";
import type { Executor } from "../../platform/db/index.ts";

type Contact = { name?: string | undefined; email?: string | undefined; phone?: string | undefined };

/** Reports as received, with their contacts (a contact, if any, goes to the protected store). */
export async function insertReports(
  db: Executor,
  rows: {
    id: string;
    ref: string;
    channel: "public-form" | "organisation" | "api" | "import";
    reporter_user_id: string | null;
    reporter_org_id: string | null;
    lang: string;
    payload: unknown;
  }[],
  contacts: (Contact | undefined)[],
) {
  await db
    .insertInto("reports")
    .values(rows.map((row) => ({ ...row, payload: JSON.stringify(row.payload) })))
    .execute();
  const withContact = rows.flatMap((row, k) => {
    const c = contacts[k];
    return c && (c.name || c.email || c.phone)
      ? [{ report_id: row.id, name: c.name ?? null, email: c.email ?? null, phone: c.phone ?? null }]
      : [];
  });
  if (withContact.length) await db.insertInto("report_contacts").values(withContact).execute();
}

export interface IncidentRow {
  id: string;
  ref: string;
  origin_node: string;
  owner_org: string | null;
  status: string;
  kind: string;
  severity: string;
  ai_relation: string[];
  harm_types: string[];
  countries: string[];
  industry: string | null;
  occurred_from: string | null;
  occurred_to: string | null;
  occurred_start: string | null;
  occurred_end: string | null;
  primary_lang: string;
  details: Record<string, unknown>;
  tlp: string;
  distribution: number;
  match_features: unknown;
  /** A tsvector literal (platform/text.ts weightedTsvector). */
  search: string;
}

/** Incidents with their texts, which are also kept as the protected originals. */
export async function insertIncidents(
  db: Executor,
  rows: IncidentRow[],
  texts: { lang: string; title: string; description: string }[][],
) {
  await db
    .insertInto("incidents")
    .values(
      rows.map((row) => ({
        ...row,
        details: JSON.stringify(row.details),
        match_features: row.match_features === null ? null : JSON.stringify(row.match_features),
        search: sql`${row.search}::tsvector`,
      })),
    )
    .execute();
  const all = rows.flatMap((row, k) => texts[k]!.map((t) => ({ incident_id: row.id, ...t })));
  await db.insertInto("incident_texts").values(all).execute();
  await db.insertInto("incident_originals").values(all).execute();
}

export async function linkReports(db: Executor, links: { incident_id: string; report_id: string }[]) {
  await db
    .insertInto("incident_reports")
    .values(links)
    .onConflict((oc) => oc.columns(["incident_id", "report_id"]).doNothing())
    .execute();
}

export const getIncident = (db: Executor, id: string) =>
  db
    .selectFrom("incidents")
    .selectAll()
    .select((eb) => [
      eb
        .selectFrom("incident_reports")
        .whereRef("incident_reports.incident_id", "=", "incidents.id")
        .select(eb.fn.countAll<string>().as("n"))
        .as("report_count"),
    ])
    .where("id", "=", id)
    .executeTakeFirst();
export type IncidentFull = NonNullable<Awaited<ReturnType<typeof getIncident>>>;

export const getIncidentForUpdate = (db: Executor, id: string) =>
  db.selectFrom("incidents").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

export const getTexts = (db: Executor, id: string) =>
  db
    .selectFrom("incident_texts")
    .select(["lang", "title", "description"])
    .where("incident_id", "=", id)
    .orderBy("lang")
    .execute();

export async function replaceTexts(
  db: Executor,
  id: string,
  texts: { lang: string; title: string; description: string }[],
) {
  await db.deleteFrom("incident_texts").where("incident_id", "=", id).execute();
  await db
    .insertInto("incident_texts")
    .values(texts.map((t) => ({ incident_id: id, ...t })))
    .execute();
}

export async function updateIncident(
  db: Executor,
  id: string,
  patch: Partial<Omit<IncidentRow, "id" | "details">> & {
    details?: Record<string, unknown>;
    assignee_id?: string | null;
    merged_into?: string | null;
    version?: number;
    published_at?: Date;
  },
) {
  const { details, match_features, search, ...rest } = patch;
  await db
    .updateTable("incidents")
    .set({
      ...rest,
      ...(details ? { details: JSON.stringify(details) } : {}),
      ...(search !== undefined ? { search: sql`${search}::tsvector` } : {}),
      ...(match_features !== undefined
        ? { match_features: match_features === null ? null : JSON.stringify(match_features) }
        : {}),
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
}

/** Sets what is computed from an incident (fingerprint, search vector); not an edit, so updated_at stays. */
export async function setDerived(db: Executor, id: string, d: { match_features: unknown; search: string }) {
  await db
    .updateTable("incidents")
    .set({ match_features: JSON.stringify(d.match_features), search: sql`${d.search}::tsvector` })
    .where("id", "=", id)
    .execute();
}

export interface AnalystFilter {
  q?: string | undefined;
  assigneeId?: string | null | undefined;
  status?: string | undefined;
  country?: string | undefined;
  severity?: string | undefined;
  harmType?: string | undefined;
  industry?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

function filtered<QB extends { where: (...a: never[]) => QB }>(qb: QB, f: AnalystFilter): QB {
  let q = qb as unknown as { where: (...a: unknown[]) => typeof q };
  if (f.country) q = q.where(sql<boolean>`i.countries @> ARRAY[${f.country}]::text[]`);
  if (f.severity) q = q.where("i.severity", "=", f.severity);
  if (f.harmType) q = q.where(sql<boolean>`i.harm_types @> ARRAY[${f.harmType}]::text[]`);
  if (f.industry) q = q.where("i.industry", "like", `${f.industry}%`);
  if (f.from) q = q.where(sql<boolean>`i.occurred_end >= ${startOf(f.from)}::date`);
  if (f.to) q = q.where(sql<boolean>`i.occurred_start <= ${endOf(f.to)}::date`);
  return q as unknown as QB;
}

/** The first and last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) covers. */
export function startOf(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
export function endOf(d: string): string {
  if (d.length === 10) return d;
  if (d.length === 4) return `${d}-12-31`;
  const [y, m] = d.split("-").map(Number) as [number, number];
  return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** Counts per value of an expression (e.g. unnest(i.countries)) over a filtered query: a facet. */
async function facet(db: Executor, base: { select: (e: unknown) => unknown }, expr: string) {
  const inner = (base.select(sql.raw(expr).as("value")) as { as: (n: string) => unknown }).as("f");
  const rows = await db
    .selectFrom(inner as never)
    .select([sql<string>`f.value`.as("value"), sql<string>`count(*)`.as("count")])
    .groupBy(sql`f.value`)
    .orderBy(sql`count(*)`, "desc")
    .limit(20)
    .execute();
  return rows.map((r) => ({ value: String(r.value), count: Number(r.count) }));
}

const analystBase = (db: Executor, f: AnalystFilter, tsquery: string | undefined) => {
  let q = db
    .selectFrom("incidents as i")
    .innerJoin("incident_texts as t", (j) =>
      j.onRef("t.incident_id", "=", "i.id").onRef("t.lang", "=", "i.primary_lang"),
    );
  q = filtered(q, f);
  if (f.status) q = q.where("i.status", "=", f.status);
  if (f.assigneeId !== undefined)
    q =
      f.assigneeId === null
        ? q.where("i.assignee_id", "is", null)
        : q.where("i.assignee_id", "=", f.assigneeId);
  if (tsquery) q = q.where(sql<boolean>`i.search @@ ${tsquery}::tsquery`);
  return q;
};

/**
 * The analysts' queue: every incident on the node with its working title; with a query, those whose
 * texts (any language), other free texts, names or ref match it, best first.
 */
export async function listForAnalysts(db: Executor, f: AnalystFilter, tsquery: string | undefined) {
  const base = analystBase(db, f, tsquery);
  const order = tsquery
    ? sql`ts_rank(i.search, ${tsquery}::tsquery) desc, i.updated_at desc`
    : sql`i.updated_at desc`;
  const [items, total, countries, severity, harmTypes, status] = await Promise.all([
    base
      .select([
        "i.id",
        "i.ref",
        "i.status",
        "i.version",
        "i.kind",
        "i.severity",
        "t.title",
        "t.lang",
        "i.countries",
        "i.harm_types",
        "i.occurred_from",
        "i.assignee_id",
        "i.updated_at",
      ])
      .orderBy(order)
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
    facet(db, base, "unnest(i.countries)"),
    facet(db, base, "i.severity"),
    facet(db, base, "unnest(i.harm_types)"),
    facet(db, base, "i.status"),
  ]);
  return { items, total: Number(total.n), facets: { countries, severity, harmTypes, status } };
}

const publicBase = (db: Executor, f: AnalystFilter, tsquery: string | undefined) => {
  let q = db
    .selectFrom("incidents as i")
    .innerJoin("incident_versions as v", (j) =>
      j.onRef("v.incident_id", "=", "i.id").onRef("v.version", "=", "i.version"),
    )
    .where("i.status", "=", "published")
    .where("i.tlp", "=", "clear");
  q = filtered(q, f);
  if (tsquery) q = q.where(sql<boolean>`v.search @@ ${tsquery}::tsquery`);
  return q;
};

/** The public database: the latest published version of each published TLP:CLEAR incident. */
export async function searchPublished(db: Executor, f: AnalystFilter, tsquery: string | undefined) {
  const base = publicBase(db, f, tsquery);
  const order = tsquery
    ? sql`ts_rank(v.search, ${tsquery}::tsquery) desc, v.published_at desc`
    : sql`v.published_at desc`;
  const [items, total, countries, severity, harmTypes] = await Promise.all([
    base
      .select(["i.id", "v.document", "i.updated_at"])
      .orderBy(order)
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
    facet(db, base, "unnest(i.countries)"),
    facet(db, base, "i.severity"),
    facet(db, base, "unnest(i.harm_types)"),
  ]);
  return { items, total: Number(total.n), facets: { countries, severity, harmTypes, status: [] } };
}

export async function insertVersion(
  db: Executor,
  row: {
    incident_id: string;
    version: number;
    document: unknown;
    content_hash: string;
    published_by: string;
  },
  search: string,
) {
  await db
    .insertInto("incident_versions")
    .values({
      ...row,
      document: JSON.stringify(row.document),
      search: sql`${search}::tsvector`,
    })
    .execute();
}

export const latestPublished = (db: Executor, id: string) =>
  db
    .selectFrom("incidents as i")
    .innerJoin("incident_versions as v", (j) =>
      j.onRef("v.incident_id", "=", "i.id").onRef("v.version", "=", "i.version"),
    )
    .select(["v.document", "v.version", "v.published_at", "i.status", "i.tlp", "i.merged_into"])
    .where("i.id", "=", id)
    .executeTakeFirst();

/** All published TLP:CLEAR incidents' latest documents (exports, feed), newest first. */
export const allPublished = (db: Executor, limit: number) =>
  db
    .selectFrom("incidents as i")
    .innerJoin("incident_versions as v", (j) =>
      j.onRef("v.incident_id", "=", "i.id").onRef("v.version", "=", "i.version"),
    )
    .select(["v.document", "v.published_at"])
    .where("i.status", "=", "published")
    .where("i.tlp", "=", "clear")
    .orderBy("v.published_at", "desc")
    .limit(limit)
    .execute();

export const reportsOf = (db: Executor, incidentId: string) =>
  db
    .selectFrom("incident_reports as ir")
    .innerJoin("reports as r", "r.id", "ir.report_id")
    .leftJoin("report_contacts as c", "c.report_id", "r.id")
    .select([
      "r.id",
      "r.ref",
      "r.channel",
      "r.lang",
      "r.submitted_at",
      "r.payload",
      "c.name",
      "c.email",
      "c.phone",
      "c.report_id as has_contact",
    ])
    .where("ir.incident_id", "=", incidentId)
    .orderBy("r.submitted_at")
    .execute();

export async function moveReports(db: Executor, from: string, to: string) {
  await sql`INSERT INTO incident_reports (incident_id, report_id)
            SELECT ${to}, report_id FROM incident_reports WHERE incident_id = ${from}
            ON CONFLICT DO NOTHING`.execute(db);
}

/**
 * Brings a merged incident's texts over to the incident it went into, in the languages that one
 * lacks (working copy and protected originals), with the analysts' redaction decisions.
 */
export async function copyTexts(db: Executor, from: string, to: string) {
  for (const table of ["incident_texts", "incident_originals"] as const) {
    await sql`INSERT INTO ${sql.table(table)} (incident_id, lang, title, description)
              SELECT ${to}, lang, title, description FROM ${sql.table(table)} WHERE incident_id = ${from}
              ON CONFLICT DO NOTHING`.execute(db);
  }
  await sql`INSERT INTO redaction_decisions (incident_id, kind, text, decision, decided_by, decided_at)
            SELECT ${to}, kind, text, decision, decided_by, decided_at FROM redaction_decisions
            WHERE incident_id = ${from}
            ON CONFLICT DO NOTHING`.execute(db);
}

/** Incidents not yet in the analysts' search index (rows from before migration 0014). */
export const unindexed = (db: Executor, limit: number) =>
  db.selectFrom("incidents").select("id").where("search", "is", null).limit(limit).execute();

export const decisions = (db: Executor, id: string) =>
  db
    .selectFrom("redaction_decisions")
    .select(["kind", "text", "decision"])
    .where("incident_id", "=", id)
    .execute();

export async function putDecision(
  db: Executor,
  row: {
    incident_id: string;
    kind: string;
    text: string;
    decision: "redact" | "keep";
    decided_by: string | null;
  },
) {
  await db
    .insertInto("redaction_decisions")
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(["incident_id", "kind", "text"])
        .doUpdateSet({ decision: row.decision, decided_by: row.decided_by, decided_at: new Date() }),
    )
    .execute();
}

export async function insertComment(
  db: Executor,
  row: { id: string; incident_id: string; author_id: string | null; author_label: string; body: string },
) {
  await db.insertInto("incident_comments").values(row).execute();
}

export const comments = (db: Executor, id: string) =>
  db
    .selectFrom("incident_comments")
    .select(["id", "author_label", "body", "created_at"])
    .where("incident_id", "=", id)
    .orderBy("created_at")
    .execute();

export const classifications = (db: Executor, id: string) =>
  db
    .selectFrom("incident_classifications")
    .select(["namespace", "key", "value"])
    .where("incident_id", "=", id)
    .orderBy("namespace")
    .execute();

/**
 * Candidates for duplicate detection: unmerged incidents sharing at least one of the given search
 * terms (names, entities, title words), within 60 days when both are dated, the best-ranked first.
 */
export function duplicateCandidates(
  db: Executor,
  self: string,
  terms: string,
  start: string | null,
  end: string | null,
  limit: number,
) {
  let q = db
    .selectFrom("incidents")
    .select(["id", "ref", "match_features"])
    .where("id", "!=", self)
    .where("status", "not in", ["merged", "withdrawn", "rejected"])
    .where("match_features", "is not", null)
    .where(sql<boolean>`search @@ ${terms}::tsquery`);
  if (start && end)
    q = q.where((eb) =>
      eb.or([
        eb("occurred_start", "is", null),
        eb.and([
          eb("occurred_start", "<=", sql<string>`(${end}::date + 60)`),
          eb("occurred_end", ">=", sql<string>`(${start}::date - 60)`),
        ]),
      ]),
    );
  return q.orderBy(sql`ts_rank(search, ${terms}::tsquery)`, "desc").limit(limit).execute();
}

export async function replaceClassification(
  db: Executor,
  row: {
    incident_id: string;
    namespace: string;
    tax_version: string;
    key: string;
    annotator: string;
    review_status: "draft" | "reviewed";
  },
  values: string[],
) {
  await db
    .deleteFrom("incident_classifications")
    .where("incident_id", "=", row.incident_id)
    .where("namespace", "=", row.namespace)
    .where("key", "=", row.key)
    .execute();
  if (values.length)
    await db
      .insertInto("incident_classifications")
      .values(values.map((value) => ({ ...row, value })))
      .execute();
}

export const classificationsFull = (db: Executor, id: string) =>
  db
    .selectFrom("incident_classifications")
    .select(["namespace", "tax_version", "key", "value", "annotator", "review_status"])
    .where("incident_id", "=", id)
    .orderBy("namespace")
    .orderBy("key")
    .execute();

export async function setUploadToken(db: Executor, reportId: string, hash: string, until: Date) {
  await db
    .updateTable("reports")
    .set({ upload_token_hash: hash, upload_expires_at: until })
    .where("id", "=", reportId)
    .execute();
}

export const reportForUpload = (db: Executor, reportId: string) =>
  db
    .selectFrom("reports as r")
    .innerJoin("incident_reports as ir", "ir.report_id", "r.id")
    .select(["r.id", "r.upload_token_hash", "r.upload_expires_at", "ir.incident_id"])
    .where("r.id", "=", reportId)
    .executeTakeFirst();

export async function insertAttachment(
  db: Executor,
  row: {
    id: string;
    incident_id: string | null;
    report_id: string | null;
    filename: string;
    media_type: string;
    size: number;
    sha256: string;
    content: Buffer;
    uploaded_by: string;
  },
) {
  await db.insertInto("attachments").values(row).execute();
}

/** Attachments of an incident and of the reports behind it (metadata only). */
export const attachmentsOf = (db: Executor, incidentId: string) =>
  db
    .selectFrom("attachments as a")
    .select([
      "a.id",
      "a.incident_id",
      "a.report_id",
      "a.filename",
      "a.media_type",
      "a.size",
      "a.sha256",
      "a.uploaded_by",
      "a.created_at",
    ])
    .where((eb) =>
      eb.or([
        eb("a.incident_id", "=", incidentId),
        eb(
          "a.report_id",
          "in",
          eb.selectFrom("incident_reports").select("report_id").where("incident_id", "=", incidentId),
        ),
      ]),
    )
    .orderBy("a.created_at")
    .execute();

export const getAttachment = (db: Executor, id: string) =>
  db.selectFrom("attachments").selectAll().where("id", "=", id).executeTakeFirst();
