import type { Executor } from "../../platform/db/index.ts";

export const getSession = (db: Executor, id: string) =>
  db
    .selectFrom("sessions")
    .select(["id", "user_id", "csrf_token", "expires_at", "revoked_at"])
    .where("id", "=", id)
    .executeTakeFirst();

export async function insertSession(
  db: Executor,
  row: {
    id: string;
    user_id: string;
    csrf_token: string;
    expires_at: Date;
    auth_method: "password" | "oidc";
  },
) {
  await db.insertInto("sessions").values(row).execute();
}

export async function revokeSession(db: Executor, id: string) {
  await db.updateTable("sessions").set({ revoked_at: new Date() }).where("id", "=", id).execute();
}

export async function revokeUserSessions(db: Executor, userId: string) {
  await db
    .updateTable("sessions")
    .set({ revoked_at: new Date() })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .execute();
}

export async function deleteExpiredSessions(db: Executor, before: Date) {
  await db.deleteFrom("sessions").where("expires_at", "<", before).execute();
}

export const getTokenByHash = (db: Executor, hash: string) =>
  db
    .selectFrom("api_tokens")
    .select(["id", "user_id", "name", "scopes", "expires_at", "revoked_at"])
    .where("token_hash", "=", hash)
    .executeTakeFirst();

export async function insertToken(
  db: Executor,
  row: {
    id: string;
    user_id: string;
    name: string;
    token_hash: string;
    prefix: string;
    scopes: string[];
    expires_at: Date;
  },
) {
  await db.insertInto("api_tokens").values(row).execute();
}

export const listTokens = (db: Executor, userId: string) =>
  db
    .selectFrom("api_tokens")
    .select(["id", "name", "prefix", "scopes", "expires_at", "revoked_at", "last_used_at", "created_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .execute();

export const getToken = (db: Executor, id: string) =>
  db.selectFrom("api_tokens").select(["id", "user_id", "revoked_at"]).where("id", "=", id).executeTakeFirst();

export async function revokeToken(db: Executor, id: string) {
  await db.updateTable("api_tokens").set({ revoked_at: new Date() }).where("id", "=", id).execute();
}

export async function touchToken(db: Executor, id: string) {
  await db.updateTable("api_tokens").set({ last_used_at: new Date() }).where("id", "=", id).execute();
}

export async function insertPasswordReset(
  db: Executor,
  row: { token_hash: string; user_id: string; expires_at: Date },
) {
  await db.insertInto("password_resets").values(row).execute();
}

export const getPasswordReset = (db: Executor, hash: string) =>
  db
    .selectFrom("password_resets")
    .select(["token_hash", "user_id", "expires_at", "used_at"])
    .where("token_hash", "=", hash)
    .executeTakeFirst();

export async function usePasswordReset(db: Executor, hash: string): Promise<boolean> {
  const r = await db
    .updateTable("password_resets")
    .set({ used_at: new Date() })
    .where("token_hash", "=", hash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
