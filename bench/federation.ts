/**
 * Federation bench (issue 6), on PostgreSQL, nodes in this process talking real signed HTTP on
 * loopback ports, each with its own database:
 *  1. replicate N records (default 100,000) from one node to another, every signature and content
 *     hash verified and the policy re-checked: target at least 5,000 records/s;
 *  2. push latency: a record shared at one node, visible in the other's database: target at most 2 s;
 *  3. an 11-node full mesh: one published record reaching all other ten nodes: target at most 5 s.
 */
import { contentHash, signEnvelope } from "../src/modules/federation/envelope.ts";
import * as repo from "../src/modules/federation/federation.repo.ts";
import * as federation from "../src/modules/federation/federation.service.ts";
import { syncNow } from "../src/modules/federation/sync.ts";
import { nodeInfo, nodeSigningKey } from "../src/modules/tenancy/tenancy.service.ts";
import { systemActor } from "../src/platform/access.ts";
import type { AppContext } from "../src/platform/context.ts";
import type { App } from "../src/platform/http.ts";
import { uuidv7 } from "../src/platform/ids.ts";
import { postgresCpuMs, sleep } from "./lib.ts";
import { openBenchNode, stats } from "./library.ts";

export interface FederationOptions {
  check: boolean;
  records: number;
  pushRounds: number;
  meshNodes: number;
}
export const FEDERATION_LIMITS = { recordsPerSecond: 5000, pushMs: 2000, meshMs: 5000 };

const JURISDICTIONS = ["MY", "SG", "TH", "VN", "ID", "PH", "BN", "KH", "LA", "MM", "TL", "ASEAN"];
const sys = systemActor("bench");

interface BenchNode {
  app: App;
  ctx: AppContext;
  nodeId: string;
}

/** A node on its own PostgreSQL database (few connections: the mesh runs eleven), listening on loopback. */
export async function startNode(n: number, jurisdiction: string): Promise<BenchNode> {
  const { app, ctx } = await openBenchNode(
    "postgres",
    `fed_${n}`,
    {
      AISAFE_NODE_JURISDICTION: jurisdiction,
      AISAFE_NODE_NAME: `Bench node ${n} (${jurisdiction})`,
      AISAFE_FEDERATION_SYNC_SECONDS: "0",
    },
    4,
  );
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  (ctx.config as { publicUrl: string }).publicUrl = address;
  return { app, ctx, nodeId: (await nodeInfo(ctx)).nodeId };
}

export async function link(a: BenchNode, b: BenchNode) {
  await federation.addPeer(a.ctx, sys, b.ctx.config.publicUrl);
  await federation.peerAction(b.ctx, sys, a.nodeId, "approve");
}

/** Writes N signed GREEN records at a node in batches (the same envelopes as publication makes). */
export async function seed(node: BenchNode, count: number) {
  const key = await nodeSigningKey(node.ctx);
  const langs = ["en", "id", "th", "vi", "ms", "tl"];
  for (let done = 0; done < count; done += 1000) {
    const rows: repo.RecordWrite[] = [];
    for (let i = done; i < Math.min(count, done + 1000); i++) {
      const content = {
        lang: langs[i % langs.length],
        title: `Synthetic incident ${i}: chatbot gave unsafe advice`,
        description:
          `A generated incident for the federation bench, number ${i}, with a description of typical length `.repeat(
            3,
          ),
        countries: ["MY"],
        severity: "incident",
        harmTypes: ["physical-health"],
      };
      const env = signEnvelope(key, {
        id: uuidv7(),
        type: "incident",
        originNode: node.nodeId,
        ownerOrg: "node",
        version: 1,
        tlp: "green",
        distribution: 3,
        sharingGroupId: null,
        residency: null,
        containsPersonalData: false,
        personalDataRedacted: false,
        published: true,
        retracted: false,
        title: content.title,
        contentHash: contentHash(content),
        hops: 0,
        content,
      });
      rows.push(federation.rowOf(env, { received_from: null, recipients: null }));
    }
    await repo.upsertRecords(node.ctx.db, rows);
  }
}

async function shareOne(node: BenchNode, title: string) {
  const id = uuidv7();
  await node.ctx.db.transaction().execute((trx) =>
    federation.shareLocal(node.ctx, trx, {
      id,
      type: "incident",
      ownerOrg: "node",
      title,
      content: { title, description: `${title}, shared for the bench` },
      sharing: { tlp: "green", distribution: 3, sharingGroupId: null, residency: null },
      containsPersonalData: false,
      personalDataRedacted: false,
    }),
  );
  federation.scheduleNotify(node.ctx);
  return id;
}

const holds = async (node: BenchNode, id: string) =>
  (await node.ctx.db
    .selectFrom("federation_records")
    .select("id")
    .where("id", "=", id)
    .executeTakeFirst()) !== undefined;

export async function benchFederation(opts: FederationOptions): Promise<boolean> {
  let ok = true;
  const a = await startNode(0, "MY");
  const b = await startNode(1, "SG");
  process.stdout.write(`  two nodes on PostgreSQL; seeding ${opts.records} signed records at MY...\n`);
  await seed(a, opts.records);
  await link(a, b);

  // 1. Replication throughput.
  const t0 = performance.now();
  const cpu0 = { node: process.cpuUsage(), pg: postgresCpuMs() };
  const pulled = await federation.pullFrom(b.ctx, a.nodeId);
  const seconds = (performance.now() - t0) / 1000;
  const nodeCpu = process.cpuUsage(cpu0.node);
  const pgCpu = postgresCpuMs() - cpu0.pg;
  const held = Number(
    (
      await b.ctx.db
        .selectFrom("federation_records")
        .select((e) => e.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const rate = pulled.received / seconds;
  process.stdout.write(
    `  replication: ${pulled.received} records in ${seconds.toFixed(2)} s over ${pulled.pages} pages = ${Math.round(rate)} records/s ` +
      `(signatures, hashes, policy re-check; ${held} held at SG, ${pulled.refused} refused) — target >= ${FEDERATION_LIMITS.recordsPerSecond}\n` +
      `    CPU per record: both nodes' process ${Math.round((nodeCpu.user + nodeCpu.system) / pulled.received)} µs ` +
      `(its threads together), PostgreSQL ${Math.round((pgCpu * 1000) / pulled.received)} µs\n`,
  );
  if (held !== opts.records || pulled.refused > 0) throw new Error("replication lost or refused records");
  if (rate < FEDERATION_LIMITS.recordsPerSecond) ok = false;

  // 2. Push latency: share at MY, visible in SG's database.
  const latencies: number[] = [];
  for (let i = 0; i < opts.pushRounds; i++) {
    const s = performance.now();
    const id = await shareOne(a, `Push round ${i}`);
    while (!(await holds(b, id))) await sleep(2);
    latencies.push(performance.now() - s);
  }
  const push = stats(latencies);
  process.stdout.write(
    `  push: share -> visible at the peer, ${opts.pushRounds} rounds: p50 ${push.p50.toFixed(0)} ms, p95 ${push.p95.toFixed(0)} ms, max ${push.max.toFixed(0)} ms — target <= ${FEDERATION_LIMITS.pushMs} ms\n`,
  );
  if (push.max > FEDERATION_LIMITS.pushMs) ok = false;

  // 3. A full mesh of fresh nodes (without the records above, which each would first replicate).
  const mesh: BenchNode[] = [];
  for (let i = 0; i < opts.meshNodes; i++)
    mesh.push(await startNode(2 + i, JURISDICTIONS[i % JURISDICTIONS.length]!));
  for (let i = 0; i < mesh.length; i++)
    for (let j = i + 1; j < mesh.length; j++) await link(mesh[i]!, mesh[j]!);
  await Promise.all(mesh.map((n) => syncNow(n.ctx)));
  const meshTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    const s = performance.now();
    const id = await shareOne(mesh[round % mesh.length]!, `Mesh round ${round}`);
    const others = mesh.filter((_, k) => k !== round % mesh.length);
    await Promise.all(
      others.map(async (n) => {
        while (!(await holds(n, id))) await sleep(5);
      }),
    );
    meshTimes.push(performance.now() - s);
  }
  const m = stats(meshTimes);
  process.stdout.write(
    `  mesh: ${mesh.length} nodes, one record reaching all ${mesh.length - 1} others, 5 rounds: p50 ${m.p50.toFixed(0)} ms, max ${m.max.toFixed(0)} ms — target <= ${FEDERATION_LIMITS.meshMs} ms\n`,
  );
  if (m.max > FEDERATION_LIMITS.meshMs) ok = false;
  return ok || !opts.check;
}
