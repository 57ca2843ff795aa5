import { z } from "zod";
import type { AppContext } from "../../platform/context.ts";
import type { App } from "../../platform/http.ts";
import { IdParams, problems } from "../../platform/http-schemas.ts";
import { Preview, ShareState, Sharing } from "../federation/federation.schemas.ts";
import { estimate } from "./estimate.ts";
import { GridFactorSetInput } from "./footprints.schemas.ts";
import * as footprints from "./footprints.service.ts";

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
    factorSet: z.string().max(80).optional().describe("Grid factor set id (default: the node's latest)"),
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

const FactorLibrary = z
  .object({
    defaultSet: z.string(),
    sets: z.array(
      z.object({
        id: z.string(),
        version: z.string(),
        year: z.number().int(),
        source: z.string(),
        countries: z.array(z.object({ code: z.string(), value: z.number(), year: z.number().int() })),
      }),
    ),
    gpus: z.array(z.object({ id: z.string(), label: z.string(), watts: z.number() })),
    defaults: z.object({
      pue: z.number(),
      wueOnSite: z.number(),
      wueOffSite: z.number(),
      unknownGpuWatts: z.number(),
      memoryWattsPerGb: z.number(),
    }),
  })
  .meta({ id: "FactorLibrary" });

const Citation = z.object({
  title: z.string(),
  issuer: z.string(),
  date: z.string(),
  url: z.string().nullable(),
  section: z.string(),
  verification: z.enum(["verified", "unverified"]),
  note: z.string().optional(),
});
const StatementBase = {
  statement: z.string(),
  report: z.string(),
  system: z.object({ ref: z.string(), name: z.string() }),
  period: z.object({ start: z.string(), end: z.string() }),
  kind: z.enum(["training", "inference"]),
  source: z.enum(["estimate", "codecarbon"]),
  methodTier: z.string(),
  factorSet: z.object({ id: z.string(), version: z.string() }),
  citations: z.array(Citation),
};
const LowHigh = z.object({ low: z.number(), high: z.number() }).nullable();
const Quantity = z.object({ value: z.number(), unit: z.string(), what: z.string() });
const SciStatement = z
  .object({
    ...StatementBase,
    formula: z.string(),
    E: Quantity,
    I: z.object({
      value: z.number(),
      unit: z.literal("gCO2e/kWh"),
      basis: z.string(),
      country: z.string(),
      year: z.number().nullable(),
      source: z.string(),
    }),
    O: Quantity,
    M: z.object({ included: z.boolean(), value: z.number().nullable(), what: z.string(), why: z.string() }),
    R: z.array(z.object({ unit: z.string(), count: z.number(), sciGCO2e: z.number() })),
    uncertainty: z.object({ energyKWh: LowHigh, co2eKg: LowHigh }),
  })
  .meta({ id: "SciStatement" });
const AnnexXiFields = z
  .object({
    ...StatementBase,
    generalPurposeModel: z.boolean(),
    fields: z.object({
      "2(d) computational resources": z.object({
        floatingPointOperations: z.number().nullable(),
        floatingPointOperationsNote: z.string(),
        hardware: z.object({ gpuModels: z.array(z.string()), gpuCount: z.number().nullable() }),
      }),
      "2(d) training time": z.object({ hours: z.number().nullable(), note: z.string() }),
      "2(e) energy consumption": z.object({
        kWh: z.number(),
        status: z.string(),
        methodTier: z.string(),
        range: LowHigh,
        boundary: z.string(),
        period: z.object({ start: z.string(), end: z.string() }),
      }),
    }),
    notes: z.array(z.string()),
  })
  .meta({ id: "AnnexXiEnergyFields" });
const GhgFigures = z.object({
  electricityKWh: z.number(),
  locationBasedKgCO2e: z.number(),
  marketBasedKgCO2e: z.number().nullable(),
  marketBasedNote: z.string(),
  gridFactor: z.object({
    value: z.number(),
    unit: z.literal("gCO2e/kWh"),
    country: z.string(),
    year: z.number().nullable(),
    source: z.string(),
  }),
});
const GhgStatement = z
  .object({
    ...StatementBase,
    operator: z.enum(["own", "provider"]).nullable(),
    scope: z.enum(["scope 2", "scope 3", "undetermined"]),
    scope2: GhgFigures.nullable(),
    scope3: GhgFigures.extend({ note: z.string() }).nullable(),
    unclassified: GhgFigures.nullable(),
    notes: z.array(z.string()),
  })
  .meta({ id: "GhgStatement" });

const DateOnly = z.iso.date();
export const FootprintReport = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    systemId: z.uuid(),
    periodStart: z.string(),
    periodEnd: z.string(),
    kind: z.enum(["training", "inference"]),
    source: z.enum(["estimate", "codecarbon"]),
    methodTier: z.string(),
    country: z.string(),
    energyKWh: z.number(),
    co2eKg: z.number(),
    co2eMarketKg: z.number().nullable(),
    waterLitres: z.object({ onSite: z.number(), offSite: z.number() }),
    requests: z.number().nullable(),
    tokens: z.number().nullable(),
    factorSet: z.object({ id: z.string(), version: z.string() }),
    submittedTo: z.array(z.string()),
    details: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
  })
  .meta({ id: "FootprintReport" });

const Regional = z
  .object({
    groupBy: z.enum(["country", "sector", "month"]),
    scope: z.array(z.string()),
    groups: z.array(
      z.object({
        key: z.string(),
        reports: z.number().int(),
        energyKWh: z.number(),
        co2eKg: z.number(),
        waterLitres: z.number(),
        requests: z.number().nullable(),
        gCO2ePer1000Requests: z.number().nullable(),
      }),
    ),
    totals: z.object({
      reports: z.number().int(),
      energyKWh: z.number(),
      co2eKg: z.number(),
      waterLitres: z.number(),
    }),
  })
  .meta({ id: "RegionalFootprints" });

export function footprintRoutes(ctx: AppContext) {
  const tags = ["footprints"];
  return async (app: App) => {
    app.addContentTypeParser(["text/csv"], { parseAs: "string" }, (_req, body, done) => done(null, body));

    app.get(
      "/api/v1/systems/:id/footprints",
      {
        config: { permission: "self" },
        schema: {
          tags,
          summary: "Footprint reports of an AI system",
          params: IdParams,
          response: { 200: z.array(FootprintReport), ...problems(401, 404) },
        },
      },
      async (req) => footprints.listReports(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/systems/:id/footprints",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Report an AI system's footprint for a period from a workload description",
          params: IdParams,
          body: z
            .strictObject({ periodStart: DateOnly, periodEnd: DateOnly, workload: WorkloadInput })
            .meta({ id: "FootprintReportCreate" }),
          response: { 201: FootprintReport, ...problems(400, 401, 403, 404) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await footprints.reportFromEstimate(ctx, req.actor, req.params.id, req.body)),
    );
    app.post(
      "/api/v1/systems/:id/footprints/codecarbon",
      {
        bodyLimit: 20 * 1024 * 1024,
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary:
            "Import CodeCarbon's emissions.csv (text/csv) as a footprint report; bad lines are reported by number",
          params: IdParams,
          querystring: z.strictObject({
            kind: z.enum(["training", "inference"]).default("training"),
            country: z
              .string()
              .regex(/^[A-Za-z]{2,3}$/)
              .optional(),
          }),
          body: z.string(),
          response: {
            201: z
              .object({
                report: FootprintReport,
                errors: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
              })
              .meta({ id: "CodeCarbonImport" }),
            ...problems(400, 401, 403, 404, 413, 415),
          },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await footprints.importCodeCarbon(ctx, req.actor, req.params.id, req.body, req.query)),
    );
    app.post(
      "/api/v1/footprints/:id/submit",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Submit a footprint report to a jurisdiction's regulator",
          params: IdParams,
          body: z.strictObject({ jurisdiction: z.string().regex(/^([A-Z]{2}|ASEAN)$/) }),
          response: { 200: FootprintReport, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => footprints.submitReport(ctx, req.actor, req.params.id, req.body.jurisdiction),
    );
    app.get(
      "/api/v1/footprints/:id/share",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary:
            "Whether and how a footprint report is shared with the network, and the sharing groups (the organisation's administrators)",
          params: IdParams,
          response: { 200: ShareState, ...problems(401, 403, 404) },
        },
      },
      async (req) => footprints.shareState(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/footprints/:id/share/preview",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary:
            "Exactly which peer nodes and organisations would receive the report with this sharing, and why",
          params: IdParams,
          body: Sharing,
          response: { 200: Preview, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => footprints.previewShare(ctx, req.actor, req.params.id, req.body),
    );
    app.post(
      "/api/v1/footprints/:id/share",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary:
            "Share a submitted report's figures with the network (energy, carbon, water, method, country, period, system name; no personal data); again: a new version",
          params: IdParams,
          body: Sharing,
          response: { 200: ShareState, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => footprints.shareReport(ctx, req.actor, req.params.id, req.body),
    );
    app.delete(
      "/api/v1/footprints/:id/share",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Withdraw the shared report from every peer node (a signed retraction)",
          params: IdParams,
          response: { 200: ShareState, ...problems(401, 403, 404, 409) },
        },
      },
      async (req) => footprints.unshareReport(ctx, req.actor, req.params.id),
    );
    app.get(
      "/api/v1/footprints/:id/sci",
      {
        config: { permission: "self" },
        schema: {
          tags,
          summary:
            "SCI statement of a footprint report: ((E x I) + M) per R, saying what M is and that it is not included",
          params: IdParams,
          response: { 200: SciStatement, ...problems(401, 404) },
        },
      },
      async (req) => footprints.sci(ctx, req.actor, req.params.id),
    );
    app.get(
      "/api/v1/footprints/:id/annex-xi",
      {
        config: { permission: "self" },
        schema: {
          tags,
          summary:
            "EU AI Act Annex XI Section 1 point 2(d)-(e) fields of a footprint report: training time, computational resources, known or estimated energy",
          params: IdParams,
          response: { 200: AnnexXiFields, ...problems(401, 404) },
        },
      },
      async (req) => footprints.annexXi(ctx, req.actor, req.params.id),
    );
    app.get(
      "/api/v1/footprints/:id/ghg",
      {
        config: { permission: "self" },
        schema: {
          tags,
          summary:
            "GHG-Protocol-style statement of a footprint report: scope 2 (location- and market-based) when the organisation operates the hardware, scope 3 when a provider does",
          params: IdParams,
          querystring: z.strictObject({ operator: z.enum(["own", "provider"]).optional() }),
          response: { 200: GhgStatement, ...problems(400, 401, 404) },
        },
      },
      async (req) => footprints.ghg(ctx, req.actor, req.params.id, req.query.operator),
    );
    const RegionalQuery = z.strictObject({
      groupBy: z.enum(["country", "sector", "month"]).default("country"),
      from: DateOnly.optional(),
      to: DateOnly.optional(),
    });
    app.get(
      "/api/v1/footprints/regional",
      {
        config: { permission: "self" },
        schema: {
          tags,
          summary:
            "Regional totals of submitted footprint reports by country, sector or month (sums, never averages of intensities)",
          querystring: RegionalQuery,
          response: { 200: Regional, ...problems(400, 401, 403) },
        },
      },
      async (req) => footprints.regional(ctx, req.actor, req.query),
    );
    app.get(
      "/api/v1/footprints/regional.csv",
      {
        config: { permission: "self" },
        schema: { tags, summary: "The regional totals as CSV", querystring: RegionalQuery },
      },
      async (req, reply) => {
        const r = await footprints.regional(ctx, req.actor, req.query);
        const lines = [
          `${r.groupBy},reports,energy_kwh,co2e_kg,water_litres,requests,g_co2e_per_1000_requests`,
          ...r.groups.map((g) =>
            [
              g.key,
              g.reports,
              g.energyKWh,
              g.co2eKg,
              g.waterLitres,
              g.requests ?? "",
              g.gCO2ePer1000Requests ?? "",
            ].join(","),
          ),
          ["total", r.totals.reports, r.totals.energyKWh, r.totals.co2eKg, r.totals.waterLitres, "", ""].join(
            ",",
          ),
        ];
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="footprints.csv"')
          .send(`${lines.join("\r\n")}\r\n`);
      },
    );

    app.get(
      "/api/v1/footprints/factors",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "The factor library the estimator uses: grid factor sets by country, GPU models, defaults",
          response: { 200: FactorLibrary },
        },
      },
      async () => footprints.library(ctx),
    );
    app.post(
      "/api/v1/footprints/factor-sets",
      {
        config: { permission: "node:manage" },
        schema: {
          tags,
          summary:
            "Add a grid factor set (node administrators): validated, immutable; the latest year becomes the default",
          body: GridFactorSetInput,
          response: { 201: FactorLibrary, ...problems(400, 401, 403, 409) },
        },
      },
      async (req, reply) => reply.status(201).send(await footprints.addFactorSet(ctx, req.actor, req.body)),
    );
    app.post(
      "/api/v1/footprints/estimate",
      {
        // The node's rate-limit setting governs (0 = none); at most 120 estimates a minute per client.
        config: {
          permission: "public",
          rateLimit:
            ctx.config.rateLimitMax > 0
              ? { max: Math.min(120, ctx.config.rateLimitMax), timeWindow: "1 minute" }
              : false,
        },
        schema: {
          tags: ["footprints"],
          summary: "Estimate the energy, carbon and water of an AI workload (training or inference)",
          description:
            "Energy (kWh), CO2e (kg; location-based, and market-based when contractual instruments are given), water (litres on-site and off-site), the method tier, an uncertainty range and the factor set used. PUE is applied exactly once. Implausible inputs give warnings naming the field.",
          body: WorkloadInput,
          response: { 200: FootprintEstimate, ...problems(400, 415, 429) },
        },
      },
      async (req) => estimate(req.body, await footprints.factorsFor(ctx, req.body.factorSet)),
    );
  };
}
