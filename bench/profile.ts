// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by package/file,
// and inclusive time of the functions that matter most. Also usable alone:
//   npx tsx bench/profile.ts <file.cpuprofile>
import { readFileSync } from "node:fs";
import path from "node:path";
import { table } from "./lib.ts";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Where code lives: a package name, a project file, or a V8 pseudo-frame such as (garbage collector). */
function origin(url: string, root: string): string {
  if (!url) return "(native / V8)";
  const p = url.replace(/^file:\/\//, "");
  const nm = p.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = p.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (p.startsWith("node:")) return "node core";
  return path.relative(root, p) || p;
}

export function summariseProfile(file: string, root: string, top = 25): string {
  const prof = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const dt = prof.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const key = (n: Node) =>
    `${n.callFrame.functionName || "(anonymous)"}  ${origin(n.callFrame.url, root)}:${n.callFrame.lineNumber + 1}`;

  const selfByFn = new Map<string, number>();
  const selfByOrigin = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const k = n.callFrame.url ? key(n) : n.callFrame.functionName || "(anonymous)";
    selfByFn.set(k, (selfByFn.get(k) ?? 0) + t);
    const o = n.callFrame.url ? origin(n.callFrame.url, root) : n.callFrame.functionName || "(native)";
    selfByOrigin.set(o, (selfByOrigin.get(o) ?? 0) + t);
  }

  // Inclusive time per function, counting each function once per stack (recursion is not double-counted).
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  for (const [id, t] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (!n.callFrame.url) continue;
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  }

  const pct = (t: number) => `${((100 * t) / total).toFixed(1)}%`;
  const rows = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => [k, `${(t / 1000).toFixed(0)} ms`, pct(t)]);
  return [
    `profile ${(total / 1e6).toFixed(1)} s sampled`,
    "",
    "self time by package / file",
    table(["origin", "self", "share"], rows(selfByOrigin, top)),
    "",
    "self time by function",
    table(["function", "self", "share"], rows(selfByFn, top)),
    "",
    "inclusive time by function (JavaScript frames)",
    table(["function", "total", "share"], rows(incl, top * 2)),
    "",
  ].join("\n");
}

if (process.argv[1]?.endsWith("bench/profile.ts") && process.argv[2]) {
  process.stdout.write(summariseProfile(process.argv[2], path.resolve(import.meta.dirname, "..")));
}
