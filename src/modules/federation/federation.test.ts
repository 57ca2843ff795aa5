import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type ListeningNode, linkNodes, startListeningNode } from "../../../test/helpers.ts";
import { uuidv7 } from "../../platform/ids.ts";
import { nodeSigningKey } from "../tenancy/tenancy.service.ts";
import type { SharingT } from "./federation.schemas.ts";
import * as federation from "./federation.service.ts";
import { pullPeer, triggerPull } from "./sync.ts";
import { signedFetch, signedHeaders } from "./transport.ts";

// Four real nodes on loopback ports, each with its own database and key: Malaysia, Singapore,
// Thailand and Viet Nam. They talk over real HTTP with signed requests.
let my: ListeningNode;
let sg: ListeningNode;
let th: ListeningNode;
let vn: ListeningNode;

const admin = (n: ListeningNode) => n.as(n.admin);

async function received(n: ListeningNode, id: string) {
  return n.ctx.db.selectFrom("federation_records").selectAll().where("id", "=", id).executeTakeFirst();
}

let seq = 0;
/** Shares a record from a node as a published incident document (the incidents module does the same on publish). */
async function share(
  n: ListeningNode,
  sharing: Partial<SharingT> & { tlp: SharingT["tlp"] },
  title = `Incident ${++seq}`,
) {
  const id = uuidv7();
  await n.ctx.db.transaction().execute((trx) =>
    federation.shareLocal(n.ctx, trx, {
      id,
      type: "incident",
      ownerOrg: "node",
      title,
      content: { title, description: `Published description of ${title}` },
      sharing: { distribution: 3, sharingGroupId: null, residency: null, ...sharing },
      containsPersonalData: false,
      personalDataRedacted: false,
    }),
  );
  federation.scheduleNotify(n.ctx);
  return id;
}

beforeAll(async () => {
  // One after the other: a small machine starts nodes no faster in parallel.
  my = await startListeningNode("MY", "Malaysia node");
  sg = await startListeningNode("SG", "Singapore node");
  th = await startListeningNode("TH", "Thailand node");
  vn = await startListeningNode("VN", "Viet Nam node");
}, 60_000);
afterAll(() => Promise.all([my, sg, th, vn].map((n) => n?.close())));

describe("peering", () => {
  it("exchanges keys with fingerprints to confirm, and is active only once both sides approve", async () => {
    const added = await admin(my).POST("/api/v1/federation/peers", { body: { url: sg.url } });
    expect(added.response.status).toBe(201);
    expect(added.data!.status).toBe("pending");
    const sgInfo = await sg.client.GET("/.well-known/aisafe-node");
    expect(added.data!.fingerprint).toBe(sgInfo.data!.fingerprint);

    const atSg = await admin(sg).GET("/api/v1/federation/peers/{nodeId}", {
      params: { path: { nodeId: my.nodeId } },
    });
    expect(atSg.data).toMatchObject({
      status: "pending",
      localApproved: false,
      remoteApproved: true,
      jurisdiction: "MY",
    });
    expect(atSg.data!.fingerprint).toBe((await my.client.GET("/.well-known/aisafe-node")).data!.fingerprint);

    // Not active yet: Malaysia's records cannot be pulled.
    const pull = await admin(sg).POST("/api/v1/federation/sync");
    expect(pull.data!.peers).toEqual([]);

    const ok = await admin(sg).POST("/api/v1/federation/peers/{nodeId}/actions", {
      params: { path: { nodeId: my.nodeId } },
      body: { action: "approve" },
    });
    expect(ok.data!.status).toBe("active");
    expect(
      (await admin(my).GET("/api/v1/federation/peers/{nodeId}", { params: { path: { nodeId: sg.nodeId } } }))
        .data!.status,
    ).toBe("active");

    const again = await admin(my).POST("/api/v1/federation/peers", { body: { url: `${my.url}/` } });
    expect(again.response.status).toBe(400);
    expect(again.error!.errors![0]!.field).toBe("url");

    await linkNodes(my, th);
    await linkNodes(my, vn);
    await linkNodes(sg, th);
    await linkNodes(th, vn);
  });

  it("refuses unsigned, badly signed and replayed requests with a problem and an audit entry", async () => {
    const unsigned = await fetch(`${my.url}/federation/v1/changes?since=0`);
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get("content-type")).toContain("application/problem+json");
    expect((await unsigned.json()).code).toBe("signature_invalid");

    // Signed by a node that is not a peer of Viet Nam's... Singapore is not peered with Viet Nam.
    const stranger = { keyId: sg.nodeId, key: await nodeSigningKey(sg.ctx) };
    await expect(signedFetch(stranger, "GET", `${vn.url}/federation/v1/changes?since=0`)).rejects.toThrow(
      /unknown key/,
    );

    // A replay: the very same signed request sent twice.
    const me = { keyId: th.nodeId, key: await nodeSigningKey(th.ctx) };
    const url = `${my.url}/federation/v1/changes?since=0&limit=1`;
    const { headers } = signedHeaders(me, "GET", url, undefined);
    expect((await fetch(url, { headers })).status).toBe(200);
    const replay = await fetch(url, { headers });
    expect(replay.status).toBe(401);
    expect((await replay.json()).detail).toMatch(/nonce replayed/);

    // Clocks that disagree by a few minutes are tolerated (up to 300 s either way)...
    const now = Math.floor(Date.now() / 1000);
    for (const skew of [-200, 200])
      expect(
        (await fetch(url, { headers: signedHeaders(me, "GET", url, undefined, now + skew).headers })).status,
      ).toBe(200);
    // ...a signature from further in the future is not.
    const future = await fetch(url, { headers: signedHeaders(me, "GET", url, undefined, now + 600).headers });
    expect(future.status).toBe(401);
    expect((await future.json()).detail).toMatch(/future/);

    // An expired one (created long ago).
    const old = signedHeaders(me, "GET", url, undefined, Math.floor(Date.now() / 1000) - 3600);
    const expired = await fetch(url, { headers: old.headers });
    expect(expired.status).toBe(401);
    expect((await expired.json()).detail).toMatch(/too old|expired/);

    // A body altered after signing.
    const body = Buffer.from(JSON.stringify({ cursor: "1" }));
    const signed = signedHeaders(me, "POST", `${my.url}/federation/v1/notify`, body);
    const altered = await fetch(`${my.url}/federation/v1/notify`, {
      method: "POST",
      headers: signed.headers,
      body: JSON.stringify({ cursor: "2" }),
    });
    expect(altered.status).toBe(401);
    expect((await altered.json()).detail).toMatch(/Content-Digest/);

    const audit = await my.ctx.db
      .selectFrom("audit_log")
      .select("target_id")
      .where("action", "=", "federation.refused")
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(4);
    const log = await admin(my).GET("/api/v1/federation/sync-log", { params: { query: { limit: 50 } } });
    expect(log.response.status, JSON.stringify(log.error)).toBe(200);
    expect(log.data!.filter((l) => l.direction === "refused").length).toBeGreaterThanOrEqual(4);
  });
});

describe("suspension", () => {
  it("only the side that suspended can resume; a suspended peer's requests are refused", async () => {
    const path = (n: ListeningNode) => ({ params: { path: { nodeId: n.nodeId } } });
    const s = await admin(my).POST("/api/v1/federation/peers/{nodeId}/actions", {
      ...path(vn),
      body: { action: "suspend" },
    });
    expect(s.data!.status).toBe("suspended");
    const atVn = await admin(vn).GET("/api/v1/federation/peers/{nodeId}", path(my));
    expect(atVn.data!.status).toBe("suspended");
    const notYours = await admin(vn).POST("/api/v1/federation/peers/{nodeId}/actions", {
      ...path(my),
      body: { action: "resume" },
    });
    expect(notYours.response.status).toBe(409);
    const stranger = { keyId: vn.nodeId, key: await nodeSigningKey(vn.ctx) };
    await expect(signedFetch(stranger, "GET", `${my.url}/federation/v1/changes?since=0`)).rejects.toThrow(
      /unknown key/,
    );
    const r = await admin(my).POST("/api/v1/federation/peers/{nodeId}/actions", {
      ...path(vn),
      body: { action: "resume" },
    });
    expect(r.data!.status).toBe("active");
    expect((await admin(vn).GET("/api/v1/federation/peers/{nodeId}", path(my))).data!.status).toBe("active");
  });
});

describe("Malaysia shares: GREEN to all, AMBER to a sharing group, RED never (the issue's story)", () => {
  let green: string;
  let amber: string;
  let red: string;
  let group: string;

  it("delivers exactly what each node may receive", async () => {
    const g = await admin(my).POST("/api/v1/federation/sharing-groups", {
      body: { name: "Financial-sector regulators", nodes: [sg.nodeId, th.nodeId] },
    });
    expect(g.response.status).toBe(201);
    group = g.data!.id;
    expect(g.data!.nodes).toEqual([my.nodeId, sg.nodeId, th.nodeId].sort());

    green = await share(my, { tlp: "green", distribution: 3 }, "Deepfake investment scam video");
    amber = await share(
      my,
      { tlp: "amber", distribution: 4, sharingGroupId: group },
      "Credit-scoring model bias",
    );
    red = await share(my, { tlp: "red", distribution: 3 }, "Ongoing investigation");

    // The preview says exactly who gets the AMBER one.
    const preview = await admin(my).POST("/api/v1/federation/records/{id}/preview", {
      params: { path: { id: amber } },
      body: { tlp: "amber", distribution: 4, sharingGroupId: group },
    });
    const sends = Object.fromEntries(preview.data!.recipients.map((r) => [r.jurisdiction, r.send]));
    expect(sends).toEqual({ SG: true, TH: true, VN: false });

    // The push hint makes the peers pull on their own.
    for (const n of [sg, th, vn]) await eventually(async () => (await received(n, green))?.content);
    await eventually(async () => (await received(sg, amber))?.content);
    await eventually(async () => (await received(th, amber))?.content);
    // Viet Nam has everything it is going to get once it has pulled Malaysia's whole feed.
    await admin(vn).POST("/api/v1/federation/sync");
    expect(await received(vn, amber)).toBeUndefined();
    for (const n of [sg, th, vn]) expect(await received(n, red)).toBeUndefined();
    // The group itself travelled to its members only.
    expect((await admin(th).GET("/api/v1/federation/sharing-groups")).data!.map((x) => x.id)).toContain(
      group,
    );
    expect((await admin(vn).GET("/api/v1/federation/sharing-groups")).data!.map((x) => x.id)).not.toContain(
      group,
    );

    const atSg = await admin(sg).GET("/api/v1/federation/records/{id}", { params: { path: { id: green } } });
    expect(atSg.data).toMatchObject({
      originNode: my.nodeId,
      receivedFrom: my.nodeId,
      version: 1,
      tlp: "green",
      hops: 1,
    });
    expect(atSg.data!.content).toMatchObject({ title: "Deepfake investment scam video" });
    const atMy = await admin(my).GET("/api/v1/federation/records/{id}", { params: { path: { id: amber } } });
    expect(atMy.data!.sentTo.map((s) => s.nodeId).sort()).toEqual([sg.nodeId, th.nodeId].sort());
  });

  it("relays GREEN (distribution 3) through a peer to a node the origin cannot reach, never AMBER", async () => {
    // Thailand is peered with Viet Nam and relays; Singapore and Viet Nam are not peered at all.
    await admin(th).POST("/api/v1/federation/sync");
    const atVn = await received(vn, green);
    expect(atVn?.origin_node).toBe(my.nodeId);
  });

  it("retracts a record everywhere within seconds", async () => {
    const started = Date.now();
    const r = await admin(my).POST("/api/v1/federation/records/{id}/retract", {
      params: { path: { id: green } },
    });
    expect(r.data!.retracted).toBe(true);
    for (const n of [sg, th, vn]) await eventually(async () => (await received(n, green))?.retracted);
    expect(Date.now() - started).toBeLessThan(5000);
    for (const n of [sg, th, vn]) {
      const row = await received(n, green);
      expect(row!.content).toBeNull();
      expect(row!.version).toBe(2);
    }
  });

  it("removing a node from the group retracts the group's records there", async () => {
    const changed = await admin(my).PUT("/api/v1/federation/sharing-groups/{id}", {
      params: { path: { id: group } },
      body: { name: "Financial-sector regulators", nodes: [sg.nodeId] },
    });
    expect(changed.data!.version).toBe(2);
    await eventually(async () => (await received(th, amber))?.removed);
    expect((await received(th, amber))!.content).toBeNull();
    await eventually(async () =>
      (await admin(th).GET("/api/v1/federation/sharing-groups")).data!.every((x) => x.id !== group),
    );
    // Singapore keeps it, at the re-issued version.
    await eventually(async () => (await received(sg, amber))?.version === 2);
    expect((await received(sg, amber))!.content).not.toBeNull();
  });

  it("refuses a record whose content was altered in transit or edited by a non-origin node; nothing stored", async () => {
    const id = await share(my, { tlp: "clear", distribution: 3 }, "Chatbot gave dangerous medical advice");
    // Viet Nam peers with Malaysia too: it holds the origin's version before Thailand forges one
    // (waiting for it keeps that pull from racing the check below).
    await eventually(async () => (await received(th, id))?.content);
    await eventually(async () => (await received(vn, id))?.content);
    const before = await received(vn, id);
    // Thailand (not the origin) edits its copy and offers it to Viet Nam.
    await sql`UPDATE federation_records SET content = '{"title":"forged"}'::jsonb, version = version + 1, seq = nextval('federation_seq') WHERE id = ${id}`.execute(
      th.ctx.db,
    );
    await admin(vn).POST("/api/v1/federation/sync");
    const after = await received(vn, id);
    expect([after!.version, after!.content]).toEqual([before!.version, before!.content]);
    expect(after!.content).toEqual({
      title: "Chatbot gave dangerous medical advice",
      description: "Published description of Chatbot gave dangerous medical advice",
    });
    const log = await admin(vn).GET("/api/v1/federation/sync-log", {
      params: { query: { nodeId: th.nodeId } },
    });
    expect(log.data!.some((l) => l.refused > 0 && /hash|signature/.test(l.detail ?? ""))).toBe(true);
    const audit = await vn.ctx.db
      .selectFrom("audit_log")
      .select("target_id")
      .where("action", "=", "federation.refused")
      .where("target_id", "=", th.nodeId)
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });
});

describe("incidents published through the triage workflow travel", () => {
  it("a published GREEN incident reaches the peers; withdrawing it retracts it", async () => {
    const reported = await admin(my).POST("/api/v1/reports", {
      body: {
        lang: "en",
        title: "Voice-cloning scam targeted bank customers in Kuala Lumpur",
        description:
          "Customers received calls in a cloned voice of their bank manager asking them to move savings; several lost money before the bank warned them.",
        aiRelation: ["direct-cause"],
        reporter: { stakeholderGroup: "journalist", relation: "informed-third-party" },
        occurredFrom: "2026-09",
        countries: ["MY"],
        evidence: [{ url: "https://news.example/voice-clone-scam" }],
        severity: "incident",
        harmTypes: ["economic-property"],
      } as never,
    });
    expect(reported.response.status, JSON.stringify(reported.error)).toBe(201);
    const id = reported.data!.incidentId;
    for (const to of ["triage", "in-review", "validated"] as const)
      await admin(my).POST("/api/v1/incidents/{id}/transition", { params: { path: { id } }, body: { to } });
    const review = await admin(my).GET("/api/v1/incidents/{id}/redactions", { params: { path: { id } } });
    for (const s of review.data!.suggestions)
      await admin(my).POST("/api/v1/incidents/{id}/redactions", {
        params: { path: { id } },
        body: { kind: s.kind, text: s.text, decision: "redact" },
      });
    const published = await admin(my).POST("/api/v1/incidents/{id}/publish", {
      params: { path: { id } },
      body: { tlp: "green", distribution: 3 },
    });
    expect(published.response.status, JSON.stringify(published.error)).toBe(200);
    await eventually(async () => (await received(sg, id))?.content);
    expect((await received(sg, id))!.content).toMatchObject({ version: 1 });

    const withdrawn = await admin(my).POST("/api/v1/incidents/{id}/transition", {
      params: { path: { id } },
      body: { to: "withdrawn" },
    });
    expect(withdrawn.response.status).toBe(200);
    await eventually(async () => (await received(sg, id))?.retracted);
  });
});

describe("shutdown", () => {
  it("starts no pull once the node has stopped, even one a notify asked for just before", async () => {
    const n = await startListeningNode("LA", "Lao node");
    await linkNodes(n, my);
    await n.close();
    // The database is gone: a pull that started would fail on it instead of answering "stopped".
    expect(await pullPeer(n.ctx, my.nodeId)).toEqual({
      nodeId: my.nodeId,
      ok: false,
      received: 0,
      retracted: 0,
      refused: 0,
      error: "stopped",
    });
    triggerPull(n.ctx, my.nodeId);
    await new Promise((resolve) => setImmediate(resolve));
  });
});
