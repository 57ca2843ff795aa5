import { type Actor, REGULATOR_ROLES } from "../../platform/access.ts";
import { appendAudit } from "../../platform/audit.ts";
import type { AppContext } from "../../platform/context.ts";
import { sha256Hex } from "../../platform/crypto.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { checkAttachment } from "../../platform/files.ts";
import { uuidv7 } from "../../platform/ids.ts";
import { nextRef } from "../../platform/refs.ts";
import type { SharingT } from "../federation/federation.schemas.ts";
import * as federation from "../federation/federation.service.ts";
import * as frameworks from "../frameworks/frameworks.service.ts";
import * as registry from "../registry/registry.service.ts";
import * as tenancy from "../tenancy/tenancy.service.ts";
import * as repo from "./assessments.repo.ts";
import { assessmentResults, type ExportInput, poam } from "./oscal-export.ts";
import { htmlToPdf } from "./pdf.ts";
import { PROFILES } from "./profiles.ts";
import {
  type Answer,
  buildQuestions,
  type Control,
  coverage,
  type Result,
  type TargetFramework,
} from "./questions.ts";
import { renderReport } from "./report.ts";

const label = (a: Actor) => (a.kind === "user" ? a.email : a.kind === "system" ? a.label : "anonymous");

function regulated(actor: Actor): string[] {
  if (actor.kind !== "user") return [];
  return [
    ...new Set(actor.memberships.filter((m) => REGULATOR_ROLES.includes(m.role)).map((m) => m.jurisdiction)),
  ];
}
const isNodeAdmin = (a: Actor) => a.kind === "system" || (a.kind === "user" && a.nodeRole === "node-admin");
const ownsOrg = (a: Actor, orgId: string) =>
  a.kind === "user" &&
  a.memberships.some((m) => m.orgId === orgId && (m.role === "org-admin" || m.role === "org-member"));

/** An assessment the actor may see: its organisation's, or submitted to a jurisdiction the actor regulates. */
async function requireVisible(ctx: AppContext, actor: Actor, id: string) {
  const a = await repo.getAssessment(ctx.db, id);
  if (!a) throw notFound("Assessment");
  if (isNodeAdmin(actor) || ownsOrg(actor, a.org_id)) return { a, owner: true };
  const subs = await repo.submissions(ctx.db, id);
  if (subs.some((s) => regulated(actor).includes(s.jurisdiction))) return { a, owner: false };
  throw notFound("Assessment");
}

/** The frameworks that apply in a jurisdiction: every framework of it with requirements. */
async function frameworksFor(ctx: AppContext, jurisdictions: string[]) {
  const all = await frameworks.listFrameworks(ctx, {});
  return all.filter((f) => jurisdictions.includes(f.jurisdiction) && f.requirementCount > 0).map((f) => f.id);
}

async function targets(
  ctx: AppContext,
  ids: string[],
): Promise<{ hub: Control[]; targets: TargetFramework[] }> {
  const load = async (id: string): Promise<TargetFramework> => {
    const f = await frameworks.getFramework(ctx, id);
    return {
      id,
      title: f.title,
      controls: f.requirements
        .filter((r) => r.kind === "control")
        .map((r) => ({ id: r.id, label: r.label, title: r.title, statement: r.statement })),
      links: id === frameworks.HUB ? [] : await frameworks.hubLinks(ctx, id),
    };
  };
  const [hub, ...rest] = await Promise.all([load(frameworks.HUB), ...ids.map(load)]);
  return { hub: hub!.controls, targets: rest };
}

export async function createAssessment(
  ctx: AppContext,
  actor: Actor,
  input: { systemId: string; jurisdictions: string[]; frameworks: string[]; profile?: string | undefined },
) {
  if (input.profile && !PROFILES.has(input.profile)) {
    throw new AppError("invalid_input", `Unknown profile ${input.profile}.`, [
      { field: "profile", message: `one of ${[...PROFILES.keys()].join(", ")}` },
    ]);
  }
  const system = await registry.getSystem(ctx, actor, input.systemId);
  if (!("orgId" in system) || !(isNodeAdmin(actor) || ownsOrg(actor, system.orgId)))
    throw forbidden("Only the owning organisation assesses its systems.");
  const known = new Set((await frameworks.listFrameworks(ctx, {})).map((f) => f.id));
  const unknown = input.frameworks.filter((f) => !known.has(f));
  if (unknown.length)
    throw new AppError("invalid_input", `Unknown framework(s): ${unknown.join(", ")}.`, [
      { field: "frameworks", message: `unknown: ${unknown.join(", ")}` },
    ]);
  const resolved = [...new Set([...(await frameworksFor(ctx, input.jurisdictions)), ...input.frameworks])];
  if (!resolved.length)
    throw new AppError(
      "invalid_input",
      "No framework applies: pick jurisdictions with adopted frameworks, or frameworks.",
      [{ field: "jurisdictions", message: "no framework applies" }],
    );
  const node = await tenancy.nodeInfo(ctx);
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    const ref = await nextRef(trx, `ASM-${node.jurisdiction}-${new Date().getUTCFullYear()}`);
    await repo.insertAssessment(trx, {
      id,
      ref,
      system_id: input.systemId,
      org_id: system.orgId,
      jurisdictions: [...new Set(input.jurisdictions)],
      frameworks: resolved,
      profile: input.profile ?? null,
      status: "draft",
      created_by: label(actor),
    });
    await appendAudit(trx, actor, {
      action: "assessment.create",
      targetType: "assessment",
      targetId: id,
      change: { systemId: input.systemId, jurisdictions: input.jurisdictions, frameworks: resolved },
    });
  });
  return getAssessment(ctx, actor, id);
}

const view = (a: repo.AssessmentRow, subs: Awaited<ReturnType<typeof repo.submissions>>) => ({
  id: a.id,
  ref: a.ref,
  systemId: a.system_id,
  systemName: a.system_name,
  systemRef: a.system_ref,
  orgId: a.org_id,
  jurisdictions: a.jurisdictions,
  frameworks: a.frameworks,
  profile: a.profile,
  status: a.status as "draft",
  submissions: subs.map((s) => ({
    jurisdiction: s.jurisdiction,
    status: s.status as "submitted",
    submittedAt: s.submitted_at.toISOString(),
    decidedAt: s.decided_at?.toISOString() ?? null,
    decidedBy: s.decided_by,
  })),
  createdAt: a.created_at.toISOString(),
  updatedAt: a.updated_at.toISOString(),
});

export async function getAssessment(ctx: AppContext, actor: Actor, id: string) {
  const { a } = await requireVisible(ctx, actor, id);
  return view(a, await repo.submissions(ctx.db, id));
}

/** My organisations' assessments (all, for node administrators), newest first; optionally of one system. */
export async function listAssessments(
  ctx: AppContext,
  actor: Actor,
  f: { systemId?: string | undefined } = {},
) {
  const orgIds =
    actor.kind === "user"
      ? actor.memberships.filter((m) => m.role === "org-admin" || m.role === "org-member").map((m) => m.orgId)
      : [];
  const rows = await repo.listForOrgs(ctx.db, orgIds, isNodeAdmin(actor), f.systemId);
  return Promise.all(rows.map(async (a) => view(a, await repo.submissions(ctx.db, a.id))));
}

/**
 * The questions an assessment asks: the set de-duplicated through the hub, or, on a profile (the MSME
 * quick path), only the profile's hub questions, worded plainly.
 */
function questionSet(a: { profile: string | null }, hub: Control[], t: TargetFramework[]) {
  const all = buildQuestions(frameworks.HUB, hub, t);
  const profile = a.profile ? PROFILES.get(a.profile) : undefined;
  if (!profile) return all.map((q) => ({ ...q, plainLanguage: null as string | null }));
  return all
    .filter((q) => q.kind === "hub" && profile.controlIds.includes(q.id))
    .map((q) => ({ ...q, plainLanguage: profile.plain.get(q.id) ?? null }));
}

/** The de-duplicated question set, each question with the controls it answers and its current answer. */
export async function questions(ctx: AppContext, actor: Actor, id: string) {
  const { a } = await requireVisible(ctx, actor, id);
  const { hub, targets: t } = await targets(ctx, a.frameworks);
  const qs = questionSet(a, hub, t);
  const answers = new Map((await repo.answers(ctx.db, id)).map((x) => [x.question, x]));
  const totalControls = t.reduce((n, f) => n + f.controls.length, 0);
  return {
    assessmentId: id,
    totalControls,
    questions: qs.map((q) => {
      const ans = answers.get(q.key);
      return {
        ...q,
        answer: ans
          ? {
              result: ans.result as Result,
              explanation: ans.explanation,
              evidence: ans.evidence as { url: string; title?: string }[],
              answeredBy: ans.answered_by,
              answeredAt: ans.answered_at.toISOString(),
            }
          : null,
      };
    }),
  };
}

/** Answers one question of the set (or a single control directly, to refine a derived result). */
export async function answer(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: {
    question: string;
    result: Result;
    explanation?: string | undefined;
    evidence: { url: string; title?: string | undefined }[];
    controlId?: string | undefined;
  },
) {
  const { a, owner } = await requireVisible(ctx, actor, id);
  if (!owner) throw forbidden("Only the assessed organisation answers.");
  // An implemented control of the organisation can stand as the answer (its description and evidence).
  const control = input.controlId ? await repo.control(ctx.db, input.controlId) : undefined;
  if (input.controlId && (!control || control.org_id !== a.org_id)) {
    throw new AppError("invalid_input", "That control is not one of this organisation's.", [
      { field: "controlId", message: "unknown control" },
    ]);
  }
  const explanation = input.explanation ?? (control ? `${control.title}: ${control.description}` : "");
  if (!explanation)
    throw new AppError("invalid_input", "Explain the answer, or answer with an implemented control.", [
      { field: "explanation", message: "required" },
    ]);
  const evidence = [
    ...input.evidence,
    ...((control?.evidence as { url: string; title?: string }[] | undefined) ?? []),
  ];
  if (a.status !== "draft" && a.status !== "changes-requested")
    throw new AppError(
      "conflict",
      `The assessment is ${a.status}; it can be answered while draft or when changes are requested.`,
    );
  const { hub, targets: t } = await targets(ctx, a.frameworks);
  const inSet = new Set(questionSet(a, hub, t).map((q) => q.key));
  const controlKeys = new Set(t.flatMap((f) => f.controls.map((c) => `${f.id}:${c.id}`)));
  if (!inSet.has(input.question) && !controlKeys.has(input.question)) {
    throw new AppError("invalid_input", `"${input.question}" is not a question of this assessment.`, [
      { field: "question", message: "not in the question set" },
    ]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.putAnswer(trx, {
      assessment_id: id,
      question: input.question,
      result: input.result,
      explanation,
      evidence,
      control_id: control?.id ?? null,
      answered_by: label(actor),
    });
    await appendAudit(trx, actor, {
      action: "assessment.answer",
      targetType: "assessment",
      targetId: id,
      change: input,
    });
  });
  return coverageOf(ctx, actor, id);
}

/** Coverage of every target framework, derived through the hub where not answered directly. */
export async function coverageOf(ctx: AppContext, actor: Actor, id: string) {
  const { a } = await requireVisible(ctx, actor, id);
  const { targets: t } = await targets(ctx, a.frameworks);
  const answers: Answer[] = (await repo.answers(ctx.db, id)).map((x) => ({
    question: x.question,
    result: x.result as Result,
  }));
  return { assessmentId: id, frameworks: coverage(frameworks.HUB, t, answers) };
}

export async function listGaps(ctx: AppContext, actor: Actor, id: string) {
  await requireVisible(ctx, actor, id);
  const [gaps, answers] = await Promise.all([repo.gaps(ctx.db, id), repo.answers(ctx.db, id)]);
  const planned = new Set(gaps.map((g) => g.question));
  return {
    gaps: gaps.map((g) => ({
      id: g.id,
      question: g.question,
      action: g.action,
      owner: g.owner,
      dueDate: g.due_date,
      status: g.status as "open",
    })),
    unplanned: answers
      .filter((x) => (x.result === "not-met" || x.result === "partially-met") && !planned.has(x.question))
      .map((x) => x.question),
  };
}

export async function addGap(
  ctx: AppContext,
  actor: Actor,
  id: string,
  g: { question: string; action: string; owner: string; dueDate?: string | undefined },
) {
  const { owner } = await requireVisible(ctx, actor, id);
  if (!owner) throw forbidden();
  const gid = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertGap(trx, {
      id: gid,
      assessment_id: id,
      question: g.question,
      action: g.action,
      owner: g.owner,
      due_date: g.dueDate ?? null,
      status: "open",
    });
    await appendAudit(trx, actor, {
      action: "assessment.gap",
      targetType: "assessment",
      targetId: id,
      change: g,
    });
  });
  return listGaps(ctx, actor, id);
}

/** Changes a planned action: its wording, owner, due date (null clears it) or status (open, done). */
export async function updateGap(
  ctx: AppContext,
  actor: Actor,
  id: string,
  gapId: string,
  patch: {
    action?: string | undefined;
    owner?: string | undefined;
    dueDate?: string | null | undefined;
    status?: "open" | "done" | undefined;
  },
) {
  const { owner } = await requireVisible(ctx, actor, id);
  if (!owner) throw forbidden("Only the assessed organisation plans its actions.");
  await ctx.db.transaction().execute(async (trx) => {
    const found = await repo.updateGap(trx, id, gapId, {
      ...(patch.action !== undefined ? { action: patch.action } : {}),
      ...(patch.owner !== undefined ? { owner: patch.owner } : {}),
      ...(patch.dueDate !== undefined ? { due_date: patch.dueDate } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
    });
    if (!found) throw notFound("Gap");
    await appendAudit(trx, actor, {
      action: "assessment.gap.update",
      targetType: "assessment",
      targetId: id,
      change: { gapId, ...patch },
    });
  });
  return listGaps(ctx, actor, id);
}

/** Submits a complete assessment to one of its jurisdictions' regulators. */
export async function submit(ctx: AppContext, actor: Actor, id: string, jurisdiction: string) {
  const { a, owner } = await requireVisible(ctx, actor, id);
  if (!owner) throw forbidden();
  if (!a.jurisdictions.includes(jurisdiction)) {
    throw new AppError("invalid_input", `This assessment does not target ${jurisdiction}.`, [
      { field: "jurisdiction", message: `one of ${a.jurisdictions.join(", ") || "(none)"}` },
    ]);
  }
  const q = await questions(ctx, actor, id);
  const open = q.questions.filter((x) => !x.answer).length;
  if (open)
    throw new AppError(
      "conflict",
      `${open} question(s) are unanswered; answer every question before submitting.`,
      [{ field: "answers", message: `${open} unanswered` }],
    );
  await ctx.db.transaction().execute(async (trx) => {
    await repo.putSubmission(trx, id, jurisdiction);
    await repo.setStatus(trx, id, "submitted");
    await appendAudit(trx, actor, {
      action: "assessment.submit",
      targetType: "assessment",
      targetId: id,
      change: { jurisdiction },
    });
  });
  // The regulator reviews the system too.
  await registry.submitSystem(ctx, actor, a.system_id, jurisdiction);
  return getAssessment(ctx, actor, id);
}

/** The regulator's queue: submissions to the jurisdictions the actor regulates. */
export async function reviewQueue(ctx: AppContext, actor: Actor) {
  const rows = await repo.queue(ctx.db, regulated(actor), isNodeAdmin(actor));
  return rows.map((r) => ({
    assessmentId: r.assessment_id,
    ref: r.ref,
    jurisdiction: r.jurisdiction,
    status: r.status as "submitted",
    submittedAt: r.submitted_at.toISOString(),
    systemName: r.system_name,
    orgName: r.org_name,
    commentCount: Number(r.comment_count ?? 0),
    lastCommentBy: r.last_comment_by ?? null,
  }));
}

/** A regulator's decision on a submission: accept, or request changes (with a comment). */
export async function review(
  ctx: AppContext,
  actor: Actor,
  id: string,
  jurisdiction: string,
  decision: "accept" | "request-changes" | "comment",
  comment?: string,
) {
  if (!isNodeAdmin(actor) && !regulated(actor).includes(jurisdiction)) throw notFound("Submission");
  await requireVisible(ctx, actor, id);
  const subs = await repo.submissions(ctx.db, id);
  if (!subs.some((s) => s.jurisdiction === jurisdiction)) throw notFound("Submission");
  await ctx.db.transaction().execute(async (trx) => {
    if (decision !== "comment") {
      await repo.decideSubmission(
        trx,
        id,
        jurisdiction,
        decision === "accept" ? "accepted" : "changes-requested",
        label(actor),
      );
      await repo.setStatus(trx, id, decision === "accept" ? "accepted" : "changes-requested");
    }
    if (comment)
      await repo.insertComment(trx, {
        id: uuidv7(),
        assessment_id: id,
        jurisdiction,
        author_label: label(actor),
        author_side: "regulator",
        parent_id: null,
        body: comment,
      });
    await appendAudit(trx, actor, {
      action: `assessment.review.${decision}`,
      targetType: "assessment",
      targetId: id,
      change: { jurisdiction, comment },
    });
  });
  return getAssessment(ctx, actor, id);
}

/**
 * Review comments as threads one level deep, per jurisdiction. The organisation (and node
 * administrators) read every thread; a regulator reads the threads of the jurisdictions it regulates.
 */
export async function listComments(ctx: AppContext, actor: Actor, id: string) {
  const { owner } = await requireVisible(ctx, actor, id);
  const mine = regulated(actor);
  const rows = (await repo.comments(ctx.db, id)).filter(
    (c) => owner || (c.jurisdiction !== null && mine.includes(c.jurisdiction)),
  );
  const view = (c: (typeof rows)[number]) => ({
    id: c.id,
    authorLabel: c.author_label,
    authorSide: c.author_side,
    body: c.body,
    createdAt: c.created_at.toISOString(),
  });
  return rows
    .filter((c) => !c.parent_id)
    .map((c) => ({
      ...view(c),
      jurisdiction: c.jurisdiction,
      replies: rows.filter((r) => r.parent_id === c.id).map(view),
    }));
}

/**
 * A comment between a jurisdiction's regulator and the assessed organisation: a new thread on a
 * submission, or a reply to a thread's first comment (threads are one level deep).
 */
export async function postComment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { body: string; parentId?: string | undefined; jurisdiction?: string | undefined },
) {
  const { a } = await requireVisible(ctx, actor, id);
  let jurisdiction = input.jurisdiction;
  if (input.parentId) {
    const parent = await repo.comment(ctx.db, id, input.parentId);
    if (!parent)
      throw new AppError("invalid_input", "No such comment on this assessment.", [
        { field: "parentId", message: "unknown comment" },
      ]);
    if (parent.parent_id)
      throw new AppError(
        "invalid_input",
        "Reply to the thread's first comment: replies are one level deep.",
        [{ field: "parentId", message: "is a reply" }],
      );
    jurisdiction = parent.jurisdiction ?? undefined;
  }
  const subs = await repo.submissions(ctx.db, id);
  if (!jurisdiction || !subs.some((s) => s.jurisdiction === jurisdiction))
    throw new AppError("invalid_input", "Comment on a submission: name a jurisdiction it was submitted to.", [
      { field: "jurisdiction", message: `one of ${subs.map((s) => s.jurisdiction).join(", ") || "(none)"}` },
    ]);
  const side = ownsOrg(actor, a.org_id)
    ? "organisation"
    : isNodeAdmin(actor) || regulated(actor).includes(jurisdiction)
      ? "regulator"
      : undefined;
  // A regulator of another jurisdiction the assessment was also submitted to does not see this thread.
  if (!side) throw notFound("Submission");
  const cid = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertComment(trx, {
      id: cid,
      assessment_id: id,
      jurisdiction,
      author_label: label(actor),
      author_side: side,
      parent_id: input.parentId ?? null,
      body: input.body,
    });
    await appendAudit(trx, actor, {
      action: input.parentId ? "assessment.comment.reply" : "assessment.comment",
      targetType: "assessment",
      targetId: id,
      change: { commentId: cid, jurisdiction, parentId: input.parentId ?? null, body: input.body },
    });
  });
  return listComments(ctx, actor, id);
}

/** The HTML report, in the given language; its SHA-256 is signed with the node's key and recorded for verification. */
export async function htmlReport(
  ctx: AppContext,
  actor: Actor,
  id: string,
  lang: string,
  format: "html" | "pdf" = "html",
) {
  const assessment = await getAssessment(ctx, actor, id);
  const [system, risk, cov, gaps, node] = await Promise.all([
    registry.getSystem(ctx, actor, assessment.systemId),
    registry.risk(ctx, actor, assessment.systemId),
    coverageOf(ctx, actor, id),
    listGaps(ctx, actor, id),
    tenancy.nodeInfo(ctx),
  ]);
  const html = renderReport({
    lang,
    assessment,
    system: system as Parameters<typeof renderReport>[0]["system"],
    risk,
    coverage: cov.frameworks,
    gaps: gaps.gaps,
    node,
    issuedAt: new Date().toISOString(),
    verifyUrl: `${ctx.config.publicUrl}/api/v1/reports/verify`,
  });
  const bytes = format === "pdf" ? await htmlToPdf(html, ctx.config.chromiumPath) : Buffer.from(html, "utf8");
  return issue(ctx, actor, id, format, format, bytes);
}

/** Signs a report's SHA-256 with the node key and records it, so anyone can verify it later. */
async function issue(
  ctx: AppContext,
  actor: Actor,
  id: string,
  kind: "html" | "pdf" | "oscal",
  what: string,
  bytes: Buffer,
) {
  const sha256 = sha256Hex(bytes);
  const { signature, fingerprint } = await tenancy.signWithNodeKey(ctx, sha256);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.recordReport(trx, {
      sha256,
      assessment_id: id,
      kind,
      signature,
      key_fingerprint: fingerprint,
      issued_by: label(actor),
    });
    await appendAudit(trx, actor, {
      action: "assessment.report",
      targetType: "assessment",
      targetId: id,
      change: { sha256, kind: what },
    });
  });
  return { bytes, sha256, signature, fingerprint };
}

/** Whether this node issued a report with this SHA-256, and whether its signature holds. */
export async function verifyReport(ctx: AppContext, sha256: string) {
  const r = await repo.issuedReport(ctx.db, sha256.toLowerCase());
  if (!r)
    return {
      issued: false as const,
      sha256,
      reason: "This node did not issue a report with this SHA-256: it was altered, or issued elsewhere.",
    };
  const node = await tenancy.nodeInfo(ctx);
  return {
    issued: true as const,
    sha256: r.sha256,
    assessmentRef: r.ref,
    kind: r.kind,
    issuedAt: r.issued_at.toISOString(),
    issuedBy: r.issued_by,
    node: { nodeId: node.nodeId, name: node.name, fingerprint: node.fingerprint },
    signature: r.signature,
    signatureValid: await tenancy.verifyNodeSignature(ctx, r.sha256, r.signature),
  };
}

/** OSCAL exports (assessment-results, or the POA&M), signed and recorded like the HTML report. */
export async function oscalExport(
  ctx: AppContext,
  actor: Actor,
  id: string,
  which: "assessment-results" | "poam",
) {
  const assessment = await getAssessment(ctx, actor, id);
  const [cov, gaps, answers, node] = await Promise.all([
    coverageOf(ctx, actor, id),
    listGaps(ctx, actor, id),
    repo.answers(ctx.db, id),
    tenancy.nodeInfo(ctx),
  ]);
  const input: ExportInput = {
    assessment,
    node,
    coverage: cov.frameworks,
    answers: answers.map((a) => ({
      question: a.question,
      result: a.result,
      explanation: a.explanation,
      evidence: a.evidence as { url: string; title?: string }[],
      answeredAt: a.answered_at.toISOString(),
    })),
    gaps: gaps.gaps,
    generatedAt: new Date().toISOString(),
    version: ctx.version,
  };
  const doc = which === "poam" ? poam(input) : assessmentResults(input);
  return issue(ctx, actor, id, "oscal", which, Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, "utf8"));
}

// ---------- evidence files ----------

/** Attaches an evidence file to a question of the assessment (type checked by content, size-limited, SHA-256). */
export async function addEvidenceFile(
  ctx: AppContext,
  actor: Actor,
  id: string,
  question: string | undefined,
  upload: { filename: string; mimetype: string; content: Buffer; truncated: boolean },
) {
  const { a, owner } = await requireVisible(ctx, actor, id);
  if (!owner) throw forbidden("Only the assessed organisation adds evidence.");
  const { hub, targets: t } = await targets(ctx, a.frameworks);
  const keys = new Set([
    ...questionSet(a, hub, t).map((q) => q.key),
    ...t.flatMap((f) => f.controls.map((c) => `${f.id}:${c.id}`)),
  ]);
  if (!question || !keys.has(question)) {
    throw new AppError("invalid_input", 'Name the question this evidence supports (form field "question").', [
      { field: "question", message: "not a question of this assessment" },
    ]);
  }
  const checked = checkAttachment(upload.filename, upload.mimetype, upload.content, upload.truncated);
  const fid = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertFile(trx, {
      id: fid,
      assessment_id: id,
      question,
      filename: checked.filename,
      media_type: checked.mediaType,
      size: checked.size,
      sha256: checked.sha256,
      content: upload.content,
      uploaded_by: label(actor),
    });
    await appendAudit(trx, actor, {
      action: "assessment.evidence",
      targetType: "assessment",
      targetId: id,
      change: { fileId: fid, question, sha256: checked.sha256 },
    });
  });
  return { id: fid, question, ...checked };
}

export async function listEvidenceFiles(ctx: AppContext, actor: Actor, id: string) {
  await requireVisible(ctx, actor, id);
  return (await repo.files(ctx.db, id)).map((f) => ({
    id: f.id,
    question: f.question,
    filename: f.filename,
    mediaType: f.media_type,
    size: f.size,
    sha256: f.sha256,
    uploadedBy: f.uploaded_by,
    createdAt: f.created_at.toISOString(),
  }));
}

export async function evidenceFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await requireVisible(ctx, actor, id);
  const f = await repo.file(ctx.db, id, fileId);
  if (!f) throw notFound("Evidence file");
  return f;
}

// ---------- implemented controls (reused across systems) ----------

const controlView = (c: NonNullable<Awaited<ReturnType<typeof repo.control>>>) => ({
  id: c.id,
  orgId: c.org_id,
  title: c.title,
  description: c.description,
  evidence: c.evidence as { url: string; title?: string }[],
  createdBy: c.created_by,
  createdAt: c.created_at.toISOString(),
});

function requireOrgMember(actor: Actor, orgId: string) {
  if (!isNodeAdmin(actor) && !ownsOrg(actor, orgId))
    throw forbidden("Only the organisation's members manage its controls.");
}

/** Describes a control the organisation has in place, once, to answer questions in any assessment. */
export async function createControl(
  ctx: AppContext,
  actor: Actor,
  c: {
    orgId: string;
    title: string;
    description: string;
    evidence: { url: string; title?: string | undefined }[];
  },
) {
  requireOrgMember(actor, c.orgId);
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertControl(trx, {
      id,
      org_id: c.orgId,
      title: c.title,
      description: c.description,
      evidence: c.evidence,
      created_by: label(actor),
    });
    await appendAudit(trx, actor, {
      action: "control.create",
      targetType: "control",
      targetId: id,
      change: c,
    });
  });
  return controlView((await repo.control(ctx.db, id))!);
}

/** The organisation's controls, each with the questions it already answers (so a new assessment can reuse it). */
export async function listControls(ctx: AppContext, actor: Actor, orgId: string) {
  requireOrgMember(actor, orgId);
  const [rows, use] = await Promise.all([repo.controls(ctx.db, orgId), repo.controlUse(ctx.db, orgId)]);
  return rows.map((c) => ({
    ...controlView(c),
    answers: use.filter((u) => u.control_id === c.id).map((u) => u.question),
  }));
}

// ---------- sharing a summary with the network ----------

/** Only the organisation's administrators (or node administrators) share its assessment summaries. */
async function requireSharer(ctx: AppContext, actor: Actor, id: string) {
  const { a } = await requireVisible(ctx, actor, id);
  const admin =
    isNodeAdmin(actor) ||
    (actor.kind === "user" && actor.memberships.some((m) => m.orgId === a.org_id && m.role === "org-admin"));
  if (!admin) throw forbidden("Only the organisation's administrators share its assessment summaries.");
  return a;
}

/**
 * The summary that travels: the system's name and purpose, the organisation, the jurisdictions and
 * frameworks assessed with coverage counts per framework, and the date of the latest answer.
 * Never the answers' explanations, evidence files or review comments.
 */
async function summaryOf(ctx: AppContext, actor: Actor, a: repo.AssessmentRow) {
  const [system, cov, answers, orgs] = await Promise.all([
    registry.getSystem(ctx, actor, a.system_id),
    coverageOf(ctx, actor, a.id),
    repo.answers(ctx.db, a.id),
    tenancy.hostedOrganisations(ctx),
  ]);
  const latest = answers.reduce<Date | null>(
    (d, x) => (d === null || x.answered_at > d ? x.answered_at : d),
    null,
  );
  const systemName = system.name;
  return {
    title: `Assessment summary: ${systemName}`,
    content: {
      assessment: { ref: a.ref, status: a.status, profile: a.profile },
      system: { name: systemName, purpose: "purpose" in system ? (system.purpose ?? null) : null },
      organisation: { name: orgs.find((o) => o.id === a.org_id)?.name ?? null },
      jurisdictions: a.jurisdictions,
      questionsAnswered: answers.length,
      frameworks: cov.frameworks.map((f) => ({
        frameworkId: f.frameworkId,
        title: f.title,
        controls: f.controls.length,
        met: f.counts.met,
        partiallyMet: f.counts["partially-met"],
        notMet: f.counts["not-met"],
        notApplicable: f.counts["not-applicable"],
        unanswered: f.counts.unanswered,
        coveragePercent: f.score === null ? null : Math.round(f.score * 1000) / 10,
      })),
      date: (latest ?? a.created_at).toISOString().slice(0, 10),
    } as Record<string, unknown>,
  };
}

/** Whether and how the assessment's summary is shared, and the sharing groups it could go to. */
export async function shareState(ctx: AppContext, actor: Actor, id: string) {
  await requireSharer(ctx, actor, id);
  return { shared: await federation.localShareState(ctx, id), groups: await federation.groupChoices(ctx) };
}

/** Exactly which peer nodes and organisations would receive the summary with this sharing. */
export async function previewShare(ctx: AppContext, actor: Actor, id: string, sharing: SharingT) {
  const a = await requireSharer(ctx, actor, id);
  const { title } = await summaryOf(ctx, actor, a);
  return federation.previewShare(ctx, {
    id,
    type: "assessment-summary",
    ownerOrg: a.org_id,
    title,
    sharing: federation.normalisedSharing(sharing),
  });
}

/** Shares the summary (again: a new version when the figures or the sharing changed). */
export async function shareSummary(ctx: AppContext, actor: Actor, id: string, sharing: SharingT) {
  const a = await requireSharer(ctx, actor, id);
  const { title, content } = await summaryOf(ctx, actor, a);
  const input = {
    id,
    type: "assessment-summary" as const,
    ownerOrg: a.org_id,
    title,
    content,
    sharing: federation.normalisedSharing(sharing),
    containsPersonalData: false,
    personalDataRedacted: false,
  };
  await federation.shareAudited(ctx, actor, input, { action: "assessment.share", targetType: "assessment" });
  return shareState(ctx, actor, id);
}

/** Withdraws the shared summary from every peer (a signed retraction). */
export async function unshareSummary(ctx: AppContext, actor: Actor, id: string) {
  await requireSharer(ctx, actor, id);
  await federation.unshareAudited(ctx, actor, id, {
    action: "assessment.unshare",
    targetType: "assessment",
    notShared: "The summary of this assessment is not shared.",
  });
  return shareState(ctx, actor, id);
}
