import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ListeningNode, linkNodes, makeOrg, startListeningNode } from "../../../test/helpers.ts";
import { systemActor } from "../../platform/access.ts";
import { uuidv7 } from "../../platform/ids.ts";
import type { SharingT } from "./federation.schemas.ts";
import * as federation from "./federation.service.ts";
import { syncNow } from "./sync.ts";

/**
 * Property: random records x random sharing x three real nodes in a line (Malaysia - Singapore -
 * Thailand; Malaysia and Thailand are not peers, so Singapore relays) -> after syncing to
 * quiescence, no node holds the content of a record that an independent statement of the rules
 * forbids it to see. At least 1,000 (record, node) cases are checked; the test also checks that
 * enough records did travel, so that it cannot pass by sharing nothing.
 */

// A small deterministic generator (mulberry32), so a failure can be reproduced from its seed.
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20261128;
const RECORDS = 600;

let my: ListeningNode;
let sg: ListeningNode;
let th: ListeningNode;
const orgs: Record<string, string[]> = {};

interface Group {
  id: string;
  nodes: string[];
  organisations: string[];
}

interface Shared {
  id: string;
  origin: ListeningNode;
  sharing: SharingT;
  pii: boolean;
  redacted: boolean;
  retracted: boolean;
}

beforeAll(async () => {
  // One after the other: a small machine starts nodes no faster in parallel.
  my = await startListeningNode("MY", "Malaysia node");
  sg = await startListeningNode("SG", "Singapore node");
  th = await startListeningNode("TH", "Thailand node");
  for (const n of [my, sg, th]) {
    const j = n.ctx.config.node.jurisdiction;
    orgs[n.nodeId] = [(await makeOrg(n.ctx, "regulator", j)).id, (await makeOrg(n.ctx, "company", j)).id];
  }
  await linkNodes(my, sg);
  await linkNodes(sg, th);
}, 120_000);
afterAll(() => Promise.all([my, sg, th].map((n) => n?.close())));

const jurisdictionOf = (n: ListeningNode) => n.ctx.config.node.jurisdiction;
const peersOf = (n: ListeningNode) => (n === sg ? [my, th] : [sg]);

/** The rules, stated independently of policy.ts: may `node` hold the content of `r`? */
function allowed(r: Shared, node: ListeningNode, groups: Map<string, Group>): boolean {
  const s = r.sharing;
  if (r.retracted) return false;
  if (s.tlp === "red") return false;
  if (s.distribution < 2) return false;
  if (r.pii && !r.redacted) return false;
  const direct = peersOf(r.origin).includes(node);
  if (s.distribution === 2 && !direct) return false;
  if (s.tlp === "amber" && s.distribution !== 4 && !direct) return false;
  if (s.distribution === 4) {
    const g = s.sharingGroupId ? groups.get(s.sharingGroupId) : undefined;
    if (!g?.nodes.includes(node.nodeId)) return false;
    if (g.organisations.length > 0 && !g.organisations.some((o) => orgs[node.nodeId]!.includes(o)))
      return false;
  }
  if (s.tlp === "amber+strict") {
    const g = s.sharingGroupId ? groups.get(s.sharingGroupId) : undefined;
    if (s.distribution !== 4 || !g || g.organisations.length !== 1 || !direct) return false;
    if (!orgs[node.nodeId]!.includes(g.organisations[0]!)) return false;
  }
  const res = s.residency;
  if (res) {
    const j = jurisdictionOf(node);
    if (res.deniedCountries?.includes(j)) return false;
    if (res.allowedCountries && !res.allowedCountries.includes(j)) return false;
  }
  return true;
}

describe("no record is visible where the policy forbids it (property-based, 3 nodes)", () => {
  it(`${RECORDS} random records x 3 nodes: 0 leaks, and the allowed ones do travel`, async () => {
    const random = rng(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const groups = new Map<string, Group>();
    const groupsOf = new Map<ListeningNode, string[]>([
      [my, []],
      [sg, []],
      [th, []],
    ]);
    const mkGroup = async (creator: ListeningNode, members: ListeningNode[], organisations: string[]) => {
      const g = await federation.saveGroup(creator.ctx, systemActor("test"), {
        name: `Group ${groups.size + 1}`,
        nodes: members.map((m) => m.nodeId),
        organisations,
      });
      groups.set(g.id, { id: g.id, nodes: g.nodes, organisations: g.organisations });
      groupsOf.get(creator)!.push(g.id);
      // Members learn the group from its creator; every member may use it.
      for (const m of members) if (m !== creator) groupsOf.get(m)!.push(g.id);
    };
    await mkGroup(sg, [my, th], []);
    await mkGroup(sg, [th], [orgs[th.nodeId]![0]!]);
    await mkGroup(sg, [my], [orgs[my.nodeId]![1]!]);
    await mkGroup(my, [sg], []);
    await mkGroup(th, [sg], [orgs[sg.nodeId]![0]!, orgs[sg.nodeId]![1]!]);
    for (let i = 0; i < 3; i++) await Promise.all([syncNow(my.ctx), syncNow(sg.ctx), syncNow(th.ctx)]);

    const shared: Shared[] = [];
    const countries = ["MY", "SG", "TH", "VN", "ID"];
    for (let i = 0; i < RECORDS; i++) {
      const origin = pick([my, sg, th]);
      const distribution = pick([0, 1, 2, 3, 3, 4, 4] as const);
      const known = groupsOf.get(origin)!;
      const sharingGroupId = distribution === 4 ? (known.length ? pick(known) : null) : null;
      if (distribution === 4 && !sharingGroupId) continue;
      const residency =
        random() < 0.25
          ? random() < 0.5
            ? { allowedCountries: countries.filter(() => random() < 0.5) }
            : { deniedCountries: countries.filter(() => random() < 0.4) }
          : null;
      const sharing: SharingT = {
        tlp: pick(["clear", "green", "green", "amber", "amber+strict", "red"] as const),
        distribution,
        sharingGroupId,
        residency,
      };
      const pii = random() < 0.2;
      const r: Shared = {
        id: uuidv7(),
        origin,
        sharing,
        pii,
        redacted: pii ? random() < 0.5 : false,
        retracted: false,
      };
      await origin.ctx.db.transaction().execute((trx) =>
        federation.shareLocal(origin.ctx, trx, {
          id: r.id,
          type: "incident",
          ownerOrg: "node",
          title: `Record ${i}`,
          content: { n: i, text: `Synthetic record ${i}` },
          sharing,
          containsPersonalData: r.pii,
          personalDataRedacted: r.redacted,
        }),
      );
      shared.push(r);
    }
    // Some records change after a first sync: retracted, or shared more narrowly or widely.
    for (let i = 0; i < 3; i++) await Promise.all([syncNow(my.ctx), syncNow(sg.ctx), syncNow(th.ctx)]);
    for (const r of shared) {
      const x = random();
      if (x < 0.1) {
        await federation.retract(r.origin.ctx, systemActor("test"), r.id);
        r.retracted = true;
      } else if (x < 0.2 && r.sharing.distribution !== 4) {
        r.sharing = {
          ...r.sharing,
          tlp: pick(["green", "amber", "red"] as const),
          distribution: pick([1, 2, 3] as const),
        };
        await federation.setSharing(r.origin.ctx, systemActor("test"), r.id, r.sharing);
      }
    }
    for (let i = 0; i < 4; i++) await Promise.all([syncNow(my.ctx), syncNow(sg.ctx), syncNow(th.ctx)]);

    let cases = 0;
    let visible = 0;
    const leaks: string[] = [];
    const missing: string[] = [];
    for (const node of [my, sg, th]) {
      const rows = await node.ctx.db
        .selectFrom("federation_records")
        .select(["id", "content", "retracted", "removed"])
        .where("type", "=", "incident")
        .execute();
      const held = new Map(rows.map((r) => [r.id, r.content !== null && !r.retracted && !r.removed]));
      for (const r of shared) {
        if (r.origin === node) continue;
        cases++;
        const isAllowed = allowed(r, node, groups);
        if (held.get(r.id)) {
          visible++;
          if (!isAllowed) leaks.push(`${r.id} (${JSON.stringify(r.sharing)}) at ${jurisdictionOf(node)}`);
        } else if (
          isAllowed &&
          r.sharing.tlp !== "amber+strict" &&
          r.sharing.distribution === 3 &&
          !r.sharing.residency &&
          (r.sharing.tlp === "green" || r.sharing.tlp === "clear")
        ) {
          // Liveness for the simple case: community records reach every node, relayed if need be.
          missing.push(`${r.id} at ${jurisdictionOf(node)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(missing).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(1000);
    expect(visible).toBeGreaterThan(RECORDS / 10);
  }, 300_000);
});
