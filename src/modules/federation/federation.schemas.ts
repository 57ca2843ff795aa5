import { z } from "zod";

const Tlp = z.enum(["clear", "green", "amber", "amber+strict", "red"]);
const Distribution = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export const RecordType = z.enum([
  "incident",
  "framework",
  "crosswalk",
  "assessment-summary",
  "footprint-report",
  "sharing-group",
]);
const Residency = z
  .strictObject({
    allowedCountries: z.array(z.string().max(5)).max(20).optional(),
    deniedCountries: z.array(z.string().max(5)).max(20).optional(),
  })
  .nullable();

/**
 * A record as it travels between nodes. The origin signs every field but `hops`, `content` (covered
 * by `contentHash`), `recipients` and `signature`. A retracted record travels with no content.
 */
export const Envelope = z
  .strictObject({
    id: z.uuid(),
    type: RecordType,
    originNode: z.uuid(),
    ownerOrg: z.string().min(1).max(100),
    version: z.number().int().min(1),
    tlp: Tlp,
    distribution: Distribution,
    sharingGroupId: z.uuid().nullable(),
    residency: Residency,
    containsPersonalData: z.boolean(),
    personalDataRedacted: z.boolean(),
    published: z.boolean(),
    retracted: z.boolean(),
    title: z.string().max(500),
    contentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    signature: z.string().min(1).max(200),
    hops: z.number().int().min(0).max(100),
    content: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: "FederationEnvelope" });
export type EnvelopeT = z.infer<typeof Envelope>;

const Jwk = z.strictObject({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string().min(40).max(50),
});

/** One entry of a changes page: a record, or an instruction to remove one. */
export const ChangeItem = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("record"),
    envelope: Envelope,
    recipients: z.union([z.literal("all"), z.array(z.string())]),
    /** The origin's public key, when the origin is not the sender: the sender vouches for it. */
    originKey: Jwk.optional(),
  }),
  z.strictObject({
    kind: z.literal("retraction"),
    id: z.uuid(),
    version: z.number().int().min(1),
    /** The origin's signed retracted envelope, when the origin retracted the record itself. */
    envelope: Envelope.nullable(),
  }),
]);
export type ChangeItemT = z.infer<typeof ChangeItem>;

export const ChangesPage = z
  .strictObject({
    node: z.uuid(),
    items: z.array(ChangeItem),
    cursor: z.string().regex(/^\d+$/),
    more: z.boolean(),
  })
  .meta({ id: "FederationChangesPage" });
export type ChangesPageT = z.infer<typeof ChangesPage>;

export const ChangesQuery = z.strictObject({
  since: z
    .string()
    .regex(/^\d{1,19}$/, "must be a cursor returned by a previous page")
    .default("0"),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

/** What a node tells a peer about itself (signed with its key). */
export const NodeHello = z
  .strictObject({
    nodeId: z.uuid(),
    url: z.url(),
    name: z.string().min(1).max(200),
    jurisdiction: z.string().min(2).max(5),
    publicKeyJwk: Jwk,
    organisations: z.array(z.strictObject({ id: z.uuid(), name: z.string().max(200) })).max(10_000),
  })
  .meta({ id: "FederationNodeHello" });
export type NodeHelloT = z.infer<typeof NodeHello>;

export const PeeringRequest = z
  .strictObject({
    node: NodeHello,
    action: z.enum(["request", "approve", "suspend", "resume", "revoke"]),
  })
  .meta({ id: "FederationPeeringRequest" });

export const NotifyBody = z.strictObject({ cursor: z.string().regex(/^\d+$/).optional() });

// ---------- the node's own API (/api/v1/federation) ----------

export const Peer = z
  .object({
    nodeId: z.uuid(),
    url: z.string(),
    name: z.string(),
    jurisdiction: z.string(),
    fingerprint: z
      .string()
      .describe("SHA-256 JWK thumbprint of the peer's Ed25519 key: confirm it out of band"),
    status: z.enum(["pending", "active", "suspended", "revoked"]),
    localApproved: z.boolean(),
    remoteApproved: z.boolean(),
    organisations: z.array(z.object({ id: z.string(), name: z.string() })),
    cursor: z.string(),
    lastSyncAt: z.string().nullable(),
    lastError: z.string().nullable(),
    failures: z.number().int(),
    nextAttemptAt: z.string(),
    lagRecords: z
      .number()
      .int()
      .nullable()
      .describe("Records the peer announced that we have not pulled yet"),
  })
  .meta({ id: "FederationPeer" });
export type PeerT = z.infer<typeof Peer>;

export const AddPeer = z
  .strictObject({ url: z.url().describe("The peer node's base URL") })
  .meta({ id: "AddPeer" });
export const PeerAction = z
  .strictObject({ action: z.enum(["approve", "suspend", "resume", "revoke"]) })
  .meta({ id: "PeerAction" });
export const NodeIdParams = z.strictObject({ nodeId: z.uuid() });

export const SharingGroup = z
  .object({
    id: z.uuid(),
    name: z.string(),
    creatorNode: z.uuid(),
    nodes: z.array(z.uuid()),
    organisations: z.array(z.uuid()),
    version: z.number().int(),
    updatedAt: z.string(),
    editable: z.boolean().describe("True on the node that created it: only the creator manages a group"),
  })
  .meta({ id: "SharingGroup" });
export type SharingGroupT = z.infer<typeof SharingGroup>;
export const SharingGroupInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  nodes: z.array(z.uuid()).max(100).describe("Member nodes (this node is always a member)"),
  organisations: z
    .array(z.uuid())
    .max(1000)
    .default([])
    .describe("If given, only these organisations at the member nodes see the group's records"),
});

export const Sharing = z.strictObject({
  tlp: Tlp,
  distribution: Distribution,
  sharingGroupId: z.uuid().nullable().default(null),
  residency: Residency.default(null),
});
export type SharingT = z.infer<typeof Sharing>;

export const FederatedRecord = z
  .object({
    id: z.uuid(),
    type: RecordType,
    title: z.string(),
    originNode: z.uuid(),
    ownerOrg: z.string(),
    version: z.number().int(),
    tlp: Tlp,
    distribution: z.number().int(),
    sharingGroupId: z.uuid().nullable(),
    residency: Residency,
    published: z.boolean(),
    retracted: z.boolean(),
    hops: z.number().int(),
    contentHash: z.string().nullable(),
    content: z.record(z.string(), z.unknown()).nullable(),
    receivedFrom: z.uuid().nullable(),
    recipients: z.union([z.literal("all"), z.array(z.string())]).nullable(),
    sentTo: z.array(z.object({ nodeId: z.string(), version: z.number().int(), kind: z.string() })),
    updatedAt: z.string(),
  })
  .meta({ id: "FederatedRecord" });

export const RecordQuery = z.strictObject({
  origin: z.enum(["local", "received", "all"]).default("all"),
  type: RecordType.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const Preview = z
  .object({
    recipients: z.array(
      z.object({
        nodeId: z.string(),
        name: z.string(),
        jurisdiction: z.string(),
        send: z.boolean(),
        as: z.enum(["record", "retraction"]).nullable(),
        organisations: z.union([z.literal("all"), z.array(z.string())]).nullable(),
        reasons: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: "SharingPreview" });

export const SyncLogEntry = z
  .object({
    id: z.string(),
    nodeId: z.string().nullable(),
    direction: z.enum(["pull", "serve", "notify", "refused"]),
    ok: z.boolean(),
    received: z.number().int(),
    retracted: z.number().int(),
    refused: z.number().int(),
    detail: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: "FederationSyncLogEntry" });

export const SyncResult = z
  .object({
    peers: z.array(
      z.object({
        nodeId: z.string(),
        ok: z.boolean(),
        received: z.number().int(),
        retracted: z.number().int(),
        refused: z.number().int(),
        error: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "SyncResult" });

/** How one of this node's records (an assessment summary, a footprint report...) is shared now, and the groups it could be shared with. */
export const ShareState = z
  .object({
    shared: z
      .object({
        recordId: z.uuid(),
        version: z.number().int(),
        tlp: Tlp,
        distribution: z.number().int(),
        sharingGroupId: z.uuid().nullable(),
        retracted: z.boolean(),
        contentHash: z.string().nullable(),
        updatedAt: z.string(),
      })
      .nullable(),
    groups: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: "LocalShareState" });
export type ShareStateT = z.infer<typeof ShareState>;

const ProposalKind = z.enum(["corroboration", "proposal"]);
/** Suggested changes: free JSON (an object of fields, or text), at most 20,000 characters once serialised. */
const Changes = z
  .unknown()
  .refine((v) => v === undefined || JSON.stringify(v).length <= 20_000, "at most 20,000 characters");

/** What a peer's analyst sends about a received record (to its origin, through this node). */
export const ProposalInput = z.strictObject({
  kind: ProposalKind,
  note: z.string().trim().min(1).max(5000),
  changes: Changes.optional().describe("Suggested changes (proposals only): free JSON or text"),
});

/** The signed node-to-node message carrying it to the origin. */
export const ProposalMessage = z.strictObject({
  id: z.uuid(),
  recordId: z.uuid(),
  recordVersion: z.number().int().min(1),
  kind: ProposalKind,
  note: z.string().min(1).max(5000),
  changes: Changes.nullable().optional(),
});

export const Proposal = z
  .object({
    id: z.uuid(),
    direction: z.enum(["in", "out"]),
    recordId: z.uuid(),
    recordVersion: z.number().int(),
    recordType: RecordType,
    recordTitle: z.string(),
    kind: ProposalKind,
    fromNode: z.uuid(),
    toNode: z.uuid(),
    note: z.string(),
    changes: z.unknown(),
    status: z.enum(["open", "accepted", "declined"]),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    /** Received here and decided: when the sending node acknowledged the decision (null: not yet). */
    outcomeSentAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "FederationProposal" });

export const ProposalQuery = z.strictObject({
  direction: z.enum(["in", "out"]).default("in"),
  status: z.enum(["open", "accepted", "declined"]).optional(),
  recordId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ProposalDecision = z.strictObject({
  decision: z.enum(["accept", "decline"]),
  note: z.string().trim().max(2000).optional(),
});

/** The origin's decision on a proposal, told to the node that sent it. */
export const ProposalOutcome = z.strictObject({
  status: z.enum(["accepted", "declined"]),
  note: z.string().max(2000).nullable(),
});
