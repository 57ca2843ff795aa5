import { pathToFileURL } from "node:url";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { openConfiguredDatabase, prepareContext } from "./app.ts";
import { createClient } from "./client/index.ts";
import { issueToken } from "./modules/auth/auth.service.ts";
import { ORG_TYPES, OrganisationCreate, UserCreate } from "./modules/tenancy/tenancy.schemas.ts";
import { seedDemo, seedIfEmpty } from "./modules/tenancy/tenancy.seed.ts";
import * as tenancy from "./modules/tenancy/tenancy.service.ts";
import { ORG_ROLES, type OrgRole, systemActor, TOKEN_SCOPES, type TokenScope } from "./platform/access.ts";
import { verifyAuditChain } from "./platform/audit.ts";
import { type Config, ConfigError, loadConfig } from "./platform/config.ts";
import type { AppContext } from "./platform/context.ts";
import { migrate } from "./platform/db/migrate.ts";
import { AppError, parseInput } from "./platform/errors.ts";
import { VERSION } from "./platform/version.ts";

const cliActor = systemActor("cli");

/** Ends a command with a non-zero exit code after it has printed its own message. */
class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
const out = (s: string) => process.stdout.write(`${s}\n`);

/** Runs fn with a prepared context (migrated database) and closes the database afterwards. */
async function withContext<T>(config: Config, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(config);
  try {
    return await fn(await prepareContext(config, database));
  } finally {
    await database.close();
  }
}

const oneOf =
  <T extends string>(values: readonly T[], what: string) =>
  (v: string): T => {
    if (!(values as readonly string[]).includes(v))
      throw new InvalidArgumentError(`${what} must be one of ${values.join(", ")}.`);
    return v as T;
  };

async function resolveOrg(ctx: AppContext, ref: string) {
  if (/^[0-9a-f-]{36}$/i.test(ref)) return tenancy.getOrg(ctx, cliActor, ref);
  const matches = (await tenancy.listOrgs(ctx, cliActor, { q: ref, limit: 50, offset: 0 })).items.filter(
    (o) => o.name.toLowerCase() === ref.toLowerCase(),
  );
  if (matches.length !== 1) {
    throw new AppError(
      "not_found",
      matches.length
        ? `Several organisations are named "${ref}"; give its id.`
        : `No organisation named "${ref}".`,
    );
  }
  return matches[0]!;
}

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
      const { serve } = await import("./server.ts");
      await serve(config());
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

  const user = program.command("user").description("manage users");
  user
    .command("create")
    .description("create a user (node administrator, or member of an organisation)")
    .requiredOption("--email <email>", "e-mail address (the sign-in name)")
    .requiredOption("--name <name>", "display name")
    .option("--password <password>", "password (at least 12 characters); or set AISAFE_NEW_PASSWORD")
    .option("--node-admin", "make the user a node administrator")
    .option("--org <org>", "organisation id or exact name to join")
    .option("--role <role>", `role in the organisation (${ORG_ROLES.join(", ")})`, oneOf(ORG_ROLES, "--role"))
    .option("--locale <locale>", "interface language (BCP 47)", "en")
    .action(
      async (o: {
        email: string;
        name: string;
        password?: string;
        nodeAdmin?: boolean;
        org?: string;
        role?: OrgRole;
        locale: string;
      }) => {
        if ((o.org === undefined) !== (o.role === undefined))
          throw new InvalidArgumentError("--org and --role go together.");
        const password = o.password ?? env.AISAFE_NEW_PASSWORD;
        await withContext(config(), async (ctx) => {
          const membership = o.org ? { orgId: (await resolveOrg(ctx, o.org)).id, role: o.role! } : undefined;
          const input = parseInput(UserCreate, {
            email: o.email,
            displayName: o.name,
            ...(password ? { password } : {}),
            locale: o.locale,
            nodeRole: o.nodeAdmin ? "node-admin" : null,
            ...(membership ? { membership } : {}),
          });
          const u = await tenancy.createUser(ctx, cliActor, input);
          out(`Created user ${u.email} (${u.id}).`);
        });
      },
    );

  const org = program.command("org").description("manage organisations");
  org
    .command("create")
    .description("create an organisation")
    .requiredOption("--name <name>", "organisation name")
    .requiredOption("--type <type>", `one of ${ORG_TYPES.join(", ")}`, oneOf(ORG_TYPES, "--type"))
    .requiredOption("--jurisdiction <code>", "ISO 3166-1 alpha-2 code of a member state, or ASEAN")
    .action(async (o: { name: string; type: string; jurisdiction: string }) => {
      await withContext(config(), async (ctx) => {
        const input = parseInput(OrganisationCreate, { ...o, jurisdiction: o.jurisdiction.toUpperCase() });
        const created = await tenancy.createOrg(ctx, cliActor, input);
        out(`Created organisation ${created.name} (${created.id}).`);
      });
    });

  const token = program.command("token").description("manage API tokens");
  token
    .command("create")
    .description("create an API token for a user; prints the secret once")
    .requiredOption("--email <email>", "the user the token acts as")
    .requiredOption("--name <name>", "a name to recognise the token by")
    .option("--scopes <scopes>", `comma-separated: ${TOKEN_SCOPES.join(", ")}`, "read")
    .option("--days <days>", "days until it expires (1-366)", "90")
    .action(async (o: { email: string; name: string; scopes: string; days: string }) => {
      const scopes = o.scopes.split(",").map((s) => s.trim());
      for (const s of scopes) oneOf(TOKEN_SCOPES, "--scopes")(s);
      const days = Number(o.days);
      if (!Number.isInteger(days) || days < 1 || days > 366)
        throw new InvalidArgumentError("--days must be a whole number from 1 to 366.");
      await withContext(config(), async (ctx) => {
        const u = await tenancy.findUserByEmail(ctx, o.email);
        if (!u) throw new AppError("not_found", `No user with e-mail ${o.email}.`);
        const t = await issueToken(ctx, cliActor, u.id, {
          name: o.name,
          scopes: scopes as TokenScope[],
          expiresInDays: days,
        });
        out(t.token);
        process.stderr.write(
          `Token "${t.name}" for ${u.email}, scopes ${t.scopes.join(",")}, expires ${t.expiresAt}. Shown once.\n`,
        );
      });
    });

  const audit = program.command("audit").description("the audit trail");
  audit
    .command("verify")
    .description("check the hash chain; exits 1 naming the first broken entry")
    .action(async () => {
      await withContext(config(), async (ctx) => {
        const r = await verifyAuditChain(ctx.db);
        if (r.ok) {
          out(`Audit chain intact: ${r.entries} entries.`);
        } else {
          process.stderr.write(
            `Audit chain BROKEN at entry ${r.broken!.seq}: ${r.broken!.reason} (${r.entries} entries verified before it).\n`,
          );
          process.exitCode = 1;
        }
      });
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

  const seed = program.command("seed").description("demo data");
  seed
    .command("demo")
    .description(
      "add the demo organisations and one user per role (skips what exists); prints new passwords once",
    )
    .action(async () => {
      await withContext(config(), async (ctx) => {
        const created = [...(await seedIfEmpty(ctx, cliActor)), ...(await seedDemo(ctx, cliActor))];
        if (!created.length) out("Demo content is already present.");
        for (const s of created) out(`${s.role.padEnd(18)} ${s.email.padEnd(42)} ${s.password}`);
      });
    });

  for (const c of [program, ...program.commands, ...program.commands.flatMap((c) => c.commands)])
    c.exitOverride();
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
