import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import { sql } from "kysely";
import client from "prom-client";
import { z } from "zod";
import type { AppContext } from "../../platform/context.ts";
import { pendingMigrations } from "../../platform/db/migrate.ts";
import { AppError } from "../../platform/errors.ts";
import { type App, sendProblem } from "../../platform/http.ts";

const Health = z.object({ status: z.literal("ok") }).meta({ id: "Health" });
const Ready = z
  .object({
    status: z.enum(["ready", "not-ready"]),
    database: z.boolean(),
    pendingMigrations: z.array(z.string()),
  })
  .meta({ id: "Readiness" });

/**
 * Liveness, readiness, Prometheus metrics; and the web app (SPA) with its client-side routes.
 * Registered on the root instance (not encapsulated): it owns the not-found handler.
 */
export function systemRoutes(ctx: AppContext) {
  return async (app: App) => {
    const registry = new client.Registry();
    client.collectDefaultMetrics({ register: registry, prefix: "aisafe_" });
    const requests = new client.Counter({
      name: "aisafe_http_requests_total",
      help: "HTTP requests by method, route and status",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    });
    const duration = new client.Histogram({
      name: "aisafe_http_request_duration_seconds",
      help: "HTTP request duration",
      labelNames: ["method", "route"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
    app.addHook("onResponse", async (req, reply) => {
      const route = req.routeOptions.url ?? "unmatched";
      requests.inc({ method: req.method, route, status: String(reply.statusCode) });
      duration.observe({ method: req.method, route }, reply.elapsedTime / 1000);
    });

    app.get(
      "/healthz",
      {
        config: { permission: "public" },
        schema: { tags: ["system"], summary: "Liveness", response: { 200: Health } },
      },
      async () => ({ status: "ok" as const }),
    );

    app.get(
      "/readyz",
      {
        config: { permission: "public" },
        schema: {
          tags: ["system"],
          summary: "Readiness: database reachable and migrations applied",
          response: { 200: Ready, 503: Ready },
        },
      },
      async (_req, reply) => {
        const database = await sql`SELECT 1`
          .execute(ctx.db)
          .then(() => true)
          .catch(() => false);
        const pending = database ? await pendingMigrations(ctx.database) : [];
        const ok = database && pending.length === 0;
        return reply.status(ok ? 200 : 503).send({
          status: ok ? ("ready" as const) : ("not-ready" as const),
          database,
          pendingMigrations: pending,
        });
      },
    );

    app.get(
      "/metrics",
      {
        config: { permission: "public" },
        schema: { tags: ["system"], summary: "Prometheus metrics", hide: true },
      },
      async (_req, reply) => reply.type(registry.contentType).send(await registry.metrics()),
    );

    app.get(
      "/api/openapi.json",
      {
        config: { permission: "public" },
        schema: { tags: ["system"], summary: "This OpenAPI document", hide: true },
      },
      async () => app.swagger(),
    );

    // The web app: built assets when present; any other non-API GET serves index.html (client routes).
    const dist = ctx.config.webDist;
    const hasWeb = existsSync(path.join(dist, "index.html"));
    if (hasWeb) {
      app.addHook("onRoute", (route) => {
        // Routes added by @fastify/static for the web assets are public.
        if (
          route.config?.permission === undefined &&
          (route.url.startsWith("/assets") || route.url === "/favicon.svg")
        ) {
          route.config = { ...route.config, permission: "public" };
        }
      });
      await app.register(fastifyStatic, {
        root: dist,
        wildcard: false,
        index: false,
        maxAge: "1y",
        immutable: true,
        allowedPath: (p) => p.startsWith("/assets/") || p === "/favicon.svg",
      });
    }
    app.setNotFoundHandler((req, reply) => {
      const isApi =
        /^\/(api|federation|\.well-known)\//.test(req.url) ||
        ["/healthz", "/readyz", "/metrics"].includes(req.url);
      if (!isApi && hasWeb && (req.method === "GET" || req.method === "HEAD")) {
        return reply
          .header("cache-control", "no-cache")
          .sendFile("index.html", dist, { maxAge: 0, immutable: false });
      }
      return sendProblem(
        req,
        reply,
        new AppError("not_found", `No route ${req.method} ${req.url.split("?")[0]}.`),
      );
    });
  };
}
