import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMappingCollection } from "../src/modules/frameworks/crosswalk.ts";
import {
  CROSSWALKS_DIR,
  contentFiles,
  FRAMEWORKS_DIR,
} from "../src/modules/frameworks/frameworks.content.ts";
import { HUB } from "../src/modules/frameworks/frameworks.service.ts";
import { NS, parseCatalog } from "../src/modules/frameworks/oscal.ts";

const catalogs = contentFiles(FRAMEWORKS_DIR);
const parsed = new Map(
  catalogs.map(({ file, doc }) => {
    const r = parseCatalog(doc, { strict: true });
    return [path.basename(file, ".json"), r];
  }),
);
const HUB_IDS = [
  "transparency-explainability",
  "fairness-equity",
  "security-safety",
  "human-centricity",
  "privacy-data-governance",
  "accountability-integrity",
  "robustness-reliability",
  "internal-governance",
  "human-involvement",
  "operations-management",
  "stakeholder-interaction",
];

describe("framework content (content/frameworks)", () => {
  it.each([...parsed.keys()])("%s passes the OSCAL catalog schema and our content rules", (name) => {
    const r = parsed.get(name)!;
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.parsed!.meta.id).toBe(name); // file name = framework id
    for (const s of r.parsed!.meta.sources) expect(s.url === null || /^https?:\/\//.test(s.url)).toBe(true);
  });

  it("covers the ASEAN Guide, every member state and the international references", () => {
    const byJurisdiction = new Map<string, string[]>();
    for (const r of parsed.values())
      (
        byJurisdiction.get(r.parsed!.meta.jurisdiction) ??
        byJurisdiction.set(r.parsed!.meta.jurisdiction, []).get(r.parsed!.meta.jurisdiction)!
      ).push(r.parsed!.meta.id);
    for (const code of ["ASEAN", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"])
      expect(byJurisdiction.get(code), code).toBeDefined();
    for (const id of [
      "nist-ai-rmf-1.0",
      "eu-ai-act-2024",
      "iso-iec-42001-2023-annex-a",
      "oecd-ai-principles-2024",
    ])
      expect(parsed.has(id)).toBe(true);
  });

  it("has the hub's 7 principles and 4 components, and NIST AI RMF's 72 subcategories", () => {
    const hub = parsed.get(HUB)!.parsed!.requirements;
    for (const id of HUB_IDS)
      expect(
        hub.some((r) => r.id === id),
        id,
      ).toBe(true);
    const nist = parsed.get("nist-ai-rmf-1.0")!.parsed!.requirements.filter((r) => r.kind === "control");
    expect(nist).toHaveLength(72);
    expect(nist.every((r) => /^(GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+$/.test(r.label ?? ""))).toBe(true);
  });

  it("marks unverified requirements as such, and status records name their regional instrument", () => {
    for (const r of parsed.values()) {
      for (const q of r.parsed!.requirements.filter((x) => x.kind === "control")) {
        expect(["verified", "unverified"], `${r.parsed!.meta.id}/${q.id}`).toContain(q.verification);
      }
      if (
        ["draft", "none-adopted"].includes(r.parsed!.meta.bindingStatus) &&
        r.parsed!.requirements.length === 0
      ) {
        expect(r.parsed!.meta.regionalInstrument, r.parsed!.meta.id).toBe(HUB);
      }
    }
  });
});

describe("crosswalk content (content/crosswalks)", () => {
  const ids = (id: string) => {
    const r = parsed.get(id)?.parsed;
    return r ? new Set(r.requirements.map((q) => q.id)) : undefined;
  };
  const crosswalks = contentFiles(CROSSWALKS_DIR);

  it("maps every framework with requirements to the hub", () => {
    const sources = new Set(crosswalks.map(({ file }) => path.basename(file, ".json").split("__")[0]));
    for (const r of parsed.values()) {
      const m = r.parsed!.meta;
      if (m.id === HUB || r.parsed!.requirements.every((q) => q.kind !== "control")) continue;
      expect(sources.has(m.id), `${m.id} has no crosswalk to ${HUB}`).toBe(true);
    }
  });

  it.each(crosswalks.map((c) => [path.basename(c.file), c.doc] as const))(
    "%s resolves every reference and follows our rules",
    (file, doc) => {
      const r = parseMappingCollection(doc, ids);
      expect(r.issues).toEqual([]);
      const c = r.crosswalk!;
      expect(`${c.sourceFramework}__${c.targetFramework}.json`).toBe(file);
      expect(c.targetFramework).toBe(HUB);
      const source = parsed.get(c.sourceFramework)!.parsed!.requirements;
      for (const e of c.entries) {
        expect(e.rationale.length, `${e.source} -> ${e.target}`).toBeGreaterThan(20);
        expect(HUB_IDS).toContain(e.target);
        // an unverified source requirement cannot carry a high-confidence mapping
        if (source.find((q) => q.id === e.source)?.verification === "unverified") {
          expect(e.confidence, `${file}: ${e.source} -> ${e.target}`).not.toBe("high");
        }
      }
      const method = (
        doc["mapping-collection"] as {
          provenance: { props?: { name: string; ns?: string; value: string }[] };
        }
      ).provenance.props?.find((p) => p.name === "method" && p.ns === NS);
      expect(["human", "automation", "hybrid"]).toContain(method?.value ?? "human");
    },
  );
});
