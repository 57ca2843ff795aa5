import { createRequire } from "node:module";
import type { parse as Parse } from "csv-parse/sync";
import { AppError } from "../../platform/errors.ts";

/** The columns of CodeCarbon's emissions.csv that an import needs (others are kept in the details). */
const REQUIRED = ["timestamp", "duration", "energy_consumed"] as const;

export interface CodeCarbonRun {
  line: number;
  timestamp: string;
  durationHours: number;
  energyKWh: number;
  emissionsKg: number | null;
  country: string | null;
  pue: number | null;
  gpuModel: string | null;
  waterLitres: number | null;
}

/**
 * Reads a CodeCarbon emissions.csv: one run per line. Each bad line is reported with its number and
 * field; good lines are kept. Energy is CodeCarbon's energy_consumed (kWh), duration is in seconds.
 */
export function parseCodeCarbon(text: string): {
  runs: CodeCarbonRun[];
  errors: { line: number; field: string; message: string }[];
} {
  const { parse } = createRequire(import.meta.url)("csv-parse/sync") as { parse: typeof Parse };
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (h: string[]) => h.map((x) => x.trim()),
      bom: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: false,
    });
  } catch (e) {
    throw new AppError("invalid_input", `The file is not a readable CSV: ${(e as Error).message}`, [
      { field: "file", message: (e as Error).message },
    ]);
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (!records.length || missing.length) {
    throw new AppError(
      "invalid_input",
      `Not a CodeCarbon emissions.csv: missing column(s) ${missing.join(", ") || "(no rows)"}.`,
      [{ field: "line 1", message: `missing ${missing.join(", ")}` }],
    );
  }
  const runs: CodeCarbonRun[] = [];
  const errors: { line: number; field: string; message: string }[] = [];
  const num = (r: Record<string, string>, k: string, line: number, required: boolean) => {
    const v = r[k]?.trim();
    if (!v) {
      if (required) errors.push({ line, field: k, message: "missing" });
      return null;
    }
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) {
      errors.push({ line, field: k, message: `"${v}" is not a non-negative number` });
      return null;
    }
    return n;
  };
  for (const { record: r, info } of records) {
    const line = info.lines;
    const before = errors.length;
    const duration = num(r, "duration", line, true);
    const energy = num(r, "energy_consumed", line, true);
    const emissions = num(r, "emissions", line, false);
    const pue = num(r, "pue", line, false);
    const water = num(r, "water_consumed", line, false);
    if (!r.timestamp || Number.isNaN(Date.parse(r.timestamp)))
      errors.push({ line, field: "timestamp", message: `"${r.timestamp ?? ""}" is not a date-time` });
    // energy_consumed is in kWh: a value in Wh or J would be implausibly large for the duration.
    if (energy !== null && duration !== null && duration > 0 && energy / (duration / 3600) > 10_000) {
      errors.push({
        line,
        field: "energy_consumed",
        message: "over 10 MW on average: is it in Wh or J instead of kWh?",
      });
    }
    if (errors.length > before) continue;
    runs.push({
      line,
      timestamp: new Date(r.timestamp!).toISOString(),
      durationHours: duration! / 3600,
      energyKWh: energy!,
      emissionsKg: emissions,
      country: r.country_iso_code?.trim() || null,
      pue,
      gpuModel: r.gpu_model?.trim() || null,
      waterLitres: water,
    });
  }
  return { runs, errors };
}
