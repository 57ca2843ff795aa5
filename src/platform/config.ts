import path from "node:path";
import { z } from "zod";

/** Parse a boolean environment variable ("1", "true", "yes" are true). */
const envBool = (def: boolean) =>
  z
    .string()
    .optional()
    .transform((v) =>
      v === undefined || v === "" ? def : ["1", "true", "yes", "on"].includes(v.toLowerCase()),
    );

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  AISAFE_DATA_DIR: z.string().default("./data"),
  AISAFE_PUBLIC_URL: z.string().url().optional(),
  AISAFE_NODE_JURISDICTION: z.string().default("ASEAN"),
  AISAFE_NODE_NAME: z.string().default("ASEAN AI Safe — Secretariat demo node"),
  AISAFE_ADMIN_EMAIL: z.string().email().optional(),
  AISAFE_ADMIN_PASSWORD: z.string().min(12).optional(),
  AISAFE_DEMO: envBool(true),
  AISAFE_SECURE_COOKIES: envBool(true),
  AISAFE_SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  AISAFE_RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600),
  AISAFE_LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
  AISAFE_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  AISAFE_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  AISAFE_SMTP_URL: z.string().optional(),
  AISAFE_MAIL_FROM: z.string().default("ASEAN AI Safe <no-reply@localhost>"),
  AISAFE_OIDC_ISSUER: z.string().url().optional(),
  AISAFE_OIDC_CLIENT_ID: z.string().optional(),
  AISAFE_OIDC_CLIENT_SECRET: z.string().optional(),
  AISAFE_OIDC_LABEL: z.string().default("Single sign-on"),
  AISAFE_WEB_DIST: z.string().optional(),
  AISAFE_DATA_LICENCE: z.string().default("CC-BY-4.0"),
  AISAFE_CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  AISAFE_FEDERATION_SYNC_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
});

/** The node's configuration, parsed once at start-up and passed in. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  node: { jurisdiction: string; name: string };
  admin: { email: string; password: string } | undefined;
  demo: boolean;
  secureCookies: boolean;
  sessionTtlHours: number;
  rateLimitMax: number;
  loginRateLimitMax: number;
  bodyLimitBytes: number;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  smtp: { url: string; from: string } | undefined;
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined; label: string } | undefined;
  webDist: string;
  /** Licence stated on the public incident database's exports (SPDX id or URL). */
  dataLicence: string;
  /** Chromium for PDF reports (headless print-to-PDF). */
  chromiumPath: string;
  /** How often each active peer is pulled (seconds; 0: only on notify or `aisafe sync now`). */
  federation: { syncSeconds: number };
}

/** Thrown when the environment is invalid; names each bad variable. */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if ((e.AISAFE_ADMIN_EMAIL === undefined) !== (e.AISAFE_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(
      "Invalid configuration:\n  AISAFE_ADMIN_EMAIL and AISAFE_ADMIN_PASSWORD must be set together",
    );
  }
  if (e.AISAFE_OIDC_ISSUER && !e.AISAFE_OIDC_CLIENT_ID) {
    throw new ConfigError(
      "Invalid configuration:\n  AISAFE_OIDC_CLIENT_ID is required with AISAFE_OIDC_ISSUER",
    );
  }
  const port = e.PORT;
  return {
    port,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.AISAFE_DATA_DIR),
    publicUrl: (e.AISAFE_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    node: { jurisdiction: e.AISAFE_NODE_JURISDICTION, name: e.AISAFE_NODE_NAME },
    admin: e.AISAFE_ADMIN_EMAIL
      ? { email: e.AISAFE_ADMIN_EMAIL.toLowerCase(), password: e.AISAFE_ADMIN_PASSWORD! }
      : undefined,
    demo: e.AISAFE_DEMO,
    secureCookies: e.AISAFE_SECURE_COOKIES,
    sessionTtlHours: e.AISAFE_SESSION_TTL_HOURS,
    rateLimitMax: e.AISAFE_RATE_LIMIT_MAX,
    loginRateLimitMax: e.AISAFE_LOGIN_RATE_LIMIT_MAX,
    bodyLimitBytes: e.AISAFE_BODY_LIMIT_BYTES,
    logLevel: e.AISAFE_LOG_LEVEL,
    smtp: e.AISAFE_SMTP_URL ? { url: e.AISAFE_SMTP_URL, from: e.AISAFE_MAIL_FROM } : undefined,
    oidc: e.AISAFE_OIDC_ISSUER
      ? {
          issuer: e.AISAFE_OIDC_ISSUER,
          clientId: e.AISAFE_OIDC_CLIENT_ID!,
          clientSecret: e.AISAFE_OIDC_CLIENT_SECRET,
          label: e.AISAFE_OIDC_LABEL,
        }
      : undefined,
    webDist: path.resolve(e.AISAFE_WEB_DIST ?? "web/dist"),
    dataLicence: e.AISAFE_DATA_LICENCE,
    chromiumPath: e.AISAFE_CHROMIUM_PATH,
    federation: { syncSeconds: e.AISAFE_FEDERATION_SYNC_SECONDS },
  };
}
