import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { cliActor, type LoadConfig, oneOf, out, warn, withContext } from "../../cli-kit.ts";
import { TOKEN_SCOPES, type TokenScope } from "../../platform/access.ts";
import { AppError } from "../../platform/errors.ts";
import * as tenancy from "../tenancy/tenancy.service.ts";
import { issueToken } from "./auth.service.ts";

/** `aisafe token create`. */
export function registerAuthCommands(program: Command, config: LoadConfig) {
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
        warn(
          `Token "${t.name}" for ${u.email}, scopes ${t.scopes.join(",")}, expires ${t.expiresAt}. Shown once.`,
        );
      });
    });
}
