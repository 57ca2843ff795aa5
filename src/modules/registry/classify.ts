import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../../platform/paths.ts";
import type { DECISION_IMPACT, INVOLVEMENT } from "./vocabulary.ts";

/** Facts about a registered AI system that classifiers reason on (content/rulepacks/README.md). */
export interface SystemFacts {
  aiType: string;
  generalPurposeModel: boolean;
  gpaiSystemicRisk: boolean;
  useCases: string[];
  safetyComponentOf: string | null;
  profilesNaturalPersons: boolean;
  dataCategories: string[];
  affectedScale: string;
  decisionImpact: string;
  sectors: string[];
  deploymentCountries: string[];
}

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: keyof SystemFacts; equals: unknown }
  | { fact: keyof SystemFacts; includes: string }
  | { fact: keyof SystemFacts; in: unknown[] }
  | { fact: keyof SystemFacts; intersects: string[] };

export interface Citation {
  ref: string;
  control?: string;
}

export interface Rule {
  id: string;
  tier: string;
  when: Condition;
  cites: Citation[];
  explanation: string;
  verification?: string;
  dependsOnDecree?: boolean;
  exceptions?: string;
}

export interface RulePack {
  id: string;
  version: string;
  title: string;
  jurisdiction: string;
  framework?: string;
  review?: { status: string; reviewer?: string };
  tiers: { id: string; label?: string; rank: number }[];
  default: string;
  rules: Rule[];
  flags?: {
    id: string;
    when: Condition;
    cites: Citation[];
    explanation: string;
    dependsOnDecree?: boolean;
  }[];
}

/** Whether a condition holds for the facts. Unknown shapes never hold (fail closed). */
export function holds(c: Condition, f: SystemFacts): boolean {
  if ("all" in c) return c.all.every((x) => holds(x, f));
  if ("any" in c) return c.any.some((x) => holds(x, f));
  if ("not" in c) return !holds(c.not, f);
  const v = f[c.fact] as unknown;
  if ("equals" in c) return v === c.equals;
  if ("includes" in c) return Array.isArray(v) && v.includes(c.includes);
  if ("in" in c) return c.in.includes(v);
  if ("intersects" in c) return Array.isArray(v) && c.intersects.some((x) => v.includes(x));
  return false;
}

export interface Classification {
  classifier: string;
  version: string;
  title: string;
  jurisdiction: string;
  framework: string | null;
  reviewStatus: string;
  tier: string;
  tierLabel: string;
  fired: {
    id: string;
    tier: string;
    cites: Citation[];
    explanation: string;
    dependsOnDecree: boolean;
    verification: string;
  }[];
  flags: { id: string; cites: Citation[]; explanation: string; dependsOnDecree: boolean }[];
  dependsOnPendingDecree: boolean;
}

/** Runs a rule pack: every rule that fires, the highest-ranked tier among them (else the default), and flags. */
export function classify(pack: RulePack, facts: SystemFacts): Classification {
  const rank = new Map(pack.tiers.map((t) => [t.id, t.rank]));
  const fired = pack.rules.filter((r) => holds(r.when, facts));
  const top = fired.reduce<string>(
    (best, r) => ((rank.get(r.tier) ?? 0) > (rank.get(best) ?? 0) ? r.tier : best),
    pack.default,
  );
  const flags = (pack.flags ?? []).filter((x) => holds(x.when, facts));
  const decisive = fired.filter((r) => r.tier === top);
  return {
    classifier: pack.id,
    version: pack.version,
    title: pack.title,
    jurisdiction: pack.jurisdiction,
    framework: pack.framework ?? null,
    reviewStatus: pack.review?.status ?? "draft",
    tier: top,
    tierLabel: pack.tiers.find((t) => t.id === top)?.label ?? top,
    fired: fired.map((r) => ({
      id: r.id,
      tier: r.tier,
      cites: r.cites,
      explanation: r.explanation,
      dependsOnDecree: r.dependsOnDecree ?? false,
      verification: r.verification ?? "unverified",
    })),
    flags: flags.map((x) => ({
      id: x.id,
      cites: x.cites,
      explanation: x.explanation,
      dependsOnDecree: x.dependsOnDecree ?? false,
    })),
    dependsOnPendingDecree: decisive.some((r) => r.dependsOnDecree) || flags.some((x) => x.dependsOnDecree),
  };
}

// ---------- the ASEAN risk impact assessment (our scale) ----------

export interface HumanInvolvementScale {
  id: string;
  version: string;
  title: string;
  basis: { title: string; section: string; note: string };
  review?: { status: string };
  probability: { value: number; label: string; description: string }[];
  severity: { value: number; label: string; description: string }[];
  levels: { id: (typeof INVOLVEMENT)[number]; label: string; description: string }[];
  rules: {
    level: (typeof INVOLVEMENT)[number];
    severityAtLeast?: number;
    probabilityAtLeast?: number;
    scoreAtLeast?: number;
    decisionImpact?: (typeof DECISION_IMPACT)[number][];
    reason: string;
  }[];
}

/** The recommended human involvement for a probability and a severity of harm (1 to 5, our scale), with the reasoning. */
export function recommendInvolvement(
  scale: HumanInvolvementScale,
  input: { probability: number; severity: number; decisionImpact: string },
) {
  const score = input.probability * input.severity;
  const rule = scale.rules.find(
    (r) =>
      (r.severityAtLeast === undefined || input.severity >= r.severityAtLeast) &&
      (r.probabilityAtLeast === undefined || input.probability >= r.probabilityAtLeast) &&
      (r.scoreAtLeast === undefined || score >= r.scoreAtLeast) &&
      (r.decisionImpact === undefined ||
        (r.decisionImpact as readonly string[]).includes(input.decisionImpact)),
  )!;
  const level = scale.levels.find((l) => l.id === rule.level)!;
  const p = scale.probability.find((x) => x.value === input.probability)!;
  const s = scale.severity.find((x) => x.value === input.severity)!;
  return {
    scale: { id: scale.id, version: scale.version, ours: true as const, note: scale.basis.note },
    probability: { value: input.probability, label: p.label },
    severity: { value: input.severity, label: s.label },
    score,
    level: level.id,
    levelLabel: level.label,
    reasoning: [
      `Probability of harm: ${p.label} (${p.value} of 5). Severity of harm: ${s.label} (${s.value} of 5). Score ${score} of 25 on ASEAN AI Safe's own scale.`,
      rule.reason,
      `Recommended: ${level.label.toLowerCase()} — ${level.description}`,
    ],
    basis: `${scale.basis.title}, ${scale.basis.section}`,
  };
}

const DIR = fromRoot("content/rulepacks");
const readJson = <T>(f: string) => JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as T;

/** The jurisdiction classifiers shipped in content/rulepacks (files *-tier.json), read once. */
export const RULE_PACKS: readonly RulePack[] = readdirSync(DIR)
  .filter((f) => f.endsWith("-tier.json"))
  .sort()
  .map((f) => readJson<RulePack>(f));

export const INVOLVEMENT_SCALE: HumanInvolvementScale = readJson("asean-human-involvement.json");

/** The EU AI Act provision a use case stands for. */
export interface EuProvision {
  ref: string;
  control: string;
  route: string;
  verification: string;
}

/** The facts' vocabulary (use cases, Annex I product areas, ISIC sections), for forms and API clients. */
export interface FactVocabulary {
  id: string;
  version: string;
  title: string;
  source: { title: string; url: string; date: string };
  review?: { status: string };
  useCases: {
    id: string;
    group: string;
    label: string;
    description: string;
    note?: string;
    /** null when the use case stands for no EU AI Act provision */
    euAiAct: EuProvision | null;
  }[];
  annexIProductAreas: {
    id: string;
    label: string;
    section: string;
    annexIPoints: number[];
    legislation: string[];
    note?: string;
    verification: string;
  }[];
  isicSections: { letter: string; label: string; verification: string; verificationNote?: string }[];
}

export const FACT_VOCABULARY: FactVocabulary = readJson("use-cases.json");
