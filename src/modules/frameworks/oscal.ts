import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Ajv as AjvType, ErrorObject, ValidateFunction } from "ajv";
import { canonicalJson } from "../../platform/audit.ts";
import { fromRoot } from "../../platform/paths.ts";

/** Our namespace for OSCAL props (see content/frameworks/README.md). */
export const NS = "urn:asean-ai-safe:oscal";
export const INSTRUMENT_TYPES = [
  "law",
  "regulation",
  "guideline",
  "strategy",
  "standard",
  "principles",
] as const;
export const BINDING_STATUSES = ["binding", "voluntary", "draft", "none-adopted"] as const;
export const REVIEW_STATUSES = ["reviewed", "draft", "unverified"] as const;
export const FRAMEWORK_ID = /^[a-z0-9][a-z0-9.-]{1,80}$/;
export const JURISDICTION = /^([A-Z]{2}|ASEAN|INTL)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Issue {
  /** JSON pointer into the document, e.g. /catalog/groups/0/controls/3/id */
  pointer: string;
  message: string;
  severity: "error" | "warning";
}

export interface SourceDocument {
  title: string;
  url: string | null;
  dateRead: string | null;
  sha256: string | null;
}

export interface FrameworkMeta {
  id: string;
  title: string;
  version: string;
  issuer: string | null;
  jurisdiction: string;
  instrumentType: (typeof INSTRUMENT_TYPES)[number];
  bindingStatus: (typeof BINDING_STATUSES)[number];
  adoptedDate: string | null;
  inForceDate: string | null;
  languages: string[];
  textLicence: string | null;
  reviewStatus: (typeof REVIEW_STATUSES)[number];
  reviewer: string | null;
  regionalInstrument: string | null;
  remarks: string | null;
  sources: SourceDocument[];
}

export interface Requirement {
  id: string;
  parentId: string | null;
  kind: "group" | "control";
  class: string | null;
  label: string | null;
  title: string;
  statement: string | null;
  guidance: string | null;
  objective: string | null;
  sourceRef: string | null;
  verification: string | null;
  /** Our namespaced props (and OSCAL's own label/sort-id), name -> values. */
  props: Record<string, string[]>;
  sortOrder: number;
  depth: number;
}

export interface ParsedCatalog {
  meta: FrameworkMeta;
  requirements: Requirement[];
  /** SHA-256 of the canonical JSON of the document: a release's identity. */
  contentHash: string;
}

/** Metadata a caller supplies for a catalog that lacks our props (e.g. a plain OSCAL catalog). */
export type MetaOverrides = Partial<
  Pick<FrameworkMeta, "id" | "jurisdiction" | "instrumentType" | "bindingStatus" | "issuer">
>;

type Json = Record<string, unknown>;
type Prop = { name: string; value: string; ns?: string };
type Part = { id?: string; name: string; prose?: string; parts?: Part[] };
type Node = {
  id: string;
  title: string;
  class?: string;
  props?: Prop[];
  parts?: Part[];
  groups?: Node[];
  controls?: Node[];
};

let validator: ValidateFunction | undefined;
const schemaFile = fromRoot("content/schemas/oscal_catalog_schema.json");
function schemaValidator(): ValidateFunction {
  if (!validator) {
    // The validator is loaded when a catalog is first checked, not at start-up.
    const require = createRequire(import.meta.url);
    const { Ajv } = require("ajv") as { Ajv: new (o: object) => AjvType };
    const addFormats = require("ajv-formats") as { default: (a: AjvType) => void };
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
  }
  return validator;
}

export const hashDocument = (doc: unknown) => createHash("sha256").update(canonicalJson(doc)).digest("hex");

const ours = (props: Prop[] | undefined, name: string) =>
  (props ?? []).filter((p) => p.name === name && (p.ns === NS || p.ns === undefined)).map((p) => p.value);
const one = (props: Prop[] | undefined, name: string) => ours(props, name)[0] ?? null;

function prose(parts: Part[] | undefined, name: string): string | null {
  const found = (parts ?? []).filter((p) => p.name === name);
  if (!found.length) return null;
  const flat = (p: Part): string[] => [p.prose ?? "", ...(p.parts ?? []).flatMap(flat)].filter(Boolean);
  return found.flatMap(flat).join("\n") || null;
}

function schemaIssues(errors: ErrorObject[] | null | undefined): Issue[] {
  // The catalog schema's oneOf/anyOf branches produce noise; keep the most specific message per pointer.
  const byPointer = new Map<string, string>();
  for (const e of errors ?? []) {
    if (e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "if") continue;
    const msg =
      e.keyword === "additionalProperties"
        ? `unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`
        : (e.message ?? "is invalid");
    if (!byPointer.has(e.instancePath)) byPointer.set(e.instancePath, msg);
  }
  return [...byPointer]
    .slice(0, 100)
    .map(([pointer, message]) => ({ pointer: pointer || "/", message, severity: "error" }));
}

export interface ParseOptions {
  overrides?: MetaOverrides;
  /** Content-file rules as errors (source reference and statement on every control); otherwise warnings. */
  strict?: boolean;
}

/**
 * Validates an OSCAL catalog document (schema, unique ids, our metadata) and extracts the framework
 * and its requirement tree. Returns every issue found; `parsed` only when there is no error.
 */
export function parseCatalog(
  doc: unknown,
  opts: ParseOptions = {},
): { issues: Issue[]; parsed?: ParsedCatalog } {
  const issues: Issue[] = [];
  const err = (pointer: string, message: string) => issues.push({ pointer, message, severity: "error" });
  const rule = (pointer: string, message: string) =>
    issues.push({ pointer, message, severity: opts.strict ? "error" : "warning" });

  if (typeof doc !== "object" || doc === null || Array.isArray(doc) || !("catalog" in doc)) {
    err("/", 'not an OSCAL catalog: expected an object with a top-level "catalog"');
    return { issues };
  }
  const validate = schemaValidator();
  if (!validate(doc)) {
    issues.push(...schemaIssues(validate.errors));
    return { issues };
  }
  const catalog = (doc as { catalog: Json }).catalog as Json & {
    metadata: Json & { props?: Prop[]; title: string; version: string; remarks?: string };
    groups?: Node[];
    controls?: Node[];
    "back-matter"?: {
      resources?: (Json & {
        title?: string;
        props?: Prop[];
        rlinks?: { href: string; hashes?: { algorithm: string; value: string }[] }[];
      })[];
    };
  };

  // Unique ids across groups, controls, parts and params.
  const seen = new Map<string, string>();
  const walkIds = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walkIds(v, `${pointer}/${i}`);
      });
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const o = value as Json;
    if (
      typeof o.id === "string" &&
      (pointer.includes("/groups/") ||
        pointer.includes("/controls/") ||
        pointer.includes("/parts/") ||
        pointer.includes("/params/"))
    ) {
      const prior = seen.get(o.id);
      if (prior) err(`${pointer}/id`, `duplicate id "${o.id}" (first at ${prior})`);
      else seen.set(o.id, `${pointer}/id`);
    }
    for (const [k, v] of Object.entries(o))
      if (k === "groups" || k === "controls" || k === "parts" || k === "params")
        walkIds(v, `${pointer}/${k}`);
  };
  walkIds(catalog, "/catalog");

  const m = catalog.metadata;
  const ov = opts.overrides ?? {};
  const p = m.props;
  const id = ov.id ?? one(p, "framework-id");
  const jurisdiction = ov.jurisdiction ?? one(p, "jurisdiction");
  const instrumentType = ov.instrumentType ?? one(p, "instrument-type");
  const bindingStatus = ov.bindingStatus ?? one(p, "binding-status");
  const reviewStatus = one(p, "review-status") ?? "unverified";
  const mp = "/catalog/metadata/props";
  if (!id)
    err(mp, 'missing framework id: add prop "framework-id" (ns urn:asean-ai-safe:oscal) or give frameworkId');
  else if (!FRAMEWORK_ID.test(id))
    err(mp, `framework id "${id}" must be lower-case letters, digits, "." and "-"`);
  if (!jurisdiction) err(mp, 'missing jurisdiction: add prop "jurisdiction" or give jurisdiction');
  else if (!JURISDICTION.test(jurisdiction))
    err(mp, `jurisdiction "${jurisdiction}" must be an ISO 3166-1 alpha-2 code, ASEAN or INTL`);
  if (!instrumentType) err(mp, 'missing prop "instrument-type"');
  else if (!(INSTRUMENT_TYPES as readonly string[]).includes(instrumentType))
    err(mp, `instrument-type must be one of ${INSTRUMENT_TYPES.join(", ")}`);
  if (!bindingStatus) err(mp, 'missing prop "binding-status"');
  else if (!(BINDING_STATUSES as readonly string[]).includes(bindingStatus))
    err(mp, `binding-status must be one of ${BINDING_STATUSES.join(", ")}`);
  if (!(REVIEW_STATUSES as readonly string[]).includes(reviewStatus))
    err(mp, `review-status must be one of ${REVIEW_STATUSES.join(", ")}`);
  for (const name of ["adopted-date", "in-force-date"]) {
    const v = one(p, name);
    if (v && !DATE.test(v)) err(mp, `${name} must be a date YYYY-MM-DD, got "${v}"`);
  }

  const requirements: Requirement[] = [];
  let order = 0;
  const walk = (
    nodes: Node[] | undefined,
    kind: "group" | "control",
    parentId: string | null,
    depth: number,
    pointer: string,
  ) => {
    (nodes ?? []).forEach((n, i) => {
      const here = `${pointer}/${i}`;
      const props: Record<string, string[]> = {};
      for (const pr of n.props ?? []) {
        if (pr.ns !== NS && pr.ns !== undefined) continue;
        props[pr.name] = [...(props[pr.name] ?? []), pr.value];
      }
      const statement = prose(n.parts, "statement") ?? prose(n.parts, "overview");
      const sourceRef = one(n.props, "source-ref");
      if (kind === "control") {
        if (!sourceRef)
          rule(`${here}/props`, `control "${n.id}" has no source-ref prop (article, section or page)`);
        if (!statement) rule(`${here}/parts`, `control "${n.id}" has no statement part`);
      }
      requirements.push({
        id: n.id,
        parentId,
        kind,
        class: n.class ?? null,
        label: one(n.props, "label"),
        title: n.title,
        statement,
        guidance: prose(n.parts, "guidance"),
        objective: prose(n.parts, "assessment-objective") ?? prose(n.parts, "objective"),
        sourceRef,
        verification: one(n.props, "verification"),
        props,
        sortOrder: order++,
        depth,
      });
      walk(n.groups, "group", n.id, depth + 1, `${here}/groups`);
      walk(n.controls, "control", n.id, depth + 1, `${here}/controls`);
    });
  };
  walk(catalog.groups, "group", null, 0, "/catalog/groups");
  walk(catalog.controls, "control", null, 0, "/catalog/controls");

  if (issues.some((i) => i.severity === "error")) return { issues };

  const sources: SourceDocument[] = (catalog["back-matter"]?.resources ?? []).map((r) => {
    const link = r.rlinks?.[0];
    return {
      title: r.title ?? "(untitled)",
      url: link?.href ?? null,
      dateRead: one(r.props, "date-read"),
      sha256:
        link?.hashes?.find((h) => h.algorithm.toUpperCase().replace("-", "") === "SHA256")?.value ?? null,
    };
  });
  return {
    issues,
    parsed: {
      contentHash: hashDocument(doc),
      requirements,
      meta: {
        id: id!,
        title: m.title,
        version: m.version,
        issuer: ov.issuer ?? one(p, "issuer"),
        jurisdiction: jurisdiction!,
        instrumentType: instrumentType as FrameworkMeta["instrumentType"],
        bindingStatus: bindingStatus as FrameworkMeta["bindingStatus"],
        adoptedDate: one(p, "adopted-date"),
        inForceDate: one(p, "in-force-date"),
        languages: ours(p, "language"),
        textLicence: one(p, "text-licence"),
        reviewStatus: reviewStatus as FrameworkMeta["reviewStatus"],
        reviewer: one(p, "reviewer"),
        regionalInstrument: one(p, "regional-instrument"),
        remarks: typeof m.remarks === "string" ? m.remarks : null,
        sources,
      },
    },
  };
}

export interface RequirementChange {
  id: string;
  change: "added" | "removed" | "changed";
  fields?: string[];
  title: string;
}

const COMPARED = [
  "parentId",
  "kind",
  "label",
  "title",
  "statement",
  "guidance",
  "objective",
  "sourceRef",
  "verification",
  "props",
] as const;

/** What changed between two releases, requirement by requirement (by id). */
export function diffRequirements(from: Requirement[], to: Requirement[]): RequirementChange[] {
  const a = new Map(from.map((r) => [r.id, r]));
  const b = new Map(to.map((r) => [r.id, r]));
  const out: RequirementChange[] = [];
  for (const r of to) {
    const old = a.get(r.id);
    if (!old) out.push({ id: r.id, change: "added", title: r.title });
    else {
      const fields = COMPARED.filter((f) => canonicalJson(old[f]) !== canonicalJson(r[f]));
      if (fields.length) out.push({ id: r.id, change: "changed", fields: [...fields], title: r.title });
    }
  }
  for (const r of from) if (!b.has(r.id)) out.push({ id: r.id, change: "removed", title: r.title });
  return out;
}
