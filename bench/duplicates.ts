// `npx tsx bench/duplicates.ts [--check] [--threshold 0.5] [--errors all|A|B]`: measures the incident
// duplicate scorer (src/modules/incidents/similarity.ts) on the labelled set
// test/fixtures/incident-duplicates.json. Prints precision/recall/F1 at the threshold, a sweep, the
// confusion counts, a split-half check (threshold chosen on one half, measured on the other), the
// all-pairs false positives, and the scoring speed. --check exits 1 if precision or recall < 0.9.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  DEFAULT_THRESHOLD,
  fingerprint,
  hash32,
  type IncidentForMatching,
  type MatchFeatures,
  scorePair,
} from "../src/modules/incidents/similarity.ts";

interface LabelledPair {
  a: string;
  b: string;
  duplicate: boolean;
  note: string;
}
interface Scored extends LabelledPair {
  score: number;
  half: "A" | "B";
  why: string;
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIXTURE = path.join(ROOT, "test/fixtures/incident-duplicates.json");

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const check = args.includes("--check");
const threshold = Number(opt("threshold") ?? DEFAULT_THRESHOLD);
const showErrors = opt("errors");

export function counts(rows: { score: number; duplicate: boolean }[], t: number): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const r of rows) {
    const p = r.score >= t;
    if (p && r.duplicate) c.tp++;
    else if (p) c.fp++;
    else if (r.duplicate) c.fn++;
    else c.tn++;
  }
  return c;
}
export const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const SWEEP = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** The threshold with the best F1 on rows (a plateau of equal F1: its middle), on a 0.05 grid. */
function bestThreshold(rows: Scored[]): number {
  const grid = Array.from({ length: 19 }, (_, k) => Math.round((k + 1) * 5) / 100);
  const fs = grid.map((t) => f1(counts(rows, t)));
  const best = Math.max(...fs);
  const first = fs.indexOf(best);
  let last = first;
  while (last + 1 < fs.length && fs[last + 1] === best) last++;
  return grid[Math.floor((first + last) / 2)]!;
}

function line(label: string, c: Counts) {
  return `${label.padEnd(34)} P ${pct(precision(c)).padStart(6)}  R ${pct(recall(c)).padStart(6)}  F1 ${pct(f1(c)).padStart(6)}   tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn}`;
}

function main() {
  const data = JSON.parse(readFileSync(FIXTURE, "utf8")) as {
    incidents: IncidentForMatching[];
    pairs: LabelledPair[];
  };
  const feats = new Map<string, MatchFeatures>();
  const t0 = performance.now();
  for (const i of data.incidents) feats.set(i.id, fingerprint(i));
  const fpMs = (performance.now() - t0) / data.incidents.length;

  // Split-half: stratified by label, order fixed by a hash of the pair (not by score).
  const split = new Map<string, "A" | "B">();
  for (const dup of [true, false]) {
    const ps = data.pairs
      .filter((p) => p.duplicate === dup)
      .sort((x, y) => hash32(x.a + x.b) - hash32(y.a + y.b));
    ps.forEach((p, k) => {
      split.set(`${p.a}|${p.b}`, k % 2 === 0 ? "A" : "B");
    });
  }
  const rows: Scored[] = data.pairs.map((p) => {
    const r = scorePair(feats.get(p.a)!, feats.get(p.b)!);
    return {
      ...p,
      score: r.score,
      half: split.get(`${p.a}|${p.b}`)!,
      why: r.reasons.map((x) => `${x.kind}${x.score > 0 ? "+" : ""}${x.score} ${x.detail}`).join("; "),
    };
  });

  const dups = rows.filter((r) => r.duplicate).length;
  console.log(
    `Incident duplicate detection: ${data.incidents.length} incidents, ${rows.length} labelled pairs (${dups} duplicates, ${rows.length - dups} non-duplicates)\n`,
  );
  const whole = counts(rows, threshold);
  console.log(line(`whole set @ ${threshold}`, whole));

  console.log("\nThreshold sweep (whole set)");
  console.log("threshold  precision  recall     F1   tp  fp  fn   tn");
  for (const t of SWEEP) {
    const c = counts(rows, t);
    console.log(
      `${t.toFixed(2).padStart(9)}  ${pct(precision(c)).padStart(9)}  ${pct(recall(c)).padStart(6)}  ${pct(f1(c)).padStart(6)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)} ${String(c.tn).padStart(4)}`,
    );
  }

  console.log("\nSplit-half check (threshold chosen by best F1 on one half, measured on the other)");
  const halves = { A: rows.filter((r) => r.half === "A"), B: rows.filter((r) => r.half === "B") };
  for (const [tune, test] of [
    ["A", "B"],
    ["B", "A"],
  ] as const) {
    const t = bestThreshold(halves[tune]);
    console.log(line(`tuned on ${tune} (t=${t}), measured on ${test}`, counts(halves[test], t)));
  }
  console.log(line(`half A @ ${threshold}`, counts(halves.A, threshold)));
  console.log(line(`half B @ ${threshold}`, counts(halves.B, threshold)));

  // All pairs: every incident belongs to one event, so any pair not labelled duplicate is a non-duplicate.
  const dupSet = new Set(rows.filter((r) => r.duplicate).flatMap((r) => [`${r.a}|${r.b}`, `${r.b}|${r.a}`]));
  const list = [...feats.values()];
  let allFp = 0;
  let allPairs = 0;
  const fps: string[] = [];
  const t1 = performance.now();
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const s = scorePair(list[i]!, list[j]!).score;
      allPairs++;
      if (s >= threshold && !dupSet.has(`${list[i]!.id}|${list[j]!.id}`)) {
        allFp++;
        fps.push(`${list[i]!.id} ${list[j]!.id} ${s}`);
      }
    }
  const allMs = performance.now() - t1;
  const allC: Counts = { tp: whole.tp, fn: whole.fn, fp: allFp, tn: allPairs - dups - allFp };
  console.log(
    `\nAll ${allPairs} pairs of the set (unlabelled pairs are different incidents by construction):`,
  );
  console.log(line(`all pairs @ ${threshold}`, allC));
  if (fps.length && showErrors) console.log(`  false positives: ${fps.join(", ")}`);

  // Speed: repeat the all-pairs loop for ~1 s.
  let n = 0;
  const t2 = performance.now();
  while (performance.now() - t2 < 1000)
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        scorePair(list[i]!, list[j]!);
        n++;
      }
  const usPerPair = ((performance.now() - t2) * 1000) / n;
  const bytes =
    [...feats.values()].reduce((s, f) => s + Buffer.byteLength(JSON.stringify(f)), 0) /
    Math.max(1, feats.size);
  console.log(
    `\nSpeed: scorePair ${usPerPair.toFixed(2)} µs/pair (${n} pairs; first all-pairs pass ${allMs.toFixed(0)} ms), fingerprint ${(fpMs * 1000).toFixed(0)} µs/incident, fingerprint JSON ${Math.round(bytes)} bytes/incident`,
  );

  if (showErrors) {
    console.log("\nErrors:");
    for (const r of rows) {
      if (showErrors !== "all" && r.half !== showErrors) continue;
      const wrong = r.score >= threshold !== r.duplicate;
      if (wrong)
        console.log(
          `  ${r.duplicate ? "FN" : "FP"} ${r.score.toFixed(3)} ${r.a} ${r.b} [${r.half}] ${r.note}\n      ${r.why}`,
        );
    }
  }

  const ok = precision(whole) >= 0.9 && recall(whole) >= 0.9;
  if (check && !ok) {
    console.error(
      `\nFAIL: precision ${pct(precision(whole))}, recall ${pct(recall(whole))} (need >= 90% each)`,
    );
    process.exit(1);
  }
}

main();
