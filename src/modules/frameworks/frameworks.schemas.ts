import { z } from "zod";
import { CONFIDENCES, PROVENANCES, RELATIONSHIPS } from "./crosswalk.ts";
import { BINDING_STATUSES, INSTRUMENT_TYPES, REVIEW_STATUSES } from "./oscal.ts";

const FrameworkCode = z
  .string()
  .regex(/^([A-Z]{2}|ASEAN|INTL)$/, "must be an ISO 3166-1 alpha-2 code, ASEAN or INTL");
export const FrameworkId = z.string().regex(/^[a-z0-9][a-z0-9.-]{1,80}$/, "is not a framework id");

export const FrameworkSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    issuer: z.string().nullable(),
    jurisdiction: z.string(),
    instrumentType: z.enum(INSTRUMENT_TYPES),
    bindingStatus: z.enum(BINDING_STATUSES),
    adoptedDate: z.string().nullable(),
    inForceDate: z.string().nullable(),
    languages: z.array(z.string()),
    reviewStatus: z.enum(REVIEW_STATUSES),
    regionalInstrument: z.string().nullable(),
    remarks: z
      .string()
      .nullable()
      .describe("What is in preparation, for status records; notes on the content"),
    latestVersion: z.string(),
    requirementCount: z.number().int(),
  })
  .meta({ id: "FrameworkSummary" });

export const SourceDocument = z
  .object({
    title: z.string(),
    url: z.string().nullable(),
    dateRead: z.string().nullable(),
    sha256: z.string().nullable(),
  })
  .meta({ id: "SourceDocument" });

export const Requirement = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    kind: z.enum(["group", "control"]),
    class: z.string().nullable(),
    label: z.string().nullable(),
    title: z.string(),
    statement: z.string().nullable(),
    guidance: z.string().nullable(),
    objective: z.string().nullable(),
    sourceRef: z.string().nullable(),
    verification: z.string().nullable(),
    props: z.record(z.string(), z.array(z.string())),
    depth: z.number().int(),
  })
  .meta({ id: "Requirement" });

export const FrameworkVersion = z
  .object({
    version: z.string(),
    seq: z.number().int(),
    title: z.string(),
    contentHash: z.string(),
    importedAt: z.string(),
    importedBy: z.string(),
  })
  .meta({ id: "FrameworkVersion" });

export const Framework = FrameworkSummary.extend({
  textLicence: z.string().nullable(),
  reviewer: z.string().nullable(),
  sources: z.array(SourceDocument),
  version: z.string().describe("The release shown"),
  versions: z.array(FrameworkVersion),
  requirements: z
    .array(Requirement)
    .describe("The requirement tree in document order (parentId and depth give the tree)"),
}).meta({ id: "Framework" });

export const FrameworkQuery = z.strictObject({
  jurisdiction: FrameworkCode.optional(),
  bindingStatus: z.enum(BINDING_STATUSES).optional(),
  type: z.enum(INSTRUMENT_TYPES).optional(),
  language: z.string().max(20).optional(),
});

export const FrameworkParams = z.strictObject({ id: FrameworkId });
export const VersionQuery = z.strictObject({ version: z.string().max(50).optional() });

export const FrameworkDiff = z
  .object({
    frameworkId: z.string(),
    from: z.string(),
    to: z.string(),
    summary: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int() }),
    changes: z.array(
      z.object({
        id: z.string(),
        change: z.enum(["added", "removed", "changed"]),
        fields: z.array(z.string()).optional(),
        title: z.string(),
      }),
    ),
  })
  .meta({ id: "FrameworkDiff" });

export const DiffQuery = z.strictObject({ from: z.string().min(1).max(50), to: z.string().min(1).max(50) });

export const ImportQuery = z.strictObject({
  frameworkId: FrameworkId.optional(),
  jurisdiction: FrameworkCode.optional(),
  instrumentType: z.enum(INSTRUMENT_TYPES).optional(),
  bindingStatus: z.enum(BINDING_STATUSES).optional(),
  issuer: z.string().max(300).optional(),
});

export const ImportResult = z
  .object({
    frameworkId: z.string(),
    version: z.string(),
    status: z.enum(["created", "new-version", "unchanged"]),
    requirementCount: z.number().int(),
    warnings: z.array(z.object({ pointer: z.string(), message: z.string() })),
  })
  .meta({ id: "FrameworkImportResult" });

export const CrosswalkImportResult = z
  .object({
    sourceFramework: z.string(),
    targetFramework: z.string(),
    version: z.string(),
    status: z.enum(["created", "unchanged"]),
    entryCount: z.number().int(),
  })
  .meta({ id: "CrosswalkImportResult" });

export const OscalDocument = z.record(z.string(), z.unknown()).meta({ id: "OscalDocument" });

const Link = z.object({
  relationship: z.enum(RELATIONSHIPS),
  confidence: z.enum(CONFIDENCES),
  rationale: z.string(),
  status: z.string(),
});

export const CrosswalkEntry = z
  .object({
    source: z.string(),
    sourceLabel: z.string().nullable(),
    sourceTitle: z.string(),
    target: z.string(),
    targetLabel: z.string().nullable(),
    targetTitle: z.string(),
    relationship: z
      .enum(RELATIONSHIPS)
      .nullable()
      .describe(
        "null: both relate to the same hub requirement, but the hub implies no relationship between them",
      ),
    confidence: z.enum(CONFIDENCES),
    derived: z.boolean(),
    provenance: z.enum([...PROVENANCES, "derived"]),
    status: z.string(),
    rationale: z.string(),
    via: z
      .object({
        hub: z.string(),
        hubLabel: z.string().nullable(),
        hubTitle: z.string(),
        fromLink: Link,
        toLink: Link,
      })
      .optional(),
  })
  .meta({ id: "CrosswalkEntry" });

export const CrosswalkView = z
  .object({
    from: z.string(),
    to: z.string(),
    kind: z.enum(["direct", "derived"]),
    hub: z.string().nullable(),
    entries: z.array(CrosswalkEntry),
    unmapped: z.object({ from: z.array(z.string()), to: z.array(z.string()) }),
  })
  .meta({ id: "CrosswalkView" });

export const CrosswalkQuery = z.strictObject({
  from: FrameworkId,
  to: FrameworkId,
  format: z.enum(["view", "oscal"]).default("view"),
});

export const CrosswalkSummary = z
  .object({
    sourceFramework: z.string(),
    targetFramework: z.string(),
    version: z.string(),
    title: z.string(),
  })
  .meta({ id: "CrosswalkSummary" });

export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(200),
  framework: FrameworkId.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const SearchResults = z
  .object({
    query: z.string(),
    items: z.array(
      z.object({
        frameworkId: z.string(),
        frameworkTitle: z.string(),
        jurisdiction: z.string(),
        id: z.string(),
        label: z.string().nullable(),
        title: z.string(),
        snippet: z.string().nullable(),
        rank: z.number(),
      }),
    ),
  })
  .meta({ id: "SearchResults" });
