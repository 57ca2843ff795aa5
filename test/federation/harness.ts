/**
 * Multi-node harness: real `aisafe serve` processes on loopback ports, each with its own database
 * (a PGlite data directory, or its own PostgreSQL database when DATABASE_URL is set), driven over
 * HTTP with the typed client. Used by test/federation/*.test.ts.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Client, createClient } from "../../src/client/index.ts";
import { openDatabase } from "../../src/platform/db/index.ts";
import { adminUrl, withDb } from "../db-urls.ts";
import { freePort } from "../helpers.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ADMIN = { email: "admin@harness.example", password: "harness-password-1" };

export class NodeProcess {
  readonly url: string;
  proc: ChildProcess | undefined;
  nodeId = "";
  client!: Client;
  output = "";

  constructor(
    readonly name: string,
    readonly env: Record<string, string>,
    readonly port: number,
    private readonly cleanup: () => Promise<void>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Starts the process and waits until it answers /readyz, then signs in as its administrator. */
  async start(timeoutMs = 120_000) {
    this.proc = spawn(process.execPath, [path.join(ROOT, "bin/aisafe.mjs"), "serve"], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.proc.stdout!.on("data", (d) => {
      this.output = (this.output + d).slice(-20_000);
    });
    this.proc.stderr!.on("data", (d) => {
      this.output = (this.output + d).slice(-20_000);
    });
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (this.proc.exitCode !== null)
        throw new Error(`${this.name} exited (${this.proc.exitCode}):\n${this.output}`);
      try {
        const r = await fetch(`${this.url}/readyz`);
        if (r.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > until)
        throw new Error(`${this.name} did not start in ${timeoutMs} ms:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const login = await fetch(`${this.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    });
    if (!login.ok) throw new Error(`${this.name}: sign-in failed ${login.status}`);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    this.client = createClient({
      baseUrl: this.url,
      fetch: (req: Request) => {
        req.headers.set("cookie", cookie);
        req.headers.set("x-csrf-token", csrfToken);
        return fetch(req);
      },
    });
    this.nodeId = (
      (await (await fetch(`${this.url}/.well-known/aisafe-node`)).json()) as { nodeId: string }
    ).nodeId;
  }

  /** Graceful stop (SIGTERM), waiting for the exit. */
  async stop() {
    await this.signal("SIGTERM");
  }

  /** kill -9: no chance to finish anything. */
  async kill9() {
    await this.signal("SIGKILL");
  }

  private async signal(sig: NodeJS.Signals) {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once("exit", r));
    p.kill(sig);
    await exited;
  }

  async destroy() {
    await this.kill9();
    await this.cleanup();
  }
}

/** Creates (not starts) a node: its own port, database and identity (jurisdiction, name). */
export async function createNode(
  jurisdiction: string,
  name: string,
  extraEnv: Record<string, string> = {},
): Promise<NodeProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    HOST: "127.0.0.1",
    AISAFE_PUBLIC_URL: `http://127.0.0.1:${port}`,
    AISAFE_NODE_JURISDICTION: jurisdiction,
    AISAFE_NODE_NAME: name,
    AISAFE_ADMIN_EMAIL: ADMIN.email,
    AISAFE_ADMIN_PASSWORD: ADMIN.password,
    AISAFE_DEMO: "false",
    AISAFE_SECURE_COOKIES: "false",
    AISAFE_RATE_LIMIT_MAX: "0",
    AISAFE_LOG_LEVEL: "warn",
    AISAFE_WEB_DIST: "/nonexistent",
    AISAFE_FEDERATION_SYNC_SECONDS: "1",
    ...extraEnv,
  };
  const url = process.env.DATABASE_URL;
  if (url) {
    const db = `aisafe_fed_${process.pid}_${port}`;
    const admin = await openDatabase({ databaseUrl: adminUrl(url), poolSize: 1 });
    await admin.withRawConnection(async (c) => {
      await c.exec(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await c.exec(`CREATE DATABASE ${db}`);
    });
    await admin.close();
    env.DATABASE_URL = withDb(url, db);
    return new NodeProcess(name, env, port, async () => {
      const a = await openDatabase({ databaseUrl: adminUrl(url), poolSize: 1 });
      await a.withRawConnection((c) => c.exec(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
      await a.close();
    });
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `aisafe-fed-${jurisdiction.toLowerCase()}-`));
  env.AISAFE_DATA_DIR = dir;
  const node = new NodeProcess(name, env, port, async () => rmSync(dir, { recursive: true, force: true }));
  return node;
}

/**
 * Shares `count` synthetic incident records from a node that is NOT running (same database and
 * identity as the node's own start), through the federation service itself: a fast way to give a
 * node many records to replicate.
 */
export function seedRecords(
  node: NodeProcess,
  count: number,
  sharing: object = { tlp: "green", distribution: 3 },
) {
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(ROOT, "test/federation/seed-records.ts"),
      String(count),
      JSON.stringify(sharing),
    ],
    { cwd: ROOT, env: { ...process.env, ...node.env }, encoding: "utf8", timeout: 600_000 },
  );
  if (r.status !== 0) throw new Error(`seeding ${node.name} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Peers a with b: a adds b by URL, b approves. */
export async function link(a: NodeProcess, b: NodeProcess) {
  const added = await a.client.POST("/api/v1/federation/peers", { body: { url: b.url } });
  if (added.response.status !== 201) throw new Error(`peer add failed: ${JSON.stringify(added.error)}`);
  const ok = await b.client.POST("/api/v1/federation/peers/{nodeId}/actions", {
    params: { path: { nodeId: a.nodeId } },
    body: { action: "approve" },
  });
  if (ok.data?.status !== "active") throw new Error(`peer approve failed: ${JSON.stringify(ok.error)}`);
}
