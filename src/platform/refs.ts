import { sql } from "kysely";
import type { Executor } from "./db/index.ts";

/**
 * The next human-readable reference in a scope, e.g. INC-MY-2026 -> INC-MY-2026-000123. Numbers
 * come from a row locked by the upsert, so they are unique and in commit order per scope.
 */
export async function nextRef(db: Executor, scope: string): Promise<string> {
  const r = await db
    .insertInto("ref_sequences")
    .values({ scope, next: 1 })
    .onConflict((oc) => oc.column("scope").doUpdateSet({ next: sql`ref_sequences.next + 1` }))
    .returning("next")
    .executeTakeFirstOrThrow();
  return `${scope}-${String(r.next).padStart(6, "0")}`;
}
