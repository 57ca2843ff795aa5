import { createRequire } from "node:module";
import type { parse as Parse } from "csv-parse/sync";
import { AppError } from "../../platform/errors.ts";

/** The CSV columns a bulk import reads (lists separated by ";"); the export's column names where they overlap. */
export const IMPORT_COLUMNS = [
  "lang",
  "title",
  "description",
  "kind",
  "ai_relation",
  "reporter_group",
  "reporter_relation",
  "occurred_from",
  "occurred_to",
  "countries",
  "evidence_urls",
  "severity",
  "harm_types",
  "industry",
  "systems",
] as const;

const list = (v: string | undefined) =>
  (v ?? "")
    .split(";")
    .map((x) => x.trim())
    .filter(Boolean);
const opt = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/**
 * Reads a CSV file (RFC 4180, header row) into report inputs, one per record, each with its line
 * number. A malformed record becomes an error for its line; the others are still read.
 */
export function csvToReports(text: string): { row: number; value: unknown; error?: string }[] {
  const out: { row: number; value: unknown; error?: string }[] = [];
  const { parse } = createRequire(import.meta.url)("csv-parse/sync") as { parse: typeof Parse };
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => {
        const unknown = header.filter((h) => !(IMPORT_COLUMNS as readonly string[]).includes(h.trim()));
        if (unknown.length) {
          throw new AppError("invalid_input", `Unknown column(s) in the CSV header: ${unknown.join(", ")}.`, [
            {
              field: "line 1",
              message: `unknown column(s): ${unknown.join(", ")}; known: ${IMPORT_COLUMNS.join(", ")}`,
            },
          ]);
        }
        return header.map((h) => h.trim());
      },
      bom: true,
      skip_empty_lines: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err)
          out.push({ row: Number((err as { lines?: number }).lines ?? 0), value: null, error: err.message });
        return undefined;
      },
    }) as typeof records;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError("invalid_input", `The CSV cannot be read: ${(e as Error).message}`, [
      { field: "body", message: (e as Error).message },
    ]);
  }
  for (const { record: r, info } of records) {
    out.push({
      row: info.lines,
      value: {
        lang: opt(r.lang),
        title: opt(r.title),
        description: opt(r.description),
        ...(opt(r.kind) ? { kind: opt(r.kind) } : {}),
        aiRelation: list(r.ai_relation),
        reporter: { stakeholderGroup: opt(r.reporter_group), relation: opt(r.reporter_relation) },
        ...(opt(r.occurred_from) ? { occurredFrom: opt(r.occurred_from) } : {}),
        ...(opt(r.occurred_to) ? { occurredTo: opt(r.occurred_to) } : {}),
        countries: list(r.countries),
        evidence: list(r.evidence_urls).map((url) => ({ url })),
        severity: opt(r.severity),
        harmTypes: list(r.harm_types),
        ...(opt(r.industry) ? { industry: opt(r.industry) } : {}),
        systems: list(r.systems).map((name) => ({ name })),
      },
    });
  }
  return out.sort((a, b) => a.row - b.row);
}
