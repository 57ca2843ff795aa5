import type { Actor } from "../../platform/access.ts";
import { appendAudit, appendAudits, canonicalJson } from "../../platform/audit.ts";
import type { AppContext } from "../../platform/context.ts";
import { sha256Hex } from "../../platform/crypto.ts";
import type { Executor } from "../../platform/db/index.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { checkAttachment } from "../../platform/files.ts";
import { randomToken, uuidv7 } from "../../platform/ids.ts";
import { nextRefs } from "../../platform/refs.ts";
import { anyOf, lexemes, toTsquery, weightedTsvector } from "../../platform/text.ts";
import * as federation from "../federation/federation.service.ts";
import * as tenancy from "../tenancy/tenancy.service.ts";
import * as entitiesRepo from "./entities.repo.ts";
import * as repo from "./incidents.repo.ts";
import { ReportInput, type ReportInputT, type Status } from "./incidents.schemas.ts";
import { detectPii, type PiiFinding, redact } from "./pii.ts";
import {
  contentWords,
  entityWords,
  fingerprint,
  type IncidentForMatching,
  type MatchFeatures,
  nameTokens,
  suggestDuplicates,
} from "./similarity.ts";
import { checkClassification, TAXONOMIES } from "./taxonomies.ts";

type Text = { lang: string; title: string; description: string };
/** An entity linked to the incident, as matching and search see it. */
type Linked = { name: string; aliases: string[] };

/** Incidents on this node are triaged by its node administrators and by regulators of its jurisdiction (or of the Secretariat). */
export async function isAnalyst(ctx: AppContext, actor: Actor): Promise<boolean> {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  if (actor.nodeRole === "node-admin") return true;
  const node = await tenancy.nodeInfo(ctx);
  return actor.memberships.some(
    (m) =>
      (m.role === "regulator-analyst" || m.role === "regulator-admin") &&
      (m.jurisdiction === node.jurisdiction || m.jurisdiction === "ASEAN"),
  );
}

export async function requireAnalyst(ctx: AppContext, actor: Actor) {
  if (actor.kind === "anonymous")
    throw new AppError("not_signed_in", "Sign in as a triage analyst to do this.");
  if (!(await isAnalyst(ctx, actor))) throw forbidden("Only this node's triage analysts can do this.");
}

const actorLabel = (a: Actor) =>
  a.kind === "user" ? a.email : a.kind === "system" ? a.label : "anonymous reporter";

/** The date range a partial-date pair covers (for filtering and duplicate windows). */
function range(from?: string | null, to?: string | null): { start: string | null; end: string | null } {
  const a = from ?? to;
  const b = to ?? from;
  return { start: a ? repo.startOf(a) : null, end: b ? repo.endOf(b) : null };
}

function features(
  id: string,
  texts: Text[],
  row: {
    countries: string[];
    occurred_from: string | null;
    occurred_to: string | null;
    details: Record<string, unknown>;
  },
  lang: string,
  linked: Linked[],
): MatchFeatures {
  const d = row.details as {
    systems?: { name: string; provider?: string }[];
    actors?: { name: string }[];
    evidence?: { url: string }[];
  };
  const entities = [
    ...(d.systems ?? []).flatMap((s) => [s.name, s.provider ?? ""]),
    ...(d.actors ?? []).map((a) => a.name),
    ...linked.map((e) => [e.name, ...e.aliases]),
  ].filter((e) => e.length);
  const input: IncidentForMatching = {
    id,
    title: texts.map((t) => t.title).join("\n"),
    description: texts.map((t) => t.description).join("\n"),
    language: lang,
    occurredFrom: row.occurred_from,
    occurredTo: row.occurred_to,
    countries: row.countries,
    entities,
    urls: (d.evidence ?? []).map((e) => e.url),
  };
  return fingerprint(input);
}

/**
 * The analysts' search vector: titles (weight A) and descriptions (B) in every language, the other
 * free texts and the systems' names (C), the countries (D), the occurrence months, and the ref's
 * words without positions (withRef). Published versions get the same built from their redacted
 * texts.
 */
function searchVector(
  ref: string,
  texts: Text[],
  details: Record<string, unknown>,
  countries: string[],
  linked: Linked[],
  occurred: { occurred_from: string | null; occurred_to: string | null },
) {
  return withRef(searchWithoutRef(texts, details, countries, linked, occurred), ref);
}

function searchWithoutRef(
  texts: Text[],
  details: Record<string, unknown>,
  countries: string[],
  linked: Linked[],
  occurred: { occurred_from: string | null; occurred_to: string | null },
) {
  const systems = (details as { systems?: { name: string; provider?: string }[] }).systems ?? [];
  const { start, end } = range(occurred.occurred_from, occurred.occurred_to);
  return weightedTsvector(
    [
      ["A", texts.map((t) => t.title)],
      ["B", texts.map((t) => t.description)],
      [
        "C",
        [
          ...freeTexts([], details).map((f) => f.text),
          ...systems.flatMap((x) => [x.name, x.provider]),
          ...linked.flatMap((e) => [e.name, ...e.aliases]),
        ],
      ],
      ["D", countries],
    ],
    repo.occurrenceLexemes(start, end),
  );
}

/**
 * A search vector with the ref's words added as lexemes without positions (ranked as weight D), so
 * that everything else can be built before the ref is drawn (a bulk import does it while storing
 * the chunk before). PostgreSQL merges a lexeme given twice.
 */
const withRef = (vector: string, ref: string) => `${vector} ${weightedTsvector([], lexemes(ref))}`;

type Derivable = Pick<
  repo.IncidentRow,
  "id" | "ref" | "countries" | "occurred_from" | "occurred_to" | "details" | "primary_lang"
>;

/** What an incident's texts and fields give the duplicate detector and the search index. */
export const derived = (i: Derivable, texts: Text[], linked: Linked[]) => ({
  match_features: features(i.id, texts, i, i.primary_lang, linked),
  search: searchVector(i.ref, texts, i.details, i.countries, linked, i),
});

/** The entities linked to an incident, each once (whatever its roles). */
async function linkedEntities(db: Executor, id: string): Promise<Linked[]> {
  const seen = new Map<string, Linked>();
  for (const l of await entitiesRepo.linksOf(db, id)) seen.set(l.id, { name: l.name, aliases: l.aliases });
  return [...seen.values()];
}

/** Recomputes an incident's duplicate fingerprint and search vector from what is stored now. */
export async function refreshDerived(trx: Executor, id: string) {
  const i = await repo.getIncidentForUpdate(trx, id);
  if (!i) return;
  const [texts, linked] = await Promise.all([repo.getTexts(trx, id), linkedEntities(trx, id)]);
  await repo.setDerived(trx, id, derived(i as Derivable, texts, linked));
}

/** Indexes incidents stored before the search index existed (at start-up; a no-op once done). */
export async function indexMissing(ctx: AppContext) {
  for (;;) {
    const ids = await repo.unindexed(ctx.db, 200);
    if (!ids.length) return;
    await ctx.db.transaction().execute(async (trx) => {
      for (const { id } of ids) await refreshDerived(trx, id);
    });
  }
}

/** A report made ready to store: everything but its refs and what is derived from them. */
function prepareReport(actor: Actor, input: ReportInputT, channel?: "import") {
  const { contact, lang, title, description, translations, ...fields } = input;
  const texts: Text[] = [{ lang, title, description }, ...translations.filter((t) => t.lang !== lang)];
  const reporterOrg =
    actor.kind === "user"
      ? (actor.memberships.find((m) => m.role === "org-admin" || m.role === "org-member")?.orgId ?? null)
      : null;
  const { start, end } = range(fields.occurredFrom, fields.occurredTo);
  const details: Record<string, unknown> = {
    reporter: fields.reporter,
    discoveredOn: fields.discoveredOn ?? null,
    evidence: fields.evidence,
    systems: fields.systems,
    actors: fields.actors,
    quantifiedHarm: fields.quantifiedHarm ?? null,
    unintendedUse: fields.unintendedUse ?? null,
    affectedStakeholders: fields.affectedStakeholders,
    businessFunctions: fields.businessFunctions,
    aiTasks: fields.aiTasks,
    deploymentBreadth: fields.deploymentBreadth ?? null,
    rightsImpacted: fields.rightsImpacted,
    autonomyLevel: fields.autonomyLevel ?? null,
    actionTypes: fields.actionTypes,
    actionsTaken: fields.actionsTaken ?? null,
    sameAs: fields.sameAs,
  };
  const incident: Omit<repo.IncidentRow, "ref" | "origin_node" | "match_features" | "search"> = {
    id: uuidv7(),
    owner_org: reporterOrg,
    status: "submitted",
    kind: fields.kind,
    severity: fields.severity,
    ai_relation: [...new Set(fields.aiRelation)],
    harm_types: [...new Set(fields.harmTypes)],
    countries: [...new Set(fields.countries)],
    industry: fields.industry ?? null,
    occurred_from: fields.occurredFrom ?? null,
    occurred_to: fields.occurredTo ?? null,
    occurred_start: start,
    occurred_end: end,
    primary_lang: lang,
    details,
    tlp: "amber",
    distribution: 1,
  };
  const report = {
    id: uuidv7(),
    channel: channel ?? (actor.kind !== "user" ? "public-form" : actor.token ? "api" : "organisation"),
    reporter_user_id: actor.kind === "user" ? actor.userId : null,
    reporter_org_id: reporterOrg,
    lang,
    payload: { lang, title, description, translations, ...fields },
  } as const;
  // What is derived but the ref's words is computed here (a bulk import overlaps this with storing).
  const matchFeatures = features(incident.id, texts, incident, lang, []);
  const search = searchWithoutRef(texts, details, incident.countries, [], incident);
  return { report, contact, incident, texts, matchFeatures, search };
}

/**
 * Stores prepared reports in the caller's transaction, in order: each gets its report and incident
 * refs, the report, its incident with texts and protected originals (and the contact in the
 * protected store), its fingerprint and search vector, and its own audit entry. A batch is written
 * with one statement per table (a bulk import), a single report the same way.
 */
async function storeReports(
  trx: Executor,
  ctx: AppContext,
  actor: Actor,
  prepared: ReturnType<typeof prepareReport>[],
) {
  const node = await tenancy.nodeInfo(ctx);
  const year = new Date().getUTCFullYear();
  const n = prepared.length;
  const reportRefs = await nextRefs(trx, `REP-${node.jurisdiction}-${year}`, n);
  const incidentRefs = await nextRefs(trx, `INC-${node.jurisdiction}-${year}`, n);
  const rows = prepared.map((p, k) => {
    const row = { ...p.incident, ref: incidentRefs[k]!, origin_node: node.nodeId };
    return {
      ...row,
      match_features: p.matchFeatures,
      search: withRef(p.search, row.ref),
    };
  });
  await repo.insertReports(
    trx,
    prepared.map((p, k) => ({ ...p.report, ref: reportRefs[k]! })),
    prepared.map((p) => p.contact),
  );
  await repo.insertIncidents(
    trx,
    rows,
    prepared.map((p) => p.texts),
  );
  await repo.linkReports(
    trx,
    prepared.map((p) => ({ incident_id: p.incident.id, report_id: p.report.id })),
  );
  await appendAudits(
    trx,
    actor,
    prepared.map((p, k) => ({
      action: "report.submit",
      targetType: "incident",
      targetId: p.incident.id,
      change: { reportRef: reportRefs[k], incidentRef: incidentRefs[k], channel: p.report.channel },
    })),
  );
  return prepared.map((p, k) => ({
    reportId: p.report.id,
    reportRef: reportRefs[k]!,
    incidentId: p.incident.id,
    incidentRef: incidentRefs[k]!,
    status: "submitted" as const,
  }));
}

/**
 * Takes in a report (public form, a signed-in organisation, or a machine) and opens an incident for
 * it. The contact goes to the protected store; the texts as received are kept as originals.
 */
export async function submitReport(ctx: AppContext, actor: Actor, input: ReportInputT, channel?: "import") {
  const prepared = prepareReport(actor, input, channel);
  const [receipt] = await ctx.db.transaction().execute((trx) => storeReports(trx, ctx, actor, [prepared]));
  return receipt!;
}

/** A report from the public form or an organisation, with its one-time upload token for evidence files. */
export async function submitWithReceipt(ctx: AppContext, actor: Actor, input: ReportInputT) {
  const receipt = await submitReport(ctx, actor, input);
  return { ...receipt, ...(await issueUploadToken(ctx, receipt.reportId)) };
}

const toDetail = (i: repo.IncidentFull, texts: Text[]) => ({
  id: i.id,
  ref: i.ref,
  status: i.status as Status,
  version: i.version,
  kind: i.kind as "incident",
  severity: i.severity as "incident",
  aiRelation: i.ai_relation,
  harmTypes: i.harm_types,
  countries: i.countries,
  industry: i.industry,
  occurredFrom: i.occurred_from,
  occurredTo: i.occurred_to,
  primaryLang: i.primary_lang,
  texts,
  details: i.details,
  tlp: i.tlp as "clear",
  distribution: i.distribution,
  assigneeId: i.assignee_id,
  mergedInto: i.merged_into,
  reportCount: Number(i.report_count ?? 0),
  createdAt: i.created_at.toISOString(),
  updatedAt: i.updated_at.toISOString(),
  publishedAt: i.published_at?.toISOString() ?? null,
});

/** A merged incident answers with where it went (a permanent redirect for clients). */
export class MovedPermanently extends Error {
  constructor(readonly to: string) {
    super(`moved to ${to}`);
  }
}

const PUBLIC_HIDDEN = new Set(["withdrawn", "merged", "rejected"]);

/** An incident as the actor may see it: the analysts' working view, or the public's latest published version. */
export async function getIncident(ctx: AppContext, actor: Actor, id: string, view?: "public") {
  const i = await repo.getIncident(ctx.db, id);
  if (!i) throw notFound("Incident");
  if (i.merged_into) throw new MovedPermanently(i.merged_into);
  if (view !== "public" && (await isAnalyst(ctx, actor)))
    return { view: "analyst" as const, incident: toDetail(i, await repo.getTexts(ctx.db, id)) };
  return { view: "public" as const, incident: await getPublished(ctx, id) };
}

export async function getPublished(ctx: AppContext, id: string) {
  const p = await repo.latestPublished(ctx.db, id);
  if (p?.merged_into) throw new MovedPermanently(p.merged_into);
  if (!p || PUBLIC_HIDDEN.has(p.status) || p.tlp !== "clear") throw notFound("Incident");
  return p.document as ReturnType<typeof publicDocument>;
}

export async function listIncidents(
  ctx: AppContext,
  actor: Actor,
  query: repo.AnalystFilter & { view?: "public" | undefined; assignee?: "me" | "nobody" | undefined },
) {
  const { view, assignee, ...q } = query;
  if (view !== "public" && (q.status || assignee || (await isAnalyst(ctx, actor)))) {
    await requireAnalyst(ctx, actor);
    const assigneeId =
      assignee === "me"
        ? actor.kind === "user"
          ? actor.userId
          : undefined
        : assignee === "nobody"
          ? null
          : undefined;
    const r = await repo.listForAnalysts(
      ctx.db,
      { ...q, assigneeId },
      q.q ? toTsquery(q.q, false) : undefined,
    );
    return {
      items: r.items.map((x) => ({
        id: x.id,
        ref: x.ref,
        status: x.status as Status,
        version: x.version,
        kind: x.kind as "incident",
        severity: x.severity as "incident",
        title: x.title,
        lang: x.lang,
        countries: x.countries,
        harmTypes: x.harm_types,
        occurredFrom: x.occurred_from,
        assigneeId: x.assignee_id,
        updatedAt: x.updated_at.toISOString(),
      })),
      total: r.total,
      totalExact: r.totalExact,
      limit: q.limit,
      offset: q.offset,
      facets: r.facets,
    };
  }
  const r = await repo.searchPublished(ctx.db, q, q.q ? toTsquery(q.q, false) : undefined);
  return {
    items: r.items.map((x) => {
      const d = x.document as ReturnType<typeof publicDocument>;
      const t = d.texts[0]!;
      return {
        id: d.id,
        ref: d.ref,
        status: "published" as const,
        version: d.version,
        kind: d.kind,
        severity: d.severity,
        title: t.title,
        lang: t.lang,
        countries: d.countries,
        harmTypes: d.harmTypes,
        occurredFrom: d.occurredFrom,
        updatedAt: d.publishedAt,
      };
    }),
    total: r.total,
    totalExact: r.totalExact,
    limit: q.limit,
    offset: q.offset,
    facets: r.facets,
  };
}

export async function reportsOfIncident(ctx: AppContext, actor: Actor, id: string) {
  await requireAnalyst(ctx, actor);
  if (!(await repo.getIncident(ctx.db, id))) throw notFound("Incident");
  return (await repo.reportsOf(ctx.db, id)).map((r) => ({
    id: r.id,
    ref: r.ref,
    channel: r.channel,
    lang: r.lang,
    submittedAt: r.submitted_at.toISOString(),
    payload: r.payload as Record<string, unknown>,
    contact: r.has_contact ? { name: r.name, email: r.email, phone: r.phone } : null,
  }));
}

async function requireOpen(trx: Parameters<typeof repo.getIncidentForUpdate>[0], id: string) {
  const i = await repo.getIncidentForUpdate(trx, id);
  if (!i) throw notFound("Incident");
  if (i.merged_into) throw new AppError("conflict", "This incident was merged into another; edit that one.");
  return i;
}

/** Analysts edit the working copy; the public keeps seeing the last published version until the next publication. */
export async function updateIncident(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: {
    texts?: Text[] | undefined;
    severity?: string | undefined;
    harmTypes?: string[] | undefined;
    countries?: string[] | undefined;
    industry?: string | null | undefined;
    occurredFrom?: string | null | undefined;
    occurredTo?: string | null | undefined;
    tlp?: string | undefined;
    distribution?: number | undefined;
  },
) {
  await requireAnalyst(ctx, actor);
  await ctx.db.transaction().execute(async (trx) => {
    const i = await requireOpen(trx, id);
    const occurred_from = patch.occurredFrom === undefined ? i.occurred_from : patch.occurredFrom;
    const occurred_to = patch.occurredTo === undefined ? i.occurred_to : patch.occurredTo;
    const { start, end } = range(occurred_from, occurred_to);
    if (patch.texts) await repo.replaceTexts(trx, id, patch.texts);
    const texts = patch.texts ?? (await repo.getTexts(trx, id));
    const countries = patch.countries ? [...new Set(patch.countries)] : i.countries;
    await repo.updateIncident(trx, id, {
      ...(patch.severity ? { severity: patch.severity } : {}),
      ...(patch.harmTypes ? { harm_types: [...new Set(patch.harmTypes)] } : {}),
      countries,
      ...(patch.industry !== undefined ? { industry: patch.industry } : {}),
      occurred_from,
      occurred_to,
      occurred_start: start,
      occurred_end: end,
      ...(patch.tlp ? { tlp: patch.tlp } : {}),
      ...(patch.distribution !== undefined ? { distribution: patch.distribution } : {}),
      primary_lang: texts.some((t) => t.lang === i.primary_lang) ? i.primary_lang : texts[0]!.lang,
    });
    await refreshDerived(trx, id);
    await appendAudit(trx, actor, {
      action: "incident.update",
      targetType: "incident",
      targetId: id,
      change: patch,
    });
  });
  return getIncident(ctx, actor, id);
}

const TRANSITIONS: Record<string, readonly string[]> = {
  submitted: ["triage", "rejected", "withdrawn"],
  triage: ["in-review", "rejected", "withdrawn"],
  "in-review": ["validated", "triage", "rejected", "withdrawn"],
  validated: ["in-review", "rejected", "withdrawn"],
  published: ["in-review", "withdrawn"],
  rejected: ["triage"],
  withdrawn: ["triage"],
  merged: [],
};

/** Moves an incident through triage: submitted -> triage -> in review -> validated (-> published), or rejected / withdrawn. */
export async function transition(ctx: AppContext, actor: Actor, id: string, to: string, reason?: string) {
  await requireAnalyst(ctx, actor);
  await ctx.db.transaction().execute(async (trx) => {
    const i = await requireOpen(trx, id);
    if (!TRANSITIONS[i.status]?.includes(to)) {
      throw new AppError("conflict", `An incident that is ${i.status} cannot move to ${to}.`, [
        { field: "to", message: `allowed from ${i.status}: ${TRANSITIONS[i.status]?.join(", ") || "none"}` },
      ]);
    }
    await repo.updateIncident(trx, id, { status: to });
    // A withdrawn publication is retracted from every peer node that may hold it.
    if (to === "withdrawn" && i.status === "published") await federation.retractLocal(ctx, trx, id);
    if (reason) {
      await repo.insertComment(trx, {
        id: uuidv7(),
        incident_id: id,
        author_id: actor.kind === "user" ? actor.userId : null,
        author_label: actorLabel(actor),
        body: `${i.status} → ${to}: ${reason}`,
      });
    }
    await appendAudit(trx, actor, {
      action: "incident.transition",
      targetType: "incident",
      targetId: id,
      change: { from: i.status, to, reason },
    });
  });
  federation.scheduleNotify(ctx);
  return getIncident(ctx, actor, id);
}

export async function assign(ctx: AppContext, actor: Actor, id: string, userId: string | null) {
  await requireAnalyst(ctx, actor);
  if (userId) {
    const u = await tenancy.loadActiveUser(ctx, userId);
    const asActor: Actor | undefined = u && {
      kind: "user",
      userId: u.id,
      email: u.email,
      displayName: u.displayName,
      locale: u.locale,
      nodeRole: u.nodeRole,
      memberships: u.memberships,
      via: "session",
    };
    if (!asActor || !(await isAnalyst(ctx, asActor))) {
      throw new AppError("invalid_input", "Incidents can only be assigned to this node's triage analysts.", [
        { field: "userId", message: "not a triage analyst" },
      ]);
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await requireOpen(trx, id);
    await repo.updateIncident(trx, id, { assignee_id: userId });
    await appendAudit(trx, actor, {
      action: "incident.assign",
      targetType: "incident",
      targetId: id,
      change: { userId },
    });
  });
  return getIncident(ctx, actor, id);
}

export async function addComment(ctx: AppContext, actor: Actor, id: string, body: string) {
  await requireAnalyst(ctx, actor);
  const cid = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await requireOpen(trx, id);
    await repo.insertComment(trx, {
      id: cid,
      incident_id: id,
      author_id: actor.kind === "user" ? actor.userId : null,
      author_label: actorLabel(actor),
      body,
    });
    await appendAudit(trx, actor, {
      action: "incident.comment",
      targetType: "incident",
      targetId: id,
      change: { commentId: cid },
    });
  });
  return listComments(ctx, actor, id);
}

export async function listComments(ctx: AppContext, actor: Actor, id: string) {
  await requireAnalyst(ctx, actor);
  if (!(await repo.getIncident(ctx.db, id))) throw notFound("Incident");
  return (await repo.comments(ctx.db, id)).map((c) => ({
    id: c.id,
    authorLabel: c.author_label,
    body: c.body,
    createdAt: c.created_at.toISOString(),
  }));
}

// ---------- personal data ----------

/** Every free-text field of an incident that could carry personal data, with where it lives. */
function freeTexts(texts: Text[], details: Record<string, unknown>) {
  const d = details as {
    actionsTaken?: string | null;
    actors?: { name: string }[];
    rightsImpacted?: string[];
    evidence?: { title?: string }[];
  };
  const out: { lang: string; field: string; text: string }[] = [];
  for (const t of texts) {
    out.push(
      { lang: t.lang, field: "title", text: t.title },
      { lang: t.lang, field: "description", text: t.description },
    );
  }
  if (d.actionsTaken) out.push({ lang: "", field: "details.actionsTaken", text: d.actionsTaken });
  for (const [n, a] of (d.actors ?? []).entries())
    out.push({ lang: "", field: `details.actors.${n}.name`, text: a.name });
  for (const [n, r] of (d.rightsImpacted ?? []).entries())
    out.push({ lang: "", field: `details.rightsImpacted.${n}`, text: r });
  for (const [n, e] of (d.evidence ?? []).entries()) {
    if (e.title) out.push({ lang: "", field: `details.evidence.${n}.title`, text: e.title });
  }
  return out;
}

const key = (kind: string, text: string) => `${kind}\u0000${text}`;

/** Detections in every free-text field, each with the analysts' decision (pending until decided). */
async function review(ctx: AppContext, id: string) {
  const i = await repo.getIncident(ctx.db, id);
  if (!i) throw notFound("Incident");
  const [texts, decided] = await Promise.all([repo.getTexts(ctx.db, id), repo.decisions(ctx.db, id)]);
  const decisions = new Map(decided.map((d) => [key(d.kind, d.text), d.decision]));
  const names = decided.filter((d) => d.kind === "name" && d.decision === "redact").map((d) => d.text);
  const fields = freeTexts(texts, i.details as Record<string, unknown>);
  const found = fields.map((f) => ({ ...f, findings: detectPii(f.text, { names }) }));
  const decisionOf = (f: PiiFinding): "redact" | "keep" | "pending" =>
    decisions.get(key(f.kind, f.text)) ?? (f.kind === "name" ? "redact" : "pending");
  return { i, texts, found, decisionOf };
}

const redactFields = (found: { text: string; findings: PiiFinding[] }[], keep: (f: PiiFinding) => boolean) =>
  found.map((f) =>
    redact(
      f.text,
      f.findings.filter((x) => !keep(x)),
    ),
  );

/** What an analyst reviews before publishing: every suggestion, how many are undecided, and the redacted preview. */
export async function redactionReview(ctx: AppContext, actor: Actor, id: string) {
  await requireAnalyst(ctx, actor);
  const { texts, found, decisionOf } = await review(ctx, id);
  const suggestions = found.flatMap((f) =>
    f.findings.map((x) => ({
      lang: f.lang,
      field: f.field,
      start: x.start,
      end: x.end,
      kind: x.kind,
      text: x.text,
      confidence: x.confidence,
      reason: x.reason,
      decision: decisionOf(x),
    })),
  );
  const redacted = redactFields(found.slice(0, texts.length * 2), (x) => decisionOf(x) === "keep");
  return {
    suggestions,
    pending: suggestions.filter((s) => s.decision === "pending").length,
    preview: texts.map((t, n) => ({
      lang: t.lang,
      title: redacted[n * 2]!,
      description: redacted[n * 2 + 1]!,
    })),
  };
}

/** Records an analyst's decision on a detected item, or marks a name to redact (kind "name"). */
export async function decideRedaction(
  ctx: AppContext,
  actor: Actor,
  id: string,
  d: { kind: string; text: string; decision: "redact" | "keep" },
) {
  await requireAnalyst(ctx, actor);
  await ctx.db.transaction().execute(async (trx) => {
    await requireOpen(trx, id);
    await repo.putDecision(trx, {
      incident_id: id,
      kind: d.kind,
      text: d.text,
      decision: d.decision,
      decided_by: actor.kind === "user" ? actor.userId : null,
    });
    // The audit holds the decision's hash only, never the personal data itself.
    await appendAudit(trx, actor, {
      action: "incident.redaction",
      targetType: "incident",
      targetId: id,
      change: { kind: d.kind, textHash: sha256Hex(d.text), decision: d.decision },
    });
  });
  return redactionReview(ctx, actor, id);
}

/** The public document of a version: only redacted text, only public fields. */
function publicDocument(
  i: {
    id: string;
    ref: string;
    kind: string;
    severity: string;
    ai_relation: string[];
    harm_types: string[];
    countries: string[];
    industry: string | null;
    occurred_from: string | null;
    occurred_to: string | null;
    primary_lang: string;
    tlp: string;
  },
  version: number,
  publishedAt: string,
  texts: Text[],
  details: Record<string, unknown>,
  classifications: { namespace: string; key: string; value: string }[],
  entities: { id: string; name: string; kind: string; roles: string[] }[],
) {
  return {
    id: i.id,
    ref: i.ref,
    version,
    publishedAt,
    kind: i.kind as "incident",
    severity: i.severity as "incident",
    aiRelation: i.ai_relation,
    harmTypes: i.harm_types,
    countries: i.countries,
    industry: i.industry,
    occurredFrom: i.occurred_from,
    occurredTo: i.occurred_to,
    primaryLang: i.primary_lang,
    texts,
    details,
    classifications,
    entities,
    tlp: i.tlp as "clear",
  };
}

/**
 * Publishes a validated incident as a new immutable version. Every personal-data detection that an
 * analyst has not explicitly kept is redacted; undecided detections block publication.
 */
export async function publish(
  ctx: AppContext,
  actor: Actor,
  id: string,
  opts: {
    tlp?: string | undefined;
    distribution?: number | undefined;
    sharingGroupId?: string | null | undefined;
  },
) {
  await requireAnalyst(ctx, actor);
  const { i, texts, found, decisionOf } = await review(ctx, id);
  if (i.merged_into) throw new AppError("conflict", "This incident was merged into another.");
  if (i.status !== "validated")
    throw new AppError("conflict", `Only a validated incident can be published; this one is ${i.status}.`);
  const pending = found.flatMap((f) => f.findings).filter((x) => decisionOf(x) === "pending").length;
  if (pending)
    throw new AppError(
      "conflict",
      `${pending} personal-data suggestion(s) await a decision before publication.`,
    );
  const redacted = redactFields(found, (x) => decisionOf(x) === "keep");
  // The language it was reported in comes first.
  const publicTexts = texts
    .map((t, n) => ({ lang: t.lang, title: redacted[n * 2]!, description: redacted[n * 2 + 1]! }))
    .sort((a, b) => Number(b.lang === i.primary_lang) - Number(a.lang === i.primary_lang));
  const details = structuredClone(i.details as Record<string, unknown>) as Record<string, unknown> & {
    actionsTaken?: string | null;
    actors?: { name: string }[];
    rightsImpacted?: string[];
    evidence?: { title?: string }[];
    reporter?: unknown;
  };
  found.slice(texts.length * 2).forEach((f, n) => {
    const value = redacted[texts.length * 2 + n]!;
    const path = f.field.split(".").slice(1);
    let target: Record<string, unknown> = details;
    for (const p of path.slice(0, -1)) target = target[p] as Record<string, unknown>;
    target[path[path.length - 1]!] = value;
  });
  const tlp = opts.tlp ?? i.tlp;
  const version = i.version + 1;
  const publishedAt = new Date().toISOString();
  const [classes, links] = await Promise.all([
    repo.classifications(ctx.db, id),
    entitiesRepo.linksOf(ctx.db, id),
  ]);
  const entities = new Map<string, { id: string; name: string; kind: string; roles: string[] }>();
  for (const l of links) {
    const e = entities.get(l.id) ?? { id: l.id, name: l.name, kind: l.kind, roles: [] };
    e.roles.push(l.role);
    entities.set(l.id, e);
  }
  const doc = publicDocument({ ...i, tlp }, version, publishedAt, publicTexts, details, classes, [
    ...entities.values(),
  ]);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await requireOpen(trx, id);
    if (locked.version !== i.version || locked.status !== "validated")
      throw new AppError("conflict", "The incident changed meanwhile; review it again.");
    await repo.insertVersion(
      trx,
      {
        incident_id: id,
        version,
        document: doc,
        content_hash: sha256Hex(canonicalJson(doc)),
        published_by: actorLabel(actor),
      },
      searchVector(i.ref, publicTexts, details, i.countries, links, i),
    );
    await repo.updateIncident(trx, id, {
      status: "published",
      version,
      published_at: new Date(publishedAt),
      tlp,
      ...(opts.distribution !== undefined ? { distribution: opts.distribution } : {}),
      ...(opts.sharingGroupId !== undefined ? { sharing_group_id: opts.sharingGroupId } : {}),
    });
    await appendAudit(trx, actor, {
      action: "incident.publish",
      targetType: "incident",
      targetId: id,
      change: { version, tlp, contentHash: sha256Hex(canonicalJson(doc)) },
    });
    // The published (redacted) document is what travels to peer nodes, under its sharing rules.
    await federation.shareLocal(ctx, trx, {
      id,
      type: "incident",
      ownerOrg: "node",
      title: publicTexts[0]?.title ?? i.ref,
      content: doc,
      sharing: {
        tlp: tlp as "green",
        distribution: (opts.distribution ?? i.distribution) as 0,
        sharingGroupId: opts.sharingGroupId !== undefined ? opts.sharingGroupId : i.sharing_group_id,
        residency: null,
      },
      containsPersonalData: found.some((f) => f.findings.length > 0),
      personalDataRedacted: true,
    });
  });
  federation.scheduleNotify(ctx);
  return doc;
}

/**
 * Merges an incident into another: its reports move over, its texts join the other's in the
 * languages that one lacks (so it is found in either language), and its id redirects there for good.
 */
export async function merge(ctx: AppContext, actor: Actor, id: string, into: string) {
  await requireAnalyst(ctx, actor);
  if (id === into)
    throw new AppError("invalid_input", "An incident cannot be merged into itself.", [
      { field: "into", message: "same incident" },
    ]);
  await ctx.db.transaction().execute(async (trx) => {
    const source = await requireOpen(trx, id);
    const target = await repo.getIncidentForUpdate(trx, into);
    if (!target)
      throw new AppError("invalid_input", "The incident to merge into does not exist.", [
        { field: "into", message: "unknown incident" },
      ]);
    if (target.merged_into)
      throw new AppError("conflict", "The target was itself merged; merge into the incident it went to.");
    await repo.moveReports(trx, id, into);
    await repo.copyTexts(trx, id, into);
    await entitiesRepo.moveLinks(trx, "incident_id", id, into);
    await repo.updateIncident(trx, id, { status: "merged", merged_into: into });
    await refreshDerived(trx, into);
    await appendAudit(trx, actor, {
      action: "incident.merge",
      targetType: "incident",
      targetId: id,
      change: { into, sourceRef: source.ref, targetRef: target.ref },
    });
  });
  return getIncident(ctx, actor, into);
}

/**
 * The search terms that find an incident's likely duplicates: names written in Latin letters, the
 * words of its entities (systems, actors, linked entities and their aliases) and of its titles, in
 * every language. Names and entities survive translation; titles catch same-language reports.
 */
function duplicateTerms(texts: Text[], details: Record<string, unknown>, linked: Linked[]): string[] {
  const d = details as { systems?: { name: string; provider?: string }[]; actors?: { name: string }[] };
  const entities = [
    ...(d.systems ?? []).flatMap((s) => [s.name, s.provider ?? ""]),
    ...(d.actors ?? []).map((a) => a.name),
    ...linked.flatMap((e) => [e.name, ...e.aliases]),
  ];
  return [
    ...nameTokens(texts.map((t) => `${t.title}\n${t.description}`).join("\n")),
    ...entities.flatMap((e) => (e ? entityWords(e) : [])),
    ...texts.flatMap((t) => contentWords(t.title)),
  ];
}

/** Candidates ranked by the search index, then scored; enough to keep every likely duplicate in view. */
const DUPLICATE_CANDIDATES = 300;
/**
 * A term in more than 0.1 % of incidents (a common title word such as "chatbot", a city) finds thousands of
 * candidates at a million incidents and tells little about a duplicate: such terms are left out of
 * the candidate query while rarer ones (names, entities) remain. Read from the planner's
 * statistics, at most every ten minutes.
 */
const COMMON_TERM_SHARE = 0.001;
const commonTerms = new WeakMap<AppContext, { at: number; terms: Promise<Set<string>> }>();
function common(ctx: AppContext): Promise<Set<string>> {
  const c = commonTerms.get(ctx);
  if (c && Date.now() - c.at < 600_000) return c.terms;
  const terms = repo.commonLexemes(ctx.db, COMMON_TERM_SHARE).catch(() => new Set<string>());
  commonTerms.set(ctx, { at: Date.now(), terms });
  return terms;
}

/** The terms to look candidates up by: the uncommon ones, or the given ones if all are common. */
async function distinctive(ctx: AppContext, terms: string[]): Promise<string[]> {
  const skip = await common(ctx);
  const rare = terms.filter((t) => !skip.has(t));
  return rare.length ? rare : terms;
}

/** Likely duplicates of an incident, with their reasons, among incidents sharing names, entities or title words. */
export async function duplicates(ctx: AppContext, actor: Actor, id: string, limit = 10) {
  await requireAnalyst(ctx, actor);
  const i = await repo.getIncident(ctx.db, id);
  if (!i) throw notFound("Incident");
  if (!i.match_features) return [];
  const [texts, linked] = await Promise.all([repo.getTexts(ctx.db, id), linkedEntities(ctx.db, id)]);
  const terms = anyOf(
    await distinctive(ctx, duplicateTerms(texts, i.details as Record<string, unknown>, linked)),
  );
  if (!terms) return [];
  const candidates = await repo.duplicateCandidates(
    ctx.db,
    id,
    terms,
    i.occurred_start,
    i.occurred_end,
    DUPLICATE_CANDIDATES,
  );
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const found = suggestDuplicates(
    i.match_features as MatchFeatures,
    candidates.map((c) => c.match_features as MatchFeatures),
    { limit },
  );
  const titles = await Promise.all(
    found.map((s) => repo.getTexts(ctx.db, s.id).then((t) => t[0]?.title ?? "")),
  );
  return found.map((s, n) => ({
    id: s.id,
    ref: byId.get(s.id)!.ref,
    title: titles[n]!,
    score: s.score,
    reasons: s.reasons,
  }));
}

export const allPublished = async (ctx: AppContext, limit = 10_000) =>
  (await repo.allPublished(ctx.db, limit)).map((r) => r.document as ReturnType<typeof publicDocument>);
export type PublicDoc = ReturnType<typeof publicDocument>;

/** Classifies an incident in a taxonomy namespace (replacing that key's values), checked against the taxonomy. */
export async function classify(
  ctx: AppContext,
  actor: Actor,
  id: string,
  c: { namespace: string; key: string; values: string[]; reviewStatus: "draft" | "reviewed" },
) {
  await requireAnalyst(ctx, actor);
  const problem = checkClassification(c.namespace, c.key, c.values);
  if (problem)
    throw new AppError("invalid_input", `The classification is invalid: ${problem}.`, [
      { field: "values", message: problem },
    ]);
  await ctx.db.transaction().execute(async (trx) => {
    await requireOpen(trx, id);
    await repo.replaceClassification(
      trx,
      {
        incident_id: id,
        namespace: c.namespace,
        tax_version: TAXONOMIES.get(c.namespace)!.version,
        key: c.key,
        annotator: actorLabel(actor),
        review_status: c.reviewStatus,
      },
      [...new Set(c.values)],
    );
    await appendAudit(trx, actor, {
      action: "incident.classify",
      targetType: "incident",
      targetId: id,
      change: c,
    });
  });
  return listClassifications(ctx, actor, id);
}

export async function listClassifications(ctx: AppContext, actor: Actor, id: string) {
  await requireAnalyst(ctx, actor);
  return (await repo.classificationsFull(ctx.db, id)).map((r) => ({
    namespace: r.namespace,
    version: r.tax_version,
    key: r.key,
    value: r.value,
    annotator: r.annotator,
    reviewStatus: r.review_status,
  }));
}

// ---------- bulk import ----------

export interface ImportRowResult {
  row: number;
  status: "imported" | "error";
  incidentRef?: string;
  errors?: { field: string; message: string }[];
}

/** Valid rows stored per transaction in a bulk import (one commit per chunk instead of one per row). */
const IMPORT_CHUNK = 500;

/**
 * Imports reports: each row is validated on its own and bad rows are reported with their fields;
 * valid rows are stored a chunk per transaction (storeReports: one statement per table), each with
 * its own refs and audit entry. Should a
 * chunk fail in the database, its rows are stored again one by one, so every good row is kept and
 * only the failing one reported; no row is ever half-written.
 */
export async function importReports(
  ctx: AppContext,
  actor: Actor,
  rows: { row: number; value: unknown; error?: string }[],
) {
  await requireAnalyst(ctx, actor);
  const results: ImportRowResult[] = [];
  const valid: { at: number; row: number; input: ReportInputT }[] = [];
  for (const r of rows) {
    if (r.error) {
      results.push({ row: r.row, status: "error", errors: [{ field: "row", message: r.error }] });
      continue;
    }
    const parsed = ReportInput.safeParse(r.value);
    if (!parsed.success) {
      results.push({
        row: r.row,
        status: "error",
        errors: parsed.error.issues.map((i) => ({ field: i.path.join(".") || "row", message: i.message })),
      });
      continue;
    }
    valid.push({ at: results.length, row: r.row, input: parsed.data });
    results.push({ row: r.row, status: "imported" });
  }
  const imported = (at: number, receipt: { incidentRef: string }) => {
    results[at]!.incidentRef = receipt.incidentRef;
  };
  const chunks: (typeof valid)[] = [];
  for (let i = 0; i < valid.length; i += IMPORT_CHUNK) chunks.push(valid.slice(i, i + IMPORT_CHUNK));
  // A chunk is prepared (fingerprints and all) a few rows at a time, between the steps of storing
  // the one before: Node works on the next chunk while PostgreSQL writes this one.
  const prepare = async (chunk: typeof valid) => {
    const out: ReturnType<typeof prepareReport>[] = [];
    for (const [k, v] of chunk.entries()) {
      if (k % 8 === 7) await new Promise((resolve) => setImmediate(resolve));
      out.push(prepareReport(actor, v.input, "import"));
    }
    return out;
  };
  let next = chunks[0] && prepare(chunks[0]);
  for (const [c, chunk] of chunks.entries()) {
    const prepared = await next!;
    next = chunks[c + 1] && prepare(chunks[c + 1]!);
    next?.catch(() => {}); // awaited in the next round; not an unhandled rejection meanwhile
    try {
      const receipts = await ctx.db.transaction().execute((trx) => storeReports(trx, ctx, actor, prepared));
      for (const [k, v] of chunk.entries()) imported(v.at, receipts[k]!);
    } catch {
      for (const v of chunk) {
        try {
          imported(v.at, await submitReport(ctx, actor, v.input, "import"));
        } catch (e) {
          ctx.log.error({ err: e, row: v.row }, "import row could not be stored");
          results[v.at] = {
            row: v.row,
            status: "error",
            errors: [{ field: "row", message: e instanceof AppError ? e.message : "could not be stored" }],
          };
        }
      }
    }
  }
  return {
    imported: results.filter((r) => r.status === "imported").length,
    failed: results.filter((r) => r.status === "error").length,
    rows: results,
  };
}

// ---------- attachments ----------

const UPLOAD_TTL_MS = 60 * 60 * 1000;

/** A one-time capability for the reporter to attach evidence to their own report, valid for an hour. */
export async function issueUploadToken(ctx: AppContext, reportId: string) {
  const token = randomToken(24);
  const until = new Date(Date.now() + UPLOAD_TTL_MS);
  await repo.setUploadToken(ctx.db, reportId, sha256Hex(token), until);
  return { uploadToken: token, uploadUntil: until.toISOString() };
}

export async function attachToReport(
  ctx: AppContext,
  actor: Actor,
  reportId: string,
  token: string | undefined,
  file: { filename: string; mimetype: string; content: Buffer; truncated: boolean },
) {
  const r = await repo.reportForUpload(ctx.db, reportId);
  const valid =
    r?.upload_token_hash &&
    token &&
    r.upload_token_hash === sha256Hex(token) &&
    r.upload_expires_at &&
    r.upload_expires_at.getTime() > Date.now();
  if (!r || !valid) throw new AppError("forbidden", "The upload token is missing, wrong or expired.");
  return storeAttachment(ctx, actor, { reportId }, file);
}

export async function attachToIncident(
  ctx: AppContext,
  actor: Actor,
  incidentId: string,
  file: { filename: string; mimetype: string; content: Buffer; truncated: boolean },
) {
  await requireAnalyst(ctx, actor);
  return storeAttachment(ctx, actor, { incidentId }, file);
}

type Upload = { filename: string; mimetype: string; content: Buffer; truncated: boolean };

/** Checks an evidence file and stores it with its SHA-256 on a report or an incident, audited. */
async function storeAttachment(
  ctx: AppContext,
  actor: Actor,
  on: { reportId?: string; incidentId?: string },
  file: Upload,
) {
  const checked = checkAttachment(file.filename, file.mimetype, file.content, file.truncated);
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    if (on.incidentId) await requireOpen(trx, on.incidentId);
    await repo.insertAttachment(trx, {
      id,
      incident_id: on.incidentId ?? null,
      report_id: on.reportId ?? null,
      filename: checked.filename,
      media_type: checked.mediaType,
      size: checked.size,
      sha256: checked.sha256,
      content: file.content,
      uploaded_by: actorLabel(actor),
    });
    await appendAudit(trx, actor, {
      action: on.incidentId ? "incident.attach" : "report.attach",
      targetType: on.incidentId ? "incident" : "report",
      targetId: on.incidentId ?? on.reportId!,
      change: { attachmentId: id, sha256: checked.sha256, size: checked.size },
    });
  });
  return { id, ...checked };
}

export async function listAttachments(ctx: AppContext, actor: Actor, incidentId: string) {
  await requireAnalyst(ctx, actor);
  if (!(await repo.getIncident(ctx.db, incidentId))) throw notFound("Incident");
  return (await repo.attachmentsOf(ctx.db, incidentId)).map((a) => ({
    id: a.id,
    filename: a.filename,
    mediaType: a.media_type,
    size: a.size,
    sha256: a.sha256,
    reportId: a.report_id,
    uploadedBy: a.uploaded_by,
    createdAt: a.created_at.toISOString(),
  }));
}

/** An attachment's bytes, for analysts only (evidence may hold personal data). */
export async function getAttachment(ctx: AppContext, actor: Actor, id: string) {
  await requireAnalyst(ctx, actor);
  const a = await repo.getAttachment(ctx.db, id);
  if (!a) throw notFound("Attachment");
  return a;
}
