import type { Command } from "commander";
import { cliActor, type LoadConfig, out, withContext } from "../../cli-kit.ts";
import * as registry from "./registry.service.ts";

/** `aisafe systems list|show`. */
export function registerRegistryCommands(program: Command, config: LoadConfig) {
  const systems = program.command("systems").description("the AI-system registry");
  systems
    .command("list")
    .description("list registered AI systems")
    .option("--org <id>", "only this organisation's systems")
    .option("--country <code>", "only systems deployed in this country")
    .option("--json", "print JSON")
    .action(async (o: { org?: string; country?: string; json?: boolean }) => {
      await withContext(config(), async (ctx) => {
        const page = await registry.listSystems(ctx, cliActor, {
          orgId: o.org,
          country: o.country?.toUpperCase(),
          limit: 200,
          offset: 0,
        });
        if (o.json) return out(JSON.stringify(page.items, null, 2));
        for (const s of page.items) {
          const v = s as { ref: string; orgName: string; name: string; status?: string; aiType?: string };
          out(
            `${v.ref.padEnd(24)} ${(v.status ?? "").padEnd(8)} ${(v.aiType ?? "").padEnd(15)} ${v.name}  (${v.orgName})`,
          );
        }
        out(`${page.total} system(s).`);
      });
    });
  systems
    .command("show")
    .description("show an AI system with its risk and oversight result")
    .argument("<id>", "system id")
    .option("--json", "print JSON")
    .action(async (id: string, o: { json?: boolean }) => {
      await withContext(config(), async (ctx) => {
        const s = await registry.getSystem(ctx, cliActor, id);
        const r = await registry.risk(ctx, cliActor, id);
        if (o.json) return out(JSON.stringify({ system: s, risk: r }, null, 2));
        const v = s as {
          ref: string;
          name: string;
          orgName: string;
          purpose: string;
          humanInvolvement?: string;
        };
        out(`${v.name} (${v.ref}), ${v.orgName}`);
        out(`  purpose: ${v.purpose}`);
        out(
          `  human involvement now: ${v.humanInvolvement ?? "?"}${r.involvement ? `; recommended: ${r.involvement.level} (score ${r.involvement.score}, our scale)` : "; no risk impact assessment yet"}`,
        );
        for (const c of r.classifications) {
          out(
            `  ${c.title}: ${c.tierLabel}${c.dependsOnPendingDecree ? " (depends on a pending decree)" : ""}`,
          );
          for (const f of c.fired) out(`    - ${f.id}: ${f.cites.map((x) => x.ref).join(", ")}`);
          for (const f of c.flags) out(`    + flag ${f.id}: ${f.cites.map((x) => x.ref).join(", ")}`);
        }
      });
    });
}
