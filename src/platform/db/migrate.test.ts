import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../../test/helpers.ts";
import { listMigrations, migrate, pendingMigrations } from "./migrate.ts";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let dir: string;

beforeAll(async () => {
  database = await openTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), "aisafe-migrations-"));
  for (const m of listMigrations()) writeFileSync(path.join(dir, m.name), m.sql);
});
afterAll(() => database.drop());

describe("migrations", () => {
  it("enables pg_trgm and unaccent", async () => {
    const r = await sql<{ extname: string }>`SELECT extname FROM pg_extension ORDER BY extname`.execute(
      database.db,
    );
    expect(r.rows.map((x) => x.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
    const u = await sql<{ v: string }>`SELECT unaccent('Việt Nam') AS v`.execute(database.db);
    expect(u.rows[0]!.v).toBe("Viet Nam");
  });

  it("applies new files once, in order, and runs concurrent callers safely", async () => {
    writeFileSync(
      path.join(dir, "9001_test_a.sql"),
      "CREATE TABLE test_a (id int PRIMARY KEY); INSERT INTO test_a VALUES (1);",
    );
    writeFileSync(path.join(dir, "9002_test_b.sql"), "INSERT INTO test_a VALUES (2);");
    expect(await pendingMigrations(database, dir)).toEqual(["9001_test_a.sql", "9002_test_b.sql"]);
    const [a, b] = await Promise.all([migrate(database, dir), migrate(database, dir)]);
    expect([...a, ...b].sort()).toEqual(["9001_test_a.sql", "9002_test_b.sql"]);
    const rows = await sql<{ id: number }>`SELECT id FROM test_a ORDER BY id`.execute(database.db);
    expect(rows.rows.map((r) => r.id)).toEqual([1, 2]);
    expect(await pendingMigrations(database, dir)).toEqual([]);
  });

  it("rolls back a failing migration entirely and names it", async () => {
    writeFileSync(
      path.join(dir, "9003_broken.sql"),
      "CREATE TABLE test_c (id int); SELECT * FROM no_such_table;",
    );
    await expect(migrate(database, dir)).rejects.toThrow(/Migration 9003_broken.sql failed/);
    const t = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM pg_tables WHERE tablename = 'test_c'`.execute(database.db);
    expect(Number(t.rows[0]!.n)).toBe(0);
    writeFileSync(path.join(dir, "9003_broken.sql"), "SELECT 1;");
  });

  it("refuses to run when an applied migration was edited (forward-only)", async () => {
    writeFileSync(path.join(dir, "9002_test_b.sql"), "INSERT INTO test_a VALUES (3);");
    await expect(migrate(database, dir)).rejects.toThrow(/9002_test_b.sql was changed after it was applied/);
  });
});
