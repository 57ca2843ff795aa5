import { describe, expect, it } from "vitest";
import {
  type Decision,
  type Distribution,
  outboundDecision,
  type Peer,
  type PolicyContext,
  previewRecipients,
  type ShareableRecord,
  type SharingGroup,
  type Tlp,
} from "./policy.ts";

// ---------------------------------------------------------------------------------------------
// Hand-written cases: Malaysia's node "my" (origin) deciding for Singapore's node "sg" by default.
// ---------------------------------------------------------------------------------------------

const rec = (over: Partial<ShareableRecord> = {}): ShareableRecord => ({
  id: "r1",
  type: "incident",
  originNode: "my",
  ownerOrg: "bnm",
  version: 1,
  tlp: "green",
  distribution: 3,
  sharingGroupId: null,
  published: true,
  retracted: false,
  containsPersonalData: false,
  personalDataRedacted: false,
  ...over,
});

const peer = (over: Partial<Peer> = {}): Peer => ({
  nodeId: "sg",
  jurisdiction: "SG",
  status: "active",
  organisations: ["mas", "csa"],
  connectedDirectly: true,
  ...over,
});

const group = (id: string, nodes: string[], organisations: string[]): SharingGroup => ({
  id,
  nodes,
  organisations,
  creatorNode: "my",
});

const groups = new Map<string, SharingGroup>(
  [
    group("fin", ["my", "sg", "th"], ["bnm", "mas", "bot"]),
    group("strict", ["my", "sg"], ["mas"]),
    group("strict-th", ["my", "sg", "th"], ["bot"]),
    group("two-orgs", ["my", "sg"], ["mas", "csa"]),
    group("nodes-only", ["my", "sg"], []),
    group("no-sg-org", ["my", "sg", "th"], ["bnm", "bot"]),
    group("without-sg", ["my", "th"], ["bnm", "bot"]),
    group("my-sg", ["my", "sg"], ["mas"]),
    group("mismatched-id", ["my", "sg"], ["mas"]),
  ].map((g) => [g.id, g]),
);
groups.set("alias", group("mismatched-id-2", ["my", "sg"], ["mas"]));

const ctx = (selfNode = "my"): PolicyContext => ({ selfNode, sharingGroups: groups });

type Expected =
  | { send: false }
  | { send: true; as: "record" | "retraction"; organisations: "all" | string[] };
interface Case {
  name: string;
  record?: Partial<ShareableRecord>;
  peer?: Partial<Peer>;
  self?: string;
  expect: Expected;
  reason?: RegExp;
}

const NO: Expected = { send: false };
const ALL: Expected = { send: true, as: "record", organisations: "all" };
const only = (...orgs: string[]): Expected => ({ send: true, as: "record", organisations: orgs });
const RETRACT_ALL: Expected = { send: true, as: "retraction", organisations: "all" };

const cases: Case[] = [
  // Rule 1: the peer.
  { name: "active peer, GREEN to all nodes", expect: ALL, reason: /Distribution 3/ },
  { name: "suspended peer gets nothing", peer: { status: "suspended" }, expect: NO, reason: /suspended/ },
  { name: "revoked peer gets nothing", peer: { status: "revoked" }, expect: NO, reason: /not active/ },
  { name: "never sent to the node itself", peer: { nodeId: "my" }, expect: NO, reason: /itself/ },
  {
    name: "a relay never sends the record back to its origin",
    self: "th",
    record: { hops: 1 },
    peer: { nodeId: "my", jurisdiction: "MY" },
    expect: NO,
    reason: /origin/,
  },
  // Rule 2: publication.
  { name: "unpublished draft stays", record: { published: false }, expect: NO, reason: /not published/ },
  {
    name: "unpublished draft is not a retraction for earlier recipients",
    record: { published: false, previouslySentTo: ["sg"] },
    expect: NO,
    reason: /last published version/,
  },
  // Rule 4: TLP.
  {
    name: "RED to all nodes never leaves",
    record: { tlp: "red" },
    expect: NO,
    reason: /TLP:RED never leaves/,
  },
  {
    name: "RED in a sharing group never leaves",
    record: { tlp: "red", distribution: 4, sharingGroupId: "fin" },
    expect: NO,
    reason: /TLP:RED/,
  },
  { name: "RED to a connected node never leaves", record: { tlp: "red", distribution: 2 }, expect: NO },
  { name: "GREEN to connected nodes", record: { distribution: 2 }, expect: ALL, reason: /TLP:GREEN/ },
  {
    name: "CLEAR to all nodes, not directly connected",
    record: { tlp: "clear" },
    peer: { connectedDirectly: false },
    expect: ALL,
  },
  { name: "AMBER, all nodes, direct peer", record: { tlp: "amber" }, expect: ALL, reason: /need to know/ },
  {
    name: "AMBER, all nodes, peer not directly connected",
    record: { tlp: "amber" },
    peer: { connectedDirectly: false },
    expect: NO,
    reason: /directly connected/,
  },
  { name: "AMBER, connected nodes, direct peer", record: { tlp: "amber", distribution: 2 }, expect: ALL },
  {
    name: "AMBER in a sharing group reaches the group's organisations only",
    record: { tlp: "amber", distribution: 4, sharingGroupId: "fin" },
    expect: only("mas"),
  },
  {
    name: "AMBER is not relayed beyond the origin's direct peers",
    self: "th",
    record: { tlp: "amber", hops: 1 },
    expect: NO,
    reason: /not forwarded/,
  },
  {
    name: "AMBER+STRICT to the one named organisation",
    record: { tlp: "amber+strict", distribution: 4, sharingGroupId: "strict" },
    expect: only("mas"),
    reason: /named organisation/,
  },
  {
    name: "AMBER+STRICT without a sharing group",
    record: { tlp: "amber+strict", distribution: 3 },
    expect: NO,
    reason: /exactly one organisation/,
  },
  {
    name: "AMBER+STRICT with a group naming two organisations",
    record: { tlp: "amber+strict", distribution: 4, sharingGroupId: "two-orgs" },
    expect: NO,
    reason: /names 2/,
  },
  {
    name: "AMBER+STRICT to a node outside the group",
    record: { tlp: "amber+strict", distribution: 4, sharingGroupId: "strict" },
    peer: { nodeId: "th", jurisdiction: "TH", organisations: ["bot"] },
    expect: NO,
  },
  {
    name: "AMBER+STRICT to a group node not hosting the named organisation",
    record: { tlp: "amber+strict", distribution: 4, sharingGroupId: "strict-th" },
    expect: NO,
    reason: /bot, not hosted at sg/,
  },
  {
    name: "AMBER+STRICT is never forwarded by a relay",
    self: "th",
    record: { tlp: "amber+strict", distribution: 4, sharingGroupId: "strict-th", hops: 1 },
    peer: { organisations: ["bot"] },
    expect: NO,
    reason: /never forwarded/,
  },
  {
    name: "AMBER+STRICT with a nodes-only group",
    record: { tlp: "amber+strict", distribution: 4, sharingGroupId: "nodes-only" },
    expect: NO,
  },
  // Rule 3: distribution.
  {
    name: "distribution 0 stays",
    record: { tlp: "clear", distribution: 0 },
    expect: NO,
    reason: /Distribution 0/,
  },
  {
    name: "distribution 1 stays",
    record: { tlp: "clear", distribution: 1 },
    expect: NO,
    reason: /Distribution 1/,
  },
  { name: "distribution 2, direct peer, first hop", record: { distribution: 2, hops: 0 }, expect: ALL },
  {
    name: "distribution 2, peer not directly connected",
    record: { distribution: 2 },
    peer: { connectedDirectly: false },
    expect: NO,
    reason: /directly connected/,
  },
  {
    name: "distribution 2 received by a relay is not forwarded",
    self: "th",
    record: { distribution: 2, hops: 1 },
    expect: NO,
    reason: /one hop only/,
  },
  {
    name: "distribution 2 at a relay without a hop count is not forwarded",
    self: "th",
    record: { distribution: 2 },
    expect: NO,
  },
  { name: "distribution 2 with a corrupt hop count", record: { distribution: 2, hops: -1 }, expect: NO },
  { name: "distribution 3 is relayed", self: "th", record: { hops: 2 }, expect: ALL },
  {
    name: "distribution 4 to a group node",
    record: { distribution: 4, sharingGroupId: "fin" },
    expect: only("mas"),
  },
  {
    name: "distribution 4: every group organisation at that node, sorted",
    record: { distribution: 4, sharingGroupId: "two-orgs" },
    peer: { organisations: ["mas", "csa", "gov"] },
    expect: only("csa", "mas"),
  },
  {
    name: "distribution 4 to a node outside the group",
    record: { distribution: 4, sharingGroupId: "fin" },
    peer: { nodeId: "vn", jurisdiction: "VN", organisations: ["sbv"] },
    expect: NO,
    reason: /not in sharing group fin/,
  },
  {
    name: "distribution 4 to a node hosting a group organisation but not named itself",
    record: { distribution: 4, sharingGroupId: "my-sg" },
    peer: { nodeId: "vn", jurisdiction: "VN", organisations: ["mas"] },
    expect: NO,
  },
  {
    name: "distribution 4, group of whole nodes: every organisation there",
    record: { distribution: 4, sharingGroupId: "nodes-only" },
    expect: ALL,
  },
  {
    name: "distribution 4, node listed but none of its organisations",
    record: { distribution: 4, sharingGroupId: "no-sg-org" },
    expect: NO,
    reason: /None of the organisations/,
  },
  {
    name: "distribution 4 without a group",
    record: { distribution: 4 },
    expect: NO,
    reason: /names no sharing group/,
  },
  {
    name: "distribution 4 with an unknown group",
    record: { distribution: 4, sharingGroupId: "ghost" },
    expect: NO,
    reason: /not known/,
  },
  {
    name: "distribution 4 with a group whose id does not match its key",
    record: { distribution: 4, sharingGroupId: "alias" },
    expect: NO,
  },
  {
    name: "distribution 4: a relay outside the group does not forward",
    self: "vn",
    record: { distribution: 4, sharingGroupId: "my-sg", hops: 1 },
    expect: NO,
    reason: /This node is not in sharing group/,
  },
  {
    name: "distribution 4: a relay in the group forwards to group members",
    self: "th",
    record: { distribution: 4, sharingGroupId: "fin", hops: 1 },
    expect: only("mas"),
  },
  {
    name: "a sharing group is ignored unless distribution is 4",
    record: { distribution: 3, sharingGroupId: "without-sg" },
    expect: ALL,
  },
  // Rule 5: residency.
  {
    name: "denied country",
    record: { residency: { deniedCountries: ["SG"] } },
    expect: NO,
    reason: /denied/,
  },
  { name: "denied country, lower case", record: { residency: { deniedCountries: ["sg"] } }, expect: NO },
  {
    name: "not among allowed countries",
    record: { residency: { allowedCountries: ["MY", "TH"] } },
    expect: NO,
    reason: /not among the allowed/,
  },
  { name: "among allowed countries", record: { residency: { allowedCountries: ["MY", "SG"] } }, expect: ALL },
  { name: "empty allowed list allows nobody", record: { residency: { allowedCountries: [] } }, expect: NO },
  {
    name: "empty denied list restricts nothing",
    record: { residency: { deniedCountries: [] } },
    expect: ALL,
  },
  { name: "Secretariat, no residency flags", peer: { nodeId: "asean", jurisdiction: "ASEAN" }, expect: ALL },
  {
    name: "Secretariat is not a country: denied list only",
    record: { residency: { deniedCountries: ["CN"] } },
    peer: { nodeId: "asean", jurisdiction: "ASEAN" },
    expect: NO,
    reason: /not a country/,
  },
  {
    name: "Secretariat not covered by a list of countries",
    record: { residency: { allowedCountries: ["MY", "SG"] } },
    peer: { nodeId: "asean", jurisdiction: "ASEAN" },
    expect: NO,
  },
  {
    name: "Secretariat explicitly allowed",
    record: { residency: { allowedCountries: ["MY", "ASEAN"] } },
    peer: { nodeId: "asean", jurisdiction: "ASEAN" },
    expect: ALL,
  },
  {
    name: "peer without jurisdiction, residency flags present",
    record: { residency: { deniedCountries: ["CN"] } },
    peer: { jurisdiction: "" },
    expect: NO,
    reason: /no known jurisdiction/,
  },
  // Rule 6: personal data.
  {
    name: "unredacted personal data never leaves",
    record: { containsPersonalData: true },
    expect: NO,
    reason: /personal data that has not been redacted/,
  },
  {
    name: "redacted personal data travels",
    record: { containsPersonalData: true, personalDataRedacted: true },
    expect: ALL,
    reason: /redacted/,
  },
  {
    name: "unredacted new version is held back, not retracted",
    record: { containsPersonalData: true, previouslySentTo: ["sg"] },
    expect: NO,
    reason: /previous version/,
  },
  // Rule 7: retractions.
  {
    name: "retracted record: retraction to a peer that could receive it",
    record: { retracted: true, published: false },
    expect: RETRACT_ALL,
    reason: /retracted/,
  },
  {
    name: "retracted group record: retraction to the group's organisations",
    record: { retracted: true, published: false, distribution: 4, sharingGroupId: "fin" },
    expect: { send: true, as: "retraction", organisations: ["mas"] },
  },
  {
    name: "retracted RED record never sent before: nothing",
    record: { retracted: true, tlp: "red", previouslySentTo: [] },
    expect: NO,
  },
  {
    name: "retracted RED record that leaked earlier: retraction",
    record: { retracted: true, tlp: "red", previouslySentTo: ["sg"] },
    expect: RETRACT_ALL,
    reason: /must remove it/,
  },
  {
    name: "retraction carries no content, so unredacted personal data does not stop it",
    record: { retracted: true, containsPersonalData: true },
    expect: RETRACT_ALL,
  },
  {
    name: "retraction owed to a suspended peer waits",
    record: { retracted: true, previouslySentTo: ["sg"] },
    peer: { status: "suspended" },
    expect: NO,
  },
  {
    name: "retracted node-only record never sent: nothing",
    record: { retracted: true, tlp: "clear", distribution: 1 },
    expect: NO,
  },
  {
    name: "peer removed from the sharing group gets a retraction",
    record: { distribution: 4, sharingGroupId: "without-sg", previouslySentTo: ["sg", "th"] },
    expect: RETRACT_ALL,
    reason: /may no longer receive/,
  },
  {
    name: "peer never in the group and never sent: nothing",
    record: { distribution: 4, sharingGroupId: "without-sg", previouslySentTo: ["th"] },
    expect: NO,
  },
  {
    name: "residency tightened after sending: retraction",
    record: { residency: { deniedCountries: ["SG"] }, previouslySentTo: ["sg"] },
    expect: RETRACT_ALL,
  },
  {
    name: "TLP raised to RED after sending: retraction",
    record: { tlp: "red", previouslySentTo: ["sg"] },
    expect: RETRACT_ALL,
  },
  {
    name: "still allowed and sent before: the new version",
    record: { version: 2, previouslySentTo: ["sg"] },
    expect: ALL,
  },
];

const shape = (d: Decision): Expected =>
  d.send ? { send: true, as: d.as, organisations: d.recipients.organisations } : { send: false };

describe("outboundDecision: hand-written cases", () => {
  it("has at least 40 cases", () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)("$name", (c) => {
    const d = outboundDecision(rec(c.record), peer(c.peer), ctx(c.self));
    expect(shape(d)).toEqual(c.expect);
    expect(d.reasons.length).toBeGreaterThan(0);
    for (const r of d.reasons) expect(r).toMatch(/^[A-Z"].{10,}/);
    if (c.reason) expect(d.reasons.join("\n")).toMatch(c.reason);
  });

  it("explains every reason that applies, in plain English", () => {
    const d = outboundDecision(
      rec({ tlp: "red", distribution: 0, residency: { deniedCountries: ["SG"] } }),
      peer(),
      ctx(),
    );
    expect(d.send).toBe(false);
    expect(d.reasons).toEqual([
      "Distribution 0 (your organisation only) never leaves the node",
      "TLP:RED never leaves the node",
      "Residency: SG is among the denied countries",
    ]);
  });

  it("is pure: the inputs are not modified and the same inputs give the same decision", () => {
    const r = rec({ distribution: 4, sharingGroupId: "fin", previouslySentTo: ["th"] });
    const p = peer();
    const before = JSON.stringify([r, p, [...groups]]);
    const first = outboundDecision(r, p, ctx());
    expect(outboundDecision(r, p, ctx())).toEqual(first);
    expect(JSON.stringify([r, p, [...groups]])).toBe(before);
  });
});

describe("previewRecipients", () => {
  it("lists exactly which nodes and organisations receive a record", () => {
    const peers: Peer[] = [
      peer(),
      peer({ nodeId: "th", jurisdiction: "TH", organisations: ["bot", "etda"], connectedDirectly: false }),
      peer({ nodeId: "vn", jurisdiction: "VN", organisations: ["sbv"] }),
      peer({ nodeId: "id", jurisdiction: "ID", organisations: ["ojk"], status: "suspended" }),
      peer({ nodeId: "asean", jurisdiction: "ASEAN", organisations: ["secretariat"] }),
    ];
    const amber = rec({ tlp: "amber", distribution: 4, sharingGroupId: "fin" });
    const preview = previewRecipients(amber, peers, ctx());
    expect(preview.map((p) => [p.nodeId, shape(p.decision)])).toEqual([
      ["sg", only("mas")],
      ["th", only("bot")],
      ["vn", NO],
      ["id", NO],
      ["asean", NO],
    ]);
    const green = previewRecipients(rec({ residency: { deniedCountries: ["VN"] } }), peers, ctx());
    expect(green.map((p) => [p.nodeId, shape(p.decision)])).toEqual([
      ["sg", ALL],
      ["th", ALL],
      ["vn", NO],
      ["id", NO],
      ["asean", NO],
    ]);
    expect(previewRecipients(rec({ tlp: "red" }), peers, ctx()).every((p) => !p.decision.send)).toBe(true);
    expect(previewRecipients(rec(), [], ctx())).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based test: random records x random policies x 3 peer nodes, simulated delivery.
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so every run generates the same cases. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (rand: Rand, p: number) => rand() < p;
const weighted = <T>(rand: Rand, xs: readonly [T, number][]): T => {
  let x = rand() * xs.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of xs) {
    x -= w;
    if (x < 0) return v;
  }
  return xs[xs.length - 1]![0];
};
const subset = <T>(rand: Rand, xs: readonly T[], p: number) => xs.filter(() => chance(rand, p));

const ORIGIN = "n0";
const NODES = ["n0", "n1", "n2", "n3"] as const;
const ORGS = ["o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8"];
const JURISDICTIONS = ["MY", "SG", "TH", "VN", "ID", "PH", "BN", "ASEAN"];

interface World {
  record: ShareableRecord;
  groups: Map<string, SharingGroup>;
  jurisdiction: Record<string, string>;
  status: Record<string, Peer["status"]>;
  orgs: Record<string, string[]>;
  /** Pairs of nodes that peer (sync with each other); not every pair does, so some records go through relays. */
  peerings: Set<string>;
  /** Peerings that count as directly connected (distribution 2). */
  links: Set<string>;
}
const link = (a: string, b: string) => [a, b].sort().join("-");

function generate(rand: Rand): World {
  const jurisdiction: Record<string, string> = {};
  const status: Record<string, Peer["status"]> = {};
  const orgs: Record<string, string[]> = {};
  for (const n of NODES) {
    jurisdiction[n] = pick(rand, JURISDICTIONS);
    status[n] =
      n === ORIGIN
        ? "active"
        : weighted(rand, [
            ["active", 75],
            ["suspended", 15],
            ["revoked", 10],
          ] as const);
    const hosted = new Set([pick(rand, ORGS)]);
    if (chance(rand, 0.5)) hosted.add(pick(rand, ORGS));
    if (chance(rand, 0.3)) hosted.add(pick(rand, ORGS));
    orgs[n] = [...hosted];
  }
  const peerings = new Set<string>();
  const links = new Set<string>();
  for (const a of NODES)
    for (const b of NODES)
      if (a < b && chance(rand, 0.7)) {
        peerings.add(link(a, b));
        if (chance(rand, 0.7)) links.add(link(a, b));
      }

  const groups = new Map<string, SharingGroup>();
  const groupCount = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < groupCount; i++) {
    const nodes = subset(rand, NODES.slice(1), 0.6);
    if (chance(rand, 0.85)) nodes.unshift(ORIGIN);
    const mode = weighted(rand, [
      ["none", 15],
      ["one", 35],
      ["some", 50],
    ] as const);
    const organisations =
      mode === "none"
        ? []
        : mode === "one"
          ? [pick(rand, orgs[pick(rand, NODES)]!)]
          : subset(rand, [...new Set(Object.values(orgs).flat())], 0.45);
    groups.set(`g${i}`, { id: `g${i}`, nodes, organisations, creatorNode: ORIGIN });
  }

  const distribution = weighted<Distribution>(rand, [
    [0, 6],
    [1, 6],
    [2, 24],
    [3, 32],
    [4, 32],
  ]);
  const groupIds = [...groups.keys()];
  const sharingGroupId =
    distribution === 4
      ? weighted<string | null>(rand, [
          [pick(rand, groupIds), 88],
          [null, 6],
          ["unknown", 6],
        ])
      : chance(rand, 0.3)
        ? pick(rand, groupIds)
        : null;
  const tlp = weighted<Tlp>(rand, [
    ["clear", 25],
    ["green", 25],
    ["amber", 20],
    ["amber+strict", 15],
    ["red", 15],
  ]);
  const residencyKind = weighted(rand, [
    ["none", 55],
    ["denied", 17],
    ["allowed", 23],
    ["both", 5],
  ] as const);
  const countries = () => [
    ...new Set([pick(rand, JURISDICTIONS), pick(rand, JURISDICTIONS), pick(rand, JURISDICTIONS)]),
  ];
  const residency =
    residencyKind === "none"
      ? undefined
      : residencyKind === "denied"
        ? { deniedCountries: countries().slice(0, 2) }
        : residencyKind === "allowed"
          ? { allowedCountries: countries() }
          : { allowedCountries: countries(), deniedCountries: countries().slice(0, 1) };
  const containsPersonalData = chance(rand, 0.3);
  const record: ShareableRecord = {
    id: "r",
    type: pick(rand, [
      "incident",
      "framework",
      "crosswalk",
      "assessment-summary",
      "footprint-report",
    ] as const),
    originNode: ORIGIN,
    ownerOrg: orgs[ORIGIN]![0]!,
    version: 1,
    tlp,
    distribution,
    sharingGroupId,
    published: chance(rand, 0.92),
    retracted: false,
    ...(residency ? { residency } : {}),
    containsPersonalData,
    personalDataRedacted: containsPersonalData && chance(rand, 0.6),
    ...(chance(rand, 0.5) ? { hops: 0 } : {}),
  };
  return { record, groups, jurisdiction, status, orgs, peerings, links };
}

/** How `from` sees node `to`. */
const peerView = (w: World, from: string, to: string): Peer => ({
  nodeId: to,
  jurisdiction: w.jurisdiction[to]!,
  status: w.status[to]!,
  organisations: w.orgs[to]!,
  connectedDirectly: w.links.has(link(from, to)),
});

interface Holding {
  copy: ShareableRecord;
  orgs: "all" | Set<string>;
}
interface Net {
  held: Map<string, Holding>;
  sentTo: Map<string, Set<string>>;
  lastCopy: Map<string, ShareableRecord>;
  receiverRejections: number;
}

/** Deliver the record from the origin, each node forwarding what the policy lets it forward. */
function deliver(w: World): Net {
  const held = new Map<string, Holding>([[ORIGIN, { copy: w.record, orgs: "all" }]]);
  const sentTo = new Map<string, Set<string>>(NODES.map((n) => [n, new Set<string>()]));
  const lastCopy = new Map<string, ShareableRecord>([[ORIGIN, w.record]]);
  let receiverRejections = 0;
  const queue: string[] = [ORIGIN];
  while (queue.length > 0) {
    const x = queue.shift()!;
    const copy = held.get(x)!.copy;
    for (const y of NODES) {
      if (y === x || !w.peerings.has(link(x, y))) continue;
      const ctxX: PolicyContext = { selfNode: x, sharingGroups: w.groups };
      const d = outboundDecision(copy, peerView(w, x, y), ctxX);
      if (!d.send) continue;
      if (d.as !== "record") throw new Error("a record that was never sent cannot be retracted");
      // Receiver re-check: y runs the same function from its own knowledge of itself.
      const selfDescription: Peer = { ...peerView(w, x, y), organisations: [...w.orgs[y]!] };
      const again = outboundDecision(copy, selfDescription, ctxX);
      if (!again.send || again.as !== "record") {
        receiverRejections++;
        continue;
      }
      sentTo.get(x)!.add(y);
      const received: ShareableRecord = { ...copy, hops: (copy.hops ?? 0) + 1, previouslySentTo: [] };
      const orgs = d.recipients.organisations;
      const prev = held.get(y);
      if (prev) {
        if (prev.orgs !== "all") prev.orgs = orgs === "all" ? "all" : new Set([...prev.orgs, ...orgs]);
        continue;
      }
      held.set(y, { copy: received, orgs: orgs === "all" ? "all" : new Set(orgs) });
      lastCopy.set(y, received);
      queue.push(y);
    }
  }
  return { held, sentTo, lastCopy, receiverRejections };
}

/**
 * The invariants, written independently of the policy: every way a record could be somewhere it
 * must not be.
 */
function leaks(w: World, groups: ReadonlyMap<string, SharingGroup>, net: Net): string[] {
  const r = w.record;
  const out: string[] = [];
  const g = r.sharingGroupId === null ? undefined : groups.get(r.sharingGroupId);
  for (const [node, h] of net.held) {
    if (node === ORIGIN) continue;
    const leak = (what: string) => out.push(`${node}: ${what}`);
    if (!r.published) leak("unpublished record");
    if (r.tlp === "red") leak("TLP:RED");
    if (r.distribution === 0 || r.distribution === 1) leak(`distribution ${r.distribution}`);
    if (w.status[node] !== "active") leak(`inactive (${w.status[node]}) node`);
    if (r.containsPersonalData && !r.personalDataRedacted) leak("unredacted personal data");
    if (r.distribution === 2 && (!w.links.has(link(ORIGIN, node)) || h.copy.hops !== 1))
      leak("distribution 2 beyond one hop");
    if (r.distribution === 4) {
      if (!g?.nodes.includes(node)) leak("distribution 4 at a node outside the group");
      else if (g.organisations.length > 0) {
        if (h.orgs === "all") leak("distribution 4 visible to every organisation of the node");
        else
          for (const o of h.orgs)
            if (!g.organisations.includes(o) || !w.orgs[node]!.includes(o))
              leak(`distribution 4 visible to ${o}, not a group organisation hosted there`);
      }
    }
    if (r.tlp === "amber+strict") {
      if (r.distribution !== 4 || !g || g.organisations.length !== 1)
        leak("AMBER+STRICT without one named org");
      else {
        const named = g.organisations[0]!;
        if (!w.orgs[node]!.includes(named)) leak("AMBER+STRICT at a node not hosting the named organisation");
        if (h.orgs === "all" || h.orgs.size !== 1 || !h.orgs.has(named))
          leak("AMBER+STRICT visible beyond the named organisation");
      }
    }
    if (r.tlp === "amber" && r.distribution !== 4 && !w.links.has(link(ORIGIN, node)))
      leak("AMBER outside a group beyond the origin's direct peers");
    const j = w.jurisdiction[node]!;
    const allowed = r.residency?.allowedCountries;
    const denied = r.residency?.deniedCountries ?? [];
    if (denied.includes(j)) leak(`residency: ${j} denied`);
    if (allowed && !allowed.includes(j)) leak(`residency: ${j} not allowed`);
    if (j === "ASEAN" && (allowed || denied.length > 0) && !allowed?.includes("ASEAN"))
      leak("residency: the Secretariat without explicit permission");
  }
  return out;
}

/**
 * Propagate a retraction from the origin: each node that gets one drops its copy and passes it on
 * to the peers it could have sent the record to or did send it to (also a node that already lost
 * its copy when it was removed from the group: it still owes its own recipients a retraction).
 */
function retractEverywhere(w: World, net: Net, groups: ReadonlyMap<string, SharingGroup>): number {
  let retractionsSent = 0;
  const queue = [ORIGIN];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const x = queue.shift()!;
    const last = net.lastCopy.get(x)!;
    const copy: ShareableRecord = {
      ...last,
      retracted: true,
      published: false,
      previouslySentTo: [...net.sentTo.get(x)!],
    };
    for (const y of NODES) {
      if (y === x || !w.peerings.has(link(x, y))) continue;
      const d = outboundDecision(copy, peerView(w, x, y), { selfNode: x, sharingGroups: groups });
      if (!d.send) continue;
      if (d.as !== "retraction") throw new Error("a retracted record was sent as content");
      retractionsSent++;
      net.held.delete(y);
      if (net.lastCopy.has(y) && !seen.has(y)) {
        seen.add(y);
        queue.push(y);
      }
    }
  }
  return retractionsSent;
}

/** Remove one node from the record's sharing group; every node that sent it the record re-decides. */
function removeFromGroup(w: World, net: Net, removed: string): Map<string, SharingGroup> {
  const g = w.groups.get(w.record.sharingGroupId!)!;
  const groups = new Map(w.groups);
  groups.set(g.id, { ...g, nodes: g.nodes.filter((n) => n !== removed) });
  let changed = true;
  while (changed) {
    changed = false;
    for (const [x, h] of net.held) {
      const copy: ShareableRecord = { ...h.copy, previouslySentTo: [...net.sentTo.get(x)!] };
      for (const y of net.sentTo.get(x)!) {
        const d = outboundDecision(copy, peerView(w, x, y), { selfNode: x, sharingGroups: groups });
        if (d.send && d.as === "retraction" && net.held.delete(y)) changed = true;
      }
    }
  }
  return groups;
}

describe("outboundDecision: property-based, simulated delivery to 3 peer nodes", () => {
  it("never leaks in 2,000 generated cases (and retractions reach every copy)", () => {
    const rand = prng(0x5eed_a5ea);
    const CASES = 2000;
    let sentSomething = 0;
    let deliveries = 0;
    let relayed = 0;
    let receiverRejections = 0;
    let retractionCases = 0;
    let staleAfterRetraction = 0;
    let groupRemovals = 0;
    let staleAfterRemoval = 0;
    const allLeaks: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const w = generate(rand);
      const net = deliver(w);
      receiverRejections += net.receiverRejections;
      const others = [...net.held.keys()].filter((n) => n !== ORIGIN);
      if (others.length > 0) sentSomething++;
      deliveries += others.length;
      relayed += others.filter((n) => (net.held.get(n)!.copy.hops ?? 0) > 1).length;
      for (const l of leaks(w, w.groups, net)) allLeaks.push(`case ${i}: ${l}`);

      // Membership change: a node removed from the group loses the record.
      const g = w.record.sharingGroupId === null ? undefined : w.groups.get(w.record.sharingGroupId);
      let groupsNow: ReadonlyMap<string, SharingGroup> = w.groups;
      if (w.record.distribution === 4 && g && others.length > 0) {
        groupRemovals++;
        const removed = pick(rand, others);
        const after = removeFromGroup(w, net, removed);
        groupsNow = after;
        if (net.held.has(removed)) staleAfterRemoval++;
        for (const l of leaks(w, after, net)) allLeaks.push(`case ${i} after removing ${removed}: ${l}`);
      }

      // Retraction: the record disappears from every peer.
      if (others.length > 0) {
        retractionCases++;
        retractEverywhere(w, net, groupsNow);
        if ([...net.held.keys()].some((n) => n !== ORIGIN)) staleAfterRetraction++;
      }
    }
    console.info(
      `federation policy property test: ${CASES} cases, ${sentSomething} sent something (${((100 * sentSomething) / CASES).toFixed(1)}%), ` +
        `${deliveries} deliveries (${relayed} through a relay), ${receiverRejections} receiver rejections, ` +
        `${groupRemovals} group removals (${staleAfterRemoval} stale), ${retractionCases} retractions (${staleAfterRetraction} stale), ` +
        `${allLeaks.length} leaks`,
    );
    expect(allLeaks.slice(0, 20)).toEqual([]);
    expect(allLeaks.length).toBe(0);
    expect(CASES).toBeGreaterThanOrEqual(1000);
    expect(sentSomething / CASES).toBeGreaterThan(0.2);
    expect(relayed).toBeGreaterThan(0);
    expect(receiverRejections).toBe(0);
    expect(staleAfterRemoval).toBe(0);
    expect(staleAfterRetraction).toBe(0);
  });

  it("the invariants catch a leaking policy (the checker is not vacuous)", () => {
    // A deliberately broken "policy": deliver to every node, regardless of anything.
    const rand = prng(7);
    let caught = 0;
    for (let i = 0; i < 200; i++) {
      const w = generate(rand);
      const held = new Map<string, Holding>(
        NODES.map((n) => [n, { copy: { ...w.record, hops: 2 }, orgs: "all" }]),
      );
      const net: Net = { held, sentTo: new Map(), lastCopy: new Map(), receiverRejections: 0 };
      if (leaks(w, w.groups, net).length > 0) caught++;
    }
    expect(caught).toBeGreaterThan(150);
  });
});
