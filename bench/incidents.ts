// `npm run bench -- incidents`: AI incidents at scale on PostgreSQL (database aisafe_bench_inc):
//  1. bulk import through the real path (importReports: validation, refs, report + incident +
//     texts + originals, fingerprint and search vector, one audit entry per row) of a sample;
//  2. a bulk load to 1,000,000 incidents (batched INSERT ... SELECT FROM jsonb_to_recordset, with
//     the same fingerprint and search vector the service computes), 70 % published TLP:CLEAR;
//  3. the public search with filters and facets (GET /api/v1/incidents through app.inject) and the
//     analysts' queue search (the service), p50/p95 per query;
//  4. duplicate suggestions for new reports (the service's duplicates()), p50/p95.
import os from "node:os";
import { sql } from "kysely";
import { endOf, startOf } from "../src/modules/incidents/incidents.repo.ts";
import { ReportInput } from "../src/modules/incidents/incidents.schemas.ts";
import * as incidents from "../src/modules/incidents/incidents.service.ts";
import { systemActor } from "../src/platform/access.ts";
import type { AppContext } from "../src/platform/context.ts";
import { uuidv7 } from "../src/platform/ids.ts";
import { type GeneratedReport, generateReport, rng } from "./incident-generator.ts";
import { postgresCpuMs, table } from "./lib.ts";
import { openBenchNode, type Stats, stats, timed } from "./library.ts";

export interface IncidentsOptions {
  check: boolean;
  /** Incidents in the database for the search and duplicate benches. */
  incidents: number;
  /** Reports imported through the real import path (counted in `incidents`). */
  importSample: number;
  /** Distinct generated reports the bulk load cycles through (each a fresh id, ref and time). */
  distinct: number;
  /** Measured rounds over the search queries. */
  searchRounds: number;
  /** New reports whose duplicate suggestions are measured. */
  duplicateRounds: number;
}

export const INCIDENT_LIMITS = { importPerSecond: 5_000, searchP95Ms: 50, duplicatesP95Ms: 50 };

const actor = systemActor("bench");
const BATCH = 2_000;
/** Rows per importReports call: about what one POST /api/v1/reports/import carries (its body limit is 20 MB). */
const IMPORT_CALL = 5_000;
/** Seconds between two bulk-loaded incidents' publication. */
const STEP_S = 150;

/** A generated report as the rows the service would store (derived fields computed by the service's own function). */
function rowOf(g: GeneratedReport, n: number, year: number) {
  const id = uuidv7();
  const ref = `INC-BENCH-${year}-${String(n).padStart(7, "0")}`;
  const texts = [{ lang: g.lang, title: g.title, description: g.description }, ...g.translations];
  const details = { systems: g.systems, evidence: g.evidence, reporter: g.reporter };
  const d = incidents.derived(
    {
      id,
      ref,
      countries: g.countries,
      occurred_from: g.occurredFrom,
      occurred_to: null,
      details,
      primary_lang: g.lang,
    },
    texts,
    [],
  );
  return { id, ref, texts, details, ...d };
}

/** The public search index as migration 0020 fills it (its trigger is off during the bulk load). */
const FILL_PUBLIC = sql`
  INSERT INTO incident_public (incident_id, version, published_at, countries, severity, harm_types,
    industry, occurred_start, occurred_end, search)
  SELECT i.id, i.version, v.published_at, i.countries, i.severity, i.harm_types, i.industry,
    i.occurred_start, i.occurred_end, incident_public_search(v.search, v.published_at, i.occurred_start, i.occurred_end)
  FROM incidents i
  JOIN incident_versions v ON v.incident_id = i.id AND v.version = i.version
  WHERE i.status = 'published' AND i.tlp = 'clear' AND i.merged_into IS NULL
  ON CONFLICT (incident_id) DO NOTHING`;

/**
 * Loads `count` incidents: `distinct` generated reports (derived once each) inserted from JSON, then
 * copied in SQL with new ids and refs until `count`. Every 10th is left in triage; the others are
 * published TLP:CLEAR with a version document. Row n is published (and updated) n × STEP_S seconds
 * after the first, so "most recent" means what it would on a node that took them in over time.
 */
async function bulkLoad(ctx: AppContext, count: number, distinct: number, nodeId: string) {
  const r = rng(42);
  const pool: { g: GeneratedReport; row: ReturnType<typeof rowOf> }[] = [];
  const t0 = performance.now();
  for (let n = 0; n < Math.min(distinct, count); n++) {
    const g = generateReport(r, n);
    pool.push({ g, row: rowOf(g, n, 2026) });
  }
  const deriveMs = performance.now() - t0;
  // Secondary indexes are dropped for the load and built again after it, exactly as defined
  // (pg_get_indexdef): one build is much faster than a million index insertions.
  const indexes = (
    await sql<{ name: string; def: string }>`
      SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
      WHERE indrelid IN ('incidents'::regclass, 'incident_texts'::regclass,
        'incident_versions'::regclass, 'incident_public'::regclass)
        AND NOT indisprimary AND NOT indisunique`.execute(ctx.db)
  ).rows;
  for (const ix of indexes) await sql`DROP INDEX ${sql.id(ix.name)}`.execute(ctx.db);
  await sql`ALTER TABLE incidents DISABLE TRIGGER USER`.execute(ctx.db);
  // One incident every 150 s: a million span about five years, as on a node that took them in over time.
  const base = Date.now() - count * STEP_S * 1000;
  const t1 = performance.now();
  for (let start = 0; start < pool.length; start += BATCH) {
    const rows: unknown[] = [];
    const texts: unknown[] = [];
    const versions: unknown[] = [];
    for (let n = start; n < Math.min(pool.length, start + BATCH); n++) {
      const { g, row } = pool[n]!;
      const { id } = row;
      const ref = `INC-BENCH-${String(n).padStart(8, "0")}`;
      const published = n % 10 !== 0;
      const at = new Date(base + n * STEP_S * 1000).toISOString();
      rows.push({
        id,
        ref,
        origin_node: nodeId,
        status: published ? "published" : "triage",
        version: published ? 1 : 0,
        kind: "incident",
        severity: g.severity,
        ai_relation: g.aiRelation,
        harm_types: g.harmTypes,
        countries: g.countries,
        industry: g.industry,
        occurred_from: g.occurredFrom,
        occurred_start: startOf(g.occurredFrom),
        occurred_end: endOf(g.occurredFrom),
        primary_lang: g.lang,
        details: row.details,
        tlp: published ? "clear" : "amber",
        match_features: row.match_features,
        search: row.search,
        at,
      });
      for (const t of row.texts) texts.push({ incident_id: id, ...t });
      if (published)
        versions.push({
          incident_id: id,
          at,
          document: {
            id,
            ref,
            version: 1,
            publishedAt: at,
            kind: "incident",
            severity: g.severity,
            aiRelation: g.aiRelation,
            harmTypes: g.harmTypes,
            countries: g.countries,
            industry: g.industry,
            occurredFrom: g.occurredFrom,
            occurredTo: null,
            primaryLang: g.lang,
            texts: row.texts,
            details: row.details,
            classifications: [],
            entities: [],
            tlp: "clear",
          },
          search: row.search,
        });
    }
    await ctx.db.transaction().execute(async (trx) => {
      await sql`
        INSERT INTO incidents (id, ref, origin_node, status, version, kind, severity, ai_relation, harm_types,
          countries, industry, occurred_from, occurred_start, occurred_end, primary_lang, details, tlp,
          distribution, match_features, search, published_at, created_at, updated_at)
        SELECT id, ref, origin_node, status, version, kind, severity, ai_relation, harm_types, countries,
          industry, occurred_from, occurred_start, occurred_end, primary_lang, details, tlp, 1,
          match_features, search::tsvector || array_to_tsvector(incident_queue_marks(status, at)),
          CASE WHEN version = 1 THEN at END, at, at
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, ref text, origin_node uuid,
          status text, version int, kind text, severity text, ai_relation text[], harm_types text[],
          countries text[], industry text, occurred_from text, occurred_start date, occurred_end date,
          primary_lang text, details jsonb, tlp text, match_features jsonb, search text, at timestamptz)`.execute(
        trx,
      );
      await sql`
        INSERT INTO incident_texts (incident_id, lang, title, description)
        SELECT incident_id, lang, title, description
        FROM jsonb_to_recordset(${JSON.stringify(texts)}::jsonb)
          AS x(incident_id uuid, lang text, title text, description text)`.execute(trx);
      if (versions.length)
        await sql`
          INSERT INTO incident_versions (incident_id, version, document, content_hash, published_by, published_at, search)
          SELECT incident_id, 1, document, md5(document::text), 'bench', at, search::tsvector
          FROM jsonb_to_recordset(${JSON.stringify(versions)}::jsonb)
            AS x(incident_id uuid, document jsonb, search text, at timestamptz)`.execute(trx);
    });
  }
  // Copies k = 1, 2, … of the generated rows: row n of copy k is row n + k·distinct.
  const copies = Math.ceil(count / pool.length) - 1;
  for (let k = 1; k <= copies; k++) {
    const last = Math.min(pool.length, count - k * pool.length);
    await ctx.db.transaction().execute(async (trx) => {
      await sql`
        CREATE TEMP TABLE copy_ids ON COMMIT DROP AS
        SELECT id AS old, gen_random_uuid() AS new,
          'INC-BENCH-' || lpad((substring(ref FROM 11)::int + ${k * pool.length})::text, 8, '0') AS ref,
          ${new Date(base).toISOString()}::timestamptz
            + make_interval(secs => (substring(ref FROM 11)::int + ${k * pool.length}) * ${STEP_S}) AS at
        FROM incidents WHERE ref LIKE 'INC-BENCH-%' AND substring(ref FROM 11)::int < ${last}`.execute(trx);
      await sql`
        INSERT INTO incidents (id, ref, origin_node, status, version, kind, severity, ai_relation, harm_types,
          countries, industry, occurred_from, occurred_start, occurred_end, primary_lang, details, tlp,
          distribution, match_features, search, published_at, created_at, updated_at)
        SELECT c.new, c.ref, origin_node, status, version, kind, severity, ai_relation, harm_types, countries,
          industry, occurred_from, occurred_start, occurred_end, primary_lang, details, tlp, distribution,
          jsonb_set(match_features, '{id}', to_jsonb(c.new)),
          ts_delete(search, incident_queue_marks(status, i.updated_at))
            || array_to_tsvector(incident_queue_marks(status, c.at)),
          CASE WHEN version = 1 THEN c.at END, c.at, c.at
        FROM incidents i JOIN copy_ids c ON c.old = i.id`.execute(trx);
      await sql`
        INSERT INTO incident_texts (incident_id, lang, title, description)
        SELECT c.new, lang, title, description FROM incident_texts t JOIN copy_ids c ON c.old = t.incident_id`.execute(
        trx,
      );
      await sql`
        INSERT INTO incident_versions (incident_id, version, document, content_hash, published_by, published_at, search)
        SELECT c.new, 1, jsonb_set(jsonb_set(document, '{id}', to_jsonb(c.new)), '{ref}', to_jsonb(c.ref)),
          content_hash, published_by, c.at, search
        FROM incident_versions v JOIN copy_ids c ON c.old = v.incident_id`.execute(trx);
    });
    process.stdout.write(`    … ${Math.min(count, (k + 1) * pool.length)} rows\n`);
  }
  await sql`ALTER TABLE incidents ENABLE TRIGGER USER`.execute(ctx.db);
  await FILL_PUBLIC.execute(ctx.db);
  const insertMs = performance.now() - t1;
  const t2 = performance.now();
  for (const ix of indexes) await sql.raw(ix.def).execute(ctx.db);
  const indexMs = performance.now() - t2;
  for (const t of ["incidents", "incident_texts", "incident_versions", "incident_public"])
    await sql`VACUUM ANALYZE ${sql.id(t)}`.execute(ctx.db);
  return { deriveMs, insertMs, indexMs, indexes: indexes.length, distinct: pool.length };
}

/** Public searches: words in several languages and scripts, with and without filters. */
const PUBLIC_QUERIES: Record<string, string>[] = [
  { q: "chatbot" },
  { q: "deepfake scam" },
  { q: "membocorkan NIK" },
  { q: "lừa đảo đầu tư" },
  { q: "บัตรประชาชน" },
  { q: "stroke", country: "TH" },
  { q: "face recognition", country: "ID", severity: "hazard" },
  { q: "pinjaman", from: "2024", to: "2024-06" },
  { country: "MY", harmType: "economic-property" },
  { severity: "serious-incident", from: "2025-01", to: "2025-03" },
  {},
];
/** Analysts' queue searches (working texts, every status). */
const ANALYST_QUERIES: { q?: string; country?: string; status?: string }[] = [
  { q: "kredit" },
  { q: "deepfake", country: "VN" },
  { q: "แชตบอต", status: "triage" },
  { status: "triage" },
];

const fmt = (s: Stats) => [String(s.n), s.p50.toFixed(1), s.p95.toFixed(1), s.max.toFixed(1)];

export async function benchIncidents(opts: IncidentsOptions): Promise<boolean> {
  const { what, app, ctx } = await openBenchNode("postgres", "inc");
  const nodeId = (await ctx.db.selectFrom("node_identity").select("node_id").executeTakeFirstOrThrow())
    .node_id;
  process.stdout.write(`  ${what}; ${os.cpus().length} cores\n`);
  let ok = true;

  const held = Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM incidents`.execute(ctx.db)).rows[0]!.n,
  );
  if (held >= opts.incidents) {
    process.stdout.write(`  ${held} incidents kept from an earlier run: no import, no load\n`);
    return searchAndDuplicates(app, ctx, opts, ok);
  }

  // 1. The real import path on a sample.
  const r = rng(7);
  const sample = Array.from({ length: opts.importSample }, (_, n) => ({
    row: n + 1,
    value: generateReport(r, 10_000_000 + n),
  }));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const pg0 = postgresCpuMs();
  let imported = 0;
  for (let i = 0; i < sample.length; i += IMPORT_CALL) {
    const res = await incidents.importReports(ctx, actor, sample.slice(i, i + IMPORT_CALL));
    imported += res.imported;
    if (res.failed)
      throw new Error(`import: ${res.failed} rows failed: ${JSON.stringify(res.rows.find((x) => x.errors))}`);
  }
  const importMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const pgUs = ((postgresCpuMs() - pg0) * 1000) / imported;
  const perSecond = imported / (importMs / 1000);
  const importOk = perSecond >= INCIDENT_LIMITS.importPerSecond;
  ok &&= importOk;
  process.stdout.write(
    `  import (importReports, ${imported} rows in calls of ${IMPORT_CALL}): ${Math.round(importMs)} ms, ` +
      `${Math.round(perSecond)} incidents/s (target ≥ ${INCIDENT_LIMITS.importPerSecond}) ${importOk ? "ok" : "MISSED"}; ` +
      `CPU a row: ${Math.round((cpu.user + cpu.system) / imported)} µs in Node, ${Math.round(pgUs)} µs in PostgreSQL\n`,
  );

  // 2. Bulk load to the full size.
  const rest = Math.max(0, opts.incidents - imported);
  process.stdout.write(`  bulk load of ${rest} incidents (${opts.distinct} distinct generated reports)…\n`);
  const load = await bulkLoad(ctx, rest, opts.distinct, nodeId);
  const total = Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM incidents`.execute(ctx.db)).rows[0]!.n,
  );
  process.stdout.write(
    `  loaded: derive ${load.distinct} reports ${Math.round(load.deriveMs / 1000)} s ` +
      `(${((load.deriveMs * 1000) / load.distinct).toFixed(0)} µs each), ` +
      `insert ${Math.round(load.insertMs / 1000)} s (${Math.round(rest / (load.insertMs / 1000))} rows/s), ` +
      `${load.indexes} indexes rebuilt in ${Math.round(load.indexMs / 1000)} s; ${total} incidents in the database\n`,
  );

  return searchAndDuplicates(app, ctx, opts, ok);
}

async function searchAndDuplicates(
  app: Awaited<ReturnType<typeof openBenchNode>>["app"],
  ctx: AppContext,
  opts: IncidentsOptions,
  ok: boolean,
): Promise<boolean> {
  // 3. Searches.
  const searchRows: string[][] = [];
  const all: number[] = [];
  for (const q of PUBLIC_QUERIES) {
    const url = `/api/v1/incidents?${new URLSearchParams(q)}`;
    for (let i = 0; i < 3; i++) await timed(app, { url });
    const ms: number[] = [];
    let found = "";
    for (let i = 0; i < opts.searchRounds; i++) {
      const res = await timed(app, { url });
      ms.push(res.ms);
      const body = JSON.parse(res.body) as { total: number; totalExact: boolean };
      found = `${body.total}${body.totalExact ? "" : "+"}`;
    }
    all.push(...ms);
    searchRows.push([
      `public ${new URLSearchParams(q).toString() || "(no filter)"}`,
      found,
      ...fmt(stats(ms)),
    ]);
  }
  for (const q of ANALYST_QUERIES) {
    const query = { ...q, limit: 50, offset: 0 } as Parameters<typeof incidents.listIncidents>[2];
    for (let i = 0; i < 3; i++) await incidents.listIncidents(ctx, actor, query);
    const ms: number[] = [];
    let found = "";
    for (let i = 0; i < opts.searchRounds; i++) {
      const s = performance.now();
      const res = await incidents.listIncidents(ctx, actor, query);
      found = `${res.total}${res.totalExact ? "" : "+"}`;
      ms.push(performance.now() - s);
    }
    all.push(...ms);
    searchRows.push([
      `analysts ${new URLSearchParams(q as Record<string, string>).toString()}`,
      found,
      ...fmt(stats(ms)),
    ]);
  }
  const overall = stats(all);
  const searchOk = overall.p95 <= INCIDENT_LIMITS.searchP95Ms;
  ok &&= searchOk;
  process.stdout.write(
    `${table(["search (page of 50 + total + facets)", "matches", "n", "p50 ms", "p95 ms", "max ms"], searchRows)}\n` +
      `  search p95 over all queries: ${overall.p95.toFixed(1)} ms (target ≤ ${INCIDENT_LIMITS.searchP95Ms}) ${searchOk ? "ok" : "MISSED"}\n`,
  );

  // 4. Duplicate suggestions for new reports.
  const dupMs: number[] = [];
  let suggested = 0;
  const rd = rng(99);
  for (let i = 0; i < opts.duplicateRounds + 3; i++) {
    const g = generateReport(rd, 20_000_000 + i);
    const receipt = await incidents.submitReport(ctx, actor, ReportInput.parse(g));
    const s = performance.now();
    const found = await incidents.duplicates(ctx, actor, receipt.incidentId);
    if (i >= 3) {
      dupMs.push(performance.now() - s);
      suggested += found.length;
    }
  }
  const dup = stats(dupMs);
  const dupOk = dup.p95 <= INCIDENT_LIMITS.duplicatesP95Ms;
  ok &&= dupOk;
  process.stdout.write(
    `  duplicate suggestions for a new report: p50 ${dup.p50.toFixed(1)} ms, p95 ${dup.p95.toFixed(1)} ms, ` +
      `max ${dup.max.toFixed(1)} ms over ${dup.n} reports (${(suggested / dup.n).toFixed(1)} suggestions each) ` +
      `(target p95 ≤ ${INCIDENT_LIMITS.duplicatesP95Ms}) ${dupOk ? "ok" : "MISSED"}\n`,
  );
  return ok || !opts.check;
}
