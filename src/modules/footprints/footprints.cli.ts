import { readFileSync } from "node:fs";
import { type Command, InvalidArgumentError } from "commander";
import { cliActor, type LoadConfig, oneOf, out, warn, withContext } from "../../cli-kit.ts";
import { AppError, parseInput } from "../../platform/errors.ts";
import { type Estimate, estimate, type WorkloadInput } from "./estimate.ts";
import { factorLookup } from "./factors.ts";
import { GridFactorSetInput } from "./footprints.schemas.ts";
import * as footprints from "./footprints.service.ts";

const num = (option: string) => (v: string) => {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n)) throw new InvalidArgumentError(`${option} must be a number.`);
  return n;
};

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);

function print(e: Estimate) {
  const i = e.factorSet.intensity;
  out(
    `Energy:  ${fmt(e.energyKWh.value)} kWh (range ${fmt(e.energyKWh.low)}–${fmt(e.energyKWh.high)}; IT ${fmt(e.itEnergyKWh)} kWh × PUE ${e.pueApplied}), method: ${e.methodTier}`,
  );
  const loc = e.co2eKg.locationBased;
  out(
    `CO2e:    ${fmt(loc.value)} kg location-based (range ${fmt(loc.low)}–${fmt(loc.high)}; ${i.country} grid ${i.value} gCO2e/kWh, ${i.year}, ${i.source})`,
  );
  const mb = e.co2eKg.marketBased;
  if (mb) out(`         ${fmt(mb.value)} kg market-based (range ${fmt(mb.low)}–${fmt(mb.high)})`);
  out(
    `Water:   ${fmt(e.water.totalLitres)} L (on site ${fmt(e.water.onSiteLitres)} L, off site ${fmt(e.water.offSiteLitres)} L)`,
  );
  const unit = {
    per1000Requests: "per 1,000 requests",
    per1000Tokens: "per 1,000 tokens",
    perTrainingRun: "per training run",
  };
  const sci = Object.entries(e.sci ?? {}).map(([k, v]) => `${fmt(v)} gCO2e ${unit[k as keyof typeof unit]}`);
  if (sci.length) out(`SCI:     ${sci.join(", ")} (operational only)`);
  for (const w of e.warnings) out(`Warning: ${w.field}: ${w.message}`);
  for (const a of e.assumptions) out(`Assumed: ${a}`);
  out(`Factors: ${e.factorSet.id} ${e.factorSet.version}`);
}

/** A file's text, or an invalid-input error naming it. */
function readText(file: string) {
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    throw new AppError(
      "invalid_input",
      `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

/** `aisafe footprint estimate|import|factors`. */
export function registerFootprintCommands(program: Command, config: LoadConfig) {
  const fp = program.command("footprint").description("energy, carbon and water footprints of AI workloads");
  fp.command("estimate")
    .description("estimate a workload's energy, CO2e and water (no database needed)")
    .requiredOption(
      "--kind <kind>",
      "training or inference",
      oneOf(["training", "inference"] as const, "--kind"),
    )
    .requiredOption("--country <code>", "ISO 3166-1 code of the grid the data centre draws from")
    .option("--hours <h>", "duration of the workload", num("--hours"))
    .option("--gpu-model <name>", "GPU model, e.g. H100-SXM (its power from the factor library)")
    .option("--gpus <n>", "number of GPUs", num("--gpus"))
    .option(
      "--gpu-utilisation <0..1>",
      "average GPU utilisation (default 1, an upper bound)",
      num("--gpu-utilisation"),
    )
    .option("--cpu-cores <n>", "CPU cores", num("--cpu-cores"))
    .option("--cpu-utilisation <0..1>", "average CPU utilisation", num("--cpu-utilisation"))
    .option("--memory-gb <n>", "memory in GB", num("--memory-gb"))
    .option("--requests <n>", "inference requests", num("--requests"))
    .option("--tokens-per-request <n>", "output tokens per request", num("--tokens-per-request"))
    .option(
      "--active-params <billions>",
      "active parameters of the model, in billions",
      num("--active-params"),
    )
    .option(
      "--total-params <billions>",
      "total parameters (mixture of experts), in billions",
      num("--total-params"),
    )
    .option("--wh-per-request <Wh>", "measured energy per request", num("--wh-per-request"))
    .option("--metered-kwh <kWh>", "metered energy", num("--metered-kwh"))
    .option(
      "--boundary <it|facility>",
      "what the measured energy covers",
      oneOf(["it", "facility"] as const, "--boundary"),
    )
    .option("--pue <n>", "power usage effectiveness of the data centre", num("--pue"))
    .option(
      "--contractual-intensity <gCO2e/kWh>",
      "from RECs or PPAs: adds a market-based figure",
      num("--contractual-intensity"),
    )
    .option("--json", "print the estimate as JSON (the shape of POST /api/v1/footprints/estimate)")
    .action((o: Record<string, string | number | boolean | undefined>) => {
      const hardware = {
        gpuModel: o.gpuModel as string | undefined,
        gpuCount: o.gpus as number | undefined,
        gpuUtilisation: o.gpuUtilisation as number | undefined,
        cpuCores: o.cpuCores as number | undefined,
        cpuUtilisation: o.cpuUtilisation as number | undefined,
        memoryGb: o.memoryGb as number | undefined,
      };
      const input = Object.fromEntries(
        Object.entries({
          kind: o.kind,
          country: o.country,
          hours: o.hours,
          requests: o.requests,
          outputTokensPerRequest: o.tokensPerRequest,
          activeParamsBillions: o.activeParams,
          totalParamsBillions: o.totalParams,
          measuredWhPerRequest: o.whPerRequest,
          meteredKWh: o.meteredKwh,
          measuredBoundary: o.boundary,
          pue: o.pue,
          contractualIntensity: o.contractualIntensity,
          hardware: Object.values(hardware).some((v) => v !== undefined)
            ? Object.fromEntries(Object.entries(hardware).filter(([, v]) => v !== undefined))
            : undefined,
        }).filter(([, v]) => v !== undefined),
      ) as unknown as WorkloadInput;
      const e = estimate(input, factorLookup());
      if (o.json) out(JSON.stringify(e, null, 2));
      else print(e);
    });

  fp.command("import")
    .description("import CodeCarbon's emissions.csv as a footprint report of an AI system")
    .argument("<file>", "emissions.csv written by CodeCarbon")
    .requiredOption("--system <id>", "the AI system's id")
    .option(
      "--kind <kind>",
      "training or inference",
      oneOf(["training", "inference"] as const, "--kind"),
      "training",
    )
    .option("--country <code>", "the grid's country, when the runs do not name one (or name several)")
    .option("--json", "print the report as JSON")
    .action(
      async (
        file: string,
        o: { system: string; kind: "training" | "inference"; country?: string; json?: boolean },
      ) => {
        const csv = readText(file);
        await withContext(config(), async (ctx) => {
          const { report, errors } = await footprints.importCodeCarbon(ctx, cliActor, o.system, csv, {
            kind: o.kind,
            country: o.country?.toUpperCase(),
          });
          for (const e of errors) warn(`${file}:${e.line}: ${e.field}: ${e.message} (line skipped)`);
          if (o.json) return out(JSON.stringify(report, null, 2));
          const r = report;
          out(
            `Imported footprint report ${r.ref} (${r.id},  ${r.periodStart} – ${r.periodEnd}): ${fmt(Number(r.energyKWh))} kWh, ${fmt(Number(r.co2eKg))} kg CO2e${errors.length ? `; ${errors.length} line(s) skipped` : ""}.`,
          );
        });
      },
    );

  const factors = fp.command("factors").description("grid factor sets (shipped and added)");
  factors
    .command("list")
    .description("list the grid factor sets; the default is marked")
    .action(async () => {
      await withContext(config(), async (ctx) => {
        const lib = await footprints.library(ctx);
        for (const s of lib.sets)
          out(
            `${s.id === lib.defaultSet ? "*" : " "} ${s.id} ${s.version} (${s.year}), ${s.countries.length} countries`,
          );
      });
    });
  factors
    .command("add")
    .description("add a grid factor set from a JSON file shaped like content/factors/grid-intensity-*.json")
    .argument("<file>", "the factor set (JSON)")
    .action(async (file: string) => {
      let json: unknown;
      try {
        json = JSON.parse(readText(file));
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError("invalid_input", `${file} is not JSON: ${(err as Error).message}`);
      }
      const input = parseInput(GridFactorSetInput, json);
      await withContext(config(), async (ctx) => {
        const lib = await footprints.addFactorSet(ctx, cliActor, input);
        out(`Added factor set ${input.id} ${input.version} (${input.year}); default now: ${lib.defaultSet}.`);
      });
    });
}
