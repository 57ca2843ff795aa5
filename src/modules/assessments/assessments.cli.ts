import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { CliExit, type LoadConfig, out, warn, withContext } from "../../cli-kit.ts";
import { createClient } from "../../client/index.ts";
import { sha256Hex } from "../../platform/crypto.ts";
import { AppError } from "../../platform/errors.ts";
import { verifyReport } from "./assessments.service.ts";

/** `aisafe report verify FILE`: was this report issued by the node, unaltered? */
export function registerAssessmentCommands(program: Command, config: LoadConfig) {
  program
    .command("report")
    .description("assessment reports")
    .command("verify")
    .description("check that a report file was issued by the node and not altered; exits 1 when it was not")
    .argument("<file>", "the report file (HTML)")
    .option("--url <url>", "ask a running node over HTTP instead of this node's database")
    .action(async (file: string, o: { url?: string }) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        throw new AppError("not_found", `Cannot read ${file}: ${(e as Error).message}`);
      }
      const sha256 = sha256Hex(bytes);
      const r = o.url
        ? (
            await createClient({ baseUrl: o.url.replace(/\/$/, "") }).GET("/api/v1/reports/verify", {
              params: { query: { sha256 } },
            })
          ).data
        : await withContext(config(), (ctx) => verifyReport(ctx, sha256));
      if (!r) throw new AppError("unavailable", `No answer from ${o.url}.`);
      if (r.issued && r.signatureValid) {
        out(
          `Verified: ${file} is report ${r.assessmentRef} (${r.kind}) issued ${r.issuedAt} by ${r.node?.name}, key ${r.node?.fingerprint}. SHA-256 ${sha256}.`,
        );
        return;
      }
      warn(
        r.issued
          ? `NOT VERIFIED: ${file} is recorded but its signature does not verify.`
          : `NOT VERIFIED: ${file} (SHA-256 ${sha256}): ${r.reason}`,
      );
      throw new CliExit(1);
    });
}
