import { AppError, type FieldError } from "../../platform/errors.ts";
import type { FactorLookup } from "./factors.ts";

/**
 * Energy, carbon and water estimates for AI workloads: pure functions over an input and a factor
 * lookup (no I/O), so tests pin every factor. Units are branded number types; PUE is applied exactly
 * once, to IT energy. Formulas and constants are documented in content/factors/README.md.
 */

// ---------------------------------------------------------------- units

declare const unit: unique symbol;
type Unit<U extends string> = number & { readonly [unit]: U };
/** Energy in kilowatt-hours. */
export type KWh = Unit<"kWh">;
/** Energy in watt-hours. */
export type Wh = Unit<"Wh">;
/** Power in watts. */
export type Watts = Unit<"W">;
/** Duration in hours. */
export type Hours = Unit<"h">;
/** Water volume in litres. */
export type Litres = Unit<"L">;
/** Mass of CO2-equivalent in kilograms. */
export type KgCO2e = Unit<"kgCO2e">;
/** Mass of CO2-equivalent in grams. */
export type GramsCO2e = Unit<"gCO2e">;
/** Grid carbon intensity in gCO2e per kWh. */
export type GramsPerKWh = Unit<"gCO2e/kWh">;
/** Water intensity in litres per kWh (WUE, EWIF). */
export type LitresPerKWh = Unit<"L/kWh">;

export const kWh = (n: number) => n as KWh;
export const wh = (n: number) => n as Wh;
export const watts = (n: number) => n as Watts;
export const hours = (n: number) => n as Hours;
export const litres = (n: number) => n as Litres;
export const kgCO2e = (n: number) => n as KgCO2e;
export const gramsPerKWh = (n: number) => n as GramsPerKWh;
export const litresPerKWh = (n: number) => n as LitresPerKWh;

/** Energy drawn at a power for a duration: W x h / 1000. */
export const energyOf = (p: Watts, t: Hours): KWh => kWh((p * t) / 1000);
/** Wh to kWh. */
export const whToKWh = (e: Wh): KWh => kWh(e / 1000);
/** Facility energy from IT energy: the one place PUE is applied. */
export const facilityEnergy = (it: KWh, pue: number): KWh => kWh(it * pue);
/** Emissions of an energy at a grid intensity: kWh x g/kWh / 1000. */
export const emissions = (e: KWh, intensity: GramsPerKWh): KgCO2e => kgCO2e((e * intensity) / 1000);
/** Water of an energy at a water intensity: kWh x L/kWh. */
export const waterOf = (e: KWh, intensity: LitresPerKWh): Litres => litres(e * intensity);
/** Sum of two water volumes. */
export const addLitres = (a: Litres, b: Litres): Litres => litres(a + b);

// ---------------------------------------------------------------- constants

/**
 * EcoLogits LLM-inference fit (ML.ENERGY data, vLLM on H100 80GB): GPU energy per output token per GPU
 * [Wh] = ALPHA x e^(BETA x B) x P_active + GAMMA; latency per output token [s] = LAT_A x P_active +
 * LAT_B x B + LAT_C; server without GPUs 1.2 kW per 8 installed GPUs, shared over the batch B = 64.
 */
export const ECOLOGITS = {
  energyAlpha: 1.17e-6,
  energyBeta: -1.12e-2,
  energyGamma: 4.05e-5,
  latencyAlpha: 6.78e-4,
  latencyBeta: 3.12e-4,
  latencyGamma: 1.94e-2,
  batchSize: 64,
  serverPowerWithoutGpusW: 1200,
  gpusInstalledPerServer: 8,
  gpuMemoryGb: 80,
  weightBits: 16,
  memoryOverhead: 1.2,
} as const;

/** Relative uncertainty ranges by method tier: our own choice, not from a source. */
export const TIER_RANGE = {
  metered: { low: 0.95, high: 1.05 },
  telemetry: { low: 0.85, high: 1.15 },
  "tdp-utilisation": { low: 0.7, high: 1.3 },
  "per-token-model": { low: 0.5, high: 1.5 },
  "spend-based": { low: 0.5, high: 2 },
} as const;

/** Thresholds above which an input earns a plausibility warning (our own choice). */
export const PLAUSIBLE = {
  gpuHours: 10_000,
  gpuCount: 10_000,
  hours: 8_760,
  requests: 1e10,
  outputTokensPerRequest: 100_000,
  activeParamsBillions: 2_000,
  whPerRequest: 100,
  meteredKWh: 1e8,
  pue: 3,
  wue: 20,
  cpuCores: 100_000,
  memoryGb: 1e6,
} as const;

// ---------------------------------------------------------------- input and output

/** Method tiers, best first: metered > telemetry > TDP x utilisation > per-token model > spend-based. */
export type MethodTier = "metered" | "telemetry" | "tdp-utilisation" | "per-token-model" | "spend-based";

/** A workload to estimate. Numbers are plain; estimate() validates them and names the bad field. */
export interface WorkloadInput {
  kind: "training" | "inference";
  /** ISO 3166-1 alpha-2 (or alpha-3) of the grid the data centre draws from. */
  country: string;
  /** Power usage effectiveness of the facility (>= 1); default: the library's unknown-data-centre PUE. */
  pue?: number;
  /** On-site water usage effectiveness, L per kWh of IT energy. */
  wueOnSite?: number;
  /** Off-site water intensity of electricity, L per kWh of facility energy. */
  wueOffSite?: number;
  // training / generic compute:
  hardware?: {
    gpuModel?: string;
    gpuCount?: number;
    /** Average GPU utilisation in [0, 1]; default 1 (upper bound). */
    gpuUtilisation?: number;
    cpuCores?: number;
    cpuTdpWattsPerCore?: number;
    /** Average CPU utilisation in [0, 1]; default 1 (upper bound). */
    cpuUtilisation?: number;
    memoryGb?: number;
  };
  hours?: number;
  // inference:
  requests?: number;
  outputTokensPerRequest?: number;
  activeParamsBillions?: number;
  /** Total parameters (billions) for mixture-of-experts models; sizes the GPU count. Default: active. */
  totalParamsBillions?: number;
  gpusPerReplica?: number;
  measuredWhPerRequest?: number;
  // measured:
  meteredKWh?: number;
  /** What meteredKWh / measuredWhPerRequest cover: "it" (default; PUE is then applied) or "facility". */
  measuredBoundary?: "it" | "facility";
  // market-based:
  /** gCO2e/kWh from contractual instruments (RECs, PPAs); gives a separate market-based figure. */
  contractualIntensity?: number;
}

/** A central value with the tier's range. */
export interface Range<T extends number> {
  value: T;
  low: T;
  high: T;
}

/** The result of estimate(). energyKWh is facility energy (IT x PUE). */
export interface Estimate {
  energyKWh: Range<KWh>;
  itEnergyKWh: KWh;
  co2eKg: { locationBased: Range<KgCO2e>; marketBased?: Range<KgCO2e> };
  water: { onSiteLitres: Litres; offSiteLitres: Litres; totalLitres: Litres };
  methodTier: MethodTier;
  /** The PUE used: applied exactly once, to IT energy. */
  pueApplied: number;
  factorSet: {
    id: string;
    version: string;
    intensity: { country: string; value: number; unit: "gCO2e/kWh"; year: number; source: string };
  };
  warnings: { field: string; message: string }[];
  /** gCO2e per functional unit, operational emissions only (O = E x I, location-based; no embodied M). */
  sci?: { per1000Requests?: number; per1000Tokens?: number; perTrainingRun?: number };
  assumptions: string[];
}

// ---------------------------------------------------------------- the estimator

type Warning = Estimate["warnings"][number];

/** IT energy by the per-token model for one request: GPUs and the shared server, without PUE. */
export function perTokenRequestWh(activeB: number, outputTokens: number, gpus: number): Wh {
  const c = ECOLOGITS;
  const perTokenPerGpu = c.energyAlpha * Math.exp(c.energyBeta * c.batchSize) * activeB + c.energyGamma;
  const gpuWh = gpus * outputTokens * perTokenPerGpu;
  const latencyS = outputTokens * (c.latencyAlpha * activeB + c.latencyBeta * c.batchSize + c.latencyGamma);
  const serverWh =
    ((latencyS / 3600) * c.serverPowerWithoutGpusW * (gpus / c.gpusInstalledPerServer)) / c.batchSize;
  return wh(gpuWh + serverWh);
}

/** GPUs needed to hold a model's weights (16-bit, 1.2 overhead, 80 GB each), rounded up to a power of two. */
export function gpusForModel(totalParamsB: number): number {
  const c = ECOLOGITS;
  const memoryGb = (c.memoryOverhead * totalParamsB * c.weightBits) / 8;
  const n = Math.max(1, Math.ceil(memoryGb / c.gpuMemoryGb));
  return 2 ** Math.ceil(Math.log2(n));
}

/** CPU power share of TDP at utilisation u: 0.1 + 0.9 u^3. */
export const cpuLoadFactor = (u: number) => 0.1 + 0.9 * u ** 3;

/** Estimates energy, CO2e (location- and market-based), water and SCI for a workload; throws AppError on invalid input. */
export function estimate(input: WorkloadInput, factors: FactorLookup): Estimate {
  validate(input);
  const intensity = factors.intensity(input.country);
  if (!intensity)
    throw new AppError("invalid_input", "No grid intensity for this country in the factor set.", [
      {
        field: "country",
        message: `"${input.country}" is not in the factor set (ASEAN member states only).`,
      },
    ]);

  const warnings: Warning[] = [];
  const assumptions: string[] = [];
  const d = factors.defaults;
  const pue = input.pue ?? d.pue;
  if (input.pue === undefined) assumptions.push(`PUE ${pue}: library default for an unknown data centre.`);
  const wueOn = litresPerKWh(input.wueOnSite ?? d.wueOnSite);
  const wueOff = litresPerKWh(input.wueOffSite ?? d.wueOffSite);
  if (input.wueOnSite === undefined)
    assumptions.push(`On-site WUE ${wueOn} L/kWh: library default (U.S. average, unverified).`);
  if (input.wueOffSite === undefined)
    assumptions.push(`Off-site water intensity ${wueOff} L/kWh: library default (U.S. average, unverified).`);
  plausibility(input, warnings);

  const { tier, it } = itEnergy(input, pue, factors, warnings, assumptions);
  const facility = facilityEnergy(it, pue);
  const r = TIER_RANGE[tier];
  const range = <T extends number>(v: T, f: (x: number) => T): Range<T> => ({
    value: v,
    low: f(v * r.low),
    high: f(v * r.high),
  });
  assumptions.push(
    `Range ${r.low}-${r.high} x the central value for tier ${tier}: our own uncertainty choice, not from a source.`,
  );

  const ci = gramsPerKWh(intensity.value);
  const locationBased = range(emissions(facility, ci), kgCO2e);
  const marketBased =
    input.contractualIntensity === undefined
      ? undefined
      : range(emissions(facility, gramsPerKWh(input.contractualIntensity)), kgCO2e);
  if (marketBased)
    assumptions.push(
      "Market-based figure uses the contractual intensity given; the location-based figure is always reported too.",
    );

  const onSite = waterOf(it, wueOn);
  const offSite = waterOf(facility, wueOff);

  const grams = locationBased.value * 1000;
  const sci: NonNullable<Estimate["sci"]> = {};
  if (input.kind === "training") sci.perTrainingRun = grams;
  if (input.requests !== undefined && input.requests > 0) {
    sci.per1000Requests = (grams / input.requests) * 1000;
    if (input.outputTokensPerRequest !== undefined && input.outputTokensPerRequest > 0)
      sci.per1000Tokens = (grams / (input.requests * input.outputTokensPerRequest)) * 1000;
  }
  const hasSci = Object.keys(sci).length > 0;
  if (hasSci)
    assumptions.push(
      "SCI values are gCO2e per functional unit, operational only (O = E x I, location-based); embodied emissions (M) are not included.",
    );

  return {
    energyKWh: range(facility, kWh),
    itEnergyKWh: it,
    co2eKg: marketBased ? { locationBased, marketBased } : { locationBased },
    water: { onSiteLitres: onSite, offSiteLitres: offSite, totalLitres: addLitres(onSite, offSite) },
    methodTier: tier,
    pueApplied: pue,
    factorSet: {
      id: intensity.factorSetId,
      version: intensity.factorSetVersion,
      intensity: {
        country: intensity.country,
        value: intensity.value,
        unit: intensity.unit,
        year: intensity.year,
        source: intensity.source.attribution ?? intensity.source.title,
      },
    },
    warnings,
    ...(hasSci ? { sci } : {}),
    assumptions,
  };
}

/** IT energy by the best tier the input allows (metered > telemetry > per-token model > TDP x utilisation). */
function itEnergy(
  input: WorkloadInput,
  pue: number,
  factors: FactorLookup,
  warnings: Warning[],
  assumptions: string[],
): { tier: MethodTier; it: KWh } {
  const facilityBoundary = input.measuredBoundary === "facility";
  const toIt = (e: KWh) => (facilityBoundary ? kWh(e / pue) : e);
  if (facilityBoundary)
    assumptions.push(
      "Measured energy covers the facility: IT energy = measured / PUE (PUE not applied again).",
    );

  if (input.meteredKWh !== undefined) {
    if (!facilityBoundary) assumptions.push("meteredKWh is treated as IT energy; PUE is applied to it.");
    return { tier: "metered", it: toIt(kWh(input.meteredKWh)) };
  }
  if (input.measuredWhPerRequest !== undefined) {
    if (input.requests === undefined) throw invalid("requests", "Needed with measuredWhPerRequest.");
    if (!facilityBoundary)
      assumptions.push("measuredWhPerRequest is treated as IT (server) energy; PUE is applied to it.");
    return { tier: "telemetry", it: toIt(whToKWh(wh(input.measuredWhPerRequest * input.requests))) };
  }
  if (input.kind === "inference" && input.activeParamsBillions !== undefined) {
    if (input.requests === undefined) throw invalid("requests", "Needed for the per-token model.");
    if (input.outputTokensPerRequest === undefined)
      throw invalid("outputTokensPerRequest", "Needed for the per-token model.");
    const total = input.totalParamsBillions ?? input.activeParamsBillions;
    const gpus = input.gpusPerReplica ?? gpusForModel(total);
    if (input.gpusPerReplica === undefined)
      assumptions.push(
        `${gpus} GPU(s) per replica: ${total}B parameters x 16 bits x 1.2 overhead over 80 GB GPUs, rounded up to a power of two (EcoLogits).`,
      );
    if (input.totalParamsBillions === undefined)
      assumptions.push("Dense model assumed: total parameters = active parameters.");
    assumptions.push(
      "Per-token model (EcoLogits fit on ML.ENERGY H100 data): batch 64, server without GPUs 1.2 kW per 8 GPUs shared over the batch; excludes prompt (input-token) processing.",
    );
    const perRequest = perTokenRequestWh(input.activeParamsBillions, input.outputTokensPerRequest, gpus);
    return { tier: "per-token-model", it: whToKWh(wh(perRequest * input.requests)) };
  }
  if (input.hardware && input.hours !== undefined) {
    return {
      tier: "tdp-utilisation",
      it: energyOf(hardwarePower(input, factors, warnings, assumptions), hours(input.hours)),
    };
  }
  throw new AppError("invalid_input", "The input does not allow any estimation method.", [
    {
      field: "input",
      message:
        "Give meteredKWh, or measuredWhPerRequest with requests, or (inference) activeParamsBillions with requests and outputTokensPerRequest, or hardware with hours.",
    },
  ]);
}

/** Average IT power of the hardware: GPUs x max power x u, CPU cores x TDP x (0.1 + 0.9 u^3), memory x W/GB. */
function hardwarePower(
  input: WorkloadInput,
  factors: FactorLookup,
  warnings: Warning[],
  assumptions: string[],
): Watts {
  const h = input.hardware!;
  let p = 0;
  if (h.gpuModel !== undefined || h.gpuCount !== undefined) {
    const count = h.gpuCount ?? 1;
    if (h.gpuCount === undefined) assumptions.push("1 GPU assumed (hardware.gpuCount not given).");
    let max = h.gpuModel === undefined ? undefined : factors.gpuPowerWatts(h.gpuModel);
    if (max === undefined) {
      max = factors.defaults.unknownGpuWatts;
      warnings.push({
        field: "hardware.gpuModel",
        message:
          h.gpuModel === undefined
            ? `No GPU model given: ${max} W per GPU assumed.`
            : `Unknown GPU model "${h.gpuModel}": ${max} W per GPU assumed.`,
      });
    }
    const u = h.gpuUtilisation ?? 1;
    if (h.gpuUtilisation === undefined)
      assumptions.push("GPU utilisation 1 assumed (upper bound): power = max power x utilisation.");
    else assumptions.push("GPU power = max board power x average utilisation (linear).");
    p += count * max * u;
  }
  if (h.cpuCores !== undefined) {
    if (h.cpuTdpWattsPerCore === undefined)
      throw invalid("hardware.cpuTdpWattsPerCore", "Needed with cpuCores: no per-core default is shipped.");
    const u = h.cpuUtilisation ?? 1;
    if (h.cpuUtilisation === undefined) assumptions.push("CPU utilisation 1 assumed (upper bound).");
    assumptions.push(
      "CPU power = cores x TDP per core x (0.1 + 0.9 u^3) (CodeCarbon load curve, unverified).",
    );
    p += h.cpuCores * h.cpuTdpWattsPerCore * cpuLoadFactor(u);
  }
  if (h.memoryGb !== undefined) {
    p += h.memoryGb * factors.defaults.memoryWattsPerGb;
    assumptions.push(`Memory ${factors.defaults.memoryWattsPerGb} W/GB (Green Algorithms).`);
  }
  if (
    h.gpuModel === undefined &&
    h.gpuCount === undefined &&
    h.cpuCores === undefined &&
    h.memoryGb === undefined
  )
    throw invalid("hardware", "Give at least a GPU, CPU cores or memory.");
  return watts(p);
}

const invalid = (field: string, message: string) =>
  new AppError("invalid_input", "The input is invalid.", [{ field, message }]);

/** Throws one AppError naming every invalid numeric field (negative, not finite, out of range). */
function validate(input: WorkloadInput) {
  const errors: FieldError[] = [];
  const check = (field: string, v: number | undefined, max?: number) => {
    if (v === undefined) return;
    if (typeof v !== "number" || !Number.isFinite(v))
      errors.push({ field, message: "Must be a finite number." });
    else if (v < 0) errors.push({ field, message: "Must not be negative.", code: "too_small" });
    else if (max !== undefined && v > max)
      errors.push({ field, message: `Must be at most ${max}.`, code: "too_big" });
  };
  const h = input.hardware ?? {};
  check("pue", input.pue);
  if (input.pue !== undefined && Number.isFinite(input.pue) && input.pue >= 0 && input.pue < 1)
    errors.push({
      field: "pue",
      message: "PUE is at least 1 (facility energy / IT energy).",
      code: "too_small",
    });
  check("wueOnSite", input.wueOnSite);
  check("wueOffSite", input.wueOffSite);
  check("hardware.gpuCount", h.gpuCount);
  check("hardware.gpuUtilisation", h.gpuUtilisation, 1);
  check("hardware.cpuCores", h.cpuCores);
  check("hardware.cpuTdpWattsPerCore", h.cpuTdpWattsPerCore);
  check("hardware.cpuUtilisation", h.cpuUtilisation, 1);
  check("hardware.memoryGb", h.memoryGb);
  check("hours", input.hours);
  check("requests", input.requests);
  check("outputTokensPerRequest", input.outputTokensPerRequest);
  check("activeParamsBillions", input.activeParamsBillions);
  check("totalParamsBillions", input.totalParamsBillions);
  check("gpusPerReplica", input.gpusPerReplica);
  check("measuredWhPerRequest", input.measuredWhPerRequest);
  check("meteredKWh", input.meteredKWh);
  check("contractualIntensity", input.contractualIntensity);
  if (input.gpusPerReplica !== undefined && input.gpusPerReplica === 0)
    errors.push({ field: "gpusPerReplica", message: "Must be at least 1.", code: "too_small" });
  if (errors.length) throw new AppError("invalid_input", "The input is invalid.", errors);
}

/** Warnings (not errors) for implausible inputs, each naming its field. */
function plausibility(input: WorkloadInput, warnings: Warning[]) {
  const warn = (field: string, message: string) => warnings.push({ field, message });
  const h = input.hardware ?? {};
  const P = PLAUSIBLE;
  if (input.hours !== undefined && input.hours > P.hours)
    warn("hours", `${input.hours} hours is more than a year of continuous running; check the unit.`);
  if (h.gpuCount !== undefined && h.gpuCount > P.gpuCount)
    warn("hardware.gpuCount", `${h.gpuCount} GPUs is more than ${P.gpuCount}; check the count.`);
  if (input.hours !== undefined && input.hardware && (h.gpuCount ?? 1) * input.hours > P.gpuHours)
    warn(
      "hours",
      `${(h.gpuCount ?? 1) * input.hours} GPU-hours (gpuCount x hours) is more than ${P.gpuHours}; check both.`,
    );
  if (input.requests !== undefined && input.requests > P.requests)
    warn("requests", `${input.requests} requests is more than ${P.requests}; check the count.`);
  if (input.outputTokensPerRequest !== undefined && input.outputTokensPerRequest > P.outputTokensPerRequest)
    warn("outputTokensPerRequest", `More than ${P.outputTokensPerRequest} output tokens per request.`);
  if (input.activeParamsBillions !== undefined && input.activeParamsBillions > P.activeParamsBillions)
    warn(
      "activeParamsBillions",
      `More than ${P.activeParamsBillions} billion active parameters; check the unit.`,
    );
  if (input.measuredWhPerRequest !== undefined && input.measuredWhPerRequest > P.whPerRequest)
    warn(
      "measuredWhPerRequest",
      `More than ${P.whPerRequest} Wh per request; check the unit (Wh, not mWh or J).`,
    );
  if (input.meteredKWh !== undefined && input.meteredKWh > P.meteredKWh)
    warn("meteredKWh", `More than ${P.meteredKWh} kWh; check the unit.`);
  if (input.pue !== undefined && input.pue > P.pue) warn("pue", `PUE above ${P.pue} is unusual.`);
  if (input.wueOnSite !== undefined && input.wueOnSite > P.wue)
    warn("wueOnSite", `Above ${P.wue} L/kWh is unusual.`);
  if (input.wueOffSite !== undefined && input.wueOffSite > P.wue)
    warn("wueOffSite", `Above ${P.wue} L/kWh is unusual.`);
  if (h.cpuCores !== undefined && h.cpuCores > P.cpuCores)
    warn("hardware.cpuCores", "Unusually many CPU cores.");
  if (h.memoryGb !== undefined && h.memoryGb > P.memoryGb)
    warn("hardware.memoryGb", "Unusually much memory.");
}
