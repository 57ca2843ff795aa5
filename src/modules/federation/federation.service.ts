/**
 * Federation: peering, sharing groups, our shared records, the changes feed we serve to each peer
 * (filtered here, at the sender, by the outbound policy) and applying what we pull from peers
 * (checked again here, at the receiver). Design: docs/decisions/0006-federation.md.
 */
import type { KeyObject } from "node:crypto";
import type { Actor } from "../../platform/access.ts";
import { appendAudit } from "../../platform/audit.ts";
import type { AppContext } from "../../platform/context.ts";
import { jwkThumbprint } from "../../platform/crypto.ts";
import type { Executor } from "../../platform/db/index.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { uuidv7 } from "../../platform/ids.ts";
import { hostedOrganisations, nodeInfo, nodeSigningKey } from "../tenancy/tenancy.service.ts";
import {
  checkAhead,
  contentHash,
  envelopeProblem,
  publicKeyOf,
  signEnvelope,
  toShareable,
  type Unsigned,
} from "./envelope.ts";
import * as repo from "./federation.repo.ts";
import {
  type ChangeItemT,
  ChangesPage,
  type ChangesPageT,
  type EnvelopeT,
  NodeHello,
  type NodeHelloT,
  type PeerT,
  type SharingGroupT,
  type SharingT,
} from "./federation.schemas.ts";
import {
  type Decision,
  outboundDecision,
  type Peer,
  type PolicyContext,
  type SharingGroup,
} from "./policy.ts";
import { type Signer, signedFetch } from "./transport.ts";

// ---------- this node ----------

export async function signer(ctx: AppContext): Promise<Signer> {
  return { keyId: (await nodeInfo(ctx)).nodeId, key: await nodeSigningKey(ctx) };
}

/** What we tell peers about ourselves. */
export async function hello(ctx: AppContext): Promise<NodeHelloT> {
  const info = await nodeInfo(ctx);
  return {
    nodeId: info.nodeId,
    url: ctx.config.publicUrl,
    name: info.name,
    jurisdiction: info.jurisdiction,
    publicKeyJwk: info.publicKeyJwk as NodeHelloT["publicKeyJwk"],
    organisations: await hostedOrganisations(ctx),
  };
}

const peerKey = (p: repo.PeerRow) => ({ keyId: p.node_id, key: publicKeyOf(p.public_key_jwk) });

const toPeer = (p: repo.PeerRow, head?: string): PeerT => ({
  nodeId: p.node_id,
  url: p.url,
  name: p.name,
  jurisdiction: p.jurisdiction,
  fingerprint: p.fingerprint,
  status: p.status,
  localApproved: p.local_approved,
  remoteApproved: p.remote_approved,
  organisations: p.organisations,
  cursor: String(p.cursor),
  lastSyncAt: p.last_sync_at?.toISOString() ?? null,
  lastError: p.last_error,
  failures: p.failures,
  nextAttemptAt: p.next_attempt_at.toISOString(),
  lagRecords: head === undefined ? null : Math.max(0, Number(head) - Number(p.cursor)),
});

/** Lag as the peer last announced its feed head (see notify); unknown until then. */
const announcedHeads = new WeakMap<AppContext, Map<string, string>>();
export function noteAnnouncedHead(ctx: AppContext, nodeId: string, cursor: string) {
  const m = announcedHeads.get(ctx) ?? new Map<string, string>();
  announcedHeads.set(ctx, m);
  m.set(nodeId, cursor);
}

// ---------- peering ----------

const base = (url: string) => url.replace(/\/+$/, "");

export async function listPeers(ctx: AppContext): Promise<PeerT[]> {
  const heads = announcedHeads.get(ctx);
  return (await repo.listPeers(ctx.db)).map((p) => toPeer(p, heads?.get(p.node_id)));
}

export async function getPeer(ctx: AppContext, nodeId: string): Promise<PeerT> {
  const p = await repo.getPeer(ctx.db, nodeId);
  if (!p) throw notFound("Peer");
  return toPeer(p, announcedHeads.get(ctx)?.get(nodeId));
}

const statusAfterApproval = (p: { local_approved: boolean; remote_approved: boolean }) =>
  p.local_approved && p.remote_approved ? "active" : "pending";

/**
 * Adds a peer by URL: reads its public identity, then sends it a signed peering request carrying
 * ours. Both sides must approve (adding counts as our approval); the fingerprints are shown so the
 * administrators can confirm them out of band.
 */
export async function addPeer(ctx: AppContext, actor: Actor, url: string): Promise<PeerT> {
  const peerUrl = base(url);
  const me = await hello(ctx);
  if (peerUrl === base(me.url))
    throw new AppError("invalid_input", "That is this node's own URL.", [
      { field: "url", message: "this node's own URL" },
    ]);
  let info: { nodeId: string; publicKeyJwk: NodeHelloT["publicKeyJwk"] };
  try {
    const res = await fetch(`${peerUrl}/.well-known/aisafe-node`, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    info = (await res.json()) as typeof info;
  } catch (e) {
    throw new AppError(
      "invalid_input",
      `No ASEAN AI Safe node answered at ${peerUrl} (${(e as Error).message}).`,
      [{ field: "url", message: "no node answered at this URL" }],
    );
  }
  if (info.nodeId === me.nodeId)
    throw new AppError("invalid_input", "That URL is this node.", [{ field: "url", message: "this node" }]);
  const existing = await repo.getPeer(ctx.db, info.nodeId);
  if (existing?.status === "revoked")
    throw new AppError(
      "conflict",
      "This peer was revoked; revocation is final. Ask its administrators for a new node identity.",
    );
  const key = { keyId: info.nodeId, key: publicKeyOf(info.publicKeyJwk) };
  const res = await signedFetch(await signer(ctx), "POST", `${peerUrl}/federation/v1/peering`, {
    body: { node: me, action: "request" },
    peerKey: key,
  });
  const parsed = NodeHello.safeParse(res.body);
  if (
    !parsed.success ||
    parsed.data.nodeId !== info.nodeId ||
    parsed.data.publicKeyJwk.x !== info.publicKeyJwk.x
  )
    throw new AppError(
      "unavailable",
      "The peer answered with an identity that does not match its published one.",
    );
  const them = parsed.data;
  await ctx.db.transaction().execute(async (trx) => {
    if (existing) {
      await repo.updatePeer(trx, them.nodeId, {
        url: peerUrl,
        name: them.name,
        jurisdiction: them.jurisdiction,
        organisations: them.organisations,
        local_approved: true,
        status: statusAfterApproval({ local_approved: true, remote_approved: existing.remote_approved }),
      });
    } else {
      await repo.insertPeer(trx, {
        node_id: them.nodeId,
        url: peerUrl,
        name: them.name,
        jurisdiction: them.jurisdiction,
        public_key_jwk: them.publicKeyJwk,
        fingerprint: jwkThumbprint(them.publicKeyJwk),
        status: "pending",
        local_approved: true,
        remote_approved: false,
        organisations: them.organisations,
      });
    }
    await appendAudit(trx, actor, {
      action: "federation.peer.add",
      targetType: "peer",
      targetId: them.nodeId,
      change: { url: peerUrl, fingerprint: jwkThumbprint(them.publicKeyJwk) },
    });
  });
  return getPeer(ctx, them.nodeId);
}

/** A peer's signed peering message (request, approve, suspend, resume, revoke). */
export async function receivePeering(
  ctx: AppContext,
  them: NodeHelloT,
  action: "request" | "approve" | "suspend" | "resume" | "revoke",
): Promise<NodeHelloT> {
  const existing = await repo.getPeer(ctx.db, them.nodeId);
  if (existing?.status === "revoked") throw new AppError("forbidden", "This node revoked the peering.");
  if (!existing && action !== "request")
    throw new AppError("forbidden", "Unknown peer: send a peering request first.");
  const actor: Actor = { kind: "system", label: `peer ${them.nodeId}` };
  await ctx.db.transaction().execute(async (trx) => {
    if (!existing) {
      await repo.insertPeer(trx, {
        node_id: them.nodeId,
        url: base(them.url),
        name: them.name,
        jurisdiction: them.jurisdiction,
        public_key_jwk: them.publicKeyJwk,
        fingerprint: jwkThumbprint(them.publicKeyJwk),
        status: "pending",
        local_approved: false,
        remote_approved: true,
        organisations: them.organisations,
      });
    } else {
      // The peer's key and jurisdiction stay as confirmed at peering: a peer cannot move itself
      // into another jurisdiction (residency rules depend on it).
      const remote =
        action === "revoke" ? existing.remote_approved : action !== "suspend" || existing.remote_approved;
      let status = existing.status;
      let suspendedBy = existing.suspended_by;
      if (action === "revoke") status = "revoked";
      else if (action === "suspend") {
        if (status !== "suspended") suspendedBy = "remote";
        status = "suspended";
      } else if (status === "suspended") {
        // Only the side that suspended resumes.
        if (action === "resume" && suspendedBy === "remote") {
          suspendedBy = null;
          status = statusAfterApproval({ local_approved: existing.local_approved, remote_approved: remote });
        }
      } else
        status = statusAfterApproval({ local_approved: existing.local_approved, remote_approved: remote });
      await repo.updatePeer(trx, them.nodeId, {
        url: base(them.url),
        name: them.name,
        organisations: them.organisations,
        remote_approved: remote,
        status,
        suspended_by: suspendedBy,
        ...(status === "active" && existing.status !== "active"
          ? { next_attempt_at: new Date(), failures: 0 }
          : {}),
      });
    }
    await appendAudit(trx, actor, {
      action: `federation.peer.remote-${action}`,
      targetType: "peer",
      targetId: them.nodeId,
      change: { url: them.url, fingerprint: jwkThumbprint(them.publicKeyJwk) },
    });
  });
  return hello(ctx);
}

/** Our administrator approves, suspends, resumes or revokes a peer; the peer is told (best effort). */
export async function peerAction(
  ctx: AppContext,
  actor: Actor,
  nodeId: string,
  action: "approve" | "suspend" | "resume" | "revoke",
): Promise<PeerT> {
  const p = await repo.getPeer(ctx.db, nodeId);
  if (!p) throw notFound("Peer");
  if (p.status === "revoked") throw new AppError("conflict", "This peer is revoked; revocation is final.");
  if (action === "approve" && p.local_approved)
    throw new AppError("conflict", "This peer is already approved here.");
  if (action === "suspend" && p.status !== "active")
    throw new AppError("conflict", `Only an active peer can be suspended; this one is ${p.status}.`);
  if (action === "resume" && p.status !== "suspended")
    throw new AppError("conflict", `Only a suspended peer can be resumed; this one is ${p.status}.`);
  if (action === "resume" && p.suspended_by === "remote")
    throw new AppError("conflict", "The peer suspended the peering; only it can resume.");
  const local = action === "approve" ? true : p.local_approved;
  const status =
    action === "revoke"
      ? "revoked"
      : action === "suspend"
        ? "suspended"
        : p.status === "suspended" && action !== "resume"
          ? "suspended"
          : statusAfterApproval({ local_approved: local, remote_approved: p.remote_approved });
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePeer(trx, nodeId, {
      local_approved: local,
      status,
      suspended_by: action === "suspend" ? "local" : action === "resume" ? null : p.suspended_by,
      ...(status === "active" ? { next_attempt_at: new Date(), failures: 0 } : {}),
    });
    await appendAudit(trx, actor, {
      action: `federation.peer.${action}`,
      targetType: "peer",
      targetId: nodeId,
      change: { from: p.status, to: status },
    });
  });
  // Tell the peer. Approval matters to it (both sides must approve); the rest is a courtesy, as
  // each side enforces its own decision anyway.
  try {
    await signedFetch(await signer(ctx), "POST", `${p.url}/federation/v1/peering`, {
      body: { node: await hello(ctx), action },
      peerKey: peerKey(p),
      timeoutMs: 10_000,
    });
  } catch (e) {
    if (action === "approve") throw e;
    ctx.log.warn({ err: e, peer: nodeId }, `could not tell the peer about ${action}`);
  }
  return getPeer(ctx, nodeId);
}

/** The key of a peer allowed to call the given endpoint (active peers; any non-revoked for peering). */
export async function peerKeyFor(
  ctx: AppContext,
  nodeId: string,
  peering: boolean,
): Promise<KeyObject | undefined> {
  const p = await repo.getPeer(ctx.db, nodeId);
  if (!p || p.status === "revoked") return undefined;
  if (!peering && p.status !== "active") return undefined;
  return publicKeyOf(p.public_key_jwk);
}

export const rememberNonce = (ctx: AppContext, keyId: string, nonce: string, expiresAt: Date) =>
  repo.rememberNonce(ctx.db, keyId, nonce, expiresAt);

/** A refused node-to-node request: an audit entry and a line in the sync log; nothing stored. */
export async function recordRefusal(ctx: AppContext, nodeId: string | null, what: string, reason: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await appendAudit(
      trx,
      { kind: "system", label: "federation" },
      {
        action: "federation.refused",
        targetType: "peer",
        targetId: nodeId,
        change: { what, reason },
      },
    );
    await repo.logSync(trx, {
      node_id: nodeId,
      direction: "refused",
      ok: false,
      refused: 1,
      detail: `${what}: ${reason}`,
    });
  });
}

// ---------- sharing groups ----------

const toGroup = (g: repo.GroupRow, self: string): SharingGroupT => ({
  id: g.id,
  name: g.name,
  creatorNode: g.creator_node,
  nodes: g.nodes,
  organisations: g.organisations,
  version: g.version,
  updatedAt: g.updated_at.toISOString(),
  editable: g.creator_node === self,
});

export async function listGroups(ctx: AppContext): Promise<SharingGroupT[]> {
  const self = (await nodeInfo(ctx)).nodeId;
  return (await repo.listGroups(ctx.db)).map((g) => toGroup(g, self));
}

async function policyContext(db: Executor, selfNode: string): Promise<PolicyContext> {
  const groups = await repo.listGroups(db);
  return {
    selfNode,
    sharingGroups: new Map(
      groups.map((g) => [
        g.id,
        { id: g.id, nodes: g.nodes, organisations: g.organisations, creatorNode: g.creator_node },
      ]),
    ),
  };
}

/** Creates or changes a sharing group we created; its new version travels to its members, and our records in it are re-issued so removals become retractions. */
export async function saveGroup(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; nodes: string[]; organisations: string[] },
  id?: string,
): Promise<SharingGroupT> {
  const self = (await nodeInfo(ctx)).nodeId;
  const known = new Set((await repo.listPeers(ctx.db)).map((p) => p.node_id));
  const unknown = input.nodes.filter((n) => n !== self && !known.has(n));
  if (unknown.length)
    throw new AppError("invalid_input", `Not a peer of this node: ${unknown.join(", ")}.`, [
      { field: "nodes", message: `unknown node ${unknown[0]}` },
    ]);
  const nodes = [...new Set([self, ...input.nodes])].sort();
  const organisations = [...new Set(input.organisations)].sort();
  const key = await nodeSigningKey(ctx);
  const groupId = id ?? uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    const before = id ? await repo.getGroup(trx, id) : undefined;
    if (id && !before) throw notFound("Sharing group");
    if (before && before.creator_node !== self)
      throw new AppError("forbidden", "Only the node that created a sharing group manages it.");
    const version = (before?.version ?? 0) + 1;
    await repo.putGroup(trx, {
      id: groupId,
      name: input.name,
      creator_node: self,
      nodes,
      organisations,
      version,
    });
    // The group first, so peers know the new membership before the re-issued records.
    const content = { id: groupId, name: input.name, creatorNode: self, nodes, organisations };
    await putLocal(trx, key, self, {
      id: groupId,
      type: "sharing-group",
      ownerOrg: "node",
      title: input.name,
      content,
      sharing: { tlp: "green", distribution: 4, sharingGroupId: groupId, residency: null },
      containsPersonalData: false,
      personalDataRedacted: false,
    });
    if (before) {
      for (const r of await repo.localRecordsOfGroup(trx, self, groupId)) await reissue(trx, key, r, {});
    }
    await appendAudit(trx, actor, {
      action: before ? "federation.group.update" : "federation.group.create",
      targetType: "sharing-group",
      targetId: groupId,
      change: { name: input.name, nodes, organisations, version },
    });
  });
  scheduleNotify(ctx);
  const g = await repo.getGroup(ctx.db, groupId);
  return toGroup(g!, self);
}

// ---------- our records ----------

export interface LocalRecordInput {
  id: string;
  type: Exclude<EnvelopeT["type"], "sharing-group"> | "sharing-group";
  ownerOrg: string;
  title: string;
  content: Record<string, unknown>;
  sharing: SharingT;
  containsPersonalData: boolean;
  personalDataRedacted: boolean;
}

const envelopeOf = (r: repo.RecordRow): EnvelopeT => ({
  id: r.id,
  type: r.type as EnvelopeT["type"],
  originNode: r.origin_node,
  ownerOrg: r.owner_org,
  version: r.version,
  tlp: r.tlp as EnvelopeT["tlp"],
  distribution: r.distribution as EnvelopeT["distribution"],
  sharingGroupId: r.sharing_group_id,
  residency: (r.residency as EnvelopeT["residency"]) ?? null,
  containsPersonalData: r.contains_personal_data,
  personalDataRedacted: r.personal_data_redacted,
  published: r.published,
  retracted: r.retracted,
  title: r.title,
  contentHash: r.content_hash,
  signature: r.signature,
  hops: r.hops,
  content: r.content,
});

/** The row that stores an envelope (ours: received_from and recipients null). */
export function rowOf(
  env: EnvelopeT,
  extra: { received_from: string | null; recipients: "all" | string[] | null; removed?: boolean },
): repo.RecordWrite {
  return {
    id: env.id,
    type: env.type,
    origin_node: env.originNode,
    owner_org: env.ownerOrg,
    version: env.version,
    tlp: env.tlp,
    distribution: env.distribution,
    sharing_group_id: env.sharingGroupId,
    residency: env.residency ?? null,
    contains_personal_data: env.containsPersonalData,
    personal_data_redacted: env.personalDataRedacted,
    published: env.published,
    retracted: env.retracted,
    removed: extra.removed ?? false,
    hops: env.hops,
    title: env.title,
    content: env.content,
    content_hash: env.contentHash,
    signature: env.signature,
    received_from: extra.received_from,
    recipients: extra.recipients,
  };
}

async function putLocal(trx: Executor, key: KeyObject, self: string, input: LocalRecordInput) {
  const before = await repo.lockRecord(trx, input.id);
  if (before && before.origin_node !== self)
    throw new AppError("conflict", "Only the origin node edits a shared record.");
  const env = signEnvelope(key, {
    id: input.id,
    type: input.type,
    originNode: self,
    ownerOrg: input.ownerOrg,
    version: (before?.version ?? 0) + 1,
    tlp: input.sharing.tlp,
    distribution: input.sharing.distribution,
    sharingGroupId: input.sharing.sharingGroupId,
    residency: input.sharing.residency,
    containsPersonalData: input.containsPersonalData,
    personalDataRedacted: input.personalDataRedacted,
    published: true,
    retracted: false,
    title: input.title.slice(0, 500),
    contentHash: contentHash(input.content),
    hops: 0,
    content: input.content,
  });
  await repo.upsertRecords(trx, [rowOf(env, { received_from: null, recipients: null })]);
  return env;
}

/** A new version of one of our records with changed sharing (or none: a re-issue after a group change). */
async function reissue(trx: Executor, key: KeyObject, r: repo.RecordRow, patch: Partial<Unsigned>) {
  const { signature: _s, ...prev } = envelopeOf(r);
  const env = signEnvelope(key, { ...prev, ...patch, version: r.version + 1, hops: 0 });
  await repo.upsertRecords(trx, [rowOf(env, { received_from: null, recipients: null })]);
  return env;
}

/**
 * Shares (or shares a new version of) one of this node's records, inside the caller's transaction
 * (e.g. an incident's publication). Peers are told after the caller commits (`scheduleNotify`).
 */
export async function shareLocal(
  ctx: AppContext,
  trx: Executor,
  input: LocalRecordInput,
): Promise<EnvelopeT> {
  const self = (await nodeInfo(ctx)).nodeId;
  if (input.sharing.distribution === 4) await requireGroup(trx, input.sharing.sharingGroupId);
  return putLocal(trx, await nodeSigningKey(ctx, trx), self, input);
}

async function requireGroup(db: Executor, id: string | null) {
  if (!id || !(await repo.getGroup(db, id)))
    throw new AppError("invalid_input", "Distribution 4 needs a known sharing group.", [
      { field: "sharingGroupId", message: id ? "unknown sharing group" : "required with distribution 4" },
    ]);
}

/**
 * How one of this node's records is shared now (null: never shared), for the module that shares
 * it: the version, the sharing, whether it is withdrawn, and the content hash.
 */
export async function localShareState(ctx: AppContext, id: string, db: Executor = ctx.db) {
  const r = await repo.getRecord(db, id);
  if (!r || r.origin_node !== (await nodeInfo(ctx)).nodeId) return null;
  return {
    recordId: r.id,
    version: r.version,
    tlp: r.tlp as EnvelopeT["tlp"],
    distribution: r.distribution as EnvelopeT["distribution"],
    sharingGroupId: r.sharing_group_id,
    retracted: r.retracted,
    contentHash: r.content_hash,
    updatedAt: r.updated_at.toISOString(),
  };
}

/**
 * Whether sharing this again would change nothing (the same content, sharing and owner, not
 * withdrawn): modules then keep the current version instead of issuing a new one.
 */
export async function unchangedShare(trx: Executor, input: LocalRecordInput): Promise<boolean> {
  const r = await repo.getRecord(trx, input.id);
  return (
    !!r &&
    !r.retracted &&
    !r.removed &&
    r.content_hash === contentHash(input.content) &&
    r.tlp === input.sharing.tlp &&
    r.distribution === input.sharing.distribution &&
    r.sharing_group_id === normalisedSharing(input.sharing).sharingGroupId &&
    JSON.stringify(r.residency ?? null) === JSON.stringify(input.sharing.residency ?? null) &&
    r.owner_org === input.ownerOrg &&
    r.title === input.title.slice(0, 500)
  );
}

/** A sharing as stored: a sharing group only with distribution 4. */
export const normalisedSharing = (s: SharingT): SharingT => ({
  ...s,
  sharingGroupId: s.distribution === 4 ? s.sharingGroupId : null,
});

/**
 * A module shares one of its records (again), with its audit entry, in one transaction: a new
 * version unless nothing changed (unchangedShare). Peers are told after the commit.
 */
export async function shareAudited(
  ctx: AppContext,
  actor: Actor,
  input: LocalRecordInput,
  audit: { action: string; targetType: string },
) {
  await ctx.db.transaction().execute(async (trx) => {
    if (await unchangedShare(trx, input)) return;
    const env = await shareLocal(ctx, trx, input);
    await appendAudit(trx, actor, {
      ...audit,
      targetId: input.id,
      change: { version: env.version, contentHash: env.contentHash, ...input.sharing },
    });
  });
  scheduleNotify(ctx);
}

/** A module withdraws one of its shared records (a signed retraction), with its audit entry. */
export async function unshareAudited(
  ctx: AppContext,
  actor: Actor,
  id: string,
  audit: { action: string; targetType: string; notShared: string },
) {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await retractLocal(ctx, trx, id))) throw new AppError("conflict", audit.notShared);
    await appendAudit(trx, actor, {
      action: audit.action,
      targetType: audit.targetType,
      targetId: id,
      change: {},
    });
  });
  scheduleNotify(ctx);
}

/** Sharing groups a record can be shared with here (id and name only), for sharing panels. */
export const groupChoices = async (ctx: AppContext) =>
  (await repo.listGroups(ctx.db)).map((g) => ({ id: g.id, name: g.name }));

/** The record id of a framework or crosswalk of our library: minted (UUIDv7) the first time it is shared. */
export const sourceRecordId = (trx: Executor, type: "framework" | "crosswalk", key: string) =>
  repo.sourceRecordId(trx, type, key, uuidv7);
export const findSourceRecordId = repo.findSourceRecordId;

/** Withdraws one of our records everywhere: a signed retraction replaces its content. */
export async function retractLocal(ctx: AppContext, trx: Executor, id: string): Promise<boolean> {
  const r = await repo.lockRecord(trx, id);
  if (!r || r.retracted) return false;
  const self = (await nodeInfo(ctx)).nodeId;
  if (r.origin_node !== self)
    throw new AppError("conflict", "Only the origin node retracts a shared record.");
  await reissue(trx, await nodeSigningKey(ctx, trx), r, {
    retracted: true,
    content: null,
    contentHash: null,
  });
  return true;
}

/** Changes how one of our records is shared (a new version); peers no longer allowed get a retraction. */
export async function setSharing(ctx: AppContext, actor: Actor, id: string, sharing: SharingT) {
  const self = (await nodeInfo(ctx)).nodeId;
  const key = await nodeSigningKey(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const r = await repo.lockRecord(trx, id);
    if (!r) throw notFound("Shared record");
    if (r.origin_node !== self)
      throw new AppError("forbidden", "Only the origin node changes how a record is shared.");
    if (r.retracted) throw new AppError("conflict", "This record was retracted.");
    if (sharing.distribution === 4) await requireGroup(trx, sharing.sharingGroupId);
    await reissue(trx, key, r, {
      tlp: sharing.tlp,
      distribution: sharing.distribution,
      sharingGroupId: normalisedSharing(sharing).sharingGroupId,
      residency: sharing.residency,
    });
    await appendAudit(trx, actor, {
      action: "federation.record.sharing",
      targetType: r.type,
      targetId: id,
      change: sharing,
    });
  });
  scheduleNotify(ctx);
  return getRecord(ctx, actor, id);
}

/** Retracts one of our records on request of its administrator. */
export async function retract(ctx: AppContext, actor: Actor, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await retractLocal(ctx, trx, id)))
      throw new AppError("conflict", "Not a shared record of this node, or already retracted.");
    await appendAudit(trx, actor, {
      action: "federation.record.retract",
      targetType: "record",
      targetId: id,
      change: {},
    });
  });
  scheduleNotify(ctx);
  return getRecord(ctx, actor, id);
}

const toRecord = (r: repo.RecordRow, sentTo: { node_id: string; version: number; kind: string }[]) => ({
  id: r.id,
  type: r.type as EnvelopeT["type"],
  title: r.title,
  originNode: r.origin_node,
  ownerOrg: r.owner_org,
  version: r.version,
  tlp: r.tlp as EnvelopeT["tlp"],
  distribution: r.distribution,
  sharingGroupId: r.sharing_group_id,
  residency: (r.residency as EnvelopeT["residency"]) ?? null,
  published: r.published,
  retracted: r.retracted || r.removed,
  hops: r.hops,
  contentHash: r.content_hash,
  content: r.removed ? null : r.content,
  receivedFrom: r.received_from,
  recipients: r.recipients,
  sentTo: sentTo.map((d) => ({ nodeId: d.node_id, version: d.version, kind: d.kind })),
  updatedAt: r.updated_at.toISOString(),
});

/** Node admins see every record; regulators see ours and those sent to the whole node or to their organisation. */
const visibleOrgs = (actor: Actor) =>
  actor.kind === "system" || (actor.kind === "user" && actor.nodeRole === "node-admin")
    ? undefined
    : actor.kind === "user"
      ? actor.memberships.map((m) => m.orgId)
      : [];

export async function getRecord(ctx: AppContext, actor: Actor, id: string) {
  const r = await repo.getVisibleRecord(ctx.db, id, visibleOrgs(actor));
  if (!r) throw notFound("Shared record");
  return toRecord(r, await repo.deliveriesOf(ctx.db, [id]));
}

export async function listRecords(
  ctx: AppContext,
  actor: Actor,
  f: {
    origin: "local" | "received" | "all";
    type?: EnvelopeT["type"] | undefined;
    limit: number;
    offset: number;
  },
) {
  const self = (await nodeInfo(ctx)).nodeId;
  const { items, total } = await repo.listRecords(ctx.db, self, f, visibleOrgs(actor));
  const deliveries = await repo.deliveriesOf(
    ctx.db,
    items.map((i) => i.id),
  );
  return {
    items: items.map((r) =>
      toRecord(
        r,
        deliveries.filter((d) => d.record_id === r.id),
      ),
    ),
    total,
    limit: f.limit,
    offset: f.offset,
  };
}

const policyPeer = (p: repo.PeerRow): Peer => ({
  nodeId: p.node_id,
  jurisdiction: p.jurisdiction,
  status: p.status === "pending" ? "suspended" : p.status,
  organisations: p.organisations.map((o) => o.id),
  connectedDirectly: true,
});

/**
 * Exactly which peers and organisations would receive a record (with its current sharing, or the
 * sharing given), and why: the same decision the changes feed makes.
 */
export async function preview(ctx: AppContext, id: string, sharing?: SharingT) {
  const r = await repo.getRecord(ctx.db, id);
  if (!r) throw notFound("Shared record");
  const env = envelopeOf(r);
  const candidate: Unsigned = sharing
    ? {
        ...env,
        tlp: sharing.tlp,
        distribution: sharing.distribution,
        sharingGroupId: sharing.sharingGroupId,
        residency: sharing.residency,
      }
    : env;
  return recipientsOf(ctx, candidate);
}

/**
 * The preview for one of our records that is shared now, or would be shared (again) with the given
 * sharing: a module's "share with the network" panel shows it before its owner shares.
 */
export async function previewShare(
  ctx: AppContext,
  input: { id: string; type: LocalRecordInput["type"]; ownerOrg: string; title: string; sharing: SharingT },
) {
  const self = (await nodeInfo(ctx)).nodeId;
  const r = await repo.getRecord(ctx.db, input.id);
  if (r && r.origin_node !== self) throw new AppError("conflict", "Only the origin node shares a record.");
  const base: Unsigned = r
    ? envelopeOf(r)
    : {
        id: input.id,
        type: input.type,
        originNode: self,
        ownerOrg: input.ownerOrg,
        version: 1,
        tlp: input.sharing.tlp,
        distribution: input.sharing.distribution,
        sharingGroupId: input.sharing.sharingGroupId,
        residency: input.sharing.residency,
        containsPersonalData: false,
        personalDataRedacted: false,
        published: true,
        retracted: false,
        title: input.title,
        contentHash: null,
        hops: 0,
        content: null,
      };
  return recipientsOf(ctx, {
    ...base,
    published: true,
    retracted: false,
    tlp: input.sharing.tlp,
    distribution: input.sharing.distribution,
    sharingGroupId: normalisedSharing(input.sharing).sharingGroupId,
    residency: input.sharing.residency,
  });
}

async function recipientsOf(ctx: AppContext, candidate: Unsigned) {
  const self = (await nodeInfo(ctx)).nodeId;
  const peers = (await repo.listPeers(ctx.db)).filter((p) => p.status !== "revoked");
  const sentTo = (await repo.deliveriesOf(ctx.db, [candidate.id])).map((d) => d.node_id);
  const pctx = await policyContext(ctx.db, self);
  return {
    recipients: peers.map((p) => {
      const d = outboundDecision(toShareable(candidate, sentTo), policyPeer(p), pctx);
      return {
        nodeId: p.node_id,
        name: p.name,
        jurisdiction: p.jurisdiction,
        send: d.send,
        as: d.send ? d.as : null,
        organisations: d.send ? d.recipients.organisations : null,
        reasons: d.reasons,
      };
    }),
  };
}

// ---------- the changes feed we serve ----------

/**
 * The next page of our changes feed for one peer: every record changed after `since`, decided by
 * the outbound policy for that peer (records, retractions, or nothing). The cursor moves past
 * what was withheld too, so a peer never learns that something was withheld.
 */
export async function changesFor(
  ctx: AppContext,
  peerId: string,
  since: string,
  limit: number,
): Promise<ChangesPageT> {
  const self = (await nodeInfo(ctx)).nodeId;
  const peer = await repo.getPeer(ctx.db, peerId);
  if (peer?.status !== "active") throw new AppError("forbidden", "Not an active peer.");
  const pctx = await policyContext(ctx.db, self);
  const rows = await repo.changesAfter(ctx.db, since, limit);
  const sent = new Set(
    (
      await repo.deliveriesTo(
        ctx.db,
        peerId,
        rows.map((r) => r.id),
      )
    ).map((d) => d.record_id),
  );
  const items: ChangeItemT[] = [];
  const deliveries: Parameters<typeof repo.recordDeliveries>[1] = [];
  const p = policyPeer(peer);
  const keys = new Map<string, NodeHelloT["publicKeyJwk"]>();
  for (const k of await repo.originKeys(ctx.db))
    keys.set(k.node_id, k.public_key_jwk as NodeHelloT["publicKeyJwk"]);
  for (const x of await repo.listPeers(ctx.db))
    keys.set(x.node_id, x.public_key_jwk as NodeHelloT["publicKeyJwk"]);
  for (const r of rows) {
    if (r.received_from === peerId) continue; // it came from there
    const env = envelopeOf(r);
    const shareable = toShareable(env, sent.has(r.id) ? [peerId] : []);
    if (r.removed) shareable.retracted = true; // we hold it no longer: nor may those we gave it to
    const d: Decision = outboundDecision(shareable, p, pctx);
    if (!d.send) continue;
    if (d.as === "record") {
      const originKey = r.origin_node === self ? undefined : keys.get(r.origin_node);
      items.push({
        kind: "record",
        envelope: env,
        recipients: d.recipients.organisations,
        ...(originKey ? { originKey } : {}),
      });
    } else {
      items.push({ kind: "retraction", id: r.id, version: r.version, envelope: r.retracted ? env : null });
    }
    deliveries.push({ record_id: r.id, node_id: peerId, version: r.version, kind: d.as });
  }
  await repo.recordDeliveries(ctx.db, deliveries);
  return {
    node: self,
    items,
    cursor: rows.length ? rows[rows.length - 1]!.seq : since,
    more: rows.length === limit,
  };
}

export const feedHead = (ctx: AppContext) => repo.lastSeq(ctx.db);

// ---------- pulling from a peer ----------

export interface PullResult {
  received: number;
  retracted: number;
  refused: number;
  pages: number;
}

/** Pulls a peer's changes feed until it is exhausted, applying each page in one transaction with the cursor. */
/** Pages a pull asks for ahead of the one it is writing. */
const PAGES_AHEAD = 2;

export async function pullFrom(ctx: AppContext, nodeId: string, pageSize = 1000): Promise<PullResult> {
  const total: PullResult = { received: 0, retracted: 0, refused: 0, pages: 0 };
  const sign = await signer(ctx);
  const first = await repo.getPeer(ctx.db, nodeId);
  if (first?.status !== "active") throw new AppError("conflict", "Not an active peer.");
  /**
   * Pages are fetched one after another without waiting for the writes: as soon as a page arrives
   * its cursor asks for the next (up to PAGES_AHEAD waiting), and its signatures are checked on the
   * worker, while this node writes earlier pages in order. A page is written only if the cursor is
   * still where it pointed.
   */
  const ready: Promise<{ since: string; page: ChangesPageT }>[] = [];
  let next: string | null = first.cursor;
  let fetching = false;
  const pump = () => {
    if (fetching || next === null || ready.length >= PAGES_AHEAD) return;
    fetching = true;
    const since = next;
    next = null;
    const p = load(first, since);
    p.catch(() => {}); // seen when its turn comes
    ready.push(p);
  };
  const load = async (peer: repo.PeerRow, since: string) => {
    let page: ChangesPageT;
    try {
      const res = await signedFetch(
        sign,
        "GET",
        `${peer.url}/federation/v1/changes?since=${since}&limit=${pageSize}`,
        { peerKey: peerKey(peer) },
      );
      const parsed = ChangesPage.safeParse(res.body);
      if (!parsed.success || parsed.data.node !== nodeId) {
        const why = parsed.success
          ? "the page is from another node"
          : (parsed.error.issues[0]?.path.join(".") ?? "?");
        await recordRefusal(ctx, nodeId, "changes page", `malformed page (${why})`);
        throw new AppError(
          "unavailable",
          `Peer ${peer.name} sent a malformed changes page (${why}); nothing was stored.`,
        );
      }
      page = parsed.data;
      if (BigInt(page.cursor) < BigInt(since))
        throw new AppError("unavailable", `Peer ${peer.name} moved its cursor backwards.`);
    } finally {
      fetching = false;
    }
    if (page.more) next = page.cursor;
    pump();
    const peers = new Map((await repo.listPeers(ctx.db)).map((p) => [p.node_id, p]));
    const pinned = new Map((await repo.originKeys(ctx.db)).map((k) => [k.node_id, k.public_key_jwk]));
    await checkAhead(
      page.items.flatMap((i) => {
        const env = i.envelope;
        if (!env) return [];
        const o = peers.get(env.originNode);
        const jwk = o ? (o.status !== "revoked" ? o.public_key_jwk : undefined) : pinned.get(env.originNode);
        return [{ env, jwk }];
      }),
    );
    return { since, page };
  };
  pump();
  for (;;) {
    const peer = await repo.getPeer(ctx.db, nodeId);
    if (peer?.status !== "active") throw new AppError("conflict", "Not an active peer.");
    const got = await ready.shift()!;
    pump();
    if (got.since !== peer.cursor)
      throw new AppError("conflict", `The cursor of peer ${peer.name} moved during the pull; pull again.`);
    const { page } = got;
    const r = await applyPage(ctx, peer, page);
    total.received += r.received;
    total.retracted += r.retracted;
    total.refused += r.refused;
    total.pages++;
    if (!page.more) break;
  }
  // A pull that brought nothing still leaves one line (per pull, not per page) in the sync log.
  if (total.received + total.retracted + total.refused === 0)
    await repo.logSync(ctx.db, { node_id: nodeId, direction: "pull", ok: true, detail: "nothing new" });
  return total;
}

interface ApplyCounts {
  received: number;
  retracted: number;
  refused: number;
}

/** Applies one page: verify, re-check policy, upsert by (id, version), move the cursor; all or nothing. */
async function applyPage(ctx: AppContext, peer: repo.PeerRow, page: ChangesPageT): Promise<ApplyCounts> {
  const me = await hello(ctx);
  const self = me.nodeId;
  const counts: ApplyCounts = { received: 0, retracted: 0, refused: 0 };
  const refusals: { what: string; reason: string }[] = [];
  const peers = new Map((await repo.listPeers(ctx.db)).map((p) => [p.node_id, p]));
  const asSeenBySender: Peer = {
    nodeId: self,
    jurisdiction: me.jurisdiction,
    status: "active",
    organisations: me.organisations.map((o) => o.id),
    connectedDirectly: true,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const pctx = await policyContext(trx, peer.node_id);
    const groups = pctx.sharingGroups as Map<string, SharingGroup>;
    const ids = page.items.map((i) => (i.kind === "record" ? i.envelope.id : i.id));
    const current = new Map((await repo.getRecords(trx, ids)).map((r) => [r.id, r]));
    const writes = new Map<string, repo.RecordWrite>();
    const refuse = (what: string, reason: string) => {
      counts.refused++;
      refusals.push({ what, reason });
    };
    // Origin keys: a peer's own; else one pinned earlier; else the one the sender vouches for (pinned now).
    const pinned = new Map((await repo.originKeys(trx)).map((k) => [k.node_id, k.public_key_jwk]));
    const originKey = (origin: string, vouched?: NodeHelloT["publicKeyJwk"]) => {
      const o = peers.get(origin);
      if (o) return o.status !== "revoked" ? publicKeyOf(o.public_key_jwk) : undefined;
      const known = pinned.get(origin);
      if (known) return vouched && vouched.x !== known.x ? undefined : publicKeyOf(known);
      return vouched ? publicKeyOf(vouched) : undefined;
    };
    /** Pins a vouched-for key once a record signed with it verified. */
    const pin = (origin: string, vouched?: NodeHelloT["publicKeyJwk"]) => {
      if (!vouched || peers.has(origin) || pinned.has(origin)) return;
      pinned.set(origin, vouched);
      newKeys.push([origin, vouched]);
    };
    const newKeys: [string, NodeHelloT["publicKeyJwk"]][] = [];
    for (const item of page.items) {
      const id = item.kind === "record" ? item.envelope.id : item.id;
      const have = writes.get(id) ?? current.get(id);
      if (item.kind === "record") {
        const env = item.envelope;
        const what = `record ${env.id} v${env.version}`;
        if (env.originNode === self) continue; // our own record, echoed back: we hold the original
        const key = originKey(env.originNode, item.originKey);
        if (!key) {
          refuse(
            what,
            `the key of its origin node ${env.originNode} is unknown or not the one pinned here, so its signature cannot be checked`,
          );
          continue;
        }
        const problem = envelopeProblem(env, key);
        if (problem) {
          refuse(what, problem);
          continue;
        }
        pin(env.originNode, item.originKey);
        if (env.retracted || !env.published) {
          refuse(what, "a retracted or unpublished record must travel as a retraction");
          continue;
        }
        // The receiver's re-check: would the sender's policy allow it to send this to us?
        let check = pctx;
        if (env.type === "sharing-group") {
          const g = env.content as { nodes: string[]; organisations: string[]; creatorNode: string };
          if (g.creatorNode !== env.originNode || env.sharingGroupId !== env.id) {
            refuse(what, "a sharing group must be issued by its creator and shared within itself");
            continue;
          }
          check = {
            ...pctx,
            sharingGroups: new Map([
              ...groups,
              [
                env.id,
                { id: env.id, nodes: g.nodes, organisations: g.organisations, creatorNode: g.creatorNode },
              ],
            ]),
          };
        }
        const d = outboundDecision(toShareable(env), asSeenBySender, check);
        if (!d.send || d.as !== "record") {
          refuse(what, `the sharing policy does not allow it here: ${d.reasons.join("; ")}`);
          continue;
        }
        if (have) {
          if (have.origin_node !== env.originNode) {
            refuse(what, `record ${env.id} already exists here with another origin`);
            continue;
          }
          if (env.version < have.version) continue; // stale: a newer version is here
          if (env.version === have.version) {
            if (have.content_hash !== env.contentHash && !have.retracted && !have.removed)
              refuse(what, "same version with different content");
            continue; // a duplicate delivery
          }
        }
        writes.set(
          env.id,
          rowOf(
            { ...env, hops: env.hops + 1 },
            { received_from: peer.node_id, recipients: d.recipients.organisations },
          ),
        );
        if (env.type === "sharing-group") {
          const g = env.content as {
            name: string;
            nodes: string[];
            organisations: string[];
            creatorNode: string;
          };
          await repo.putGroup(trx, {
            id: env.id,
            name: g.name,
            creator_node: g.creatorNode,
            nodes: g.nodes,
            organisations: g.organisations,
            version: env.version,
          });
          groups.set(env.id, {
            id: env.id,
            nodes: g.nodes,
            organisations: g.organisations,
            creatorNode: g.creatorNode,
          });
        }
        counts.received++;
      } else {
        const what = `retraction of ${item.id} v${item.version}`;
        if (item.envelope) {
          // The origin withdrew it: its signed retraction replaces whatever we hold.
          const env = item.envelope;
          const key = originKey(env.originNode);
          const problem = !key
            ? `its origin node ${env.originNode} is not a known peer`
            : !env.retracted || env.id !== item.id
              ? "the envelope is not a retraction of this record"
              : envelopeProblem(env, key);
          if (problem) {
            refuse(what, problem);
            continue;
          }
          if (env.originNode === self) continue;
          if (have && (have.origin_node !== env.originNode || have.version > env.version)) continue;
          if (have?.retracted && have.version === env.version) continue;
          writes.set(
            env.id,
            rowOf({ ...env, hops: env.hops + 1 }, { received_from: peer.node_id, recipients: null }),
          );
          if (env.type === "sharing-group") {
            await repo.deleteGroup(trx, env.id);
            groups.delete(env.id);
          }
          counts.retracted++;
        } else {
          // We may no longer hold it: only the node that gave it to us (or its origin) can say so.
          if (!have) continue;
          if (have.received_from !== peer.node_id && have.origin_node !== peer.node_id) {
            refuse(what, "only the node it came from, or its origin, can withdraw a record");
            continue;
          }
          if (have.version > item.version || have.removed || have.retracted) continue;
          writes.set(have.id, { ...stripRow(have), content: null, removed: true });
          if (have.type === "sharing-group") {
            await repo.deleteGroup(trx, have.id);
            groups.delete(have.id);
          }
          counts.retracted++;
        }
      }
    }
    for (const [node, jwk] of newKeys) await repo.pinOriginKey(trx, node, jwk, peer.node_id);
    await repo.upsertRecords(trx, [...writes.values()]);
    await repo.updatePeer(trx, peer.node_id, {
      cursor: page.cursor,
      last_sync_at: new Date(),
      last_error: null,
      failures: 0,
    });
    if (counts.received + counts.retracted + counts.refused > 0)
      await repo.logSync(trx, {
        node_id: peer.node_id,
        direction: "pull",
        ok: counts.refused === 0,
        ...counts,
        detail: refusals[0] ? `${refusals[0].what}: ${refusals[0].reason}` : null,
      });
    for (const r of refusals.slice(0, 20))
      await appendAudit(
        trx,
        { kind: "system", label: `peer ${peer.node_id}` },
        {
          action: "federation.refused",
          targetType: "peer",
          targetId: peer.node_id,
          change: r,
        },
      );
  });
  if (counts.received + counts.retracted > 0) scheduleNotify(ctx, peer.node_id);
  return counts;
}

const stripRow = (r: repo.RecordRow | repo.RecordWrite): repo.RecordWrite => {
  const { seq: _s, created_at: _c, updated_at: _u, ...rest } = r as repo.RecordRow;
  return rest;
};

// ---------- telling peers ----------

/** A pending notification: which single peer may be left out (null: none), for a burst of changes. */
const pendingNotify = new WeakMap<AppContext, { except: string | null }>();

/**
 * After a change: tell every active peer (once, shortly after, for a burst of changes) to pull.
 * Records just pulled from a peer are not news to that peer: `except` leaves it out, unless other
 * changes in the same burst concern it.
 */
export function scheduleNotify(ctx: AppContext, except?: string) {
  const pending = pendingNotify.get(ctx);
  if (pending) {
    if (pending.except !== (except ?? null)) pending.except = null;
    return;
  }
  const state = { except: except ?? null };
  pendingNotify.set(ctx, state);
  setTimeout(() => {
    pendingNotify.delete(ctx);
    void notifyPeers(ctx, state.except).catch((err) => ctx.log.warn({ err }, "federation notify failed"));
  }, 50).unref();
}

export async function notifyPeers(ctx: AppContext, except: string | null = null) {
  const peers = (await repo.activePeers(ctx.db)).filter((p) => p.node_id !== except);
  if (peers.length === 0) return;
  const sign = await signer(ctx);
  const cursor = await feedHead(ctx);
  await Promise.all(
    peers.map(async (p) => {
      try {
        await signedFetch(sign, "POST", `${p.url}/federation/v1/notify`, {
          body: { cursor },
          peerKey: peerKey(p),
          timeoutMs: 5_000,
        });
      } catch (err) {
        ctx.log.info({ err, peer: p.node_id }, "peer not notified (it will pull on its own schedule)");
      }
    }),
  );
}

export const syncLog = async (ctx: AppContext, limit: number, nodeId?: string) =>
  (await repo.syncLog(ctx.db, limit, nodeId)).map((l) => ({
    id: l.id,
    nodeId: l.node_id,
    direction: l.direction,
    ok: l.ok,
    received: l.received,
    retracted: l.retracted,
    refused: l.refused,
    detail: l.detail,
    at: l.at.toISOString(),
  }));

export const peersDue = (ctx: AppContext) => repo.activePeers(ctx.db);

export async function markPullResult(
  ctx: AppContext,
  nodeId: string,
  error: string | null,
  failures: number,
  nextAttempt: Date,
) {
  await repo.updatePeer(ctx.db, nodeId, { last_error: error, failures, next_attempt_at: nextAttempt });
  if (error) await repo.logSync(ctx.db, { node_id: nodeId, direction: "pull", ok: false, detail: error });
}

export const forgetExpiredNonces = (ctx: AppContext) => repo.forgetExpiredNonces(ctx.db);

// ---------- proposals and corroborations (back to the origin) ----------

const toProposal = (p: repo.ProposalRow) => ({
  id: p.id,
  direction: p.direction,
  recordId: p.record_id,
  recordVersion: p.record_version,
  recordType: p.record_type as EnvelopeT["type"],
  recordTitle: p.record_title,
  kind: p.kind,
  fromNode: p.from_node,
  toNode: p.to_node,
  note: p.note,
  changes: p.changes ?? null,
  status: p.status,
  decidedBy: p.decided_by,
  decidedAt: p.decided_at?.toISOString() ?? null,
  decisionNote: p.decision_note,
  outcomeSentAt: p.outcome_sent_at?.toISOString() ?? null,
  createdAt: p.created_at.toISOString(),
});

/**
 * Sends a corroboration ("we saw this too") or a proposal (suggested changes) about a record we
 * received to its origin node, which alone edits it. Only to a direct, active peer: a record that
 * came through a relay has an origin we cannot reach, and we say so.
 */
export async function sendProposal(
  ctx: AppContext,
  actor: Actor,
  recordId: string,
  input: { kind: "corroboration" | "proposal"; note: string; changes?: unknown },
) {
  const self = (await nodeInfo(ctx)).nodeId;
  const r = await repo.getVisibleRecord(ctx.db, recordId, visibleOrgs(actor));
  if (!r) throw notFound("Shared record");
  if (r.origin_node === self)
    throw new AppError("conflict", "This node is the record's origin: change the record here instead.");
  if (r.retracted || r.removed)
    throw new AppError("conflict", "This record was withdrawn; there is nothing to propose on.");
  const origin = await repo.getPeer(ctx.db, r.origin_node);
  if (origin?.status !== "active")
    throw new AppError(
      "conflict",
      `The record's origin node ${r.origin_node} is not a direct active peer of this node, so a ${input.kind} cannot reach it: proposals and corroborations go only to the origin.`,
    );
  const changes = input.kind === "proposal" ? (input.changes ?? null) : null;
  const id = uuidv7();
  const body = {
    id,
    recordId: r.id,
    recordVersion: r.version,
    kind: input.kind,
    note: input.note,
    changes,
  };
  try {
    await signedFetch(await signer(ctx), "POST", `${origin.url}/federation/v1/proposals`, {
      body,
      peerKey: peerKey(origin),
      timeoutMs: 10_000,
    });
  } catch (e) {
    if (e instanceof AppError && / refused: /.test(e.message))
      throw new AppError(
        "conflict",
        `The origin node refused the ${input.kind}: ${e.message.split(" refused: ")[1]}`,
      );
    throw e;
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertProposal(trx, {
      id,
      direction: "out",
      record_id: r.id,
      record_version: r.version,
      record_type: r.type,
      record_title: r.title,
      kind: input.kind,
      from_node: self,
      to_node: r.origin_node,
      note: input.note,
      changes,
    });
    await appendAudit(trx, actor, {
      action: `federation.${input.kind}.send`,
      targetType: "record",
      targetId: r.id,
      change: { proposalId: id, to: r.origin_node, version: r.version, note: input.note, changes },
    });
  });
  return toProposal((await repo.getProposal(ctx.db, id, "out"))!);
}

/** Why a peer's proposal about a record cannot be accepted here, or undefined when it can. */
async function proposalProblem(
  ctx: AppContext,
  self: string,
  peerId: string,
  r: repo.RecordRow | undefined,
  version: number,
): Promise<{ code: "not_found" | "forbidden" | "conflict" | "invalid_input"; reason: string } | undefined> {
  if (!r || r.origin_node !== self || r.type === "sharing-group")
    return { code: "not_found", reason: "this node is not the origin of such a record" };
  if (r.retracted) return { code: "conflict", reason: `record ${r.id} was retracted by its origin` };
  if (version > r.version)
    return {
      code: "invalid_input",
      reason: `record ${r.id} has no version ${version} (latest ${r.version})`,
    };
  const peer = await repo.getPeer(ctx.db, peerId);
  if (peer?.status !== "active") return { code: "forbidden", reason: "not an active peer" };
  // The policy is asked again: may this peer hold the record at all?
  const sentTo = (await repo.deliveriesOf(ctx.db, [r.id])).map((d) => d.node_id);
  const d = outboundDecision(
    toShareable(envelopeOf(r), sentTo),
    policyPeer(peer),
    await policyContext(ctx.db, self),
  );
  if (!d.send || d.as !== "record")
    return {
      code: "forbidden",
      reason: `the sharing policy does not let node ${peerId} hold record ${r.id}: ${d.reasons.join("; ")}`,
    };
  return undefined;
}

/**
 * A peer's signed proposal or corroboration about one of our records: accepted only from an active
 * peer that the outbound policy allows to hold the record; stored and audited for our analysts.
 * It never changes the record: only our own edits do.
 */
export async function receiveProposal(
  ctx: AppContext,
  peerId: string,
  body: {
    id: string;
    recordId: string;
    recordVersion: number;
    kind: "corroboration" | "proposal";
    note: string;
    changes?: unknown;
  },
) {
  const self = (await nodeInfo(ctx)).nodeId;
  const r = await repo.getRecord(ctx.db, body.recordId);
  const problem = await proposalProblem(ctx, self, peerId, r, body.recordVersion);
  const what = `${body.kind} ${body.id} on record ${body.recordId}`;
  if (problem) {
    await recordRefusal(ctx, peerId, what, problem.reason);
    throw new AppError(problem.code, `Refused: ${problem.reason}.`);
  }
  const existing = await repo.getProposal(ctx.db, body.id, "in");
  if (existing) {
    if (existing.from_node !== peerId || existing.record_id !== body.recordId) {
      await recordRefusal(ctx, peerId, what, "another proposal already has this id");
      throw new AppError("conflict", "Refused: another proposal already has this id.");
    }
    return { proposal: toProposal(existing), created: false };
  }
  const changes = body.kind === "proposal" ? (body.changes ?? null) : null;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertProposal(trx, {
      id: body.id,
      direction: "in",
      record_id: r!.id,
      record_version: body.recordVersion,
      record_type: r!.type,
      record_title: r!.title,
      kind: body.kind,
      from_node: peerId,
      to_node: self,
      note: body.note,
      changes,
    });
    await appendAudit(
      trx,
      { kind: "system", label: `peer ${peerId}` },
      {
        action: `federation.${body.kind}.receive`,
        targetType: "record",
        targetId: r!.id,
        change: { proposalId: body.id, from: peerId, version: body.recordVersion, note: body.note, changes },
      },
    );
  });
  return { proposal: toProposal((await repo.getProposal(ctx.db, body.id, "in"))!), created: true };
}

export async function listProposals(
  ctx: AppContext,
  f: {
    direction: "in" | "out";
    status?: "open" | "accepted" | "declined" | undefined;
    recordId?: string | undefined;
    limit: number;
  },
) {
  return (await repo.listProposals(ctx.db, f)).map(toProposal);
}

/** Our analyst accepts or declines a proposal received here; the record changes only if we edit it ourselves. */
export async function decideProposal(
  ctx: AppContext,
  actor: Actor,
  id: string,
  decision: "accept" | "decline",
  note?: string,
) {
  const p = await repo.getProposal(ctx.db, id, "in");
  if (!p) throw notFound("Proposal");
  if (p.status !== "open") throw new AppError("conflict", `This ${p.kind} was already ${p.status}.`);
  const status = decision === "accept" ? "accepted" : "declined";
  await ctx.db.transaction().execute(async (trx) => {
    if (
      !(await repo.decideProposal(trx, id, {
        status,
        decided_by: actor.kind === "user" ? actor.email : actor.kind === "system" ? actor.label : "anonymous",
        decision_note: note ?? null,
      }))
    )
      throw new AppError("conflict", `This ${p.kind} was decided meanwhile.`);
    await appendAudit(trx, actor, {
      action: `federation.${p.kind}.${status}`,
      targetType: "record",
      targetId: p.record_id,
      change: { proposalId: id, from: p.from_node, note: note ?? null },
    });
  });
  // Tell the node that sent it; the decision stands here either way.
  await deliverOutcomes(ctx, p.from_node);
  return toProposal((await repo.getProposal(ctx.db, id, "in"))!);
}

/**
 * Tells a peer our decisions on the proposals and corroborations it sent that it has not
 * acknowledged yet: at once after a decision, and after each successful pull from that peer, so a
 * node that was offline when we decided learns it when it is back. Stops at the first failure.
 */
export async function deliverOutcomes(ctx: AppContext, nodeId: string) {
  const peer = await repo.getPeer(ctx.db, nodeId);
  if (peer?.status !== "active") return;
  for (const o of await repo.undeliveredOutcomes(ctx.db, nodeId)) {
    try {
      await signedFetch(await signer(ctx), "POST", `${peer.url}/federation/v1/proposals/${o.id}/outcome`, {
        body: { status: o.status, note: o.decision_note },
        peerKey: peerKey(peer),
        timeoutMs: 10_000,
      });
    } catch (err) {
      ctx.log.info(
        { err, peer: nodeId, proposal: o.id },
        "the proposing node was not told of the decision yet",
      );
      return;
    }
    await repo.markOutcomeSent(ctx.db, o.id);
  }
}

/** The origin tells us its decision on a proposal or corroboration we sent it. */
export async function receiveOutcome(
  ctx: AppContext,
  originId: string,
  id: string,
  outcome: { status: "accepted" | "declined"; note: string | null },
) {
  const p = await repo.getProposal(ctx.db, id, "out");
  if (!p || p.to_node !== originId) {
    await recordRefusal(ctx, originId, `outcome of proposal ${id}`, "no such proposal was sent to this node");
    throw new AppError("not_found", "Refused: no such proposal was sent to your node.");
  }
  const origin = await repo.getPeer(ctx.db, originId);
  await ctx.db.transaction().execute(async (trx) => {
    if (
      await repo.noteOutcome(trx, id, originId, {
        status: outcome.status,
        decided_by: origin?.name ?? originId,
        decision_note: outcome.note,
      })
    )
      await appendAudit(
        trx,
        { kind: "system", label: `peer ${originId}` },
        {
          action: `federation.${p.kind}.${outcome.status}-by-origin`,
          targetType: "record",
          targetId: p.record_id,
          change: { proposalId: id, note: outcome.note },
        },
      );
  });
  return toProposal((await repo.getProposal(ctx.db, id, "out"))!);
}
