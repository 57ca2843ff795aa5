import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { systemActor } from "../../platform/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { sha256Hex } from "../../platform/crypto.ts";
import { fromRoot, ROOT } from "../../platform/paths.ts";
import * as repo from "./frameworks.repo.ts";
import { importCatalog, importCrosswalk } from "./frameworks.service.ts";
import { hashDocument, NS } from "./oscal.ts";

export const FRAMEWORKS_DIR = fromRoot("content/frameworks");
export const CROSSWALKS_DIR = fromRoot("content/crosswalks");

export const contentFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      file: path.join(dir, f),
      doc: JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Record<string, unknown>,
    }));

type Meta = { version?: string; props?: { name: string; ns?: string; value: string }[] };

/**
 * Loads the framework library shipped in content/ into the database: every catalog release and
 * crosswalk not loaded yet (start-up; idempotent). A file whose release is already loaded with other
 * content is not loaded again (releases are immutable) and is reported in the log.
 */
export async function syncContent(ctx: AppContext): Promise<{ frameworks: number; crosswalks: number }> {
  const actor = systemActor("content");
  // Files whose bytes are unchanged since they were loaded are skipped without being parsed.
  const seen = await repo.contentFileHashes(ctx.db);
  const changed = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => {
        const file = path.join(dir, f);
        const raw = readFileSync(file);
        return { file, rel: path.relative(ROOT, file), raw, sha256: sha256Hex(raw) };
      })
      .filter((f) => seen.get(f.rel) !== f.sha256)
      .map((f) => ({ ...f, doc: JSON.parse(f.raw.toString("utf8")) as Record<string, unknown> }));
  const loaded = new Map(
    (await repo.loadedReleases(ctx.db)).map((r) => [`${r.framework_id}@${r.version}`, r.content_hash]),
  );
  let frameworks = 0;
  for (const { file, doc, rel, sha256 } of changed(FRAMEWORKS_DIR)) {
    const meta = (doc.catalog as { metadata?: Meta } | undefined)?.metadata;
    const id = meta?.props?.find((p) => p.name === "framework-id" && p.ns === NS)?.value;
    const prior = loaded.get(`${id}@${meta?.version}`);
    if (prior && prior !== hashDocument(doc)) {
      ctx.log.warn(
        { file, id, version: meta?.version },
        "content file changed without a new metadata.version; not loaded",
      );
      continue;
    }
    if (!prior) {
      await importCatalog(ctx, actor, doc, { strict: true });
      frameworks++;
    }
    await repo.recordContentFile(ctx.db, rel, sha256);
  }
  const loadedX = new Map(
    (await repo.loadedCrosswalks(ctx.db)).map((c) => [
      `${c.source_framework}>${c.target_framework}@${c.version}`,
      c.content_hash,
    ]),
  );
  let crosswalks = 0;
  for (const { file, doc, rel, sha256 } of changed(CROSSWALKS_DIR)) {
    const [source, target] = path.basename(file, ".json").split("__");
    const version = (doc["mapping-collection"] as { metadata?: Meta } | undefined)?.metadata?.version;
    const prior = loadedX.get(`${source}>${target}@${version}`);
    if (prior && prior !== hashDocument(doc)) {
      ctx.log.warn({ file, version }, "crosswalk file changed without a new metadata.version; not loaded");
      continue;
    }
    if (!prior) {
      await importCrosswalk(ctx, actor, doc);
      crosswalks++;
    }
    await repo.recordContentFile(ctx.db, rel, sha256);
  }
  return { frameworks, crosswalks };
}
