import { existsSync, readFileSync } from "node:fs";
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

    // The web app: hashed assets under /assets (cached for a year); every other non-API GET gets
    // index.html (client-side routes), read once at start-up.
    const dist = ctx.config.webDist;
    const indexFile = path.join(dist, "index.html");
    const indexHtml = existsSync(indexFile) ? readFileSync(indexFile) : undefined;
    if (indexHtml && existsSync(path.join(dist, "assets"))) {
      await app.register(async (scope) => {
        // Static files are public; this hook sees only the routes of this scope.
        scope.addHook("onRoute", (route) => {
          route.config = { ...route.config, permission: "public" };
        });
        await scope.register(fastifyStatic, {
          root: path.join(dist, "assets"),
          prefix: "/assets/",
          wildcard: false,
          index: false,
          maxAge: "1y",
          immutable: true,
        });
      });
      const favicon = path.join(dist, "favicon.svg");
      if (existsSync(favicon)) {
        const svg = readFileSync(favicon);
        app.get(
          "/favicon.svg",
          { config: { permission: "public" }, schema: { hide: true } },
          async (_req, reply) =>
            reply.header("cache-control", "public, max-age=86400").type("image/svg+xml").send(svg),
        );
      }
    }
    app.setNotFoundHandler((req, reply) => {
      const isApi =
        /^\/(api|federation|\.well-known)\//.test(req.url) ||
        ["/healthz", "/readyz", "/metrics"].includes(req.url);
      if (!isApi && indexHtml && (req.method === "GET" || req.method === "HEAD")) {
        return reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(indexHtml);
      }
      return sendProblem(
        req,
        reply,
        new AppError("not_found", `No route ${req.method} ${req.url.split("?")[0]}.`),
      );
    });
  };
}
