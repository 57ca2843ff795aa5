import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { buildApp } from "../../src/app.ts";
import type { AppContext } from "../../src/platform/context.ts";
import type { App } from "../../src/platform/http.ts";
import { openTestDatabase, testConfig } from "../helpers.ts";

/** The browser the node prints PDFs with: the config's default, Debian's package. */
export const CHROMIUM = testConfig().chromiumPath;

const repo = path.resolve(import.meta.dirname, "../..");
export const webDist = path.join(repo, "web", "dist");

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), s.mtimeMs);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds web/dist when missing or older than its sources; one build at a time across test workers. */
export async function ensureWebBuilt(): Promise<void> {
  const inputs = [
    "web/src",
    "web/locales",
    "web/public",
    "web/index.html",
    "web/vite.config.ts",
    "src/client",
  ];
  const stale = () => {
    const index = path.join(webDist, "index.html");
    if (!existsSync(index)) return true;
    const built = statSync(index).mtimeMs;
    return inputs.some((i) => existsSync(path.join(repo, i)) && newestMtime(path.join(repo, i)) > built);
  };
  const lock = path.join(os.tmpdir(), "aisafe-web-build.lock");
  for (let waited = 0; ; waited += 250) {
    if (!stale()) return;
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building; a lock older than two minutes is left over from a crash.
      if (waited > 120_000 || Date.now() - statSync(lock).mtimeMs > 120_000)
        rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (stale()) {
        execFileSync(
          process.execPath,
          [
            path.join(repo, "node_modules/vite/bin/vite.js"),
            "build",
            "--config",
            "web/vite.config.ts",
            "--logLevel",
            "warn",
          ],
          {
            cwd: repo,
            stdio: "inherit",
            // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
            env: { ...process.env, NODE_ENV: "production" },
          },
        );
      }
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export interface RunningNode {
  app: App;
  ctx: AppContext;
  url: string;
  close(): Promise<void>;
}

/** A real node on a loopback port, serving the built web app, with secure cookies. */
export async function startNode(env: Record<string, string> = {}): Promise<RunningNode> {
  await ensureWebBuilt();
  const database = await openTestDatabase();
  const { app, ctx } = await buildApp(
    testConfig({
      AISAFE_WEB_DIST: webDist,
      AISAFE_SECURE_COOKIES: "true",
      AISAFE_LOGIN_RATE_LIMIT_MAX: "1000",
      ...env,
    }),
    { database },
  );
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    app,
    ctx,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** Debian's Chromium; Playwright gives it a fresh temporary profile (user data dir) per launch. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}: apt-get install chromium.`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh scratch directory for screenshots and the like. */
export const scratch = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix));
