import { assessmentRoutes } from "./modules/assessments/assessments.routes.ts";
import { auditRoutes } from "./modules/audit/audit.routes.ts";
import { authRoutes, registerAuthentication } from "./modules/auth/auth.routes.ts";
import { federationRoutes } from "./modules/federation/federation.routes.ts";
import { startSync, stopSync } from "./modules/federation/sync.ts";
import { footprintRoutes } from "./modules/footprints/footprints.routes.ts";
import { syncContent } from "./modules/frameworks/frameworks.content.ts";
import { frameworkRoutes } from "./modules/frameworks/frameworks.routes.ts";
import { entityRoutes } from "./modules/incidents/entities.routes.ts";
import { incidentRoutes } from "./modules/incidents/incidents.routes.ts";
import { indexMissing } from "./modules/incidents/incidents.service.ts";
import { registryRoutes } from "./modules/registry/registry.routes.ts";
import { systemRoutes } from "./modules/system/system.routes.ts";
import { tenancyRoutes } from "./modules/tenancy/tenancy.routes.ts";
import { ensureNodeIdentity, syncJurisdictions } from "./modules/tenancy/tenancy.service.ts";
import { ActorCache } from "./platform/actor-cache.ts";
import type { Config } from "./platform/config.ts";
import type { AppContext } from "./platform/context.ts";
import { type Database, openDatabase } from "./platform/db/index.ts";
import { migrate } from "./platform/db/migrate.ts";
import { type App, createHttp, routesWithoutPermission } from "./platform/http.ts";
import { createLogger } from "./platform/logger.ts";
import { createMailer } from "./platform/mailer.ts";
import { VERSION } from "./platform/version.ts";

export interface BuildOptions {
  /** An open database to use (tests); otherwise one is opened from the config and closed with the app. */
  database?: Database;
}

/** Opens the database from the config (PostgreSQL when DATABASE_URL is set, else PGlite in the data dir). */
export const openConfiguredDatabase = (config: Config) => {
  const log = createLogger(config);
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    onIdleError: (err) => log.warn({ err }, "idle database connection failed; the pool will replace it"),
  });
};

/** Prepares the database (migrations, reference data, node identity) and returns the context services use. */
export async function prepareContext(config: Config, database: Database): Promise<AppContext> {
  await migrate(database);
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    log: createLogger(config),
    mailer: createMailer(config),
    actorCache: new ActorCache(),
    version: VERSION,
  };
  await syncJurisdictions(ctx);
  await ensureNodeIdentity(ctx);
  await syncContent(ctx);
  await indexMissing(ctx);
  return ctx;
}

/** The whole node as a Fastify instance, ready to `inject()` or `listen()`. */
export async function buildApp(
  config: Config,
  opts: BuildOptions = {},
): Promise<{ app: App; ctx: AppContext }> {
  const database = opts.database ?? (await openConfiguredDatabase(config));
  try {
    const ctx = await prepareContext(config, database);
    const app = await createHttp({ config, title: "ASEAN AI Safe node API", version: VERSION });
    ctx.log = app.log as AppContext["log"];
    await registerAuthentication(app, ctx);
    await app.register(authRoutes(ctx));
    await app.register(tenancyRoutes(ctx));
    await app.register(auditRoutes(ctx));
    await app.register(frameworkRoutes(ctx));
    await app.register(incidentRoutes(ctx));
    await app.register(entityRoutes(ctx));
    await app.register(registryRoutes(ctx));
    await app.register(assessmentRoutes(ctx));
    await app.register(footprintRoutes(ctx));
    await app.register(federationRoutes(ctx));
    await systemRoutes(ctx)(app);
    app.addHook("onListen", async () => startSync(ctx));
    app.addHook("onClose", () => stopSync(ctx));
    if (!opts.database) app.addHook("onClose", () => database.close());
    await app.ready();
    const undeclared = routesWithoutPermission(app.routeTable);
    if (undeclared.length) {
      throw new Error(
        `Routes without a declared permission: ${undeclared.map((r) => `${r.method} ${r.url}`).join(", ")}`,
      );
    }
    return { app, ctx };
  } catch (err) {
    if (!opts.database) await database.close();
    throw err;
  }
}
