import type { Executor } from "../../platform/db/index.ts";

export interface AuditFilter {
  action?: string | undefined;
  actor?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** Newest first. Reading only: the log is written by platform/audit.ts. */
export async function listAudit(db: Executor, f: AuditFilter) {
  let q = db.selectFrom("audit_log");
  if (f.action)
    q = f.action.endsWith(".")
      ? q.where("action", "like", `${f.action.replace(/[%_]/g, "\\$&")}%`)
      : q.where("action", "=", f.action);
  if (f.actor) q = q.where("actor_label", "ilike", `%${f.actor.replace(/[%_]/g, "\\$&")}%`);
  if (f.targetType) q = q.where("target_type", "=", f.targetType);
  if (f.targetId) q = q.where("target_id", "=", f.targetId);
  if (f.from) q = q.where("at", ">=", new Date(f.from));
  if (f.to) q = q.where("at", "<", new Date(f.to));
  const [items, total] = await Promise.all([
    q.selectAll().orderBy("seq", "desc").limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
