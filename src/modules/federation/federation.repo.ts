import { type Selectable, sql } from "kysely";
import type { Executor } from "../../platform/db/index.ts";
import type { DB } from "../../platform/db/schema.ts";

export type PeerRow = Selectable<DB["federation_peers"]>;
export type RecordRow = Selectable<DB["federation_records"]>;
export type GroupRow = Selectable<DB["sharing_groups"]>;

// ---------- peers ----------

export const getPeer = (db: Executor, nodeId: string) =>
  db.selectFrom("federation_peers").selectAll().where("node_id", "=", nodeId).executeTakeFirst();

export const getPeerByUrl = (db: Executor, url: string) =>
  db.selectFrom("federation_peers").selectAll().where("url", "=", url).executeTakeFirst();

export const listPeers = (db: Executor) =>
  db.selectFrom("federation_peers").selectAll().orderBy("name").orderBy("node_id").execute();

export const activePeers = (db: Executor) =>
  db.selectFrom("federation_peers").selectAll().where("status", "=", "active").execute();

export async function insertPeer(
  db: Executor,
  row: Omit<
    PeerRow,
    | "cursor"
    | "last_sync_at"
    | "last_error"
    | "failures"
    | "next_attempt_at"
    | "created_at"
    | "updated_at"
    | "organisations"
    | "suspended_by"
  > & {
    organisations: { id: string; name: string }[];
  },
) {
  await db
    .insertInto("federation_peers")
    .values({
      ...row,
      public_key_jwk: JSON.stringify(row.public_key_jwk),
      organisations: JSON.stringify(row.organisations),
    })
    .execute();
}

export async function updatePeer(
  db: Executor,
  nodeId: string,
  patch: Partial<{
    url: string;
    name: string;
    jurisdiction: string;
    status: PeerRow["status"];
    suspended_by: "local" | "remote" | null;
    local_approved: boolean;
    remote_approved: boolean;
    organisations: { id: string; name: string }[];
    cursor: string;
    last_sync_at: Date;
    last_error: string | null;
    failures: number;
    next_attempt_at: Date;
  }>,
) {
  const { organisations, ...rest } = patch;
  await db
    .updateTable("federation_peers")
    .set({
      ...rest,
      ...(organisations ? { organisations: JSON.stringify(organisations) } : {}),
      updated_at: new Date(),
    })
    .where("node_id", "=", nodeId)
    .execute();
}

export const originKeys = (db: Executor) => db.selectFrom("federation_origin_keys").selectAll().execute();

export async function pinOriginKey(db: Executor, nodeId: string, jwk: object, learnedFrom: string) {
  await db
    .insertInto("federation_origin_keys")
    .values({ node_id: nodeId, public_key_jwk: JSON.stringify(jwk), learned_from: learnedFrom })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Records a nonce; false when it was already there (a replay). */
export async function rememberNonce(db: Executor, keyId: string, nonce: string, expiresAt: Date) {
  const row = await db
    .insertInto("federation_nonces")
    .values({ key_id: keyId, nonce, expires_at: expiresAt })
    .onConflict((oc) => oc.doNothing())
    .returning("nonce")
    .executeTakeFirst();
  return row !== undefined;
}

export const forgetExpiredNonces = (db: Executor) =>
  db.deleteFrom("federation_nonces").where("expires_at", "<", new Date()).execute();

// ---------- sharing groups ----------

export const listGroups = (db: Executor) =>
  db.selectFrom("sharing_groups").selectAll().orderBy("name").execute();

export const getGroup = (db: Executor, id: string) =>
  db.selectFrom("sharing_groups").selectAll().where("id", "=", id).executeTakeFirst();

export async function putGroup(db: Executor, g: Omit<GroupRow, "updated_at">) {
  await db
    .insertInto("sharing_groups")
    .values(g)
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({
        name: g.name,
        nodes: g.nodes,
        organisations: g.organisations,
        version: g.version,
        updated_at: new Date(),
      }),
    )
    .execute();
}

export const deleteGroup = (db: Executor, id: string) =>
  db.deleteFrom("sharing_groups").where("id", "=", id).execute();

// ---------- records ----------

/** A received record is for the whole node ("all") or for named organisations only. */
const visibleTo = (orgIds: string[]) =>
  sql<boolean>`(recipients IS NULL OR recipients = '"all"'::jsonb OR recipients ?| ${sql.val(orgIds.length ? orgIds : [""])}::text[])`;

export const getVisibleRecord = (db: Executor, id: string, orgIds?: string[]) => {
  let q = db.selectFrom("federation_records").selectAll().where("id", "=", id);
  if (orgIds) q = q.where(visibleTo(orgIds));
  return q.executeTakeFirst();
};

export const getRecord = (db: Executor, id: string) =>
  db.selectFrom("federation_records").selectAll().where("id", "=", id).executeTakeFirst();

export const getRecords = (db: Executor, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([] as RecordRow[])
    : db.selectFrom("federation_records").selectAll().where("id", "in", ids).execute();

export const lockRecord = (db: Executor, id: string) =>
  db.selectFrom("federation_records").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();

export type RecordWrite = Omit<RecordRow, "seq" | "created_at" | "updated_at">;

const serialise = (r: RecordWrite) => ({
  ...r,
  residency: r.residency === null ? null : JSON.stringify(r.residency),
  content: r.content === null ? null : JSON.stringify(r.content),
  recipients: r.recipients === null ? null : JSON.stringify(r.recipients),
});

/** Inserts or replaces records (their latest version); each takes a new place in the changes feed. */
export async function upsertRecords(db: Executor, rows: RecordWrite[]) {
  if (rows.length === 0) return;
  await db
    .insertInto("federation_records")
    .values(rows.map(serialise))
    .onConflict((oc) =>
      oc.column("id").doUpdateSet((eb) => ({
        owner_org: eb.ref("excluded.owner_org"),
        version: eb.ref("excluded.version"),
        tlp: eb.ref("excluded.tlp"),
        distribution: eb.ref("excluded.distribution"),
        sharing_group_id: eb.ref("excluded.sharing_group_id"),
        residency: eb.ref("excluded.residency"),
        contains_personal_data: eb.ref("excluded.contains_personal_data"),
        personal_data_redacted: eb.ref("excluded.personal_data_redacted"),
        published: eb.ref("excluded.published"),
        retracted: eb.ref("excluded.retracted"),
        removed: eb.ref("excluded.removed"),
        hops: eb.ref("excluded.hops"),
        title: eb.ref("excluded.title"),
        content: eb.ref("excluded.content"),
        content_hash: eb.ref("excluded.content_hash"),
        signature: eb.ref("excluded.signature"),
        received_from: eb.ref("excluded.received_from"),
        recipients: eb.ref("excluded.recipients"),
        seq: sql`nextval('federation_seq')`,
        updated_at: new Date(),
      })),
    )
    .execute();
}

/** Local records of a sharing group (re-issued when the group's membership changes). */
export const localRecordsOfGroup = (db: Executor, selfNode: string, groupId: string) =>
  db
    .selectFrom("federation_records")
    .selectAll()
    .where("origin_node", "=", selfNode)
    .where("sharing_group_id", "=", groupId)
    .where("type", "!=", "sharing-group")
    .execute();

/** The next records of the changes feed after `since`, in feed order. */
export const changesAfter = (db: Executor, since: string, limit: number) =>
  db
    .selectFrom("federation_records")
    .selectAll()
    .select(sql<string>`seq::text`.as("seq"))
    .where("federation_records.seq", ">", since as never)
    .orderBy("federation_records.seq")
    .limit(limit)
    .execute();

export const lastSeq = async (db: Executor) =>
  (
    await db
      .selectFrom("federation_records")
      .select(sql<string>`coalesce(max(seq), 0)::text`.as("n"))
      .executeTakeFirstOrThrow()
  ).n;

export async function listRecords(
  db: Executor,
  selfNode: string,
  f: { origin: "local" | "received" | "all"; type?: string | undefined; limit: number; offset: number },
  /** Received records only for these organisations (or for the whole node); undefined: everything. */
  orgIds?: string[],
) {
  let q = db.selectFrom("federation_records").where("type", "!=", "sharing-group");
  if (orgIds) q = q.where(visibleTo(orgIds));
  if (f.origin === "local") q = q.where("origin_node", "=", selfNode);
  if (f.origin === "received") q = q.where("origin_node", "!=", selfNode);
  if (f.type) q = q.where("type", "=", f.type);
  const [items, total] = await Promise.all([
    q.selectAll().orderBy("updated_at", "desc").orderBy("id").limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

// ---------- deliveries ----------

export const deliveriesTo = (db: Executor, nodeId: string, recordIds: string[]) =>
  recordIds.length === 0
    ? Promise.resolve([] as { record_id: string }[])
    : db
        .selectFrom("federation_deliveries")
        .select("record_id")
        .where("node_id", "=", nodeId)
        .where("record_id", "in", recordIds)
        .execute();

export const deliveriesOf = (db: Executor, recordIds: string[]) =>
  recordIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom("federation_deliveries")
        .selectAll()
        .where("record_id", "in", recordIds)
        .orderBy("node_id")
        .execute();

export async function recordDeliveries(
  db: Executor,
  rows: { record_id: string; node_id: string; version: number; kind: "record" | "retraction" }[],
) {
  if (rows.length === 0) return;
  await db
    .insertInto("federation_deliveries")
    .values(rows)
    .onConflict((oc) =>
      oc.columns(["record_id", "node_id"]).doUpdateSet((eb) => ({
        version: eb.ref("excluded.version"),
        kind: eb.ref("excluded.kind"),
        delivered_at: new Date(),
      })),
    )
    .execute();
}

// ---------- sync log ----------

export async function logSync(
  db: Executor,
  row: {
    node_id: string | null;
    direction: "pull" | "serve" | "notify" | "refused";
    ok: boolean;
    received?: number;
    retracted?: number;
    refused?: number;
    detail?: string | null;
  },
) {
  await db
    .insertInto("federation_sync_log")
    .values({ ...row, detail: row.detail ?? null })
    .execute();
}

export const syncLog = (db: Executor, limit: number, nodeId?: string) => {
  let q = db.selectFrom("federation_sync_log").selectAll().select(sql<string>`id::text`.as("id"));
  if (nodeId) q = q.where("node_id", "=", nodeId);
  return q.orderBy("federation_sync_log.id", "desc").limit(limit).execute();
};

// ---------- library sources of our records ----------

/** The record id standing for a framework or crosswalk of our library (minted once, then reused). */
export async function sourceRecordId(
  db: Executor,
  type: "framework" | "crosswalk",
  key: string,
  mint: () => string,
) {
  await db
    .insertInto("federation_sources")
    .values({ type, source_key: key, record_id: mint() })
    .onConflict((oc) => oc.columns(["type", "source_key"]).doNothing())
    .execute();
  return (await findSourceRecordId(db, type, key))!;
}

/** The record id of a framework or crosswalk of our library, if one was ever minted (no write). */
export async function findSourceRecordId(db: Executor, type: "framework" | "crosswalk", key: string) {
  return (
    await db
      .selectFrom("federation_sources")
      .select("record_id")
      .where("type", "=", type)
      .where("source_key", "=", key)
      .executeTakeFirst()
  )?.record_id;
}

export const sourceOf = (db: Executor, recordId: string) =>
  db.selectFrom("federation_sources").selectAll().where("record_id", "=", recordId).executeTakeFirst();

// ---------- proposals and corroborations ----------

export type ProposalRow = Selectable<DB["federation_proposals"]>;

/** Stores a proposal once (a repeated delivery of the same id changes nothing); true when new. */
export async function insertProposal(
  db: Executor,
  row: Omit<
    ProposalRow,
    "status" | "decided_by" | "decided_at" | "decision_note" | "outcome_sent_at" | "created_at" | "changes"
  > & {
    changes: unknown;
  },
) {
  const r = await db
    .insertInto("federation_proposals")
    .values({ ...row, changes: row.changes === null ? null : JSON.stringify(row.changes) })
    .onConflict((oc) => oc.columns(["id", "direction"]).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export const getProposal = (db: Executor, id: string, direction: "in" | "out") =>
  db
    .selectFrom("federation_proposals")
    .selectAll()
    .where("id", "=", id)
    .where("direction", "=", direction)
    .executeTakeFirst();

export function listProposals(
  db: Executor,
  f: { direction: "in" | "out"; status?: string | undefined; recordId?: string | undefined; limit: number },
) {
  let q = db.selectFrom("federation_proposals").selectAll().where("direction", "=", f.direction);
  if (f.status) q = q.where("status", "=", f.status as "open");
  if (f.recordId) q = q.where("record_id", "=", f.recordId);
  return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(f.limit).execute();
}

export async function decideProposal(
  db: Executor,
  id: string,
  patch: { status: "accepted" | "declined"; decided_by: string; decision_note: string | null },
) {
  const r = await db
    .updateTable("federation_proposals")
    .set({ ...patch, decided_at: new Date() })
    .where("id", "=", id)
    .where("direction", "=", "in")
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Decisions on proposals received from `fromNode` that it has not acknowledged yet, oldest first. */
export const undeliveredOutcomes = (db: Executor, fromNode: string) =>
  db
    .selectFrom("federation_proposals")
    .select(["id", "status", "decision_note"])
    .where("direction", "=", "in")
    .where("from_node", "=", fromNode)
    .where("status", "<>", "open")
    .where("outcome_sent_at", "is", null)
    .orderBy("decided_at")
    .execute();

export const markOutcomeSent = (db: Executor, id: string) =>
  db
    .updateTable("federation_proposals")
    .set({ outcome_sent_at: new Date() })
    .where("id", "=", id)
    .where("direction", "=", "in")
    .execute();

/** The origin's decision on a proposal we sent (only the node it was sent to may tell us). */
export async function noteOutcome(
  db: Executor,
  id: string,
  origin: string,
  patch: { status: "accepted" | "declined"; decided_by: string; decision_note: string | null },
) {
  const r = await db
    .updateTable("federation_proposals")
    .set({ ...patch, decided_at: new Date() })
    .where("id", "=", id)
    .where("direction", "=", "out")
    .where("to_node", "=", origin)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
