import type { Actor } from "../../platform/access.ts";
import { verifyAuditChain } from "../../platform/audit.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden } from "../../platform/errors.ts";
import * as repo from "./audit.repo.ts";

/** The audit trail, newest first (the route admits node administrators only). */
export async function listAudit(ctx: AppContext, actor: Actor, filter: repo.AuditFilter) {
  if (actor.kind === "anonymous") throw forbidden();
  const { items, total } = await repo.listAudit(ctx.db, filter);
  return {
    items: items.map((r) => ({
      seq: r.seq,
      id: r.id,
      at: r.at.toISOString(),
      actorType: r.actor_type,
      actorId: r.actor_id,
      actorLabel: r.actor_label,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      changeHash: r.change_hash,
      prevHash: r.prev_hash,
      hash: r.hash,
    })),
    total,
    limit: filter.limit,
    offset: filter.offset,
  };
}

export const verify = (ctx: AppContext) => verifyAuditChain(ctx.db);
