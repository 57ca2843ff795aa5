import multipart from "@fastify/multipart";
import { z } from "zod";
import type { AppContext } from "../../platform/context.ts";
import { readUpload, UPLOAD_LIMITS } from "../../platform/files.ts";
import type { App } from "../../platform/http.ts";
import { IdParams, problems } from "../../platform/http-schemas.ts";
import { Preview, ShareState, Sharing } from "../federation/federation.schemas.ts";
import {
  AnswerInput,
  Assessment,
  AssessmentCreate,
  CommentInput,
  Comments,
  Control,
  ControlInput,
  Coverage,
  GapInput,
  Gaps,
  GapUpdate,
  QuestionSet,
  ReportVerification,
  ReviewInput,
  ReviewQueue,
  SubmitInput,
} from "./assessments.schemas.ts";
import * as assessments from "./assessments.service.ts";

export function assessmentRoutes(ctx: AppContext) {
  const tags = ["assessments"];
  const self = { permission: "self" as const };
  return async (app: App) => {
    app.get(
      "/api/v1/assessments",
      {
        config: self,
        schema: {
          tags,
          summary: "My organisations' assessments, newest first (at most 200); systemId: of one system",
          querystring: z.strictObject({ systemId: z.uuid().optional() }),
          response: { 200: z.array(Assessment), ...problems(400, 401) },
        },
      },
      async (req) => assessments.listAssessments(ctx, req.actor, req.query),
    );
    app.post(
      "/api/v1/assessments",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Start an assessment of a system for jurisdictions and/or frameworks",
          body: AssessmentCreate,
          response: { 201: Assessment, ...problems(400, 401, 403, 404) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await assessments.createAssessment(ctx, req.actor, req.body)),
    );
    app.get(
      "/api/v1/assessments/:id",
      {
        config: self,
        schema: {
          tags,
          summary: "An assessment",
          params: IdParams,
          response: { 200: Assessment, ...problems(401, 404) },
        },
      },
      async (req) => assessments.getAssessment(ctx, req.actor, req.params.id),
    );
    app.get(
      "/api/v1/assessments/:id/questions",
      {
        config: self,
        schema: {
          tags,
          summary: "The de-duplicated question set, with answers",
          params: IdParams,
          response: { 200: QuestionSet, ...problems(401, 404) },
        },
      },
      async (req) => assessments.questions(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/assessments/:id/answers",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary:
            "Answer a question (met, partially met, not met, not applicable) with explanation and evidence",
          params: IdParams,
          body: AnswerInput,
          response: { 200: Coverage, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => assessments.answer(ctx, req.actor, req.params.id, req.body),
    );
    app.get(
      "/api/v1/assessments/:id/coverage",
      {
        config: self,
        schema: {
          tags,
          summary: "Coverage per framework (derived results say how they were derived)",
          params: IdParams,
          response: { 200: Coverage, ...problems(401, 404) },
        },
      },
      async (req) => assessments.coverageOf(ctx, req.actor, req.params.id),
    );
    app.get(
      "/api/v1/assessments/:id/gaps",
      {
        config: self,
        schema: {
          tags,
          summary: "Gap list (POA&M)",
          params: IdParams,
          response: { 200: Gaps, ...problems(401, 404) },
        },
      },
      async (req) => assessments.listGaps(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/assessments/:id/gaps",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Plan an action for a gap",
          params: IdParams,
          body: GapInput,
          response: { 201: Gaps, ...problems(400, 401, 403, 404) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await assessments.addGap(ctx, req.actor, req.params.id, req.body)),
    );
    app.patch(
      "/api/v1/assessments/:id/gaps/:gapId",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Change a planned action: action, owner, due date, status (open or done)",
          params: z.strictObject({ id: z.uuid(), gapId: z.uuid() }),
          body: GapUpdate,
          response: { 200: Gaps, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => assessments.updateGap(ctx, req.actor, req.params.id, req.params.gapId, req.body),
    );
    app.post(
      "/api/v1/assessments/:id/submit",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Submit a complete assessment to a jurisdiction's regulator",
          params: IdParams,
          body: SubmitInput,
          response: { 200: Assessment, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => assessments.submit(ctx, req.actor, req.params.id, req.body.jurisdiction),
    );
    app.get(
      "/api/v1/assessments/:id/comments",
      {
        config: self,
        schema: {
          tags,
          summary: "Review comments, as threads with their replies",
          params: IdParams,
          response: { 200: Comments, ...problems(401, 404) },
        },
      },
      async (req) => assessments.listComments(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/assessments/:id/comments",
      {
        config: self,
        schema: {
          tags,
          summary:
            "Comment on a submission, or reply to a thread: between the jurisdiction's regulator and the organisation",
          params: IdParams,
          body: CommentInput,
          response: { 201: Comments, ...problems(400, 401, 404) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await assessments.postComment(ctx, req.actor, req.params.id, req.body)),
    );
    app.get(
      "/api/v1/assessments/:id/report.html",
      {
        config: self,
        schema: {
          tags,
          summary: "The HTML report (signed: x-aisafe-sha256 and x-aisafe-signature headers)",
          params: IdParams,
          querystring: z.strictObject({ lang: z.string().max(10).optional() }),
        },
      },
      async (req, reply) => {
        const lang = req.query.lang ?? (req.actor.kind === "user" ? req.actor.locale : "en");
        const r = await assessments.htmlReport(ctx, req.actor, req.params.id, lang);
        return reply
          .type("text/html; charset=utf-8")
          .header("x-aisafe-sha256", r.sha256)
          .header("x-aisafe-signature", r.signature)
          .header("x-aisafe-key-fingerprint", r.fingerprint)
          .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
          .send(r.bytes);
      },
    );
    app.get(
      "/api/v1/assessments/:id/report.pdf",
      {
        config: self,
        schema: {
          tags,
          summary: "The report as PDF (printed by Chromium; signed like the HTML report)",
          params: IdParams,
          querystring: z.strictObject({ lang: z.string().max(10).optional() }),
        },
      },
      async (req, reply) => {
        const lang = req.query.lang ?? (req.actor.kind === "user" ? req.actor.locale : "en");
        const r = await assessments.htmlReport(ctx, req.actor, req.params.id, lang, "pdf");
        return reply
          .type("application/pdf")
          .header("content-disposition", 'attachment; filename="report.pdf"')
          .header("x-aisafe-sha256", r.sha256)
          .header("x-aisafe-signature", r.signature)
          .header("x-aisafe-key-fingerprint", r.fingerprint)
          .send(r.bytes);
      },
    );

    for (const [file, which, summary] of [
      ["report.oscal.json", "assessment-results", "OSCAL assessment-results (signed like the HTML report)"],
      ["poam.oscal.json", "poam", "OSCAL plan of action and milestones for the gaps (signed)"],
    ] as const) {
      app.get(
        `/api/v1/assessments/:id/${file}`,
        { config: self, schema: { tags, summary, params: IdParams } },
        async (req, reply) => {
          const r = await assessments.oscalExport(ctx, req.actor, req.params.id, which);
          return reply
            .type("application/json; charset=utf-8")
            .header("content-disposition", `attachment; filename="${file}"`)
            .header("x-aisafe-sha256", r.sha256)
            .header("x-aisafe-signature", r.signature)
            .header("x-aisafe-key-fingerprint", r.fingerprint)
            .send(r.bytes);
        },
      );
    }

    await app.register(multipart, UPLOAD_LIMITS);
    const EvidenceFile = z
      .object({
        id: z.uuid(),
        question: z.string(),
        filename: z.string(),
        mediaType: z.string(),
        size: z.number().int(),
        sha256: z.string(),
        uploadedBy: z.string().optional(),
        createdAt: z.string().optional(),
      })
      .meta({ id: "AssessmentEvidenceFile" });
    app.post(
      "/api/v1/assessments/:id/evidence",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary:
            'Attach an evidence file to a question (multipart: fields "question" and "file"; PDF, images, text; at most 10 MB)',
          consumes: ["multipart/form-data"],
          params: IdParams,
          response: { 201: EvidenceFile, ...problems(400, 401, 403, 404, 413, 415) },
        },
      },
      async (req, reply) => {
        const up = await readUpload(req);
        return reply
          .status(201)
          .send(await assessments.addEvidenceFile(ctx, req.actor, req.params.id, up.fields.question, up));
      },
    );
    app.get(
      "/api/v1/assessments/:id/evidence",
      {
        config: self,
        schema: {
          tags,
          summary: "Evidence files of an assessment",
          params: IdParams,
          response: { 200: z.array(EvidenceFile), ...problems(401, 404) },
        },
      },
      async (req) => assessments.listEvidenceFiles(ctx, req.actor, req.params.id),
    );
    app.get(
      "/api/v1/assessments/:id/evidence/:fileId",
      {
        config: self,
        schema: {
          tags,
          summary: "Download an evidence file",
          params: z.strictObject({ id: z.uuid(), fileId: z.uuid() }),
        },
      },
      async (req, reply) => {
        const f = await assessments.evidenceFile(ctx, req.actor, req.params.id, req.params.fileId);
        return reply
          .type(f.media_type)
          .header("content-disposition", `attachment; filename="${encodeURIComponent(f.filename)}"`)
          .header("x-content-type-options", "nosniff")
          .send(f.content);
      },
    );

    app.get(
      "/api/v1/controls",
      {
        config: self,
        schema: {
          tags,
          summary: "An organisation's implemented controls, with the questions each already answers",
          querystring: z.strictObject({ orgId: z.uuid() }),
          response: { 200: z.array(Control), ...problems(400, 401, 403) },
        },
      },
      async (req) => assessments.listControls(ctx, req.actor, req.query.orgId),
    );
    app.post(
      "/api/v1/controls",
      {
        config: { permission: "systems:write" },
        schema: {
          tags,
          summary: "Describe an implemented control once, to reuse as an answer across systems",
          body: ControlInput,
          response: { 201: Control, ...problems(400, 401, 403) },
        },
      },
      async (req, reply) => reply.status(201).send(await assessments.createControl(ctx, req.actor, req.body)),
    );

    app.get(
      "/api/v1/reviews",
      {
        config: self,
        schema: {
          tags,
          summary: "The regulator's review queue for my jurisdictions",
          response: { 200: ReviewQueue, ...problems(401) },
        },
      },
      async (req) => assessments.reviewQueue(ctx, req.actor),
    );
    app.post(
      "/api/v1/reviews/:id/:jurisdiction",
      {
        config: { permission: "self" },
        schema: {
          tags,
          summary: "A regulator's decision on a submission: accept, request changes, or comment",
          params: z.strictObject({ id: z.uuid(), jurisdiction: z.string().regex(/^([A-Z]{2}|ASEAN)$/) }),
          body: ReviewInput,
          response: { 200: Assessment, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) =>
        assessments.review(
          ctx,
          req.actor,
          req.params.id,
          req.params.jurisdiction,
          req.body.decision,
          req.body.comment,
        ),
    );
    app.get(
      "/api/v1/assessments/:id/share",
      {
        config: self,
        schema: {
          tags,
          summary:
            "Whether and how the assessment's summary is shared with the network, and the sharing groups (the organisation's administrators)",
          params: IdParams,
          response: { 200: ShareState, ...problems(401, 403, 404) },
        },
      },
      async (req) => assessments.shareState(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/assessments/:id/share/preview",
      {
        config: self,
        schema: {
          tags,
          summary:
            "Exactly which peer nodes and organisations would receive the summary with this sharing, and why",
          params: IdParams,
          body: Sharing,
          response: { 200: Preview, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => assessments.previewShare(ctx, req.actor, req.params.id, req.body),
    );
    app.post(
      "/api/v1/assessments/:id/share",
      {
        config: self,
        schema: {
          tags,
          summary:
            "Share the assessment's summary with the network (system, organisation, frameworks and coverage counts; never answers, evidence or comments); again: a new version",
          params: IdParams,
          body: Sharing,
          response: { 200: ShareState, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => assessments.shareSummary(ctx, req.actor, req.params.id, req.body),
    );
    app.delete(
      "/api/v1/assessments/:id/share",
      {
        config: self,
        schema: {
          tags,
          summary: "Withdraw the shared summary from every peer node (a signed retraction)",
          params: IdParams,
          response: { 200: ShareState, ...problems(401, 403, 404, 409) },
        },
      },
      async (req) => assessments.unshareSummary(ctx, req.actor, req.params.id),
    );
    app.get(
      "/api/v1/reports/verify",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "Was a report with this SHA-256 issued by this node (and is its signature valid)?",
          querystring: z.strictObject({
            sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, "must be a SHA-256 in hex"),
          }),
          response: { 200: ReportVerification, ...problems(400) },
        },
      },
      async (req) => assessments.verifyReport(ctx, req.query.sha256),
    );
  };
}
