import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeOrg,
  makeUser,
  signIn,
  startTestNode,
  type TestNode,
  type TestUser,
} from "../../../test/helpers.ts";

let node: TestNode;
let admin: TestUser;

beforeAll(async () => {
  node = await startTestNode();
  admin = await makeUser(node.ctx, { nodeAdmin: true });
});
afterAll(() => node.close());

const auditCount = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log`.execute(node.ctx.db)).rows[0]!.n);

describe("sign-in", () => {
  it("signs in with e-mail and password and sets a secure, httpOnly, SameSite=Lax session cookie", async () => {
    const res = await node.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: admin.email.toUpperCase(), password: admin.password },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "aisafe_session")!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
    expect(res.json()).toMatchObject({ email: admin.email, nodeRole: "node-admin", via: "session" });
    expect(res.json().csrfToken).toEqual(expect.any(String));
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const wrong = await node.client.POST("/api/v1/auth/login", {
      body: { email: admin.email, password: "wrong-password" },
    });
    const unknown = await node.client.POST("/api/v1/auth/login", {
      body: { email: "nobody@test.example", password: "wrong-password" },
    });
    expect(wrong.response.status).toBe(401);
    expect(unknown.response.status).toBe(401);
    expect(wrong.response.headers.get("content-type")).toContain("application/problem+json");
    const strip = (p: unknown) => ({ ...(p as object), requestId: undefined });
    expect(strip(wrong.error)).toEqual(strip(unknown.error));
    expect(wrong.error).toMatchObject({ code: "invalid_credentials", status: 401 });
  });

  it("refuses a disabled user", async () => {
    const u = await makeUser(node.ctx);
    const s = await signIn(node.app, admin);
    await node
      .as(s)
      .PATCH("/api/v1/users/{id}", { params: { path: { id: u.id } }, body: { status: "disabled" } });
    const r = await node.client.POST("/api/v1/auth/login", {
      body: { email: u.email, password: u.password },
    });
    expect(r.error).toMatchObject({ code: "invalid_credentials" });
  });

  it("answers /me with 401 problem+json when signed out", async () => {
    const r = await node.client.GET("/api/v1/me");
    expect(r.response.status).toBe(401);
    expect(r.error).toMatchObject({ code: "not_signed_in", type: "urn:aisafe:problem:not_signed_in" });
  });

  it("signs out: the session no longer works", async () => {
    const s = await signIn(node.app, admin);
    expect((await node.as(s).GET("/api/v1/me")).data?.email).toBe(admin.email);
    const out = await node.as(s).POST("/api/v1/auth/logout");
    expect(out.response.status).toBe(204);
    const after = await node.as(s).GET("/api/v1/me");
    expect(after.error).toMatchObject({ code: "session_expired", status: 401 });
  });

  it("applies changes to a signed-in user at once (no stale cached session)", async () => {
    const org = await makeOrg(node.ctx, "company", "TH");
    const u = await makeUser(node.ctx, { orgId: org.id, role: "org-member" });
    const s = await signIn(node.app, u);
    expect((await node.as(s).GET("/api/v1/me")).data?.roles).toEqual(["org-member"]);
    const a = node.as(await signIn(node.app, admin));
    await a.PUT("/api/v1/organisations/{id}/members/{userId}", {
      params: { path: { id: org.id, userId: u.id } },
      body: { role: "org-admin" },
    });
    expect((await node.as(s).GET("/api/v1/me")).data?.roles).toEqual(["org-admin"]);
    await a.PATCH("/api/v1/users/{id}", { params: { path: { id: u.id } }, body: { status: "disabled" } });
    expect((await node.as(s).GET("/api/v1/me")).error).toMatchObject({ code: "session_expired" });
  });

  it("treats an expired session as ended", async () => {
    const s = await signIn(node.app, admin);
    await sql`UPDATE sessions SET expires_at = now() - interval '1 minute'`.execute(node.ctx.db);
    const r = await node.as(s).GET("/api/v1/me");
    expect(r.error).toMatchObject({ code: "session_expired" });
  });

  it("rate-limits sign-in attempts", async () => {
    const limited = await startTestNode({ AISAFE_LOGIN_RATE_LIMIT_MAX: "3" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited.client.POST("/api/v1/auth/login", {
          body: { email: "x@test.example", password: "nope-nope" },
        });
        statuses.push(r.response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const r = await limited.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "x@test.example", password: "n" },
      });
      expect(r.headers["content-type"]).toContain("application/problem+json");
      expect(r.json()).toMatchObject({ code: "rate_limited", status: 429 });
    } finally {
      await limited.close();
    }
  });
});

describe("CSRF protection on cookie sessions", () => {
  it("refuses a change without the x-csrf-token header and writes nothing", async () => {
    const s = await signIn(node.app, admin);
    const before = await auditCount();
    const res = await node.app.inject({
      method: "POST",
      url: "/api/v1/organisations",
      headers: { cookie: s.cookie },
      payload: { name: "No CSRF Ltd", type: "company", jurisdiction: "MY" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: "csrf_failed" });
    const wrong = await node.app.inject({
      method: "POST",
      url: "/api/v1/organisations",
      headers: { cookie: s.cookie, "x-csrf-token": "forged" },
      payload: { name: "No CSRF Ltd", type: "company", jurisdiction: "MY" },
    });
    expect(wrong.statusCode).toBe(403);
    expect(await auditCount()).toBe(before);
    const list = await node.as(s).GET("/api/v1/organisations", { params: { query: { q: "No CSRF" } } });
    expect(list.data?.total).toBe(0);
  });

  it("accepts the change with the session's token", async () => {
    const s = await signIn(node.app, admin);
    const r = await node.as(s).POST("/api/v1/organisations", {
      body: { name: "With CSRF Ltd", type: "company", jurisdiction: "MY" },
    });
    expect(r.response.status).toBe(201);
  });
});

describe("API tokens", () => {
  it("are shown once, stored hashed, scoped, and revocable", async () => {
    const org = await makeOrg(node.ctx, "company", "SG");
    const u = await makeUser(node.ctx, { orgId: org.id, role: "org-admin" });
    const s = await signIn(node.app, u);
    const created = await node
      .as(s)
      .POST("/api/v1/me/tokens", { body: { name: "ci", scopes: ["read"], expiresInDays: 30 } });
    expect(created.response.status).toBe(201);
    const secret = created.data!.token;
    expect(secret.startsWith("aisafe_")).toBe(true);
    const stored = await sql<{
      token_hash: string;
    }>`SELECT token_hash FROM api_tokens WHERE id = ${created.data!.id}`.execute(node.ctx.db);
    expect(stored.rows[0]!.token_hash).not.toContain(secret.slice(7));
    expect(stored.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const t = node.as({ token: secret });
    const me = await t.GET("/api/v1/me");
    expect(me.data).toMatchObject({ email: u.email, via: "token" });
    expect(me.data!.csrfToken).toBeUndefined();
    // read scope cannot change anything (and tokens need no CSRF header)
    const patch = await t.PATCH("/api/v1/me", { body: { displayName: "Changed" } });
    expect(patch.error).toMatchObject({ code: "forbidden" });
    // tokens cannot mint tokens
    const w = await node.as(s).POST("/api/v1/me/tokens", { body: { name: "w", scopes: ["write"] } });
    const wt = node.as({ token: w.data!.token });
    expect((await wt.PATCH("/api/v1/me", { body: { displayName: "By token" } })).data?.displayName).toBe(
      "By token",
    );
    expect(
      (await wt.POST("/api/v1/me/tokens", { body: { name: "x", scopes: ["read"] } })).error,
    ).toMatchObject({ code: "forbidden" });

    const list = await node.as(s).GET("/api/v1/me/tokens");
    expect(list.data!.map((x) => x.name).sort()).toEqual(["ci", "w"]);
    expect(JSON.stringify(list.data)).not.toContain(secret);

    const del = await node
      .as(s)
      .DELETE("/api/v1/me/tokens/{id}", { params: { path: { id: created.data!.id } } });
    expect(del.response.status).toBe(204);
    const after = await t.GET("/api/v1/me");
    expect(after.response.status).toBe(401);
    expect(after.error).toMatchObject({ code: "token_invalid", detail: "The API token has been revoked." });
  });

  it("expire", async () => {
    const u = await makeUser(node.ctx, { nodeAdmin: true });
    const s = await signIn(node.app, u);
    const c = await node.as(s).POST("/api/v1/me/tokens", { body: { name: "old", scopes: ["read"] } });
    await sql`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = ${c.data!.id}`.execute(
      node.ctx.db,
    );
    expect((await node.as({ token: c.data!.token }).GET("/api/v1/me")).error).toMatchObject({
      code: "token_invalid",
    });
  });

  it("rejects a malformed Authorization header and an unknown token", async () => {
    const r = await node.app.inject({ url: "/api/v1/me", headers: { authorization: "Basic abc" } });
    expect(r.statusCode).toBe(401);
    expect(r.json().code).toBe("token_invalid");
    const r2 = await node.app.inject({
      url: "/api/v1/jurisdictions",
      headers: { authorization: "Bearer aisafe_nope" },
    });
    expect(r2.statusCode).toBe(401);
  });
});

describe("bad input", () => {
  it("names malformed JSON, unknown fields, invalid fields, wrong content type and oversized bodies", async () => {
    const post = (payload: string, type = "application/json") =>
      node.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        headers: { "content-type": type },
        payload,
      });
    const malformed = await post("{ not json");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({
      code: "invalid_input",
      errors: [{ field: "body", message: "malformed JSON" }],
    });

    const unknown = await post(JSON.stringify({ email: "a@b.example", password: "x", admin: true }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toContainEqual({
      field: "admin",
      message: "unknown field: admin",
      code: "unknown_field",
    });
    expect(unknown.json().errors).toHaveLength(1);

    const invalid = await post(JSON.stringify({ email: "not-an-email", password: "x" }));
    expect(invalid.json().errors[0]).toMatchObject({ field: "email", code: "invalid_format" });

    const wrongType = await post("email=a", "application/x-www-form-urlencoded");
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().code).toBe("unsupported_media_type");

    const big = await post(JSON.stringify({ email: "a@b.example", password: "x".repeat(2_000_000) }));
    expect(big.statusCode).toBe(413);
    expect(big.headers["content-type"]).toContain("application/problem+json");
  });
});
