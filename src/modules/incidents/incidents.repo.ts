import { sql } from "kysely";
import type { Executor } from "../../platform/db/index.ts";
import { anyOf, words } from "../../platform/text.ts";

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

function filtered<QB extends { where: (...a: never[]) => QB }>(
  qb: QB,
  f: AnalystFilter,
  withText: boolean,
): QB {
  let q = qb as unknown as { where: (...a: unknown[]) => typeof q };
  // With a text query, the filters are checked on the rows the words find: IS TRUE keeps the
  // planner from ANDing an index scan of every incident of a country (75,000 of a million) or of
  // a date range. Dates are always checked that way (a half-year is 100,000 of a million).
  const check = (c: ReturnType<typeof sql<boolean>>) => (withText ? sql<boolean>`(${c}) IS TRUE` : c);
  if (f.country) q = q.where(check(sql<boolean>`i.countries @> ARRAY[${f.country}]::text[]`));
  if (f.severity) q = q.where(check(sql<boolean>`i.severity = ${f.severity}`));
  if (f.harmType) q = q.where(check(sql<boolean>`i.harm_types @> ARRAY[${f.harmType}]::text[]`));
  if (f.industry) q = q.where("i.industry", "like", `${f.industry}%`);
  if (f.from) q = q.where(sql<boolean>`(i.occurred_end >= ${startOf(f.from)}::date) IS TRUE`);
  if (f.to) q = q.where(sql<boolean>`(i.occurred_start <= ${endOf(f.to)}::date) IS TRUE`);
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

/**
 * How many matches a search reads at most: the most recent ones (published or updated). Within
 * them, a text query is ranked, facets are counted and pages are cut; `total` counts them up to
 * this bound and `totalExact` says whether there were more. At a million incidents a broad word
 * matches hundreds of thousands; counting, ranking and faceting all of them cannot answer within
 * 50 ms (bench/README.md, "incidents").
 */
export const SEARCH_WINDOW = 1_000;

type FacetCount = { value: string; count: number };
interface WindowResult {
  ids: string[];
  total: number;
  totalExact: boolean;
  facets: Record<"countries" | "severity" | "harmTypes" | "status", FacetCount[]>;
}

/**
 * One statement over the search window of a query without words: the matching rows (`window`:
 * newest first, at most `size` + 1, so that "more" shows) materialised once; they are counted,
 * and the first `size` are faceted (20 values each, most frequent first) and paged, newest first.
 */
async function searchWindow(
  db: Executor,
  window: { compile: () => unknown },
  size: number,
  f: AnalystFilter,
  withStatus: boolean,
): Promise<WindowResult> {
  // `values` yields each row's values of the facet as v.
  const facet = (values: string) =>
    sql.raw(`(SELECT coalesce(json_agg(f), '[]') FROM (
      SELECT v AS value, count(*)::int AS count FROM w, ${values} GROUP BY v ORDER BY 2 DESC, 1 LIMIT 20) f)`);
  const r = await sql<{
    n: number;
    ids: string[] | null;
    countries: FacetCount[];
    severity: FacetCount[];
    harm: FacetCount[];
    status: FacetCount[] | null;
  }>`
    WITH m AS MATERIALIZED (${window}),
      w AS MATERIALIZED (SELECT * FROM m ORDER BY at DESC, id LIMIT ${size})
    SELECT (SELECT count(*)::int FROM m) AS n,
      (SELECT array_agg(id) FROM (SELECT id FROM w ORDER BY at DESC, id
        LIMIT ${f.limit} OFFSET ${f.offset}) p) AS ids,
      ${facet("unnest(w.countries) v")} AS countries,
      ${facet("LATERAL (SELECT w.severity AS v) s")} AS severity,
      ${facet("unnest(w.harm_types) v")} AS harm,
      ${withStatus ? facet("LATERAL (SELECT w.status AS v) s") : sql`NULL`} AS status`.execute(db);
  const row = r.rows[0]!;
  return {
    ids: row.ids ?? [],
    total: Math.min(row.n, size),
    totalExact: row.n <= size,
    facets: {
      countries: row.countries,
      severity: row.severity,
      harmTypes: row.harm,
      status: row.status ?? [],
    },
  };
}

/** Rows in the order of `ids` (a page cut by searchWindow). */
const inOrder = <T extends { id: string }>(ids: string[], rows: T[]) => {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

/**
 * The analysts' queue: every incident on the node with its working title, most recently updated
 * first; with a query, those whose texts (any language), other free texts, names or ref match it,
 * best first within the search window of the most recently updated matches. A text query is asked
 * month by month of last update, as the public search is by month of publication (textWindow), with
 * its status as a lexeme (both marks kept by migration 0021's trigger).
 */
export async function listForAnalysts(
  db: Executor,
  f: AnalystFilter,
  tsquery: string | undefined,
  size = SEARCH_WINDOW,
  now = new Date(),
) {
  let w = filtered(db.selectFrom("incidents as i"), f, !!tsquery);
  if (f.status)
    w = tsquery
      ? w.where(sql<boolean>`(i.status = ${f.status}) IS TRUE`)
      : w.where("i.status", "=", f.status);
  if (f.assigneeId !== undefined)
    w =
      f.assigneeId === null
        ? w.where("i.assignee_id", "is", null)
        : w.where("i.assignee_id", "=", f.assigneeId);
  const columns = [
    "i.id",
    "i.updated_at as at",
    "i.countries",
    "i.severity",
    "i.harm_types",
    "i.status",
  ] as const;
  const r = tsquery
    ? await textWindow(
        (match, rankBy, limit) =>
          w
            .where(sql<boolean>`i.search @@ ${match}::tsquery`)
            .select([...columns, sql<number>`ts_rank(i.search, ${rankBy}::tsquery)`.as("rank")])
            .orderBy("i.updated_at", "desc")
            .orderBy("i.id")
            .limit(limit)
            .execute(),
        f,
        f.status ? `(${tsquery}) & '~s${f.status}'` : tsquery,
        tsquery,
        size,
        (monthsBack) => `'~u${monthKey(monthsBack, now)}'`,
      )
    : await searchWindow(
        db,
        w
          .select([...columns])
          .orderBy("i.updated_at", "desc")
          .orderBy("i.id")
          .limit(size + 1),
        size,
        f,
        true,
      );
  const items = r.ids.length
    ? await db
        .selectFrom("incidents as i")
        .innerJoin("incident_texts as t", (j) =>
          j.onRef("t.incident_id", "=", "i.id").onRef("t.lang", "=", "i.primary_lang"),
        )
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
        .where("i.id", "in", r.ids)
        .execute()
    : [];
  return { total: r.total, totalExact: r.totalExact, facets: r.facets, items: inOrder(r.ids, items) };
}

/** Months back (from the current one) that a text search reads first, then further back. */
const MONTH_STEPS = [1, 3, 6, 12, 24];
/** "YYYYMM" (UTC) of the month `monthsBack` before the one of `now`. */
const monthKey = (monthsBack: number, now: Date) => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
};

/**
 * "YYYYMM" of every month from the one of `start` to the one of `end` (ISO dates, UTC), or of the
 * `days` around them: the month lexemes of search vectors (migration 0020) are built from these.
 */
function monthKeys(start: string, end: string, days = 0): string[] {
  const a = new Date(`${start}T00:00:00Z`);
  a.setUTCDate(a.getUTCDate() - days);
  const b = new Date(`${end}T00:00:00Z`);
  b.setUTCDate(b.getUTCDate() + days);
  const out: string[] = [];
  for (
    let m = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), 1));
    m <= b;
    m.setUTCMonth(m.getUTCMonth() + 1)
  )
    out.push(`${m.getUTCFullYear()}${String(m.getUTCMonth() + 1).padStart(2, "0")}`);
  return out;
}

/**
 * Lexemes (no word starts with ~) for the months an incident occurred in: '~oYYYYMM' each,
 * '~olong' for a span of more than three years, '~oundated' without a date. Duplicate candidates
 * and date-filtered searches ask the index for months through them. The same rule as the SQL
 * function incident_occurrence_lexemes (migration 0020), which gave stored vectors theirs.
 */
export function occurrenceLexemes(start: string | null, end: string | null): string[] {
  if (!start || !end) return ["~oundated"];
  if ((Date.parse(end) - Date.parse(start)) / 86_400_000 > 1100) return ["~olong"];
  return monthKeys(start, end).map((m) => `~o${m}`);
}

/** A tsquery literal matching any of the occurrence months (and '~olong', and the extra lexemes). */
const anyOccurrence = (months: string[], extra: string[] = []) =>
  ["~olong", ...extra, ...months.map((m) => `~o${m}`)].map((l) => `'${l}'`).join(" | ");

/**
 * The occurrence months of a date filter, as a tsquery literal, or undefined when the filter is
 * open-ended or spans more than three years (the filter alone then).
 */
function occurrenceMonths(f: AnalystFilter): string | undefined {
  if (!f.from || !f.to) return undefined;
  const months = monthKeys(startOf(f.from), endOf(f.to));
  return months.length >= 1 && months.length <= 36 ? anyOccurrence(months) : undefined;
}

/**
 * The public database: the latest published version of each published TLP:CLEAR incident, most
 * recently published first; with a query, best first (within the search window). Reads
 * incident_public (migration 0020).
 *
 * A word common at a million incidents matches tens of thousands of them, and finding the most
 * recent among them by their publication dates means reading every match. So a text query is
 * first asked for this month only (each public search vector carries its month of publication as
 * a lexeme, so the index narrows it), then months 2-3, 4-6, 7-12, 13-24 and the rest, until the
 * window is full: a common word stops after a step or two, a rare one reads all six cheaply. An
 * occurrence-date filter of up to three years narrows each step to its months the same way.
 */
export async function searchPublished(
  db: Executor,
  f: AnalystFilter,
  tsquery: string | undefined,
  size = SEARCH_WINDOW,
  now = new Date(),
) {
  const base = filtered(db.selectFrom("incident_public as i"), f, !!tsquery);
  const columns = [
    "i.incident_id as id",
    "i.published_at as at",
    "i.countries",
    "i.severity",
    "i.harm_types",
  ] as const;
  /** The most recent `limit` public incidents whose search vector matches, ranked for `rankBy`. */
  const matching = (match: string, rankBy: string, limit: number) =>
    base
      .where(sql<boolean>`i.search @@ ${match}::tsquery`)
      .select([...columns, sql<number>`ts_rank(i.search, ${rankBy}::tsquery)`.as("rank")])
      .orderBy("i.published_at", "desc")
      .orderBy("i.incident_id")
      .limit(limit)
      .execute();
  const r = tsquery
    ? await textWindow(matching, f, tsquery, tsquery, size, (monthsBack) => `'~${monthKey(monthsBack, now)}'`)
    : await searchWindow(
        db,
        base
          .select([...columns])
          .orderBy("i.published_at", "desc")
          .orderBy("i.incident_id")
          .limit(size + 1),
        size,
        f,
        false,
      );
  const items = r.ids.length
    ? await db
        .selectFrom("incident_public as i")
        .innerJoin("incident_versions as v", (j) =>
          j.onRef("v.incident_id", "=", "i.incident_id").onRef("v.version", "=", "i.version"),
        )
        .select(["i.incident_id as id", "v.document"])
        .where("i.incident_id", "in", r.ids)
        .execute()
    : [];
  return { total: r.total, totalExact: r.totalExact, facets: r.facets, items: inOrder(r.ids, items) };
}

/**
 * The search window of a text query, month step by month step (see searchPublished): `terms` are
 * asked for with the lexeme of each month back (`month`: the public vectors' month of publication,
 * the working vectors' month of last update) until the window is full. Each step's rows come with
 * their rank for `rankBy`, so the window is counted, faceted and ranked here, as searchWindow does
 * in SQL.
 */
async function textWindow(
  matching: (
    match: string,
    rankBy: string,
    limit: number,
  ) => Promise<
    {
      id: string;
      at: Date;
      countries: string[];
      severity: string;
      harm_types: string[];
      status?: string;
      rank: number;
    }[]
  >,
  f: AnalystFilter,
  terms: string,
  rankBy: string,
  size: number,
  month: (monthsBack: number) => string,
): Promise<WindowResult> {
  // The index also narrows to the country, whose code is a word of every search vector (the rows
  // are still checked against their countries), and to the months an occurrence-date filter covers.
  const country = f.country ? anyOf(words(f.country)) : undefined;
  const occurred = occurrenceMonths(f);
  const query = [terms, country, occurred].flatMap((t) => (t ? [`(${t})`] : [])).join(" & ");
  const months = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => month(from + k)).join(" | ");
  const rows: Awaited<ReturnType<typeof matching>> = [];
  let from = 0;
  for (const to of [...MONTH_STEPS, null]) {
    const match = to === null ? `(${query}) & !(${months(0, from)})` : `(${query}) & (${months(from, to)})`;
    rows.push(...(await matching(match, rankBy, size + 1 - rows.length)));
    if (rows.length > size || to === null) break;
    from = to;
  }
  const window = rows.slice(0, size);
  const facet = (values: (r: (typeof rows)[number]) => string[]) => {
    const n = new Map<string, number>();
    for (const r of window) for (const v of values(r)) n.set(v, (n.get(v) ?? 0) + 1);
    return [...n]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, 20)
      .map(([value, count]) => ({ value, count }));
  };
  const ranked = [...window].sort(
    (a, b) => b.rank - a.rank || b.at.getTime() - a.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    ids: ranked.slice(f.offset, f.offset + f.limit).map((r) => r.id),
    total: window.length,
    totalExact: rows.length <= size,
    facets: {
      countries: facet((r) => r.countries),
      severity: facet((r) => [r.severity]),
      harmTypes: facet((r) => r.harm_types),
      status: facet((r) => (r.status ? [r.status] : [])),
    },
  };
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
 * Lexemes of the incidents' search vectors that ANALYZE found in more than `share` of them
 * (pg_stats.most_common_elems; empty until the table is analysed, as on a new node).
 */
export async function commonLexemes(db: Executor, share: number): Promise<Set<string>> {
  const r = await sql<{ elems: string[] | null; freqs: number[] | null }>`
    SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs
    FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'incidents' AND attname = 'search'`.execute(
    db,
  );
  const row = r.rows[0];
  const out = new Set<string>();
  row?.elems?.forEach((e, k) => {
    if ((row.freqs?.[k] ?? 0) > share) out.add(e);
  });
  return out;
}

/** The occurrence months within 60 days of [start, end] (at most 58), '~olong' and '~oundated', as a tsquery literal. */
const windowMonths = (start: string, end: string) =>
  anyOccurrence(monthKeys(start, end, 60).slice(0, 58), ["~oundated"]);

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
  // Undated, or within 60 days: the index narrows the terms to the window's months (occurrence
  // lexemes, migration 0020) and the rows found are checked to the day, as one expression, so that
  // the planner does not AND an index scan of every incident in the window (135 ms for a year at
  // a million incidents; bench/README.md, "incidents").
  const dated = start && end;
  let q = db
    .selectFrom("incidents")
    .select(["id", "ref", "match_features"])
    .where("id", "!=", self)
    .where("status", "not in", ["merged", "withdrawn", "rejected"])
    .where("match_features", "is not", null)
    .where(sql<boolean>`search @@ ${dated ? `(${terms}) & (${windowMonths(start, end)})` : terms}::tsquery`);
  if (dated)
    q = q.where(
      sql<boolean>`coalesce(occurred_start <= ${end}::date + 60 AND occurred_end >= ${start}::date - 60, true)`,
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
