// `npm run bench -- startup`: cold start on an empty data directory (embedded PGlite), warm restart
// on the same directory, and the idle resident memory of the server process.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeEnv } from "./api.ts";
import { freePort, median, onCleanup, ROOT, run, sleep, startChild, table, waitForOk } from "./lib.ts";

export interface StartupOptions {
  check: boolean;
  repeats: number;
  /** How long to let the server settle after it is ready before reading its RSS. */
  settleMs: number;
}

export const LIMITS = { coldMs: 10_000, warmMs: 3_000, rssMb: 250 };

/** Newest mtime under dir (0 when missing). */
const newest = (dir: string): number =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
        const p = path.join(dir, e.name);
        return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
      }, 0)
    : 0;

/**
 * The web app must already be built, or `npm start` would build it inside the measured cold start.
 * Builds it when missing or stale; returns the AISAFE_WEB_DIST to use and a note.
 */
async function ensureWebDist(): Promise<{ webDist: string | undefined; note: string }> {
  const dist = path.join(ROOT, "web/dist");
  const index = path.join(dist, "index.html");
  const fresh = () =>
    existsSync(index) &&
    statSync(index).mtimeMs >=
      Math.max(newest(path.join(ROOT, "web/src")), newest(path.join(ROOT, "web/locales")));
  if (fresh()) return { webDist: undefined, note: "web/dist present and fresh" };
  if (!existsSync(path.join(ROOT, "web/vite.config.ts"))) {
    return {
      webDist: "/nonexistent",
      note: "no web app in this checkout (web/vite.config.ts missing): served without it",
    };
  }
  process.stdout.write("Building the web app first (npx vite build --config web/vite.config.ts)...\n");
  try {
    await run(
      process.execPath,
      ["node_modules/vite/bin/vite.js", "build", "--config", "web/vite.config.ts"],
      process.env,
      300_000,
    );
    if (fresh()) return { webDist: undefined, note: "web/dist built before the bench" };
  } catch (err) {
    process.stdout.write(`${(err as Error).message.slice(-2000)}\n`);
  }
  return { webDist: "/nonexistent", note: "the web build failed: served without the web app" };
}

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
async function startOnce(dataDir: string, webDist: string | undefined, settleMs: number): Promise<Start> {
  const port = await freePort();
  const env = nodeEnv({
    PORT: String(port),
    AISAFE_DATA_DIR: dataDir,
    ...(webDist ? { AISAFE_WEB_DIST: webDist } : {}),
  });
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
    return { ms: ready - t0, reportedMs, rssMb: mem.rss, hwmMb: mem.hwm };
  } finally {
    await child.stop(10_000);
  }
}

export async function benchStartup(opts: StartupOptions): Promise<boolean> {
  let { webDist, note } = await ensureWebDist();
  if (webDist === undefined) {
    // The server must start with the web app; when it cannot, measure without it and say why.
    const dir = mkdtempSync(path.join(os.tmpdir(), "aisafe-bench-data-"));
    try {
      process.stdout.write("  trial start with web/dist...");
      await startOnce(dir, webDist, 0);
      process.stdout.write(" ok\n");
    } catch (err) {
      const why = (err as Error).message.split("\n").find((l) => l.startsWith("aisafe:")) ?? "see above";
      process.stdout.write(` FAILED\n${(err as Error).message.slice(0, 2000)}\n`);
      webDist = "/nonexistent";
      note = `the server does not start with web/dist (${why}): measured with AISAFE_WEB_DIST=/nonexistent`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const cold: Start[] = [];
  const warm: Start[] = [];
  for (let i = 0; i < opts.repeats; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "aisafe-bench-data-"));
    onCleanup(async () => rmSync(dir, { recursive: true, force: true }));
    process.stdout.write(`  round ${i + 1}/${opts.repeats}: cold start in ${dir}...`);
    cold.push(await startOnce(dir, webDist, opts.settleMs));
    process.stdout.write(` ${Math.round(cold.at(-1)!.ms)} ms; warm restart...`);
    warm.push(await startOnce(dir, webDist, opts.settleMs));
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
      `process: node scripts/start.mjs (what npm start runs, without the npm wrapper), embedded PGlite, NODE_ENV=production\n` +
      `web app: ${note}\n` +
      `machine: ${os.availableParallelism()} cores, node ${process.version}\n`,
  );
  return (
    !opts.check ||
    (coldMs <= LIMITS.coldMs && warmMs <= LIMITS.warmMs && rssCold <= LIMITS.rssMb && rssWarm <= LIMITS.rssMb)
  );
}
