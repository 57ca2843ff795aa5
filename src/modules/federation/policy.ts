/**
 * Outbound sharing policy of the federation: one pure function decides what a given peer node may
 * receive. The sending node decides; the receiver runs the same function again as a re-check
 * (ARCHITECTURE.md, "Data that travels"). The model is MISP's distribution levels and sharing
 * groups with TLP 2.0 labels (reference/incidents.md). Whenever a rule is unclear the answer is
 * "do not send": a missing retraction is repaired by the next decision, a leak cannot be undone.
 *
 * Rules, in the order they are checked:
 * 1. Peer: nothing (not even a retraction) goes to a peer that is not active, to this node itself,
 *    or back to the record's origin node (which holds the authoritative copy). A retraction owed to
 *    a suspended peer is computed again, and sent, once it is active again.
 * 2. Publication: only published records travel. A record that is neither published nor retracted
 *    is a draft: nothing is sent, and peers keep the last published version.
 * 3. Distribution: 0 (organisation) and 1 (this node) never leave the node. 2 (connected nodes)
 *    goes only from the origin node (hops 0) to directly connected peers; the copy a peer receives
 *    counts one hop, is "downgraded" to 1 there and never forwarded. A non-origin node whose copy
 *    carries no hop count is treated as having travelled already. 3 (all nodes) goes to every
 *    active peer, also through relays. 4 (sharing group) goes only to nodes the group names, and
 *    there only to the group's organisations hosted at that node (the intersection, sorted); a
 *    group that names no organisation at all names whole nodes, so every organisation there
 *    receives it ("all"). A group naming organisations none of which the peer hosts gives the peer
 *    nothing (the node is listed, but none of its organisations is). The group must be known
 *    here; a relay forwards a group's record only if the relay is itself in the group.
 * 4. TLP: RED never leaves the node. AMBER+STRICT ("the recipient's organisation only") needs
 *    distribution 4 with a sharing group naming exactly one organisation; it goes only to nodes
 *    in the group hosting that organisation, visible only to it, and only from the origin (never
 *    forwarded). AMBER (need to know): within a sharing group (distribution 4), or with
 *    distribution 2 or 3 only from the origin to its directly connected peers (so never relayed
 *    further). GREEN (community) and CLEAR travel as far as the distribution allows.
 * 5. Residency: a peer whose jurisdiction is in deniedCountries gets nothing; if allowedCountries
 *    is present (even empty) the jurisdiction must be in it. "ASEAN" (the Secretariat) is not a
 *    country: a record carrying any residency flag goes there only if allowedCountries names
 *    "ASEAN". Codes compare case-insensitively; a peer without a jurisdiction gets no record
 *    carrying residency flags.
 * 6. Personal data: a record containing personal data that has not been redacted is never sent.
 * 7. Retractions travel like edits: a retracted record is sent as a retraction (an instruction to
 *    delete, no content) to every peer that could have received its last shared state (rules 3-5;
 *    personal data does not matter, as nothing of it travels) and to every peer in
 *    `previouslySentTo`. A published record is sent as a retraction to a peer in
 *    `previouslySentTo` that may no longer receive it under rules 3-5 (removed from the sharing
 *    group, residency tightened, TLP raised...). A version blocked only by unredacted personal
 *    data is held back, not retracted: the peer keeps the previous, redacted version.
 *    A retraction goes to the organisations that could receive the record, or to the whole node
 *    ("all") when it goes there only because the node received the record before.
 */

/** TLP 2.0 label (one per record). */
export type Tlp = "clear" | "green" | "amber" | "amber+strict" | "red";

/** MISP distribution: 0 organisation only, 1 this node, 2 connected nodes (one hop), 3 all nodes, 4 sharing group. */
export type Distribution = 0 | 1 | 2 | 3 | 4;

/** A record that can travel between nodes, with the fields the policy needs. */
export interface ShareableRecord {
  id: string;
  type: "incident" | "framework" | "crosswalk" | "assessment-summary" | "footprint-report" | "sharing-group";
  originNode: string;
  ownerOrg: string;
  version: number;
  tlp: Tlp;
  distribution: Distribution;
  sharingGroupId: string | null;
  published: boolean;
  retracted: boolean;
  /** Data-residency flags (ISO 3166 alpha-2 codes, or "ASEAN" for the Secretariat). */
  residency?: { allowedCountries?: string[]; deniedCountries?: string[] };
  containsPersonalData: boolean;
  personalDataRedacted: boolean;
  /** How many hops this copy already travelled (0 or absent at the origin). */
  hops?: number;
  /** Node ids this node already sent the record to (so removals become retractions). */
  previouslySentTo?: string[];
}

/** A named set of nodes and organisations, managed by its creator. */
export interface SharingGroup {
  id: string;
  nodes: string[];
  organisations: string[];
  creatorNode: string;
}

/** A peer node as this node sees it. */
export interface Peer {
  nodeId: string;
  /** ISO 3166 alpha-2 code, or "ASEAN" for the Secretariat. */
  jurisdiction: string;
  status: "active" | "suspended" | "revoked";
  /** Organisations hosted at that node. */
  organisations: string[];
  connectedDirectly: boolean;
}

/** What the deciding node knows about itself and the sharing groups. */
export interface PolicyContext {
  selfNode: string;
  sharingGroups: ReadonlyMap<string, SharingGroup>;
}

/** The decision for one peer, with plain-English reasons. */
export type Decision =
  | {
      send: true;
      as: "record" | "retraction";
      recipients: { organisations: "all" | string[] };
      reasons: string[];
    }
  | { send: false; reasons: string[] };

/** Who at a peer could receive the record under rules 3-5, or why nobody can. */
interface Audience {
  denied: string[];
  granted: string[];
  organisations: "all" | string[];
}

const code = (c: string) => c.trim().toUpperCase();

/** Hops this copy travelled; unknown at a node other than the origin counts as "already travelled". */
function hopsTravelled(record: ShareableRecord, ctx: PolicyContext): number {
  const h = record.hops;
  if (h === undefined) return record.originNode === ctx.selfNode ? 0 : Number.POSITIVE_INFINITY;
  return Number.isInteger(h) && h >= 0 ? h : Number.POSITIVE_INFINITY;
}

function audience(record: ShareableRecord, peer: Peer, ctx: PolicyContext): Audience {
  const denied: string[] = [];
  const granted: string[] = [];
  let organisations: "all" | string[] = "all";
  const atOrigin = record.originNode === ctx.selfNode;
  const hops = hopsTravelled(record, ctx);
  const dist = record.distribution;
  const group =
    dist === 4 && record.sharingGroupId !== null ? ctx.sharingGroups.get(record.sharingGroupId) : undefined;
  const knownGroup = group !== undefined && group.id === record.sharingGroupId ? group : undefined;

  // Rule 3: distribution.
  if (dist === 0) denied.push("Distribution 0 (your organisation only) never leaves the node");
  else if (dist === 1) denied.push("Distribution 1 (this node only) never leaves the node");
  else if (dist === 2) {
    if (!atOrigin || hops >= 1)
      denied.push(
        "Distribution 2 (connected nodes) travels one hop only: this copy was received from another node, so it counts as distribution 1 here and is not forwarded",
      );
    if (!peer.connectedDirectly)
      denied.push(
        `Distribution 2 (connected nodes) goes only to directly connected peers; ${peer.nodeId} is not one`,
      );
    if (denied.length === 0)
      granted.push(
        `Distribution 2 (connected nodes): ${peer.nodeId} is a directly connected peer, first hop`,
      );
  } else if (dist === 3) granted.push("Distribution 3 (all nodes): every active peer may receive it");
  else if (dist === 4) {
    const id = record.sharingGroupId;
    if (id === null) denied.push("Distribution 4 (sharing group) but the record names no sharing group");
    else if (!knownGroup)
      denied.push(`Sharing group ${id} is not known on this node, so nobody can be sent it`);
    else {
      if (!knownGroup.nodes.includes(peer.nodeId))
        denied.push(`Node ${peer.nodeId} is not in sharing group ${id}`);
      if (!atOrigin && !knownGroup.nodes.includes(ctx.selfNode))
        denied.push(`This node is not in sharing group ${id}, so it does not forward the group's records`);
      if (knownGroup.organisations.length === 0) {
        if (denied.length === 0)
          granted.push(
            `Sharing group ${id} names node ${peer.nodeId} and no organisations: every organisation there may see it`,
          );
      } else {
        const orgs = [
          ...new Set(knownGroup.organisations.filter((o) => peer.organisations.includes(o))),
        ].sort();
        if (orgs.length === 0)
          denied.push(`None of the organisations of sharing group ${id} is hosted at node ${peer.nodeId}`);
        else if (denied.length === 0) {
          organisations = orgs;
          granted.push(`Sharing group ${id}: only ${orgs.join(", ")} at node ${peer.nodeId} may see it`);
        }
      }
    }
  } else denied.push(`Unknown distribution level ${String(dist)}: not sent`);

  // Rule 4: TLP.
  const tlp = record.tlp;
  if (tlp === "red") denied.push("TLP:RED never leaves the node");
  else if (tlp === "amber+strict") {
    const before = denied.length;
    if (!atOrigin) denied.push("TLP:AMBER+STRICT is sent only by the origin node, never forwarded");
    if (dist !== 4 || !knownGroup)
      denied.push(
        "TLP:AMBER+STRICT (recipient's organisation only) needs a known sharing group (distribution 4) naming exactly one organisation",
      );
    else if (knownGroup.organisations.length !== 1)
      denied.push(
        `TLP:AMBER+STRICT needs a sharing group naming exactly one organisation; ${knownGroup.id} names ${knownGroup.organisations.length}`,
      );
    else {
      const named = knownGroup.organisations[0]!;
      if (!peer.organisations.includes(named))
        denied.push(
          `TLP:AMBER+STRICT goes only to the named organisation ${named}, not hosted at ${peer.nodeId}`,
        );
      else if (denied.length === 0) organisations = [named];
    }
    if (denied.length === before)
      granted.push("TLP:AMBER+STRICT: only the named organisation at that node may see it");
  } else if (tlp === "amber") {
    if (dist === 4) granted.push("TLP:AMBER (need to know): shared within the sharing group");
    else if (dist === 2 || dist === 3) {
      const before = denied.length;
      if (!atOrigin)
        denied.push("TLP:AMBER outside a sharing group is not forwarded beyond the origin's direct peers");
      if (!peer.connectedDirectly)
        denied.push(
          `TLP:AMBER (need to know) outside a sharing group goes only to directly connected peers; ${peer.nodeId} is not one`,
        );
      if (denied.length === before)
        granted.push("TLP:AMBER (need to know): a directly connected peer of the origin");
    }
  } else if (tlp === "green") granted.push("TLP:GREEN: the community, as far as the distribution allows");
  else if (tlp === "clear") granted.push("TLP:CLEAR: no limit beyond the distribution");
  else denied.push(`Unknown TLP label ${String(tlp)}: not sent`);

  // Rule 5: residency.
  const allowed = record.residency?.allowedCountries?.map(code);
  const deniedCountries = (record.residency?.deniedCountries ?? []).map(code);
  const restricted = allowed !== undefined || deniedCountries.length > 0;
  const j = code(peer.jurisdiction ?? "");
  if (!restricted) granted.push("No data-residency restrictions");
  else if (j === "") denied.push(`Residency: node ${peer.nodeId} has no known jurisdiction`);
  else {
    const before = denied.length;
    if (deniedCountries.includes(j)) denied.push(`Residency: ${j} is among the denied countries`);
    if (allowed !== undefined && !allowed.includes(j))
      denied.push(`Residency: ${j} is not among the allowed countries (${allowed.join(", ") || "none"})`);
    else if (j === "ASEAN" && allowed === undefined)
      denied.push(
        'Residency: the ASEAN Secretariat is not a country; a record with residency flags goes there only if "ASEAN" is explicitly allowed',
      );
    if (denied.length === before) granted.push(`Residency: ${j} is allowed`);
  }

  return { denied, granted, organisations };
}

/** Decide what `peer` may receive of `record` when sent from `ctx.selfNode` (sender check and receiver re-check). */
export function outboundDecision(record: ShareableRecord, peer: Peer, ctx: PolicyContext): Decision {
  // Rule 1: the peer itself.
  const blocked: string[] = [];
  if (peer.status !== "active")
    blocked.push(
      `Peer ${peer.nodeId} is ${String(peer.status)}: nothing is sent to a peer that is not active`,
    );
  if (peer.nodeId === ctx.selfNode) blocked.push("A node never sends records to itself");
  if (peer.nodeId === record.originNode)
    blocked.push(`Node ${peer.nodeId} is the origin of the record and holds the authoritative copy`);
  if (blocked.length > 0) return { send: false, reasons: blocked };

  const a = audience(record, peer, ctx);
  const sentBefore = record.previouslySentTo?.includes(peer.nodeId) ?? false;

  // Rule 7: a retracted record travels as a retraction, never as content.
  if (record.retracted) {
    if (a.denied.length === 0)
      return {
        send: true,
        as: "retraction",
        recipients: { organisations: a.organisations },
        reasons: [
          `Record ${record.id} is retracted: the retraction goes to every peer that could receive its last shared state`,
          ...a.granted,
        ],
      };
    if (sentBefore)
      return {
        send: true,
        as: "retraction",
        recipients: { organisations: "all" },
        reasons: [
          `Record ${record.id} is retracted and node ${peer.nodeId} received it before: it must remove it`,
        ],
      };
    return {
      send: false,
      reasons: [
        `Record ${record.id} is retracted and node ${peer.nodeId} never could receive it`,
        ...a.denied,
      ],
    };
  }

  // Rule 2: publication.
  if (!record.published)
    return {
      send: false,
      reasons: [
        `Record ${record.id} is not published: only published records travel (peers keep the last published version)`,
      ],
    };

  if (a.denied.length > 0) {
    // Rule 7: no longer allowed, but sent before: the peer must remove it.
    if (sentBefore)
      return {
        send: true,
        as: "retraction",
        recipients: { organisations: "all" },
        reasons: [
          `Node ${peer.nodeId} received record ${record.id} before but may no longer receive it, so it gets a retraction`,
          ...a.denied,
        ],
      };
    return { send: false, reasons: a.denied };
  }

  // Rule 6: personal data.
  if (record.containsPersonalData && !record.personalDataRedacted)
    return {
      send: false,
      reasons: [
        "The record contains personal data that has not been redacted: it never leaves the node",
        ...(sentBefore ? ["The peer keeps the previous version until this one is redacted"] : []),
      ],
    };

  return {
    send: true,
    as: "record",
    recipients: { organisations: a.organisations },
    reasons: [
      ...a.granted,
      record.containsPersonalData ? "Personal data has been redacted" : "The record holds no personal data",
    ],
  };
}

/** The decision for each peer, in order: exactly which nodes and organisations would receive the record. */
export function previewRecipients(
  record: ShareableRecord,
  peers: Peer[],
  ctx: PolicyContext,
): { nodeId: string; decision: Decision }[] {
  return peers.map((peer) => ({ nodeId: peer.nodeId, decision: outboundDecision(record, peer, ctx) }));
}
