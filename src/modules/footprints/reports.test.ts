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
    const byMonth = await node
      .as(secretariat)
      .GET("/api/v1/footprints/regional", { params: { query: { groupBy: "month" } } });
    expect(byMonth.data!.groups.map((g) => [g.key, g.reports])).toEqual([
      ["2026-01", 1],
      ["2026-10", 1],
    ]);
    const bySector = await node
      .as(secretariat)
      .GET("/api/v1/footprints/regional", { params: { query: { groupBy: "sector", from: "2026-10-01" } } });
    expect(bySector.data!.groups.map((g) => [g.key, g.reports])).toEqual([["J6201", 2]]);
    const autumn = await node.as(secretariat).GET("/api/v1/footprints/regional", {
      params: { query: { from: "2026-10-01", to: "2026-10-31" } },
    });
    expect(autumn.data!.totals.reports).toBe(2);
    const before = await node.as(secretariat).GET("/api/v1/footprints/regional", {
      params: { query: { to: "2025-12-31" } },
    });
    expect(before.data!.totals.reports).toBe(0);
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

  it("states SCI, EU AI Act Annex XI energy fields and GHG scope 2/3 for a report, citing sources; others get 404", async () => {
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
          contractualIntensity: 100,
        },
      },
    });
    const r = yearly.data!;
    const id = { params: { path: { id: r.id } } };

    // SCI = ((E x I) + M) per R; M stated and not included.
    const sci = (await c.GET("/api/v1/footprints/{id}/sci", id)).data!;
    expect(sci.formula).toBe("SCI = ((E x I) + M) per R");
    expect(sci.E.value).toBeCloseTo(328.8514, 3);
    expect(sci.I).toMatchObject({ value: 549.583, unit: "gCO2e/kWh", country: "TH", year: 2023 });
    expect(sci.O.value).toBeCloseTo(sci.E.value * sci.I.value, 6);
    expect(sci.M).toMatchObject({ included: false, value: null });
    expect(sci.M.what).toContain("Embodied");
    const perRequests = sci.R.find((u) => u.unit === "1,000 requests")!;
    expect(perRequests.count).toBe(1000);
    expect(perRequests.sciGCO2e).toBeCloseTo(180.7312, 2);
    expect(sci.R.find((u) => u.unit === "1,000 tokens")!.sciGCO2e).toBeCloseTo(180.7312 / 500, 4);
    expect(sci.uncertainty.co2eKg!.low).toBeCloseTo(r.co2eKg * 0.5, 6);
    expect(sci.citations[0]).toMatchObject({ url: "https://sci.greensoftware.foundation/" });
    expect(sci.citations[0]!.title).toContain("ISO/IEC 21031:2024");

    // GHG: scope 2 when the organisation operates the hardware, location- and market-based.
    const own = (
      await c.GET("/api/v1/footprints/{id}/ghg", {
        ...id,
        params: { ...id.params, query: { operator: "own" } },
      })
    ).data!;
    expect(own.scope).toBe("scope 2");
    expect(own.scope2).toMatchObject({ locationBasedKgCO2e: r.co2eKg });
    expect(own.scope2!.marketBasedKgCO2e).toBeCloseTo((r.energyKWh * 100) / 1000, 6);
    expect(own.scope3).toBeNull();
    const provider = (
      await c.GET("/api/v1/footprints/{id}/ghg", {
        ...id,
        params: { ...id.params, query: { operator: "provider" } },
      })
    ).data!;
    expect(provider.scope).toBe("scope 3");
    expect(provider.scope3!.electricityKWh).toBe(r.energyKWh);
    const unknown = (await c.GET("/api/v1/footprints/{id}/ghg", id)).data!;
    expect(unknown).toMatchObject({ scope: "undetermined", operator: null, scope2: null, scope3: null });
    expect(unknown.citations[0]!.title).toBe("GHG Protocol Scope 2 Guidance");
    const bad = await c.GET("/api/v1/footprints/{id}/ghg", {
      ...id,
      params: { ...id.params, query: { operator: "cloud" as never } },
    });
    expect(bad.error).toMatchObject({ errors: [expect.objectContaining({ field: "operator" })] });

    // Annex XI point 2(d)-(e) from the measured fine-tuning run: known energy and training time.
    const imported = await node.app.inject({
      method: "POST",
      url: `/api/v1/systems/${systemId}/footprints/codecarbon?kind=training`,
      headers: {
        cookie: (startup as { cookie: string }).cookie,
        "x-csrf-token": (startup as { csrf: string }).csrf,
        "content-type": "text/csv",
      },
      payload: readFileSync(fromRoot("test/fixtures/codecarbon-emissions.csv"), "utf8"),
    });
    const run = imported.json().report as { id: string };
    const annex = (await c.GET("/api/v1/footprints/{id}/annex-xi", { params: { path: { id: run.id } } }))
      .data!;
    expect(annex.fields["2(e) energy consumption"]).toMatchObject({
      status: "known (measured)",
      methodTier: "metered",
    });
    expect(annex.fields["2(e) energy consumption"].kWh).toBeCloseTo(6.2604, 4);
    // 7200.5 s + 10800 s of the two good runs.
    expect(annex.fields["2(d) training time"].hours).toBeCloseTo((7200.5 + 10800) / 3600, 6);
    expect(annex.fields["2(d) computational resources"]).toMatchObject({
      floatingPointOperations: null,
      hardware: { gpuModels: ["4 x NVIDIA A100-SXM4-80GB"] },
    });
    expect(annex.generalPurposeModel).toBe(false);
    expect(annex.notes.join(" ")).toContain("does not mark this system");
    expect(annex.citations[0]).toMatchObject({
      url: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
      section: "Article 53(1)(a); Annex XI, Section 1, point 2(d) and (e)",
    });
    // Per training run: CodeCarbon's two lines are two runs.
    const runSci = (await c.GET("/api/v1/footprints/{id}/sci", { params: { path: { id: run.id } } })).data!;
    expect(runSci.R).toEqual([
      { unit: "training run", count: 2, sciGCO2e: expect.closeTo(runSci.O.value / 2, 6) },
    ]);

    // Another organisation's member neither lists the reports nor reads the statements.
    const other = await signIn(
      node.app,
      await makeUser(node.ctx, { orgId: (await makeOrg(node.ctx, "msme", "TH")).id, role: "org-admin" }),
    );
    expect((await node.as(other).GET("/api/v1/footprints/{id}/sci", id)).response.status).toBe(404);
    expect(
      (await node.as(other).GET("/api/v1/systems/{id}/footprints", { params: { path: { id: systemId } } }))
        .response.status,
    ).toBe(404);
  });
});
