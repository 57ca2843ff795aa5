// `npm run bench -- footprints`: the footprint estimators. 1,000,000 calls of estimate() in a loop over
// a mix of workloads (training, per-token inference, measured per request, metered), then 10,000
// requests to POST /api/v1/footprints/estimate in-process (buildApp + app.inject), then the regional
// aggregation over 100,000 footprint reports on PostgreSQL (GET /api/v1/footprints/regional).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { estimate, type WorkloadInput } from "../src/modules/footprints/estimate.ts";
import { factorLookup } from "../src/modules/footprints/factors.ts";
import * as tenancy from "../src/modules/tenancy/tenancy.service.ts";
import { systemActor } from "../src/platform/access.ts";
import type { AppContext } from "../src/platform/context.ts";
import type { App } from "../src/platform/http.ts";
import { onCleanup, ROOT, run, table } from "./lib.ts";
import { openBenchNode, stats, timed } from "./library.ts";
import { type Auth, userSession } from "./registry.ts";

export interface FootprintsOptions {
  check: boolean;
  /** Calls of estimate() measured. */
  estimates: number;
  /** Requests to POST /api/v1/footprints/estimate measured. */
  requests: number;
  /** Footprint reports loaded for the regional aggregation. */
  reports: number;
}

export const FOOTPRINTS_LIMITS = { millionMs: 2_000, regionalMs: 200 };

const COUNTRIES = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];
const GPUS = ["H100 SXM", "A100 SXM", "NVIDIA A100 40GB PCIe", "L4", "unknown-accelerator"];

/** 1,000 workloads: a quarter each of training, per-token inference, measured Wh per request, metered kWh. */
export function workloadMix(n = 1000): WorkloadInput[] {
  return Array.from({ length: n }, (_, i): WorkloadInput => {
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const pue = i % 3 === 0 ? undefined : 1.1 + (i % 7) / 10;
    const common = {
      country,
      ...(pue === undefined ? {} : { pue }),
      ...(i % 5 === 0 ? { contractualIntensity: 100 + (i % 300) } : {}),
    };
    switch (i % 4) {
      case 0:
        return {
          kind: "training",
          ...common,
          hardware: {
            gpuModel: GPUS[i % GPUS.length]!,
            gpuCount: 8 * (1 + (i % 16)),
            gpuUtilisation: 0.5 + (i % 5) / 10,
            cpuCores: 64,
            cpuTdpWattsPerCore: 4,
            cpuUtilisation: 0.3,
            memoryGb: 1024,
          },
          hours: 24 * (1 + (i % 30)),
        };
      case 1:
        return {
          kind: "inference",
          ...common,
          requests: 10_000 * (1 + (i % 100)),
          outputTokensPerRequest: 100 + (i % 900),
          activeParamsBillions: [7, 13, 70, 405][i % 4]!,
          ...(i % 8 === 1 ? { totalParamsBillions: 671, activeParamsBillions: 37 } : {}),
        };
      case 2:
        return {
          kind: "inference",
          ...common,
          requests: 1_000 * (1 + (i % 1000)),
          measuredWhPerRequest: 0.3 + (i % 10) / 10,
          measuredBoundary: i % 2 ? "it" : "facility",
        };
      default:
        return {
          kind: i % 8 === 3 ? "training" : "inference",
          ...common,
          meteredKWh: 100 + i * 10,
          ...(i % 2 ? { measuredBoundary: "facility" as const } : {}),
          wueOnSite: 0.5,
          wueOffSite: 3.1,
        };
    }
  });
}

/**
 * The same loop on the estimators bundled as for production (esbuild as scripts/build.mjs runs it: no
 * keepNames, unlike tsx, which wraps every closure in __name()), in a child node process. The bundle
 * lives in node_modules/.cache (factors.ts finds content/ from the nearest package.json) and is deleted.
 */
async function bundledLoop(mix: WorkloadInput[], n: number): Promise<number> {
  const cache = path.join(ROOT, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, "aisafe-bench-footprints-"));
  onCleanup(async () => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, "mix.json"), JSON.stringify(mix));
  const { build } = await import("esbuild");
  await build({
    stdin: {
      contents: `
        import { readFileSync } from "node:fs";
        import { estimate } from "./src/modules/footprints/estimate.ts";
        import { factorLookup } from "./src/modules/footprints/factors.ts";
        const mix = JSON.parse(readFileSync(${JSON.stringify(path.join(dir, "mix.json"))}, "utf8"));
        const f = factorLookup();
        let sink = 0;
        for (let i = 0; i < 100000; i++) sink += estimate(mix[i % mix.length], f).itEnergyKWh;
        const t0 = performance.now();
        for (let i = 0; i < ${n}; i++) sink += estimate(mix[i % mix.length], f).itEnergyKWh;
        console.log(JSON.stringify({ ms: performance.now() - t0, ok: Number.isFinite(sink) }));`,
      resolveDir: ROOT,
      loader: "ts",
      sourcefile: "bench-footprints-entry.ts",
    },
    outfile: path.join(dir, "loop.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  const out = await run(process.execPath, [path.join(dir, "loop.mjs")], process.env, 120_000);
  const r = JSON.parse(out.trim().split("\n").at(-1)!) as { ms: number; ok: boolean };
  if (!r.ok) throw new Error("bundled estimate() returned a non-finite energy");
  rmSync(dir, { recursive: true, force: true });
  return r.ms;
}

export async function benchFootprints(opts: FootprintsOptions): Promise<boolean> {
  const mix = workloadMix();
  const factors = factorLookup();
  const tiers = new Map<string, number>();
  for (const w of mix) {
    const e = estimate(w, factors);
    tiers.set(e.methodTier, (tiers.get(e.methodTier) ?? 0) + 1);
  }
  process.stdout.write(
    `\n-- estimate() in a loop --\n  ${mix.length} workloads by method tier: ${[...tiers]
      .map(([t, n]) => `${t} ${n}`)
      .join(", ")}\n`,
  );
  // Warm-up (the JIT), then the measured loop; a checksum keeps the results alive.
  let sink = 0;
  for (let i = 0; i < 100_000; i++) sink += estimate(mix[i % mix.length]!, factors).itEnergyKWh;
  const n = opts.estimates;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink += estimate(mix[i % mix.length]!, factors).itEnergyKWh;
  const loopMs = performance.now() - t0;
  // The same with a new factorLookup() per call, as the route does.
  const m = Math.round(n / 10);
  const t1 = performance.now();
  for (let i = 0; i < m; i++) sink += estimate(mix[i % mix.length]!, factorLookup()).itEnergyKWh;
  const lookupMs = performance.now() - t1;
  if (!Number.isFinite(sink)) throw new Error("estimate() returned a non-finite energy");
  const bundledMs = await bundledLoop(mix, n);

  // --- the route ---
  process.stdout.write("\n-- POST /api/v1/footprints/estimate (in-process) --\n");
  const { what, app, ctx, close } = await openBenchNode("postgres", "footprints");
  const post = (w: WorkloadInput) =>
    app.inject({ method: "POST", url: "/api/v1/footprints/estimate", payload: w });

  // The route follows the node's rate-limit setting: AISAFE_RATE_LIMIT_MAX=0 (this node) lifts it.
  for (let i = 0; i < 500; i++) await post(mix[i % mix.length]!);
  const lat: number[] = [];
  const bad = new Map<number, number>();
  const t2 = performance.now();
  for (let i = 0; i < opts.requests; i++) {
    const s = performance.now();
    const r = await post(mix[i % mix.length]!);
    lat.push(performance.now() - s);
    if (r.statusCode !== 200) bad.set(r.statusCode, (bad.get(r.statusCode) ?? 0) + 1);
  }
  const routeMs = performance.now() - t2;
  const regional = await benchRegional(app, ctx, opts.reports);
  await close();

  const ok = bundledMs <= FOOTPRINTS_LIMITS.millionMs * (n / 1_000_000);
  const ls = stats(lat);
  process.stdout.write(
    `\n${table(
      ["measure", "n", "total ms", "per second", "µs each", "target", ""],
      [
        [
          "estimate(input, factorLookup()), bundled as for production",
          n,
          Math.round(bundledMs),
          Math.round((n / bundledMs) * 1000),
          ((bundledMs * 1000) / n).toFixed(2),
          `<= ${FOOTPRINTS_LIMITS.millionMs} ms per 1M`,
          ok ? "MET" : "MISSED",
        ],
        [
          "  same, from source under tsx (keepNames)",
          n,
          Math.round(loopMs),
          Math.round((n / loopMs) * 1000),
          ((loopMs * 1000) / n).toFixed(2),
          "",
          "",
        ],
        [
          "  same under tsx, a new factorLookup() per call (as the route)",
          m,
          Math.round(lookupMs),
          Math.round((m / lookupMs) * 1000),
          ((lookupMs * 1000) / m).toFixed(2),
          "",
          "",
        ],
        [
          "POST /footprints/estimate, one client (rate limit off)",
          opts.requests,
          Math.round(routeMs),
          Math.round((opts.requests / routeMs) * 1000),
          ((routeMs * 1000) / opts.requests).toFixed(1),
          "",
          "",
        ],
      ],
    )}\n\n` +
      `route latency p50 ${ls.p50.toFixed(2)} ms, p95 ${ls.p95.toFixed(2)} ms, max ${ls.max.toFixed(1)} ms; ` +
      `non-200: ${bad.size ? [...bad].map(([s, c]) => `${c} x ${s}`).join(", ") : "none"}\n` +
      `app database (not used by the route): ${what}\n` +
      `machine: ${os.availableParallelism()} cores, node ${process.version}; in-process, one request at a time\n`,
  );
  process.stdout.write(
    `\n-- GET /api/v1/footprints/regional over ${regional.reports} reports (${regional.load}) --\n${table(
      ["who, grouping", "n", "p50 ms", "p95 ms", "max ms", "target", ""],
      regional.rows.map((r) => [
        r.what,
        r.n,
        r.p50.toFixed(1),
        r.p95.toFixed(1),
        r.max.toFixed(1),
        `p95 <= ${FOOTPRINTS_LIMITS.regionalMs} ms`,
        r.p95 <= FOOTPRINTS_LIMITS.regionalMs ? "MET" : "MISSED",
      ]),
    )}\n`,
  );
  const regionalOk = regional.rows.every((r) => r.p95 <= FOOTPRINTS_LIMITS.regionalMs);
  return !opts.check || (ok && bad.size === 0 && regionalOk);
}

const COUNTRY_LIST = COUNTRIES.map((c) => `'${c}'`).join(",");
const SECTORS = ["J6201", "K6419", "Q8610", "G4711", "C2620", "P8530", "H4921", "N7810", "A0111", "O8411"];

/**
 * Loads `reports` footprint reports with INSERT ... SELECT generate_series: 1,000 organisations, 10,000
 * systems, reports spread over ten countries, ten sectors and 24 months (2025-2026); 90 % submitted to
 * their country's regulator, every 10th also to ASEAN; a third with request counts.
 */
async function loadReports(ctx: AppContext, reports: number) {
  const t0 = performance.now();
  await sql`
    INSERT INTO organisations (id, name, type, jurisdiction)
    SELECT gen_random_uuid(), 'Bench organisation ' || g, 'msme', (ARRAY[${sql.raw(COUNTRY_LIST)}])[1 + g % 10]
    FROM generate_series(1, 1000) g`.execute(ctx.db);
  await sql`
    WITH o AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisations WHERE name LIKE 'Bench organisation %')
    INSERT INTO ai_systems (id, ref, org_id, name, purpose, sectors, deployment_countries, lifecycle_stage,
      ai_type, provider, affected_scale, decision_impact, human_involvement, status)
    SELECT gen_random_uuid(), 'SYS-FPBENCH-' || lpad(g::text, 6, '0'), o.ids[1 + g % 1000], 'System ' || g,
           'Footprint bench', ARRAY[(${sql.val(SECTORS)}::text[])[1 + g % 10]], ARRAY['TH'], 'operation',
           'generative', '{"own": true}'::jsonb, 'thousands', 'minor', 'human-over-the-loop', 'in-use'
    FROM generate_series(1, 10000) g, o`.execute(ctx.db);
  await sql`
    WITH s AS (
      SELECT array_agg(id ORDER BY ref) AS ids, array_agg(org_id ORDER BY ref) AS orgs,
             array_agg(sectors[1] ORDER BY ref) AS sectors
      FROM ai_systems WHERE ref LIKE 'SYS-FPBENCH-%'
    )
    INSERT INTO footprint_reports (id, ref, system_id, org_id, period_start, period_end, kind, source,
      method_tier, country, sector, energy_kwh, co2e_kg, co2e_market_kg, water_onsite_l, water_offsite_l,
      requests, tokens, factor_set, factor_version, details, submitted_to, created_by)
    SELECT gen_random_uuid(), 'FPR-BENCH-' || g, s.ids[1 + g % 10000], s.orgs[1 + g % 10000],
           make_date(2025 + (g / 12) % 2, 1 + g % 12, 1),
           (make_date(2025 + (g / 12) % 2, 1 + g % 12, 1) + interval '1 month' - interval '1 day')::date,
           CASE WHEN g % 4 = 0 THEN 'training' ELSE 'inference' END,
           CASE WHEN g % 5 = 0 THEN 'codecarbon' ELSE 'estimate' END,
           'per-token-model', c, s.sectors[1 + g % 10000],
           10 + g % 997, (10 + g % 997) * 0.55, NULL, (10 + g % 997) * 0.5, (10 + g % 997) * 3.1,
           CASE WHEN g % 3 = 0 THEN 1000 * (1 + g % 50) END, NULL,
           'grid-intensity-2023', '2023.1', '{}'::jsonb,
           CASE WHEN g % 10 = 9 THEN '{}'::text[] WHEN g % 10 = 0 THEN ARRAY['ASEAN', c] ELSE ARRAY[c] END,
           'bench'
    FROM generate_series(1, ${reports}::int) g, s,
         LATERAL (SELECT (ARRAY[${sql.raw(COUNTRY_LIST)}])[1 + (g / 7) % 10] AS c) cc`.execute(ctx.db);
  // As autovacuum would after a bulk insert: statistics, and the visibility map index-only scans need.
  await sql`VACUUM ANALYZE footprint_reports`.execute(ctx.db);
  return performance.now() - t0;
}

/** GET /api/v1/footprints/regional as the Secretariat (all) and Thailand's regulator, each grouping and a year. */
async function benchRegional(app: App, ctx: AppContext, reports: number) {
  const sys = systemActor("bench");
  const loadMs = await loadReports(ctx, reports);
  const org = (type: string, jurisdiction: string) =>
    tenancy.createOrg(ctx, sys, { name: `Bench ${type} ${jurisdiction}`, type, jurisdiction });
  const who: [string, Auth][] = [
    [
      "Secretariat (all)",
      await userSession(app, ctx, "bench-secretariat@bench.example", {
        orgId: (await org("secretariat", "ASEAN")).id,
        role: "regulator-analyst",
      }),
    ],
    [
      "TH regulator",
      await userSession(app, ctx, "bench-th-regulator@bench.example", {
        orgId: (await org("regulator", "TH")).id,
        role: "regulator-analyst",
      }),
    ],
  ];
  const queries = [
    "groupBy=country",
    "groupBy=sector",
    "groupBy=month",
    "groupBy=country&from=2026-01-01&to=2026-12-31",
  ];
  const rows: ({ what: string } & ReturnType<typeof stats>)[] = [];
  for (const [name, auth] of who)
    for (const q of queries) {
      const req = { url: `/api/v1/footprints/regional?${q}`, headers: auth };
      for (let i = 0; i < 3; i++) await timed(app, req);
      const lat: number[] = [];
      for (let i = 0; i < 20; i++) lat.push((await timed(app, req)).ms);
      rows.push({ what: `${name}, ${q}`, ...stats(lat) });
    }
  return { reports, load: `loaded in ${Math.round(loadMs)} ms`, rows };
}
