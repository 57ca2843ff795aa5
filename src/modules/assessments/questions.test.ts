import { describe, expect, it } from "vitest";
import { buildQuestions, carry, coverage, type TargetFramework } from "./questions.ts";

const hub = [
  { id: "h1", label: "B.1", title: "Transparency", statement: null },
  { id: "h2", label: "B.2", title: "Fairness", statement: null },
];
const c = (id: string) => ({ id, label: id.toUpperCase(), title: `Control ${id}`, statement: null });
const link = (source: string, target: string, relationship: string) => ({
  source,
  target,
  relationship,
  confidence: "high",
  rationale: `${source}~${target}`,
});

// Framework A: a1 equals h1, a2 intersects h2, a3 is not mapped.
const A: TargetFramework = {
  id: "a",
  title: "A",
  controls: [c("a1"), c("a2"), c("a3")],
  links: [link("a1", "h1", "equivalent-to"), link("a2", "h2", "intersects-with")],
};
// Framework B: b1 is within h1, b2 maps to both h1 and h2.
const B: TargetFramework = {
  id: "b",
  title: "B",
  controls: [c("b1"), c("b2")],
  links: [link("b1", "h1", "subset-of"), link("b2", "h1", "subset-of"), link("b2", "h2", "subset-of")],
};

describe("the de-duplicated question set", () => {
  it("asks each hub requirement once for every framework that maps to it, and unmapped controls as they are", () => {
    const qs = buildQuestions("hub", hub, [A, B]);
    expect(qs.map((q) => q.key)).toEqual(["hub:h1", "hub:h2", "a:a3"]);
    expect(qs[0]!.covers.map((x) => `${x.frameworkId}:${x.controlId}`)).toEqual(["a:a1", "b:b1", "b:b2"]);
    // Separately: A needs h1, h2, a3 (3); B needs h1, h2 (2): 5 questions. Together: 3.
    const separately = buildQuestions("hub", hub, [A]).length + buildQuestions("hub", hub, [B]).length;
    expect(separately).toBe(5);
    expect(qs.length).toBeLessThan(separately);
  });
});

describe("coverage derived through the hub (hand-computed)", () => {
  it("carries hub answers fully through narrow mappings and at most partially through overlaps", () => {
    expect(carry("met", "subset-of")).toBe("met");
    expect(carry("met", "intersects-with")).toBe("partially-met");
    expect(carry("not-met", "intersects-with")).toBe("not-met");

    const cov = coverage(
      "hub",
      [A, B],
      [
        { question: "hub:h1", result: "met" },
        { question: "hub:h2", result: "partially-met" },
        { question: "a:a3", result: "not-met" },
      ],
    );
    const a = cov.find((x) => x.frameworkId === "a")!;
    expect(a.controls.map((x) => [x.controlId, x.result, x.derived])).toEqual([
      ["a1", "met", true],
      ["a2", "partially-met", true],
      ["a3", "not-met", false],
    ]);
    // (1 met + 0.5 partial) / 3 applicable
    expect(a.score).toBeCloseTo(0.5);
    const b = cov.find((x) => x.frameworkId === "b")!;
    // b1 <- h1 met; b2 <- worst of (h1 met, h2 partially met)
    expect(b.controls.map((x) => x.result)).toEqual(["met", "partially-met"]);
    expect(b.score).toBeCloseTo(0.75);
    expect(b.controls[1]!.via!.map((v) => v.question)).toEqual(["hub:h1", "hub:h2"]);
  });

  it("leaves a control unanswered until every hub question it maps to is answered; a direct answer wins", () => {
    const cov = coverage("hub", [B], [{ question: "hub:h1", result: "met" }]);
    expect(cov[0]!.controls.map((x) => x.result)).toEqual(["met", "unanswered"]);
    const direct = coverage(
      "hub",
      [B],
      [
        { question: "hub:h1", result: "met" },
        { question: "b:b2", result: "not-met" },
      ],
    );
    expect(direct[0]!.controls[1]).toMatchObject({ result: "not-met", derived: false });
  });
});
