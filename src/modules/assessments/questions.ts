/**
 * "Assess once": the question set of an assessment and the coverage it gives each framework.
 *
 * Every control of a target framework that is mapped to the hub (the ASEAN Guide) is asked through
 * the hub requirement it maps to: one question per hub requirement, however many frameworks map to
 * it. Controls with no mapping are asked as they are. An answer to a hub question carries to a
 * mapped control fully when the mapping says the control is within the hub requirement (equal-to,
 * equivalent-to, subset-of); through a looser mapping (intersects-with, superset-of) it carries at
 * most "partially met", because the hub answer does not show the rest of the control. A control can
 * also be answered directly, which then wins. Derived results name the mapping that carried them.
 */

export const RESULTS = ["met", "partially-met", "not-met", "not-applicable"] as const;
export type Result = (typeof RESULTS)[number];

export interface Control {
  id: string;
  label: string | null;
  title: string;
  statement: string | null;
}

export interface HubLink {
  source: string; // control id in the framework
  target: string; // hub requirement id
  relationship: string;
  confidence: string;
  rationale: string;
}

export interface TargetFramework {
  id: string;
  title: string;
  controls: Control[];
  links: HubLink[]; // the framework's crosswalk to the hub (empty for the hub itself)
}

export interface Question {
  key: string; // "hub:<id>" or "<framework>:<control>"
  kind: "hub" | "requirement";
  id: string;
  frameworkId: string;
  label: string | null;
  title: string;
  statement: string | null;
  /** The framework controls this question answers (for a hub question: every mapped control of every target). */
  covers: { frameworkId: string; controlId: string; relationship: string }[];
}

const FULL = new Set(["equal-to", "equivalent-to", "subset-of"]);

/** The de-duplicated question set for the target frameworks, hub questions first, in document order. */
export function buildQuestions(hubId: string, hub: Control[], targets: TargetFramework[]): Question[] {
  const hubById = new Map(hub.map((h) => [h.id, h]));
  const hubQuestions = new Map<string, Question>();
  const direct: Question[] = [];
  for (const t of targets) {
    for (const c of t.controls) {
      const links =
        t.id === hubId
          ? [{ source: c.id, target: c.id, relationship: "equal-to" }]
          : t.links.filter((l) => l.source === c.id && l.relationship !== "no-relationship");
      const mapped = links.filter((l) => hubById.has(l.target));
      if (!mapped.length) {
        direct.push({
          key: `${t.id}:${c.id}`,
          kind: "requirement",
          id: c.id,
          frameworkId: t.id,
          label: c.label,
          title: c.title,
          statement: c.statement,
          covers: [{ frameworkId: t.id, controlId: c.id, relationship: "self" }],
        });
        continue;
      }
      for (const l of mapped) {
        const h = hubById.get(l.target)!;
        let q = hubQuestions.get(h.id);
        if (!q) {
          q = {
            key: `hub:${h.id}`,
            kind: "hub",
            id: h.id,
            frameworkId: hubId,
            label: h.label,
            title: h.title,
            statement: h.statement,
            covers: [],
          };
          hubQuestions.set(h.id, q);
        }
        q.covers.push({ frameworkId: t.id, controlId: c.id, relationship: l.relationship });
      }
    }
  }
  const order = new Map(hub.map((h, i) => [h.id, i]));
  return [...[...hubQuestions.values()].sort((a, b) => order.get(a.id)! - order.get(b.id)!), ...direct];
}

export interface Answer {
  question: string;
  result: Result;
}

export interface ControlResult {
  controlId: string;
  label: string | null;
  title: string;
  result: Result | "unanswered";
  derived: boolean;
  /** How a derived result was carried: the hub question and the mapping. */
  via?: { question: string; relationship: string; rationale: string; hubResult: Result }[];
}

const RANK: Record<Result, number> = { met: 3, "partially-met": 2, "not-met": 1, "not-applicable": 4 };

/** The result a hub answer carries to a control through one mapping. */
export function carry(hubResult: Result, relationship: string): Result {
  if (hubResult === "met" && !FULL.has(relationship)) return "partially-met";
  return hubResult;
}

/** Combines the results carried by several mappings: the weakest wins; not applicable only if all are. */
function combine(results: Result[]): Result {
  const applicable = results.filter((r) => r !== "not-applicable");
  if (!applicable.length) return "not-applicable";
  return applicable.reduce((a, b) => (RANK[b] < RANK[a] ? b : a));
}

export interface FrameworkCoverage {
  frameworkId: string;
  title: string;
  controls: ControlResult[];
  counts: Record<Result | "unanswered", number>;
  /** (met + half of partially met) / applicable controls, 0..1; null when nothing applicable is answered. */
  score: number | null;
  derivedCount: number;
}

/** Coverage of each target framework from the answers: direct answers win, others are derived through the hub. */
export function coverage(hubId: string, targets: TargetFramework[], answers: Answer[]): FrameworkCoverage[] {
  const byQ = new Map(answers.map((a) => [a.question, a.result]));
  return targets.map((t) => {
    const controls: ControlResult[] = t.controls.map((c) => {
      const directKey = `${t.id}:${c.id}`;
      const direct = byQ.get(t.id === hubId ? `hub:${c.id}` : directKey);
      if (direct) return { controlId: c.id, label: c.label, title: c.title, result: direct, derived: false };
      const links = t.links.filter((l) => l.source === c.id && l.relationship !== "no-relationship");
      const carried = links
        .map((l) => ({ l, hubResult: byQ.get(`hub:${l.target}`) }))
        .filter((x): x is { l: HubLink; hubResult: Result } => x.hubResult !== undefined);
      if (!links.length || carried.length < links.length)
        return { controlId: c.id, label: c.label, title: c.title, result: "unanswered", derived: false };
      return {
        controlId: c.id,
        label: c.label,
        title: c.title,
        result: combine(carried.map((x) => carry(x.hubResult, x.l.relationship))),
        derived: true,
        via: carried.map((x) => ({
          question: `hub:${x.l.target}`,
          relationship: x.l.relationship,
          rationale: x.l.rationale,
          hubResult: x.hubResult,
        })),
      };
    });
    const counts = {
      met: 0,
      "partially-met": 0,
      "not-met": 0,
      "not-applicable": 0,
      unanswered: 0,
    } as FrameworkCoverage["counts"];
    for (const c of controls) counts[c.result]++;
    const answeredApplicable = counts.met + counts["partially-met"] + counts["not-met"];
    const applicable = answeredApplicable + counts.unanswered;
    return {
      frameworkId: t.id,
      title: t.title,
      controls,
      counts,
      score: answeredApplicable ? (counts.met + counts["partially-met"] / 2) / applicable : null,
      derivedCount: controls.filter((c) => c.derived).length,
    };
  });
}
