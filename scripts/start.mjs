// `npm start`: builds the web app and the server bundle if they are missing or stale, then runs
// `aisafe serve` from the bundle (plain JavaScript: faster start and less memory than a TS loader).
import { buildAll } from "./build.mjs";

await buildAll();
const { runCli } = await import("../dist/aisafe.mjs");
const code = await runCli(["serve", ...process.argv.slice(2)]);
if (code !== 0) process.exit(code);
