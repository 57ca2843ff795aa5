import type { FastifyServerOptions } from "fastify";
import pino, { type Logger } from "pino";
import type { Config } from "./config.ts";

const REDACT = [
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  "password",
  "*.password",
  "token",
  "*.token",
];

/** pino options for Fastify: JSON logs with request ids and secrets redacted. */
export const loggerOptions = (config: Config): FastifyServerOptions["logger"] => ({
  level: config.logLevel,
  redact: REDACT,
});

/** A logger outside a request (CLI, start-up). */
export const createLogger = (config: Pick<Config, "logLevel">): Logger =>
  pino({ level: config.logLevel, redact: REDACT });
