import { sql } from "kysely";
import type { Executor } from "./db/index.ts";

/**
 * The next human-readable reference in a scope, e.g. INC-MY-2026 -> INC-MY-2026-000123. Numbers
 * come from a row locked by the upsert, so they are unique and in commit order per scope.
 */
export async function nextRef(db: Executor, scope: string): Promise<string> {
  return (await nextRefs(db, scope, 1))[0]!;
}

/** The next `n` references of a scope, in order, reserved by one upsert (a bulk import). */
export async function nextRefs(db: Executor, scope: string, n: number): Promise<string[]> {
  const r = await db
    .insertInto("ref_sequences")
    .values({ scope, next: n })
    .onConflict((oc) => oc.column("scope").doUpdateSet({ next: sql`ref_sequences.next + ${n}` }))
    .returning("next")
    .executeTakeFirstOrThrow();
  const last = Number(r.next);
  return Array.from({ length: n }, (_, k) => `${scope}-${String(last - n + 1 + k).padStart(6, "0")}`);
}
