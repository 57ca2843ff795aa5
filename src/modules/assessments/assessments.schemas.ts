import { z } from "zod";
import { RESULTS } from "./questions.ts";

const Jurisdiction = z.string().regex(/^([A-Z]{2}|ASEAN)$/, "must be a member state code or ASEAN");

export const AssessmentCreate = z
  .strictObject({
    systemId: z.uuid(),
    jurisdictions: z.array(Jurisdiction).max(12).default([]),
    frameworks: z.array(z.string().max(100)).max(20).default([]),
    profile: z
      .string()
      .max(60)
      .optional()
      .describe('"msme-baseline": the MSME quick path (fewer, plain-language questions)'),
  })
  .meta({ id: "AssessmentCreate" });

export const Assessment = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    systemId: z.uuid(),
    systemName: z.string(),
    systemRef: z.string(),
    orgId: z.uuid(),
    jurisdictions: z.array(z.string()),
    frameworks: z.array(z.string()),
    profile: z.string().nullable(),
    status: z.enum(["draft", "submitted", "changes-requested", "accepted"]),
    submissions: z.array(
      z.object({
        jurisdiction: z.string(),
        status: z.enum(["submitted", "changes-requested", "accepted"]),
        submittedAt: z.string(),
        decidedAt: z.string().nullable(),
        decidedBy: z.string().nullable(),
      }),
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Assessment" });

const Evidence = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  title: z.string().max(300).optional(),
});

export const QuestionSet = z
  .object({
    assessmentId: z.uuid(),
    totalControls: z
      .number()
      .int()
      .describe("Controls of all target frameworks together: what separate checklists would ask"),
    questions: z.array(
      z.object({
        key: z.string(),
        kind: z.enum(["hub", "requirement"]),
        id: z.string(),
        frameworkId: z.string(),
        label: z.string().nullable(),
        title: z.string(),
        statement: z.string().nullable(),
        plainLanguage: z
          .string()
          .nullable()
          .describe("The profile's plain-language question (MSME quick path)"),
        covers: z.array(
          z.object({ frameworkId: z.string(), controlId: z.string(), relationship: z.string() }),
        ),
        answer: z
          .object({
            result: z.enum(RESULTS),
            explanation: z.string(),
            evidence: z.array(Evidence),
            answeredBy: z.string(),
            answeredAt: z.string(),
          })
          .nullable(),
      }),
    ),
  })
  .meta({ id: "AssessmentQuestions" });

export const AnswerInput = z
  .strictObject({
    question: z
      .string()
      .min(1)
      .max(200)
      .describe('A question key ("hub:<id>"), or "<framework>:<control>" to answer one control directly'),
    result: z.enum(RESULTS),
    explanation: z.string().trim().min(1).max(4096).optional().describe("Required unless a control answers"),
    evidence: z.array(Evidence).max(20).default([]),
    controlId: z
      .uuid()
      .optional()
      .describe("An implemented control of the organisation that answers this question"),
  })
  .meta({ id: "AssessmentAnswer" });

export const ControlInput = z
  .strictObject({
    orgId: z.uuid(),
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().min(1).max(4096),
    evidence: z.array(Evidence).max(20).default([]),
  })
  .meta({ id: "ImplementedControlCreate" });

export const Control = z
  .object({
    id: z.uuid(),
    orgId: z.uuid(),
    title: z.string(),
    description: z.string(),
    evidence: z.array(Evidence),
    createdBy: z.string(),
    createdAt: z.string(),
    answers: z
      .array(z.string())
      .optional()
      .describe("Question keys it already answers in the organisation's assessments"),
  })
  .meta({ id: "ImplementedControl" });

const Counts = z.object({
  met: z.number(),
  "partially-met": z.number(),
  "not-met": z.number(),
  "not-applicable": z.number(),
  unanswered: z.number(),
});
export const Coverage = z
  .object({
    assessmentId: z.uuid(),
    frameworks: z.array(
      z.object({
        frameworkId: z.string(),
        title: z.string(),
        score: z.number().nullable(),
        derivedCount: z.number().int(),
        counts: Counts,
        controls: z.array(
          z.object({
            controlId: z.string(),
            label: z.string().nullable(),
            title: z.string(),
            result: z.enum([...RESULTS, "unanswered"]),
            derived: z.boolean(),
            via: z
              .array(
                z.object({
                  question: z.string(),
                  relationship: z.string(),
                  rationale: z.string(),
                  hubResult: z.enum(RESULTS),
                }),
              )
              .optional(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "AssessmentCoverage" });

export const GapInput = z
  .strictObject({
    question: z.string().min(1).max(200),
    action: z.string().trim().min(1).max(2000),
    owner: z.string().trim().min(1).max(200),
    dueDate: z.iso.date().optional(),
  })
  .meta({ id: "AssessmentGapInput" });

export const GapUpdate = z
  .strictObject({
    action: z.string().trim().min(1).max(2000).optional(),
    owner: z.string().trim().min(1).max(200).optional(),
    dueDate: z.iso.date().nullable().optional().describe("null clears the due date"),
    status: z.enum(["open", "done"]).optional(),
  })
  .refine((g) => Object.values(g).some((v) => v !== undefined), { message: "change at least one field" })
  .meta({ id: "AssessmentGapUpdate" });

export const Gaps = z
  .object({
    gaps: z.array(
      z.object({
        id: z.uuid(),
        question: z.string(),
        action: z.string(),
        owner: z.string(),
        dueDate: z.string().nullable(),
        status: z.enum(["open", "done"]),
      }),
    ),
    unplanned: z
      .array(z.string())
      .describe("Questions answered not met or partially met that have no action yet"),
  })
  .meta({ id: "AssessmentGaps" });

export const SubmitInput = z.strictObject({ jurisdiction: Jurisdiction }).meta({ id: "AssessmentSubmit" });

export const ReviewInput = z
  .strictObject({
    decision: z.enum(["accept", "request-changes", "comment"]),
    comment: z.string().trim().max(5000).optional(),
  })
  .meta({ id: "AssessmentReview" });

export const ReviewQueue = z
  .array(
    z.object({
      assessmentId: z.uuid(),
      ref: z.string(),
      jurisdiction: z.string(),
      status: z.enum(["submitted", "changes-requested", "accepted"]),
      submittedAt: z.string(),
      systemName: z.string(),
      orgName: z.string(),
      commentCount: z.number().int().describe("Comments in this submission's threads"),
      lastCommentBy: z
        .enum(["regulator", "organisation"])
        .nullable()
        .describe('"organisation" when the organisation wrote last: the regulator has a reply to read'),
    }),
  )
  .meta({ id: "ReviewQueue" });

const AuthorSide = z.enum(["regulator", "organisation"]);
const CommentFields = {
  id: z.uuid(),
  authorLabel: z.string(),
  authorSide: AuthorSide,
  body: z.string(),
  createdAt: z.string(),
};
export const Comments = z
  .array(
    z.object({
      ...CommentFields,
      jurisdiction: z.string().nullable(),
      replies: z.array(z.object(CommentFields)),
    }),
  )
  .describe("Threads one level deep, oldest first; a regulator reads only its jurisdictions' threads")
  .meta({ id: "AssessmentComments" });

export const CommentInput = z
  .strictObject({
    body: z.string().trim().min(1).max(5000),
    parentId: z.uuid().optional().describe("Reply to this thread (the thread's first comment)"),
    jurisdiction: Jurisdiction.optional().describe(
      "For a new thread: the submission's jurisdiction (a reply takes its thread's)",
    ),
  })
  .meta({ id: "AssessmentCommentInput" });

export const ReportVerification = z
  .object({
    issued: z.boolean(),
    sha256: z.string(),
    reason: z.string().optional(),
    assessmentRef: z.string().optional(),
    kind: z.string().optional(),
    issuedAt: z.string().optional(),
    issuedBy: z.string().optional(),
    node: z.object({ nodeId: z.string(), name: z.string(), fingerprint: z.string() }).optional(),
    signature: z.string().optional(),
    signatureValid: z.boolean().optional(),
  })
  .meta({ id: "ReportVerification" });
