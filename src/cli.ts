import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { openConfiguredDatabase } from "./app.ts";
import { CliExit, out, withContext } from "./cli-kit.ts";
import { createClient } from "./client/index.ts";
import { registerAssessmentCommands } from "./modules/assessments/assessments.cli.ts";
import { registerAuditCommands } from "./modules/audit/audit.cli.ts";
import { registerAuthCommands } from "./modules/auth/auth.cli.ts";
import { registerFederationCommands } from "./modules/federation/federation.cli.ts";
import { registerFootprintCommands } from "./modules/footprints/footprints.cli.ts";
import { registerFrameworkCommands } from "./modules/frameworks/frameworks.cli.ts";
import { registerRegistryCommands } from "./modules/registry/registry.cli.ts";
import { registerTenancyCommands } from "./modules/tenancy/tenancy.cli.ts";
import { ConfigError, loadConfig } from "./platform/config.ts";
import { migrate } from "./platform/db/migrate.ts";
import { AppError } from "./platform/errors.ts";
import { fromRoot } from "./platform/paths.ts";
import { VERSION } from "./platform/version.ts";

/** The `aisafe` command. Exported so tests can run it in-process. */
export function buildCli(env: NodeJS.ProcessEnv = process.env): Command {
  const config = () => loadConfig(env);
  const program = new Command("aisafe")
    .description("ASEAN AI Safe node: serve, administer and check a node")
    .version(VERSION)
    .showHelpAfterError()
    .configureHelp({ showGlobalOptions: true });

  program
    .command("serve")
    .description("run the node (HTTP server); seeds a demo node on first start")
    .action(async () => {
      const cfg = config();
      // First start of an embedded node: create and fill the database in a short-lived child
      // process, so that initdb's and the first load's memory go back to the system.
      if (!cfg.databaseUrl && !existsSync(path.join(cfg.dataDir, "PG_VERSION"))) {
        const self = fileURLToPath(import.meta.url);
        const entry = self.endsWith(".ts") ? fromRoot("bin/aisafe.mjs") : self;
        execFileSync(process.execPath, [entry, "prepare"], { env, stdio: ["ignore", "ignore", "inherit"] });
      }
      const { serve } = await import("./server.ts");
      await serve(cfg);
    });

  program
    .command("prepare", { hidden: true })
    .description("create or migrate the database and load reference data and content, then exit")
    .action(async () => {
      await withContext(config(), async () => {});
    });

  program
    .command("migrate")
    .description("apply pending database migrations and exit")
    .action(async () => {
      const database = await openConfiguredDatabase(config());
      try {
        const done = await migrate(database);
        out(done.length ? `Applied: ${done.join(", ")}` : "The database is up to date.");
      } finally {
        await database.close();
      }
    });

  program
    .command("status")
    .description("show a running node's identity, key fingerprint and readiness (through its HTTP API)")
    .option("--url <url>", "the node's base URL", `http://127.0.0.1:${env.PORT ?? 3000}`)
    .action(async (o: { url: string }) => {
      const api = createClient({ baseUrl: o.url.replace(/\/$/, "") });
      const info = await api.GET("/.well-known/aisafe-node").catch((e: Error) => {
        throw new AppError("unavailable", `Cannot reach ${o.url}: ${e.message}`);
      });
      if (!info.data) throw new AppError("unavailable", `${o.url} did not answer as an ASEAN AI Safe node.`);
      const ready = await api.GET("/readyz");
      const r = ready.data ?? ready.error;
      out(`${info.data.name} (${info.data.jurisdiction}), version ${info.data.version}`);
      out(`  node id      ${info.data.nodeId}`);
      out(`  fingerprint  ${info.data.fingerprint}`);
      out(
        `  readiness    ${r?.status ?? "unknown"}${r?.pendingMigrations?.length ? ` (pending: ${r.pendingMigrations.join(", ")})` : ""}`,
      );
      if (r?.status !== "ready") throw new CliExit(1);
    });

  registerTenancyCommands(program, config, env);
  registerAuthCommands(program, config);
  registerAuditCommands(program, config);
  registerFrameworkCommands(program, config);
  registerRegistryCommands(program, config);
  registerAssessmentCommands(program, config);
  registerFootprintCommands(program, config);
  registerFederationCommands(program, config);

  // Commands report errors by throwing; runCli turns them into one line and an exit code.
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const c of all(program)) c.exitOverride();
  return program;
}
/** Runs the CLI; returns the exit code. Errors are one clear line, never a stack trace. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    await buildCli(env).parseAsync(argv, { from: "user" });
    return 0;
  } catch (err) {
    if (err instanceof CliExit) return err.exitCode;
    if (err instanceof CommanderError) {
      return err.code === "commander.helpDisplayed" ||
        err.code === "commander.version" ||
        err.code === "commander.help"
        ? 0
        : 2;
    }
    const msg =
      err instanceof AppError
        ? `${err.message}${err.errors ? ` (${err.errors.map((e) => `${e.field}: ${e.message}`).join("; ")})` : ""}`
        : err instanceof ConfigError || err instanceof InvalidArgumentError
          ? err.message
          : `Unexpected error: ${(err as Error).message}`;
    process.stderr.write(`aisafe: ${msg}\n`);
    return 1;
  }
}

// Run directly (`tsx src/cli.ts`, as `npm run aisafe` does); bin/aisafe.mjs and scripts/start.mjs import runCli.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCli(process.argv.slice(2)).then((code) => {
    if (code !== 0) process.exit(code);
  });
}
