import { readFileSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../../platform/paths.ts";

/**
 * The factor library of content/factors (see its README): grid intensities, facility defaults and
 * hardware power, each with unit, year, source, licence and verification. Read once at start-up.
 */

export interface FactorSource {
  title: string;
  url?: string | null;
  licence: string;
  upstream?: { title: string; url?: string | null; licence: string };
  attribution?: string;
}

/** One country's grid carbon intensity, as shipped in a factor set. */
export interface CountryIntensity {
  iso3: string;
  name: string;
  value: number;
  unit: "gCO2e/kWh";
  year: number;
  generationTWh: number;
  note?: string;
}

/** A versioned set of grid intensities (e.g. grid-intensity-2023, version 2023.1). */
export interface GridFactorSet {
  id: string;
  version: string;
  year: number;
  unit: "gCO2e/kWh";
  gasBasis: string;
  boundary: string;
  method: string;
  source: FactorSource;
  verification: string;
  countries: Record<string, CountryIntensity>;
  aseanAverage: { value: number; unit: "gCO2e/kWh"; generationTWh: number; method: string };
}

/** A grid factor set shipped or added by an administrator (which may leave out generation and the ASEAN average). */
export type AnyGridFactorSet = Omit<GridFactorSet, "countries" | "aseanAverage"> & {
  countries: Record<string, Omit<CountryIntensity, "generationTWh"> & { generationTWh?: number }>;
};

/** A country's intensity with its provenance, as returned by intensityFor. */
export interface GridIntensity {
  country: string;
  value: number;
  unit: "gCO2e/kWh";
  year: number;
  factorSetId: string;
  factorSetVersion: string;
  gasBasis: string;
  boundary: string;
  source: FactorSource;
  verification: string;
}

interface Sourced<T> {
  value: T;
  source: FactorSource;
  verification: string;
}

interface FacilityFile {
  id: string;
  version: string;
  pue: {
    default: string;
    values: Record<string, Sourced<number> & { range?: { low: number; high: number } }>;
  };
  wue: { onSite: Sourced<number>; offSite: Sourced<number> };
}

interface HardwareFile {
  id: string;
  version: string;
  gpu: {
    unknown: { watts: number };
    models: Record<string, { label: string; watts: number; aliases: string[] }>;
    source: FactorSource;
    verification: string;
  };
  memory: { wattsPerGb: number; source: FactorSource; verification: string };
}

/** Everything estimate() needs from the library; tests pass their own to pin factors. */
export interface FactorLookup {
  intensity(country: string): GridIntensity | undefined;
  /** Max power of a GPU model in W, or undefined when the model is not in the table. */
  gpuPowerWatts(model: string): number | undefined;
  defaults: FactorDefaults;
}

/** Defaults applied when the input does not give its own value. */
export interface FactorDefaults {
  pue: number;
  wueOnSite: number;
  wueOffSite: number;
  unknownGpuWatts: number;
  memoryWattsPerGb: number;
}

const DIR = fromRoot("content/factors");
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as T;

/** Grid factor sets by id (every grid-intensity-*.json, read once). */
export const FACTOR_SETS: ReadonlyMap<string, GridFactorSet> = new Map(
  ["grid-intensity-2023.json"].map((f) => read<GridFactorSet>(f)).map((s) => [s.id, s]),
);
/** The factor set used when none is named. */
export const DEFAULT_FACTOR_SET = "grid-intensity-2023";

const FACILITY = read<FacilityFile>("facility-defaults.json");
const HARDWARE = read<HardwareFile>("hardware.json");

/** A grid factor set by id (default: the latest shipped), or undefined. */
export function getFactorSet(id: string = DEFAULT_FACTOR_SET): GridFactorSet | undefined {
  return FACTOR_SETS.get(id);
}

/** A set's intensities by alpha-2 and alpha-3 code, with the set's provenance. */
function indexSet(set: AnyGridFactorSet): Map<string, GridIntensity> {
  const byCode = new Map<string, GridIntensity>();
  for (const [a2, c] of Object.entries(set.countries)) {
    const g: GridIntensity = Object.freeze({
      country: a2,
      value: c.value,
      unit: c.unit,
      year: c.year,
      factorSetId: set.id,
      factorSetVersion: set.version,
      gasBasis: set.gasBasis,
      boundary: set.boundary,
      source: set.source,
      verification: set.verification,
    });
    byCode.set(a2, g);
    if (c.iso3 && !byCode.has(c.iso3)) byCode.set(c.iso3, g);
  }
  return byCode;
}

/** Every shipped set's index, built once. */
const INTENSITY_INDEX = new Map([...FACTOR_SETS.values()].map((set) => [set.id, indexSet(set)] as const));

/** A country's intensity (ISO 3166-1 alpha-2 or alpha-3, any case) with provenance, or undefined. */
export function intensityFor(country: string, setId: string = DEFAULT_FACTOR_SET): GridIntensity | undefined {
  return INTENSITY_INDEX.get(setId)?.get(country.trim().toUpperCase());
}

const gpuKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/^nvidia\s+/, "")
    .replace(/[^a-z0-9]/g, "");
const GPU_INDEX = new Map<string, number>(
  Object.entries(HARDWARE.gpu.models).flatMap(([id, m]) =>
    [id, m.label, ...m.aliases].map((name) => [gpuKey(name), m.watts] as [string, number]),
  ),
);

/** Max board power (W) of a GPU model by id, label or alias (case and punctuation ignored); undefined if unknown. */
export function gpuPower(model: string): number | undefined {
  return GPU_INDEX.get(gpuKey(model));
}

/** Library defaults: PUE of an unknown data centre, WUE on/off site, unknown GPU power, memory W/GB. */
export const defaults: FactorDefaults = {
  pue: FACILITY.pue.values[FACILITY.pue.default]!.value,
  wueOnSite: FACILITY.wue.onSite.value,
  wueOffSite: FACILITY.wue.offSite.value,
  unknownGpuWatts: HARDWARE.gpu.unknown.watts,
  memoryWattsPerGb: HARDWARE.memory.wattsPerGb,
};

/** The shipped library as a FactorLookup for estimate() (optionally another shipped grid factor set). */
export function factorLookup(setId: string = DEFAULT_FACTOR_SET): FactorLookup {
  return { intensity: (c) => intensityFor(c, setId), gpuPowerWatts: gpuPower, defaults };
}

/** A FactorLookup over any grid factor set (e.g. one a node administrator added), with the shipped hardware and defaults. */
export function lookupFor(set: AnyGridFactorSet): FactorLookup {
  const index = indexSet(set);
  return { intensity: (c) => index.get(c.trim().toUpperCase()), gpuPowerWatts: gpuPower, defaults };
}

/** What the calculator offers: grid factor sets with their countries (default: the given one), GPU models, defaults. */
export function libraryView(sets: AnyGridFactorSet[], defaultSet: string) {
  return {
    defaultSet,
    sets: sets.map((s) => ({
      id: s.id,
      version: s.version,
      year: s.year,
      source: s.source.attribution ?? s.source.title,
      countries: Object.entries(s.countries).map(([code, c]) => ({ code, value: c.value, year: c.year })),
    })),
    gpus: Object.entries(HARDWARE.gpu.models).map(([id, m]) => ({ id, label: m.label, watts: m.watts })),
    defaults,
  };
}
