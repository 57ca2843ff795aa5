import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../src/cli.ts";
import { openDatabase } from "../src/platform/db/index.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");
let dataDir: string;
let env: NodeJS.ProcessEnv;

/** Runs the CLI in-process, capturing what it prints. */
async function cli(...args: string[]) {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((c) => {
    out += String(c);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((c) => {
    err += String(c);
    return true;
  });
  try {
    const code = await runCli(args, env);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "aisafe-cli-"));
  // The CLI always uses an embedded database here: it tests the commands, not the dialect.
  env = { AISAFE_DATA_DIR: dataDir, AISAFE_LOG_LEVEL: "silent" };
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("aisafe CLI", () => {
  it("has --help on every command", async () => {
    for (const args of [
      [],
      ["serve"],
      ["migrate"],
      ["user", "create"],
      ["org", "create"],
      ["token", "create"],
      ["audit", "verify"],
      ["seed", "demo"],
    ]) {
      const r = await cli(...args, "--help");
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.out).toContain("Usage: aisafe");
    }
  });

  it("migrates, creates organisations, users and tokens, and seeds demo content", async () => {
    expect((await cli("migrate")).out).toMatch(/Applied: 0001_foundation.sql|up to date/);
    expect((await cli("migrate")).out).toContain("The database is up to date.");
    const org = await cli(
      "org",
      "create",
      "--name",
      "Lao Digital Co",
      "--type",
      "company",
      "--jurisdiction",
      "la",
    );
    expect(org.code).toBe(0);
    expect(org.out).toMatch(/Created organisation Lao Digital Co \([0-9a-f-]{36}\)/);
    const user = await cli(
      "user",
      "create",
      "--email",
      "Owner@Test.example",
      "--name",
      "Owner",
      "--password",
      "a-long-enough-password",
      "--org",
      "Lao Digital Co",
      "--role",
      "org-admin",
    );
    expect(user.out).toContain("Created user owner@test.example");
    const token = await cli(
      "token",
      "create",
      "--email",
      "owner@test.example",
      "--name",
      "ci",
      "--scopes",
      "read,write",
      "--days",
      "7",
    );
    expect(token.code).toBe(0);
    expect(token.out.trim()).toMatch(/^aisafe_[A-Za-z0-9_-]{43}$/);
    const seeded = await cli("seed", "demo");
    expect(seeded.out).toContain("regulator-admin");
    expect((await cli("seed", "demo")).out).toContain("Demo content is already present.");
  });

  it("fails with a clear message and a non-zero exit code", async () => {
    const dup = await cli(
      "org",
      "create",
      "--name",
      "Lao Digital Co",
      "--type",
      "company",
      "--jurisdiction",
      "LA",
    );
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('aisafe: An organisation named "Lao Digital Co" already exists in LA.');
    const badType = await cli("org", "create", "--name", "X", "--type", "bank", "--jurisdiction", "LA");
    expect(badType.code).toBe(2);
    expect(badType.err).toContain("--type must be one of");
    const shortPw = await cli(
      "user",
      "create",
      "--email",
      "x@test.example",
      "--name",
      "X",
      "--node-admin",
      "--password",
      "short",
    );
    expect(shortPw.code).toBe(1);
    expect(shortPw.err).toContain("password: must be at least 12 characters");
    const unknown = await cli("token", "create", "--email", "ghost@test.example", "--name", "x");
    expect(unknown.err).toContain("No user with e-mail ghost@test.example.");
    const badEnv = await runCli(["migrate"], { PORT: "not-a-port" });
    expect(badEnv).toBe(1);
  });

  it("status reads a running node through the typed API client", async () => {
    const { startTestNode } = await import("./helpers.ts");
    const node = await startTestNode();
    try {
      await node.app.listen({ port: 0, host: "127.0.0.1" });
      const port = (node.app.server.address() as { port: number }).port;
      const r = await cli("status", "--url", `http://127.0.0.1:${port}`);
      expect(r.code).toBe(0);
      expect(r.out).toContain("ASEAN AI Safe");
      expect(r.out).toMatch(/readiness\s+ready/);
      const down = await cli("status", "--url", "http://127.0.0.1:1");
      expect(down.code).toBe(1);
      expect(down.err).toContain("Cannot reach http://127.0.0.1:1");
    } finally {
      await node.close();
    }
  });

  it("audit verify exits 0 on an intact chain and 1 naming the first broken entry after a direct edit", async () => {
    const ok = await cli("audit", "verify");
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Audit chain intact: \d+ entries\./);

    const db = await openDatabase({ dataDir });
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(db.db);
    await sql`UPDATE audit_log SET action = 'organisation.delete' WHERE seq = 3`.execute(db.db);
    await db.close();

    // As a real process, the way an operator runs it.
    const r = await run(process.execPath, [path.join(root, "bin/aisafe.mjs"), "audit", "verify"], {
      env: { ...process.env, DATABASE_URL: "", ...env },
    }).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(1);
    expect((r as { stderr: string }).stderr).toContain(
      "Audit chain BROKEN at entry 3: entry was altered (hash mismatch)",
    );
  });
});
