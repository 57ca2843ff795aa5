import { z } from "zod";
import type { AppContext } from "../../platform/context.ts";
import { AppError } from "../../platform/errors.ts";
import type { App } from "../../platform/http.ts";
import { IdParams, page, problems } from "../../platform/http-schemas.ts";
import { publicKeyOf } from "./envelope.ts";
import {
  AddPeer,
  ChangesPage,
  ChangesQuery,
  FederatedRecord,
  NodeHello,
  NodeIdParams,
  NotifyBody,
  Peer,
  PeerAction,
  PeeringRequest,
  Preview,
  Proposal,
  ProposalDecision,
  ProposalInput,
  ProposalMessage,
  ProposalOutcome,
  ProposalQuery,
  RecordQuery,
  Sharing,
  SharingGroup,
  SharingGroupInput,
  SyncLogEntry,
  SyncResult,
} from "./federation.schemas.ts";
import * as federation from "./federation.service.ts";
import { syncNow, triggerPull } from "./sync.ts";
import { CLOCK_SKEW, SIGNATURE_MAX_AGE, signResponse, verifyInbound } from "./transport.ts";

declare module "fastify" {
  interface FastifyRequest {
    rawBody?: Buffer;
    peerNode?: string;
    peerNonce?: string;
  }
}

/** Node-to-node routes (/federation/v1): signed requests in, signed answers out. */
function peerRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.removeContentTypeParser("application/json");
    app.addContentTypeParser("application/json", { parseAs: "buffer" }, (req, body, done) => {
      const buf = body as Buffer;
      req.rawBody = buf;
      if (buf.length === 0) return done(null, {});
      try {
        done(null, JSON.parse(buf.toString("utf8")));
      } catch {
        done(new AppError("invalid_input", "The body is not valid JSON."), undefined);
      }
    });

    // The signature is checked before the body is validated: an unsigned request learns nothing.
    app.addHook("preValidation", async (req) => {
      const peering = req.routeOptions.url === "/federation/v1/peering";
      const url = `http://${req.headers.host ?? "localhost"}${req.url}`;
      const bodyKey = peering ? PeeringRequest.safeParse(req.body) : undefined;
      const result = await verifyInbound(
        {
          method: req.method,
          url,
          headers: req.headers as Record<string, string>,
          ...(req.rawBody ? { body: req.rawBody } : {}),
        },
        async (keyId) => {
          const known = await federation.peerKeyFor(ctx, keyId, peering);
          if (known) return known;
          // A first peering request is signed with the key it introduces (proof of possession).
          if (peering && bodyKey?.success && bodyKey.data.node.nodeId === keyId)
            return publicKeyOf(bodyKey.data.node.publicKeyJwk);
          return undefined;
        },
        (keyId, nonce) =>
          federation
            .rememberNonce(
              ctx,
              keyId,
              nonce,
              new Date(Date.now() + (SIGNATURE_MAX_AGE + 2 * CLOCK_SKEW) * 1000),
            )
            .then((fresh) => !fresh),
      );
      if (!result.ok || !result.nonce) {
        const reason = result.ok ? "the signature has no nonce" : result.reason;
        const keyId = /keyid="([^"]{1,64})"/.exec(String(req.headers["signature-input"] ?? ""))?.[1] ?? null;
        const known = keyId && /^[0-9a-f-]{36}$/.test(keyId) ? keyId : null;
        await federation.recordRefusal(ctx, known, `${req.method} ${req.routeOptions.url}`, reason);
        throw new AppError("signature_invalid", `Refused: ${reason}.`);
      }
      req.peerNode = result.keyId;
      req.peerNonce = result.nonce;
    });

    // Every answer to a signed request is signed, bound to the request's nonce.
    app.addHook("onSend", async (req, reply, payload) => {
      if (!req.peerNonce) return payload;
      const body = Buffer.from(
        typeof payload === "string" ? payload : payload instanceof Buffer ? payload : "",
      );
      const headers = signResponse(
        await federation.signer(ctx),
        { method: req.method, url: `http://${req.headers.host ?? "localhost"}${req.url}` },
        reply.statusCode,
        body,
        req.peerNonce,
      );
      for (const [k, v] of Object.entries(headers)) reply.header(k, v);
      return body;
    });

    app.post(
      "/federation/v1/peering",
      {
        config: { permission: "federation:peer" },
        schema: {
          tags: ["federation"],
          summary: "A node asks to peer, approves, suspends, resumes or revokes (signed with its key)",
          body: PeeringRequest,
          response: { 200: NodeHello, ...problems(400, 401, 403) },
        },
      },
      async (req) => {
        if (req.body.node.nodeId !== req.peerNode)
          throw new AppError("signature_invalid", "The request is not signed by the node it describes.");
        return federation.receivePeering(ctx, req.body.node, req.body.action);
      },
    );

    app.get(
      "/federation/v1/node",
      {
        config: { permission: "federation:peer" },
        schema: {
          tags: ["federation"],
          summary: "This node's identity and organisations, for an active peer",
          response: { 200: NodeHello, ...problems(401) },
        },
      },
      async () => federation.hello(ctx),
    );

    app.get(
      "/federation/v1/changes",
      {
        config: { permission: "federation:peer" },
        schema: {
          tags: ["federation"],
          summary: "The changes feed after a cursor, filtered for the calling peer by the outbound policy",
          querystring: ChangesQuery,
          response: { 200: ChangesPage, ...problems(400, 401, 403) },
        },
      },
      // Sent as built: the page is ours and typed, and checking 1,000 envelopes against the schema
      // again on the way out would cost as much as the receiver's own check (bench/README.md).
      async (req, reply) =>
        reply
          .type("application/json; charset=utf-8")
          .serializer((page: unknown) => JSON.stringify(page))
          .send(await federation.changesFor(ctx, req.peerNode!, req.query.since, req.query.limit)),
    );

    app.post(
      "/federation/v1/proposals",
      {
        config: { permission: "federation:peer" },
        schema: {
          tags: ["federation"],
          summary:
            "A peer sends a corroboration or a proposal about one of our records (accepted only if the policy lets it hold the record; never changes the record)",
          body: ProposalMessage,
          response: {
            200: Proposal,
            201: Proposal,
            ...problems(400, 401, 403, 404, 409),
          },
        },
      },
      async (req, reply) => {
        const r = await federation.receiveProposal(ctx, req.peerNode!, req.body);
        reply.code(r.created ? 201 : 200);
        return r.proposal;
      },
    );

    app.post(
      "/federation/v1/proposals/:id/outcome",
      {
        config: { permission: "federation:peer" },
        schema: {
          tags: ["federation"],
          summary: "The origin tells the proposing node its decision (accepted or declined)",
          params: IdParams,
          body: ProposalOutcome,
          response: { 200: Proposal, ...problems(400, 401, 404) },
        },
      },
      async (req) => federation.receiveOutcome(ctx, req.peerNode!, req.params.id, req.body),
    );

    app.post(
      "/federation/v1/notify",
      {
        config: { permission: "federation:peer" },
        schema: {
          tags: ["federation"],
          summary: "A peer says it has changes: we pull its feed soon",
          body: NotifyBody,
          response: { 202: z.object({ accepted: z.boolean() }), ...problems(400, 401) },
        },
      },
      async (req, reply) => {
        if (req.body.cursor) federation.noteAnnouncedHead(ctx, req.peerNode!, req.body.cursor);
        triggerPull(ctx, req.peerNode!);
        reply.code(202);
        return { accepted: true };
      },
    );
  };
}

/** This node's own federation API, for its administrators and the web app. */
function adminRoutes(ctx: AppContext) {
  return async (app: App) => {
    const read = { permission: "federation:read" } as const;
    const manage = { permission: "federation:manage" } as const;
    const tags = ["federation"];

    app.get(
      "/api/v1/federation/peers",
      {
        config: read,
        schema: {
          tags,
          summary: "Peer nodes: status, last sync, lag, errors",
          response: { 200: z.array(Peer), ...problems(401, 403) },
        },
      },
      async () => federation.listPeers(ctx),
    );
    app.post(
      "/api/v1/federation/peers",
      {
        config: manage,
        schema: {
          tags,
          summary: "Add a peer by URL (sends it a signed peering request)",
          body: AddPeer,
          response: { 201: Peer, ...problems(400, 401, 403, 409) },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return federation.addPeer(ctx, req.actor, req.body.url);
      },
    );
    app.get(
      "/api/v1/federation/peers/:nodeId",
      {
        config: read,
        schema: {
          tags,
          summary: "One peer",
          params: NodeIdParams,
          response: { 200: Peer, ...problems(401, 403, 404) },
        },
      },
      async (req) => federation.getPeer(ctx, req.params.nodeId),
    );
    app.post(
      "/api/v1/federation/peers/:nodeId/actions",
      {
        config: manage,
        schema: {
          tags,
          summary: "Approve, suspend, resume or revoke a peer",
          params: NodeIdParams,
          body: PeerAction,
          response: { 200: Peer, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => federation.peerAction(ctx, req.actor, req.params.nodeId, req.body.action),
    );

    app.get(
      "/api/v1/federation/sharing-groups",
      {
        config: read,
        schema: {
          tags,
          summary: "Sharing groups known here",
          response: { 200: z.array(SharingGroup), ...problems(401, 403) },
        },
      },
      async () => federation.listGroups(ctx),
    );
    app.post(
      "/api/v1/federation/sharing-groups",
      {
        config: manage,
        schema: {
          tags,
          summary: "Create a sharing group (its membership travels to its members)",
          body: SharingGroupInput,
          response: { 201: SharingGroup, ...problems(400, 401, 403) },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return federation.saveGroup(ctx, req.actor, req.body);
      },
    );
    app.put(
      "/api/v1/federation/sharing-groups/:id",
      {
        config: manage,
        schema: {
          tags,
          summary: "Change a sharing group this node created; removed members get retractions",
          params: IdParams,
          body: SharingGroupInput,
          response: { 200: SharingGroup, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => federation.saveGroup(ctx, req.actor, req.body, req.params.id),
    );

    app.get(
      "/api/v1/federation/records",
      {
        config: read,
        schema: {
          tags,
          summary: "Shared records: ours and those received from peers",
          querystring: RecordQuery,
          response: { 200: page(FederatedRecord), ...problems(400, 401, 403) },
        },
      },
      async (req) => federation.listRecords(ctx, req.actor, req.query),
    );
    app.get(
      "/api/v1/federation/records/:id",
      {
        config: read,
        schema: {
          tags,
          summary: "One shared record, with the peers it was sent to",
          params: IdParams,
          response: { 200: FederatedRecord, ...problems(401, 403, 404) },
        },
      },
      async (req) => federation.getRecord(ctx, req.actor, req.params.id),
    );
    app.post(
      "/api/v1/federation/records/:id/preview",
      {
        config: read,
        schema: {
          tags,
          summary:
            "Exactly which nodes and organisations would receive the record, and why (with its sharing, or the sharing given)",
          params: IdParams,
          body: Sharing.optional(),
          response: { 200: Preview, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => federation.preview(ctx, req.params.id, req.body ?? undefined),
    );
    app.put(
      "/api/v1/federation/records/:id/sharing",
      {
        config: manage,
        schema: {
          tags,
          summary: "Change how one of our records is shared (a new version)",
          params: IdParams,
          body: Sharing,
          response: { 200: FederatedRecord, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) => federation.setSharing(ctx, req.actor, req.params.id, req.body),
    );
    app.post(
      "/api/v1/federation/records/:id/retract",
      {
        config: manage,
        schema: {
          tags,
          summary: "Retract one of our records from every peer",
          params: IdParams,
          response: { 200: FederatedRecord, ...problems(401, 403, 404, 409) },
        },
      },
      async (req) => federation.retract(ctx, req.actor, req.params.id),
    );

    app.post(
      "/api/v1/federation/records/:id/proposals",
      {
        config: read,
        schema: {
          tags,
          summary:
            "Send a corroboration or a proposal about a received record to its origin node (signed; only to a direct active peer)",
          params: IdParams,
          body: ProposalInput,
          response: { 201: Proposal, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return federation.sendProposal(ctx, req.actor, req.params.id, req.body);
      },
    );
    app.get(
      "/api/v1/federation/proposals",
      {
        config: read,
        schema: {
          tags,
          summary:
            "Corroborations and proposals: received about our records (direction=in), or sent to origins (out)",
          querystring: ProposalQuery,
          response: { 200: z.array(Proposal), ...problems(400, 401, 403) },
        },
      },
      async (req) => federation.listProposals(ctx, req.query),
    );
    app.post(
      "/api/v1/federation/proposals/:id/decision",
      {
        config: read,
        schema: {
          tags,
          summary:
            "Accept or decline a received proposal or corroboration (the record changes only by our own edit)",
          params: IdParams,
          body: ProposalDecision,
          response: { 200: Proposal, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (req) =>
        federation.decideProposal(ctx, req.actor, req.params.id, req.body.decision, req.body.note),
    );

    app.get(
      "/api/v1/federation/sync-log",
      {
        config: read,
        schema: {
          tags,
          summary: "Recent sync attempts and refused requests",
          querystring: z.strictObject({
            nodeId: z.uuid().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: { 200: z.array(SyncLogEntry), ...problems(400, 401, 403) },
        },
      },
      async (req) => federation.syncLog(ctx, req.query.limit, req.query.nodeId),
    );
    app.post(
      "/api/v1/federation/sync",
      {
        config: manage,
        schema: {
          tags,
          summary: "Pull every active peer now",
          response: { 200: SyncResult, ...problems(401, 403) },
        },
      },
      async () => syncNow(ctx),
    );
  };
}

export function federationRoutes(ctx: AppContext) {
  return async (app: App) => {
    await app.register(peerRoutes(ctx));
    await app.register(adminRoutes(ctx));
  };
}
