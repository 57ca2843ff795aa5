import openapiTS, { astToString } from "openapi-typescript";
import { buildApp } from "../app.ts";
import { loadConfig } from "../platform/config.ts";
import { openDatabase } from "../platform/db/index.ts";

export const HEADER = "// Generated from the node's OpenAPI document by `npm run gen:client`. Do not edit.\n";

/** The OpenAPI document of a node built in memory, and the TypeScript types generated from it. */
export async function generateClientSources(): Promise<{ openapi: string; schema: string }> {
  const config = loadConfig({ AISAFE_LOG_LEVEL: "warn", AISAFE_WEB_DIST: "/nonexistent" });
  const database = await openDatabase({});
  try {
    const { app } = await buildApp(config, { database });
    const doc = app.swagger() as unknown as { components?: { schemas?: Record<string, unknown> } };
    await app.close();
    // Component order follows module load order; sort it so that the committed file is stable.
    const schemas = doc.components?.schemas;
    if (schemas)
      doc.components!.schemas = Object.fromEntries(
        Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)),
      );
    const openapi = `${JSON.stringify(doc, null, 2)}\n`;
    const schema =
      HEADER + astToString(await openapiTS(doc as never, { alphabetize: true, defaultNonNullable: false }));
    return { openapi, schema };
  } finally {
    await database.close();
  }
}
