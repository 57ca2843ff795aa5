import { describe, expect, it } from "vitest";
import {
  classify,
  INVOLVEMENT_SCALE,
  RULE_PACKS,
  recommendInvolvement,
  type SystemFacts,
} from "./classify.ts";

const base: SystemFacts = {
  aiType: "traditional-ml",
  generalPurposeModel: false,
  gpaiSystemicRisk: false,
  useCases: [],
  safetyComponentOf: null,
  profilesNaturalPersons: false,
  dataCategories: [],
  affectedScale: "hundreds",
  decisionImpact: "minor",
  sectors: [],
  deploymentCountries: ["MY"],
};
const eu = RULE_PACKS.find((p) => p.id === "eu-ai-act-tier")!;
const vn = RULE_PACKS.find((p) => p.id === "vn-ai-law-tier")!;
const cites = (r: ReturnType<typeof classify>) => r.fired.flatMap((f) => f.cites.map((c) => c.ref));

describe("EU AI Act tier (golden cases)", () => {
  it("CV screening for hiring is high-risk under Annex III point 4(a)", () => {
    const r = classify(eu, {
      ...base,
      useCases: ["employment-recruitment"],
      profilesNaturalPersons: true,
      decisionImpact: "significant",
    });
    expect(r.tier).toBe("high-risk");
    expect(cites(r)).toEqual(expect.arrayContaining(["Annex III point 4(a)", "Art. 6(2)"]));
  });
  it("a spam filter is minimal risk", () => {
    const r = classify(eu, { ...base, useCases: ["spam-filtering"] });
    expect(r.tier).toBe("minimal");
  });
  it("a customer-service chatbot has transparency obligations (Art. 50(1))", () => {
    const r = classify(eu, { ...base, aiType: "generative", useCases: ["chatbot-interaction"] });
    expect(r.tier).toBe("transparency");
    expect(cites(r)).toContain("Art. 50(1)");
  });
  it("emotion recognition at work is prohibited (Art. 5(1)(f)), whatever else fires", () => {
    const r = classify(eu, {
      ...base,
      useCases: ["emotion-recognition-work-education", "chatbot-interaction"],
    });
    expect(r.tier).toBe("prohibited");
    expect(cites(r)).toContain("Art. 5(1)(f)");
  });
  it("flags a general-purpose model's obligations, and systemic risk", () => {
    const r = classify(eu, {
      ...base,
      aiType: "generative",
      generalPurposeModel: true,
      gpaiSystemicRisk: true,
    });
    expect(r.flags.map((f) => f.id)).toEqual(
      expect.arrayContaining(["eu-gpai-obligations", "eu-gpai-systemic-risk"]),
    );
  });
});

describe("Viet Nam Law on AI tier", () => {
  it("marks results that rest on pending implementing decrees", () => {
    const r = classify(vn, {
      ...base,
      useCases: ["employment-recruitment"],
      profilesNaturalPersons: true,
      decisionImpact: "legal-or-similar",
      affectedScale: "thousands",
    });
    expect(["high", "medium", "low"]).toContain(r.tier);
    expect(r.fired.every((f) => f.dependsOnDecree)).toBe(true);
    if (r.tier !== "low") expect(r.dependsOnPendingDecree).toBe(true);
  });
  it("gives medium for a chatbot people talk to", () => {
    expect(classify(vn, { ...base, useCases: ["chatbot-interaction"] }).tier).toBe("medium");
  });
});

describe("ASEAN risk impact assessment (our own scale)", () => {
  it.each([
    [1, 1, "minor", "human-out-of-the-loop"],
    [2, 2, "minor", "human-out-of-the-loop"],
    [3, 3, "minor", "human-over-the-loop"],
    [2, 4, "minor", "human-over-the-loop"],
    [3, 4, "minor", "human-in-the-loop"],
    [2, 5, "minor", "human-in-the-loop"],
    [1, 2, "legal-or-similar", "human-over-the-loop"],
  ])("probability %i, severity %i, %s decisions -> %s", (probability, severity, decisionImpact, level) => {
    const r = recommendInvolvement(INVOLVEMENT_SCALE, { probability, severity, decisionImpact });
    expect(r.level).toBe(level);
    expect(r.scale.ours).toBe(true);
    expect(r.reasoning).toHaveLength(3);
  });
});
