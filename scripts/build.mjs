// Builds what `npm start` serves, when missing or older than its sources:
//   web/dist/      the web app (Vite)
//   dist/aisafe.mjs the server and CLI as one ES module (esbuild; packages stay in node_modules),
//                  so that a node runs plain JavaScript without a TypeScript loader.
// Usage: node scripts/build.mjs [--force]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const force = process.argv.includes("--force");
const newest = (p) => {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, e) => Math.max(m, newest(path.join(p, e))), s.mtimeMs);
};
const stale = (output, ...inputs) =>
  force ||
  !existsSync(output) ||
  statSync(output).mtimeMs < Math.max(...inputs.map((i) => newest(path.join(root, i))));

export async function buildAll({ quiet = false } = {}) {
  const say = (m) => quiet || console.log(m);
  if (
    stale(
      path.join(root, "web/dist/index.html"),
      "web/src",
      "web/locales",
      "web/index.html",
      "web/vite.config.ts",
    )
  ) {
    say("Building the web app...");
    execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules/vite/bin/vite.js"),
        "build",
        "--config",
        "web/vite.config.ts",
        "--logLevel",
        "warn",
      ],
      {
        cwd: root,
        stdio: "inherit",
      },
    );
  }
  const bundle = path.join(root, "dist/aisafe.mjs");
  if (stale(bundle, "src", "package.json")) {
    say("Building the server...");
    const { build } = await import("esbuild"); // loaded only when there is something to build
    await build({
      entryPoints: [path.join(root, "src/cli.ts")],
      outfile: bundle,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      sourcemap: true,
      logLevel: "warning",
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();
