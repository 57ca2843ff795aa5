import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Command } from "commander";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCli, runCli } from "../src/cli.ts";
import { cliActor, withContext } from "../src/cli-kit.ts";
import { SystemCreate } from "../src/modules/registry/registry.schemas.ts";
import { createSystem } from "../src/modules/registry/registry.service.ts";
import { loadConfig } from "../src/platform/config.ts";
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
    const paths = (c: Command, prefix: string[] = []): string[][] => [
      prefix,
      ...c.commands.flatMap((x) => paths(x, [...prefix, x.name()])),
    ];
    const all = paths(buildCli(env));
    expect(all.length).toBeGreaterThan(20);
    for (const args of all) {
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
  }, 120_000);

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

  it("lists, shows, imports, exports and validates frameworks, and shows crosswalks", async () => {
    const list = await cli("frameworks", "list", "--jurisdiction", "vn");
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^vn-law-ai-2025\s+VN\s+law\s+binding/m);
    const show = await cli("frameworks", "show", "asean-guide-2024");
    expect(show.out).toContain("ASEAN Guide on AI Governance and Ethics");
    expect(show.out).toContain("Human-centricity");
    const fixture = path.join(root, "test/fixtures/nist-basic-catalog.json");
    const refused = await cli("frameworks", "import", fixture);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("error at /catalog/metadata/props: missing framework id");
    const imported = await cli(
      "frameworks",
      "import",
      fixture,
      "--framework-id",
      "nist-basic",
      "--jurisdiction",
      "intl",
      "--type",
      "standard",
      "--binding-status",
      "voluntary",
    );
    expect(imported.out).toContain("nist-basic v1.1: created (8 requirements, 4 warnings).");
    const exported = path.join(dataDir, "export.json");
    expect((await cli("frameworks", "export", "nist-basic", "-o", exported)).code).toBe(0);
    expect(JSON.parse(readFileSync(exported, "utf8"))).toEqual(JSON.parse(readFileSync(fixture, "utf8")));
    const valid = await cli(
      "frameworks",
      "validate",
      path.join(root, "content/frameworks/my-aige-2024.json"),
      path.join(root, "content/crosswalks/my-aige-2024__asean-guide-2024.json"),
      "--strict",
    );
    expect(valid.code).toBe(0);
    const invalid = await cli("frameworks", "validate", fixture);
    expect(invalid.code).toBe(1);
    expect(invalid.out).toContain("nist-basic-catalog.json: 4 error(s), 4 warning(s)");
    const xw = await cli("crosswalk", "my-aige-2024", "vn-law-ai-2025");
    expect(xw.out).toMatch(/my-aige-2024 -> vn-law-ai-2025: derived through asean-guide-2024, \d+ entries/);
    const unknown = await cli("crosswalk", "my-aige-2024", "nope-2099");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Framework "nope-2099" was not found.');
    // Shared with peer nodes as records (the framework and the crosswalk to the hub), then withdrawn.
    const shared = await cli("frameworks", "share", "my-aige-2024", "--tlp", "green");
    expect(shared.code, shared.err).toBe(0);
    expect(shared.out).toMatch(/^framework my-aige-2024: record [0-9a-f-]{36} v1$/m);
    expect(shared.out).toMatch(/^crosswalk my-aige-2024->asean-guide-2024: record [0-9a-f-]{36} v1$/m);
    const withdrawn = await cli("frameworks", "share", "my-aige-2024", "--withdraw");
    expect(withdrawn.out).toMatch(/^framework my-aige-2024: record [0-9a-f-]{36} v2$/m);
    expect((await cli("frameworks", "share", "my-aige-2024", "--tlp", "purple")).code).not.toBe(0);
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

  it("footprint estimate prints energy, CO2e and water; footprint import reads CodeCarbon's CSV naming bad lines", async () => {
    const est = await cli(
      ...["footprint", "estimate", "--kind", "training", "--country", "my", "--gpu-model", "H100-SXM"],
      ...["--gpus", "8", "--gpu-utilisation", "0.5", "--hours", "10", "--pue", "1.5", "--json"],
    );
    expect(est.code).toBe(0);
    const e = JSON.parse(est.out);
    expect(e.methodTier).toBe("tdp-utilisation");
    expect(e.pueApplied).toBe(1.5);
    expect(e.energyKWh.value).toBeCloseTo(e.itEnergyKWh * 1.5, 6);
    expect(e.co2eKg.locationBased.value).toBeCloseTo(
      (e.energyKWh.value * e.factorSet.intensity.value) / 1000,
      6,
    );
    const text = await cli(
      ...["footprint", "estimate", "--kind", "inference", "--country", "TH", "--requests", "1000"],
      ...["--tokens-per-request", "300", "--active-params", "8"],
    );
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Energy: +[\d.]+ kWh/m);
    expect(text.out).toMatch(/TH grid [\d.]+ gCO2e\/kWh/);
    const none = await cli(
      "footprint",
      "estimate",
      "--kind",
      "inference",
      "--country",
      "TH",
      "--requests",
      "1000",
    );
    expect(none.code).toBe(1);
    expect(none.err).toContain("does not allow any estimation method");
    const bad = await cli("footprint", "estimate", "--kind", "training", "--country", "FR", "--hours", "1");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('country: "FR" is not in the factor set');
    expect(
      (await cli("footprint", "estimate", "--kind", "training", "--country", "MY", "--hours", "x")).code,
    ).toBe(2);

    const orgId = (
      await cli("org", "create", "--name", "Bangkok Models", "--type", "msme", "--jurisdiction", "TH")
    ).out.match(/\(([0-9a-f-]{36})\)/)![1]!;
    const system = await withContext(loadConfig(env), (ctx) =>
      createSystem(
        ctx,
        cliActor,
        SystemCreate.parse({
          orgId,
          name: "Thai chatbot",
          purpose: "Answers customers' questions",
          description: "A fine-tuned language model answers questions in Thai.",
          provider: { own: true },
          dataCategories: [],
          affectedScale: "thousands",
          decisions: "None: it only answers questions",
          decisionImpact: "none",
          useCases: ["chatbot-interaction"],
          sectors: ["J62"],
          deploymentCountries: ["TH"],
          lifecycleStage: "deployment",
          aiType: "generative",
          humanInvolvement: "human-over-the-loop",
          status: "in-use",
        }),
      ),
    );
    const csv = path.join(root, "test/fixtures/codecarbon-emissions.csv");
    const imported = await cli("footprint", "import", csv, "--system", system.id, "--json");
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({
      source: "codecarbon",
      country: "TH",
      methodTier: "metered",
    });
    expect(JSON.parse(imported.out).energyKWh).toBeCloseTo(6.2604, 4);
    expect(imported.err).toContain("codecarbon-emissions.csv:4: duration:");
    const missing = await cli("footprint", "import", "no-such.csv", "--system", system.id);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("Cannot read no-such.csv: ENOENT");
  });

  it("footprint factors add validates a grid factor set naming the field; the newer set becomes the default", async () => {
    const set = {
      id: "grid-intensity-2024-cli-test",
      version: "2024.1",
      year: 2024,
      title: "CLI test factor set (fictional values)",
      kind: "grid-intensity",
      unit: "gCO2e/kWh",
      gasBasis: "CO2e (fictional)",
      boundary: "location-based grid average",
      method: "Fictional values for tests",
      source: { title: "ASEAN AI Safe tests", licence: "n/a" },
      verification: "unverified",
      countries: { TH: { iso3: "THA", name: "Thailand", value: 500, unit: "gCO2e/kWh", year: 2024 } },
    };
    const setFile = path.join(dataDir, "factor-set.json");
    writeFileSync(
      setFile,
      JSON.stringify({ ...set, countries: { TH: { ...set.countries.TH, value: "500" } } }),
    );
    const invalid = await cli("footprint", "factors", "add", setFile);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain("countries.TH.value");
    writeFileSync(setFile, JSON.stringify(set));
    const added = await cli("footprint", "factors", "add", setFile);
    expect(added.code, added.err).toBe(0);
    expect(added.out).toContain("default now: grid-intensity-2024-cli-test");
    const listed = await cli("footprint", "factors", "list");
    expect(listed.out).toMatch(/^\* grid-intensity-2024-cli-test 2024\.1 \(2024\), 1 countries$/m);
    expect(listed.out).toMatch(/^ {2}grid-intensity-2023 2023\.1 \(2023\), 11 countries$/m);
  });
  it("peer add|list|approve|suspend|resume|revoke and sync now, with fingerprints to confirm", async () => {
    const { freePort, startListeningNode } = await import("./helpers.ts");
    const { buildApp } = await import("../src/app.ts");
    const { shareLocal } = await import("../src/modules/federation/federation.service.ts");
    const { uuidv7 } = await import("../src/platform/ids.ts");
    // This CLI's node must be reachable while its peers approve it: it listens on a known port
    // for those moments, and the CLI runs while it does not (an embedded database has one user).
    const port = await freePort();
    env.AISAFE_PUBLIC_URL = `http://127.0.0.1:${port}`;
    const listenWhile = async (fn: () => Promise<void>) => {
      const { app } = await buildApp(loadConfig({ ...env, AISAFE_FEDERATION_SYNC_SECONDS: "0" }));
      await app.listen({ port, host: "127.0.0.1" });
      try {
        await fn();
      } finally {
        await app.close();
      }
    };
    const sg = await startListeningNode("SG", "Singapore node");
    const th = await startListeningNode("TH", "Thailand node");
    try {
      const sgPrint = (await sg.client.GET("/.well-known/aisafe-node")).data!.fingerprint;
      const thPrint = (await th.client.GET("/.well-known/aisafe-node")).data!.fingerprint;

      const added = await cli("peer", "add", sg.url);
      expect(added.code, added.err).toBe(0);
      expect(added.out).toContain("Singapore node (SG): pending");
      expect(added.out).toContain(`fingerprint  ${sgPrint}`);
      expect(added.out).toContain("Confirm the fingerprint");
      const bad = await cli("peer", "add", "http://127.0.0.1:1");
      expect(bad.code).toBe(1);
      expect(bad.err).toContain("No ASEAN AI Safe node answered at http://127.0.0.1:1");

      let myId = "";
      await listenWhile(async () => {
        myId = (await fetch(`${env.AISAFE_PUBLIC_URL}/.well-known/aisafe-node`).then((r) => r.json())).nodeId;
        // Singapore approves us; Thailand asks to peer with us.
        const ok = await sg.as(sg.admin).POST("/api/v1/federation/peers/{nodeId}/actions", {
          params: { path: { nodeId: myId } },
          body: { action: "approve" },
        });
        expect(ok.data?.status, JSON.stringify(ok.error)).toBe("active");
        const asked = await th.as(th.admin).POST("/api/v1/federation/peers", {
          body: { url: env.AISAFE_PUBLIC_URL! },
        });
        expect(asked.response.status, JSON.stringify(asked.error)).toBe(201);
      });

      const list = await cli("peer", "list");
      expect(list.out).toMatch(/active\s+SG\s+Singapore node/);
      expect(list.out).toMatch(/pending\s+TH\s+Thailand node/);
      expect(list.out).toContain(`fingerprint ${thPrint}`);
      expect(list.out).toContain("2 peer(s).");

      const approved = await cli("peer", "approve", th.nodeId);
      expect(approved.code, approved.err).toBe(0);
      expect(approved.out).toContain("Thailand node (TH): active");
      const atTh = await th.as(th.admin).GET("/api/v1/federation/peers/{nodeId}", {
        params: { path: { nodeId: myId } },
      });
      expect(atTh.data!.status).toBe("active");
      expect((await cli("peer", "approve", "not-a-node")).err).toContain("must be a UUID");

      // Singapore shares a GREEN record; `sync now` pulls it.
      const id = uuidv7();
      await sg.ctx.db.transaction().execute((trx) =>
        shareLocal(sg.ctx, trx, {
          id,
          type: "incident",
          ownerOrg: "node",
          title: "Deepfake investment scam video",
          content: { title: "Deepfake investment scam video" },
          sharing: { tlp: "green", distribution: 3, sharingGroupId: null, residency: null },
          containsPersonalData: false,
          personalDataRedacted: false,
        }),
      );
      const synced = await cli("sync", "now");
      expect(synced.code, synced.err).toBe(0);
      expect(synced.out).toMatch(/Singapore node \(SG\): ok; received 1, retracted 0, refused 0/);
      expect(synced.out).toContain("2 peer(s) pulled.");
      const db = await openDatabase({ dataDir });
      const row = await db.db
        .selectFrom("federation_records")
        .select("title")
        .where("id", "=", id)
        .executeTakeFirst();
      await db.close();
      expect(row?.title).toBe("Deepfake investment scam video");

      expect((await cli("peer", "suspend", sg.nodeId)).out).toContain("Singapore node (SG): suspended");
      expect((await cli("sync", "now")).out).not.toContain("Singapore node");
      expect((await cli("peer", "resume", sg.nodeId)).out).toContain("Singapore node (SG): active");
      expect((await cli("peer", "revoke", th.nodeId)).out).toContain("Thailand node (TH): revoked");
      const again = await cli("peer", "approve", th.nodeId);
      expect(again.code).toBe(1);
      expect(again.err).toContain("revocation is final");
      const json = JSON.parse((await cli("peer", "list", "--json")).out);
      expect(json.map((p: { status: string }) => p.status).sort()).toEqual(["active", "revoked"]);
    } finally {
      delete env.AISAFE_PUBLIC_URL;
      await Promise.all([sg.close(), th.close()]);
    }
  }, 180_000);

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
