import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Auth, makeOrg, makeUser, signIn, startTestNode, type TestNode } from "../../../test/helpers.ts";
import type { GridFactorSetInputT } from "./footprints.schemas.ts";

/** A factor set with fictional values (test data, not a source): Thailand at 500 gCO2e/kWh in 2024. */
const TEST_SET: GridFactorSetInputT = {
  id: "grid-intensity-2024-test",
  version: "2024.1",
  year: 2024,
  title: "Test factor set (fictional values, for tests only)",
  kind: "grid-intensity",
  unit: "gCO2e/kWh",
  gasBasis: "CO2e (fictional)",
  boundary: "location-based grid average",
  method: "Fictional values for tests",
  source: { title: "ASEAN AI Safe tests", url: null, licence: "n/a" },
  verification: "unverified",
  countries: {
    TH: { iso3: "THA", name: "Thailand", value: 500, unit: "gCO2e/kWh", year: 2024 },
    MY: { iso3: "MYS", name: "Malaysia", value: 600, unit: "gCO2e/kWh", year: 2023 },
  },
};

let node: TestNode;
let admin: Auth;
let member: Auth;
let orgId: string;
beforeAll(async () => {
  node = await startTestNode();
  admin = await signIn(node.app, await makeUser(node.ctx, { nodeAdmin: true }));
  orgId = (await makeOrg(node.ctx, "msme", "TH")).id;
  member = await signIn(node.app, await makeUser(node.ctx, { orgId, role: "org-admin" }));
});
afterAll(() => node.close());

const estimateTh = (factorSet?: string) =>
  node.client.POST("/api/v1/footprints/estimate", {
    body: { kind: "training", country: "TH", meteredKWh: 1000, pue: 1, ...(factorSet ? { factorSet } : {}) },
  });

describe("grid factor sets added by node administrators", () => {
  it("refuses an invalid set naming each field, and members who are not node administrators", async () => {
    const bad = await node.as(admin).POST("/api/v1/footprints/factor-sets", {
      body: {
        ...TEST_SET,
        unit: "kgCO2/MWh",
        source: { title: "x", url: null },
        countries: { FR: TEST_SET.countries.TH, TH: { ...TEST_SET.countries.TH!, value: -1 } },
      } as never,
    });
    expect(bad.response.status).toBe(400);
    expect(bad.error!.errors!.map((e) => e.field).sort()).toEqual(
      ["countries.FR", "countries.TH.value", "source.licence", "unit"].sort(),
    );
    const late = await node.as(admin).POST("/api/v1/footprints/factor-sets", {
      body: { ...TEST_SET, countries: { TH: { ...TEST_SET.countries.TH!, year: 2025 } } },
    });
    expect(late.error).toMatchObject({ errors: [{ field: "countries.TH.year" }] });
    const forbidden = await node.as(member).POST("/api/v1/footprints/factor-sets", { body: TEST_SET });
    expect(forbidden.response.status).toBe(403);
    expect((await estimateTh()).data!.factorSet.id).toBe("grid-intensity-2023");
  });

  it("adds a newer set that estimates and reports then use and record; older sets stay usable by id", async () => {
    const before = await node.as(member).POST("/api/v1/systems", {
      body: {
        orgId,
        name: "Chatbot",
        purpose: "Answers questions",
        sectors: ["J6201"],
        deploymentCountries: ["TH"],
        lifecycleStage: "operation",
        aiType: "generative",
        affectedScale: "thousands",
        decisionImpact: "minor",
        humanInvolvement: "human-over-the-loop",
        useCases: ["chatbot-interaction"],
        status: "in-use",
      },
    });
    const systemId = before.data!.id;
    const report = (workload: { factorSet?: string }) =>
      node.as(member).POST("/api/v1/systems/{id}/footprints", {
        params: { path: { id: systemId } },
        body: {
          periodStart: "2026-01-01",
          periodEnd: "2026-01-31",
          workload: { kind: "training", country: "TH", meteredKWh: 1000, pue: 1, ...workload },
        },
      });
    const old = (await report({})).data!;
    expect(old.factorSet).toEqual({ id: "grid-intensity-2023", version: "2023.1" });

    const added = await node.as(admin).POST("/api/v1/footprints/factor-sets", { body: TEST_SET });
    expect(added.response.status).toBe(201);
    expect(added.data!.defaultSet).toBe(TEST_SET.id);
    expect(added.data!.sets.map((s) => s.id)).toEqual(["grid-intensity-2023", TEST_SET.id]);

    // 1,000 kWh x 500 g/kWh = 500 kg with the new set; 549.583 kg with the 2023 set, named.
    const now = (await estimateTh()).data!;
    expect(now.factorSet).toMatchObject({
      id: TEST_SET.id,
      version: "2024.1",
      intensity: { value: 500, year: 2024 },
    });
    expect(now.co2eKg.locationBased.value).toBeCloseTo(500, 9);
    const pinned = (await estimateTh("grid-intensity-2023")).data!;
    expect(pinned.co2eKg.locationBased.value).toBeCloseTo(549.583, 9);
    const unknown = await estimateTh("grid-intensity-1999");
    expect(unknown.error).toMatchObject({ errors: [{ field: "factorSet" }] });
    // A country the new set does not hold is refused, naming the field (no silent fallback).
    const sg = await node.client.POST("/api/v1/footprints/estimate", {
      body: { kind: "training", country: "SG", meteredKWh: 1 },
    });
    expect(sg.error).toMatchObject({ errors: [{ field: "country" }] });

    const fresh = (await report({})).data!;
    expect(fresh.factorSet).toEqual({ id: TEST_SET.id, version: "2024.1" });
    expect(fresh.co2eKg).toBeCloseTo(500, 9);
    const listed = (
      await node.as(member).GET("/api/v1/systems/{id}/footprints", { params: { path: { id: systemId } } })
    ).data!;
    expect(listed.find((r) => r.id === old.id)!.factorSet).toEqual({
      id: "grid-intensity-2023",
      version: "2023.1",
    });

    const again = await node.as(admin).POST("/api/v1/footprints/factor-sets", { body: TEST_SET });
    expect(again.response.status).toBe(409);
    expect(again.error).toMatchObject({ errors: [{ field: "id" }] });
    const shipped = await node.as(admin).POST("/api/v1/footprints/factor-sets", {
      body: { ...TEST_SET, id: "grid-intensity-2023" },
    });
    expect(shipped.response.status).toBe(409);
    const audit = await node.as(admin).GET("/api/v1/audit", {
      params: { query: { action: "footprint.factor-set.add" } },
    });
    expect(JSON.stringify(audit.data)).toContain(TEST_SET.id);
  });
});
