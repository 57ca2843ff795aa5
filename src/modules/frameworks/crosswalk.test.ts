import { describe, expect, it } from "vitest";
import { compose, deriveThroughHub, type MapEntry, weakest } from "./crosswalk.ts";

const link = (
  source: string,
  target: string,
  relationship: MapEntry["relationship"],
  confidence: MapEntry["confidence"] = "high",
): MapEntry => ({
  source,
  target,
  relationship,
  confidence,
  provenance: "human",
  status: "reviewed",
  rationale: `${source}->${target}`,
});

describe("composing relationships (a -> hub -> b)", () => {
  it.each([
    ["equal-to", "equal-to", "equal-to"],
    ["equal-to", "equivalent-to", "equivalent-to"],
    ["equivalent-to", "subset-of", "subset-of"],
    ["superset-of", "equal-to", "superset-of"],
    ["subset-of", "subset-of", "subset-of"],
    ["superset-of", "superset-of", "superset-of"],
    ["subset-of", "superset-of", null],
    ["superset-of", "subset-of", null],
    ["intersects-with", "intersects-with", null],
    ["intersects-with", "equal-to", "intersects-with"],
    ["subset-of", "intersects-with", null],
    ["no-relationship", "equal-to", null],
    ["equal-to", "no-relationship", null],
  ] as const)("%s then %s gives %s", (ab, bc, expected) => {
    expect(compose(ab, bc)).toBe(expected);
  });

  it("takes the weakest confidence", () => {
    expect(weakest("high", "medium")).toBe("medium");
    expect(weakest("high", "low", "medium")).toBe("low");
    expect(weakest("high", "high")).toBe("high");
  });
});

describe("deriving a crosswalk through the hub (golden cases)", () => {
  // A -> hub: a1 is a subset of h1; a2 equals h2; a3 has no relationship with h3; a4 is not mapped.
  const aToHub = [
    link("a1", "h1", "subset-of", "high"),
    link("a2", "h2", "equal-to", "medium"),
    link("a3", "h3", "no-relationship"),
  ];
  // B -> hub: b1 is a superset of h1 (so h1 is a subset of b1); b2 intersects h2; b3 equals h3; b9 maps to h9 only.
  const bToHub = [
    link("b1", "h1", "superset-of", "medium"),
    link("b2", "h2", "intersects-with", "low"),
    link("b3", "h3", "equal-to"),
    link("b9", "h9", "equal-to"),
  ];
  const derived = deriveThroughHub(aToHub, bToHub);
  const find = (s: string, t: string) => derived.find((d) => d.source === s && d.target === t);

  it("a subset chain stays a subset, with the weaker link's confidence", () => {
    expect(find("a1", "b1")).toMatchObject({
      relationship: "subset-of",
      confidence: "medium",
      derived: true,
      provenance: "derived",
      via: { hub: "h1" },
    });
  });
  it("an equality carries the other link over (here an overlap), at the weakest confidence", () => {
    expect(find("a2", "b2")).toMatchObject({ relationship: "intersects-with", confidence: "low" });
  });
  it("a chain with a no-relationship link yields nothing", () => {
    expect(find("a3", "b3")).toBeUndefined();
  });
  it("an unmapped requirement yields nothing, and nothing is inferred for hub items only one side maps", () => {
    expect(derived.some((d) => d.source === "a4")).toBe(false);
    expect(derived.some((d) => d.target === "b9")).toBe(false);
    expect(derived).toHaveLength(2);
  });
  it("never claims more confidence than the weakest link, and marks undetermined pairs", () => {
    const d = deriveThroughHub(
      [link("x", "h", "intersects-with", "high")],
      [link("y", "h", "intersects-with", "high")],
    );
    expect(d).toEqual([
      expect.objectContaining({
        source: "x",
        target: "y",
        relationship: null,
        confidence: "low",
        derived: true,
      }),
    ]);
  });
});
