import { hashDocument, type Issue, NS } from "./oscal.ts";

export const RELATIONSHIPS = [
  "equal-to",
  "equivalent-to",
  "subset-of",
  "superset-of",
  "intersects-with",
  "no-relationship",
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const CONFIDENCES = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const PROVENANCES = ["human", "automation", "hybrid"] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** One mapped pair: source requirement -> target requirement. */
export interface MapEntry {
  source: string;
  target: string;
  relationship: Relationship;
  confidence: Confidence;
  provenance: Provenance;
  status: string;
  rationale: string;
}

export interface Crosswalk {
  sourceFramework: string;
  targetFramework: string;
  version: string;
  title: string;
  contentHash: string;
  entries: MapEntry[];
}

type Prop = { name: string; value: string; ns?: string };
type MapJson = {
  relationship?: string;
  sources?: { type?: string; "id-ref"?: string }[];
  targets?: { type?: string; "id-ref"?: string }[];
  props?: Prop[];
  remarks?: string;
};
type MappingJson = {
  "source-resource"?: { href?: string };
  "target-resource"?: { href?: string };
  maps?: MapJson[];
};

const frameworkFromHref = (href: string | undefined) =>
  href?.match(/([a-z0-9][a-z0-9.-]+)\.json$/)?.[1] ?? null;
const prop = (props: Prop[] | undefined, name: string) =>
  props?.find((p) => p.name === name && (p.ns === NS || p.ns === undefined))?.value;

/**
 * Reads an OSCAL 1.2 mapping-collection (the shape in content/crosswalks/README.md) and checks that
 * every source and target exists in the frameworks' requirement ids. Refused whole on any error.
 */
export function parseMappingCollection(
  doc: unknown,
  requirementIds: (frameworkId: string) => Set<string> | undefined,
): { issues: Issue[]; crosswalk?: Crosswalk } {
  const issues: Issue[] = [];
  const err = (pointer: string, message: string) => issues.push({ pointer, message, severity: "error" });
  const mc = (
    doc as {
      "mapping-collection"?: {
        metadata?: { title?: string; version?: string };
        provenance?: { method?: string; props?: Prop[] };
        mappings?: MappingJson[];
      };
    } | null
  )?.["mapping-collection"];
  if (!mc || typeof mc !== "object") {
    err("/", 'not an OSCAL mapping-collection: expected a top-level "mapping-collection"');
    return { issues };
  }
  if (!mc.metadata?.title || !mc.metadata.version)
    err("/mapping-collection/metadata", "title and version are required");
  if (!Array.isArray(mc.mappings) || mc.mappings.length === 0) {
    err("/mapping-collection/mappings", "at least one mapping is required");
    return { issues };
  }
  const collectionProvenance = prop(mc.provenance?.props, "method") ?? mc.provenance?.method;
  let source: string | null = null;
  let target: string | null = null;
  const entries: MapEntry[] = [];
  const pairs = new Set<string>();
  mc.mappings.forEach((m, mi) => {
    const mp = `/mapping-collection/mappings/${mi}`;
    const s = frameworkFromHref(m["source-resource"]?.href);
    const t = frameworkFromHref(m["target-resource"]?.href);
    if (!s) err(`${mp}/source-resource/href`, "must point at a framework catalog (<framework-id>.json)");
    if (!t) err(`${mp}/target-resource/href`, "must point at a framework catalog (<framework-id>.json)");
    if (!s || !t) return;
    if ((source && source !== s) || (target && target !== t))
      err(mp, "all mappings of a collection must share one source and one target framework");
    source = s;
    target = t;
    const sIds = requirementIds(s);
    const tIds = requirementIds(t);
    if (!sIds) err(`${mp}/source-resource/href`, `unknown framework "${s}"`);
    if (!tIds) err(`${mp}/target-resource/href`, `unknown framework "${t}"`);
    (m.maps ?? []).forEach((e, ei) => {
      const ep = `${mp}/maps/${ei}`;
      const rel = e.relationship as Relationship;
      if (!RELATIONSHIPS.includes(rel))
        err(`${ep}/relationship`, `must be one of ${RELATIONSHIPS.join(", ")}`);
      const confidence = (prop(e.props, "confidence") ?? "low") as Confidence;
      if (!CONFIDENCES.includes(confidence))
        err(`${ep}/props`, `confidence must be one of ${CONFIDENCES.join(", ")}`);
      const provenance = (prop(e.props, "provenance") ?? collectionProvenance ?? "human") as Provenance;
      if (!PROVENANCES.includes(provenance))
        err(`${ep}/props`, `provenance must be one of ${PROVENANCES.join(", ")}`);
      const srcs = (e.sources ?? []).map((x) => x["id-ref"]);
      const tgts = (e.targets ?? []).map((x) => x["id-ref"]);
      if (!srcs.length) err(`${ep}/sources`, "at least one source is required");
      if (!tgts.length) err(`${ep}/targets`, "at least one target is required");
      srcs.forEach((id, i) => {
        if (!id || (sIds && !sIds.has(id)))
          err(`${ep}/sources/${i}/id-ref`, `"${id}" is not a requirement of ${s}`);
      });
      tgts.forEach((id, i) => {
        if (!id || (tIds && !tIds.has(id)))
          err(`${ep}/targets/${i}/id-ref`, `"${id}" is not a requirement of ${t}`);
      });
      for (const a of srcs) {
        for (const b of tgts) {
          if (!a || !b) continue;
          const key = `${a}\u0000${b}`;
          if (pairs.has(key)) err(ep, `the pair ${a} -> ${b} is mapped twice`);
          pairs.add(key);
          entries.push({
            source: a,
            target: b,
            relationship: rel,
            confidence,
            provenance,
            status: prop(e.props, "status") ?? "draft",
            rationale: e.remarks ?? "",
          });
        }
      }
    });
  });
  if (issues.length || !source || !target) return { issues };
  return {
    issues,
    crosswalk: {
      sourceFramework: source,
      targetFramework: target,
      version: mc.metadata!.version!,
      title: mc.metadata!.title!,
      contentHash: hashDocument(doc),
      entries,
    },
  };
}

// ---------- derivation through the hub ----------

const INVERSE: Record<Relationship, Relationship> = {
  "equal-to": "equal-to",
  "equivalent-to": "equivalent-to",
  "subset-of": "superset-of",
  "superset-of": "subset-of",
  "intersects-with": "intersects-with",
  "no-relationship": "no-relationship",
};

/**
 * The relationship a -> c implied by a -> b and b -> c, or null when nothing follows.
 * Set reasoning: a = b (equal or equivalent) carries the other link over (equivalent when either
 * is only equivalent); subset chains stay subsets and superset chains supersets. Everything else
 * (a ⊂ b ⊃ c, overlaps, any no-relationship) implies nothing about a and c.
 */
export function compose(ab: Relationship, bc: Relationship): Relationship | null {
  if (ab === "no-relationship" || bc === "no-relationship") return null;
  const same = (r: Relationship) => r === "equal-to" || r === "equivalent-to";
  if (same(ab) && same(bc)) return ab === "equal-to" && bc === "equal-to" ? "equal-to" : "equivalent-to";
  if (same(ab)) return bc;
  if (same(bc)) return ab;
  if (ab === bc && (ab === "subset-of" || ab === "superset-of")) return ab;
  return null;
}

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
export const weakest = (...cs: Confidence[]): Confidence => cs.reduce((a, b) => (RANK[b] < RANK[a] ? b : a));

/** One entry of a crosswalk as shown: direct (from content) or derived through the hub. */
export interface CrosswalkEntry {
  source: string;
  target: string;
  /** The implied relationship, or null when the two only share a hub requirement (nothing implied). */
  relationship: Relationship | null;
  confidence: Confidence;
  derived: boolean;
  provenance: Provenance | "derived";
  status: string;
  rationale: string;
  /** For derived entries: the hub requirement and the two links that carried the result. */
  via?: { hub: string; fromLink: MapEntry; toLink: MapEntry };
}

/**
 * Derives A -> B through the hub from A -> hub and B -> hub. Each derived entry's confidence is the
 * weaker of its two links; pairs that share no mapped hub requirement get no entry (no inference
 * from what is not mapped), and neither do links with no-relationship.
 */
export function deriveThroughHub(aToHub: MapEntry[], bToHub: MapEntry[]): CrosswalkEntry[] {
  const byHub = new Map<string, MapEntry[]>();
  for (const e of bToHub)
    if (e.relationship !== "no-relationship")
      (byHub.get(e.target) ?? byHub.set(e.target, []).get(e.target)!).push(e);
  const out: CrosswalkEntry[] = [];
  for (const a of aToHub) {
    if (a.relationship === "no-relationship") continue;
    for (const b of byHub.get(a.target) ?? []) {
      const relationship = compose(a.relationship, INVERSE[b.relationship]);
      out.push({
        source: a.source,
        target: b.source,
        relationship,
        confidence: relationship === null ? "low" : weakest(a.confidence, b.confidence),
        derived: true,
        provenance: "derived",
        status: a.status === "reviewed" && b.status === "reviewed" ? "reviewed" : "draft",
        rationale:
          relationship === null
            ? `Both address hub requirement ${a.target}; their relationship to each other is not determined by the hub.`
            : `${a.source} ${a.relationship} ${a.target}; ${b.source} ${b.relationship} ${a.target}; so ${a.source} ${relationship} ${b.source}.`,
        via: { hub: a.target, fromLink: a, toLink: b },
      });
    }
  }
  return out;
}

/** Direct entries of a crosswalk, reversed when it is read target -> source. */
export function directEntries(c: Crosswalk, reversed: boolean): CrosswalkEntry[] {
  return c.entries.map((e) => ({
    source: reversed ? e.target : e.source,
    target: reversed ? e.source : e.target,
    relationship: reversed ? INVERSE[e.relationship] : e.relationship,
    confidence: e.confidence,
    derived: false,
    provenance: e.provenance,
    status: e.status,
    rationale: e.rationale,
  }));
}
