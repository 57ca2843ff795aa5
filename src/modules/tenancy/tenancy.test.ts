import { createPublicKey, verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrg, makeUser, signIn, startTestNode, type TestNode } from "../../../test/helpers.ts";
import { signEd25519 } from "../../platform/crypto.ts";

let node: TestNode;
beforeAll(async () => {
  node = await startTestNode();
});
afterAll(() => node.close());

describe("jurisdictions and node identity", () => {
  it("lists the 11 member states and the Secretariat with native names", async () => {
    const r = await node.client.GET("/api/v1/jurisdictions");
    const codes = r.data!.map((j) => j.code);
    expect(codes.sort()).toEqual(["ASEAN", "BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"]);
    expect(r.data!.find((j) => j.code === "TH")).toMatchObject({
      name: "Thailand",
      nativeName: "ไทย",
      nativeLang: "th",
    });
    expect(r.data!.find((j) => j.code === "KH")?.nativeName).toBe("កម្ពុជា");
  });

  it("publishes the node's Ed25519 public key, never the private key", async () => {
    const r = await node.client.GET("/.well-known/aisafe-node");
    expect(r.data).toMatchObject({ jurisdiction: "ASEAN", publicKeyJwk: { kty: "OKP", crv: "Ed25519" } });
    const raw = JSON.stringify(r.data);
    expect(raw).not.toMatch(/PRIVATE|"d":/);
    // the published key verifies what the node signs with its private key
    const row = await node.ctx.db
      .selectFrom("node_identity")
      .select("private_key_pem")
      .executeTakeFirstOrThrow();
    const sig = signEd25519(row.private_key_pem, "hello");
    expect(
      verify(null, Buffer.from("hello"), createPublicKey({ key: r.data!.publicKeyJwk, format: "jwk" }), sig),
    ).toBe(true);
    expect(r.data!.fingerprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("organisations", () => {
  it("a regulator admin creates organisations in its own jurisdiction only", async () => {
    const reg = await makeOrg(node.ctx, "regulator", "MY");
    const ra = await makeUser(node.ctx, { orgId: reg.id, role: "regulator-admin" });
    const c = node.as(await signIn(node.app, ra));
    const ok = await c.POST("/api/v1/organisations", {
      body: { name: "Syarikat Contoh", type: "msme", jurisdiction: "MY" },
    });
    expect(ok.response.status).toBe(201);
    const other = await c.POST("/api/v1/organisations", {
      body: { name: "บริษัท ตัวอย่าง", type: "company", jurisdiction: "TH" },
    });
    expect(other.error).toMatchObject({ code: "forbidden" });
    const dup = await c.POST("/api/v1/organisations", {
      body: { name: "syarikat contoh", type: "msme", jurisdiction: "MY" },
    });
    expect(dup.error).toMatchObject({ code: "conflict", errors: [{ field: "name" }] });
    const bad = await c.POST("/api/v1/organisations", {
      body: { name: "X", type: "company", jurisdiction: "XX" },
    });
    expect(bad.error).toMatchObject({ code: "invalid_input", errors: [{ field: "jurisdiction" }] });
  });

  it("search ignores accents and case", async () => {
    const admin = await makeUser(node.ctx, { nodeAdmin: true });
    const c = node.as(await signIn(node.app, admin));
    await c.POST("/api/v1/organisations", {
      body: { name: "Công ty Trí tuệ Nhân tạo", type: "company", jurisdiction: "VN" },
    });
    const r = await c.GET("/api/v1/organisations", { params: { query: { q: "cong ty tri tue" } } });
    expect(r.data!.items.map((o) => o.name)).toContain("Công ty Trí tuệ Nhân tạo");
  });

  it("org admins rename their own organisation, not others", async () => {
    const a = await makeOrg(node.ctx, "company", "ID");
    const b = await makeOrg(node.ctx, "company", "ID");
    const oa = await makeUser(node.ctx, { orgId: a.id, role: "org-admin" });
    const c = node.as(await signIn(node.app, oa));
    expect(
      (
        await c.PATCH("/api/v1/organisations/{id}", {
          params: { path: { id: a.id } },
          body: { name: "PT Baru" },
        })
      ).data?.name,
    ).toBe("PT Baru");
    const r = await c.PATCH("/api/v1/organisations/{id}", {
      params: { path: { id: b.id } },
      body: { name: "Taken over" },
    });
    expect(r.response.status).toBe(404);
  });
});

describe("users and memberships", () => {
  it("an org admin adds a member to its organisation; roles must fit the organisation", async () => {
    const org = await makeOrg(node.ctx, "company", "PH");
    const oa = await makeUser(node.ctx, { orgId: org.id, role: "org-admin" });
    const c = node.as(await signIn(node.app, oa));
    const created = await c.POST("/api/v1/users", {
      body: {
        email: "New.Member@Test.example",
        displayName: "Juan dela Cruz",
        password: "correct-horse-battery",
        locale: "fil",
        membership: { orgId: org.id, role: "org-member" },
      },
    });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({
      email: "new.member@test.example",
      locale: "fil",
      memberships: [{ orgId: org.id, role: "org-member" }],
    });
    const wrongRole = await c.POST("/api/v1/users", {
      body: {
        email: "r@test.example",
        displayName: "R",
        membership: { orgId: org.id, role: "regulator-analyst" },
      },
    });
    expect(wrongRole.error).toMatchObject({ code: "invalid_input", errors: [{ field: "role" }] });
    const nodeAdmin = await c.POST("/api/v1/users", {
      body: { email: "na@test.example", displayName: "N", nodeRole: "node-admin" },
    });
    expect(nodeAdmin.error).toMatchObject({ code: "forbidden" });
    const dup = await c.POST("/api/v1/users", {
      body: {
        email: "new.member@test.example",
        displayName: "Dup",
        membership: { orgId: org.id, role: "org-member" },
      },
    });
    expect(dup.error).toMatchObject({ code: "conflict", errors: [{ field: "email" }] });

    const list = await c.GET("/api/v1/users", { params: { query: { orgId: org.id } } });
    expect(list.data!.items.map((u) => u.email).sort()).toEqual([oa.email, "new.member@test.example"].sort());

    const removed = await c.DELETE("/api/v1/organisations/{id}/members/{userId}", {
      params: { path: { id: org.id, userId: created.data!.id } },
    });
    expect(removed.response.status).toBe(204);
  });

  it("keeps at least one active node administrator", async () => {
    const fresh = await startTestNode();
    try {
      const only = await makeUser(fresh.ctx, { nodeAdmin: true });
      const c = fresh.as(await signIn(fresh.app, only));
      const r = await c.PATCH("/api/v1/users/{id}", {
        params: { path: { id: only.id } },
        body: { nodeRole: null },
      });
      expect(r.error).toMatchObject({ code: "conflict" });
    } finally {
      await fresh.close();
    }
  });

  it("a user changes their own display name and language", async () => {
    const u = await makeUser(node.ctx);
    const c = node.as(await signIn(node.app, u));
    const r = await c.PATCH("/api/v1/me", { body: { locale: "th", displayName: "สมชาย" } });
    expect(r.data).toMatchObject({ locale: "th", displayName: "สมชาย" });
    expect((await c.GET("/api/v1/me")).data?.locale).toBe("th");
    const bad = await c.PATCH("/api/v1/me", { body: { locale: "xx" as "th" } });
    expect(bad.error).toMatchObject({ code: "invalid_input", errors: [{ field: "locale" }] });
  });
});
