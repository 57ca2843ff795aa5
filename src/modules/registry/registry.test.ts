import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Auth, makeOrg, makeUser, signIn, startTestNode, type TestNode } from "../../../test/helpers.ts";
import type { Schemas } from "../../client/index.ts";

let node: TestNode;
let msme: Auth;
let msmeOrg: string;
let otherCompany: Auth;
let myRegulator: Auth;
let thRegulator: Auth;

const hiringAssistant: Omit<Schemas["AiSystemCreateInput"], "orgId"> = {
  name: "Pembantu Pengambilan AI",
  purpose: "Screens job applicants' CVs and ranks them for interviews",
  description: "A third-party language model ranks CVs against a job description.",
  sectors: ["N7810"],
  deploymentCountries: ["MY", "SG", "VN"],
  lifecycleStage: "deployment",
  aiType: "generative",
  provider: { own: false, name: "Example Model Co", model: "ExampleLM", modelVersion: "2" },
  dataCategories: ["personal"],
  affectedScale: "thousands",
  decisions: "Who is invited to interview",
  decisionImpact: "significant",
  humanInvolvement: "human-out-of-the-loop",
  useCases: ["employment-recruitment"],
  profilesNaturalPersons: true,
  status: "in-use",
};

beforeAll(async () => {
  node = await startTestNode();
  const org = await makeOrg(node.ctx, "msme", "MY");
  msmeOrg = org.id;
  msme = await signIn(node.app, await makeUser(node.ctx, { orgId: org.id, role: "org-member" }));
  const other = await makeOrg(node.ctx, "company", "MY");
  otherCompany = await signIn(node.app, await makeUser(node.ctx, { orgId: other.id, role: "org-admin" }));
  myRegulator = await signIn(
    node.app,
    await makeUser(node.ctx, {
      orgId: (await makeOrg(node.ctx, "regulator", "MY")).id,
      role: "regulator-analyst",
    }),
  );
  thRegulator = await signIn(
    node.app,
    await makeUser(node.ctx, {
      orgId: (await makeOrg(node.ctx, "regulator", "TH")).id,
      role: "regulator-analyst",
    }),
  );
});
afterAll(() => node.close());

describe("registry", () => {
  it("registers a system for the actor's own organisation only, with a reference and history", async () => {
    const created = await node
      .as(msme)
      .POST("/api/v1/systems", { body: { orgId: msmeOrg, ...hiringAssistant } });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({
      ref: expect.stringMatching(/^SYS-ASEAN-\d{4}-\d{6}$/),
      version: 1,
      submittedTo: [],
    });
    const id = created.data!.id;
    const updated = await node.as(msme).PATCH("/api/v1/systems/{id}", {
      params: { path: { id } },
      body: { humanInvolvement: "human-over-the-loop" },
    });
    expect(updated.data).toMatchObject({
      version: 2,
      humanInvolvement: "human-over-the-loop",
      name: hiringAssistant.name,
    });
    const history = await node.as(msme).GET("/api/v1/systems/{id}/history", { params: { path: { id } } });
    expect(history.data!.map((h) => h.version)).toEqual([2, 1]);

    const foreign = await node
      .as(otherCompany)
      .POST("/api/v1/systems", { body: { orgId: msmeOrg, ...hiringAssistant } });
    expect(foreign.response.status).toBe(403);
    const bad = await node.as(msme).POST("/api/v1/systems", {
      body: {
        orgId: msmeOrg,
        ...hiringAssistant,
        deploymentCountries: ["Malaysia"],
        aiType: "quantum",
      } as never,
    });
    expect((bad.error as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(["deploymentCountries.0", "aiType"]),
    );
  });

  it("org A never sees org B's systems; a regulator sees a system only once it is submitted to its jurisdiction", async () => {
    const s = await node
      .as(msme)
      .POST("/api/v1/systems", { body: { orgId: msmeOrg, ...hiringAssistant, name: "Private system" } });
    const id = s.data!.id;
    for (const who of [otherCompany, myRegulator, thRegulator]) {
      expect(
        (await node.as(who).GET("/api/v1/systems/{id}", { params: { path: { id } } })).response.status,
      ).toBe(404);
      expect((await node.as(who).GET("/api/v1/systems")).data!.items.map((x) => x.id)).not.toContain(id);
    }
    expect(
      (await node.client.GET("/api/v1/systems/{id}", { params: { path: { id } } })).response.status,
    ).toBe(404);

    const submitted = await node
      .as(msme)
      .POST("/api/v1/systems/{id}/submit", { params: { path: { id } }, body: { jurisdiction: "MY" } });
    expect(submitted.data!.submittedTo).toEqual(["MY"]);
    expect(
      (await node.as(myRegulator).GET("/api/v1/systems/{id}", { params: { path: { id } } })).response.status,
    ).toBe(200);
    expect((await node.as(myRegulator).GET("/api/v1/systems")).data!.items.map((x) => x.id)).toContain(id);
    // Thailand's regulator never sees a Malaysia-only submission.
    expect(
      (await node.as(thRegulator).GET("/api/v1/systems/{id}", { params: { path: { id } } })).response.status,
    ).toBe(404);
    expect((await node.as(thRegulator).GET("/api/v1/systems")).data!.items.map((x) => x.id)).not.toContain(
      id,
    );
    // Regulators read; they do not edit.
    expect(
      (
        await node
          .as(myRegulator)
          .PATCH("/api/v1/systems/{id}", { params: { path: { id } }, body: { name: "x" } })
      ).response.status,
    ).toBe(403);
  });

  it("shows only public summaries to the public", async () => {
    const s = await node.as(msme).POST("/api/v1/systems", {
      body: {
        orgId: msmeOrg,
        ...hiringAssistant,
        name: "Public FAQ bot",
        useCases: ["chatbot-interaction"],
        publicSummary: "Answers questions about our shop.",
      },
    });
    const list = await node.client.GET("/api/v1/systems");
    const mine = list.data!.items.find((x) => x.id === s.data!.id);
    expect(mine).toEqual(
      expect.objectContaining({ name: "Public FAQ bot", publicSummary: "Answers questions about our shop." }),
    );
    expect(mine).not.toHaveProperty("dataCategories");
  });

  it("filters by accent-insensitive name and deployment country, newest first, with the exact total", async () => {
    const org = await makeOrg(node.ctx, "company", "TH");
    const member = await signIn(node.app, await makeUser(node.ctx, { orgId: org.id, role: "org-member" }));
    const names: [string, string[]][] = [
      ["Trợ lý Chatbot Thuế", ["VN", "TH"]],
      ["Shop chatbot", ["TH"]],
      ["Chatbot Kedai", ["MY"]],
      ["Invoice reader", ["TH"]],
    ];
    const ids: string[] = [];
    for (const [name, deploymentCountries] of names) {
      const r = await node.as(member).POST("/api/v1/systems", {
        body: { orgId: org.id, ...hiringAssistant, name, deploymentCountries },
      });
      ids.push(r.data!.id);
    }
    const list = (query: { q?: string; country?: string; limit?: number; offset?: number }) =>
      node
        .as(member)
        .GET("/api/v1/systems", { params: { query: { orgId: org.id, ...query } } })
        .then((r) => r.data!);
    const th = await list({ q: "CHATBOT", country: "TH" });
    expect(th.total).toBe(2);
    expect(th.items.map((x) => x.name)).toEqual(["Shop chatbot", "Trợ lý Chatbot Thuế"]);
    expect((await list({ q: "tro ly" })).items.map((x) => x.id)).toEqual([ids[0]]);
    expect((await list({ q: "50%" })).total).toBe(0);
    const second = await list({ q: "chatbot", limit: 1, offset: 1 });
    expect(second.total).toBe(3);
    expect(second.items.map((x) => x.name)).toEqual(["Shop chatbot"]);
    expect((await list({ country: "TH", offset: 10 })).items).toEqual([]);
  });
});

describe("risk and human oversight", () => {
  it("recommends human involvement from probability and severity on our own scale, with the reasoning", async () => {
    const s = await node
      .as(msme)
      .POST("/api/v1/systems", { body: { orgId: msmeOrg, ...hiringAssistant, name: "Risk case" } });
    const id = s.data!.id;
    const before = await node.as(msme).GET("/api/v1/systems/{id}/risk", { params: { path: { id } } });
    expect(before.data!.involvement).toBeNull();
    // The MSME's hiring assistant is high-risk under the EU AI Act rules, with the articles cited.
    const euTier = before.data!.classifications.find((c) => c.classifier === "eu-ai-act-tier")!;
    expect(euTier.tier).toBe("high-risk");
    expect(euTier.fired.flatMap((f) => f.cites.map((c) => c.ref))).toContain("Annex III point 4(a)");
    expect(before.data!.classifications.map((c) => c.classifier)).toContain("vn-ai-law-tier");
    const r = await node
      .as(msme)
      .POST("/api/v1/systems/{id}/risk", { params: { path: { id } }, body: { probability: 3, severity: 3 } });
    expect(r.data!.involvement).toMatchObject({
      level: "human-over-the-loop",
      score: 9,
      scale: { ours: true },
      currentInvolvement: "human-out-of-the-loop",
      meetsRecommendation: false,
    });
    expect(r.data!.involvement!.reasoning.join(" ")).toContain("ASEAN AI Safe's own scale");
    const severe = await node
      .as(msme)
      .POST("/api/v1/systems/{id}/risk", { params: { path: { id } }, body: { probability: 4, severity: 5 } });
    expect(severe.data!.involvement!.level).toBe("human-in-the-loop");
    const low = await node
      .as(msme)
      .POST("/api/v1/systems/{id}/risk", { params: { path: { id } }, body: { probability: 1, severity: 2 } });
    expect(low.data!.involvement!.level).toBe("human-out-of-the-loop");
    // Decisions with legal or similar effects keep a human over the loop even when harm is unlikely.
    await node.as(msme).PATCH("/api/v1/systems/{id}", {
      params: { path: { id } },
      body: { decisionImpact: "legal-or-similar" },
    });
    const legal = await node
      .as(msme)
      .POST("/api/v1/systems/{id}/risk", { params: { path: { id } }, body: { probability: 1, severity: 2 } });
    expect(legal.data!.involvement!.level).toBe("human-over-the-loop");
    const bad = await node
      .as(msme)
      .POST("/api/v1/systems/{id}/risk", { params: { path: { id } }, body: { probability: 6, severity: 0 } });
    expect(bad.response.status).toBe(400);
  });
});

describe("vocabulary and risk scale for API clients", () => {
  it("serves the value lists, the classifiers' fact vocabulary and our scale publicly, as the content says", async () => {
    const v = await node.client.GET("/api/v1/registry/vocabulary");
    expect(v.response.status, JSON.stringify(v.error)).toBe(200);
    expect(v.data!.aiTypes).toEqual(["traditional-ml", "generative", "agentic"]);
    expect(v.data!.humanInvolvement).toContain("human-over-the-loop");
    expect(v.data!.classifierFacts).toMatchObject({ id: "use-cases", source: { title: expect.any(String) } });
    const recruitment = v.data!.useCases.find((u) => u.id === "employment-recruitment")!;
    expect(recruitment).toMatchObject({
      group: "annex-iii",
      euAiAct: { ref: "Annex III, point 4(a)", route: "high-risk" },
    });
    expect(v.data!.annexIProductAreas.map((a) => a.id)).toContain("medical-devices");
    expect(v.data!.isicSections.map((s) => s.letter)).toContain("N");
    // Every listed use case is accepted when registering.
    const all = await node.as(msme).POST("/api/v1/systems", {
      body: {
        orgId: msmeOrg,
        ...hiringAssistant,
        name: "Every use case",
        useCases: v.data!.useCases.map((u) => u.id).slice(0, 20),
      },
    });
    expect(all.response.status).toBe(201);

    const scale = await node.client.GET("/api/v1/registry/risk-scale");
    expect(scale.data).toMatchObject({ id: "asean-human-involvement", ours: true });
    expect(scale.data!.basis.note).toContain("ASEAN AI Safe's own");
    expect(scale.data!.probability.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
    expect(scale.data!.severity.find((s) => s.value === 3)!.label).toBe("Moderate");
    expect(scale.data!.levels.map((l) => l.id)).toEqual([
      "human-in-the-loop",
      "human-over-the-loop",
      "human-out-of-the-loop",
    ]);
    // The rules as listed give the recommendation the node makes (3 x 3 = 9 -> over the loop).
    const first = scale.data!.rules.find(
      (r) =>
        3 >= (r.severityAtLeast ?? 0) &&
        3 >= (r.probabilityAtLeast ?? 0) &&
        9 >= (r.scoreAtLeast ?? 0) &&
        (!r.decisionImpact || r.decisionImpact.includes("significant")),
    )!;
    expect(first.level).toBe("human-over-the-loop");
  });
});
