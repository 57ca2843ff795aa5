import multipart from "@fastify/multipart";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../platform/context.ts";
import { readUpload, UPLOAD_LIMITS } from "../../platform/files.ts";
import type { App } from "../../platform/http.ts";
import { problems } from "../../platform/http-schemas.ts";
import * as tenancy from "../tenancy/tenancy.service.ts";
import { csvToReports as csvRows } from "./incidents.csv.ts";
import { type ExportContext, toAtom, toCsv, toJson, toOecd, toStix } from "./incidents.export.ts";
import {
  Assign,
  Attachment,
  Comment,
  CommentInput,
  DuplicateSuggestionView,
  ImportResult,
  IncidentDetail,
  IncidentIdParams,
  IncidentPage,
  IncidentQuery,
  IncidentReportView,
  IncidentUpdate,
  MergeInput,
  PublicIncident,
  PublishInput,
  RedactionDecision,
  RedactionReview,
  ReportInput,
  ReportReceipt,
  Transition,
} from "./incidents.schemas.ts";
import * as incidents from "./incidents.service.ts";
import { TAXONOMIES } from "./taxonomies.ts";

const Classification = z
  .object({
    namespace: z.string(),
    version: z.string(),
    key: z.string(),
    value: z.string(),
    annotator: z.string(),
    reviewStatus: z.enum(["draft", "reviewed"]),
  })
  .meta({ id: "IncidentClassification" });
const ClassificationInput = z
  .strictObject({
    namespace: z.string().max(100),
    key: z.string().max(100),
    values: z.array(z.string().max(200)).max(50),
    reviewStatus: z.enum(["draft", "reviewed"]).default("draft"),
  })
  .meta({ id: "IncidentClassificationSet" });
const TaxonomyView = z
  .object({
    namespace: z.string(),
    version: z.string(),
    title: z.string(),
    fields: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        values: z.array(z.object({ value: z.string(), label: z.string() })),
      }),
    ),
  })
  .meta({ id: "Taxonomy" });

export function incidentRoutes(ctx: AppContext) {
  const tags = ["incidents"];
  const exportContext = async (): Promise<ExportContext> => {
    const node = await tenancy.nodeInfo(ctx);
    return {
      nodeId: node.nodeId,
      nodeName: node.name,
      publicUrl: ctx.config.publicUrl,
      licence: ctx.config.dataLicence,
      generatedAt: new Date().toISOString(),
    };
  };
  const download = (reply: FastifyReply, type: string, name: string) =>
    reply
      .type(type)
      .header("content-disposition", `attachment; filename="${name}"`)
      .header("link", `<${ctx.config.dataLicence}>; rel="license"`);
  const withRedirect = async <T>(reply: FastifyReply, fn: () => Promise<T>) => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof incidents.MovedPermanently) return reply.redirect(`/api/v1/incidents/${e.to}`, 301);
      throw e;
    }
  };

  return async (app: App) => {
    // CSV bodies for the bulk import, read as text (only in this module's routes).
    app.addContentTypeParser(["text/csv"], { parseAs: "string" }, (_req, body, done) => done(null, body));

    app.post(
      "/api/v1/reports",
      {
        config: { permission: "public", rateLimit: { max: 30, timeWindow: "1 minute" } },
        schema: {
          tags,
          summary:
            "Report an AI incident or hazard (anonymous allowed; the contact is kept in a protected store)",
          body: ReportInput,
          response: { 201: ReportReceipt, ...problems(400, 403, 413, 415, 429) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await incidents.submitWithReceipt(ctx, req.actor, req.body)),
    );

    // Evidence files: multipart/form-data with one "file" field.
    await app.register(multipart, UPLOAD_LIMITS);
    const multipartBody = { consumes: ["multipart/form-data"] };

    app.post(
      "/api/v1/reports/:id/attachments",
      {
        config: { permission: "public", rateLimit: { max: 20, timeWindow: "1 minute" } },
        schema: {
          tags,
          summary:
            "Attach an evidence file to your report (x-upload-token from the receipt; PDF, images, text; at most 10 MB; never executables)",
          ...multipartBody,
          params: IncidentIdParams,
          headers: z.object({ "x-upload-token": z.string().optional() }),
          response: { 201: Attachment, ...problems(400, 403, 413, 415, 429) },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await incidents.attachToReport(
              ctx,
              req.actor,
              req.params.id,
              req.headers["x-upload-token"],
              await readUpload(req),
            ),
          ),
    );

    app.post(
      "/api/v1/reports/import",
      {
        bodyLimit: 20 * 1024 * 1024,
        config: { permission: "incidents:triage" },
        schema: {
          tags,
          summary:
            "Bulk import of reports: a JSON array of reports, or CSV (text/csv) with a header row; per-row results",
          body: z.union([z.array(z.unknown()), z.string()]),
          response: { 200: ImportResult, ...problems(400, 401, 403, 413, 415) },
        },
      },
      async (req) => {
        const rows =
          typeof req.body === "string"
            ? csvRows(req.body)
            : req.body.map((value, n) => ({ row: n + 1, value }));
        return incidents.importReports(ctx, req.actor, rows);
      },
    );

    app.get(
      "/api/v1/incidents",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary:
            "Search incidents with filters and facets (the public database; triage analysts see their queue)",
          querystring: IncidentQuery,
          response: { 200: IncidentPage, ...problems(400, 403) },
        },
      },
      async (req) => incidents.listIncidents(ctx, req.actor, req.query),
    );

    const exports = [
      ["csv", "text/csv; charset=utf-8", (d, x) => toCsv(d, x)],
      ["json", "application/json; charset=utf-8", (d, x) => toJson(d, x)],
      ["stix.json", "application/stix+json;version=2.1", (d, x) => toStix(d, x)],
      ["oecd.json", "application/json; charset=utf-8", (d, x) => toOecd(d, x)],
    ] as const satisfies readonly [string, string, (d: incidents.PublicDoc[], x: ExportContext) => unknown][];
    for (const [ext, type, render] of exports) {
      app.get(
        `/api/v1/incidents/export.${ext}`,
        {
          config: { permission: "public" },
          schema: {
            tags,
            summary: `Published incidents as ${ext.toUpperCase()} (licence in the Link header${ext === "csv" ? "" : " and the document"})`,
          },
        },
        async (_req, reply) => {
          const body = render(await incidents.allPublished(ctx), await exportContext());
          return download(reply, type, `incidents.${ext}`).send(
            typeof body === "string" ? body : JSON.stringify(body, null, 2),
          );
        },
      );
    }

    app.get(
      "/api/v1/incidents/feed.atom",
      {
        config: { permission: "public" },
        schema: { tags, summary: "Atom feed of the latest published incidents" },
      },
      async (_req, reply) =>
        reply
          .type("application/atom+xml; charset=utf-8")
          .send(toAtom(await incidents.allPublished(ctx, 50), await exportContext())),
    );

    app.get(
      "/api/v1/taxonomies",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "The classification taxonomies (namespaced, versioned)",
          response: { 200: z.array(TaxonomyView) },
        },
      },
      async () =>
        [...TAXONOMIES.values()].map((t) => ({
          namespace: t.namespace,
          version: t.version,
          title: t.title,
          fields: t.fields.map((f) => ({
            key: f.key,
            title: f.title,
            values: f.values.map((v) => ({ value: v.value, label: v.label })),
          })),
        })),
    );

    app.get(
      "/api/v1/incidents/:id",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary:
            "An incident: the published version for the public, the working copy for triage analysts; a merged id redirects (301)",
          params: IncidentIdParams,
          querystring: z.strictObject({ view: z.enum(["public"]).optional() }),
          response: { 200: z.union([IncidentDetail, PublicIncident]), ...problems(400, 404) },
        },
      },
      async (req, reply) =>
        withRedirect(
          reply,
          async () => (await incidents.getIncident(ctx, req.actor, req.params.id, req.query.view)).incident,
        ),
    );

    const triage = { permission: "incidents:triage" as const };
    app.get(
      "/api/v1/incidents/:id/reports",
      {
        config: triage,
        schema: {
          tags,
          summary: "The reports behind an incident, with contacts (protected)",
          params: IncidentIdParams,
          response: { 200: z.array(IncidentReportView), ...problems(401, 403, 404) },
        },
      },
      async (req) => incidents.reportsOfIncident(ctx, req.actor, req.params.id),
    );

    app.patch(
      "/api/v1/incidents/:id",
      {
        config: triage,
        schema: {
          tags,
          summary: "Edit an incident's working copy",
          params: IncidentIdParams,
          body: IncidentUpdate,
          response: { 200: IncidentDetail, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) =>
        (await incidents.updateIncident(ctx, req.actor, req.params.id, req.body)).incident as z.infer<
          typeof IncidentDetail
        >,
    );

    app.post(
      "/api/v1/incidents/:id/transition",
      {
        config: triage,
        schema: {
          tags,
          summary: "Move an incident through triage",
          params: IncidentIdParams,
          body: Transition,
          response: { 200: IncidentDetail, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) =>
        (await incidents.transition(ctx, req.actor, req.params.id, req.body.to, req.body.reason))
          .incident as z.infer<typeof IncidentDetail>,
    );

    app.post(
      "/api/v1/incidents/:id/assign",
      {
        config: triage,
        schema: {
          tags,
          summary: "Assign an incident to a triage analyst (or nobody)",
          params: IncidentIdParams,
          body: Assign,
          response: { 200: IncidentDetail, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) =>
        (await incidents.assign(ctx, req.actor, req.params.id, req.body.userId)).incident as z.infer<
          typeof IncidentDetail
        >,
    );

    app.get(
      "/api/v1/incidents/:id/comments",
      {
        config: triage,
        schema: {
          tags,
          summary: "Analysts' comments",
          params: IncidentIdParams,
          response: { 200: z.array(Comment), ...problems(401, 403, 404) },
        },
      },
      async (req) => incidents.listComments(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/incidents/:id/comments",
      {
        config: triage,
        schema: {
          tags,
          summary: "Add a comment",
          params: IncidentIdParams,
          body: CommentInput,
          response: { 201: z.array(Comment), ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await incidents.addComment(ctx, req.actor, req.params.id, req.body.body)),
    );

    app.get(
      "/api/v1/incidents/:id/redactions",
      {
        config: triage,
        schema: {
          tags,
          summary: "Personal data found in the incident's free text, with decisions and a redacted preview",
          params: IncidentIdParams,
          response: { 200: RedactionReview, ...problems(401, 403, 404) },
        },
      },
      async (req) => incidents.redactionReview(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/incidents/:id/redactions",
      {
        config: triage,
        schema: {
          tags,
          summary: 'Decide on a detected item (redact or keep), or mark a name to redact (kind "name")',
          params: IncidentIdParams,
          body: RedactionDecision,
          response: { 200: RedactionReview, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => incidents.decideRedaction(ctx, req.actor, req.params.id, req.body),
    );

    app.get(
      "/api/v1/incidents/:id/classifications",
      {
        config: triage,
        schema: {
          tags,
          summary: "Taxonomy classifications",
          params: IncidentIdParams,
          response: { 200: z.array(Classification), ...problems(401, 403, 404) },
        },
      },
      async (req) => incidents.listClassifications(ctx, req.actor, req.params.id),
    );
    app.put(
      "/api/v1/incidents/:id/classifications",
      {
        config: triage,
        schema: {
          tags,
          summary: "Set the values of one taxonomy field",
          params: IncidentIdParams,
          body: ClassificationInput,
          response: { 200: z.array(Classification), ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => incidents.classify(ctx, req.actor, req.params.id, req.body),
    );

    app.post(
      "/api/v1/incidents/:id/publish",
      {
        config: triage,
        schema: {
          tags,
          summary:
            "Publish a validated incident as a new version (personal data redacted; undecided detections block it)",
          params: IncidentIdParams,
          body: PublishInput,
          response: { 200: PublicIncident, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => incidents.publish(ctx, req.actor, req.params.id, req.body),
    );

    app.post(
      "/api/v1/incidents/:id/merge",
      {
        config: triage,
        schema: {
          tags,
          summary: "Merge this incident into another (its id then redirects there)",
          params: IncidentIdParams,
          body: MergeInput,
          response: { 200: IncidentDetail, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) =>
        (await incidents.merge(ctx, req.actor, req.params.id, req.body.into)).incident as z.infer<
          typeof IncidentDetail
        >,
    );

    app.get(
      "/api/v1/incidents/:id/attachments",
      {
        config: triage,
        schema: {
          tags,
          summary: "Evidence files of an incident and its reports",
          params: IncidentIdParams,
          response: { 200: z.array(Attachment), ...problems(401, 403, 404) },
        },
      },
      async (req) => incidents.listAttachments(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/incidents/:id/attachments",
      {
        config: triage,
        schema: {
          tags,
          summary: "Attach an evidence file to an incident",
          ...multipartBody,
          params: IncidentIdParams,
          response: { 201: Attachment, ...problems(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await incidents.attachToIncident(ctx, req.actor, req.params.id, await readUpload(req))),
    );
    app.get(
      "/api/v1/attachments/:id",
      {
        config: triage,
        schema: { tags, summary: "Download an evidence file (analysts)", params: IncidentIdParams },
      },
      async (req, reply) => {
        const a = await incidents.getAttachment(ctx, req.actor, req.params.id);
        return reply
          .type(a.media_type)
          .header("content-disposition", `attachment; filename="${encodeURIComponent(a.filename)}"`)
          .header("x-content-type-options", "nosniff")
          .header("digest", `sha-256=${Buffer.from(a.sha256, "hex").toString("base64")}`)
          .send(a.content);
      },
    );

    app.get(
      "/api/v1/incidents/:id/duplicates",
      {
        config: triage,
        schema: {
          tags,
          summary: "Likely duplicates, with reasons",
          params: IncidentIdParams,
          response: { 200: z.array(DuplicateSuggestionView), ...problems(401, 403, 404) },
        },
      },
      async (req) => incidents.duplicates(ctx, req.actor, req.params.id),
    );
  };
}
