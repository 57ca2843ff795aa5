import { type Actor, REGULATOR_ROLES } from "../../platform/access.ts";
import { appendAudit } from "../../platform/audit.ts";
import type { AppContext } from "../../platform/context.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { uuidv7 } from "../../platform/ids.ts";
import { nextRef } from "../../platform/refs.ts";
import type { SharingT } from "../federation/federation.schemas.ts";
import * as federation from "../federation/federation.service.ts";
import * as registry from "../registry/registry.service.ts";
import * as tenancy from "../tenancy/tenancy.service.ts";
import { parseCodeCarbon } from "./codecarbon.ts";
import { type Estimate, estimate, type WorkloadInput } from "./estimate.ts";
import { annexXiFields, ghgStatement, sciStatement } from "./exports.ts";
import { type AnyGridFactorSet, FACTOR_SETS, type FactorLookup, libraryView, lookupFor } from "./factors.ts";
import * as repo from "./footprints.repo.ts";
import type { GridFactorSetInputT } from "./footprints.schemas.ts";

const label = (a: Actor) => (a.kind === "user" ? a.email : a.kind === "system" ? a.label : "anonymous");

/** Grid factor sets: shipped in content/factors, then those node administrators added (oldest first). */
async function factorSets(ctx: AppContext): Promise<AnyGridFactorSet[]> {
  const added = await repo.listFactorSets(ctx.db);
  return [...FACTOR_SETS.values(), ...added.map((r) => r.body as unknown as AnyGridFactorSet)];
}

/** The default set: the latest year; on a tie, the one added last. */
const latest = (sets: AnyGridFactorSet[]) => sets.reduce((a, b) => (b.year >= a.year ? b : a));

/** The factors for an estimate: a named grid factor set, or the latest. */
export async function factorsFor(ctx: AppContext, setId?: string): Promise<FactorLookup> {
  const sets = await factorSets(ctx);
  const set = setId === undefined ? latest(sets) : sets.find((s) => s.id === setId);
  if (!set)
    throw new AppError("invalid_input", `No factor set ${setId}.`, [
      { field: "factorSet", message: `"${setId}" is not a factor set of this node.` },
    ]);
  return lookupFor(set);
}

/** The factor library for the calculator, with the default set. */
export async function library(ctx: AppContext) {
  const sets = await factorSets(ctx);
  return libraryView(sets, latest(sets).id);
}

/** Adds a grid factor set (node administrators); it becomes the default when its year is the latest. */
export async function addFactorSet(ctx: AppContext, actor: Actor, input: GridFactorSetInputT) {
  if (!(actor.kind === "system" || (actor.kind === "user" && actor.nodeRole === "node-admin")))
    throw forbidden("Only node administrators add factor sets.");
  if (FACTOR_SETS.has(input.id) || (await repo.factorSetExists(ctx.db, input.id)))
    throw new AppError("conflict", `Factor set ${input.id} exists; give a new id for a new set.`, [
      { field: "id", message: "already exists" },
    ]);
  const mismatched = Object.entries(input.countries).filter(([, c]) => c.year > input.year);
  if (mismatched.length)
    throw new AppError(
      "invalid_input",
      "A country's year is after the set's year.",
      mismatched.map(([code]) => ({
        field: `countries.${code}.year`,
        message: `after the set's year ${input.year}`,
      })),
    );
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertFactorSet(trx, {
      id: input.id,
      version: input.version,
      year: input.year,
      body: input,
      created_by: label(actor),
    });
    await appendAudit(trx, actor, {
      action: "footprint.factor-set.add",
      targetType: "factor-set",
      targetId: input.id,
      change: { version: input.version, year: input.year, countries: Object.keys(input.countries) },
    });
  });
  return library(ctx);
}

async function ownSystem(ctx: AppContext, actor: Actor, systemId: string) {
  const s = await registry.getSystem(ctx, actor, systemId);
  const owner =
    actor.kind === "system" ||
    (actor.kind === "user" &&
      (actor.nodeRole === "node-admin" ||
        actor.memberships.some(
          (m) => "orgId" in s && m.orgId === s.orgId && (m.role === "org-admin" || m.role === "org-member"),
        )));
  if (!("orgId" in s) || !owner)
    throw forbidden("Only the owning organisation reports its systems' footprints.");
  return s;
}

const view = (r: Awaited<ReturnType<typeof repo.getReport>> & object) => ({
  id: r.id,
  ref: r.ref,
  systemId: r.system_id,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  kind: r.kind as "training",
  source: r.source as "estimate",
  methodTier: r.method_tier,
  country: r.country,
  energyKWh: r.energy_kwh,
  co2eKg: r.co2e_kg,
  co2eMarketKg: r.co2e_market_kg,
  waterLitres: { onSite: r.water_onsite_l, offSite: r.water_offsite_l },
  requests: r.requests,
  tokens: r.tokens,
  factorSet: { id: r.factor_set, version: r.factor_version },
  submittedTo: r.submitted_to,
  details: r.details,
  createdAt: r.created_at.toISOString(),
});

async function store(
  ctx: AppContext,
  actor: Actor,
  s: { id: string; orgId: string; sectors: string[] },
  p: {
    periodStart: string;
    periodEnd: string;
    kind: "training" | "inference";
    source: "estimate" | "codecarbon";
    country: string;
    requests?: number | undefined;
    tokens?: number | undefined;
  },
  e: Estimate,
  details: Record<string, unknown>,
) {
  const node = await tenancy.nodeInfo(ctx);
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    const ref = await nextRef(trx, `FPR-${node.jurisdiction}-${p.periodStart.slice(0, 4)}`);
    await repo.insertReport(trx, {
      id,
      ref,
      system_id: s.id,
      org_id: s.orgId,
      period_start: p.periodStart,
      period_end: p.periodEnd,
      kind: p.kind,
      source: p.source,
      method_tier: e.methodTier,
      country: e.factorSet.intensity.country,
      sector: s.sectors[0] ?? null,
      energy_kwh: e.energyKWh.value,
      co2e_kg: e.co2eKg.locationBased.value,
      co2e_market_kg: e.co2eKg.marketBased?.value ?? null,
      water_onsite_l: e.water.onSiteLitres,
      water_offsite_l: e.water.offSiteLitres,
      requests: p.requests ?? null,
      tokens: p.tokens ?? null,
      factor_set: e.factorSet.id,
      factor_version: e.factorSet.version,
      details: { ...details, estimate: e },
      created_by: label(actor),
    });
    await appendAudit(trx, actor, {
      action: "footprint.create",
      targetType: "footprint-report",
      targetId: id,
      change: { systemId: s.id, source: p.source, energyKWh: e.energyKWh.value },
    });
  });
  return view((await repo.getReport(ctx.db, id))!);
}

/** A footprint report for a system and period, from a workload description (the estimators). */
export async function reportFromEstimate(
  ctx: AppContext,
  actor: Actor,
  systemId: string,
  input: {
    periodStart: string;
    periodEnd: string;
    workload: WorkloadInput & { factorSet?: string | undefined };
  },
) {
  const s = await ownSystem(ctx, actor, systemId);
  const e = estimate(input.workload, await factorsFor(ctx, input.workload.factorSet));
  const tokens =
    input.workload.requests && input.workload.outputTokensPerRequest
      ? input.workload.requests * input.workload.outputTokensPerRequest
      : undefined;
  return store(
    ctx,
    actor,
    s,
    {
      ...input,
      kind: input.workload.kind,
      source: "estimate",
      country: input.workload.country,
      requests: input.workload.requests,
      tokens,
    },
    e,
    { workload: input.workload },
  );
}

/** A footprint report from CodeCarbon's emissions.csv: metered energy summed over the runs; bad lines reported. */
export async function importCodeCarbon(
  ctx: AppContext,
  actor: Actor,
  systemId: string,
  csv: string,
  opts: { kind: "training" | "inference"; country?: string | undefined },
) {
  const s = await ownSystem(ctx, actor, systemId);
  const { runs, errors } = parseCodeCarbon(csv);
  if (!runs.length)
    throw new AppError(
      "invalid_input",
      "No usable run in the file.",
      errors.map((e) => ({ field: `line ${e.line}: ${e.field}`, message: e.message })),
    );
  const countries = [...new Set(runs.map((r) => r.country).filter((c): c is string => Boolean(c)))];
  const country = opts.country ?? countries[0];
  if (!country)
    throw new AppError("invalid_input", "The runs name no country: give one.", [
      { field: "country", message: "required" },
    ]);
  if (countries.length > 1 && !opts.country)
    throw new AppError(
      "invalid_input",
      `The runs are in several countries (${countries.join(", ")}): import them per country.`,
      [{ field: "country", message: "several" }],
    );
  const pues = [...new Set(runs.map((r) => r.pue).filter((p): p is number => p !== null && p >= 1))];
  const energy = runs.reduce((n, r) => n + r.energyKWh, 0);
  // CodeCarbon multiplies by its PUE when one was set: the energy is then facility energy.
  const e = estimate(
    {
      kind: opts.kind,
      country,
      meteredKWh: energy,
      ...(pues.length === 1 ? { pue: pues[0], measuredBoundary: "facility" as const } : {}),
    },
    await factorsFor(ctx),
  );
  const times = runs.map((r) => r.timestamp).sort();
  return {
    report: await store(
      ctx,
      actor,
      s,
      {
        periodStart: times[0]!.slice(0, 10),
        periodEnd: times[times.length - 1]!.slice(0, 10),
        kind: opts.kind,
        source: "codecarbon",
        country,
      },
      e,
      {
        runs: runs.length,
        durationHours: runs.reduce((n, r) => n + r.durationHours, 0),
        codecarbonEmissionsKg: runs.reduce((n, r) => n + (r.emissionsKg ?? 0), 0),
        gpuModels: [...new Set(runs.map((r) => r.gpuModel).filter(Boolean))],
      },
    ),
    errors,
  };
}

/** A system's full record, or not found for those who see only its public summary. */
async function fullSystem(ctx: AppContext, actor: Actor, systemId: string) {
  const s = await registry.getSystem(ctx, actor, systemId);
  if (!("orgId" in s)) throw notFound("AI system");
  return s;
}

export async function listReports(ctx: AppContext, actor: Actor, systemId: string) {
  await fullSystem(ctx, actor, systemId);
  return (await repo.listForSystem(ctx.db, systemId)).map(view);
}

/** A report and its system, for those who see the system in full (its organisation, regulators it was submitted to). */
async function readable(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.getReport(ctx.db, id);
  if (!row) throw notFound("Footprint report");
  const s = await fullSystem(ctx, actor, row.system_id);
  return [view(row), { ref: s.ref, name: s.name, generalPurposeModel: s.generalPurposeModel }] as const;
}

/** The report's SCI statement. */
export const sci = async (ctx: AppContext, actor: Actor, id: string) =>
  sciStatement(...(await readable(ctx, actor, id)));

/** The report's EU AI Act Annex XI energy fields. */
export const annexXi = async (ctx: AppContext, actor: Actor, id: string) =>
  annexXiFields(...(await readable(ctx, actor, id)));

/** The report's GHG-Protocol-style scope 2 / scope 3 statement. */
export const ghg = async (ctx: AppContext, actor: Actor, id: string, operator?: "own" | "provider") =>
  ghgStatement(...(await readable(ctx, actor, id)), operator);

/** Submits a footprint report to a jurisdiction's regulator (it then counts in regional totals). */
export async function submitReport(ctx: AppContext, actor: Actor, id: string, jurisdiction: string) {
  const r = await repo.getReport(ctx.db, id);
  if (!r) throw notFound("Footprint report");
  await ownSystem(ctx, actor, r.system_id);
  if (!(await tenancy.listJurisdictions(ctx)).some((j) => j.code === jurisdiction)) {
    throw new AppError("invalid_input", `Unknown jurisdiction ${jurisdiction}.`, [
      { field: "jurisdiction", message: "unknown" },
    ]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.addSubmission(trx, id, jurisdiction);
    await appendAudit(trx, actor, {
      action: "footprint.submit",
      targetType: "footprint-report",
      targetId: id,
      change: { jurisdiction },
    });
  });
  return view((await repo.getReport(ctx.db, id))!);
}

/**
 * Regional totals of submitted footprint reports, for regulators (their jurisdictions) and the
 * Secretariat (all): sums of energy, emissions and water; intensity = total emissions / total units.
 */
export async function regional(
  ctx: AppContext,
  actor: Actor,
  f: { from?: string | undefined; to?: string | undefined; groupBy: repo.GroupBy },
) {
  if (actor.kind !== "user" && actor.kind !== "system")
    throw new AppError("not_signed_in", "Sign in as a regulator.");
  const regulated =
    actor.kind === "user"
      ? [
          ...new Set(
            actor.memberships.filter((m) => REGULATOR_ROLES.includes(m.role)).map((m) => m.jurisdiction),
          ),
        ]
      : [];
  const all =
    actor.kind === "system" ||
    (actor.kind === "user" && actor.nodeRole === "node-admin") ||
    regulated.includes("ASEAN");
  if (!all && !regulated.length) throw forbidden("Regional totals are for regulators and the Secretariat.");
  const rows = await repo.regional(ctx.db, { all, jurisdictions: regulated }, f);
  const groups = rows.map((r) => ({
    key: r.key,
    reports: Number(r.reports),
    energyKWh: Number(r.energy_kwh),
    co2eKg: Number(r.co2e_kg),
    waterLitres: Number(r.water_l),
    requests: r.requests === null ? null : Number(r.requests),
    gCO2ePer1000Requests: r.requests
      ? (Number(r.co2e_kg_with_requests) * 1000 * 1000) / Number(r.requests)
      : null,
  }));
  const sum = (k: "energyKWh" | "co2eKg" | "waterLitres" | "reports") => groups.reduce((n, g) => n + g[k], 0);
  return {
    groupBy: f.groupBy,
    scope: all ? ["ASEAN"] : regulated,
    groups,
    totals: {
      reports: sum("reports"),
      energyKWh: sum("energyKWh"),
      co2eKg: sum("co2eKg"),
      waterLitres: sum("waterLitres"),
    },
  };
}

// ---------- sharing a submitted report with the network ----------

/** A submitted report that the actor, an administrator of its organisation (or of the node), may share. */
async function shareable(ctx: AppContext, actor: Actor, id: string) {
  const r = await repo.getReport(ctx.db, id);
  if (!r) throw notFound("Footprint report");
  const s = await ownSystem(ctx, actor, r.system_id);
  const admin =
    actor.kind === "system" ||
    (actor.kind === "user" &&
      (actor.nodeRole === "node-admin" ||
        actor.memberships.some((m) => m.orgId === r.org_id && m.role === "org-admin")));
  if (!admin) throw forbidden("Only the organisation's administrators share its footprint reports.");
  return { r, system: s };
}

type StoredReport = NonNullable<Awaited<ReturnType<typeof repo.getReport>>>;

/** The figures that travel: no personal data (no author, no free-text details). */
function reportRecord(r: StoredReport, system: { name: string }) {
  return {
    title: `Footprint report ${r.ref}: ${system.name}`,
    content: {
      ref: r.ref,
      system: { name: system.name },
      period: { start: r.period_start, end: r.period_end },
      kind: r.kind,
      source: r.source,
      methodTier: r.method_tier,
      country: r.country,
      sector: r.sector,
      energyKWh: r.energy_kwh,
      co2eKg: { locationBased: r.co2e_kg, marketBased: r.co2e_market_kg },
      waterLitres: { onSite: r.water_onsite_l, offSite: r.water_offsite_l },
      requests: r.requests,
      tokens: r.tokens,
      factorSet: { id: r.factor_set, version: r.factor_version },
      submittedTo: r.submitted_to,
    } as Record<string, unknown>,
  };
}

export async function shareState(ctx: AppContext, actor: Actor, id: string) {
  await shareable(ctx, actor, id);
  return { shared: await federation.localShareState(ctx, id), groups: await federation.groupChoices(ctx) };
}

export async function previewShare(ctx: AppContext, actor: Actor, id: string, sharing: SharingT) {
  const { r, system } = await shareable(ctx, actor, id);
  return federation.previewShare(ctx, {
    id,
    type: "footprint-report",
    ownerOrg: r.org_id,
    title: reportRecord(r, system).title,
    sharing: federation.normalisedSharing(sharing),
  });
}

/** Shares a submitted report's figures with the network (again: a new version when they or the sharing changed). */
export async function shareReport(ctx: AppContext, actor: Actor, id: string, sharing: SharingT) {
  const { r, system } = await shareable(ctx, actor, id);
  if (r.submitted_to.length === 0)
    throw new AppError("conflict", "Submit the report to a regulator before sharing it with the network.");
  const input = {
    id,
    type: "footprint-report" as const,
    ownerOrg: r.org_id,
    ...reportRecord(r, system),
    sharing: federation.normalisedSharing(sharing),
    containsPersonalData: false,
    personalDataRedacted: false,
  };
  await federation.shareAudited(ctx, actor, input, {
    action: "footprint.share",
    targetType: "footprint-report",
  });
  return shareState(ctx, actor, id);
}

/** Withdraws the shared report from every peer (a signed retraction). */
export async function unshareReport(ctx: AppContext, actor: Actor, id: string) {
  await shareable(ctx, actor, id);
  await federation.unshareAudited(ctx, actor, id, {
    action: "footprint.unshare",
    targetType: "footprint-report",
    notShared: "This footprint report is not shared.",
  });
  return shareState(ctx, actor, id);
}
