import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareContext } from "../src/app.ts";
import { loadConfig } from "../src/platform/config.ts";
import { openDatabase } from "../src/platform/db/index.ts";
import { adminUrl, TEMPLATE_DB, withDb } from "./db-urls.ts";

/**
 * Once per run: a migrated database with reference data and a node identity, which each test file
 * copies (a PGlite data-dir dump, or a PostgreSQL TEMPLATE database when DATABASE_URL is set).
 */
export default async function setup(project: TestProject) {
  const config = loadConfig({ AISAFE_LOG_LEVEL: "silent" });
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = await openDatabase({ databaseUrl: adminUrl(url), poolSize: 1 });
    await admin.withRawConnection(async (c) => {
      await c.exec(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await c.exec(`CREATE DATABASE ${TEMPLATE_DB}`);
    });
    const template = await openDatabase({ databaseUrl: withDb(url, TEMPLATE_DB), poolSize: 1 });
    await prepareContext(config, template);
    await template.close();
    await admin.close();
    project.provide("templateDump", "");
    return;
  }
  const database = await openDatabase({});
  await prepareContext(config, database);
  const dump = await database.dumpDataDir!();
  await database.close();
  const file = path.join(os.tmpdir(), `aisafe-test-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("templateDump", file);
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDump: string;
  }
}
