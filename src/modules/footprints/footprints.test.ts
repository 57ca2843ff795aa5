import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, type TestNode } from "../../../test/helpers.ts";

let node: TestNode;
beforeAll(async () => {
  node = await startTestNode();
});
afterAll(() => node.close());

describe("POST /api/v1/footprints/estimate (public)", () => {
  it("estimates a Thai start-up's yearly chatbot inference with the factor set it used", async () => {
    const r = await node.client.POST("/api/v1/footprints/estimate", {
      body: {
        kind: "inference",
        country: "TH",
        requests: 1_000_000,
        outputTokensPerRequest: 500,
        activeParamsBillions: 70,
        pue: 1.2,
      },
    });
    expect(r.response.status).toBe(200);
    // Same golden case as estimate.test.ts: 274.0429 kWh IT x 1.2 = 328.8514 kWh; x 549.59 g/kWh (TH, 2023).
    expect(r.data!.energyKWh.value).toBeCloseTo(328.8514, 2);
    expect(r.data!.co2eKg.locationBased.value).toBeCloseTo(180.7312, 2);
    expect(r.data!.methodTier).toBe("per-token-model");
    expect(r.data!.co2eKg.locationBased.low).toBeLessThan(r.data!.co2eKg.locationBased.value);
    expect(r.data!.factorSet).toMatchObject({
      id: "grid-intensity-2023",
      intensity: { country: "TH", unit: "gCO2e/kWh" },
    });
    expect(r.data!.water.totalLitres).toBeCloseTo(
      r.data!.water.onSiteLitres + r.data!.water.offSiteLitres,
      6,
    );
  });

  it("gives a market-based figure with contractual instruments, and warns on absurd inputs by field", async () => {
    const r = await node.client.POST("/api/v1/footprints/estimate", {
      body: {
        kind: "training",
        country: "MY",
        hardware: { gpuModel: "H100 SXM", gpuCount: 100_000 },
        hours: 10_000,
        contractualIntensity: 0,
      },
    });
    expect(r.data!.co2eKg.marketBased?.value).toBe(0);
    expect(r.data!.warnings.map((w) => w.field)).toEqual(
      expect.arrayContaining(["hours", "hardware.gpuCount"]),
    );
  });

  it("refuses bad input naming the field: unknown country, negative values, unknown fields", async () => {
    const country = await node.client.POST("/api/v1/footprints/estimate", {
      body: { kind: "training", country: "FR", meteredKWh: 10 },
    });
    expect(country.error).toMatchObject({
      code: "invalid_input",
      errors: [expect.objectContaining({ field: "country" })],
    });
    const negative = await node.client.POST("/api/v1/footprints/estimate", {
      body: { kind: "training", country: "SG", hours: -1, hardware: { gpuCount: 1 } },
    });
    expect(negative.error).toMatchObject({ errors: [expect.objectContaining({ field: "hours" })] });
    const unknown = await node.client.POST("/api/v1/footprints/estimate", {
      body: { kind: "training", country: "SG", meteredKWh: 1, watts: 5 } as never,
    });
    expect(unknown.error).toMatchObject({ errors: [expect.objectContaining({ field: "watts" })] });
  });
});

describe("GET /api/v1/footprints/factors (public)", () => {
  it("lists the factor sets with each member state's intensity, the GPU table and the defaults", async () => {
    const r = await node.client.GET("/api/v1/footprints/factors");
    expect(r.response.status).toBe(200);
    const set = r.data!.sets.find((s) => s.id === r.data!.defaultSet)!;
    expect(set.countries.find((c) => c.code === "TH")).toEqual({ code: "TH", value: 549.583, year: 2023 });
    expect(set.countries).toHaveLength(11);
    expect(r.data!.gpus.find((g) => g.id === "h100-sxm")).toEqual({
      id: "h100-sxm",
      label: "NVIDIA H100 SXM",
      watts: 700,
    });
    expect(r.data!.defaults.pue).toBe(1.56);
  });
});

describe("the estimate's rate limit follows the node's setting", () => {
  it("limits estimates per client when the node limits requests, and not when it does not (0)", async () => {
    const limited = await startTestNode({ AISAFE_RATE_LIMIT_MAX: "3" });
    try {
      const body = { kind: "training" as const, country: "SG", meteredKWh: 1 };
      const codes = [];
      for (let i = 0; i < 4; i++)
        codes.push((await limited.client.POST("/api/v1/footprints/estimate", { body })).response.status);
      expect(codes).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
    // This node has AISAFE_RATE_LIMIT_MAX=0: more than the 120 a minute it used to allow regardless.
    const body = { kind: "training" as const, country: "SG", meteredKWh: 1 };
    const codes = new Set<number>();
    for (let i = 0; i < 130; i++)
      codes.add((await node.client.POST("/api/v1/footprints/estimate", { body })).response.status);
    expect([...codes]).toEqual([200]);
  });
});
