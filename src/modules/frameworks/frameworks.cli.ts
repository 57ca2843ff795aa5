import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { CliExit, cliActor, type LoadConfig, oneOf, out, warn, withContext } from "../../cli-kit.ts";
import { AppError } from "../../platform/errors.ts";

const TLPS = ["clear", "green", "amber", "amber+strict", "red"] as const;

import { parseMappingCollection } from "./crosswalk.ts";
import { contentFiles, FRAMEWORKS_DIR } from "./frameworks.content.ts";
import * as frameworks from "./frameworks.service.ts";
import { BINDING_STATUSES, INSTRUMENT_TYPES, type Issue, parseCatalog } from "./oscal.ts";

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new AppError("not_found", `Cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError("invalid_input", `${file} is not JSON: ${(e as Error).message}`);
  }
}

const printIssues = (
  file: string,
  issues: { pointer?: string; field?: string; message: string; severity?: string }[],
) => {
  for (const i of issues) warn(`${file}: ${i.severity ?? "error"} at ${i.pointer ?? i.field}: ${i.message}`);
};

/** Validates catalogs and crosswalks offline; crosswalk references are checked against content/frameworks and the other files given. */
export function validateFiles(files: string[], strict: boolean): { file: string; issues: Issue[] }[] {
  const docs = files.map((file) => ({ file, doc: readJson(file) as Record<string, unknown> }));
  const ids = new Map<string, Set<string>>();
  for (const { doc } of [...contentFiles(FRAMEWORKS_DIR), ...docs]) {
    if (!doc?.catalog) continue;
    const p = parseCatalog(doc, { strict: false }).parsed;
    if (p) ids.set(p.meta.id, new Set(p.requirements.map((r) => r.id)));
  }
  return docs.map(({ file, doc }) => ({
    file,
    issues: doc?.["mapping-collection"]
      ? parseMappingCollection(doc, (id) => ids.get(id)).issues
      : parseCatalog(doc, { strict }).issues,
  }));
}

/** `aisafe frameworks list|show|import|export|validate` and `aisafe crosswalk A B`. */
export function registerFrameworkCommands(program: Command, config: LoadConfig) {
  const fw = program.command("frameworks").description("the framework library");

  fw.command("list")
    .description("list the frameworks on this node")
    .option("--jurisdiction <code>", "only this jurisdiction (member state code, ASEAN or INTL)")
    .option(
      "--binding-status <status>",
      `one of ${BINDING_STATUSES.join(", ")}`,
      oneOf(BINDING_STATUSES, "--binding-status"),
    )
    .option("--json", "print JSON")
    .action(async (o: { jurisdiction?: string; bindingStatus?: string; json?: boolean }) => {
      await withContext(config(), async (ctx) => {
        const list = await frameworks.listFrameworks(ctx, {
          jurisdiction: o.jurisdiction?.toUpperCase(),
          bindingStatus: o.bindingStatus,
        });
        if (o.json) return out(JSON.stringify(list, null, 2));
        for (const f of list) {
          out(
            `${f.id.padEnd(30)} ${f.jurisdiction.padEnd(6)} ${f.instrumentType.padEnd(11)} ${f.bindingStatus.padEnd(13)} v${f.latestVersion.padEnd(7)} ${String(f.requirementCount).padStart(3)} reqs  ${f.title}`,
          );
        }
      });
    });

  fw.command("show")
    .description("show a framework and its requirement tree")
    .argument("<id>", "framework id")
    .option("--version <version>", "a release other than the latest")
    .option("--json", "print JSON")
    .action(async (id: string, o: { version?: string; json?: boolean }) => {
      await withContext(config(), async (ctx) => {
        const f = await frameworks.getFramework(ctx, id, o.version);
        if (o.json) return out(JSON.stringify(f, null, 2));
        out(`${f.title} (${f.id} v${f.version})`);
        out(
          `  ${f.jurisdiction} · ${f.instrumentType} · ${f.bindingStatus}${f.adoptedDate ? ` · adopted ${f.adoptedDate}` : ""} · review: ${f.reviewStatus}`,
        );
        for (const r of f.requirements) {
          const flag = r.verification === "unverified" ? " [unverified]" : "";
          out(
            `${"  ".repeat(r.depth + 1)}${r.label ? `${r.label} ` : ""}${r.title}${flag}${r.sourceRef ? `  (${r.sourceRef})` : ""}`,
          );
        }
      });
    });

  fw.command("import")
    .description("import an OSCAL catalog file: a new framework or a new release")
    .argument("<file>", "OSCAL catalog (JSON)")
    .option("--framework-id <id>", "framework id, when the catalog has no framework-id prop")
    .option("--jurisdiction <code>", "jurisdiction, when the catalog has none")
    .option(
      "--type <type>",
      `instrument type (${INSTRUMENT_TYPES.join(", ")})`,
      oneOf(INSTRUMENT_TYPES, "--type"),
    )
    .option(
      "--binding-status <status>",
      `one of ${BINDING_STATUSES.join(", ")}`,
      oneOf(BINDING_STATUSES, "--binding-status"),
    )
    .action(
      async (
        file: string,
        o: {
          frameworkId?: string;
          jurisdiction?: string;
          type?: (typeof INSTRUMENT_TYPES)[number];
          bindingStatus?: (typeof BINDING_STATUSES)[number];
        },
      ) => {
        const doc = readJson(file);
        await withContext(config(), async (ctx) => {
          try {
            const r = await frameworks.importCatalog(ctx, cliActor, doc, {
              overrides: {
                ...(o.frameworkId ? { id: o.frameworkId } : {}),
                ...(o.jurisdiction ? { jurisdiction: o.jurisdiction.toUpperCase() } : {}),
                ...(o.type ? { instrumentType: o.type } : {}),
                ...(o.bindingStatus ? { bindingStatus: o.bindingStatus } : {}),
              },
            });
            printIssues(
              file,
              r.warnings.map((w) => ({ ...w, severity: "warning" })),
            );
            out(
              `${r.frameworkId} v${r.version}: ${r.status} (${r.requirementCount} requirements, ${r.warnings.length} warnings).`,
            );
          } catch (e) {
            if (e instanceof AppError && e.errors) {
              printIssues(file, e.errors);
              warn(`aisafe: ${e.message}`);
              throw new CliExit(1);
            }
            throw e;
          }
        });
      },
    );

  fw.command("export")
    .description("write a framework release as an OSCAL catalog")
    .argument("<id>", "framework id")
    .option("--version <version>", "a release other than the latest")
    .option("-o, --output <file>", "file to write (default: standard output)")
    .action(async (id: string, o: { version?: string; output?: string }) => {
      await withContext(config(), async (ctx) => {
        const json = `${JSON.stringify(await frameworks.exportOscal(ctx, id, o.version), null, 2)}\n`;
        if (o.output) {
          writeFileSync(o.output, json);
          warn(`Wrote ${path.resolve(o.output)}.`);
        } else process.stdout.write(json);
      });
    });

  fw.command("share")
    .description(
      "share a framework release and its current crosswalks with peer nodes (or --withdraw them); peers pull them at their next sync",
    )
    .argument("<id>", "framework id")
    .option("--version <version>", "a release other than the latest")
    .option(
      "--tlp <label>",
      "TLP label (clear, green, amber, amber+strict, red)",
      oneOf(TLPS, "--tlp"),
      "clear",
    )
    .option(
      "--distribution <n>",
      "0 organisation, 1 this node, 2 connected nodes, 3 all nodes, 4 sharing group",
      "3",
    )
    .option("--group <id>", "sharing group id (with --distribution 4)")
    .option("--withdraw", "retract the shared framework and its crosswalks from every peer")
    .action(
      async (
        id: string,
        o: {
          version?: string;
          tlp: (typeof TLPS)[number];
          distribution: string;
          group?: string;
          withdraw?: boolean;
        },
      ) => {
        const distribution = Number(o.distribution);
        if (![0, 1, 2, 3, 4].includes(distribution)) {
          warn("aisafe: --distribution must be 0, 1, 2, 3 or 4.");
          throw new CliExit(2);
        }
        await withContext(config(), async (ctx) => {
          const r = o.withdraw
            ? await frameworks.unshareFramework(ctx, cliActor, id)
            : await frameworks.shareFramework(ctx, cliActor, id, {
                version: o.version,
                sharing: {
                  tlp: o.tlp,
                  distribution: distribution as 0,
                  sharingGroupId: o.group ?? null,
                  residency: null,
                },
              });
          for (const x of r.records) out(`${x.type} ${x.key}: record ${x.recordId} v${x.version}`);
          out(
            o.withdraw
              ? `Withdrawn: ${r.records.length} record(s).`
              : `Shared ${id} ${r.version}: ${r.records.length} record(s).`,
          );
        });
      },
    );

  fw.command("validate")
    .description("check OSCAL catalogs and crosswalks without importing them; exits 1 when any has an error")
    .argument("<files...>", "catalog or mapping-collection files (JSON)")
    .option("--strict", "apply the content rules (source reference and statement on every control) as errors")
    .action((files: string[], o: { strict?: boolean }) => {
      let failed = false;
      for (const { file, issues } of validateFiles(files, o.strict ?? false)) {
        printIssues(file, issues);
        const errors = issues.filter((i) => i.severity === "error").length;
        failed ||= errors > 0;
        out(
          `${file}: ${errors ? `${errors} error(s)` : "valid"}${issues.length - errors ? `, ${issues.length - errors} warning(s)` : ""}`,
        );
      }
      if (failed) throw new CliExit(1);
    });

  program
    .command("crosswalk")
    .description("show the crosswalk between two frameworks (direct, or derived through the ASEAN Guide)")
    .argument("<from>", "framework id")
    .argument("<to>", "framework id")
    .option("--json", "print JSON")
    .option("--oscal", "print an OSCAL mapping-collection")
    .action(async (from: string, to: string, o: { json?: boolean; oscal?: boolean }) => {
      await withContext(config(), async (ctx) => {
        if (o.oscal) return out(JSON.stringify(await frameworks.exportCrosswalk(ctx, from, to), null, 2));
        const v = await frameworks.crosswalk(ctx, from, to);
        if (o.json) return out(JSON.stringify(v, null, 2));
        out(`${from} -> ${to}: ${v.kind}${v.hub ? ` through ${v.hub}` : ""}, ${v.entries.length} entries`);
        for (const e of v.entries) {
          const rel = e.relationship ?? "shared hub requirement";
          out(
            `  ${(e.sourceLabel ?? e.source).padEnd(14)} ${rel.padEnd(22)} ${(e.targetLabel ?? e.target).padEnd(14)} ${e.confidence.padEnd(6)} ${e.via ? `via ${e.via.hubTitle}` : ""}`,
          );
        }
        out(
          `Unmapped: ${v.unmapped.from.length} in ${from}, ${v.unmapped.to.length} in ${to} (nothing is inferred from them).`,
        );
      });
    });
}
