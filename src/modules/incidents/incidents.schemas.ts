import { z } from "zod";
import { PageQuery, page } from "../../platform/http-schemas.ts";
import { valuesOf } from "./taxonomies.ts";

/**
 * Value lists come from the OECD common reporting framework for AI incidents as recorded, with their
 * sources and review status, in content/taxonomies/oecd-incident-framework.json. Where that framework
 * gives no list (the reporter's group and relation, actor roles), the lists are ours.
 */
const OECD = "oecd-incident-framework";
export const INCIDENT_KINDS = ["incident", "hazard"] as const;
export const AI_RELATIONS = valuesOf(OECD, "aiRelation");
export const SEVERITIES = valuesOf(OECD, "severity");
export const HARM_TYPES = valuesOf(OECD, "harmTypes");
export const STAKEHOLDERS = valuesOf(OECD, "affectedStakeholders");
export const AUTONOMY_LEVELS = valuesOf(OECD, "autonomyLevel");
export const BUSINESS_FUNCTIONS = valuesOf(OECD, "businessFunctions");
export const AI_TASKS = valuesOf(OECD, "aiTasks");
export const DEPLOYMENT_BREADTH = valuesOf(OECD, "deploymentBreadth");
export const ACTION_TYPES = valuesOf(OECD, "actionsTaken");
/** Ours (the framework names the criterion but gives no list). */
export const REPORTER_GROUPS = [
  "affected-person",
  "developer",
  "deployer",
  "operator",
  "user",
  "researcher",
  "journalist",
  "civil-society",
  "government",
  "business",
  "other",
] as const;
export const REPORTER_RELATIONS = ["directly-involved", "witness", "informed-third-party", "other"] as const;
export const ACTOR_ROLES = ["developer", "deployer", "operator", "user", "harmed", "nearly-harmed"] as const;
export const TLP = ["clear", "green", "amber", "amber+strict", "red"] as const;
export const STATUSES = [
  "submitted",
  "triage",
  "in-review",
  "validated",
  "published",
  "rejected",
  "merged",
  "withdrawn",
] as const;
export type Status = (typeof STATUSES)[number];

const Lang = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag, e.g. id, th, en-SG");
const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");
const Country = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code");
const HttpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000);
const Text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const Translation = z.strictObject({ lang: Lang, title: Text(3, 300), description: Text(10, 20_000) });

export const IncidentFields = z.strictObject({
  kind: z.enum(INCIDENT_KINDS).default("incident"),
  aiRelation: z
    .array(z.enum(AI_RELATIONS))
    .min(1, "choose how the AI relates to the harm")
    .describe("Mandatory (OECD criterion 3)"),
  reporter: z
    .strictObject({ stakeholderGroup: z.enum(REPORTER_GROUPS), relation: z.enum(REPORTER_RELATIONS) })
    .describe("Mandatory: who reports, and their relation to the incident"),
  occurredFrom: PartialDate.optional(),
  occurredTo: PartialDate.optional(),
  discoveredOn: PartialDate.optional(),
  countries: z.array(Country).max(50).default([]),
  evidence: z
    .array(z.strictObject({ url: HttpUrl, title: z.string().trim().max(300).optional() }))
    .min(1, "give at least one link to supporting evidence")
    .max(50)
    .describe("Mandatory: supporting evidence"),
  systems: z
    .array(
      z.strictObject({
        name: Text(1, 200),
        version: z.string().max(100).optional(),
        provider: z.string().max(200).optional(),
        modality: z.string().max(100).optional(),
        generalPurpose: z.boolean().optional(),
      }),
    )
    .max(20)
    .default([]),
  actors: z
    .array(z.strictObject({ name: Text(1, 200), role: z.enum(ACTOR_ROLES) }))
    .max(50)
    .default([]),
  severity: z.enum(SEVERITIES).describe("Mandatory"),
  harmTypes: z.array(z.enum(HARM_TYPES)).min(1, "choose at least one harm type").describe("Mandatory"),
  quantifiedHarm: z
    .strictObject({
      deaths: z.number().int().min(0).optional(),
      injuries: z.number().int().min(0).optional(),
      peopleAffected: z.number().int().min(0).optional(),
      economicLossUsd: z.number().min(0).optional(),
    })
    .optional(),
  unintendedUse: z.enum(["yes", "no"]).optional().describe("OECD criterion 13: unintended or wrongful use"),
  affectedStakeholders: z.array(z.enum(STAKEHOLDERS)).max(12).default([]),
  businessFunctions: z.array(z.enum(BUSINESS_FUNCTIONS)).max(16).default([]),
  aiTasks: z.array(z.enum(AI_TASKS)).max(8).default([]),
  deploymentBreadth: z.enum(DEPLOYMENT_BREADTH).optional(),
  rightsImpacted: z.array(Text(1, 200)).max(20).default([]),
  industry: z
    .string()
    .regex(/^[A-U](\d{2}(\d{1,2})?)?$/, "must be an ISIC Rev.4 section letter or code, e.g. K or K6419")
    .optional(),
  autonomyLevel: z.enum(AUTONOMY_LEVELS).optional(),
  actionTypes: z.array(z.enum(ACTION_TYPES)).max(6).default([]),
  actionsTaken: z.string().trim().max(5000).optional(),
  sameAs: z
    .array(z.strictObject({ scheme: z.enum(["aiid", "oecd-aim"]), id: Text(1, 100) }))
    .max(10)
    .default([]),
});

export const ReportInput = IncidentFields.extend({
  lang: Lang.describe("Language of title and description"),
  title: Text(3, 300).describe("Mandatory"),
  description: Text(10, 20_000).describe("Mandatory"),
  translations: z.array(Translation).max(10).default([]),
  contact: z
    .strictObject({
      name: z.string().trim().max(200).optional(),
      email: z.email().max(254).optional(),
      phone: z.string().trim().max(50).optional(),
    })
    .optional()
    .describe("Optional; kept in a protected store that only triage analysts can read"),
}).meta({ id: "ReportInput" });
export type ReportInputT = z.infer<typeof ReportInput>;

export const ReportReceipt = z
  .object({
    reportId: z.uuid(),
    reportRef: z.string(),
    incidentId: z.uuid(),
    incidentRef: z.string(),
    status: z.enum(STATUSES),
    uploadToken: z
      .string()
      .describe("Send as x-upload-token to POST /api/v1/reports/{id}/attachments within the hour"),
    uploadUntil: z.string(),
  })
  .meta({ id: "ReportReceipt" });

export const Attachment = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    mediaType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    reportId: z.uuid().nullable().optional(),
    uploadedBy: z.string().optional(),
    createdAt: z.string().optional(),
  })
  .meta({ id: "Attachment" });

export const ImportResult = z
  .object({
    imported: z.number().int(),
    failed: z.number().int(),
    rows: z.array(
      z.object({
        row: z
          .number()
          .int()
          .describe("1-based: the line for CSV (after the header), the array index + 1 for JSON"),
        status: z.enum(["imported", "error"]),
        incidentRef: z.string().optional(),
        errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      }),
    ),
  })
  .meta({ id: "ReportImportResult" });

export const IncidentText = z
  .object({ lang: z.string(), title: z.string(), description: z.string() })
  .meta({ id: "IncidentText" });

/** What the public sees of a published incident: its latest published version. */
export const PublicIncident = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    version: z.number().int(),
    publishedAt: z.string(),
    kind: z.enum(INCIDENT_KINDS),
    severity: z.enum(SEVERITIES),
    aiRelation: z.array(z.string()),
    harmTypes: z.array(z.string()),
    countries: z.array(z.string()),
    industry: z.string().nullable(),
    occurredFrom: z.string().nullable(),
    occurredTo: z.string().nullable(),
    primaryLang: z
      .string()
      .optional()
      .describe("the language the incident was reported in (its text comes first)"),
    texts: z.array(IncidentText),
    details: z.record(z.string(), z.unknown()),
    classifications: z.array(z.object({ namespace: z.string(), key: z.string(), value: z.string() })),
    entities: z
      .array(z.object({ id: z.uuid(), name: z.string(), kind: z.string(), roles: z.array(z.string()) }))
      .optional()
      .describe("developers, deployers, harmed parties... with their roles (versions since entities)"),
    tlp: z.enum(TLP),
  })
  .meta({ id: "PublicIncident" });

export const IncidentSummary = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    status: z.enum(STATUSES),
    version: z.number().int(),
    kind: z.enum(INCIDENT_KINDS),
    severity: z.enum(SEVERITIES),
    title: z.string(),
    lang: z.string(),
    countries: z.array(z.string()),
    harmTypes: z.array(z.string()),
    occurredFrom: z.string().nullable(),
    assigneeId: z.uuid().nullable().optional().describe("analysts' queue only"),
    updatedAt: z.string(),
  })
  .meta({ id: "IncidentSummary" });

export const Facet = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const IncidentPage = page(IncidentSummary)
  .extend({
    totalExact: z
      .boolean()
      .describe(
        "false when more incidents match than a search reads (the 2,000 most recent): total is then that bound, and the facets and the ranking cover those 2,000",
      ),
    facets: z.object({ countries: Facet, severity: Facet, harmTypes: Facet, status: Facet }),
  })
  .meta({ id: "IncidentPage" });

export const IncidentQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  country: Country.optional(),
  severity: z.enum(SEVERITIES).optional(),
  harmType: z.enum(HARM_TYPES).optional(),
  industry: z.string().max(5).optional(),
  from: PartialDate.optional().describe("occurred on or after"),
  to: PartialDate.optional().describe("occurred on or before"),
  status: z.enum(STATUSES).optional().describe("analysts only; the public sees published incidents"),
  assignee: z.enum(["me", "nobody"]).optional().describe("analysts only: my incidents, or unassigned ones"),
  view: z.enum(["public"]).optional().describe("public: the public database, also for a signed-in analyst"),
  ...PageQuery,
});

/** The analysts' view: working texts, status, assignment, and the OECD fields. */
export const IncidentDetail = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    status: z.enum(STATUSES),
    version: z.number().int(),
    kind: z.enum(INCIDENT_KINDS),
    severity: z.enum(SEVERITIES),
    aiRelation: z.array(z.string()),
    harmTypes: z.array(z.string()),
    countries: z.array(z.string()),
    industry: z.string().nullable(),
    occurredFrom: z.string().nullable(),
    occurredTo: z.string().nullable(),
    primaryLang: z.string(),
    texts: z.array(IncidentText),
    details: z.record(z.string(), z.unknown()),
    tlp: z.enum(TLP),
    distribution: z.number().int(),
    assigneeId: z.uuid().nullable(),
    mergedInto: z.uuid().nullable(),
    reportCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: "IncidentDetail" });

export const IncidentUpdate = z
  .strictObject({
    texts: z.array(Translation).min(1).max(10).optional(),
    severity: z.enum(SEVERITIES).optional(),
    harmTypes: z.array(z.enum(HARM_TYPES)).min(1).optional(),
    countries: z.array(Country).max(50).optional(),
    industry: z
      .string()
      .regex(/^[A-U](\d{2}(\d{1,2})?)?$/)
      .nullable()
      .optional(),
    occurredFrom: PartialDate.nullable().optional(),
    occurredTo: PartialDate.nullable().optional(),
    tlp: z.enum(TLP).optional(),
    distribution: z.number().int().min(0).max(4).optional(),
  })
  .meta({ id: "IncidentUpdate" });

export const Transition = z
  .strictObject({
    to: z.enum(["triage", "in-review", "validated", "rejected", "withdrawn"]),
    reason: z.string().max(2000).optional(),
  })
  .meta({ id: "IncidentTransition" });

export const Assign = z.strictObject({ userId: z.uuid().nullable() }).meta({ id: "IncidentAssign" });
export const CommentInput = z.strictObject({ body: Text(1, 10_000) }).meta({ id: "IncidentCommentCreate" });
export const Comment = z
  .object({ id: z.uuid(), authorLabel: z.string(), body: z.string(), createdAt: z.string() })
  .meta({ id: "IncidentComment" });

export const RedactionSuggestion = z
  .object({
    lang: z.string(),
    field: z.string().describe("title, description, or a details path such as details.actors.0.name"),
    start: z.number().int(),
    end: z.number().int(),
    kind: z.string(),
    text: z.string(),
    confidence: z.enum(["high", "medium"]),
    reason: z.string(),
    decision: z.enum(["pending", "redact", "keep"]),
  })
  .meta({ id: "RedactionSuggestion" });

export const RedactionReview = z
  .object({
    suggestions: z.array(RedactionSuggestion),
    pending: z.number().int(),
    preview: z.array(IncidentText),
  })
  .meta({ id: "RedactionReview" });

export const RedactionDecision = z
  .strictObject({
    kind: z.string().min(1).max(30),
    text: z.string().min(1).max(500),
    decision: z.enum(["redact", "keep"]),
  })
  .meta({ id: "RedactionDecision" });

export const PublishInput = z
  .strictObject({
    tlp: z.enum(TLP).optional(),
    distribution: z.number().int().min(0).max(4).optional(),
    sharingGroupId: z.uuid().nullable().optional().describe("The federation sharing group (distribution 4)"),
  })
  .meta({ id: "IncidentPublish" });

export const MergeInput = z.strictObject({ into: z.uuid() }).meta({ id: "IncidentMerge" });

export const DuplicateSuggestionView = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    title: z.string(),
    score: z.number(),
    reasons: z.array(z.object({ kind: z.string(), score: z.number(), detail: z.string() })),
  })
  .meta({ id: "DuplicateSuggestion" });

export const IncidentReportView = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    channel: z.string(),
    lang: z.string(),
    submittedAt: z.string(),
    payload: z.record(z.string(), z.unknown()),
    contact: z
      .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
      .nullable(),
  })
  .meta({ id: "IncidentReport" });

export const IncidentIdParams = z.strictObject({ id: z.uuid() });
