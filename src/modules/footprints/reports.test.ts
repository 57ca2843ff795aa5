import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Auth, makeOrg, makeUser, signIn, startTestNode, type TestNode } from "../../../test/helpers.ts";
import { fromRoot } from "../../platform/paths.ts";

let node: TestNode;
let startup: Auth;
let systemId: string;
let thRegulator: Auth;
let myRegulator: Auth;
let secretariat: Auth;

beforeAll(async () => {
  node = await startTestNode();
  const org = await makeOrg(node.ctx, "msme", "TH");
  startup = await signIn(node.app, await makeUser(node.ctx, { orgId: org.id, role: "org-admin" }));
  thRegulator = await signIn(
    node.app,
    await makeUser(node.ctx, {
      orgId: (await makeOrg(node.ctx, "regulator", "TH")).id,
      role: "regulator-analyst",
    }),
  );
  myRegulator = await signIn(
    node.app,
    await makeUser(node.ctx, {
      orgId: (await makeOrg(node.ctx, "regulator", "MY")).id,
      role: "regulator-analyst",
    }),
  );
  secretariat = await signIn(
    node.app,
    await makeUser(node.ctx, {
      orgId: (await makeOrg(node.ctx, "secretariat", "ASEAN")).id,
      role: "regulator-analyst",
    }),
  );
  const s = await node.as(startup).POST("/api/v1/systems", {
    body: {
      orgId: org.id,
      name: "แชตบอตบริการลูกค้า",
      purpose: "Answers customers' questions in Thai",
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
  systemId = s.data!.id;
});
afterAll(() => node.close());

describe("footprint reports (the issue's story)", () => {
  it("estimates a year of inference, imports a CodeCarbon file, submits to Thailand, and the Secretariat sees ASEAN totals", async () => {
    const c = node.as(startup);
    const yearly = await c.POST("/api/v1/systems/{id}/footprints", {
      params: { path: { id: systemId } },
      body: {
        periodStart: "2026-01-01",
        periodEnd: "2026-12-31",
        workload: {
          kind: "inference",
          country: "TH",
          requests: 1_000_000,
          outputTokensPerRequest: 500,
          activeParamsBillions: 70,
          pue: 1.2,
        },
      },
    });
    expect(yearly.response.status).toBe(201);
    expect(yearly.data).toMatchObject({
      source: "estimate",
      methodTier: "per-token-model",
      country: "TH",
      factorSet: { id: "grid-intensity-2023" },
    });
    expect(yearly.data!.co2eKg).toBeCloseTo(180.7312, 2);

    const csv = readFileSync(fromRoot("test/fixtures/codecarbon-emissions.csv"), "utf8");
    const imported = await node.app.inject({
      method: "POST",
      url: `/api/v1/systems/${systemId}/footprints/codecarbon?kind=training`,
      headers: {
        cookie: (startup as { cookie: string }).cookie,
        "x-csrf-token": (startup as { csrf: string }).csrf,
        "content-type": "text/csv",
      },
      payload: csv,
    });
    expect(imported.statusCode).toBe(201);
    const body = imported.json();
    // Two good runs: 2.5128 + 3.7476 kWh metered (PUE 1.0 in the file), line 4 refused naming its field.
    expect(body.report.energyKWh).toBeCloseTo(6.2604, 4);
    expect(body.report.methodTier).toBe("metered");
    expect(body.report).toMatchObject({
      source: "codecarbon",
      periodStart: "2026-10-03",
      periodEnd: "2026-10-10",
      country: "TH",
    });
    expect(body.errors).toEqual([
      { line: 4, field: "duration", message: '"not-a-number" is not a non-negative number' },
    ]);

    for (const r of [yearly.data!.id, body.report.id]) {
      const sub = await c.POST("/api/v1/footprints/{id}/submit", {
        params: { path: { id: r } },
        body: { jurisdiction: "TH" },
      });
      expect(sub.data!.submittedTo).toEqual(["TH"]);
    }

    const asean = await node
      .as(secretariat)
      .GET("/api/v1/footprints/regional", { params: { query: { groupBy: "country" } } });
    const th =
      asean.data && "groups" in asean.data ? asean.data.groups.find((g) => g.key === "TH")! : undefined;
    expect(th).toMatchObject({ reports: 2 });
    // Totals are sums of energy and emissions, not averages of intensities.
    expect(th!.energyKWh).toBeCloseTo(yearly.data!.energyKWh + body.report.energyKWh, 6);
    expect(th!.co2eKg).toBeCloseTo(yearly.data!.co2eKg + body.report.co2eKg, 6);
    const thView = await node.as(thRegulator).GET("/api/v1/footprints/regional");
    expect(thView.data!.totals.reports).toBe(2);
    const myView = await node.as(myRegulator).GET("/api/v1/footprints/regional");
    expect(myView.data && "totals" in myView.data ? myView.data.totals.reports : -1).toBe(0);
    const csvOut = await node.app.inject({
      url: "/api/v1/footprints/regional.csv",
      headers: { cookie: (secretariat as { cookie: string }).cookie },
    });
    expect(csvOut.statusCode, csvOut.body).toBe(200);
    expect(csvOut.body.split("\r\n")[0]).toBe(
      "country,reports,energy_kwh,co2e_kg,water_litres,requests,g_co2e_per_1000_requests",
    );
    expect((await node.as(startup).GET("/api/v1/footprints/regional")).response.status).toBe(403);
  });

  it("refuses a file that is not CodeCarbon's, naming what is missing", async () => {
    const r = await node.app.inject({
      method: "POST",
      url: `/api/v1/systems/${systemId}/footprints/codecarbon`,
      headers: {
        cookie: (startup as { cookie: string }).cookie,
        "x-csrf-token": (startup as { csrf: string }).csrf,
        "content-type": "text/csv",
      },
      payload: "date,kwh\n2026-10-01,3\n",
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toContain("missing column(s) timestamp, duration, energy_consumed");
  });
});
