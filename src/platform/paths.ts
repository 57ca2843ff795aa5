import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder (holding package.json, content/ and migrations/), from source or from a bundle. */
export const ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("Cannot find the project root (package.json)");
    dir = up;
  }
  return dir;
})();

export const fromRoot = (...parts: string[]) => path.join(ROOT, ...parts);
