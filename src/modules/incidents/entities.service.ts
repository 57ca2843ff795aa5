import type { Actor } from "../../platform/access.ts";
import { appendAudit } from "../../platform/audit.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Executor } from "../../platform/db/index.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { uuidv7 } from "../../platform/ids.ts";
import { toTsquery, weightedTsvector, words } from "../../platform/text.ts";
import * as repo from "./entities.repo.ts";
import type { EntityInputT, EntityUpdateT } from "./entities.schemas.ts";
import * as incidentsRepo from "./incidents.repo.ts";
import { MovedPermanently, refreshDerived, requireAnalyst } from "./incidents.service.ts";

/** An entity's name for comparison: its words, segmented and folded (so "PT  Kredit-Kilat" = "pt kredit kilat"). */
const norm = (name: string) => words(name).join(" ");

const searchOf = (name: string, aliases: string[]) =>
  weightedTsvector([
    ["A", [name]],
    ["B", aliases],
  ]);

const view = (e: repo.EntityFull) => ({
  id: e.id,
  name: e.name,
  kind: e.kind as "company",
  aliases: e.aliases,
  country: e.country,
  url: e.url,
  incidentCount: Number(e.incident_count),
  createdAt: e.created_at.toISOString(),
  updatedAt: e.updated_at.toISOString(),
});

/** Aliases without repeats, without the name itself. */
function cleanAliases(name: string, aliases: string[]) {
  const seen = new Set([norm(name)]);
  const out: { alias: string; norm: string }[] = [];
  for (const alias of aliases) {
    const n = norm(alias);
    if (!n || seen.has(n)) continue;
    seen.add(n);
    out.push({ alias, norm: n });
  }
  return out;
}

/** Refuses a name or alias that another entity already carries (the analyst should link or merge instead). */
async function checkUnique(db: Executor, name: string, aliases: { norm: string }[], self: string | null) {
  const taken = await repo.sameName(db, [norm(name), ...aliases.map((a) => a.norm)], self);
  if (taken)
    throw new AppError("conflict", `Entity ${taken.name} (${taken.id}) already has this name or alias.`, [
      { field: "name", message: `already used by entity ${taken.id}` },
    ]);
}

export async function listEntities(
  ctx: AppContext,
  actor: Actor,
  q: { q?: string | undefined; kind?: string | undefined; limit: number; offset: number },
) {
  await requireAnalyst(ctx, actor);
  const tsq = q.q ? toTsquery(q.q) : undefined;
  if (q.q && !tsq) return { items: [], total: 0, limit: q.limit, offset: q.offset };
  const r = await repo.listEntities(ctx.db, q, tsq);
  return { items: r.items.map(view), total: r.total, limit: q.limit, offset: q.offset };
}

/** An entity; a merged one answers with where it went (a permanent redirect for clients). */
export async function getEntity(ctx: AppContext, actor: Actor, id: string) {
  await requireAnalyst(ctx, actor);
  const e = await repo.getEntity(ctx.db, id);
  if (!e) throw notFound("Entity");
  if (e.merged_into) throw new MovedPermanently(e.merged_into);
  return view(e);
}

export async function createEntity(ctx: AppContext, actor: Actor, input: EntityInputT) {
  await requireAnalyst(ctx, actor);
  const id = uuidv7();
  const aliases = cleanAliases(input.name, input.aliases);
  await ctx.db.transaction().execute(async (trx) => {
    await checkUnique(trx, input.name, aliases, null);
    await repo.insertEntity(trx, {
      id,
      name: input.name,
      norm: norm(input.name),
      kind: input.kind,
      country: input.country ?? null,
      url: input.url ?? null,
      search: searchOf(
        input.name,
        aliases.map((a) => a.alias),
      ),
    });
    await repo.replaceAliases(trx, id, aliases);
    await appendAudit(trx, actor, {
      action: "entity.create",
      targetType: "entity",
      targetId: id,
      change: input,
    });
  });
  return getEntity(ctx, actor, id);
}

async function requireOpenEntity(trx: Executor, id: string, field?: string) {
  const e = await repo.getEntityForUpdate(trx, id);
  if (!e)
    throw field
      ? new AppError("invalid_input", "The entity does not exist.", [{ field, message: "unknown entity" }])
      : notFound("Entity");
  if (e.merged_into)
    throw new AppError("conflict", `This entity was merged into ${e.merged_into}; use that one.`, [
      { field: field ?? "id", message: `merged into ${e.merged_into}` },
    ]);
  return e;
}

/** The incidents that show an entity's names (fingerprint, search) are recomputed when they change. */
async function refreshIncidentsOf(trx: Executor, entityId: string) {
  for (const incidentId of await repo.incidentsOf(trx, entityId)) await refreshDerived(trx, incidentId);
}

export async function updateEntity(ctx: AppContext, actor: Actor, id: string, patch: EntityUpdateT) {
  await requireAnalyst(ctx, actor);
  await ctx.db.transaction().execute(async (trx) => {
    const e = await requireOpenEntity(trx, id);
    const name = patch.name ?? e.name;
    const aliases = cleanAliases(name, patch.aliases ?? (await repo.aliasesOf(trx, id)));
    await checkUnique(trx, name, aliases, id);
    await repo.updateEntity(trx, id, {
      name,
      norm: norm(name),
      ...(patch.kind ? { kind: patch.kind } : {}),
      ...(patch.country !== undefined ? { country: patch.country } : {}),
      ...(patch.url !== undefined ? { url: patch.url } : {}),
      search: searchOf(
        name,
        aliases.map((a) => a.alias),
      ),
    });
    await repo.replaceAliases(trx, id, aliases);
    if (patch.name || patch.aliases) await refreshIncidentsOf(trx, id);
    await appendAudit(trx, actor, {
      action: "entity.update",
      targetType: "entity",
      targetId: id,
      change: patch,
    });
  });
  return getEntity(ctx, actor, id);
}

/**
 * Merges an entity into another: the other takes its name and aliases as aliases, its links to
 * incidents move over, and its id redirects there for good.
 */
export async function mergeEntity(ctx: AppContext, actor: Actor, id: string, into: string) {
  await requireAnalyst(ctx, actor);
  if (id === into)
    throw new AppError("invalid_input", "An entity cannot be merged into itself.", [
      { field: "into", message: "same entity" },
    ]);
  await ctx.db.transaction().execute(async (trx) => {
    const source = await requireOpenEntity(trx, id);
    const target = await requireOpenEntity(trx, into, "into");
    const aliases = cleanAliases(target.name, [
      ...(await repo.aliasesOf(trx, into)),
      source.name,
      ...(await repo.aliasesOf(trx, id)),
    ]);
    await repo.replaceAliases(trx, into, aliases);
    await repo.updateEntity(trx, into, {
      search: searchOf(
        target.name,
        aliases.map((a) => a.alias),
      ),
      ...(target.country || !source.country ? {} : { country: source.country }),
      ...(target.url || !source.url ? {} : { url: source.url }),
    });
    await repo.moveLinks(trx, "entity_id", id, into);
    await repo.updateEntity(trx, id, { merged_into: into });
    await repo.redirectMerged(trx, id, into);
    await refreshIncidentsOf(trx, into);
    await appendAudit(trx, actor, {
      action: "entity.merge",
      targetType: "entity",
      targetId: id,
      change: { into, sourceName: source.name, targetName: target.name },
    });
  });
  return getEntity(ctx, actor, into);
}

export async function incidentEntities(ctx: AppContext, actor: Actor, incidentId: string) {
  await requireAnalyst(ctx, actor);
  if (!(await incidentsRepo.getIncident(ctx.db, incidentId))) throw notFound("Incident");
  return (await repo.linksOf(ctx.db, incidentId)).map((l) => ({
    entityId: l.id,
    name: l.name,
    kind: l.kind as "company",
    aliases: l.aliases,
    role: l.role as "developer",
  }));
}

/** Sets an incident's entities with their roles (a merged entity's id stands for the one it went into). */
export async function setIncidentEntities(
  ctx: AppContext,
  actor: Actor,
  incidentId: string,
  links: { entityId: string; role: string }[],
) {
  await requireAnalyst(ctx, actor);
  await ctx.db.transaction().execute(async (trx) => {
    const i = await incidentsRepo.getIncidentForUpdate(trx, incidentId);
    if (!i) throw notFound("Incident");
    if (i.merged_into)
      throw new AppError("conflict", "This incident was merged into another; edit that one.");
    const current = await repo.resolve(
      trx,
      links.map((l) => l.entityId),
    );
    const errors = links.flatMap((l, n) =>
      current.has(l.entityId) ? [] : [{ field: `links.${n}.entityId`, message: "unknown entity" }],
    );
    if (errors.length) throw new AppError("invalid_input", "Some entities do not exist.", errors);
    const resolved = links.map((l) => ({ entityId: current.get(l.entityId)!, role: l.role }));
    await repo.replaceLinks(trx, incidentId, resolved);
    await refreshDerived(trx, incidentId);
    await appendAudit(trx, actor, {
      action: "incident.entities",
      targetType: "incident",
      targetId: incidentId,
      change: { links: resolved },
    });
  });
  return incidentEntities(ctx, actor, incidentId);
}
