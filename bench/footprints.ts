// `npm run bench -- footprints`: the footprint estimators. 1,000,000 calls of estimate() in a loop over
// a mix of workloads (training, per-token inference, measured per request, metered), then 10,000
// requests to POST /api/v1/footprints/estimate in-process (buildApp + app.inject).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { estimate, type WorkloadInput } from "../src/modules/footprints/estimate.ts";
import { factorLookup } from "../src/modules/footprints/factors.ts";
import { onCleanup, ROOT, run, table } from "./lib.ts";
import { openBenchNode, stats } from "./library.ts";

export interface FootprintsOptions {
  check: boolean;
  /** Calls of estimate() measured. */
  estimates: number;
  /** Requests to POST /api/v1/footprints/estimate measured. */
  requests: number;
}

export const FOOTPRINTS_LIMITS = { millionMs: 2_000 };

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
  const { what, app, close } = await openBenchNode("postgres", "footprints");
  const post = (w: WorkloadInput, remoteAddress = "127.0.0.1") =>
    app.inject({ method: "POST", url: "/api/v1/footprints/estimate", payload: w, remoteAddress });

  // Does AISAFE_RATE_LIMIT_MAX=0 lift the route's own limit (120 per minute per client)?
  const statuses = new Map<number, number>();
  for (let i = 0; i < 130; i++) {
    const r = await post(mix[i % mix.length]!, "192.0.2.1");
    statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
  }
  const limited = (statuses.get(429) ?? 0) > 0;
  process.stdout.write(
    `  130 requests from one client with AISAFE_RATE_LIMIT_MAX=0: ${[...statuses]
      .map(([s, c]) => `${c} x ${s}`)
      .join(", ")} (${limited ? "the route's own limit still applies" : "not limited"})\n`,
  );
  // Measured: the requests come from distinct clients (remoteAddress), 100 requests each, below the
  // route's limit, so every request takes the normal path (rate-limit accounting included).
  const perClient = 100;
  const client = (i: number) => {
    const c = Math.floor(i / perClient);
    return `10.${(c >> 16) & 255}.${(c >> 8) & 255}.${c & 255}`;
  };
  for (let i = 0; i < 500; i++) await post(mix[i % mix.length]!, `198.51.100.${i % 250}`);
  const lat: number[] = [];
  const bad = new Map<number, number>();
  const t2 = performance.now();
  for (let i = 0; i < opts.requests; i++) {
    const s = performance.now();
    const r = await post(mix[i % mix.length]!, client(i));
    lat.push(performance.now() - s);
    if (r.statusCode !== 200) bad.set(r.statusCode, (bad.get(r.statusCode) ?? 0) + 1);
  }
  const routeMs = performance.now() - t2;
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
          `POST /footprints/estimate, ${opts.requests / perClient} clients x ${perClient}`,
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
  return !opts.check || (ok && bad.size === 0);
}
