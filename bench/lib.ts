// Shared helpers of the benchmarks: child processes that are always stopped, ports, polling, tables.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every child we started; stopped on normal exit, on failure and on SIGINT/SIGTERM. */
const children = new Set<ChildProcess>();

export interface Child {
  proc: ChildProcess;
  pid: number;
  /** The last ~16 KB of stdout and stderr, for error messages. */
  output(): string;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<number | string>;
  stop(graceMs?: number): Promise<void>;
}

export function startChild(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onStdout?: (chunk: string) => void,
): Child {
  const proc = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  if (proc.pid === undefined) throw new Error(`could not start ${cmd} ${args.join(" ")}`);
  children.add(proc);
  let out = "";
  const keep = (s: string) => {
    out = (out + s).slice(-16_384);
  };
  proc.stdout!.setEncoding("utf8").on("data", (s: string) => {
    keep(s);
    onStdout?.(s);
  });
  proc.stderr!.setEncoding("utf8").on("data", keep);
  const exited = new Promise<number | string>((resolve) => {
    proc.once("exit", (code, signal) => {
      children.delete(proc);
      resolve(code ?? signal ?? "unknown");
    });
  });
  return {
    proc,
    pid: proc.pid,
    output: () => out,
    exited,
    async stop(graceMs = 5000) {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill("SIGTERM");
      const t = setTimeout(() => proc.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(t);
    },
  };
}

/** Runs a command to completion (bounded by timeoutMs); throws with its output if it fails. */
export async function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 120_000) {
  const c = startChild(cmd, args, env);
  const t = setTimeout(() => c.proc.kill("SIGKILL"), timeoutMs);
  const code = await c.exited;
  clearTimeout(t);
  if (code !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${code}):\n${c.output()}`);
  return c.output();
}

export function killAllChildren() {
  for (const c of children) c.kill("SIGKILL");
}

let cleanupHooks: (() => Promise<void>)[] = [];
/** Registers async cleanup (stop servers, drop databases) run once at the end, also after a failure. */
export const onCleanup = (fn: () => Promise<void>) => {
  cleanupHooks.push(fn);
};
let cleaning: Promise<void> | undefined;
/** Runs the cleanup hooks once; a second caller (e.g. Ctrl-C during a failure) waits for the same run. */
export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    const hooks = cleanupHooks.reverse();
    cleanupHooks = [];
    for (const h of hooks) {
      try {
        await h();
      } catch (err) {
        process.stderr.write(`bench: cleanup step failed: ${(err as Error).message}\n`);
      }
    }
    killAllChildren();
  })().finally(() => {
    cleaning = undefined;
  });
  return cleaning;
}

process.once("exit", killAllChildren);
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.once(sig, () => {
    process.stderr.write(`bench: ${sig}, stopping child processes\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

export async function freePort(): Promise<number> {
  const srv = net.createServer();
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  const port = (srv.address() as net.AddressInfo).port;
  srv.close();
  await once(srv, "close");
  return port;
}

/**
 * Polls url until it answers 200; returns the time (performance.now()) of that answer.
 * Fails early when the child exits, and after timeoutMs.
 */
export async function waitForOk(url: string, child: Child, timeoutMs: number, intervalMs = 25) {
  const deadline = performance.now() + timeoutMs;
  let exited: number | string | undefined;
  void child.exited.then((c) => {
    exited = c;
  });
  while (performance.now() < deadline) {
    if (exited !== undefined)
      throw new Error(`server exited (${exited}) before ${url} was ready:\n${child.output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now();
    } catch {
      // not listening yet
    }
    await sleep(intervalMs);
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms:\n${child.output()}`);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** A plain-text table with right-aligned columns after the first. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

/** Rejects after ms (bounds the whole run). */
export function deadline(ms: number, what: string): { promise: Promise<never>; clear(): void } {
  let t: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    t = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return { promise, clear: () => clearTimeout(t) };
}

export async function gitCommit(): Promise<string> {
  try {
    return (await run("git", ["rev-parse", "--short", "HEAD"], process.env, 10_000)).trim();
  } catch {
    return "unknown";
  }
}

const CLK_TCK = 100; // USER_HZ on Linux

/** CPU time (user + system) a process has used, in ms; 0 when it is gone or /proc is unavailable. */
export function procCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK; // fields 14 and 15: utime, stime
  } catch {
    return 0;
  }
}

/** CPU time (ms) of every PostgreSQL server process on this machine (all databases; take deltas). */
export function postgresCpuMs(): number {
  let ms = 0;
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, "utf8").trim() === "postgres") ms += procCpuMs(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return ms;
}
