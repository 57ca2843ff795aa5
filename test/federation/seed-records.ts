/**
 * Shares N synthetic incident records from a node's database (run while the node is stopped, with
 * the node's environment): `node --import tsx test/federation/seed-records.ts N '{"tlp":"green","distribution":3}'`.
 * Goes through the federation service, so each record is signed and hashed as on publication.
 */
import { openConfiguredDatabase, prepareContext } from "../../src/app.ts";
import type { SharingT } from "../../src/modules/federation/federation.schemas.ts";
import * as federation from "../../src/modules/federation/federation.service.ts";
import { loadConfig } from "../../src/platform/config.ts";
import { uuidv7 } from "../../src/platform/ids.ts";

const count = Number(process.argv[2]);
const sharing = { sharingGroupId: null, residency: null, ...JSON.parse(process.argv[3] ?? "{}") } as SharingT;
const config = loadConfig({ ...process.env, AISAFE_LOG_LEVEL: "warn" } as Record<string, string>);
const database = await openConfiguredDatabase(config);
const ctx = await prepareContext(config, database);
const langs = [
  ["en", "Deepfake video of a minister promoted an investment scheme"],
  ["id", "Video deepfake menteri mempromosikan skema investasi"],
  ["th", "วิดีโอดีปเฟกของรัฐมนตรีโฆษณาโครงการลงทุน"],
  ["vi", "Video deepfake bộ trưởng quảng cáo chương trình đầu tư"],
] as const;
for (let done = 0; done < count; ) {
  const batch = Math.min(500, count - done);
  await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < batch; i++) {
      const n = done + i;
      const [lang, title] = langs[n % langs.length]!;
      await federation.shareLocal(ctx, trx, {
        id: uuidv7(),
        type: "incident",
        ownerOrg: "node",
        title: `${title} #${n}`,
        content: {
          lang,
          title: `${title} #${n}`,
          description: `Synthetic incident ${n} for the federation harness.`,
          n,
        },
        sharing,
        containsPersonalData: false,
        personalDataRedacted: false,
      });
    }
  });
  done += batch;
}
await database.close();
console.log(`shared ${count} records`);
