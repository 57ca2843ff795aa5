// `npm run bench -- startup`: cold start on an empty data directory (embedded PGlite), warm restart
// on the same directory, and the idle resident memory of the server process.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildProduction, nodeEnv } from "./api.ts";
import { freePort, median, onCleanup, ROOT, sleep, startChild, table, waitForOk } from "./lib.ts";

export interface StartupOptions {
  check: boolean;
  repeats: number;
  /** How long to let the server settle after it is ready before reading its RSS. */
  settleMs: number;
}

export const LIMITS = { coldMs: 10_000, warmMs: 3_000, rssMb: 250 };

function vmRssMb(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
}

interface Start {
  ms: number;
  /** What the server itself reports ("ready in N ms", from process start of serve()). */
  reportedMs: number | undefined;
  rssMb: number;
  hwmMb: number;
}

/**
 * One start of `npm start` as `node scripts/start.mjs` (not npm, so that the child's pid is the server:
 * start.mjs imports the CLI into its own process). Timed from spawn until GET /readyz answers 200.
 */
async function startOnce(dataDir: string, settleMs: number): Promise<Start> {
  const port = await freePort();
  const env = nodeEnv({ PORT: String(port), AISAFE_DATA_DIR: dataDir });
  let reportedMs: number | undefined;
  const t0 = performance.now();
  const child = startChild(process.execPath, ["scripts/start.mjs"], env, (s) => {
    const m = /ready in (\d+) ms/.exec(s);
    if (m) reportedMs = Number(m[1]);
  });
  onCleanup(() => child.stop());
  try {
    const ready = await waitForOk(`http://127.0.0.1:${port}/readyz`, child, 60_000, 10);
    await sleep(settleMs);
    const mem = vmRssMb(child.pid);
    // The web app must be served (after the measurement: this request is not part of it).
    const home = await fetch(`http://127.0.0.1:${port}/`);
    const html = await home.text();
    if (home.status !== 200 || !html.includes("<div id=")) {
      throw new Error(`GET / did not serve the web app: ${home.status} ${html.slice(0, 200)}`);
    }
    return { ms: ready - t0, reportedMs, rssMb: mem.rss, hwmMb: mem.hwm };
  } finally {
    await child.stop(10_000);
  }
}

export async function benchStartup(opts: StartupOptions): Promise<boolean> {
  // Build first, so that start.mjs finds web/dist and dist/aisafe.mjs fresh and only starts the server.
  await buildProduction();
  for (const f of ["web/dist/index.html", "dist/aisafe.mjs"]) {
    if (!existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing after node scripts/build.mjs`);
  }
  const cold: Start[] = [];
  const warm: Start[] = [];
  for (let i = 0; i < opts.repeats; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "aisafe-bench-data-"));
    onCleanup(async () => rmSync(dir, { recursive: true, force: true }));
    process.stdout.write(`  round ${i + 1}/${opts.repeats}: cold start in ${dir}...`);
    cold.push(await startOnce(dir, opts.settleMs));
    process.stdout.write(` ${Math.round(cold.at(-1)!.ms)} ms; warm restart...`);
    warm.push(await startOnce(dir, opts.settleMs));
    process.stdout.write(` ${Math.round(warm.at(-1)!.ms)} ms\n`);
    rmSync(dir, { recursive: true, force: true });
  }
  const m = (xs: Start[], f: (s: Start) => number | undefined) => median(xs.map((s) => f(s) ?? Number.NaN));
  const coldMs = m(cold, (s) => s.ms);
  const warmMs = m(warm, (s) => s.ms);
  const rssCold = m(cold, (s) => s.rssMb);
  const rssWarm = m(warm, (s) => s.rssMb);
  const ok = (v: number, max: number) => (v <= max ? "MET" : "MISSED");
  const runs = (xs: Start[], f: (s: Start) => number) => xs.map((s) => Math.round(f(s))).join(", ");
  process.stdout.write(
    `\n${table(
      ["measure", "median", "runs", "target", ""],
      [
        [
          "cold start to /readyz 200 (ms)",
          Math.round(coldMs),
          runs(cold, (s) => s.ms),
          `<= ${LIMITS.coldMs}`,
          ok(coldMs, LIMITS.coldMs),
        ],
        [
          "  as reported by serve (ms)",
          Math.round(m(cold, (s) => s.reportedMs)),
          runs(cold, (s) => s.reportedMs ?? Number.NaN),
          "",
          "",
        ],
        [
          "warm restart to /readyz 200 (ms)",
          Math.round(warmMs),
          runs(warm, (s) => s.ms),
          `<= ${LIMITS.warmMs}`,
          ok(warmMs, LIMITS.warmMs),
        ],
        [
          "  as reported by serve (ms)",
          Math.round(m(warm, (s) => s.reportedMs)),
          runs(warm, (s) => s.reportedMs ?? Number.NaN),
          "",
          "",
        ],
        [
          `idle RSS after cold start, +${opts.settleMs / 1000} s (MB)`,
          Math.round(rssCold),
          runs(cold, (s) => s.rssMb),
          `<= ${LIMITS.rssMb}`,
          ok(rssCold, LIMITS.rssMb),
        ],
        [
          `idle RSS after warm start, +${opts.settleMs / 1000} s (MB)`,
          Math.round(rssWarm),
          runs(warm, (s) => s.rssMb),
          `<= ${LIMITS.rssMb}`,
          ok(rssWarm, LIMITS.rssMb),
        ],
        [
          "peak RSS (VmHWM) cold / warm (MB)",
          `${Math.round(m(cold, (s) => s.hwmMb))} / ${Math.round(m(warm, (s) => s.hwmMb))}`,
          "",
          "",
          "",
        ],
      ],
    )}\n\n` +
      `process: node scripts/start.mjs (what npm start runs, without the npm wrapper): the server bundle\n` +
      `  dist/aisafe.mjs and web/dist, built before the runs; embedded PGlite; NODE_ENV=production\n` +
      `machine: ${os.availableParallelism()} cores, node ${process.version}\n`,
  );
  return (
    !opts.check ||
    (coldMs <= LIMITS.coldMs && warmMs <= LIMITS.warmMs && rssCold <= LIMITS.rssMb && rssWarm <= LIMITS.rssMb)
  );
}
