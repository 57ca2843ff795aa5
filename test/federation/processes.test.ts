import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../helpers.ts";
import { createNode, link, type NodeProcess, seedRecords } from "./harness.ts";

/**
 * Four real node processes (Malaysia, Singapore, Thailand, Viet Nam), each with its own database,
 * talking signed HTTP on loopback ports: the scenarios end to end, including kill -9.
 */
const SEEDED = 5000;
let my: NodeProcess;
let sg: NodeProcess;
let th: NodeProcess;
let vn: NodeProcess;

/** Reports, triages, redacts and publishes an incident through the API; returns its id. */
async function publishIncident(
  n: NodeProcess,
  title: string,
  sharing: { tlp: "clear" | "green" | "amber" | "red"; distribution: number; sharingGroupId?: string },
) {
  const r = await n.client.POST("/api/v1/reports", {
    body: {
      lang: "en",
      title,
      description: `${title}: an AI system caused harm to customers of a Malaysian bank, as several news outlets reported in detail.`,
      aiRelation: ["direct-cause"],
      reporter: { stakeholderGroup: "journalist", relation: "informed-third-party" },
      occurredFrom: "2026-10",
      countries: ["MY"],
      evidence: [{ url: `https://news.example/${encodeURIComponent(title)}` }],
      severity: "incident",
      harmTypes: ["economic-property"],
    } as never,
  });
  const id = r.data!.incidentId;
  for (const to of ["triage", "in-review", "validated"] as const)
    await n.client.POST("/api/v1/incidents/{id}/transition", { params: { path: { id } }, body: { to } });
  const review = await n.client.GET("/api/v1/incidents/{id}/redactions", { params: { path: { id } } });
  for (const s of review.data!.suggestions)
    await n.client.POST("/api/v1/incidents/{id}/redactions", {
      params: { path: { id } },
      body: { kind: s.kind, text: s.text, decision: "redact" },
    });
  const p = await n.client.POST("/api/v1/incidents/{id}/publish", {
    params: { path: { id } },
    body: sharing,
  });
  if (p.response.status !== 200) throw new Error(`publish failed: ${JSON.stringify(p.error)}`);
  return id;
}

const held = async (n: NodeProcess, id: string) => {
  const r = await n.client.GET("/api/v1/federation/records/{id}", { params: { path: { id } } });
  return r.response.status === 200 ? r.data! : undefined;
};
const receivedTotal = async (n: NodeProcess) =>
  (await n.client.GET("/api/v1/federation/records", { params: { query: { origin: "received", limit: 1 } } }))
    .data!.total;

beforeAll(async () => {
  my = await createNode("MY", "Malaysia node");
  sg = await createNode("SG", "Singapore node");
  th = await createNode("TH", "Thailand node");
  vn = await createNode("VN", "Viet Nam node");
  seedRecords(my, SEEDED); // before its first start: many records to replicate
  await Promise.all([my, sg, th, vn].map((n) => n.start()));
}, 600_000);
afterAll(() => Promise.all([my, sg, th, vn].map((n) => n?.destroy())));

describe("federation between real node processes", () => {
  it("kill -9 during a sync: the restarted node resumes, nothing lost, nothing duplicated", async () => {
    await link(my, sg);
    // Singapore starts pulling Malaysia's records at once; kill it in the middle.
    const partial = await eventually(
      async () => {
        const t = await receivedTotal(sg);
        return t > 0 && t;
      },
      60_000,
      "first page at Singapore",
    );
    await sg.kill9();
    expect(partial).toBeLessThan(SEEDED);
    await sg.start();
    const total = await eventually(
      async () => {
        const t = await receivedTotal(sg);
        return t >= SEEDED && t;
      },
      120_000,
      "Singapore catching up",
    );
    expect(total).toBe(SEEDED);
    const peer = await sg.client.GET("/api/v1/federation/peers/{nodeId}", {
      params: { path: { nodeId: my.nodeId } },
    });
    expect(peer.data!.status).toBe("active");
  }, 300_000);

  let green: string;
  let amber: string;
  let red: string;
  it("GREEN to all, AMBER to a sharing group, RED never leaves; a retraction disappears everywhere within seconds", async () => {
    await link(my, th);
    await link(my, vn);
    await eventually(async () => (await receivedTotal(th)) >= SEEDED, 120_000, "Thailand catching up");
    await eventually(async () => (await receivedTotal(vn)) >= SEEDED, 120_000, "Viet Nam catching up");
    const group = await my.client.POST("/api/v1/federation/sharing-groups", {
      body: { name: "Financial-sector regulators", nodes: [sg.nodeId, th.nodeId] },
    });
    expect(group.response.status).toBe(201);
    green = await publishIncident(my, "Voice-cloning scam", { tlp: "green", distribution: 3 });
    amber = await publishIncident(my, "Loan-scoring model bias", {
      tlp: "amber",
      distribution: 4,
      sharingGroupId: group.data!.id,
    });
    red = await publishIncident(my, "Fraud ring under investigation", { tlp: "red", distribution: 3 });

    const started = Date.now();
    for (const n of [sg, th, vn]) await eventually(() => held(n, green), 10_000, `GREEN at ${n.name}`);
    for (const n of [sg, th]) await eventually(() => held(n, amber), 10_000, `AMBER at ${n.name}`);
    // Viet Nam pulled Malaysia's whole feed (the GREEN one came after the AMBER one): nothing of AMBER.
    const vnPeer = await vn.client.POST("/api/v1/federation/sync");
    expect(vnPeer.data!.peers.every((p) => p.ok)).toBe(true);
    expect(await held(vn, amber)).toBeUndefined();
    for (const n of [sg, th, vn]) expect(await held(n, red)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(10_000);

    const t0 = Date.now();
    await my.client.POST("/api/v1/incidents/{id}/transition", {
      params: { path: { id: green } },
      body: { to: "withdrawn" },
    });
    for (const n of [sg, th, vn])
      await eventually(async () => (await held(n, green))?.retracted, 10_000, `retraction at ${n.name}`);
    expect(Date.now() - t0).toBeLessThan(5_000);
    for (const n of [sg, th, vn]) expect((await held(n, green))!.content).toBeNull();
  }, 300_000);

  it("a revoked peer gets nothing more", async () => {
    const revoked = await my.client.POST("/api/v1/federation/peers/{nodeId}/actions", {
      params: { path: { nodeId: vn.nodeId } },
      body: { action: "revoke" },
    });
    expect(revoked.data!.status).toBe("revoked");
    await eventually(
      async () => {
        const p = await vn.client.GET("/api/v1/federation/peers/{nodeId}", {
          params: { path: { nodeId: my.nodeId } },
        });
        return p.data!.status === "revoked";
      },
      10_000,
      "Viet Nam told of the revocation",
    );
    const after = await publishIncident(my, "Chatbot leaked account numbers", {
      tlp: "green",
      distribution: 3,
    });
    await eventually(() => held(sg, after), 10_000, "Singapore receiving");
    await vn.client.POST("/api/v1/federation/sync");
    expect(await held(vn, after)).toBeUndefined();
  }, 120_000);

  it("an offline peer catches up with back-off once its peer is back", async () => {
    await th.stop();
    const missed = await publishIncident(my, "Recruitment screening bias", { tlp: "clear", distribution: 3 });
    await my.stop();
    await th.start();
    // Malaysia is down: Thailand's pulls fail and back off.
    const failing = await eventually(
      async () => {
        const p = await th.client.GET("/api/v1/federation/peers/{nodeId}", {
          params: { path: { nodeId: my.nodeId } },
        });
        return p.data!.failures >= 2 && p.data!;
      },
      30_000,
      "failures recorded at Thailand",
    );
    expect(failing.lastError).toMatch(/did not answer/);
    expect(new Date(failing.nextAttemptAt).getTime()).toBeGreaterThan(Date.now());
    await my.start();
    await eventually(() => held(th, missed), 60_000, "Thailand catching up");
    const ok = await th.client.GET("/api/v1/federation/peers/{nodeId}", {
      params: { path: { nodeId: my.nodeId } },
    });
    expect(ok.data!.failures).toBe(0);
    expect(ok.data!.lastError).toBeNull();
  }, 240_000);
});
