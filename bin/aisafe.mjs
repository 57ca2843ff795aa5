#!/usr/bin/env node
// The `aisafe` command: runs the TypeScript sources through tsx (no build step for the server).
import { register } from "tsx/esm/api";

// `aisafe frameworks list | head` closes the pipe early: that is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
register();
const { runCli } = await import("../src/cli.ts");
const code = await runCli(process.argv.slice(2));
if (code !== 0) process.exit(code);
