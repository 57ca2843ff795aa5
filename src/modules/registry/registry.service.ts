import { type Actor, REGULATOR_ROLES } from "../../platform/access.ts";
import { appendAudit } from "../../platform/audit.ts";
import type { AppContext } from "../../platform/context.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { uuidv7 } from "../../platform/ids.ts";
import { nextRef } from "../../platform/refs.ts";
import * as tenancy from "../tenancy/tenancy.service.ts";
import {
  classify,
  FACT_VOCABULARY,
  INVOLVEMENT_SCALE,
  RULE_PACKS,
  recommendInvolvement,
  type SystemFacts,
} from "./classify.ts";
import * as repo from "./registry.repo.ts";
import type { SystemCreateT } from "./registry.schemas.ts";
import {
  AI_TYPES,
  DATA_CATEGORIES,
  DECISION_IMPACT,
  INVOLVEMENT,
  LIFECYCLE,
  SCALES,
  SYSTEM_STATUS,
} from "./vocabulary.ts";

const label = (a: Actor) => (a.kind === "user" ? a.email : a.kind === "system" ? a.label : "anonymous");

/** Who sees which systems: the owning organisation; regulators of a jurisdiction it was submitted to; node administrators. */
export function systemScope(actor: Actor): repo.SystemScope {
  if (actor.kind === "system" || (actor.kind === "user" && actor.nodeRole === "node-admin"))
    return { all: true, orgIds: [], jurisdictions: [], publicOnly: false };
  if (actor.kind !== "user") return { all: false, orgIds: [], jurisdictions: [], publicOnly: true };
  return {
    all: false,
    publicOnly: false,
    orgIds: actor.memberships
      .filter((m) => m.role === "org-admin" || m.role === "org-member")
      .map((m) => m.orgId),
    jurisdictions: [
      ...new Set(
        actor.memberships.filter((m) => REGULATOR_ROLES.includes(m.role)).map((m) => m.jurisdiction),
      ),
    ],
  };
}

const canSee = (scope: repo.SystemScope, s: repo.SystemFull) =>
  scope.all ||
  scope.orgIds.includes(s.org_id) ||
  (s.submitted_to ?? []).some((j) => scope.jurisdictions.includes(j));

function canEdit(actor: Actor, orgId: string) {
  if (actor.kind === "system" || (actor.kind === "user" && actor.nodeRole === "node-admin")) return true;
  return (
    actor.kind === "user" &&
    actor.memberships.some((m) => m.orgId === orgId && (m.role === "org-admin" || m.role === "org-member"))
  );
}

const toView = (s: repo.SystemFull) => ({
  id: s.id,
  ref: s.ref,
  orgId: s.org_id,
  orgName: s.org_name,
  name: s.name,
  purpose: s.purpose,
  description: s.description,
  sectors: s.sectors,
  deploymentCountries: s.deployment_countries,
  lifecycleStage: s.lifecycle_stage as "design",
  aiType: s.ai_type as "generative",
  provider: s.provider as { own: boolean },
  dataCategories: s.data_categories,
  affectedScale: s.affected_scale as "thousands",
  decisions: s.decisions,
  decisionImpact: s.decision_impact as "none",
  humanInvolvement: s.human_involvement as "human-in-the-loop",
  useCases: s.use_cases,
  generalPurposeModel: s.general_purpose_model,
  gpaiSystemicRisk: s.gpai_systemic_risk,
  safetyComponentOf: s.safety_component_of,
  profilesNaturalPersons: s.profiles_natural_persons,
  status: s.status as "planned",
  publicSummary: s.public_summary,
  submittedTo: s.submitted_to ?? [],
  version: s.version,
  createdAt: s.created_at.toISOString(),
  updatedAt: s.updated_at.toISOString(),
});

const toPublic = (s: repo.SystemFull) => ({
  id: s.id,
  ref: s.ref,
  orgName: s.org_name,
  name: s.name,
  purpose: s.purpose,
  sectors: s.sectors,
  deploymentCountries: s.deployment_countries,
  publicSummary: s.public_summary ?? "",
});

const fullView = async (ctx: AppContext, id: string) => toView((await repo.getSystem(ctx.db, id))!);

export async function listSystems(ctx: AppContext, actor: Actor, f: repo.SystemFilter) {
  const scope = systemScope(actor);
  const { items, total } = await repo.listSystems(ctx.db, scope, f);
  return {
    items: items.map((s) => (scope.publicOnly ? toPublic(s) : toView(s))),
    total,
    limit: f.limit,
    offset: f.offset,
  };
}

async function requireVisible(ctx: AppContext, actor: Actor, id: string) {
  const s = await repo.getSystem(ctx.db, id);
  const scope = systemScope(actor);
  if (!s || !(canSee(scope, s) || (scope.publicOnly && s.public_summary))) throw notFound("AI system");
  return { s, scope };
}

export async function getSystem(ctx: AppContext, actor: Actor, id: string) {
  const { s, scope } = await requireVisible(ctx, actor, id);
  return canSee(scope, s) ? toView(s) : toPublic(s);
}

const row = (id: string, ref: string, orgId: string, i: Omit<SystemCreateT, "orgId">): repo.SystemRow => ({
  id,
  ref,
  org_id: orgId,
  name: i.name,
  purpose: i.purpose,
  description: i.description,
  sectors: [...new Set(i.sectors)],
  deployment_countries: [...new Set(i.deploymentCountries)],
  lifecycle_stage: i.lifecycleStage,
  ai_type: i.aiType,
  provider: i.provider,
  data_categories: [...new Set(i.dataCategories)],
  affected_scale: i.affectedScale,
  decisions: i.decisions,
  decision_impact: i.decisionImpact,
  human_involvement: i.humanInvolvement,
  use_cases: [...new Set(i.useCases)],
  general_purpose_model: i.generalPurposeModel,
  gpai_systemic_risk: i.gpaiSystemicRisk,
  safety_component_of: i.safetyComponentOf,
  profiles_natural_persons: i.profilesNaturalPersons,
  status: i.status,
  public_summary: i.publicSummary,
});

/** Registers an AI system for one of the actor's organisations. */
export async function createSystem(ctx: AppContext, actor: Actor, input: SystemCreateT) {
  const org = await tenancy.getOrg(ctx, actor, input.orgId).catch(() => undefined);
  if (!org || !canEdit(actor, input.orgId))
    throw forbidden("You can register systems only for your own organisation.");
  const node = await tenancy.nodeInfo(ctx);
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    const ref = await nextRef(trx, `SYS-${node.jurisdiction}-${new Date().getUTCFullYear()}`);
    const r = row(id, ref, input.orgId, input);
    await repo.insertSystem(trx, r);
    await repo.insertHistory(trx, { system_id: id, version: 1, changed_by: label(actor), snapshot: r });
    await appendAudit(trx, actor, {
      action: "system.create",
      targetType: "ai-system",
      targetId: id,
      change: r,
    });
  });
  return fullView(ctx, id);
}

/** Edits a system; every change is a new version in its history. */
export async function updateSystem(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: Partial<Omit<SystemCreateT, "orgId">>,
) {
  const { s } = await requireVisible(ctx, actor, id);
  if (!canEdit(actor, s.org_id)) throw forbidden("Only the owning organisation edits its systems.");
  const current = toView(s);
  const merged = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  } as unknown as Omit<SystemCreateT, "orgId">;
  const next = row(id, s.ref, s.org_id, merged);
  await ctx.db.transaction().execute(async (trx) => {
    const { id: _i, ref: _r, org_id: _o, ...changes } = next;
    await repo.updateSystem(trx, id, changes);
    await repo.insertHistory(trx, {
      system_id: id,
      version: s.version + 1,
      changed_by: label(actor),
      snapshot: next,
    });
    await appendAudit(trx, actor, {
      action: "system.update",
      targetType: "ai-system",
      targetId: id,
      change: patch,
    });
  });
  return fullView(ctx, id);
}

export async function systemHistory(ctx: AppContext, actor: Actor, id: string) {
  const { s, scope } = await requireVisible(ctx, actor, id);
  if (!canSee(scope, s)) throw notFound("AI system");
  return (await repo.history(ctx.db, id)).map((h) => ({
    version: h.version,
    changedAt: h.changed_at.toISOString(),
    changedBy: h.changed_by,
    snapshot: h.snapshot as Record<string, unknown>,
  }));
}

/** Makes a system visible to a jurisdiction's regulator (and only that one). */
export async function submitSystem(ctx: AppContext, actor: Actor, id: string, jurisdiction: string) {
  const { s } = await requireVisible(ctx, actor, id);
  if (!canEdit(actor, s.org_id)) throw forbidden("Only the owning organisation submits its systems.");
  const known = (await tenancy.listJurisdictions(ctx)).some((j) => j.code === jurisdiction);
  if (!known)
    throw new AppError("invalid_input", `Unknown jurisdiction ${jurisdiction}.`, [
      { field: "jurisdiction", message: "unknown" },
    ]);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.submit(trx, id, jurisdiction, label(actor));
    await appendAudit(trx, actor, {
      action: "system.submit",
      targetType: "ai-system",
      targetId: id,
      change: { jurisdiction },
    });
  });
  return fullView(ctx, id);
}

const facts = (s: repo.SystemFull): SystemFacts => ({
  aiType: s.ai_type,
  generalPurposeModel: s.general_purpose_model,
  gpaiSystemicRisk: s.gpai_systemic_risk,
  useCases: s.use_cases,
  safetyComponentOf: s.safety_component_of,
  profilesNaturalPersons: s.profiles_natural_persons,
  dataCategories: s.data_categories,
  affectedScale: s.affected_scale,
  decisionImpact: s.decision_impact,
  sectors: s.sectors,
  deploymentCountries: s.deployment_countries,
});

/** The system's risk picture: the latest ASEAN risk impact assessment and every jurisdiction classifier's result. */
export async function risk(ctx: AppContext, actor: Actor, id: string) {
  const { s, scope } = await requireVisible(ctx, actor, id);
  if (!canSee(scope, s)) throw notFound("AI system");
  const ria = await repo.latestRisk(ctx.db, id);
  const result = ria?.result as ReturnType<typeof recommendInvolvement> | undefined;
  return {
    systemId: id,
    involvement: result
      ? {
          ...result,
          level: result.level as "human-in-the-loop",
          assessedAt: ria!.created_at.toISOString(),
          assessedBy: ria!.created_by,
          currentInvolvement: s.human_involvement as "human-in-the-loop",
          meetsRecommendation: INVOLVEMENT_RANK[s.human_involvement]! >= INVOLVEMENT_RANK[result.level]!,
        }
      : null,
    classifications: RULE_PACKS.map((p) => classify(p, facts(s))),
  };
}

const INVOLVEMENT_RANK: Record<string, number> = {
  "human-out-of-the-loop": 1,
  "human-over-the-loop": 2,
  "human-in-the-loop": 3,
};

/** Records a risk impact assessment (probability and severity of harm on our scale) and returns the new picture. */
export async function assessRisk(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { probability: number; severity: number; notes?: string | undefined },
) {
  const { s } = await requireVisible(ctx, actor, id);
  if (!canEdit(actor, s.org_id)) throw forbidden("Only the owning organisation assesses its systems.");
  const result = recommendInvolvement(INVOLVEMENT_SCALE, {
    probability: input.probability,
    severity: input.severity,
    decisionImpact: s.decision_impact,
  });
  await ctx.db.transaction().execute(async (trx) => {
    const rid = uuidv7();
    await repo.insertRisk(trx, { id: rid, system_id: id, answers: input, result, created_by: label(actor) });
    await appendAudit(trx, actor, {
      action: "system.risk-assessment",
      targetType: "ai-system",
      targetId: id,
      change: { riskAssessmentId: rid, level: result.level },
    });
  });
  return risk(ctx, actor, id);
}

/** The registry's value lists and the classifiers' fact vocabulary, for API clients building forms. */
export function vocabulary() {
  const v = FACT_VOCABULARY;
  return {
    lifecycleStages: [...LIFECYCLE],
    aiTypes: [...AI_TYPES],
    dataCategories: [...DATA_CATEGORIES],
    affectedScales: [...SCALES],
    decisionImpacts: [...DECISION_IMPACT],
    humanInvolvement: [...INVOLVEMENT],
    statuses: [...SYSTEM_STATUS],
    classifierFacts: {
      id: v.id,
      version: v.version,
      title: v.title,
      source: { title: v.source.title, url: v.source.url, date: v.source.date },
      reviewStatus: v.review?.status ?? "draft",
    },
    useCases: v.useCases.map(({ euAiAct, ...u }) => (euAiAct ? { ...u, euAiAct } : u)),
    annexIProductAreas: v.annexIProductAreas,
    isicSections: v.isicSections,
  };
}

/** Our risk impact scale (probability, severity, the recommendation's rules), as the content file says. */
export function riskScale() {
  const { review, ...scale } = INVOLVEMENT_SCALE;
  return { ...scale, ours: true as const, reviewStatus: review?.status ?? "draft" };
}
