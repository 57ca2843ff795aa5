// `npm run bench -- library`: the framework library in-process (buildApp + app.inject, so routing,
// validation and serialisation are included), on PostgreSQL and on embedded PGlite: multilingual
// search, crosswalks derived through the ASEAN Guide, and the import of a 1,000-control catalog.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { InjectOptions } from "fastify";
import { buildApp } from "../src/app.ts";
import { HUB } from "../src/modules/frameworks/frameworks.service.ts";
import * as tenancy from "../src/modules/tenancy/tenancy.service.ts";
import { systemActor } from "../src/platform/access.ts";
import { loadConfig } from "../src/platform/config.ts";
import { type Database, openDatabase } from "../src/platform/db/index.ts";
import type { App } from "../src/platform/http.ts";
import { benchDatabaseUrl } from "./api.ts";
import { median, onCleanup, ROOT, table } from "./lib.ts";

export interface LibraryOptions {
  check: boolean;
  /** Measured rounds over the search queries (each query once per round). */
  searchRounds: number;
  /** Measured rounds over every ordered pair of frameworks mapped to the hub. */
  crosswalkRounds: number;
  /** Which databases: postgres, pglite. */
  databases: LibraryDb[];
}

export const LIBRARY_DBS = ["postgres", "pglite"] as const;
export type LibraryDb = (typeof LIBRARY_DBS)[number];

export const LIBRARY_LIMITS = { searchP95Ms: 20, crosswalkP95Ms: 20, importMs: 5_000 };

/** Realistic queries in the languages of the region (and framework labels); fixed, so runs compare. */
export const SEARCH_QUERIES: { lang: string; q: string }[] = [
  { lang: "en", q: "human oversight" },
  { lang: "en", q: "risk management" },
  { lang: "en", q: "transparency" },
  { lang: "en", q: "privacy impact" },
  { lang: "en", q: "accountability" },
  { lang: "en", q: "data governance" },
  { lang: "en", q: "bias and discrimination" },
  { lang: "en", q: "incident reporting" },
  { lang: "en", q: "generative AI content provenance" },
  { lang: "en", q: "robustness security" },
  { lang: "en", q: "high-risk AI system" },
  { lang: "label", q: "GOVERN 1.1" },
  { lang: "label", q: "A.6.2.4" },
  { lang: "ms", q: "ketelusan" },
  { lang: "ms", q: "akauntabiliti" },
  { lang: "ms", q: "perlindungan data peribadi" },
  { lang: "id", q: "transparansi" },
  { lang: "id", q: "kecerdasan artifisial" },
  { lang: "id", q: "pelindungan data pribadi" },
  { lang: "vi", q: "minh bạch" },
  { lang: "vi", q: "trí tuệ nhân tạo" },
  { lang: "vi", q: "quản lý rủi ro" },
  { lang: "th", q: "ความโปร่งใส" },
  { lang: "th", q: "ความเป็นส่วนตัว" },
  { lang: "th", q: "ปัญญาประดิษฐ์" },
  { lang: "lo", q: "ຄວາມໂປ່ງໃສ" },
  { lang: "lo", q: "ປັນຍາປະດິດ" },
  { lang: "km", q: "តម្លាភាព" },
  { lang: "km", q: "បញ្ញាសិប្បនិម្មិត" },
  { lang: "my", q: "ပွင့်လင်းမြင်သာမှု" },
  { lang: "my", q: "ဉာဏ်ရည်တု" },
];

const NS = "urn:asean-ai-safe:oscal";
const IMPORT_ID = "bench-1000";
const IMPORT_VERSIONS = ["1.0.0", "1.0.1", "1.0.2"];
const EMAIL = "bench-library-admin@bench.example";
const PASSWORD = "bench-password-0123456789";

/** A deterministic pseudo-random generator (mulberry32), so that the generated catalog is the same every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  "The deployer",
  "The developer",
  "The provider of the AI system",
  "The organisation",
  "The operator",
  "Senior management",
];
const VERBS = [
  "shall document",
  "must assess",
  "should monitor",
  "shall review",
  "must disclose",
  "should test",
];
const OBJECTS = [
  "the risks to individuals and groups",
  "the provenance of the training data",
  "the performance of the model after deployment",
  "the human oversight measures in place",
  "incidents and near misses",
  "the explainability of automated decisions",
  "the security of the model and its supply chain",
  "the impact on privacy and personal data",
  "bias in the outputs across demographic groups",
  "the accountability of each role in the AI lifecycle",
];
const WHEN = [
  "before the system is placed on the market",
  "at least once a year",
  "whenever the intended purpose changes",
  "throughout the lifecycle of the system",
  "after every significant update",
];
const THAI = [
  "ผู้พัฒนาต้องอธิบายการทำงานของระบบปัญญาประดิษฐ์ได้อย่างโปร่งใส",
  "องค์กรต้องประเมินความเสี่ยงต่อสิทธิและความเป็นส่วนตัวของบุคคล",
  "ต้องมีมนุษย์กำกับดูแลการตัดสินใจที่สำคัญของระบบ",
];

/**
 * A valid OSCAL catalog of 10 groups x 100 controls with our props (source-ref, verification, label),
 * statement and guidance parts of a few sentences (every fifth control with Thai text), and our
 * metadata props. Deterministic apart from the version.
 */
export function generateCatalog(version: string, groups = 10, perGroup = 100) {
  const rnd = prng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(WHEN)}.`;
  const p = (name: string, value: string) => ({ name, ns: NS, value });
  return {
    catalog: {
      uuid: "0b6f3c52-6a3e-4c1e-9f4b-1e2d3c4b5a69",
      metadata: {
        title: "Bench catalog: 1,000 generated controls",
        "last-modified": "2026-11-28T00:00:00Z",
        version,
        "oscal-version": "1.0.6",
        props: [
          p("framework-id", IMPORT_ID),
          p("jurisdiction", "INTL"),
          p("instrument-type", "standard"),
          p("binding-status", "voluntary"),
          p("review-status", "draft"),
        ],
      },
      groups: Array.from({ length: groups }, (_, g) => ({
        id: `g${g + 1}`,
        title: `Domain ${g + 1}: ${pick(OBJECTS)}`,
        props: [p("label", `D${g + 1}`)],
        controls: Array.from({ length: perGroup }, (_, c) => {
          const id = `g${g + 1}-c${c + 1}`;
          const statement = [sentence(), sentence(), sentence()];
          if ((g * perGroup + c) % 5 === 0) statement.push(pick(THAI));
          return {
            id,
            title: `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`,
            props: [
              p("label", `D${g + 1}.${c + 1}`),
              p("source-ref", `Section ${g + 1}.${c + 1}`),
              p("verification", rnd() < 0.5 ? "verified" : "unverified"),
            ],
            parts: [
              { id: `${id}_smt`, name: "statement", prose: statement.join(" ") },
              { id: `${id}_gdn`, name: "guidance", prose: `${sentence()} ${sentence()}` },
            ],
          };
        }),
      })),
    },
  };
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? Number.NaN;
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s.at(-1) ?? Number.NaN };
}

/** One request through app.inject(), timed; fails unless the status is the expected one. */
export async function timed(
  app: App,
  req: InjectOptions & { url: string },
  expect: number[] = [200],
): Promise<{ ms: number; body: string; status: number }> {
  const t0 = performance.now();
  const res = await app.inject(req);
  const ms = performance.now() - t0;
  if (!expect.includes(res.statusCode)) {
    throw new Error(`${req.method ?? "GET"} ${req.url}: ${res.statusCode} ${res.body.slice(0, 500)}`);
  }
  return { ms, body: res.body, status: res.statusCode };
}

interface DbResult {
  db: LibraryDb;
  ok: boolean;
}

/** Frameworks mapped to the hub: content/crosswalks/<id>__<hub>.json. */
function hubMapped(): string[] {
  return readdirSync(path.join(ROOT, "content/crosswalks"))
    .filter((f) => f.endsWith(`__${HUB}.json`))
    .map((f) => f.slice(0, -`__${HUB}.json`.length))
    .sort();
}

/**
 * A new bench database: PostgreSQL `<BENCH_DATABASE_URL's name>_<suffix>` (dropped and created, dropped
 * again at cleanup), or PGlite in a new temporary directory (deleted at cleanup).
 */
export async function openBenchDatabase(
  which: LibraryDb,
  suffix = "library",
  poolSize = 10,
): Promise<{ database: Database; what: string; openMs: number; url?: string }> {
  if (which === "postgres") {
    const base = benchDatabaseUrl();
    const name = `${base.pathname.slice(1)}_${suffix}`;
    const maintenance = new URL(base);
    maintenance.pathname = "/postgres";
    const admin = await openDatabase({ databaseUrl: maintenance.toString(), poolSize: 1 });
    const drop = () => admin.withRawConnection((c) => c.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    await drop();
    await admin.withRawConnection((c) => c.exec(`CREATE DATABASE ${name}`));
    const version = await admin.withRawConnection((c) =>
      c.query<{ v: string }>("SELECT current_setting('server_version') AS v"),
    );
    onCleanup(async () => {
      // BENCH_KEEP_DATABASE=1 keeps it for a look afterwards (EXPLAIN); the next run drops it.
      if (process.env.BENCH_KEEP_DATABASE !== "1") await drop();
      await admin.close();
    });
    const url = new URL(base);
    url.pathname = `/${name}`;
    const t0 = performance.now();
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize });
    return {
      database,
      what: `PostgreSQL ${version[0]!.v}, database ${name}`,
      openMs: performance.now() - t0,
      url: url.toString(),
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `aisafe-bench-${suffix}-`));
  onCleanup(async () => rmSync(dir, { recursive: true, force: true }));
  const t0 = performance.now();
  const database = await openDatabase({ dataDir: dir });
  return { database, what: `embedded PGlite in ${dir} (in this process)`, openMs: performance.now() - t0 };
}

/** A bench database and the node built on it (production config, rate limits off); closed once, on cleanup or by close(). */
export async function openBenchNode(
  which: LibraryDb,
  suffix = "library",
  env: Record<string, string> = {},
  poolSize = 10,
) {
  const opened = await openBenchDatabase(which, suffix, poolSize);
  let app: App | undefined;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app?.close();
    await opened.database.close();
  };
  onCleanup(close);
  const config = loadConfig({
    NODE_ENV: "production",
    AISAFE_LOG_LEVEL: "error",
    AISAFE_RATE_LIMIT_MAX: "0",
    AISAFE_LOGIN_RATE_LIMIT_MAX: "1000",
    AISAFE_WEB_DIST: "/nonexistent",
    ...env,
  });
  const t0 = performance.now();
  const built = await buildApp(config, { database: opened.database });
  app = built.app;
  return { ...opened, app: built.app, ctx: built.ctx, buildMs: performance.now() - t0, close };
}

async function benchOne(which: LibraryDb, opts: LibraryOptions): Promise<DbResult> {
  process.stdout.write(`\n-- ${which} --\n`);
  const { database, what, openMs, app, ctx, buildMs, close } = await openBenchNode(which);
  const count = async (sqlText: string) =>
    Number((await database.withRawConnection((c) => c.query<{ n: number }>(sqlText)))[0]!.n);
  const requirementCount = () =>
    count(`SELECT count(*)::int AS n FROM requirements r JOIN frameworks f
             ON f.id = r.framework_id AND f.latest_version = r.version`);
  const contentReqs = await requirementCount();
  const frameworkCount = await count("SELECT count(*)::int AS n FROM frameworks");
  process.stdout.write(
    `  ${what}: opened in ${Math.round(openMs)} ms; buildApp (migrate, content load, routes) ${Math.round(buildMs)} ms; ` +
      `${frameworkCount} frameworks, ${contentReqs} requirements in latest releases\n`,
  );

  // --- search ---
  const searchUrl = (q: string) => `/api/v1/search?q=${encodeURIComponent(q)}`;
  const runSearch = async (label: string) => {
    const hits = new Map<string, number>();
    for (let w = 0; w < 3; w++) {
      for (const { q } of SEARCH_QUERIES) {
        const r = await timed(app, { method: "GET", url: searchUrl(q) });
        hits.set(q, (JSON.parse(r.body) as { items: unknown[] }).items.length);
      }
    }
    process.stdout.write(
      `  ${label}: ${SEARCH_QUERIES.length} queries x ${opts.searchRounds} rounds (after 3 warm-up rounds)...\n`,
    );
    const all: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let r = 0; r < opts.searchRounds; r++) {
      for (const { q } of SEARCH_QUERIES) {
        const { ms } = await timed(app, { method: "GET", url: searchUrl(q) });
        all.push(ms);
        perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
      }
    }
    const slowest = [...perQuery]
      .map(([q, xs]) => ({ q, med: median(xs) }))
      .sort((a, b) => b.med - a.med)
      .slice(0, 3);
    const none = SEARCH_QUERIES.filter(({ q }) => !hits.get(q));
    const withHits = stats([...perQuery].flatMap(([q, xs]) => (hits.get(q) ? xs : [])));
    return { stats: stats(all), withHits, slowest, none, hits };
  };
  const search1 = await runSearch("search");

  // --- crosswalks ---
  const mapped = hubMapped().filter((id) => id !== HUB);
  const pairs: [string, string][] = [];
  for (const a of mapped) for (const b of mapped) if (a !== b) pairs.push([a, b]);
  const direct: [string, string][] = mapped.flatMap((a) => [
    [a, HUB] as [string, string],
    [HUB, a] as [string, string],
  ]);
  const xUrl = ([a, b]: [string, string]) => `/api/v1/crosswalks?from=${a}&to=${b}`;
  for (const pr of [...pairs, ...direct]) {
    const r = await timed(app, { method: "GET", url: xUrl(pr) });
    const kind = (JSON.parse(r.body) as { kind: string }).kind;
    const want = pairs.includes(pr) ? "derived" : "direct";
    if (kind !== want) throw new Error(`${xUrl(pr)}: expected a ${want} crosswalk, got ${kind}`);
  }
  process.stdout.write(
    `  crosswalks: ${pairs.length} derived pairs (${mapped.length} frameworks mapped to ${HUB}) and ` +
      `${direct.length} direct ones x ${opts.crosswalkRounds} rounds (after 1 warm-up round)...\n`,
  );
  const derivedMs: number[] = [];
  const directMs: number[] = [];
  const perPair = new Map<string, number[]>();
  let entries = 0;
  for (let r = 0; r < opts.crosswalkRounds; r++) {
    for (const pr of pairs) {
      const { ms, body } = await timed(app, { method: "GET", url: xUrl(pr) });
      derivedMs.push(ms);
      perPair.set(pr.join(" > "), [...(perPair.get(pr.join(" > ")) ?? []), ms]);
      if (r === 0) entries = Math.max(entries, (JSON.parse(body) as { entries: unknown[] }).entries.length);
    }
    for (const pr of direct) directMs.push((await timed(app, { method: "GET", url: xUrl(pr) })).ms);
  }
  const worstPair = [...perPair].map(([p, xs]) => ({ p, med: median(xs) })).sort((a, b) => b.med - a.med)[0];

  // --- import of a 1,000-control catalog, as a node administrator over HTTP ---
  await tenancy.createUser(ctx, systemActor("bench"), {
    email: EMAIL,
    displayName: "Bench Library Admin",
    password: PASSWORD,
    locale: "en",
    nodeRole: "node-admin",
  });
  const login = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email: EMAIL, password: PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
  const session = login.cookies.find((c) => c.name === "aisafe_session");
  if (!session) throw new Error("sign-in set no aisafe_session cookie");
  const auth = {
    cookie: `aisafe_session=${session.value}`,
    "x-csrf-token": (login.json() as { csrfToken: string }).csrfToken,
    "content-type": "application/json",
  };
  const imports: { version: string; ms: number; status: string; count: number; bytes: number }[] = [];
  process.stdout.write(
    `  import: POST /api/v1/frameworks/import of ${IMPORT_ID} (10 groups x 100 controls), versions ${IMPORT_VERSIONS.join(", ")}...\n`,
  );
  for (const version of IMPORT_VERSIONS) {
    const body = JSON.stringify(generateCatalog(version));
    const r = await timed(
      app,
      { method: "POST", url: "/api/v1/frameworks/import", headers: auth, payload: body },
      [201],
    );
    const res = JSON.parse(r.body) as { status: string; requirementCount: number };
    imports.push({ version, ms: r.ms, status: res.status, count: res.requirementCount, bytes: body.length });
  }
  const afterReqs = await requirementCount();
  const search2 = await runSearch(`search again with ${IMPORT_ID} loaded`);

  await close();

  const L = LIBRARY_LIMITS;
  const met = (ok: boolean) => (ok ? "MET" : "MISSED");
  const f = (ms: number) => ms.toFixed(1);
  const sRow = (label: string, s: Stats, target: string, ok: string): (string | number)[] => [
    label,
    s.n,
    f(s.p50),
    f(s.p95),
    f(s.max),
    target,
    ok,
  ];
  const derived = stats(derivedMs);
  const noHits = (xs: typeof SEARCH_QUERIES) =>
    xs.length ? xs.map((x) => `"${x.q}" (${x.lang})`).join(", ") : "none";
  const searchOk = search1.stats.p95 <= L.searchP95Ms;
  const crossOk = derived.p95 <= L.crosswalkP95Ms;
  const importOk = imports.every((i) => i.ms <= L.importMs);
  process.stdout.write(
    `\n${table(
      ["measure", "n", "p50 ms", "p95 ms", "max ms", "target", ""],
      [
        sRow(
          `GET /search, ${SEARCH_QUERIES.length} queries, ${contentReqs} requirements`,
          search1.stats,
          `p95 <= ${L.searchP95Ms}`,
          met(searchOk),
        ),
        sRow(
          `  only the ${SEARCH_QUERIES.length - search1.none.length} queries with hits`,
          search1.withHits,
          "",
          "",
        ),
        sRow(`  same, ${afterReqs} requirements (after the imports)`, search2.stats, "", ""),
        sRow(
          `  only the ${SEARCH_QUERIES.length - search2.none.length} queries with hits`,
          search2.withHits,
          "",
          "",
        ),
        sRow(
          `GET /crosswalks, derived, ${pairs.length} pairs`,
          derived,
          `p95 <= ${L.crosswalkP95Ms}`,
          met(crossOk),
        ),
        sRow(`  direct (to and from ${HUB}), ${direct.length} pairs`, stats(directMs), "", ""),
        ...imports.map((i) => [
          `POST /frameworks/import ${IMPORT_ID} ${i.version} (${i.count} reqs, ${Math.round(i.bytes / 1024)} KB, ${i.status})`,
          1,
          f(i.ms),
          "",
          "",
          `<= ${L.importMs}`,
          met(i.ms <= L.importMs),
        ]),
      ],
    )}\n\n` +
      `database: ${what}\n` +
      `start-up: buildApp ${Math.round(buildMs)} ms (migrations, reference data, content: ${frameworkCount} frameworks, ${contentReqs} requirements)\n` +
      `slowest queries (median ms): ${search1.slowest.map((s) => `"${s.q}" ${f(s.med)}`).join(", ")}\n` +
      `queries without hits: ${noHits(search1.none)}\n` +
      `  after the imports: ${noHits(search2.none)}\n` +
      `slowest derived pair (median ms): ${worstPair ? `${worstPair.p} ${f(worstPair.med)}` : "-"}; largest derived crosswalk ${entries} entries\n`,
  );
  return { db: which, ok: searchOk && crossOk && importOk };
}

export async function benchLibrary(opts: LibraryOptions): Promise<boolean> {
  const results: DbResult[] = [];
  for (const db of opts.databases) results.push(await benchOne(db, opts));
  process.stdout.write(
    `\nmachine: ${os.availableParallelism()} cores, node ${process.version}; in-process app.inject (no network)\n`,
  );
  return !opts.check || results.every((r) => r.ok);
}
