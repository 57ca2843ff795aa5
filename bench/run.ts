// Benchmarks: npm run bench -- <api|startup|library|registry|footprints|incidents|all> [--check] [options]. See bench/README.md.
import os from "node:os";
import { parseArgs } from "node:util";
import { benchApi, TARGETS, type Target } from "./api.ts";
import { benchFederation } from "./federation.ts";
import { benchFootprints } from "./footprints.ts";
import { benchIncidents } from "./incidents.ts";
import { cleanup, deadline, gitCommit } from "./lib.ts";
import { benchLibrary, LIBRARY_DBS, type LibraryDb } from "./library.ts";
import { benchRegistry } from "./registry.ts";
import { benchStartup } from "./startup.ts";

const USAGE = `usage: npm run bench -- <api|startup|library|registry|footprints|incidents|federation|all> [options]
  --check              exit 1 when a target is missed
  --connections <n>    api: autocannon connections (50)
  --warmup <s>         api: warm-up seconds per target (3)
  --duration <s>       api: measured seconds per target (10)
  --cpu-prof           api: profile our server (node --cpu-prof) and print a summary
  --targets <list>     api: which of bare,me,jurisdictions to load (all)
  --repeats <n>        startup: cold/warm starts each (3)
  --settle <s>         startup: seconds after ready before reading RSS (5)
  --search-rounds <n>  library: measured rounds over the search queries (20)
  --crosswalk-rounds <n> library: measured rounds over the crosswalk pairs (5)
  --databases <list>   library, registry: which of postgres,pglite (both)
  --systems <n>        registry: AI systems in the registry (100000)
  --orgs <n>           registry: organisations they belong to (1000)
  --list-requests <n>  registry: measured requests per list variant (200)
  --estimates <n>      footprints: estimate() calls (1000000)
  --requests <n>       footprints: POST /footprints/estimate requests (10000)
  --records <n>        federation: records replicated between two nodes (100000)
  --push-rounds <n>    federation: push-latency rounds (20)
  --mesh-nodes <n>     federation: nodes of the full mesh (11)
  --incidents <n>      incidents: incidents in the database (1000000)
  --import-sample <n>  incidents: of which imported through the import path (20000)
  --distinct <n>       incidents: distinct generated reports the bulk load cycles through (100000)
  --search-rounds <n>  incidents: measured rounds per search query (also library's)
  --duplicate-rounds <n> incidents: new reports whose duplicate suggestions are timed (50)
  --reports <n>        footprints: footprint reports for the regional aggregation (100000)
`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      check: { type: "boolean", default: false },
      connections: { type: "string", default: "50" },
      warmup: { type: "string", default: "3" },
      duration: { type: "string", default: "10" },
      "cpu-prof": { type: "boolean", default: false },
      targets: { type: "string", default: TARGETS.join(",") },
      repeats: { type: "string", default: "3" },
      settle: { type: "string", default: "5" },
      "search-rounds": { type: "string", default: "20" },
      "crosswalk-rounds": { type: "string", default: "5" },
      databases: { type: "string", default: LIBRARY_DBS.join(",") },
      systems: { type: "string", default: "100000" },
      orgs: { type: "string", default: "1000" },
      "list-requests": { type: "string", default: "200" },
      estimates: { type: "string", default: "1000000" },
      requests: { type: "string", default: "10000" },
      records: { type: "string", default: "100000" },
      "push-rounds": { type: "string", default: "20" },
      "mesh-nodes": { type: "string", default: "11" },
      incidents: { type: "string", default: "1000000" },
      "import-sample": { type: "string", default: "20000" },
      distinct: { type: "string", default: "100000" },
      "duplicate-rounds": { type: "string", default: "50" },
      reports: { type: "string", default: "100000" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const which = positionals[0] ?? "all";
  if (
    values.help ||
    !["api", "startup", "library", "registry", "footprints", "incidents", "federation", "all"].includes(
      which,
    ) ||
    positionals.length > 1
  ) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const num = (v: string, name: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
  const api = {
    check: values.check,
    connections: num(values.connections, "connections"),
    warmupSeconds: num(values.warmup, "warmup"),
    durationSeconds: num(values.duration, "duration"),
    cpuProf: values["cpu-prof"],
    targets: values.targets.split(",").map((t) => {
      if (!(TARGETS as readonly string[]).includes(t)) throw new Error(`--targets: unknown target ${t}`);
      return t as Target;
    }),
  };
  const startup = {
    check: values.check,
    repeats: num(values.repeats, "repeats"),
    settleMs: num(values.settle, "settle") * 1000,
  };
  const library = {
    check: values.check,
    searchRounds: num(values["search-rounds"], "search-rounds"),
    crosswalkRounds: num(values["crosswalk-rounds"], "crosswalk-rounds"),
    databases: values.databases.split(",").map((d) => {
      if (!(LIBRARY_DBS as readonly string[]).includes(d))
        throw new Error(`--databases: unknown database ${d}`);
      return d as LibraryDb;
    }),
  };
  const registry = {
    check: values.check,
    systems: num(values.systems, "systems"),
    orgs: num(values.orgs, "orgs"),
    listRequests: num(values["list-requests"], "list-requests"),
    databases: library.databases,
  };
  const footprints = {
    check: values.check,
    estimates: num(values.estimates, "estimates"),
    requests: num(values.requests, "requests"),
    reports: num(values.reports, "reports"),
  };
  const federationOpts = {
    check: values.check,
    records: num(values.records, "records"),
    pushRounds: num(values["push-rounds"], "push-rounds"),
    meshNodes: num(values["mesh-nodes"], "mesh-nodes"),
  };
  const incidents = {
    check: values.check,
    incidents: num(values.incidents, "incidents"),
    importSample: num(values["import-sample"], "import-sample"),
    distinct: num(values.distinct, "distinct"),
    searchRounds: num(values["search-rounds"], "search-rounds"),
    duplicateRounds: num(values["duplicate-rounds"], "duplicate-rounds"),
  };
  process.stdout.write(
    `ASEAN AI Safe benchmarks, commit ${await gitCommit()}, ${new Date().toISOString()}, load average ` +
      `${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")} (other work on this machine skews the figures)\n`,
  );

  let ok = true;
  if (which === "api" || which === "all") {
    process.stdout.write("\n== api ==\n");
    // Set-up (~20 s) + 3 targets x (warm-up + measured + 3 s of statistics flushing), with margin.
    const limit = deadline(
      120_000 + 3 * (api.warmupSeconds + api.durationSeconds + 3) * 1000,
      "the api bench",
    );
    try {
      ok = (await Promise.race([benchApi(api), limit.promise])) && ok;
    } finally {
      limit.clear();
      await cleanup();
    }
  }
  if (which === "startup" || which === "all") {
    process.stdout.write("\n== startup ==\n");
    // Each start is bounded at 60 s; the build of the web app at 300 s.
    const limit = deadline(
      300_000 + startup.repeats * 2 * (60_000 + startup.settleMs + 10_000),
      "the startup bench",
    );
    try {
      ok = (await Promise.race([benchStartup(startup), limit.promise])) && ok;
    } finally {
      limit.clear();
      await cleanup();
    }
  }
  if (which === "library" || which === "all") {
    process.stdout.write("\n== library ==\n");
    // Per database: open + build (~30 s), search and crosswalk rounds, 3 imports; generous margin.
    const limit = deadline(
      library.databases.length *
        (120_000 + 300 * (library.searchRounds + 3) + 2_000 * (library.crosswalkRounds + 1) + 60_000),
      "the library bench",
    );
    try {
      ok = (await Promise.race([benchLibrary(library), limit.promise])) && ok;
    } finally {
      limit.clear();
      await cleanup();
    }
  }
  if (which === "registry" || which === "all") {
    process.stdout.write("\n== registry ==\n");
    // Bulk load (~3 s), 6 list variants of at most 30 s, then per database ~70 answers, coverage, the
    // HTML and 5 PDF reports; bounded at 8 minutes by default (a run takes about 4).
    const limit = deadline(
      180_000 + registry.systems + 100_000 * registry.databases.length,
      "the registry bench",
    );
    try {
      ok = (await Promise.race([benchRegistry(registry), limit.promise])) && ok;
    } finally {
      limit.clear();
      await cleanup();
    }
  }
  if (which === "footprints" || which === "all") {
    process.stdout.write("\n== footprints ==\n");
    const limit = deadline(
      60_000 + footprints.estimates / 50 + footprints.requests * 20 + footprints.reports,
      "the footprints bench",
    );
    try {
      ok = (await Promise.race([benchFootprints(footprints), limit.promise])) && ok;
    } finally {
      limit.clear();
      await cleanup();
    }
  }
  if (which === "federation" || which === "all") {
    process.stdout.write("\n== federation ==\n");
    // Seeding (~1 ms a record), replication, push rounds, mesh start-up (~5 s a node) and rounds.
    const limit = deadline(
      120_000 + federationOpts.records * 2 + federationOpts.meshNodes * 20_000,
      "the federation bench",
    );
    try {
      ok = (await Promise.race([benchFederation(federationOpts), limit.promise])) && ok;
    } finally {
      limit.clear();
      await cleanup();
    }
  }
  if (which === "incidents" || which === "all") {
    process.stdout.write("\n== incidents ==\n");
    // Import sample (~2-6 ms a row on a busy machine), bulk load (~1-3 ms a distinct report and
    // ~0.3-1.5 ms a row), searches and duplicates: generous, a 1M run takes 20-40 minutes.
    const limit = deadline(
      600_000 + incidents.importSample * 6 + incidents.distinct * 3 + incidents.incidents * 1.5,
      "the incidents bench",
    );
    try {
      ok = (await Promise.race([benchIncidents(incidents), limit.promise])) && ok;
    } finally {
      limit.clear();
      await cleanup();
    }
  }
  if (values.check) process.stdout.write(ok ? "\nAll targets met.\n" : "\nSome targets were missed.\n");
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
    await cleanup();
    process.exit(1);
  },
);
