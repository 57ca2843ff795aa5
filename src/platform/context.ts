import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { ActorCache } from "./actor-cache.ts";
import type { Config } from "./config.ts";
import type { Database, DB } from "./db/index.ts";
import type { Mailer } from "./mailer.ts";

/** What services receive: configuration, the database, a logger, the mailer. No globals. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  log: Logger;
  mailer: Mailer;
  /** Resolved sessions and tokens, for a few seconds (see ActorCache). */
  actorCache: ActorCache;
  version: string;
}
