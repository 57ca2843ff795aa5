import { z } from "zod";
import type { AppContext } from "../../platform/context.ts";
import type { App } from "../../platform/http.ts";
import { problems } from "../../platform/http-schemas.ts";
import { Preview, ShareState, Sharing } from "../federation/federation.schemas.ts";
import {
  CrosswalkImportResult,
  CrosswalkQuery,
  CrosswalkSummary,
  CrosswalkView,
  DiffQuery,
  Framework,
  FrameworkDiff,
  FrameworkParams,
  FrameworkQuery,
  FrameworkSummary,
  FrameworkVersion,
  ImportQuery,
  ImportResult,
  OscalDocument,
  SearchQuery,
  SearchResults,
  VersionQuery,
} from "./frameworks.schemas.ts";
import * as frameworks from "./frameworks.service.ts";

const IMPORT_LIMIT = 20 * 1024 * 1024;

const FrameworkShareInput = Sharing.extend({
  version: z.string().min(1).max(100).optional().describe("The release to share (default: the latest)"),
});
const FrameworkShareResult = z
  .object({
    frameworkId: z.string(),
    version: z.string().nullable(),
    records: z.array(
      z.object({
        type: z.enum(["framework", "crosswalk"]),
        recordId: z.uuid(),
        key: z.string(),
        version: z.number().int(),
      }),
    ),
  })
  .meta({ id: "FrameworkShareResult" });

export function frameworkRoutes(ctx: AppContext) {
  return async (app: App) => {
    const tags = ["frameworks"];
    app.get(
      "/api/v1/frameworks",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "The framework library: every framework, with filters",
          querystring: FrameworkQuery,
          response: { 200: z.array(FrameworkSummary), ...problems(400) },
        },
      },
      async (req) => frameworks.listFrameworks(ctx, req.query),
    );

    app.get(
      "/api/v1/frameworks/:id",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "A framework with its requirement tree (latest release, or ?version=)",
          params: FrameworkParams,
          querystring: VersionQuery,
          response: { 200: Framework, ...problems(400, 404) },
        },
      },
      async (req) => frameworks.getFramework(ctx, req.params.id, req.query.version),
    );

    app.get(
      "/api/v1/frameworks/:id/versions",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "The releases of a framework",
          params: FrameworkParams,
          response: { 200: z.array(FrameworkVersion), ...problems(400, 404) },
        },
      },
      async (req) => frameworks.listVersions(ctx, req.params.id),
    );

    app.get(
      "/api/v1/frameworks/:id/diff",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "What changed between two releases",
          params: FrameworkParams,
          querystring: DiffQuery,
          response: { 200: FrameworkDiff, ...problems(400, 404) },
        },
      },
      async (req) => frameworks.diffVersions(ctx, req.params.id, req.query.from, req.query.to),
    );

    app.get(
      "/api/v1/frameworks/:id/oscal",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "A release as an OSCAL catalog (JSON)",
          params: FrameworkParams,
          querystring: VersionQuery,
          response: { 200: OscalDocument, ...problems(400, 404) },
        },
      },
      async (req, reply) => {
        const doc = await frameworks.exportOscal(ctx, req.params.id, req.query.version);
        return reply.header("content-disposition", `attachment; filename="${req.params.id}.json"`).send(doc);
      },
    );

    app.get(
      "/api/v1/frameworks/:id/share",
      {
        config: { permission: "node:manage" },
        schema: {
          tags,
          summary:
            "Whether and how a framework is shared with the network (its record), and the sharing groups (node administrators)",
          params: FrameworkParams,
          response: { 200: ShareState, ...problems(401, 403, 404) },
        },
      },
      async (req) => frameworks.frameworkShareState(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/frameworks/:id/share/preview",
      {
        config: { permission: "node:manage" },
        schema: {
          tags,
          summary:
            "Exactly which peer nodes would receive the framework's latest release and its crosswalks with this sharing, and why",
          params: FrameworkParams,
          body: Sharing,
          response: { 200: Preview, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => frameworks.previewFrameworkShare(ctx, req.actor, req.params.id, req.body),
    );
    app.post(
      "/api/v1/frameworks/:id/share",
      {
        config: { permission: "node:manage" },
        schema: {
          tags,
          summary:
            "Share a release of a framework (and its current crosswalks) with peer nodes as federation records (node administrators)",
          description:
            "The framework record carries the framework's metadata and its OSCAL catalog as exported (requirement ids, titles, paraphrased text, citations); each crosswalk record its OSCAL mapping-collection. Sharing again issues new versions. Peers keep them as received records; they never enter a peer's library.",
          params: FrameworkParams,
          body: FrameworkShareInput,
          response: { 200: FrameworkShareResult, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => {
        const { version, ...sharing } = req.body;
        return frameworks.shareFramework(ctx, req.actor, req.params.id, { version, sharing });
      },
    );
    app.delete(
      "/api/v1/frameworks/:id/share",
      {
        config: { permission: "node:manage" },
        schema: {
          tags,
          summary: "Withdraw a shared framework and its shared crosswalks from every peer node",
          params: FrameworkParams,
          response: { 200: FrameworkShareResult, ...problems(401, 403, 404, 409) },
        },
      },
      async (req) => frameworks.unshareFramework(ctx, req.actor, req.params.id),
    );

    app.post(
      "/api/v1/frameworks/import",
      {
        bodyLimit: IMPORT_LIMIT,
        config: { permission: "frameworks:import" },
        schema: {
          tags,
          summary: "Import an OSCAL catalog: a new framework, or a new release of one",
          description:
            "The catalog is validated against the OSCAL catalog schema and our rules; any error refuses it whole and lists every problem (JSON pointer and message). Metadata the catalog lacks (framework id, jurisdiction, type, binding status) can be given as query parameters.",
          querystring: ImportQuery,
          body: OscalDocument,
          response: { 200: ImportResult, 201: ImportResult, ...problems(400, 401, 403, 409, 413, 415) },
        },
      },
      async (req, reply) => {
        const { frameworkId, ...rest } = req.query;
        const r = await frameworks.importCatalog(ctx, req.actor, req.body, {
          overrides: { ...(frameworkId ? { id: frameworkId } : {}), ...rest },
        });
        return reply.status(r.status === "unchanged" ? 200 : 201).send(r);
      },
    );

    app.get(
      "/api/v1/crosswalks",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "The crosswalk between two frameworks: direct, or derived through the ASEAN Guide",
          description: "format=oscal returns it as an OSCAL 1.2 mapping-collection.",
          querystring: CrosswalkQuery,
          response: { 200: CrosswalkView.or(OscalDocument), ...problems(400, 404) },
        },
      },
      async (req) =>
        req.query.format === "oscal"
          ? frameworks.exportCrosswalk(ctx, req.query.from, req.query.to)
          : frameworks.crosswalk(ctx, req.query.from, req.query.to),
    );

    app.get(
      "/api/v1/crosswalks/loaded",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "The crosswalks loaded on this node",
          response: { 200: z.array(CrosswalkSummary) },
        },
      },
      async () => frameworks.listCrosswalks(ctx),
    );

    app.post(
      "/api/v1/crosswalks/import",
      {
        bodyLimit: IMPORT_LIMIT,
        config: { permission: "frameworks:import" },
        schema: {
          tags,
          summary: "Import a crosswalk (an OSCAL 1.2 mapping-collection)",
          body: OscalDocument,
          response: {
            200: CrosswalkImportResult,
            201: CrosswalkImportResult,
            ...problems(400, 401, 403, 404, 409, 413, 415),
          },
        },
      },
      async (req, reply) => {
        const r = await frameworks.importCrosswalk(ctx, req.actor, req.body);
        return reply.status(r.status === "unchanged" ? 200 : 201).send(r);
      },
    );

    app.get(
      "/api/v1/search",
      {
        config: { permission: "public" },
        schema: {
          tags,
          summary: "Search the requirements of every framework (any ASEAN language)",
          querystring: SearchQuery,
          response: { 200: SearchResults, ...problems(400) },
        },
      },
      async (req) =>
        frameworks.search(ctx, req.query.q, { framework: req.query.framework, limit: req.query.limit }),
    );
  };
}
