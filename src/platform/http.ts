import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { type Actor, authorize, isPermission, type Permission } from "./access.ts";
import type { Config } from "./config.ts";
import { AppError, ERROR_STATUS, type ErrorCode, type FieldError } from "./errors.ts";
import { uuidv7 } from "./ids.ts";
import { loggerOptions } from "./logger.ts";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor;
    /** Why a presented session was not accepted (expired, revoked), for a precise 401. */
    authProblem: AppError | undefined;
  }
  interface FastifyInstance {
    /** Every route as registered (options objects, read after start-up by the permission check). */
    routeTable: RouteEntry[];
  }
  interface FastifyContextConfig {
    /** The permission this route requires: every route must declare one. */
    permission?: Permission;
    /** Exempt from CSRF checks (sign-in itself: there is no session yet). */
    csrfExempt?: boolean;
  }
}

export interface RouteEntry {
  method: string | string[];
  url: string;
  config?: unknown;
}

export type App = FastifyInstance<
  import("node:http").Server,
  import("node:http").IncomingMessage,
  import("node:http").ServerResponse,
  import("fastify").FastifyBaseLogger,
  ZodTypeProvider
>;

const TITLES: Record<ErrorCode, string> = {
  invalid_input: "Invalid input",
  not_signed_in: "Not signed in",
  invalid_credentials: "Sign-in failed",
  signature_invalid: "Signature refused",
  session_expired: "Session expired",
  token_invalid: "Invalid API token",
  forbidden: "Forbidden",
  csrf_failed: "CSRF check failed",
  not_found: "Not found",
  conflict: "Conflict",
  too_large: "Request too large",
  unsupported_media_type: "Unsupported media type",
  rate_limited: "Too many requests",
  internal: "Internal error",
  unavailable: "Service unavailable",
};

export function problemBody(req: FastifyRequest, code: ErrorCode, detail: string, errors?: FieldError[]) {
  return {
    type: `urn:aisafe:problem:${code}`,
    title: TITLES[code],
    status: ERROR_STATUS[code],
    detail,
    instance: req.url.split("?")[0],
    code,
    requestId: String(req.id),
    ...(errors?.length ? { errors } : {}),
  };
}

export function sendProblem(req: FastifyRequest, reply: FastifyReply, err: AppError) {
  return reply
    .status(err.status)
    .type("application/problem+json")
    .serializer(JSON.stringify)
    .send(problemBody(req, err.code, err.message, err.errors));
}

/** Turns whatever was thrown into an AppError; unknown errors become a 500 without internals. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as FastifyError & { validation?: unknown };
  if (hasZodFastifySchemaValidationErrors(e)) {
    const where = (e as { validationContext?: string }).validationContext ?? "body";
    const errors = e.validation.map((v) => {
      const path = v.instancePath.split("/").filter(Boolean);
      const keys = (v.params as { keys?: string[] }).keys;
      if (v.keyword === "unrecognized_keys" && keys?.length) {
        return {
          field: [...path, ...keys].join("."),
          message: `unknown field: ${keys.join(", ")}`,
          code: "unknown_field",
        };
      }
      return {
        field: path.length ? path.join(".") : where,
        message: v.message ?? "is invalid",
        code: v.keyword,
      };
    });
    return new AppError(
      "invalid_input",
      `The request ${where} is invalid: ${errors.map((x) => `${x.field} ${x.message}`).join("; ")}.`,
      errors,
    );
  }
  if (isResponseSerializationError(e))
    return new AppError("internal", "The server produced an invalid response.");
  switch (e.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("too_large", "The request body is larger than this node accepts.");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError(
        "unsupported_media_type",
        "This content type is not supported here; send application/json.",
      );
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError("invalid_input", "The JSON body is empty.", [{ field: "body", message: "empty" }]);
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new AppError("invalid_input", "The body is not valid JSON.", [
        { field: "body", message: "malformed JSON" },
      ]);
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new AppError("invalid_input", "The Content-Length header does not match the body.");
  }
  if (e.statusCode === 429) return new AppError("rate_limited", e.message || "Too many requests; slow down.");
  if (e instanceof SyntaxError && (e as { statusCode?: number }).statusCode === 400) {
    return new AppError("invalid_input", "The body is not valid JSON.", [
      { field: "body", message: "malformed JSON" },
    ]);
  }
  if (typeof e.statusCode === "number" && e.statusCode >= 400 && e.statusCode < 500) {
    const code = (Object.entries(ERROR_STATUS).find(([, s]) => s === e.statusCode)?.[0] ??
      "invalid_input") as ErrorCode;
    return new AppError(code, e.message);
  }
  return new AppError("internal", "An unexpected error occurred. It has been logged.");
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Routes added by plugins we use (API docs); the only routes whose permission is declared here. */
const PLUGIN_PUBLIC_PREFIXES = ["/api/docs"];

export interface HttpOptions {
  config: Config;
  title: string;
  version: string;
}

/** The Fastify instance with the house rules: logging, errors, security headers, limits, permissions, OpenAPI. */
export async function createHttp({ config, title, version }: HttpOptions): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,100}$/.test(given) ? given : uuidv7();
    },
    logController: new LogController({
      requestIdLogLabel: "requestId",
      disableRequestLogging: config.logLevel !== "debug" && config.logLevel !== "trace",
    }),
    trustProxy: false,
    // Start-up registers many plugins; on a busy small machine 10 s (the default) is not always enough.
    pluginTimeout: 60_000,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // JSON only: anything else is 415 (multipart uploads are added per route by the modules that take files).
  app.removeContentTypeParser(["text/plain"]);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest("actor", undefined as never);
  app.decorateRequest("authProblem", undefined);

  app.setErrorHandler((err, req, reply) => {
    const appErr = toAppError(err);
    if (appErr.status >= 500) req.log.error({ err }, "request failed");
    return sendProblem(req, reply, appErr);
  });

  app.addHook("onSend", async (req, reply, payload) => {
    reply.header("x-request-id", req.id);
    return payload;
  });

  // Every route must declare a permission; plugin routes under known prefixes are public.
  const routeTable: RouteEntry[] = [];
  app.decorate("routeTable", routeTable);
  app.addHook("onRoute", (route) => {
    routeTable.push(route);
    const declared = route.config?.permission;
    if (declared === undefined && PLUGIN_PUBLIC_PREFIXES.some((p) => route.url.startsWith(p))) {
      route.config = { ...route.config, permission: "public" };
    }
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.publicUrl.startsWith("https:") ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  // Registered always so that routes can set their own limits (sign-in); global only when configured.
  await app.register(rateLimit, {
    global: config.rateLimitMax > 0,
    max: config.rateLimitMax || 1,
    timeWindow: "1 minute",
    errorResponseBuilder: (_req, ctx) => {
      const err = new AppError("rate_limited", `Too many requests; retry in ${ctx.after}.`);
      return Object.assign(err, { statusCode: 429 });
    },
  });

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title,
        version,
        description:
          "API of an ASEAN AI Safe node. Errors are RFC 9457 problem details (application/problem+json). " +
          "Sign in with POST /api/v1/auth/login (session cookie; send x-csrf-token on changes) or use an API token " +
          "as `Authorization: Bearer aisafe_...`.",
        license: { name: "Apache-2.0", identifier: "Apache-2.0" },
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "aisafe_session" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  // Route-level permission and CSRF, after authentication (onRequest) and body parsing.
  app.addHook("preHandler", async (req) => {
    const permission = req.routeOptions.config.permission;
    if (!isPermission(permission)) {
      // Fail closed: a route that slipped through without a permission is refused.
      if (req.routeOptions.url === undefined) return; // 404 handler
      throw new AppError("forbidden", "This route declares no permission.");
    }
    if (permission !== "public" && req.actor.kind === "anonymous" && req.authProblem) throw req.authProblem;
    authorize(req.actor, permission, req.method);
    const actor = req.actor;
    if (
      STATE_CHANGING.has(req.method) &&
      actor.kind === "user" &&
      actor.via === "session" &&
      !req.routeOptions.config.csrfExempt
    ) {
      const sent = req.headers["x-csrf-token"];
      if (typeof sent !== "string" || sent !== actor.csrfToken) {
        throw new AppError("csrf_failed", "Missing or wrong x-csrf-token header for a signed-in change.");
      }
    }
  });

  return app;
}

/** Lists registered routes without a declared permission (used by a test and at start-up). */
export function routesWithoutPermission(
  routes: { method: string | string[]; url: string; config?: unknown }[],
) {
  return routes.filter((r) => !isPermission((r.config as { permission?: unknown } | undefined)?.permission));
}
