import { createHash } from "node:crypto";
import type { FrameworkCoverage } from "./questions.ts";

const NS = "urn:asean-ai-safe:oscal";

/** A stable UUID (v5-style, from SHA-1) for the parts of an export, so repeated exports keep their ids. */
function uuidFor(name: string): string {
  const h = createHash("sha1").update(`urn:asean-ai-safe:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
/** OSCAL 1.0.6 wants UUID v4 or v5 (the schema's pattern); random v4 for the document itself. */
const v4 = () => crypto.randomUUID();

export interface ExportInput {
  assessment: { id: string; ref: string; systemName: string; createdAt: string; updatedAt: string };
  node: { name: string; nodeId: string };
  coverage: FrameworkCoverage[];
  answers: {
    question: string;
    result: string;
    explanation: string;
    evidence: { url: string; title?: string }[];
    answeredAt: string;
  }[];
  gaps: {
    id: string;
    question: string;
    action: string;
    owner: string;
    dueDate: string | null;
    status: string;
  }[];
  generatedAt: string;
  version: string;
}

const ts = (iso: string) => new Date(iso).toISOString();

/** OSCAL assessment-results: one result; an observation per answer; a finding per assessed control. */
export function assessmentResults(x: ExportInput) {
  const obs = x.answers.map((a) => ({
    uuid: uuidFor(`${x.assessment.id}:obs:${a.question}`),
    title: a.question,
    description: a.explanation,
    props: [{ name: "result", ns: NS, value: a.result }],
    methods: ["EXAMINE"],
    ...(a.evidence.length
      ? { "relevant-evidence": a.evidence.map((e) => ({ href: e.url, description: e.title ?? e.url })) }
      : {}),
    collected: ts(a.answeredAt),
  }));
  const obsByQ = new Map(x.answers.map((a) => [a.question, uuidFor(`${x.assessment.id}:obs:${a.question}`)]));
  const findings = x.coverage.flatMap((f) =>
    f.controls
      .filter((c) => c.result !== "unanswered")
      .map((c) => {
        const related = c.derived
          ? (c.via ?? []).map((v) => obsByQ.get(v.question))
          : [obsByQ.get(`${f.frameworkId}:${c.controlId}`) ?? obsByQ.get(`hub:${c.controlId}`)];
        return {
          uuid: uuidFor(`${x.assessment.id}:finding:${f.frameworkId}:${c.controlId}`),
          title: `${f.title}: ${c.label ? `${c.label} ` : ""}${c.title}`,
          description: c.derived
            ? `Derived through the ASEAN Guide: ${(c.via ?? []).map((v) => `${v.question} (${v.hubResult}, ${v.relationship})`).join("; ")}.`
            : "Answered directly.",
          props: [
            { name: "framework", ns: NS, value: f.frameworkId },
            { name: "result", ns: NS, value: c.result },
            { name: "derived", ns: NS, value: String(c.derived) },
          ],
          target: {
            type: "objective-id",
            "target-id": c.controlId,
            status: {
              state: c.result === "met" || c.result === "not-applicable" ? "satisfied" : "not-satisfied",
            },
          },
          ...(related.filter(Boolean).length
            ? {
                "related-observations": related
                  .filter((u): u is string => Boolean(u))
                  .map((u) => ({ "observation-uuid": u })),
              }
            : {}),
        };
      }),
  );
  return {
    "assessment-results": {
      uuid: v4(),
      metadata: {
        title: `Assessment results ${x.assessment.ref}: ${x.assessment.systemName}`,
        "last-modified": ts(x.generatedAt),
        version: x.version,
        "oscal-version": "1.0.6",
        props: [{ name: "node", ns: NS, value: x.node.nodeId }],
      },
      "import-ap": {
        href: `#${uuidFor(`${x.assessment.id}:plan`)}`,
        remarks: "The plan is the assessment's target frameworks and question set, kept on the issuing node.",
      },
      results: [
        {
          uuid: uuidFor(`${x.assessment.id}:result`),
          title: `Results of ${x.assessment.ref}`,
          description: `Self-assessment of ${x.assessment.systemName}, answered once through the ASEAN Guide and derived to each framework.`,
          start: ts(x.assessment.createdAt),
          end: ts(x.assessment.updatedAt),
          "reviewed-controls": {
            "control-selections": x.coverage.map((f) => ({
              description: f.title,
              props: [{ name: "framework", ns: NS, value: f.frameworkId }],
              "include-controls": f.controls.map((c) => ({ "control-id": c.controlId })),
            })),
          },
          ...(obs.length ? { observations: obs } : {}),
          ...(findings.length ? { findings } : {}),
        },
      ],
    },
  };
}

/** OSCAL plan-of-action-and-milestones: one item per planned gap action. */
export function poam(x: ExportInput) {
  return {
    "plan-of-action-and-milestones": {
      uuid: v4(),
      metadata: {
        title: `Plan of action and milestones ${x.assessment.ref}: ${x.assessment.systemName}`,
        "last-modified": ts(x.generatedAt),
        version: x.version,
        "oscal-version": "1.0.6",
      },
      "poam-items": x.gaps.length
        ? x.gaps.map((g) => ({
            uuid: uuidFor(`${x.assessment.id}:poam:${g.id}`),
            title: g.action,
            description: `Closes the gap found for ${g.question}.`,
            props: [
              { name: "owner", ns: NS, value: g.owner },
              { name: "status", ns: NS, value: g.status },
              { name: "question", ns: NS, value: g.question },
              ...(g.dueDate ? [{ name: "due-date", ns: NS, value: g.dueDate }] : []),
            ],
          }))
        : [
            {
              uuid: uuidFor(`${x.assessment.id}:poam:none`),
              title: "No open actions",
              description: "No gap has a planned action yet.",
            },
          ],
    },
  };
}
