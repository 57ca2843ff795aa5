import { z } from "zod";
import { PageQuery, page } from "../../platform/http-schemas.ts";
import {
  AI_TYPES,
  DATA_CATEGORIES,
  DECISION_IMPACT,
  INVOLVEMENT,
  LIFECYCLE,
  SCALES,
  SYSTEM_STATUS,
} from "./vocabulary.ts";

const Country = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code");
const Isic = z
  .string()
  .regex(/^[A-U](\d{2}(\d{1,2})?)?$/, "must be an ISIC Rev.4 section letter or code, e.g. N or N7830");
const UseCase = z
  .string()
  .regex(/^[a-z0-9-]{2,60}$/, "must be a use-case id from content/rulepacks/use-cases.json");

const SystemFields = {
  name: z.string().trim().min(1).max(200),
  purpose: z.string().trim().min(3).max(1000),
  description: z.string().trim().max(10_000).default(""),
  sectors: z.array(Isic).max(10).default([]),
  deploymentCountries: z.array(Country).max(50).default([]),
  lifecycleStage: z.enum(LIFECYCLE),
  aiType: z.enum(AI_TYPES),
  provider: z
    .strictObject({
      own: z.boolean().describe("Built in-house (true) or from a third party (false)"),
      name: z.string().trim().max(200).optional(),
      model: z.string().trim().max(200).optional(),
      modelVersion: z.string().trim().max(100).optional(),
    })
    .default({ own: true }),
  dataCategories: z.array(z.enum(DATA_CATEGORIES)).default([]),
  affectedScale: z.enum(SCALES),
  decisions: z.string().trim().max(2000).default("").describe("Decisions the system influences"),
  decisionImpact: z.enum(DECISION_IMPACT),
  humanInvolvement: z.enum(INVOLVEMENT).describe("The human involvement in place today"),
  useCases: z.array(UseCase).max(20).default([]),
  generalPurposeModel: z.boolean().default(false),
  gpaiSystemicRisk: z.boolean().default(false),
  safetyComponentOf: z.string().max(60).nullable().default(null),
  profilesNaturalPersons: z.boolean().default(false),
  status: z.enum(SYSTEM_STATUS).default("planned"),
  publicSummary: z.string().trim().max(2000).nullable().default(null).describe("Shown publicly when set"),
};

export const SystemCreate = z
  .strictObject({ orgId: z.uuid(), ...SystemFields })
  .meta({ id: "AiSystemCreate" });
export type SystemCreateT = z.infer<typeof SystemCreate>;

const partial = Object.fromEntries(
  Object.entries(SystemFields).map(([k, v]) => [k, (v as z.ZodType).optional()]),
) as {
  [K in keyof typeof SystemFields]: z.ZodOptional<(typeof SystemFields)[K]>;
};
export const SystemUpdate = z.strictObject(partial).meta({ id: "AiSystemUpdate" });

export const AiSystem = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    orgId: z.uuid(),
    orgName: z.string(),
    name: z.string(),
    purpose: z.string(),
    description: z.string(),
    sectors: z.array(z.string()),
    deploymentCountries: z.array(z.string()),
    lifecycleStage: z.enum(LIFECYCLE),
    aiType: z.enum(AI_TYPES),
    provider: z.object({
      own: z.boolean(),
      name: z.string().optional(),
      model: z.string().optional(),
      modelVersion: z.string().optional(),
    }),
    dataCategories: z.array(z.string()),
    affectedScale: z.enum(SCALES),
    decisions: z.string(),
    decisionImpact: z.enum(DECISION_IMPACT),
    humanInvolvement: z.enum(INVOLVEMENT),
    useCases: z.array(z.string()),
    generalPurposeModel: z.boolean(),
    gpaiSystemicRisk: z.boolean(),
    safetyComponentOf: z.string().nullable(),
    profilesNaturalPersons: z.boolean(),
    status: z.enum(SYSTEM_STATUS),
    publicSummary: z.string().nullable(),
    submittedTo: z.array(z.string()),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "AiSystem" });

export const PublicSystem = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    orgName: z.string(),
    name: z.string(),
    purpose: z.string(),
    sectors: z.array(z.string()),
    deploymentCountries: z.array(z.string()),
    publicSummary: z.string(),
  })
  .meta({ id: "PublicAiSystem" });

export const SystemPage = page(AiSystem.or(PublicSystem)).meta({ id: "AiSystemPage" });

export const SystemQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  orgId: z.uuid().optional(),
  status: z.enum(SYSTEM_STATUS).optional(),
  aiType: z.enum(AI_TYPES).optional(),
  country: Country.optional(),
  ...PageQuery,
});

export const SubmitInput = z
  .strictObject({
    jurisdiction: z.string().regex(/^([A-Z]{2}|ASEAN)$/, "must be a member state code or ASEAN"),
  })
  .meta({ id: "AiSystemSubmit" });

export const HistoryEntry = z
  .object({
    version: z.number().int(),
    changedAt: z.string(),
    changedBy: z.string(),
    snapshot: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AiSystemHistoryEntry" });

export const RiskInput = z
  .strictObject({
    probability: z
      .number()
      .int()
      .min(1)
      .max(5)
      .describe("Probability of harm, 1 (rare) to 5 (almost certain): ASEAN AI Safe's own scale"),
    severity: z
      .number()
      .int()
      .min(1)
      .max(5)
      .describe("Severity of harm, 1 (negligible) to 5 (severe): ASEAN AI Safe's own scale"),
    notes: z.string().max(5000).optional(),
  })
  .meta({ id: "RiskImpactAssessmentInput" });

const Cite = z.object({ ref: z.string(), control: z.string().optional() });
export const RiskResult = z
  .object({
    systemId: z.uuid(),
    involvement: z
      .object({
        scale: z.object({ id: z.string(), version: z.string(), ours: z.literal(true), note: z.string() }),
        probability: z.object({ value: z.number(), label: z.string() }),
        severity: z.object({ value: z.number(), label: z.string() }),
        score: z.number(),
        level: z.enum(INVOLVEMENT),
        levelLabel: z.string(),
        reasoning: z.array(z.string()),
        basis: z.string(),
        assessedAt: z.string(),
        assessedBy: z.string(),
        currentInvolvement: z.enum(INVOLVEMENT),
        meetsRecommendation: z.boolean(),
      })
      .nullable()
      .describe("null until a risk impact assessment is recorded"),
    classifications: z.array(
      z.object({
        classifier: z.string(),
        version: z.string(),
        title: z.string(),
        jurisdiction: z.string(),
        framework: z.string().nullable(),
        reviewStatus: z.string(),
        tier: z.string(),
        tierLabel: z.string(),
        fired: z.array(
          z.object({
            id: z.string(),
            tier: z.string(),
            cites: z.array(Cite),
            explanation: z.string(),
            dependsOnDecree: z.boolean(),
            verification: z.string(),
          }),
        ),
        flags: z.array(
          z.object({
            id: z.string(),
            cites: z.array(Cite),
            explanation: z.string(),
            dependsOnDecree: z.boolean(),
          }),
        ),
        dependsOnPendingDecree: z.boolean(),
      }),
    ),
  })
  .meta({ id: "AiSystemRisk" });

const Verification = z.string().describe('"verified" against the cited source, or "unverified"');
export const RegistryVocabulary = z
  .object({
    lifecycleStages: z.array(z.enum(LIFECYCLE)),
    aiTypes: z.array(z.enum(AI_TYPES)),
    dataCategories: z.array(z.enum(DATA_CATEGORIES)),
    affectedScales: z.array(z.enum(SCALES)),
    decisionImpacts: z.array(z.enum(DECISION_IMPACT)),
    humanInvolvement: z.array(z.enum(INVOLVEMENT)),
    statuses: z.array(z.enum(SYSTEM_STATUS)),
    classifierFacts: z
      .object({
        id: z.string(),
        version: z.string(),
        title: z.string(),
        source: z.object({ title: z.string(), url: z.string(), date: z.string() }),
        reviewStatus: z.string(),
      })
      .describe("The content file (content/rulepacks/use-cases.json) the next three lists come from"),
    useCases: z.array(
      z.object({
        id: z.string(),
        group: z.string(),
        label: z.string(),
        description: z.string(),
        note: z.string().optional(),
        euAiAct: z
          .object({ ref: z.string(), control: z.string(), route: z.string(), verification: Verification })
          .optional()
          .describe("The EU AI Act provision the use case stands for, when there is one"),
      }),
    ),
    annexIProductAreas: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        section: z.string(),
        annexIPoints: z.array(z.number()),
        legislation: z.array(z.string()),
        note: z.string().optional(),
        verification: Verification,
      }),
    ),
    isicSections: z.array(
      z.object({
        letter: z.string(),
        label: z.string(),
        verification: Verification,
        verificationNote: z.string().optional(),
      }),
    ),
  })
  .meta({ id: "RegistryVocabulary" });

export const RiskScale = z
  .object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    ours: z.literal(true).describe("The 1-5 scales and thresholds are ASEAN AI Safe's own, not the Guide's"),
    basis: z.object({ title: z.string(), section: z.string(), note: z.string() }),
    reviewStatus: z.string(),
    probability: z.array(z.object({ value: z.number().int(), label: z.string(), description: z.string() })),
    severity: z.array(z.object({ value: z.number().int(), label: z.string(), description: z.string() })),
    levels: z.array(z.object({ id: z.enum(INVOLVEMENT), label: z.string(), description: z.string() })),
    rules: z
      .array(
        z.object({
          level: z.enum(INVOLVEMENT),
          severityAtLeast: z.number().int().optional(),
          probabilityAtLeast: z.number().int().optional(),
          scoreAtLeast: z.number().int().optional(),
          decisionImpact: z.array(z.enum(DECISION_IMPACT)).optional(),
          reason: z.string(),
        }),
      )
      .describe("Checked in order; the first whose conditions all hold gives the recommendation"),
  })
  .meta({ id: "RiskScale" });
