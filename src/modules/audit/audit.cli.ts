import type { Command } from "commander";
import { CliExit, type LoadConfig, out, warn, withContext } from "../../cli-kit.ts";
import { verifyAuditChain } from "../../platform/audit.ts";

/** `aisafe audit verify`. */
export function registerAuditCommands(program: Command, config: LoadConfig) {
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
          warn(
            `Audit chain BROKEN at entry ${r.broken!.seq}: ${r.broken!.reason} (${r.entries} entries verified before it).`,
          );
          throw new CliExit(1);
        }
      });
    });
}
