import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Auth,
  eventually,
  type ListeningNode,
  linkNodes,
  makeOrg,
  makeUser,
  signIn,
  startListeningNode,
} from "../../../test/helpers.ts";
import { uuidv7 } from "../../platform/ids.ts";
import { nodeSigningKey } from "../tenancy/tenancy.service.ts";
import * as federation from "./federation.service.ts";
import { pullPeer } from "./sync.ts";
import { signedFetch } from "./transport.ts";

// Three real nodes on loopback ports: Malaysia peers with Singapore, Singapore with Thailand
// (Thailand is not a peer of Malaysia). What Malaysia's modules share travels over real HTTP.
let my: ListeningNode;
let sg: ListeningNode;
let th: ListeningNode;
let orgAdmin: Auth;
let orgMember: Auth;
let orgId: string;
let systemId: string;
let sgAnalyst: Auth;

const admin = (n: ListeningNode) => n.as(n.admin);
const received = (n: ListeningNode, id: string) =>
  n.ctx.db.selectFrom("federation_records").selectAll().where("id", "=", id).executeTakeFirst();
const audited = async (n: ListeningNode, action: string, targetId: string) =>
  (
    await n.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", action)
      .where("target_id", "=", targetId)
      .execute()
  ).length;

beforeAll(async () => {
  my = await startListeningNode("MY", "Malaysia node");
  sg = await startListeningNode("SG", "Singapore node");
  th = await startListeningNode("TH", "Thailand node");
  await linkNodes(my, sg);
  await linkNodes(sg, th);
  const org = await makeOrg(my.ctx, "msme", "MY", "Kedai Pintar Sdn Bhd");
  orgId = org.id;
  orgAdmin = await signIn(my.app, await makeUser(my.ctx, { orgId, role: "org-admin" }));
  orgMember = await signIn(my.app, await makeUser(my.ctx, { orgId, role: "org-member" }));
  const regulator = await makeOrg(sg.ctx, "regulator", "SG");
  sgAnalyst = await signIn(
    sg.app,
    await makeUser(sg.ctx, { orgId: regulator.id, role: "regulator-analyst" }),
  );
  const s = await my.as(orgAdmin).POST("/api/v1/systems", {
    body: {
      orgId,
      name: "Loan screening assistant",
      purpose: "Ranks small-business loan applications for a human officer",
      sectors: ["K6419"],
      deploymentCountries: ["MY", "SG"],
      lifecycleStage: "operation",
      aiType: "traditional-ml",
      affectedScale: "thousands",
      decisionImpact: "significant",
      humanInvolvement: "human-in-the-loop",
      useCases: ["credit-scoring"],
      status: "in-use",
    },
  });
  if (!s.data) throw new Error(`system: ${JSON.stringify(s.error)}`);
  systemId = s.data.id;
}, 90_000);
afterAll(() => Promise.all([my, sg, th].map((n) => n?.close())));

describe("assessment summaries an organisation chooses to share", () => {
  it("shares a summary (never answers' explanations or evidence), re-shares a new version after answers change, and withdraws it", async () => {
    const c = my.as(orgAdmin);
    const created = await c.POST("/api/v1/assessments", { body: { systemId, jurisdictions: ["MY"] } });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    const qs = await c.GET("/api/v1/assessments/{id}/questions", { params: { path: { id } } });
    const [q1, q2] = qs.data!.questions;
    const secret = "Our confidential practice: the model is retrained by Alice every Friday";
    await c.POST("/api/v1/assessments/{id}/answers", {
      params: { path: { id } },
      body: {
        question: q1!.key,
        result: "met",
        explanation: secret,
        evidence: [{ url: "https://kedai.example/internal/policy.pdf" }],
      },
    });

    // An organisation member may not share; an unknown sharing group is refused naming the field.
    const member = await my.as(orgMember).POST("/api/v1/assessments/{id}/share", {
      params: { path: { id } },
      body: { tlp: "green", distribution: 3 },
    });
    expect(member.response.status).toBe(403);
    expect(member.response.headers.get("content-type")).toContain("application/problem+json");
    const badGroup = await c.POST("/api/v1/assessments/{id}/share", {
      params: { path: { id } },
      body: { tlp: "green", distribution: 4, sharingGroupId: uuidv7() },
    });
    expect(badGroup.response.status).toBe(400);
    expect(badGroup.error!.errors![0]!.field).toBe("sharingGroupId");
    expect(await received(my, id)).toBeUndefined(); // nothing half-written

    // Before sharing: the preview says exactly who would receive it.
    const preview = await c.POST("/api/v1/assessments/{id}/share/preview", {
      params: { path: { id } },
      body: { tlp: "green", distribution: 3 },
    });
    expect(preview.data!.recipients).toEqual([
      expect.objectContaining({ nodeId: sg.nodeId, send: true, as: "record", organisations: "all" }),
    ]);
    const redPreview = await c.POST("/api/v1/assessments/{id}/share/preview", {
      params: { path: { id } },
      body: { tlp: "red", distribution: 3 },
    });
    expect(redPreview.data!.recipients[0]!.send).toBe(false);

    const shared = await c.POST("/api/v1/assessments/{id}/share", {
      params: { path: { id } },
      body: { tlp: "green", distribution: 3 },
    });
    expect(shared.response.status).toBe(200);
    expect(shared.data!.shared).toMatchObject({ recordId: id, version: 1, tlp: "green", retracted: false });
    expect(await audited(my, "assessment.share", id)).toBe(1);

    const atSg = await eventually(() => received(sg, id), 5000, "summary at Singapore");
    expect(atSg).toMatchObject({ type: "assessment-summary", origin_node: my.nodeId, owner_org: orgId });
    const content = atSg.content as Record<string, unknown>;
    expect(content).toMatchObject({
      system: { name: "Loan screening assistant", purpose: expect.stringContaining("loan applications") },
      organisation: { name: "Kedai Pintar Sdn Bhd" },
      jurisdictions: ["MY"],
      questionsAnswered: 1,
    });
    // The figures are the assessment's own coverage, framework by framework.
    const cov = await c.GET("/api/v1/assessments/{id}/coverage", { params: { path: { id } } });
    expect(content.frameworks).toEqual(
      cov.data!.frameworks.map((f) =>
        expect.objectContaining({
          frameworkId: f.frameworkId,
          met: f.counts.met,
          partiallyMet: f.counts["partially-met"],
          notMet: f.counts["not-met"],
          notApplicable: f.counts["not-applicable"],
          unanswered: f.counts.unanswered,
        }),
      ),
    );
    expect(JSON.stringify(content.frameworks)).not.toContain("controlId");
    const wire = JSON.stringify(atSg.content);
    expect(wire).not.toContain("Alice");
    expect(wire).not.toContain("kedai.example");
    // Relayed onwards (distribution 3) to Thailand, a peer of Singapore only.
    await eventually(() => received(th, id), 5000, "summary relayed to Thailand");

    // Sharing again with nothing changed keeps the version; after an answer changes, a new version.
    const same = await c.POST("/api/v1/assessments/{id}/share", {
      params: { path: { id } },
      body: { tlp: "green", distribution: 3 },
    });
    expect(same.data!.shared!.version).toBe(1);
    await c.POST("/api/v1/assessments/{id}/answers", {
      params: { path: { id } },
      body: { question: q2!.key, result: "not-met", explanation: "Not yet in place.", evidence: [] },
    });
    const again = await c.POST("/api/v1/assessments/{id}/share", {
      params: { path: { id } },
      body: { tlp: "green", distribution: 3 },
    });
    expect(again.data!.shared!.version).toBe(2);
    await eventually(async () => (await received(sg, id))?.version === 2, 5000, "version 2 at Singapore");

    const withdrawn = await c.DELETE("/api/v1/assessments/{id}/share", { params: { path: { id } } });
    expect(withdrawn.data!.shared!.retracted).toBe(true);
    expect(await audited(my, "assessment.unshare", id)).toBe(1);
    await eventually(
      async () => (await received(sg, id))?.retracted === true,
      5000,
      "retracted at Singapore",
    );
    await eventually(async () => {
      const r = await received(th, id);
      return r && (r.retracted || r.removed) && r.content === null;
    });
    const twice = await c.DELETE("/api/v1/assessments/{id}/share", { params: { path: { id } } });
    expect(twice.response.status).toBe(409);
  });
});

describe("footprint reports", () => {
  it("shares a submitted report's figures, and only once submitted", async () => {
    const c = my.as(orgAdmin);
    const report = await c.POST("/api/v1/systems/{id}/footprints", {
      params: { path: { id: systemId } },
      body: {
        periodStart: "2026-01-01",
        periodEnd: "2026-06-30",
        workload: {
          kind: "inference",
          country: "MY",
          requests: 200_000,
          outputTokensPerRequest: 300,
          activeParamsBillions: 8,
          pue: 1.3,
        },
      },
    });
    expect(report.response.status).toBe(201);
    const id = report.data!.id;
    const early = await c.POST("/api/v1/footprints/{id}/share", {
      params: { path: { id } },
      body: { tlp: "clear", distribution: 3 },
    });
    expect(early.response.status).toBe(409);
    await c.POST("/api/v1/footprints/{id}/submit", {
      params: { path: { id } },
      body: { jurisdiction: "MY" },
    });
    const member = await my.as(orgMember).POST("/api/v1/footprints/{id}/share", {
      params: { path: { id } },
      body: { tlp: "clear", distribution: 3 },
    });
    expect(member.response.status).toBe(403);

    const shared = await c.POST("/api/v1/footprints/{id}/share", {
      params: { path: { id } },
      body: { tlp: "clear", distribution: 3 },
    });
    expect(shared.data!.shared).toMatchObject({ recordId: id, version: 1 });
    expect(await audited(my, "footprint.share", id)).toBe(1);
    const atSg = await eventually(() => received(sg, id), 5000, "report at Singapore");
    expect(atSg.type).toBe("footprint-report");
    expect(atSg.content).toMatchObject({
      system: { name: "Loan screening assistant" },
      country: "MY",
      period: { start: "2026-01-01", end: "2026-06-30" },
      methodTier: report.data!.methodTier,
      energyKWh: report.data!.energyKWh,
      co2eKg: { locationBased: report.data!.co2eKg, marketBased: report.data!.co2eMarketKg },
      waterLitres: report.data!.waterLitres,
    });
    // No personal data: not the author, nor the free-form details of the estimate.
    expect(JSON.stringify(atSg.content)).not.toContain("@test.example");
    expect(atSg.content).not.toHaveProperty("details");
  });
});

describe("frameworks and crosswalks of the library", () => {
  it("a node administrator shares a release with its crosswalks; peers keep them as records, not in their library", async () => {
    const hub = "asean-guide-2024";
    const libraryAtSg = (await sg.client.GET("/api/v1/frameworks")).data!.length;
    const denied = await my.as(orgAdmin).POST("/api/v1/frameworks/{id}/share", {
      params: { path: { id: hub } },
      body: { tlp: "clear", distribution: 3 },
    });
    expect(denied.response.status).toBe(403);
    const unknown = await admin(my).POST("/api/v1/frameworks/{id}/share", {
      params: { path: { id: "no-such-framework" } },
      body: { tlp: "clear", distribution: 3 },
    });
    expect(unknown.response.status).toBe(404);

    // Before sharing: not shared; the preview names Singapore (Malaysia's one peer) as a receiver.
    const before = await admin(my).GET("/api/v1/frameworks/{id}/share", { params: { path: { id: hub } } });
    expect(before.data!.shared).toBeNull();
    expect(
      (await my.as(orgAdmin).GET("/api/v1/frameworks/{id}/share", { params: { path: { id: hub } } })).response
        .status,
    ).toBe(403);
    const preview = await admin(my).POST("/api/v1/frameworks/{id}/share/preview", {
      params: { path: { id: hub } },
      body: { tlp: "clear", distribution: 2, sharingGroupId: null },
    });
    expect(preview.data!.recipients.filter((r) => r.send && r.as === "record").map((r) => r.nodeId)).toEqual([
      sg.nodeId,
    ]);

    const shared = await admin(my).POST("/api/v1/frameworks/{id}/share", {
      params: { path: { id: hub } },
      body: { tlp: "clear", distribution: 2 },
    });
    expect(shared.response.status).toBe(200);
    const after = await admin(my).GET("/api/v1/frameworks/{id}/share", { params: { path: { id: hub } } });
    expect(after.data!.shared).toMatchObject({ version: 1, tlp: "clear", distribution: 2, retracted: false });
    const fw = shared.data!.records.find((r) => r.type === "framework")!;
    expect(fw).toMatchObject({ key: hub, version: 1 });
    const crosswalks = shared.data!.records.filter((r) => r.type === "crosswalk");
    expect(crosswalks.length).toBeGreaterThan(0);
    expect(await audited(my, "framework.share", hub)).toBe(1);

    const framework = (await my.client.GET("/api/v1/frameworks/{id}", { params: { path: { id: hub } } }))
      .data!;
    const atSg = await eventually(() => received(sg, fw.recordId), 5000, "framework at Singapore");
    const content = atSg.content as {
      framework: { id: string; version: string };
      catalog: { catalog: { uuid: string } };
    };
    expect(content.framework).toMatchObject({ id: hub, version: framework.version });
    const oscal = (await my.client.GET("/api/v1/frameworks/{id}/oscal", { params: { path: { id: hub } } }))
      .data as { catalog: { uuid: string } };
    expect(content.catalog.catalog.uuid).toBe(oscal.catalog.uuid);
    for (const cw of crosswalks)
      await eventually(() => received(sg, cw.recordId), 5000, "crosswalk at Singapore");
    const listed = await admin(sg).GET("/api/v1/federation/records", {
      params: { query: { origin: "received", type: "framework" } },
    });
    expect(listed.data!.items.map((r) => r.id)).toContain(fw.recordId);
    expect((await sg.client.GET("/api/v1/frameworks")).data!.length).toBe(libraryAtSg);
    // Distribution 2: one hop only, so Thailand gets nothing.
    expect(await received(th, fw.recordId)).toBeUndefined();

    // Sharing again reuses the same record id (a new version only when something changed).
    const again = await admin(my).POST("/api/v1/frameworks/{id}/share", {
      params: { path: { id: hub } },
      body: { tlp: "clear", distribution: 3 },
    });
    expect(again.data!.records.find((r) => r.type === "framework")).toMatchObject({
      recordId: fw.recordId,
      version: 2,
    });
    // The same sharing once more: nothing changed, so no record gets a new version (an exported
    // crosswalk is the same document each time: UUIDs named after the stored crosswalks).
    const same = await admin(my).POST("/api/v1/frameworks/{id}/share", {
      params: { path: { id: hub } },
      body: { tlp: "clear", distribution: 3 },
    });
    expect(same.data!.records).toEqual(again.data!.records);
    expect(again.data!.records.filter((r) => r.type === "crosswalk").map((r) => r.version)).toEqual(
      crosswalks.map(() => 2),
    );
    const withdrawn = await admin(my).DELETE("/api/v1/frameworks/{id}/share", {
      params: { path: { id: hub } },
    });
    expect(withdrawn.data!.records.map((r) => r.recordId)).toContain(fw.recordId);
    await eventually(async () => (await received(sg, fw.recordId))?.retracted === true, 5000, "withdrawn");
  });
});

describe("proposals and corroborations go back to the origin", () => {
  it("a peer's analyst corroborates and proposes; the origin re-checks the policy, stores, audits and decides", async () => {
    const id = uuidv7();
    await my.ctx.db.transaction().execute((trx) =>
      federation.shareLocal(my.ctx, trx, {
        id,
        type: "incident",
        ownerOrg: "node",
        title: "Chatbot gave wrong loan advice",
        content: { title: "Chatbot gave wrong loan advice" },
        sharing: { tlp: "green", distribution: 3, sharingGroupId: null, residency: null },
        containsPersonalData: false,
        personalDataRedacted: false,
      }),
    );
    federation.scheduleNotify(my.ctx);
    await eventually(() => received(sg, id), 5000, "record at Singapore");
    await eventually(() => received(th, id), 5000, "record relayed to Thailand");

    const sent = await sg.as(sgAnalyst).POST("/api/v1/federation/records/{id}/proposals", {
      params: { path: { id } },
      body: { kind: "corroboration", note: "We saw the same chatbot behaviour at two Singapore banks." },
    });
    expect(sent.response.status).toBe(201);
    expect(sent.data).toMatchObject({ direction: "out", toNode: my.nodeId, status: "open" });
    const proposal = await admin(sg).POST("/api/v1/federation/records/{id}/proposals", {
      params: { path: { id } },
      body: {
        kind: "proposal",
        note: "The affected sector should be K6419.",
        changes: { sector: "K6419" },
      },
    });
    expect(proposal.response.status).toBe(201);

    const incoming = await admin(my).GET("/api/v1/federation/proposals", {
      params: { query: { direction: "in", recordId: id } },
    });
    expect(incoming.data!.map((p) => [p.kind, p.fromNode, p.status]).sort()).toEqual([
      ["corroboration", sg.nodeId, "open"],
      ["proposal", sg.nodeId, "open"],
    ]);
    const prop = incoming.data!.find((p) => p.kind === "proposal")!;
    expect(prop.changes).toEqual({ sector: "K6419" });
    expect(await audited(my, "federation.proposal.receive", id)).toBe(1);
    expect(await audited(my, "federation.corroboration.receive", id)).toBe(1);
    // The proposal changed nothing by itself.
    expect((await received(my, id))!.version).toBe(1);

    const decided = await admin(my).POST("/api/v1/federation/proposals/{id}/decision", {
      params: { path: { id: prop.id } },
      body: { decision: "decline", note: "The sector is already correct." },
    });
    expect(decided.data).toMatchObject({
      status: "declined",
      decisionNote: "The sector is already correct.",
    });
    const twice = await admin(my).POST("/api/v1/federation/proposals/{id}/decision", {
      params: { path: { id: prop.id } },
      body: { decision: "accept" },
    });
    expect(twice.response.status).toBe(409);
    // Singapore, which sent it, is told the decision.
    const outAtSg = await admin(sg).GET("/api/v1/federation/proposals", {
      params: { query: { direction: "out", recordId: id } },
    });
    expect(outAtSg.data!.find((p) => p.id === prop.id)).toMatchObject({
      status: "declined",
      decidedBy: "Malaysia node",
      decisionNote: "The sector is already correct.",
    });
    expect(outAtSg.data!.find((p) => p.kind === "corroboration")!.status).toBe("open");
    expect(decided.data!.outcomeSentAt).not.toBeNull();

    // Singapore cannot be reached when the corroboration is decided: it is told after Malaysia's
    // next successful pull from it.
    const corroboration = incoming.data!.find((p) => p.kind === "corroboration")!;
    const peerUrl = (await my.ctx.db
      .selectFrom("federation_peers")
      .select("url")
      .where("node_id", "=", sg.nodeId)
      .executeTakeFirstOrThrow())!.url;
    const setUrl = (url: string) =>
      my.ctx.db.updateTable("federation_peers").set({ url }).where("node_id", "=", sg.nodeId).execute();
    await setUrl("http://127.0.0.1:9");
    const offline = await admin(my).POST("/api/v1/federation/proposals/{id}/decision", {
      params: { path: { id: corroboration.id } },
      body: { decision: "accept", note: "Thank you." },
    });
    expect(offline.data).toMatchObject({ status: "accepted", outcomeSentAt: null });
    const sgView = async () =>
      (
        await admin(sg).GET("/api/v1/federation/proposals", {
          params: { query: { direction: "out", recordId: id } },
        })
      ).data!.find((p) => p.id === corroboration.id)!;
    expect((await sgView()).status).toBe("open");
    await setUrl(peerUrl);
    expect((await pullPeer(my.ctx, sg.nodeId)).ok).toBe(true);
    expect(await sgView()).toMatchObject({ status: "accepted", decisionNote: "Thank you." });
    const atMy = await admin(my).GET("/api/v1/federation/proposals", {
      params: { query: { direction: "in", recordId: id } },
    });
    expect(atMy.data!.find((p) => p.id === corroboration.id)!.outcomeSentAt).not.toBeNull();

    // Thailand received it through Singapore: Malaysia is not its peer, so it is told plainly.
    const relayed = await admin(th).POST("/api/v1/federation/records/{id}/proposals", {
      params: { path: { id } },
      body: { kind: "corroboration", note: "Seen in Bangkok too." },
    });
    expect(relayed.response.status).toBe(409);
    expect(relayed.error!.detail).toMatch(/not a direct active peer/);
  });

  it("the origin refuses a proposal from a peer the policy does not let hold the record, unsigned ones, and records it does not originate", async () => {
    const id = uuidv7();
    await my.ctx.db.transaction().execute((trx) =>
      federation.shareLocal(my.ctx, trx, {
        id,
        type: "incident",
        ownerOrg: "node",
        title: "Kept in Malaysia",
        content: { title: "Kept in Malaysia" },
        sharing: { tlp: "green", distribution: 1, sharingGroupId: null, residency: null },
        containsPersonalData: false,
        personalDataRedacted: false,
      }),
    );
    const sgKey = { keyId: sg.nodeId, key: await nodeSigningKey(sg.ctx) };
    const message = { id: uuidv7(), recordId: id, recordVersion: 1, kind: "corroboration", note: "Seen." };
    await expect(
      signedFetch(sgKey, "POST", `${my.url}/federation/v1/proposals`, { body: message }),
    ).rejects.toThrow(/sharing policy does not let node/);
    const refusals = await my.ctx.db
      .selectFrom("federation_sync_log")
      .selectAll()
      .where("direction", "=", "refused")
      .where("node_id", "=", sg.nodeId)
      .execute();
    expect(refusals.some((r) => r.detail?.includes(message.id))).toBe(true);
    expect(
      await my.ctx.db.selectFrom("federation_proposals").select("id").where("record_id", "=", id).execute(),
    ).toEqual([]);

    const unsigned = await fetch(`${my.url}/federation/v1/proposals`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(message),
    });
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get("content-type")).toContain("application/problem+json");

    await expect(
      signedFetch(sgKey, "POST", `${my.url}/federation/v1/proposals`, {
        body: { ...message, id: uuidv7(), recordId: uuidv7() },
      }),
    ).rejects.toThrow(/not the origin/);
    // Nor may a node claim the outcome of a proposal that was not sent to it.
    await expect(
      signedFetch(sgKey, "POST", `${my.url}/federation/v1/proposals/${uuidv7()}/outcome`, {
        body: { status: "accepted", note: null },
      }),
    ).rejects.toThrow(/no such proposal/);
  });
});

describe("the sync log", () => {
  it("keeps one line for a pull that brought nothing", async () => {
    const before = await my.ctx.db
      .selectFrom("federation_sync_log")
      .selectAll()
      .where("node_id", "=", sg.nodeId)
      .where("direction", "=", "pull")
      .execute();
    const r = await federation.pullFrom(my.ctx, sg.nodeId);
    expect(r).toMatchObject({ received: 0, retracted: 0, refused: 0 });
    const after = await my.ctx.db
      .selectFrom("federation_sync_log")
      .selectAll()
      .where("node_id", "=", sg.nodeId)
      .where("direction", "=", "pull")
      .orderBy("id", "desc")
      .execute();
    expect(after.length).toBe(before.length + 1);
    expect(after[0]).toMatchObject({ ok: true, detail: "nothing new", received: 0 });
  });
});
