import { sql } from "kysely";
import type { Actor } from "./access.ts";
import { sha256Hex } from "./crypto.ts";
import type { Executor } from "./db/index.ts";
import { uuidv7 } from "./ids.ts";

const AUDIT_LOCK = 7_263_000_002;
export const GENESIS_HASH = "0".repeat(64);

export interface AuditEvent {
  action: string; // e.g. "user.create"
  targetType: string; // e.g. "user"
  targetId?: string | null;
  /** What changed; only its hash is stored (the change itself may hold personal data). */
  change?: unknown;
}

/** Canonical JSON: keys sorted recursively, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export interface AuditRowCore {
  seq: string;
  id: string;
  at: Date;
  actor_type: "user" | "token" | "peer" | "system";
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  change_hash: string;
  prev_hash: string;
}

export const entryHash = (r: AuditRowCore) =>
  sha256Hex(
    canonicalJson({
      seq: String(r.seq),
      id: r.id,
      at: r.at.toISOString(),
      actor_type: r.actor_type,
      actor_id: r.actor_id,
      actor_label: r.actor_label,
      action: r.action,
      target_type: r.target_type,
      target_id: r.target_id,
      change_hash: r.change_hash,
      prev_hash: r.prev_hash,
    }),
  );

function actorColumns(actor: Actor) {
  switch (actor.kind) {
    case "user":
      return actor.token
        ? {
            actor_type: "token" as const,
            actor_id: actor.token.id,
            actor_label: `${actor.email} (token ${actor.token.name})`,
          }
        : { actor_type: "user" as const, actor_id: actor.userId, actor_label: actor.email };
    case "system":
      return { actor_type: "system" as const, actor_id: null, actor_label: actor.label };
    default:
      return { actor_type: "system" as const, actor_id: null, actor_label: "anonymous" };
  }
}

/**
 * Appends one entry to the hash chain. Call it inside the transaction that makes the change,
 * so the change and its audit entry commit (or roll back) together.
 */
export async function appendAudit(trx: Executor, actor: Actor, event: AuditEvent): Promise<void> {
  await appendAudits(trx, actor, [event]);
}

/** Several entries in order, chained as if appended one by one (a bulk import): two statements. */
export async function appendAudits(trx: Executor, actor: Actor, events: AuditEvent[]): Promise<void> {
  if (!events.length) return;
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
  const head = await trx.selectFrom("audit_head").select(["seq", "hash"]).executeTakeFirst();
  let seq = head ? BigInt(head.seq) : 0n;
  let prev = head?.hash ?? GENESIS_HASH;
  const rows = events.map((event) => {
    seq += 1n;
    const row: AuditRowCore = {
      seq: String(seq),
      id: uuidv7(),
      at: new Date(),
      ...actorColumns(actor),
      action: event.action,
      target_type: event.targetType,
      target_id: event.targetId ?? null,
      change_hash: sha256Hex(canonicalJson(event.change ?? null)),
      prev_hash: prev,
    };
    prev = entryHash(row);
    return { ...row, hash: prev };
  });
  const last = rows[rows.length - 1]!;
  await trx.insertInto("audit_log").values(rows).execute();
  await trx
    .insertInto("audit_head")
    .values({ seq: last.seq, hash: last.hash })
    .onConflict((oc) => oc.column("singleton").doUpdateSet({ seq: last.seq, hash: last.hash }))
    .execute();
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  /** The first entry that breaks the chain, and why. */
  broken?: { seq: string; reason: string };
}

/** Walks the whole chain in order, in pages, checking each hash, link, sequence and the recorded head. */
export async function verifyAuditChain(db: Executor, pageSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expected = 1n;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("seq", ">=", String(expected))
      .orderBy("seq")
      .limit(pageSize)
      .execute();
    for (const r of rows) {
      const seq = BigInt(r.seq);
      if (seq !== expected) {
        return {
          ok: false,
          entries: count,
          broken: { seq: String(expected), reason: `entry ${expected} is missing` },
        };
      }
      if (r.prev_hash !== prevHash) {
        return {
          ok: false,
          entries: count,
          broken: { seq: r.seq, reason: "link to the previous entry does not match" },
        };
      }
      if (entryHash(r) !== r.hash) {
        return {
          ok: false,
          entries: count,
          broken: { seq: r.seq, reason: "entry was altered (hash mismatch)" },
        };
      }
      prevHash = r.hash;
      expected += 1n;
      count += 1;
    }
    if (rows.length < pageSize) break;
  }
  const head = await db.selectFrom("audit_head").select(["seq", "hash"]).executeTakeFirst();
  const last = String(expected - 1n);
  if (head && (head.seq !== last || head.hash !== prevHash)) {
    return {
      ok: false,
      entries: count,
      broken: { seq: String(expected), reason: `entries after ${last} up to ${head.seq} were deleted` },
    };
  }
  if (!head && count > 0) {
    return { ok: false, entries: count, broken: { seq: "1", reason: "the chain head record is missing" } };
  }
  return { ok: true, entries: count };
}
