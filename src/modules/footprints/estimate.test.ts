import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors.ts";
import { fromRoot } from "../../platform/paths.ts";
import {
  addLitres,
  type Estimate,
  estimate,
  facilityEnergy,
  gpusForModel,
  kWh,
  litres,
  perTokenRequestWh,
  type WorkloadInput,
} from "./estimate.ts";
import {
  defaults,
  type FactorLookup,
  factorLookup,
  getFactorSet,
  gpuPower,
  intensityFor,
} from "./factors.ts";

/** Within 0.1% of the hand-computed value. */
const near = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-3);

/** Factors pinned here, so the golden values below do not move when the library changes. */
const PINNED: Record<string, number> = { SG: 470.783, TH: 549.583, MY: 605.831, VN: 475.449 };
const pinned: FactorLookup = {
  intensity: (c) =>
    PINNED[c] === undefined
      ? undefined
      : {
          country: c,
          value: PINNED[c]!,
          unit: "gCO2e/kWh",
          year: 2023,
          factorSetId: "test-set",
          factorSetVersion: "0",
          gasBasis: "CO2e",
          boundary: "location-based",
          source: { title: "pinned in test", licence: "n/a" },
          verification: "verified",
        },
  gpuPowerWatts: (m) => ({ "A100 SXM": 400, "H100 SXM": 700 })[m],
  defaults: { pue: 1.56, wueOnSite: 0.55, wueOffSite: 3.14, unknownGpuWatts: 200, memoryWattsPerGb: 0.3725 },
};

const errorsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("invalid_input");
    return (e as AppError).errors ?? [];
  }
  throw new Error("expected an AppError");
};

describe("golden cases (hand-computed from the formulas)", () => {
  it("training: 8 x A100 SXM at 100% for 10 h in SG, PUE 1.2", () => {
    // IT power = 8 x 400 W x 1.0 = 3,200 W; IT energy = 3,200 W x 10 h / 1000 = 32 kWh
    // facility = 32 x 1.2 = 38.4 kWh (range +-30%: 26.88 to 49.92)
    // CO2e = 38.4 kWh x 470.783 g/kWh / 1000 = 18.0780672 kg
    // water on-site = 32 x 0.55 = 17.6 L; off-site = 38.4 x 3.14 = 120.576 L; total 138.176 L
    // SCI per training run = 18,078.0672 gCO2e
    const e = estimate(
      {
        kind: "training",
        country: "SG",
        pue: 1.2,
        hardware: { gpuModel: "A100 SXM", gpuCount: 8, gpuUtilisation: 1 },
        hours: 10,
      },
      pinned,
    );
    expect(e.methodTier).toBe("tdp-utilisation");
    near(e.itEnergyKWh, 32);
    near(e.energyKWh.value, 38.4);
    near(e.energyKWh.low, 26.88);
    near(e.energyKWh.high, 49.92);
    near(e.co2eKg.locationBased.value, 18.0780672);
    expect(e.co2eKg.marketBased).toBeUndefined();
    near(e.water.onSiteLitres, 17.6);
    near(e.water.offSiteLitres, 120.576);
    near(e.water.totalLitres, 138.176);
    near(e.sci!.perTrainingRun!, 18078.0672);
    expect(e.warnings).toEqual([]);
    expect(e.factorSet.intensity).toMatchObject({ country: "SG", value: 470.783 });
  });

  it("inference, per-token model: 70B, 500 output tokens, 1,000,000 requests in TH, PUE 1.2", () => {
    // GPU energy per output token per GPU = 1.17e-6 x e^(-0.0112 x 64) x 70 + 4.05e-5
    //   e^(-0.7168) = 0.488312; 1.17e-6 x 0.488312 x 70 = 3.99928e-5; + 4.05e-5 = 8.04928e-5 Wh
    // GPUs: 1.2 x 70 x 16 / 8 = 168 GB / 80 GB = 2.1 -> 3 -> power of two 4
    // GPU energy per request = 4 x 500 x 8.04928e-5 = 0.160986 Wh
    // latency per token = 6.78e-4 x 70 + 3.12e-4 x 64 + 1.94e-2 = 0.086828 s; x 500 = 43.414 s
    // server = 43.414 / 3600 h x 1200 W x (4 / 8) / 64 = 0.113057 Wh
    // IT per request = 0.274043 Wh; x PUE 1.2 = 0.328851 Wh (the reference's "about 0.33 Wh")
    // 1,000,000 requests: IT 274.0429 kWh, facility 328.8514 kWh
    // CO2e = 328.8514 x 549.583 / 1000 = 180.7312 kg
    // water on-site = 274.0429 x 0.55 = 150.7236 L; off-site = 328.8514 x 3.14 = 1032.5935 L
    // SCI = 180,731.15 g / 1,000,000 x 1000 = 180.7312 g per 1000 requests; / 500 tokens = 0.361462 g per 1000 tokens
    const e = estimate(
      {
        kind: "inference",
        country: "TH",
        pue: 1.2,
        requests: 1_000_000,
        outputTokensPerRequest: 500,
        activeParamsBillions: 70,
      },
      pinned,
    );
    expect(e.methodTier).toBe("per-token-model");
    near(e.itEnergyKWh, 274.0429);
    near(e.energyKWh.value, 328.8514);
    near(e.energyKWh.low, 328.8514 * 0.5);
    near(e.energyKWh.high, 328.8514 * 1.5);
    near(e.co2eKg.locationBased.value, 180.7312);
    near(e.water.onSiteLitres, 150.7236);
    near(e.water.offSiteLitres, 1032.5935);
    near(e.sci!.per1000Requests!, 180.7312);
    near(e.sci!.per1000Tokens!, 0.361462);
    expect(e.sci!.perTrainingRun).toBeUndefined();
  });

  it("the per-token model reproduces the reference sanity value (about 0.33 Wh with PUE 1.2)", () => {
    expect(gpusForModel(70)).toBe(4);
    near(perTokenRequestWh(70, 500, 4) * 1.2, 0.328851);
    expect(gpusForModel(7)).toBe(1);
  });

  it("metered: 1,000 kWh in MY, default PUE, market-based 0", () => {
    // facility = 1,000 x 1.56 = 1,560 kWh (range +-5%: 1,482 to 1,638)
    // location-based = 1,560 x 605.831 / 1000 = 945.09636 kg; market-based = 1,560 x 0 = 0 kg
    const e = estimate(
      { kind: "training", country: "MY", meteredKWh: 1000, contractualIntensity: 0 },
      pinned,
    );
    expect(e.methodTier).toBe("metered");
    expect(e.pueApplied).toBe(1.56);
    near(e.itEnergyKWh, 1000);
    near(e.energyKWh.value, 1560);
    near(e.energyKWh.low, 1482);
    near(e.energyKWh.high, 1638);
    near(e.co2eKg.locationBased.value, 945.09636);
    expect(e.co2eKg.marketBased).toEqual({ value: 0, low: 0, high: 0 });
    expect(e.assumptions.join(" ")).toMatch(/PUE 1\.56/);
  });

  it("telemetry: 0.3 Wh per request x 1,000,000 requests in VN, PUE 1.2", () => {
    // IT = 0.3 Wh x 1,000,000 / 1000 = 300 kWh; facility = 360 kWh (range +-15%: 306 to 414)
    // CO2e = 360 x 475.449 / 1000 = 171.16164 kg; SCI = 171.16164 g per 1000 requests
    const e = estimate(
      { kind: "inference", country: "VN", pue: 1.2, requests: 1_000_000, measuredWhPerRequest: 0.3 },
      pinned,
    );
    expect(e.methodTier).toBe("telemetry");
    near(e.itEnergyKWh, 300);
    near(e.energyKWh.value, 360);
    near(e.energyKWh.low, 306);
    near(e.energyKWh.high, 414);
    near(e.co2eKg.locationBased.value, 171.16164);
    near(e.sci!.per1000Requests!, 171.16164);
  });

  it("a measurement that already covers the facility is not multiplied by PUE again", () => {
    // facility = 0.3 Wh x 1,000,000 = 300 kWh; IT = 300 / 1.2 = 250 kWh
    const e = estimate(
      {
        kind: "inference",
        country: "VN",
        pue: 1.2,
        requests: 1_000_000,
        measuredWhPerRequest: 0.3,
        measuredBoundary: "facility",
      },
      pinned,
    );
    near(e.energyKWh.value, 300);
    near(e.itEnergyKWh, 250);
  });
});

describe("PUE is applied exactly once", () => {
  const cases: WorkloadInput[] = [
    { kind: "training", country: "SG", pue: 1.37, hardware: { gpuModel: "H100 SXM", gpuCount: 3 }, hours: 7 },
    { kind: "training", country: "MY", pue: 1.9, meteredKWh: 123 },
    {
      kind: "inference",
      country: "TH",
      pue: 1.45,
      requests: 10,
      outputTokensPerRequest: 200,
      activeParamsBillions: 8,
    },
  ];
  it.each(cases)(
    "facility = IT x PUE, on-site water from IT, off-site water from facility ($country)",
    (input) => {
      const e: Estimate = estimate(input, pinned);
      const pue = input.pue!;
      // Exact: PUE applied twice would give IT x PUE^2 and fail here.
      expect(e.energyKWh.value).toBeCloseTo(e.itEnergyKWh * pue, 10);
      expect(e.pueApplied).toBe(pue);
      expect(e.water.onSiteLitres).toBeCloseTo(e.itEnergyKWh * 0.55, 10);
      expect(e.water.offSiteLitres).toBeCloseTo(e.itEnergyKWh * pue * 3.14, 10);
      // Li et al.: W = E_IT x (WUE_site + PUE x WUE_offsite)
      expect(e.water.totalLitres).toBeCloseTo(e.itEnergyKWh * (0.55 + pue * 3.14), 10);
      expect(e.co2eKg.locationBased.value).toBeCloseTo(
        (e.itEnergyKWh * pue * PINNED[input.country]!) / 1000,
        10,
      );
    },
  );
});

describe("warnings and errors name the field", () => {
  it("an MSME chatbot on 100,000 GPUs for 10,000 hours is estimated, with warnings", () => {
    const e = estimate(
      {
        kind: "training",
        country: "SG",
        hardware: { gpuModel: "H100 SXM", gpuCount: 100_000 },
        hours: 10_000,
      },
      pinned,
    );
    const fields = e.warnings.map((w) => w.field);
    expect(fields).toContain("hours");
    expect(fields).toContain("hardware.gpuCount");
  });

  it("an unknown GPU model uses 200 W and warns", () => {
    // 2 x 200 W x 0.5 x 3 h = 0.6 kWh IT
    const e = estimate(
      {
        kind: "training",
        country: "SG",
        pue: 1,
        hardware: { gpuModel: "Acme X9", gpuCount: 2, gpuUtilisation: 0.5 },
        hours: 3,
      },
      pinned,
    );
    near(e.itEnergyKWh, 0.6);
    expect(e.warnings).toEqual([{ field: "hardware.gpuModel", message: expect.stringContaining("200 W") }]);
  });

  it("CPU and memory: cores x TDP x (0.1 + 0.9 u^3) + GB x 0.3725", () => {
    // CPU: 16 x 10 W x (0.1 + 0.9 x 0.5^3) = 160 x 0.2125 = 34 W; memory 64 x 0.3725 = 23.84 W
    // 57.84 W x 100 h / 1000 = 5.784 kWh IT
    const e = estimate(
      {
        kind: "training",
        country: "SG",
        pue: 1,
        hardware: { cpuCores: 16, cpuTdpWattsPerCore: 10, cpuUtilisation: 0.5, memoryGb: 64 },
        hours: 100,
      },
      pinned,
    );
    near(e.itEnergyKWh, 5.784);
  });

  it("a country outside the factor set is an invalid_input error on country", () => {
    expect(errorsOf(() => estimate({ kind: "training", country: "FR", meteredKWh: 1 }, pinned))).toEqual([
      { field: "country", message: expect.any(String) },
    ]);
  });

  it("negative values are errors naming each field", () => {
    const errors = errorsOf(() =>
      estimate(
        { kind: "training", country: "SG", meteredKWh: -1, hardware: { gpuCount: -2 }, hours: -3 },
        pinned,
      ),
    );
    expect(errors.map((e) => e.field).sort()).toEqual(["hardware.gpuCount", "hours", "meteredKWh"]);
  });

  it("PUE below 1, utilisation above 1 and missing method inputs are errors", () => {
    expect(
      errorsOf(() => estimate({ kind: "training", country: "SG", pue: 0.9, meteredKWh: 1 }, pinned))[0]!
        .field,
    ).toBe("pue");
    expect(
      errorsOf(() =>
        estimate(
          { kind: "training", country: "SG", hardware: { gpuCount: 1, gpuUtilisation: 2 }, hours: 1 },
          pinned,
        ),
      )[0]!.field,
    ).toBe("hardware.gpuUtilisation");
    expect(errorsOf(() => estimate({ kind: "inference", country: "SG" }, pinned))[0]!.field).toBe("input");
    expect(
      errorsOf(() =>
        estimate({ kind: "training", country: "SG", hardware: { cpuCores: 4 }, hours: 1 }, pinned),
      )[0]!.field,
    ).toBe("hardware.cpuTdpWattsPerCore");
  });
});

describe("units are types", () => {
  it("KWh cannot be passed where Litres is expected", () => {
    const energy = kWh(5);
    // @ts-expect-error KWh is not Litres
    const wrong = addLitres(energy, litres(1));
    // @ts-expect-error Litres is not KWh
    facilityEnergy(litres(5), 1.2);
    // @ts-expect-error a bare number is not Litres either
    addLitres(5, litres(1));
    expect(addLitres(litres(2), litres(3))).toBe(5);
    expect(wrong).toBe(6);
  });
});

describe("the shipped factor library", () => {
  // The ASEAN entries of CodeCarbon's global_energy_mix.json, extracted unchanged (provenance inside).
  const MIX = fromRoot("test/fixtures/global_energy_mix.asean.json");
  const set = getFactorSet()!;

  it("copies every ASEAN value and year exactly from global_energy_mix.json", () => {
    const mix = JSON.parse(readFileSync(MIX, "utf8")) as Record<
      string,
      { carbon_intensity: number; year: number; total_TWh: number }
    >;
    expect(Object.keys(set.countries).sort()).toEqual(
      ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"].sort(),
    );
    for (const [a2, c] of Object.entries(set.countries)) {
      const src = mix[c.iso3]!;
      expect(c.value, a2).toBe(src.carbon_intensity);
      expect(c.year, a2).toBe(src.year);
      expect(c.generationTWh, a2).toBe(src.total_TWh);
    }
  });

  it("has a generation-weighted ASEAN average of about 566 g/kWh over 1,226 TWh", () => {
    const cs = Object.values(set.countries);
    const twh = cs.reduce((s, c) => s + c.generationTWh, 0);
    const avg = cs.reduce((s, c) => s + c.value * c.generationTWh, 0) / twh;
    near(set.aseanAverage.value, avg);
    expect(Math.round(set.aseanAverage.value)).toBe(566);
    expect(Math.round(twh)).toBe(1226);
  });

  it("looks up countries, GPUs and defaults", () => {
    expect(intensityFor("sg")).toMatchObject({
      country: "SG",
      value: 470.783,
      year: 2023,
      unit: "gCO2e/kWh",
    });
    expect(intensityFor("THA")?.country).toBe("TH");
    expect(intensityFor("FR")).toBeUndefined();
    expect(gpuPower("NVIDIA A100-SXM4-80GB")).toBe(400);
    expect(gpuPower("h100 sxm")).toBe(700);
    expect(gpuPower("L40S")).toBe(350);
    expect(gpuPower("Acme X9")).toBeUndefined();
    expect(defaults).toEqual({
      pue: 1.56,
      wueOnSite: 0.55,
      wueOffSite: 3.14,
      unknownGpuWatts: 200,
      memoryWattsPerGb: 0.3725,
    });
  });

  it("estimates with the shipped library end to end", () => {
    const e = estimate({ kind: "training", country: "SG", pue: 1.2, meteredKWh: 10 }, factorLookup());
    near(e.co2eKg.locationBased.value, (12 * 470.783) / 1000);
    expect(e.factorSet).toMatchObject({ id: "grid-intensity-2023", version: "2023.1" });
    expect(e.factorSet.intensity.source).toMatch(/Our World in Data/);
  });
});
