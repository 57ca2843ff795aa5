import { InvalidArgumentError } from "commander";
import { openConfiguredDatabase, prepareContext } from "./app.ts";
import { systemActor } from "./platform/access.ts";
import type { Config } from "./platform/config.ts";
import type { AppContext } from "./platform/context.ts";

/** What the `aisafe` command acts as in the audit trail. */
export const cliActor = systemActor("cli");

/** Ends a command with a non-zero exit code after it has printed its own message. */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

export const out = (s: string) => process.stdout.write(`${s}\n`);
export const warn = (s: string) => process.stderr.write(`${s}\n`);

/** Runs fn with a prepared context (migrated database) and closes the database afterwards. */
export async function withContext<T>(config: Config, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(config);
  try {
    return await fn(await prepareContext(config, database));
  } finally {
    await database.close();
  }
}

/** A commander argument parser that accepts one of the given values. */
export const oneOf =
  <T extends string>(values: readonly T[], what: string) =>
  (v: string): T => {
    if (!(values as readonly string[]).includes(v))
      throw new InvalidArgumentError(`${what} must be one of ${values.join(", ")}.`);
    return v as T;
  };

/** Module CLIs receive the program's config loader. */
export type LoadConfig = () => Config;
