// `npm run bench -- api`: our node's authenticated point read and a public list against a bare
// Fastify + pg server doing one indexed lookup, in the same run, on the same PostgreSQL server.
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import pg from "pg";
import {
  type Child,
  freePort,
  onCleanup,
  procCpuMs,
  ROOT,
  run,
  sleep,
  startChild,
  table,
  waitForOk,
} from "./lib.ts";
import { summariseProfile } from "./profile.ts";

export interface ApiOptions {
  check: boolean;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Write a V8 CPU profile of our server and print where its time went. */
  cpuProf: boolean;
  /** Which targets to load (all by default); the ratio needs "bare" and "me". */
  targets: Target[];
}

export const TARGETS = ["bare", "me", "jurisdictions"] as const;
export type Target = (typeof TARGETS)[number];

export const TARGET_RATIO = 0.6;
const BARE_ROWS = 10_000;
const EMAIL = "bench-admin@bench.example";
const PASSWORD = "bench-password-0123456789";

/** The bench database; never DATABASE_URL (that may be a real database), and its name must contain "bench". */
export function benchDatabaseUrl(): URL {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/aisafe_bench");
  const name = url.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes("bench")) {
    throw new Error(`BENCH_DATABASE_URL must name a database containing "bench" (it is dropped): ${name}`);
  }
  return url;
}

const maintenanceUrl = (u: URL) => {
  const m = new URL(u);
  m.pathname = "/postgres";
  return m.toString();
};

/** Our node's environment: inherited AISAFE_* and DATABASE_URL removed, bench settings set. */
export function nodeEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith("AISAFE_") && k !== "DATABASE_URL" && k !== "PORT" && k !== "HOST") env[k] = v;
  }
  return { ...env, NODE_ENV: "production", HOST: "127.0.0.1", AISAFE_LOG_LEVEL: "warn", ...extra };
}

interface Measured {
  name: string;
  result: Result;
  /** CPU time per request (µs) of the server under test, PostgreSQL's backends, and the load generator. */
  cpuUs: { server: number; postgres: number; loadgen: number };
  /** Committed transactions in the bench database per request (each autocommit query is one). */
  xactsPerRequest: number;
}

export async function benchApi(opts: ApiOptions): Promise<boolean> {
  const dbUrl = benchDatabaseUrl();
  const dbName = dbUrl.pathname.slice(1);
  const admin = new pg.Client({ connectionString: maintenanceUrl(dbUrl) });
  await admin.connect();
  onCleanup(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });
  const pgVersion = (await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v"))
    .rows[0]!.v;
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  const xacts = async () =>
    Number(
      (
        await admin.query<{ n: string }>(
          "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1",
          [dbName],
        )
      ).rows[0]!.n,
    );

  // Backends flush their statistics up to ~10 s after going idle: wait until the count stops moving.
  const settledXacts = async () => {
    let last = await xacts();
    for (let i = 0; i < 12; i++) {
      await sleep(1000);
      const now = await xacts();
      if (now === last) return now;
      last = now;
    }
    return last;
  };

  // Our schema and a node administrator, through the CLI (it migrates the empty database first).
  const port = await freePort();
  const env = nodeEnv({
    PORT: String(port),
    DATABASE_URL: dbUrl.toString(),
    AISAFE_RATE_LIMIT_MAX: "0",
  });
  await buildProduction();
  process.stdout.write(`Preparing ${dbName} on PostgreSQL ${pgVersion} (migrate, create user)...\n`);
  await run(
    process.execPath,
    [...bundleCli, "user", "create", "--email", EMAIL, "--name", "Bench Admin", "--node-admin"],
    { ...env, AISAFE_NEW_PASSWORD: PASSWORD },
  );

  // The baseline's table: 10,000 rows with a primary key.
  const bench = new pg.Client({ connectionString: dbUrl.toString() });
  await bench.connect();
  await bench.query(`CREATE TABLE bench_bare (id integer PRIMARY KEY, name text NOT NULL, email text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now())`);
  await bench.query(
    `INSERT INTO bench_bare (id, name, email) SELECT i, 'Row ' || i, 'row' || i || '@bench.example'
       FROM generate_series(1, ${BARE_ROWS}) AS i`,
  );
  await bench.query("ANALYZE bench_bare");
  await bench.end();

  // The two servers, each a child process.
  const profDir = opts.cpuProf ? mkdtempSync(path.join(os.tmpdir(), "aisafe-bench-prof-")) : undefined;
  const ours = startChild(
    process.execPath,
    [...(profDir ? ["--cpu-prof", "--cpu-prof-dir", profDir] : []), "scripts/start.mjs"],
    env,
  );
  const stopOurs = stopOnce(ours);
  onCleanup(stopOurs);
  const barePort = await freePort();
  const bare = startChild(process.execPath, ["--import", "tsx", "bench/bare-server.ts"], {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(barePort),
    DATABASE_URL: dbUrl.toString(),
    BARE_ROWS: String(BARE_ROWS),
  });
  onCleanup(stopOnce(bare));
  const base = `http://127.0.0.1:${port}`;
  const bareBase = `http://127.0.0.1:${barePort}`;
  await Promise.all([
    waitForOk(`${base}/readyz`, ours, 60_000),
    waitForOk(`${bareBase}/healthz`, bare, 60_000),
  ]);

  // Sign in for the session cookie.
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const session = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("aisafe_session="));
  if (!session) throw new Error("sign-in set no aisafe_session cookie");
  const cookie = { cookie: session };
  await check200(`${base}/api/v1/me`, cookie);
  await check200(`${base}/api/v1/jurisdictions`, {});
  await check200(`${bareBase}/row`, {});

  const backends = async () =>
    (
      await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [dbName])
    ).rows.map((r) => r.pid);
  const pgCpu = async () => new Map((await backends()).map((pid) => [pid, procCpuMs(pid)]));

  const measure = async (
    name: string,
    server: Child,
    url: string,
    headers: Record<string, string>,
  ): Promise<Measured> => {
    process.stdout.write(
      `  ${name}: ${opts.warmupSeconds} s warm-up, ${opts.durationSeconds} s measured...\n`,
    );
    await autocannon({ url, connections: opts.connections, duration: opts.warmupSeconds, headers });
    const before = await settledXacts();
    const cpu0 = { server: procCpuMs(server.pid), pg: await pgCpu(), self: process.cpuUsage() };
    const result = await autocannon({
      url,
      connections: opts.connections,
      duration: opts.durationSeconds,
      headers,
    });
    const pg1 = await pgCpu();
    const serverMs = procCpuMs(server.pid) - cpu0.server;
    const self = process.cpuUsage(cpu0.self);
    let pgMs = 0;
    for (const [pid, ms] of pg1) pgMs += ms - (cpu0.pg.get(pid) ?? 0);
    const after = await settledXacts();
    const n = Math.max(1, result.requests.total);
    return {
      name,
      result,
      cpuUs: {
        server: (serverMs * 1000) / n,
        postgres: (pgMs * 1000) / n,
        loadgen: (self.user + self.system) / n,
      },
      xactsPerRequest: (after - before) / n,
    };
  };

  process.stdout.write(`Load: autocannon, ${opts.connections} connections, from this process\n`);
  const plan: Record<Target, () => Promise<Measured>> = {
    bare: () => measure("bare Fastify + pg (1 indexed lookup)", bare, `${bareBase}/row`, {}),
    me: () => measure("GET /api/v1/me (session cookie)", ours, `${base}/api/v1/me`, cookie),
    jurisdictions: () => measure("GET /api/v1/jurisdictions", ours, `${base}/api/v1/jurisdictions`, {}),
  };
  const byTarget = new Map<Target, Measured>();
  for (const t of TARGETS) if (opts.targets.includes(t)) byTarget.set(t, await plan[t]());
  const results = [...byTarget.values()];
  const bareRps = byTarget.get("bare")?.result.requests.average;
  const rps = (t: Target) => byTarget.get(t)?.result.requests.average;
  const ratioOf = (t: Target) => (bareRps && rps(t) !== undefined ? rps(t)! / bareRps : undefined);
  const ratio = ratioOf("me");
  const jurRatio = ratioOf("jurisdictions");

  const cores = os.availableParallelism();
  process.stdout.write(
    `\n${table(
      [
        "target",
        "req/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "timeouts",
        "non-2xx",
        "DB xacts/req",
        "CPU µs/req: server",
        "postgres",
        "load gen",
      ],
      results.map((m) => [
        m.name,
        Math.round(m.result.requests.average),
        m.result.latency.p50,
        m.result.latency.p99,
        m.result.errors,
        m.result.timeouts,
        m.result.non2xx,
        m.xactsPerRequest.toFixed(2),
        Math.round(m.cpuUs.server),
        Math.round(m.cpuUs.postgres),
        Math.round(m.cpuUs.loadgen),
      ]),
    )}\n\n` +
      (ratio === undefined
        ? ""
        : `ratio GET /me / bare:            ${ratio.toFixed(3)}  (target >= ${TARGET_RATIO})  ${ratio >= TARGET_RATIO ? "MET" : "MISSED"}\n`) +
      (jurRatio === undefined ? "" : `ratio GET /jurisdictions / bare: ${jurRatio.toFixed(3)}\n`) +
      `machine: ${cores} cores, node ${process.version}, PostgreSQL ${pgVersion}\n` +
      (cores <= 2
        ? `note: on ${cores} cores the load generator (this process), the server under test and PostgreSQL share the\n` +
          "      CPUs, so absolute req/s are lower than on a dedicated box; the ratio is the figure to compare.\n"
        : ""),
  );

  const failed = results.some((m) => m.result.errors > 0 || m.result.non2xx > 0);
  if (failed) process.stdout.write("warning: some requests failed (errors or non-2xx); see the table\n");

  if (profDir) {
    await stopOurs();
    const files = readdirSync(profDir)
      .filter((f) => f.endsWith(".cpuprofile"))
      .sort(); // CPU.<date>.<time>.<pid>.0.* is the main thread
    if (files.length) {
      process.stdout.write(`\nCPU profile of our server: ${path.join(profDir, files[0]!)}\n`);
      process.stdout.write(summariseProfile(path.join(profDir, files[0]!), ROOT));
    } else process.stdout.write(`\nno CPU profile was written in ${profDir}\n`);
  }
  return !opts.check || (ratio !== undefined && ratio >= TARGET_RATIO && !failed);
}

/** The CLI from the production bundle (dist/aisafe.mjs), as npm start runs it: no TypeScript loader. */
export const bundleCli = [
  "--input-type=module",
  "-e",
  'const { runCli } = await import("./dist/aisafe.mjs"); process.exitCode = await runCli(process.argv.slice(1));',
];

/**
 * `node scripts/build.mjs`: builds web/dist and the server bundle dist/aisafe.mjs when missing or
 * stale (what `npm start` would otherwise do inside the measured start). Bounded at 5 minutes.
 */
export async function buildProduction() {
  process.stdout.write("Building what npm start serves (node scripts/build.mjs)...\n");
  const t0 = performance.now();
  const out = await run(process.execPath, ["scripts/build.mjs"], process.env, 300_000);
  const built = out
    .split("\n")
    .filter((l) => l.startsWith("Building"))
    .join(" ");
  process.stdout.write(
    `  ${built || "web/dist and dist/aisafe.mjs were up to date"} (${Math.round(performance.now() - t0)} ms)\n`,
  );
}

function stopOnce(c: Child) {
  let p: Promise<void> | undefined;
  return () => {
    p ??= c.stop();
    return p;
  };
}

async function check200(url: string, headers: Record<string, string>) {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
}
