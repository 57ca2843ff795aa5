import { once } from "node:events";
import { readFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { inject } from "vitest";
import { buildApp } from "../src/app.ts";
import { type Client, createClient } from "../src/client/index.ts";
import * as tenancy from "../src/modules/tenancy/tenancy.service.ts";
import { type OrgRole, systemActor } from "../src/platform/access.ts";
import { type Config, loadConfig } from "../src/platform/config.ts";
import type { AppContext } from "../src/platform/context.ts";
import { type Database, openDatabase } from "../src/platform/db/index.ts";
import type { App } from "../src/platform/http.ts";
import { randomToken } from "../src/platform/ids.ts";
import { adminUrl, TEMPLATE_DB, withDb } from "./db-urls.ts";

let counter = 0;

/** A fresh database copied from the run's migrated template (PGlite dump, or PostgreSQL TEMPLATE). */
export async function openTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `aisafe_t_${process.pid}_${++counter}_${Date.now() % 100000}`;
    const admin = await openDatabase({ databaseUrl: adminUrl(url), poolSize: 1 });
    await admin.withRawConnection((c) => c.exec(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
    const db = await openDatabase({ databaseUrl: withDb(url, name), poolSize: 5 });
    return {
      ...db,
      async drop() {
        await db.close();
        await admin.withRawConnection((c) => c.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        await admin.close();
      },
    };
  }
  const dump = inject("templateDump");
  const db = await openDatabase({ loadDataDir: new Blob([readFileSync(dump)]) });
  return { ...db, drop: () => db.close() };
}

export const testConfig = (env: Record<string, string> = {}): Config =>
  loadConfig({
    AISAFE_LOG_LEVEL: "silent",
    AISAFE_RATE_LIMIT_MAX: "0",
    AISAFE_LOGIN_RATE_LIMIT_MAX: "1000",
    AISAFE_WEB_DIST: "/nonexistent",
    ...env,
  });

export interface TestNode {
  app: App;
  ctx: AppContext;
  /** The typed client, talking to the app through inject(); anonymous. */
  client: Client;
  /** A typed client signed in as the given session or token. */
  as(auth: Auth): Client;
  close(): Promise<void>;
}

export type Auth = { cookie: string; csrf: string } | { token: string };

/** A fetch that sends each request to the Fastify app in-process. */
export function injectFetch(app: App, auth?: Auth): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => {
      headers[k] = v;
    });
    if (auth && "token" in auth) headers.authorization = `Bearer ${auth.token}`;
    if (auth && "cookie" in auth) {
      headers.cookie = auth.cookie;
      headers["x-csrf-token"] ??= auth.csrf;
    }
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const res = await app.inject({
      method: request.method as "GET",
      url: url.pathname + url.search,
      headers,
      ...(body ? { payload: body } : {}),
    });
    const out = new Headers();
    for (const [k, v] of Object.entries(res.headers)) {
      if (Array.isArray(v)) for (const x of v) out.append(k, String(x));
      else if (v !== undefined) out.set(k, String(v));
    }
    const nullBody = res.statusCode === 204 || res.statusCode === 304;
    return new Response(nullBody ? null : new Uint8Array(res.rawPayload), {
      status: res.statusCode,
      headers: out,
    });
  };
}

export async function startTestNode(env: Record<string, string> = {}): Promise<TestNode> {
  const database = await openTestDatabase();
  const { app, ctx } = await buildApp(testConfig(env), { database });
  const mk = (auth?: Auth) => createClient({ baseUrl: "http://node.test", fetch: injectFetch(app, auth) });
  return {
    app,
    ctx,
    client: mk(),
    as: mk,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

const sys = systemActor("test");

export async function makeOrg(
  ctx: AppContext,
  type: string,
  jurisdiction: string,
  name = `Org ${randomToken(4)}`,
) {
  return tenancy.createOrg(ctx, sys, { name, type, jurisdiction });
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function makeUser(
  ctx: AppContext,
  opts: { nodeAdmin?: boolean; orgId?: string; role?: OrgRole } = {},
): Promise<TestUser> {
  const email = `u-${randomToken(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x")}@test.example`;
  const password = `pw-${randomToken(12)}`;
  const u = await tenancy.createUser(ctx, sys, {
    email,
    displayName: "Test User",
    password,
    locale: "en",
    nodeRole: opts.nodeAdmin ? "node-admin" : null,
    ...(opts.orgId && opts.role ? { membership: { orgId: opts.orgId, role: opts.role } } : {}),
  });
  return { id: u.id, email, password };
}

/** Signs in through the API; returns the session cookie and CSRF token. */
export async function signIn(
  app: App,
  user: { email: string; password: string },
): Promise<{ cookie: string; csrf: string }> {
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const set = res.cookies.find((c) => c.name === "aisafe_session");
  return { cookie: `aisafe_session=${set!.value}`, csrf: res.json().csrfToken };
}

export interface ListeningNode extends TestNode {
  url: string;
  nodeId: string;
  admin: Auth;
}

/**
 * A node with its own identity and jurisdiction, listening on a loopback port: federation tests
 * talk to it over real HTTP (the template's node identity is replaced by a fresh one).
 */
export async function startListeningNode(jurisdiction: string, name: string): Promise<ListeningNode> {
  const database = await openTestDatabase();
  await database.db.deleteFrom("node_identity").execute();
  const { app, ctx } = await buildApp(
    testConfig({
      AISAFE_NODE_JURISDICTION: jurisdiction,
      AISAFE_NODE_NAME: name,
      AISAFE_FEDERATION_SYNC_SECONDS: "0",
    }),
    { database },
  );
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  (ctx.config as { publicUrl: string }).publicUrl = url;
  const mk = (auth?: Auth) => createClient({ baseUrl: "http://node.test", fetch: injectFetch(app, auth) });
  const admin = await signIn(app, await makeUser(ctx, { nodeAdmin: true }));
  return {
    app,
    ctx,
    url,
    nodeId: (await tenancy.nodeInfo(ctx)).nodeId,
    admin,
    client: mk(),
    as: mk,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** Polls until `check` returns a value other than undefined or false (federation is asynchronous). */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 5000,
  what = "condition",
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Peers two listening nodes: a adds b by URL, b approves; both are then active. */
export async function linkNodes(a: ListeningNode, b: ListeningNode) {
  const added = await a.as(a.admin).POST("/api/v1/federation/peers", { body: { url: b.url } });
  if (added.response.status !== 201) throw new Error(`peer add failed: ${JSON.stringify(added.error)}`);
  const ok = await b.as(b.admin).POST("/api/v1/federation/peers/{nodeId}/actions", {
    params: { path: { nodeId: a.nodeId } },
    body: { action: "approve" },
  });
  if (ok.data?.status !== "active") throw new Error(`peer approve failed: ${JSON.stringify(ok.error)}`);
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const srv = createServer().listen(0, "127.0.0.1");
  await once(srv, "listening");
  const { port } = srv.address() as AddressInfo;
  srv.close();
  await once(srv, "close");
  return port;
}
