import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { cliActor, type LoadConfig, oneOf, out, withContext } from "../../cli-kit.ts";
import { ORG_ROLES, type OrgRole } from "../../platform/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { AppError, parseInput } from "../../platform/errors.ts";
import { ORG_TYPES, OrganisationCreate, UserCreate } from "./tenancy.schemas.ts";
import { seedDemo, seedIfEmpty } from "./tenancy.seed.ts";
import * as tenancy from "./tenancy.service.ts";

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

/** `aisafe user create`, `aisafe org create`, `aisafe seed demo`. */
export function registerTenancyCommands(program: Command, config: LoadConfig, env: NodeJS.ProcessEnv) {
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
}
