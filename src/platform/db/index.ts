import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { Kysely, PGliteDialect, PostgresDialect, type Transaction } from "kysely";
import type pgTypes from "pg";
import type { DB } from "./schema.ts";

export type { DB } from "./schema.ts";
/** Either the database or an open transaction: repos accept both. */
export type Executor = Kysely<DB> | Transaction<DB>;

/** A raw connection used by the migrator: multi-statement SQL and session-level locks. */
export interface RawConnection {
  exec(sqlText: string): Promise<void>;
  query<R = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<R[]>;
}

export interface Database {
  db: Kysely<DB>;
  kind: "pglite" | "postgres";
  /** Runs fn on one dedicated connection (the migrator needs it for its lock). */
  withRawConnection<T>(fn: (conn: RawConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: a tarball of the data directory (tests start each database from a migrated one). */
  dumpDataDir?(): Promise<Blob>;
}

/** The pg driver, loaded only for PostgreSQL (an embedded node never needs it). */
function loadPg(): typeof pgTypes {
  const pg = createRequire(import.meta.url)("pg") as typeof pgTypes;
  pg.types.setTypeParser(20, (v) => v); // bigint as string
  pg.types.setTypeParser(1082, (v) => v); // date as YYYY-MM-DD, not a Date at local midnight
  return pg;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** A PGlite data directory dump to start from (tests use a migrated template). */
  loadDataDir?: Blob | File | undefined;
  poolSize?: number;
  /** Called when an idle pooled connection fails (server restart, admin termination); the pool replaces it. */
  onIdleError?: (err: Error) => void;
}

export const pgliteExtensions = { pg_trgm, unaccent };

const PGLITE_CONF = ["shared_buffers = 16MB"];

/**
 * Creates a new PGlite data directory (initdb) in a short-lived child process. initdb's peak memory
 * (several hundred MB of WebAssembly heap) then goes back to the operating system when the child
 * exits, instead of staying with the long-running node.
 */
function initDataDirInChild(dataDir: string) {
  const script = `
    const m = await import(${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve("@electric-sql/pglite")).href)});
    const PGlite = m.PGlite ?? m.default.PGlite;
    const db = await PGlite.create({ dataDir: process.argv[1], postgresqlconf: ${JSON.stringify(PGLITE_CONF)} });
    await db.close();`;
  execFileSync(process.execPath, ["--input-type=module", "-e", script, dataDir], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Open PostgreSQL when a URL is given, else embedded PGlite (in `dataDir`, or in memory). */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pg = loadPg();
    // JIT compilation pays off for analytics, not for the short queries of an API: it is off.
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      options: "-c jit=off",
    });
    // Without a listener, an idle client's error (e.g. the server restarting) would crash the process.
    pool.on("error", (err) => opts.onIdleError?.(err));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: "postgres",
      async withRawConnection(fn) {
        const client = await pool.connect();
        try {
          return await fn({
            exec: async (text) => {
              await client.query(text);
            },
            query: async (text, params) => (await client.query(text, params as unknown[])).rows,
          });
        } finally {
          client.release();
        }
      },
      close: () => db.destroy(),
    };
  }
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true });
    if (!existsSync(path.join(opts.dataDir, "PG_VERSION"))) initDataDirInChild(opts.dataDir);
  }
  const pglite = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    extensions: pgliteExtensions,
    parsers: { 20: (v: string) => v, 1082: (v: string) => v }, // bigint and date as strings, as with pg
    // An embedded node is small: 16 MB of shared buffers (PostgreSQL's default is 128 MB) keeps
    // the process's memory low; PGlite's files still sit in the operating system's page cache.
    postgresqlconf: PGLITE_CONF,
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: "pglite",
    // Kysely's PGlite driver holds a mutex around its single connection; a raw connection
    // goes through db.connection() so that it waits for (and blocks) other queries.
    async withRawConnection(fn) {
      return db.connection().execute(() =>
        fn({
          exec: async (text) => {
            await pglite.exec(text);
          },
          query: async (text, params) => (await pglite.query(text, params)).rows as never,
        }),
      );
    },
    close: () => db.destroy(),
    dumpDataDir: () => pglite.dumpDataDir("none"),
  };
}
