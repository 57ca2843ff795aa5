// `npm start`: builds the web app if it is missing or older than its sources, then runs `aisafe serve`.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
const built = path.join(root, "web/dist/index.html");
const stale =
  !existsSync(built) ||
  statSync(built).mtimeMs <
    Math.max(newest(path.join(root, "web/src")), newest(path.join(root, "web/locales")));
if (stale && !process.env.AISAFE_WEB_DIST) {
  console.log("Building the web app (first start only)...");
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
process.chdir(root);
process.argv = [process.argv[0], "aisafe", "serve", ...process.argv.slice(2)];
await import("../bin/aisafe.mjs");
