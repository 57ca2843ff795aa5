import { z } from "zod";

/** ASEAN member states (ISO 3166-1 alpha-2): the countries a grid factor set may hold. */
const MEMBER_STATES = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"] as const;

const Source = z.strictObject({
  title: z.string().min(1).max(500),
  url: z.url().nullable().optional(),
  licence: z.string().min(1).max(200),
  upstream: z
    .strictObject({
      title: z.string().min(1).max(500),
      url: z.url().nullable().optional(),
      licence: z.string().min(1),
    })
    .optional(),
  attribution: z.string().max(1000).optional(),
});

const CountryIntensity = z.strictObject({
  iso3: z.string().regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3, upper case"),
  name: z.string().min(1).max(100),
  value: z.number().min(0).max(2000).describe("gCO2e/kWh"),
  unit: z.literal("gCO2e/kWh"),
  year: z.number().int().min(1990).max(2100),
  generationTWh: z.number().min(0).optional(),
  sourceRef: z.string().max(500).optional(),
  note: z.string().max(1000).optional(),
});

/**
 * A grid factor set as node administrators add it (the shape of content/factors/grid-intensity-*.json):
 * every factor with unit, year, gas basis, boundary, method, source, licence and verification.
 */
export const GridFactorSetInput = z
  .strictObject({
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{2,79}$/,
        "lower-case letters, digits, '.' and '-', e.g. grid-intensity-2024",
      ),
    version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$/, "e.g. 2024.1"),
    year: z.number().int().min(1990).max(2100),
    title: z.string().min(1).max(500),
    kind: z.literal("grid-intensity"),
    unit: z.literal("gCO2e/kWh"),
    gasBasis: z.string().min(1).max(2000),
    boundary: z.string().min(1).max(2000),
    method: z.string().min(1).max(2000),
    source: Source,
    verification: z.enum(["verified", "unverified"]),
    verificationNote: z.string().max(2000).optional(),
    countries: z
      .partialRecord(z.enum(MEMBER_STATES), CountryIntensity)
      .refine((c) => Object.keys(c).length > 0, "at least one member state"),
  })
  .meta({ id: "GridFactorSetInput" });
export type GridFactorSetInputT = z.infer<typeof GridFactorSetInput>;
