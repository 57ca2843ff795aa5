import { buildApp } from "./app.ts";
import { seedIfEmpty } from "./modules/tenancy/tenancy.seed.ts";
import type { Config } from "./platform/config.ts";

/** Starts a node: database, migrations, first-start seed, HTTP listener. Prints first-start credentials once. */
export async function serve(config: Config) {
  const started = Date.now();
  const { app, ctx } = await buildApp(config);
  const seeded = await seedIfEmpty(ctx);
  await app.listen({ port: config.port, host: config.host });
  const address = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${config.port}`;
  const lines = [
    "",
    `ASEAN AI Safe node "${config.node.name}" (${config.node.jurisdiction}) is running at ${address}`,
    `  database: ${ctx.database.kind === "postgres" ? "PostgreSQL" : `embedded PGlite in ${config.dataDir}`}`,
    `  API docs: ${address}/api/docs   ready in ${Date.now() - started} ms`,
  ];
  if (seeded.length) {
    lines.push(
      "",
      "First start: these accounts were created. The passwords are shown only now; write them down.",
    );
    for (const s of seeded) lines.push(`  ${s.role.padEnd(18)} ${s.email.padEnd(42)} ${s.password}`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
  const stop = async (signal: string) => {
    app.log.info({ signal }, "shutting down");
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  return app;
}
