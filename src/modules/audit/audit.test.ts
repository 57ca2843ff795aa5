import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrg, makeUser, signIn, startTestNode, type TestNode } from "../../../test/helpers.ts";
import { verifyAuditChain } from "../../platform/audit.ts";

let node: TestNode;
beforeAll(async () => {
  node = await startTestNode();
});
afterAll(() => node.close());

/** Edits the append-only table the way someone with database access would: with the guard trigger off. */
const tamper = async (statement: ReturnType<typeof sql>) => {
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(node.ctx.db);
  await statement.execute(node.ctx.db);
  await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(node.ctx.db);
};

describe("audit trail", () => {
  it("records every change by a person and by a token, and can be browsed and filtered", async () => {
    const admin = await makeUser(node.ctx, { nodeAdmin: true });
    const s = await signIn(node.app, admin);
    const c = node.as(s);
    const org = await c.POST("/api/v1/organisations", {
      body: { name: "Audited Co", type: "company", jurisdiction: "BN" },
    });
    const tok = await c.POST("/api/v1/me/tokens", { body: { name: "bot", scopes: ["write"] } });
    await node
      .as({ token: tok.data!.token })
      .PATCH("/api/v1/me", { body: { displayName: "Changed by bot" } });

    const byAction = await c.GET("/api/v1/audit", {
      params: { query: { action: "organisation.create", targetId: org.data!.id } },
    });
    expect(byAction.data!.items).toHaveLength(1);
    expect(byAction.data!.items[0]).toMatchObject({
      actorType: "user",
      actorLabel: admin.email,
      targetType: "organisation",
    });

    const byToken = await c.GET("/api/v1/audit", {
      params: { query: { action: "user.", actor: admin.email } },
    });
    expect(byToken.data!.items[0]).toMatchObject({
      action: "user.profile",
      actorType: "token",
      actorLabel: `${admin.email} (token bot)`,
    });
    const prefixes = (
      await c.GET("/api/v1/audit", { params: { query: { action: "auth." } } })
    ).data!.items.map((i) => i.action);
    expect(prefixes.every((a) => a.startsWith("auth."))).toBe(true);
    expect((await c.GET("/api/v1/audit/verify")).data).toMatchObject({ ok: true });
  });

  it("is append-only: the database refuses updates and deletes", async () => {
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(node.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(node.ctx.db)).rejects.toThrow(/append-only/);
  });

  it("detects an edited entry, naming it", async () => {
    await makeOrg(node.ctx, "msme", "KH");
    const before = await verifyAuditChain(node.ctx.db);
    expect(before.ok).toBe(true);
    await tamper(sql`UPDATE audit_log SET actor_label = 'someone else' WHERE seq = 2`);
    const after = await verifyAuditChain(node.ctx.db);
    expect(after).toMatchObject({
      ok: false,
      broken: { seq: "2", reason: "entry was altered (hash mismatch)" },
    });
  });
});

describe("audit chain deletions", () => {
  it("detects a deleted middle entry and a deleted last entry", async () => {
    const n = await startTestNode();
    try {
      for (const j of ["LA", "MM", "TL", "VN"]) await makeOrg(n.ctx, "company", j);
      const total = (await verifyAuditChain(n.ctx.db)).entries;
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(n.ctx.db);
      await sql`DELETE FROM audit_log WHERE seq = ${total}`.execute(n.ctx.db);
      expect(await verifyAuditChain(n.ctx.db)).toMatchObject({ ok: false, broken: { seq: String(total) } });
      await sql`DELETE FROM audit_log WHERE seq = 2`.execute(n.ctx.db);
      expect(await verifyAuditChain(n.ctx.db)).toMatchObject({
        ok: false,
        broken: { seq: "2", reason: "entry 2 is missing" },
      });
    } finally {
      await n.close();
    }
  });
});
