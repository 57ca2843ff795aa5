import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../paths.ts";
import type { Database } from "./index.ts";

export const MIGRATIONS_DIR = fromRoot("migrations");
const LOCK_KEY = 7_263_000_001; // advisory lock id of the migrator

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies pending forward-only migrations, each in its own transaction, under a
 * session-level advisory lock so that several starting instances never race.
 * Refuses to run when an applied migration's file has changed.
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = listMigrations(dir);
  return database.withRawConnection(async (conn) => {
    await conn.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      await conn.exec(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const applied = new Map(
        (
          await conn.query<{ name: string; checksum: string }>("SELECT name, checksum FROM schema_migrations")
        ).map((r) => [r.name, r.checksum]),
      );
      const done: string[] = [];
      for (const m of migrations) {
        const prior = applied.get(m.name);
        if (prior !== undefined) {
          if (prior !== m.checksum) {
            throw new Error(
              `Migration ${m.name} was changed after it was applied (migrations are forward-only).`,
            );
          }
          continue;
        }
        await conn.exec("BEGIN");
        try {
          await conn.exec(m.sql);
          await conn.query("INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)", [
            m.name,
            m.checksum,
          ]);
          await conn.exec("COMMIT");
        } catch (err) {
          await conn.exec("ROLLBACK");
          throw new Error(`Migration ${m.name} failed: ${(err as Error).message}`);
        }
        done.push(m.name);
      }
      return done;
    } finally {
      await conn.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  });
}

/** Names of migrations on disk that the database has not applied (for /readyz). */
export async function pendingMigrations(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const rows = await database.db
    .selectFrom("schema_migrations")
    .select("name")
    .execute()
    .catch(() => [] as { name: string }[]);
  const applied = new Set(rows.map((r) => r.name));
  return listMigrations(dir)
    .map((m) => m.name)
    .filter((n) => !applied.has(n));
}
