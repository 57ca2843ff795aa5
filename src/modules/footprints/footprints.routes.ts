import { z } from "zod";
import type { AppContext } from "../../platform/context.ts";
import type { App } from "../../platform/http.ts";
import { problems } from "../../platform/http-schemas.ts";
import { estimate } from "./estimate.ts";
import { factorLookup } from "./factors.ts";

const Positive = z.number().min(0);
const Fraction = z.number().min(0).max(1);

export const WorkloadInput = z
  .strictObject({
    kind: z.enum(["training", "inference"]),
    country: z.string().regex(/^[A-Za-z]{2,3}$/, "must be an ISO 3166-1 code of an ASEAN member state"),
    pue: z
      .number()
      .min(1)
      .max(5)
      .optional()
      .describe("Power usage effectiveness (default: unknown data centre)"),
    wueOnSite: Positive.max(20).optional().describe("On-site water, L per kWh of IT energy"),
    wueOffSite: Positive.max(50).optional().describe("Off-site water intensity of electricity, L per kWh"),
    hardware: z
      .strictObject({
        gpuModel: z.string().max(60).optional(),
        gpuCount: z.number().int().min(0).max(1_000_000).optional(),
        gpuUtilisation: Fraction.optional(),
        cpuCores: z.number().int().min(0).max(1_000_000).optional(),
        cpuTdpWattsPerCore: Positive.max(1000).optional(),
        cpuUtilisation: Fraction.optional(),
        memoryGb: Positive.max(10_000_000).optional(),
      })
      .optional(),
    hours: Positive.max(1_000_000).optional(),
    requests: Positive.max(1e15).optional(),
    outputTokensPerRequest: Positive.max(1_000_000).optional(),
    activeParamsBillions: Positive.max(100_000).optional(),
    totalParamsBillions: Positive.max(100_000).optional(),
    gpusPerReplica: z.number().int().min(1).max(100_000).optional(),
    measuredWhPerRequest: Positive.max(1e6).optional(),
    meteredKWh: Positive.max(1e12).optional(),
    measuredBoundary: z.enum(["it", "facility"]).optional(),
    contractualIntensity: Positive.max(2000)
      .optional()
      .describe("gCO2e/kWh from contractual instruments: gives a market-based figure"),
  })
  .meta({ id: "WorkloadInput" });

const Range = z.object({ value: z.number(), low: z.number(), high: z.number() });
export const FootprintEstimate = z
  .object({
    energyKWh: Range.describe("Facility energy (IT energy x PUE, applied once)"),
    itEnergyKWh: z.number(),
    co2eKg: z.object({ locationBased: Range, marketBased: Range.optional() }),
    water: z.object({ onSiteLitres: z.number(), offSiteLitres: z.number(), totalLitres: z.number() }),
    methodTier: z.enum(["metered", "telemetry", "tdp-utilisation", "per-token-model", "spend-based"]),
    pueApplied: z.number(),
    factorSet: z.object({
      id: z.string(),
      version: z.string(),
      intensity: z.object({
        country: z.string(),
        value: z.number(),
        unit: z.literal("gCO2e/kWh"),
        year: z.number(),
        source: z.string(),
      }),
    }),
    warnings: z.array(z.object({ field: z.string(), message: z.string() })),
    sci: z
      .object({
        per1000Requests: z.number().optional(),
        per1000Tokens: z.number().optional(),
        perTrainingRun: z.number().optional(),
      })
      .optional(),
    assumptions: z.array(z.string()),
  })
  .meta({ id: "FootprintEstimate" });

export function footprintRoutes(_ctx: AppContext) {
  return async (app: App) => {
    app.post(
      "/api/v1/footprints/estimate",
      {
        config: { permission: "public", rateLimit: { max: 120, timeWindow: "1 minute" } },
        schema: {
          tags: ["footprints"],
          summary: "Estimate the energy, carbon and water of an AI workload (training or inference)",
          description:
            "Energy (kWh), CO2e (kg; location-based, and market-based when contractual instruments are given), water (litres on-site and off-site), the method tier, an uncertainty range and the factor set used. PUE is applied exactly once. Implausible inputs give warnings naming the field.",
          body: WorkloadInput,
          response: { 200: FootprintEstimate, ...problems(400, 415, 429) },
        },
      },
      async (req) => estimate(req.body, factorLookup()),
    );
  };
}
