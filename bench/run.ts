// Benchmarks: npm run bench -- <api|startup|all> [--check] [options]. See bench/README.md.
import os from "node:os";
import { parseArgs } from "node:util";
import { benchApi, TARGETS, type Target } from "./api.ts";
import { cleanup, deadline, gitCommit } from "./lib.ts";
import { benchLibrary, LIBRARY_DBS, type LibraryDb } from "./library.ts";
import { benchStartup } from "./startup.ts";

const USAGE = `usage: npm run bench -- <api|startup|library|all> [options]
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
  --databases <list>   library: which of postgres,pglite (both)
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
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const which = positionals[0] ?? "all";
  if (values.help || !["api", "startup", "library", "all"].includes(which) || positionals.length > 1) {
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
