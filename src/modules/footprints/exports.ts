/**
 * Statements derived from one footprint report: an SCI statement, the EU AI Act Annex XI energy
 * fields for general-purpose AI model providers, and a GHG-Protocol-style scope 2 / scope 3
 * statement. Pure functions over the stored report; every figure comes from the report (or the
 * estimate it recorded), every rule from a cited source. Nothing here is legal or assurance advice.
 */

/** The report fields the statements read (the API's FootprintReport). */
export interface ReportFacts {
  ref: string;
  periodStart: string;
  periodEnd: string;
  kind: "training" | "inference";
  source: "estimate" | "codecarbon";
  methodTier: string;
  country: string;
  energyKWh: number;
  co2eKg: number;
  co2eMarketKg: number | null;
  requests: number | null;
  tokens: number | null;
  factorSet: { id: string; version: string };
  details: Record<string, unknown>;
}

/** The system fields the statements name. */
export interface SystemFacts {
  ref: string;
  name: string;
  generalPurposeModel: boolean;
}

export interface Citation {
  title: string;
  issuer: string;
  date: string;
  url: string | null;
  section: string;
  verification: "verified" | "unverified";
  note?: string;
}

const REFERENCE = "shared/reference/sustainability.md (ASEAN AI Safe project reference)";

/** The sources the statements rest on. Rules are paraphrased; no specification text is copied. */
export const CITATIONS = {
  sci: {
    title: "Software Carbon Intensity (SCI) Specification, published as ISO/IEC 21031:2024",
    issuer: "Green Software Foundation; ISO/IEC",
    date: "2024",
    url: "https://sci.greensoftware.foundation/",
    section: "SCI = (O + M) per R; O = E x I; M = embodied emissions x time share x resource share",
    verification: "unverified",
    note: `Formula as summarised in ${REFERENCE}, section "Formulas"; the specification itself was not re-read here.`,
  },
  annexXi: {
    title: "Regulation (EU) 2024/1689 (Artificial Intelligence Act)",
    issuer: "European Parliament and Council of the European Union",
    date: "2024-06-13",
    url: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
    section: "Article 53(1)(a); Annex XI, Section 1, point 2(d) and (e)",
    verification: "unverified",
    note: `Providers of general-purpose AI models document the computational resources (e.g. FLOPs) and training time, and the known or estimated energy consumption, which may be estimated from the computational resources; as summarised in ${REFERENCE}, section "Formulas". The regulation's text was not re-read here.`,
  },
  ghgScope2: {
    title: "GHG Protocol Scope 2 Guidance",
    issuer: "World Resources Institute and World Business Council for Sustainable Development",
    date: "2015",
    url: "https://ghgprotocol.org/scope-2-guidance",
    section: "Dual reporting: location-based always; market-based where contractual instruments exist",
    verification: "unverified",
    note: `As summarised in ${REFERENCE}, section "Formulas" (also: cloud use is usually scope 3). The guidance itself was not re-read here.`,
  },
} as const satisfies Record<string, Citation>;

/** The estimate a report recorded (details.estimate), when it has one. */
function recordedEstimate(r: ReportFacts) {
  const e = r.details.estimate as
    | {
        energyKWh?: { low: number; high: number };
        co2eKg?: { locationBased?: { low: number; high: number } };
        pueApplied?: number;
        factorSet?: { intensity?: { value: number; year: number; source: string } };
      }
    | undefined;
  return e ?? {};
}

/** Grid intensity used, g/kWh: from the recorded estimate, else derived as emissions / energy. */
function intensityOf(r: ReportFacts) {
  const i = recordedEstimate(r).factorSet?.intensity;
  if (i) return { value: i.value, year: i.year, source: i.source };
  return {
    value: r.energyKWh ? (r.co2eKg * 1000) / r.energyKWh : 0,
    year: null,
    source: "derived: CO2e / energy",
  };
}

const range = (r: ReportFacts) => {
  const e = recordedEstimate(r);
  return {
    energyKWh: e.energyKWh ? { low: e.energyKWh.low, high: e.energyKWh.high } : null,
    co2eKg: e.co2eKg?.locationBased
      ? { low: e.co2eKg.locationBased.low, high: e.co2eKg.locationBased.high }
      : null,
  };
};

const subject = (r: ReportFacts, s: SystemFacts) => ({
  report: r.ref,
  system: { ref: s.ref, name: s.name },
  period: { start: r.periodStart, end: r.periodEnd },
  kind: r.kind,
  source: r.source,
  methodTier: r.methodTier,
  factorSet: r.factorSet,
});

/** Number of training runs a report covers: CodeCarbon's lines (one run each), else one. */
const trainingRuns = (r: ReportFacts) =>
  r.source === "codecarbon" && typeof r.details.runs === "number" && r.details.runs > 0 ? r.details.runs : 1;

/**
 * SCI statement: SCI = ((E x I) + M) per R, with I location-based. M (embodied emissions of the
 * hardware) is not included: the factor library holds no embodied data, so the SCI is operational only.
 */
export function sciStatement(r: ReportFacts, s: SystemFacts) {
  const i = intensityOf(r);
  const o = r.co2eKg * 1000;
  const per = (unit: string, count: number | null) =>
    count && count > 0 ? { unit, count, sciGCO2e: o / count } : null;
  const units = [
    r.requests ? per("1,000 requests", r.requests / 1000) : null,
    r.tokens ? per("1,000 tokens", r.tokens / 1000) : null,
    r.kind === "training" ? per("training run", trainingRuns(r)) : null,
  ].filter((u): u is NonNullable<typeof u> => u !== null);
  return {
    statement: "Software Carbon Intensity (SCI)",
    ...subject(r, s),
    formula: "SCI = ((E x I) + M) per R",
    E: {
      value: r.energyKWh,
      unit: "kWh",
      what: "Energy over the period, facility boundary (IT energy x PUE, applied once)",
    },
    I: {
      value: i.value,
      unit: "gCO2e/kWh" as const,
      basis: "location-based grid average",
      country: r.country,
      year: i.year,
      source: i.source,
    },
    O: { value: o, unit: "gCO2e", what: "Operational emissions, E x I" },
    M: {
      included: false,
      value: null,
      what: "Embodied emissions: the hardware's manufacturing emissions x (time reserved / expected lifetime) x (resources reserved / total resources)",
      why: "Not included: the factor library has no embodied-emissions data for the hardware. The SCI below is operational only and understates the full SCI.",
    },
    R: units,
    uncertainty: range(r),
    citations: [CITATIONS.sci],
  };
}

/**
 * EU AI Act Annex XI energy fields (Section 1, point 2(d)-(e)) for providers of general-purpose AI
 * models: training time, computational resources, known or estimated energy consumption.
 */
export function annexXiFields(r: ReportFacts, s: SystemFacts) {
  const workload = (r.details.workload ?? {}) as {
    hours?: number;
    hardware?: { gpuModel?: string; gpuCount?: number };
  };
  const hours =
    typeof r.details.durationHours === "number"
      ? r.details.durationHours
      : r.kind === "training" && typeof workload.hours === "number"
        ? workload.hours
        : null;
  const gpuModels = Array.isArray(r.details.gpuModels)
    ? (r.details.gpuModels as string[])
    : workload.hardware?.gpuModel
      ? [workload.hardware.gpuModel]
      : [];
  const known = r.methodTier === "metered";
  const notes: string[] = [];
  if (!s.generalPurposeModel)
    notes.push(
      "The registry does not mark this system as (providing) a general-purpose AI model; Annex XI applies to providers of general-purpose AI models.",
    );
  if (r.kind !== "training")
    notes.push("This report covers inference, not training; point 2(d) concerns the training of the model.");
  if (!known)
    notes.push(
      `Energy is estimated (method tier ${r.methodTier}), not measured; the regulation allows an estimate where consumption is unknown.`,
    );
  return {
    statement: "EU AI Act Annex XI energy fields (general-purpose AI models)",
    ...subject(r, s),
    generalPurposeModel: s.generalPurposeModel,
    fields: {
      "2(d) computational resources": {
        floatingPointOperations: null,
        floatingPointOperationsNote: "Not recorded by the footprint report; give it from the training logs.",
        hardware: { gpuModels, gpuCount: workload.hardware?.gpuCount ?? null },
      },
      "2(d) training time": {
        hours,
        note:
          hours === null
            ? "Not recorded by the footprint report."
            : r.source === "codecarbon"
              ? "Sum of CodeCarbon's run durations."
              : "As described in the estimated workload.",
      },
      "2(e) energy consumption": {
        kWh: r.energyKWh,
        status: known ? "known (measured)" : "estimated",
        methodTier: r.methodTier,
        range: range(r).energyKWh,
        boundary: "facility energy (IT energy x PUE, applied once)",
        period: { start: r.periodStart, end: r.periodEnd },
      },
    },
    notes,
    citations: [CITATIONS.annexXi],
  };
}

/**
 * A GHG-Protocol-style statement: scope 2 (location-based always, market-based where contractual
 * instruments were given) when the organisation operates the hardware; scope 3 when a cloud or
 * hosting provider does. Not an inventory and not assured.
 */
export function ghgStatement(r: ReportFacts, s: SystemFacts, operator?: "own" | "provider") {
  const i = intensityOf(r);
  const figures = {
    electricityKWh: r.energyKWh,
    locationBasedKgCO2e: r.co2eKg,
    marketBasedKgCO2e: r.co2eMarketKg,
    marketBasedNote:
      r.co2eMarketKg === null
        ? "No contractual instruments were given: the market-based figure is not stated (the location-based figure is not a substitute for it)."
        : "From the contractual emission factor given with the estimate.",
    gridFactor: {
      value: i.value,
      unit: "gCO2e/kWh" as const,
      country: r.country,
      year: i.year,
      source: i.source,
    },
  };
  const scope =
    operator === "own"
      ? ("scope 2" as const)
      : operator === "provider"
        ? ("scope 3" as const)
        : ("undetermined" as const);
  return {
    statement: "GHG-Protocol-style scope 2 / scope 3 statement",
    ...subject(r, s),
    operator: operator ?? null,
    scope,
    scope2: operator === "own" ? figures : null,
    scope3:
      operator === "provider"
        ? {
            ...figures,
            note: "Electricity of a cloud or hosting provider's data centre, reported by the customer in scope 3.",
          }
        : null,
    unclassified: operator === undefined ? figures : null,
    notes: [
      "Scope 2 covers purchased electricity the organisation consumes in hardware it operates; when a cloud or hosting provider operates the hardware, the emissions are usually in the customer's scope 3.",
      ...(operator === undefined
        ? [
            "Who operates the hardware was not given (operator=own or operator=provider): the figures are stated without a scope.",
          ]
        : []),
      "Only electricity is covered: embodied emissions of hardware and other value-chain emissions are not included.",
    ],
    citations: [CITATIONS.ghgScope2],
  };
}
