import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrgRole } from "../src/platform/access.ts";
import { routesWithoutPermission } from "../src/platform/http.ts";
import { type Auth, makeOrg, makeUser, signIn, startTestNode, type TestNode, testConfig } from "./helpers.ts";

let node: TestNode;
const sessions: Record<string, Auth | undefined> = {};
let orgA: { id: string };
let orgB: { id: string };
let orgTH: { id: string };
let memberOfB: { id: string };

beforeAll(async () => {
  node = await startTestNode();
  const reg = await makeOrg(node.ctx, "regulator", "MY");
  orgA = await makeOrg(node.ctx, "company", "MY");
  orgB = await makeOrg(node.ctx, "company", "MY");
  orgTH = await makeOrg(node.ctx, "company", "TH");
  const mk = async (name: string, opts: { nodeAdmin?: boolean; orgId?: string; role?: OrgRole }) => {
    sessions[name] = await signIn(node.app, await makeUser(node.ctx, opts));
  };
  await mk("node-admin", { nodeAdmin: true });
  await mk("regulator-admin", { orgId: reg.id, role: "regulator-admin" });
  await mk("regulator-analyst", { orgId: reg.id, role: "regulator-analyst" });
  await mk("org-admin", { orgId: orgA.id, role: "org-admin" });
  await mk("org-member", { orgId: orgA.id, role: "org-member" });
  memberOfB = await makeUser(node.ctx, { orgId: orgB.id, role: "org-member" });
  sessions.anonymous = undefined;
});
afterAll(() => node.close());

describe("every route declares a permission", () => {
  it("walks all registered routes", () => {
    const table = node.app.routeTable;
    expect(table.length).toBeGreaterThan(20);
    expect(routesWithoutPermission(table).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    // and the fixed interface is there
    const urls = new Set(table.map((r) => r.url));
    for (const u of [
      "/healthz",
      "/readyz",
      "/metrics",
      "/api/openapi.json",
      "/api/docs",
      "/api/v1/auth/login",
      "/api/v1/me",
    ]) {
      expect(urls).toContain(u);
    }
  });

  it("a route without a permission stops the node from starting", async () => {
    const { createHttp } = await import("../src/platform/http.ts");
    const app = await createHttp({ config: testConfig(), title: "t", version: "0" });
    app.get("/oops", async () => "no permission");
    await app.ready();
    expect([...new Set(routesWithoutPermission(app.routeTable).map((r) => r.url))]).toEqual(["/oops"]);
    const res = await app.inject({ url: "/oops" });
    expect(res.statusCode).toBe(403); // and it fails closed if it ever runs
    await app.close();
  });
});

type Case = [role: string, method: "GET" | "POST" | "PATCH", url: string, body: unknown, expected: number];
const cases: Case[] = [
  // public routes
  ["anonymous", "GET", "/api/v1/jurisdictions", undefined, 200],
  ["anonymous", "GET", "/.well-known/aisafe-node", undefined, 200],
  ["anonymous", "GET", "/api/v1/me", undefined, 401],
  ["anonymous", "GET", "/api/v1/organisations", undefined, 401],
  ["anonymous", "GET", "/api/v1/audit", undefined, 401],
  // audit: node admins only
  ["node-admin", "GET", "/api/v1/audit", undefined, 200],
  ["regulator-admin", "GET", "/api/v1/audit", undefined, 403],
  ["regulator-analyst", "GET", "/api/v1/audit", undefined, 403],
  ["org-admin", "GET", "/api/v1/audit", undefined, 403],
  ["org-member", "GET", "/api/v1/audit", undefined, 403],
  // org A cannot see org B; a regulator sees its jurisdiction only
  ["org-admin", "GET", "/api/v1/organisations/{orgA}", undefined, 200],
  ["org-admin", "GET", "/api/v1/organisations/{orgB}", undefined, 404],
  ["org-member", "GET", "/api/v1/organisations/{orgB}", undefined, 404],
  ["org-member", "PATCH", "/api/v1/organisations/{orgA}", { name: "Renamed by member" }, 403],
  ["regulator-analyst", "GET", "/api/v1/organisations/{orgB}", undefined, 200],
  ["regulator-analyst", "GET", "/api/v1/organisations/{orgTH}", undefined, 404],
  ["regulator-analyst", "PATCH", "/api/v1/organisations/{orgB}", { name: "x" }, 403],
  ["regulator-admin", "GET", "/api/v1/organisations/{orgTH}", undefined, 404],
  ["node-admin", "GET", "/api/v1/organisations/{orgTH}", undefined, 200],
  // users
  ["org-member", "GET", "/api/v1/users", undefined, 403],
  ["regulator-analyst", "GET", "/api/v1/users", undefined, 403],
  ["org-admin", "GET", "/api/v1/users/{memberOfB}", undefined, 404],
  ["regulator-admin", "GET", "/api/v1/users/{memberOfB}", undefined, 200],
  ["node-admin", "GET", "/api/v1/users/{memberOfB}", undefined, 200],
  // creating organisations
  ["org-admin", "POST", "/api/v1/organisations", { name: "Mine", type: "company", jurisdiction: "MY" }, 403],
  [
    "regulator-admin",
    "POST",
    "/api/v1/organisations",
    { name: "Reg-made", type: "company", jurisdiction: "MY" },
    201,
  ],
  [
    "node-admin",
    "POST",
    "/api/v1/organisations",
    { name: "Admin-made", type: "company", jurisdiction: "TH" },
    201,
  ],
  // everyone signed in has a profile
  ["org-member", "GET", "/api/v1/me", undefined, 200],
  ["regulator-analyst", "GET", "/api/v1/me", undefined, 200],
];

describe("role matrix", () => {
  it.each(cases)("%s %s %s -> %i", async (role, method, url, body, expected) => {
    const auth = sessions[role];
    const headers: Record<string, string> = {};
    if (auth && "cookie" in auth) {
      headers.cookie = auth.cookie;
      headers["x-csrf-token"] = auth.csrf;
    }
    const ids: Record<string, string> = {
      orgA: orgA.id,
      orgB: orgB.id,
      orgTH: orgTH.id,
      memberOfB: memberOfB.id,
    };
    const path = url.replace(/\{(\w+)\}/g, (_m, k: string) => ids[k]!);
    const res = await node.app.inject({
      method,
      url: path,
      headers,
      ...(body ? { payload: body as object } : {}),
    });
    expect(res.statusCode, res.body).toBe(expected);
    if (expected >= 400) expect(res.headers["content-type"]).toContain("application/problem+json");
  });

  it("lists only visible organisations", async () => {
    const asMember = await node.as(sessions["org-member"]!).GET("/api/v1/organisations");
    expect(asMember.data!.items.map((o) => o.id)).toEqual([orgA.id]);
    const asAnalyst = await node.as(sessions["regulator-analyst"]!).GET("/api/v1/organisations");
    const ids = asAnalyst.data!.items.map((o) => o.id);
    expect(ids).toContain(orgB.id);
    expect(ids).not.toContain(orgTH.id);
  });
});
