import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Auth, makeOrg, makeUser, signIn, startTestNode, type TestNode } from "../../../test/helpers.ts";

let node: TestNode;
let analyst: Auth;

const report = (over: Record<string, unknown>) => ({
  lang: "en",
  aiRelation: ["direct-cause"],
  reporter: { stakeholderGroup: "journalist", relation: "informed-third-party" },
  occurredFrom: "2026-05",
  countries: ["ID"],
  evidence: [{ url: `https://news.example/${Math.random().toString(36).slice(2)}` }],
  severity: "incident",
  harmTypes: ["economic-property"],
  ...over,
});

beforeAll(async () => {
  node = await startTestNode();
  const sec = await makeOrg(node.ctx, "secretariat", "ASEAN");
  analyst = await signIn(node.app, await makeUser(node.ctx, { orgId: sec.id, role: "regulator-analyst" }));
});
afterAll(() => node.close());

describe("entities", () => {
  it("creates entities with aliases, finds them by name or alias, refuses a name already taken", async () => {
    const a = node.as(analyst);
    const created = await a.POST("/api/v1/entities", {
      body: {
        name: "KreditKilat",
        kind: "company",
        aliases: ["PT Kredit Kilat Indonesia", "kreditkilat", "Kredit Kilat App"],
        country: "ID",
        url: "https://kreditkilat.example",
      },
    });
    expect(created.response.status).toBe(201);
    // The alias equal to the name (once folded) is dropped.
    expect(created.data!.aliases).toEqual(["Kredit Kilat App", "PT Kredit Kilat Indonesia"]);
    for (const q of ["kreditkil", "kredit kilat indonesia", "PT Kredit"]) {
      const found = await a.GET("/api/v1/entities", { params: { query: { q } } });
      expect(
        found.data!.items.map((e) => e.id),
        q,
      ).toContain(created.data!.id);
    }
    const taken = await a.POST("/api/v1/entities", {
      body: { name: "Kredit-Kilat App", kind: "company" },
    });
    expect(taken.response.status).toBe(409);
    expect((taken.error as { errors: { field: string; message: string }[] }).errors[0]).toEqual({
      field: "name",
      message: `already used by entity ${created.data!.id}`,
    });
    const bad = await a.POST("/api/v1/entities", {
      body: { name: "X Corp", kind: "company", country: "Indonesia" } as never,
    });
    expect(bad.response.status).toBe(400);
    expect((bad.error as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(["country"]);
    // Not for the public, nor for organisations.
    expect((await node.client.GET("/api/v1/entities", { params: { query: {} } })).response.status).toBe(401);
  });

  it("links entities to an incident with roles; search and duplicate detection use their aliases", async () => {
    const a = node.as(analyst);
    const dev = await a.POST("/api/v1/entities", {
      body: { name: "Nusantara AI Labs", kind: "company", aliases: ["NusaLabs"] },
    });
    const bank = await a.POST("/api/v1/entities", {
      body: { name: "DanaCepat", kind: "company", aliases: ["PT Dana Cepat Sejahtera"] },
    });
    const borrowers = await a.POST("/api/v1/entities", {
      body: { name: "DanaCepat borrowers", kind: "people" },
    });
    const first = await a.POST("/api/v1/reports", {
      body: report({
        title: "Lending app's voice bot threatened borrowers",
        description:
          "A lending app's AI voice bot called borrowers at night with threats and insults about late repayments, according to a consumer group.",
      }) as never,
    });
    const second = await a.POST("/api/v1/reports", {
      body: report({
        lang: "id",
        title: "Penagihan otomatis mengancam peminjam",
        description:
          "Sistem penagihan berbasis kecerdasan buatan milik PT Dana Cepat Sejahtera menelepon peminjam tengah malam dengan ancaman dan hinaan.",
      }) as never,
    });
    const [x, y] = [first.data!.incidentId, second.data!.incidentId];
    const dupsOfY = async () =>
      (await a.GET("/api/v1/incidents/{id}/duplicates", { params: { path: { id: y } } })).data!;
    expect((await dupsOfY()).map((d) => d.id)).not.toContain(x);

    const unknown = await a.PUT("/api/v1/incidents/{id}/entities", {
      params: { path: { id: x } },
      body: { links: [{ entityId: "01900000-0000-7000-8000-000000000000", role: "developer" }] },
    });
    expect(unknown.response.status).toBe(400);
    expect((unknown.error as { errors: { field: string }[] }).errors[0]!.field).toBe("links.0.entityId");

    const linked = await a.PUT("/api/v1/incidents/{id}/entities", {
      params: { path: { id: x } },
      body: {
        links: [
          { entityId: dev.data!.id, role: "developer" },
          { entityId: bank.data!.id, role: "deployer" },
          { entityId: borrowers.data!.id, role: "harmed" },
        ],
      },
    });
    expect(linked.data!.map((l) => [l.name, l.role])).toEqual([
      ["DanaCepat", "deployer"],
      ["DanaCepat borrowers", "harmed"],
      ["Nusantara AI Labs", "developer"],
    ]);
    // Analysts find the incident by an alias of its entities, in no text of it.
    const byAlias = await a.GET("/api/v1/incidents", { params: { query: { q: "NusaLabs" } } });
    expect(byAlias.data!.items.map((i) => i.id)).toEqual([x]);
    // The Indonesian report names the deployer by its legal name, an alias: now a likely duplicate.
    const dup = (await dupsOfY()).find((d) => d.id === x);
    expect(dup?.reasons).toContainEqual(
      expect.objectContaining({ kind: "entity", detail: "same danacepat" }),
    );
  });

  it("merges two entities: names become aliases, links move, the old id redirects, all audited", async () => {
    const a = node.as(analyst);
    const one = await a.POST("/api/v1/entities", {
      body: { name: "FaceScan Vision", kind: "company", country: "VN" },
    });
    const two = await a.POST("/api/v1/entities", {
      body: {
        name: "FaceScan Vision JSC",
        kind: "company",
        aliases: ["Cong ty FaceScan"],
        url: "https://fs.example",
      },
    });
    const inc = await a.POST("/api/v1/reports", {
      body: report({
        title: "Face recognition gate refused entry to workers",
        description:
          "A face recognition gate at a factory refused entry to dozens of workers with darker skin.",
        countries: ["VN"],
      }) as never,
    });
    const id = inc.data!.incidentId;
    await a.PUT("/api/v1/incidents/{id}/entities", {
      params: { path: { id } },
      body: {
        links: [
          { entityId: one.data!.id, role: "developer" },
          { entityId: two.data!.id, role: "developer" },
          { entityId: two.data!.id, role: "deployer" },
        ],
      },
    });
    const merged = await a.POST("/api/v1/entities/{id}/merge", {
      params: { path: { id: one.data!.id } },
      body: { into: two.data!.id },
    });
    expect(merged.data).toMatchObject({
      id: two.data!.id,
      name: "FaceScan Vision JSC",
      aliases: ["Cong ty FaceScan", "FaceScan Vision"],
      country: "VN",
      url: "https://fs.example",
      incidentCount: 1,
    });
    const moved = await node.app.inject({
      url: `/api/v1/entities/${one.data!.id}`,
      headers: { cookie: (analyst as { cookie: string }).cookie },
    });
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe(`/api/v1/entities/${two.data!.id}`);
    const links = await a.GET("/api/v1/incidents/{id}/entities", { params: { path: { id } } });
    expect(links.data!.map((l) => [l.entityId, l.role])).toEqual([
      [two.data!.id, "deployer"],
      [two.data!.id, "developer"],
    ]);
    // The merged entity is gone from lists, and its id stands for the other when linking.
    const listed = await a.GET("/api/v1/entities", { params: { query: { q: "FaceScan" } } });
    expect(listed.data!.items.map((e) => e.id)).toEqual([two.data!.id]);
    const relinked = await a.PUT("/api/v1/incidents/{id}/entities", {
      params: { path: { id } },
      body: { links: [{ entityId: one.data!.id, role: "user" }] },
    });
    expect(relinked.data!.map((l) => l.entityId)).toEqual([two.data!.id]);
    expect(
      (
        await a.PATCH("/api/v1/entities/{id}", {
          params: { path: { id: one.data!.id } },
          body: { name: "Renamed" },
        })
      ).response.status,
    ).toBe(409);
    const audit = await node.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("target_id", "in", [one.data!.id, two.data!.id])
      .orderBy("seq")
      .execute();
    expect(audit.map((r) => r.action)).toEqual(["entity.create", "entity.create", "entity.merge"]);
  });

  it("edits an entity's aliases, and the incidents linked to it are found by the new alias", async () => {
    const a = node.as(analyst);
    const e = await a.POST("/api/v1/entities", { body: { name: "MedAssist Health", kind: "company" } });
    const inc = await a.POST("/api/v1/reports", {
      body: report({
        title: "Symptom checker missed stroke signs",
        description: "An AI symptom checker told several patients with stroke signs to rest at home.",
        harmTypes: ["physical"],
      }) as never,
    });
    const id = inc.data!.incidentId;
    await a.PUT("/api/v1/incidents/{id}/entities", {
      params: { path: { id } },
      body: { links: [{ entityId: e.data!.id, role: "developer" }] },
    });
    const edited = await a.PATCH("/api/v1/entities/{id}", {
      params: { path: { id: e.data!.id } },
      body: { aliases: ["โรงพยาบาลเมดแอสซิสต์"], kind: "academic" },
    });
    expect(edited.data).toMatchObject({ kind: "academic", aliases: ["โรงพยาบาลเมดแอสซิสต์"] });
    const found = await a.GET("/api/v1/incidents", { params: { query: { q: "โรงพยาบาล" } } });
    expect(found.data!.items.map((i) => i.id)).toContain(id);
  });
});
