import type { Actor } from "../../platform/access.ts";
import { appendAudit } from "../../platform/audit.ts";
import type { AppContext } from "../../platform/context.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { uuidv5, uuidv7 } from "../../platform/ids.ts";
import { toTsquery } from "../../platform/text.ts";
import type { SharingT } from "../federation/federation.schemas.ts";
import * as federation from "../federation/federation.service.ts";
import {
  type Confidence,
  type CrosswalkEntry,
  deriveThroughHub,
  directEntries,
  type MapEntry,
  type Provenance,
  parseMappingCollection,
  type Relationship,
} from "./crosswalk.ts";
import * as repo from "./frameworks.repo.ts";
import {
  diffRequirements,
  type Issue,
  type MetaOverrides,
  NS,
  parseCatalog,
  type Requirement,
} from "./oscal.ts";

/** The hub of every crosswalk: the ASEAN Guide on AI Governance and Ethics. */
export const HUB = "asean-guide-2024";

const label = (a: Actor) => (a.kind === "user" ? a.email : a.kind === "system" ? a.label : "anonymous");

const toSummary = (f: repo.FrameworkRow) => ({
  id: f.id,
  title: f.title,
  issuer: f.issuer,
  jurisdiction: f.jurisdiction,
  instrumentType: f.instrument_type as "law",
  bindingStatus: f.binding_status as "binding",
  adoptedDate: f.adopted_date,
  inForceDate: f.in_force_date,
  languages: f.languages,
  reviewStatus: f.review_status as "draft",
  regionalInstrument: f.regional_instrument,
  remarks: f.remarks,
  latestVersion: f.latest_version,
  requirementCount: f.requirement_count,
});

const toRequirement = (r: repo.RequirementRow) => ({
  id: r.id,
  parentId: r.parent_id,
  kind: r.kind,
  class: r.class,
  label: r.label,
  title: r.title,
  statement: r.statement,
  guidance: r.guidance,
  objective: r.objective,
  sourceRef: r.source_ref,
  verification: r.verification,
  props: r.props,
  depth: r.depth,
});

export async function listFrameworks(ctx: AppContext, filter: repo.FrameworkFilter) {
  return (await repo.listFrameworks(ctx.db, filter)).map(toSummary);
}

async function requireFramework(ctx: AppContext, id: string) {
  const f = await repo.getFramework(ctx.db, id);
  if (!f) throw notFound(`Framework "${id}"`);
  return f;
}

async function requireVersion(ctx: AppContext, id: string, version: string) {
  const versions = await repo.listVersions(ctx.db, id);
  if (!versions.some((v) => v.version === version))
    throw notFound(`Version "${version}" of framework "${id}"`);
  return versions;
}

const toVersion = (v: Awaited<ReturnType<typeof repo.listVersions>>[number]) => ({
  version: v.version,
  seq: v.seq,
  title: v.title,
  contentHash: v.content_hash,
  importedAt: v.imported_at.toISOString(),
  importedBy: v.imported_by,
});

/** A framework with its requirement tree (the latest release unless a version is asked for). */
export async function getFramework(ctx: AppContext, id: string, version?: string) {
  const f = await requireFramework(ctx, id);
  const v = version ?? f.latest_version;
  const versions = await requireVersion(ctx, id, v);
  const reqs = await repo.listRequirements(ctx.db, id, v);
  return {
    ...toSummary(f),
    textLicence: f.text_licence,
    reviewer: f.reviewer,
    sources: f.sources as {
      title: string;
      url: string | null;
      dateRead: string | null;
      sha256: string | null;
    }[],
    version: v,
    versions: versions.map(toVersion),
    requirements: reqs.map(toRequirement),
  };
}

export async function listVersions(ctx: AppContext, id: string) {
  await requireFramework(ctx, id);
  return (await repo.listVersions(ctx.db, id)).map(toVersion);
}

const asRequirement = (r: repo.RequirementRow): Requirement => ({
  ...toRequirement(r),
  sortOrder: r.sort_order,
});

/** What changed from one release to another, requirement by requirement. */
export async function diffVersions(ctx: AppContext, id: string, from: string, to: string) {
  await requireFramework(ctx, id);
  await requireVersion(ctx, id, from);
  await requireVersion(ctx, id, to);
  const [a, b] = await Promise.all([
    repo.listRequirements(ctx.db, id, from),
    repo.listRequirements(ctx.db, id, to),
  ]);
  const changes = diffRequirements(a.map(asRequirement), b.map(asRequirement));
  const count = (c: string) => changes.filter((x) => x.change === c).length;
  return {
    frameworkId: id,
    from,
    to,
    summary: { added: count("added"), removed: count("removed"), changed: count("changed") },
    changes,
  };
}

/** The OSCAL catalog of a release, exactly as it was imported. */
export async function exportOscal(ctx: AppContext, id: string, version?: string) {
  const f = await requireFramework(ctx, id);
  const doc = await repo.getVersionDocument(ctx.db, id, version ?? f.latest_version);
  if (!doc) throw notFound(`Version "${version}" of framework "${id}"`);
  return doc.document as Record<string, unknown>;
}

const invalid = (what: string, issues: Issue[]) =>
  new AppError(
    "invalid_input",
    `${what} was refused: ${issues.filter((i) => i.severity === "error").length} problem(s), nothing was imported.`,
    issues.filter((i) => i.severity === "error").map((i) => ({ field: i.pointer, message: i.message })),
  );

function assertMayImport(actor: Actor, jurisdiction: string) {
  if (actor.kind === "system") return;
  if (actor.kind !== "user") throw forbidden();
  if (actor.nodeRole === "node-admin") return;
  const regAdmin = actor.memberships.filter((m) => m.role === "regulator-admin").map((m) => m.jurisdiction);
  if (regAdmin.includes("ASEAN") || regAdmin.includes(jurisdiction)) return;
  throw forbidden(`You cannot import frameworks of ${jurisdiction}.`);
}

/**
 * Imports an OSCAL catalog as a new framework or a new release of one. Refused whole, with every
 * problem listed, when it is not a valid catalog; a release already loaded is left as it is.
 */
export async function importCatalog(
  ctx: AppContext,
  actor: Actor,
  doc: unknown,
  opts: { overrides?: MetaOverrides; strict?: boolean } = {},
) {
  const { issues, parsed } = parseCatalog(doc, opts);
  if (!parsed) throw invalid("The catalog", issues);
  const { meta, requirements, contentHash } = parsed;
  assertMayImport(actor, meta.jurisdiction);
  const warnings = issues
    .filter((i) => i.severity === "warning")
    .map(({ pointer, message }) => ({ pointer, message }));
  const result = (status: "created" | "new-version" | "unchanged") => ({
    frameworkId: meta.id,
    version: meta.version,
    status,
    requirementCount: requirements.length,
    warnings,
  });
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.getVersionDocument(trx, meta.id, meta.version);
    if (existing) {
      if (existing.content_hash === contentHash) return result("unchanged");
      throw new AppError(
        "conflict",
        `Release ${meta.version} of ${meta.id} already exists with different content; releases are immutable, so give the new one a new metadata.version.`,
        [{ field: "/catalog/metadata/version", message: "already used by a different release" }],
      );
    }
    const framework = await repo.getFramework(trx, meta.id);
    const seq = await repo.nextVersionSeq(trx, meta.id);
    await repo.upsertFramework(trx, meta, requirements.filter((r) => r.kind === "control").length);
    await repo.insertVersion(trx, {
      framework_id: meta.id,
      version: meta.version,
      seq,
      title: meta.title,
      document: doc,
      content_hash: contentHash,
      imported_by: label(actor),
    });
    await repo.insertRequirements(trx, meta.id, meta.version, requirements);
    await appendAudit(trx, actor, {
      action: framework ? "framework.release" : "framework.create",
      targetType: "framework",
      targetId: meta.id,
      change: { version: meta.version, contentHash },
    });
    return result(framework ? "new-version" : "created");
  });
}

/** Imports a crosswalk (an OSCAL mapping-collection) whose every reference must exist. */
export async function importCrosswalk(ctx: AppContext, actor: Actor, doc: unknown) {
  const ids = await repo.latestRequirementIds(ctx.db);
  const { issues, crosswalk } = parseMappingCollection(doc, (id) => ids.get(id));
  if (!crosswalk) throw invalid("The crosswalk", issues);
  const source = await requireFramework(ctx, crosswalk.sourceFramework);
  assertMayImport(actor, source.jurisdiction);
  return ctx.db.transaction().execute(async (trx) => {
    const prior = (await repo.loadedCrosswalks(trx)).find(
      (c) =>
        c.source_framework === crosswalk.sourceFramework &&
        c.target_framework === crosswalk.targetFramework &&
        c.version === crosswalk.version,
    );
    const result = (status: "created" | "unchanged") => ({
      sourceFramework: crosswalk.sourceFramework,
      targetFramework: crosswalk.targetFramework,
      version: crosswalk.version,
      status,
      entryCount: crosswalk.entries.length,
    });
    if (prior) {
      if (prior.content_hash === crosswalk.contentHash) return result("unchanged");
      throw new AppError(
        "conflict",
        `Crosswalk ${crosswalk.sourceFramework} -> ${crosswalk.targetFramework} ${crosswalk.version} already exists with different content; give it a new metadata.version.`,
        [{ field: "/mapping-collection/metadata/version", message: "already used by a different release" }],
      );
    }
    const id = uuidv7();
    await repo.insertCrosswalk(
      trx,
      {
        id,
        source_framework: crosswalk.sourceFramework,
        target_framework: crosswalk.targetFramework,
        version: crosswalk.version,
        title: crosswalk.title,
        document: doc,
        content_hash: crosswalk.contentHash,
      },
      crosswalk.entries,
    );
    await appendAudit(trx, actor, {
      action: "crosswalk.import",
      targetType: "crosswalk",
      targetId: id,
      change: {
        source: crosswalk.sourceFramework,
        target: crosswalk.targetFramework,
        version: crosswalk.version,
        contentHash: crosswalk.contentHash,
      },
    });
    return result("created");
  });
}

async function mapEntries(ctx: AppContext, source: string, target: string): Promise<MapEntry[] | undefined> {
  const c = await repo.currentCrosswalk(ctx.db, source, target);
  if (!c) return undefined;
  return (await repo.crosswalkEntries(ctx.db, c.id)).map((e) => ({
    source: e.source_id,
    target: e.target_id,
    relationship: e.relationship as Relationship,
    confidence: e.confidence as Confidence,
    provenance: e.provenance as Provenance,
    status: e.status,
    rationale: e.rationale,
  }));
}

/**
 * The crosswalk from one framework to another: direct when one was loaded (either way round),
 * otherwise derived through the hub from both frameworks' crosswalks to it.
 */
export async function crosswalk(ctx: AppContext, from: string, to: string) {
  const [fa, fb] = await Promise.all([requireFramework(ctx, from), requireFramework(ctx, to)]);
  if (from === to)
    throw new AppError("invalid_input", "Pick two different frameworks.", [
      { field: "to", message: "same as from" },
    ]);
  let entries: CrosswalkEntry[];
  let kind: "direct" | "derived" = "direct";
  const forward = await mapEntries(ctx, from, to);
  const backward = forward ? undefined : await mapEntries(ctx, to, from);
  if (forward) entries = directEntries({ entries: forward } as never, false);
  else if (backward) entries = directEntries({ entries: backward } as never, true);
  else {
    const [aHub, bHub] = await Promise.all([mapEntries(ctx, from, HUB), mapEntries(ctx, to, HUB)]);
    if (!aHub || !bHub) {
      throw notFound(
        `A crosswalk from ${from} to ${to} (no direct one, and ${!aHub ? from : to} is not mapped to the hub ${HUB})`,
      );
    }
    entries = deriveThroughHub(aHub, bHub);
    kind = "derived";
  }
  const [ra, rb, rh] = await Promise.all([
    repo.listRequirements(ctx.db, from, fa.latest_version),
    repo.listRequirements(ctx.db, to, fb.latest_version),
    kind === "derived"
      ? repo
          .getFramework(ctx.db, HUB)
          .then((h) => (h ? repo.listRequirements(ctx.db, HUB, h.latest_version) : []))
      : [],
  ]);
  const byId = (rows: repo.RequirementRow[]) => new Map(rows.map((r) => [r.id, r]));
  const A = byId(ra);
  const B = byId(rb);
  const H = byId(rh);
  const link = (e: MapEntry) => ({
    relationship: e.relationship,
    confidence: e.confidence,
    rationale: e.rationale,
    status: e.status,
  });
  const view = entries.map((e) => ({
    source: e.source,
    sourceLabel: A.get(e.source)?.label ?? null,
    sourceTitle: A.get(e.source)?.title ?? e.source,
    target: e.target,
    targetLabel: B.get(e.target)?.label ?? null,
    targetTitle: B.get(e.target)?.title ?? e.target,
    relationship: e.relationship,
    confidence: e.confidence,
    derived: e.derived,
    provenance: e.provenance,
    status: e.status,
    rationale: e.rationale,
    ...(e.via
      ? {
          via: {
            hub: e.via.hub,
            hubLabel: H.get(e.via.hub)?.label ?? null,
            hubTitle: H.get(e.via.hub)?.title ?? e.via.hub,
            fromLink: link(e.via.fromLink),
            toLink: link(e.via.toLink),
          },
        }
      : {}),
  }));
  const mappedA = new Set(entries.map((e) => e.source));
  const mappedB = new Set(entries.map((e) => e.target));
  return {
    from,
    to,
    kind,
    hub: kind === "derived" ? HUB : null,
    entries: view,
    unmapped: {
      from: ra.filter((r) => r.kind === "control" && !mappedA.has(r.id)).map((r) => r.id),
      to: rb.filter((r) => r.kind === "control" && !mappedB.has(r.id)).map((r) => r.id),
    },
  };
}

/** The namespace of the name-based UUIDs of exported crosswalks. */
const CROSSWALK_EXPORT_NS = "14120343-37f7-4217-b741-eb30278c4325";

/**
 * The crosswalk as an OSCAL 1.2 mapping-collection; derived maps say so, and pairs with no implied
 * relationship are left out. The same stored crosswalks always give the same document: its UUIDs are
 * named after them (UUIDv5) and it was last modified when the latest of them was loaded, so sharing
 * it again changes nothing unless a crosswalk did.
 */
export async function exportCrosswalk(ctx: AppContext, from: string, to: string) {
  const v = await crosswalk(ctx, from, to);
  const basis = (
    v.kind === "derived"
      ? await Promise.all([repo.currentCrosswalk(ctx.db, from, HUB), repo.currentCrosswalk(ctx.db, to, HUB)])
      : [(await repo.currentCrosswalk(ctx.db, from, to)) ?? (await repo.currentCrosswalk(ctx.db, to, from))]
  ).flatMap((c) => (c ? [c] : []));
  const p = (name: string, value: string) => ({ name, ns: NS, value });
  const named = `${from}->${to}:${basis.map((c) => c.id).join(",")}`;
  const uuid = (part: string) => uuidv5(CROSSWALK_EXPORT_NS, `${named}:${part}`);
  return {
    "mapping-collection": {
      uuid: uuid("collection"),
      metadata: {
        title: `Crosswalk ${from} to ${to}${v.kind === "derived" ? ` (derived through ${HUB})` : ""}`,
        "last-modified": new Date(Math.max(...basis.map((c) => c.imported_at.getTime()))).toISOString(),
        version: "1.0.0",
        "oscal-version": "1.2.0",
        props: [p("derived", String(v.kind === "derived"))],
      },
      provenance: {
        method: "automation",
        "matching-rationale": "semantic",
        status: "draft",
        "mapping-description":
          v.kind === "derived"
            ? `Derived by ASEAN AI Safe from the crosswalks of ${from} and ${to} to the hub ${HUB}. Each map's confidence is the weaker of its two links. Nothing is inferred from what is not mapped.`
            : `The crosswalk from ${from} to ${to} as loaded on this node.`,
      },
      mappings: [
        {
          uuid: uuid("mapping"),
          "source-resource": { type: "catalog", href: `${from}.json` },
          "target-resource": { type: "catalog", href: `${to}.json` },
          maps: v.entries
            .filter((e) => e.relationship !== null)
            .map((e, k) => ({
              uuid: uuid(`map:${k}:${e.source}->${e.target}`),
              relationship: e.relationship,
              sources: [{ type: "control", "id-ref": e.source }],
              targets: [{ type: "control", "id-ref": e.target }],
              props: [
                p("confidence", e.confidence),
                p("status", e.status),
                p("provenance", e.provenance === "derived" ? "automation" : e.provenance),
                ...(e.derived ? [p("derived", "true"), p("via", e.via!.hub)] : []),
              ],
              remarks: e.rationale,
            })),
        },
      ],
    },
  };
}

export const listCrosswalks = async (ctx: AppContext) =>
  (await repo.listCurrentCrosswalks(ctx.db)).map((c) => ({
    sourceFramework: c.source_framework,
    targetFramework: c.target_framework,
    version: c.version,
    title: c.title,
  }));

/** Full-text search over the requirements of every framework's latest release, in any ASEAN language. */
export async function search(
  ctx: AppContext,
  q: string,
  opts: { framework?: string | undefined; limit: number },
) {
  const tsq = toTsquery(q);
  if (!tsq) return { query: q, items: [] };
  const rows = await repo.searchRequirements(ctx.db, tsq, opts.limit, opts.framework);
  return {
    query: q,
    items: rows.map((r) => ({
      frameworkId: r.framework_id,
      frameworkTitle: r.framework_title,
      jurisdiction: r.jurisdiction,
      id: r.id,
      label: r.label,
      title: r.title,
      snippet: r.statement
        ? r.statement.length > 240
          ? `${r.statement.slice(0, 237)}...`
          : r.statement
        : null,
      rank: Number(r.rank),
    })),
  };
}

/** A framework's current crosswalk to the hub (empty when there is none): for assessments. */
export const hubLinks = async (ctx: AppContext, frameworkId: string) =>
  (await mapEntries(ctx, frameworkId, HUB)) ?? [];

// ---------- sharing a release with the network ----------

function requireNodeAdmin(actor: Actor) {
  if (!(actor.kind === "system" || (actor.kind === "user" && actor.nodeRole === "node-admin")))
    throw forbidden("Only node administrators share the library's frameworks.");
}

/** Whether and how a framework is shared with the network (its record), and the sharing groups. */
export async function frameworkShareState(ctx: AppContext, actor: Actor, id: string) {
  requireNodeAdmin(actor);
  await requireFramework(ctx, id);
  const recordId = await federation.findSourceRecordId(ctx.db, "framework", id);
  return {
    shared: recordId ? await federation.localShareState(ctx, recordId) : null,
    groups: await federation.groupChoices(ctx),
  };
}

/** Exactly which peer nodes would receive the framework's latest release (and its crosswalks) with this sharing. */
export async function previewFrameworkShare(ctx: AppContext, actor: Actor, id: string, sharing: SharingT) {
  requireNodeAdmin(actor);
  const f = await getFramework(ctx, id);
  return federation.previewShare(ctx, {
    // Never shared: a fresh id stands for the record it would be (nothing is stored).
    id: (await federation.findSourceRecordId(ctx.db, "framework", id)) ?? uuidv7(),
    type: "framework",
    ownerOrg: "node",
    title: `${f.title} (${f.version})`,
    sharing: federation.normalisedSharing(sharing),
  });
}

/**
 * Shares a release of a framework of the library (the latest unless one is named) with peer nodes,
 * and the current crosswalks that involve it, as federation records: the framework's metadata and
 * its OSCAL catalog as `exportOscal` gives it (requirement ids, titles, our paraphrased text,
 * citations), each crosswalk as `exportCrosswalk` gives it. Peers keep them as received records;
 * they never enter a peer's own library. Node administrators only.
 */
export async function shareFramework(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { version?: string | undefined; sharing: SharingT },
) {
  requireNodeAdmin(actor);
  const f = await getFramework(ctx, id, input.version);
  const catalog = await exportOscal(ctx, id, f.version);
  const sharing = federation.normalisedSharing(input.sharing);
  const crosswalks = (await listCrosswalks(ctx)).filter(
    (c) => c.sourceFramework === id || c.targetFramework === id,
  );
  const docs = await Promise.all(
    crosswalks.map(async (c) => ({
      c,
      doc: await exportCrosswalk(ctx, c.sourceFramework, c.targetFramework),
    })),
  );
  const { requirements: _r, versions: _v, ...meta } = f;
  const shared: { type: "framework" | "crosswalk"; recordId: string; key: string; version: number }[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    // Each record gets a new version only when something changed.
    const put = async (type: "framework" | "crosswalk", key: string, title: string, content: object) => {
      const input = {
        id: await federation.sourceRecordId(trx, type, key),
        type,
        ownerOrg: "node",
        title,
        content: content as Record<string, unknown>,
        sharing,
        containsPersonalData: false,
        personalDataRedacted: false,
      };
      const env = (await federation.unchangedShare(trx, input))
        ? await federation.localShareState(ctx, input.id, trx)
        : await federation.shareLocal(ctx, trx, input);
      shared.push({ type, recordId: input.id, key, version: env!.version });
    };
    await put("framework", id, `${f.title} (${f.version})`, { framework: meta, catalog });
    for (const { c, doc } of docs)
      await put("crosswalk", `${c.sourceFramework}->${c.targetFramework}`, c.title, {
        sourceFramework: c.sourceFramework,
        targetFramework: c.targetFramework,
        version: c.version,
        ...doc,
      });
    await appendAudit(trx, actor, {
      action: "framework.share",
      targetType: "framework",
      targetId: id,
      change: { version: f.version, ...sharing, records: shared },
    });
  });
  federation.scheduleNotify(ctx);
  return { frameworkId: id, version: f.version, records: shared };
}

/** Withdraws a shared framework and the crosswalks shared with it from every peer. */
export async function unshareFramework(ctx: AppContext, actor: Actor, id: string) {
  requireNodeAdmin(actor);
  await requireFramework(ctx, id);
  const keys = (await listCrosswalks(ctx))
    .filter((c) => c.sourceFramework === id || c.targetFramework === id)
    .map((c) => `${c.sourceFramework}->${c.targetFramework}`);
  const retracted: { type: "framework" | "crosswalk"; recordId: string; key: string; version: number }[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    const fwId = await federation.sourceRecordId(trx, "framework", id);
    if (!(await federation.retractLocal(ctx, trx, fwId)))
      throw new AppError("conflict", `Framework "${id}" is not shared.`);
    retracted.push({ type: "framework", recordId: fwId, key: id, version: 0 });
    for (const key of keys) {
      const cwId = await federation.sourceRecordId(trx, "crosswalk", key);
      if (await federation.retractLocal(ctx, trx, cwId))
        retracted.push({ type: "crosswalk", recordId: cwId, key, version: 0 });
    }
    for (const r of retracted) r.version = (await federation.localShareState(ctx, r.recordId, trx))!.version;
    await appendAudit(trx, actor, {
      action: "framework.unshare",
      targetType: "framework",
      targetId: id,
      change: { records: retracted },
    });
  });
  federation.scheduleNotify(ctx);
  return { frameworkId: id, version: null, records: retracted };
}
