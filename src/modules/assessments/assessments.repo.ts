import type { Executor } from "../../platform/db/index.ts";

export async function insertAssessment(
  db: Executor,
  row: {
    id: string;
    ref: string;
    system_id: string;
    org_id: string;
    jurisdictions: string[];
    frameworks: string[];
    profile: string | null;
    status: string;
    created_by: string;
  },
) {
  await db.insertInto("assessments").values(row).execute();
}

export const getAssessment = (db: Executor, id: string) =>
  db
    .selectFrom("assessments as a")
    .innerJoin("ai_systems as s", "s.id", "a.system_id")
    .selectAll("a")
    .select(["s.name as system_name", "s.ref as system_ref"])
    .where("a.id", "=", id)
    .executeTakeFirst();
export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;

export const listForOrgs = (db: Executor, orgIds: string[], all: boolean, systemId?: string) =>
  db
    .selectFrom("assessments as a")
    .innerJoin("ai_systems as s", "s.id", "a.system_id")
    .selectAll("a")
    .select(["s.name as system_name", "s.ref as system_ref"])
    .$if(!all, (q) =>
      q.where("a.org_id", "in", orgIds.length ? orgIds : ["00000000-0000-0000-0000-000000000000"]),
    )
    .$if(!!systemId, (q) => q.where("a.system_id", "=", systemId!))
    .orderBy("a.updated_at", "desc")
    .limit(200)
    .execute();

export async function setStatus(db: Executor, id: string, status: string) {
  await db.updateTable("assessments").set({ status, updated_at: new Date() }).where("id", "=", id).execute();
}

export const answers = (db: Executor, id: string) =>
  db
    .selectFrom("assessment_answers")
    .selectAll()
    .where("assessment_id", "=", id)
    .orderBy("question")
    .execute();

export async function putAnswer(
  db: Executor,
  row: {
    assessment_id: string;
    question: string;
    result: string;
    explanation: string;
    evidence: unknown[];
    control_id?: string | null;
    answered_by: string;
  },
) {
  const values = { ...row, evidence: JSON.stringify(row.evidence) };
  await db
    .insertInto("assessment_answers")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["assessment_id", "question"]).doUpdateSet({
        result: row.result,
        explanation: row.explanation,
        evidence: values.evidence,
        control_id: row.control_id ?? null,
        answered_by: row.answered_by,
        answered_at: new Date(),
      }),
    )
    .execute();
}

export const gaps = (db: Executor, id: string) =>
  db
    .selectFrom("assessment_gaps")
    .selectAll()
    .where("assessment_id", "=", id)
    .orderBy("created_at")
    .execute();

export async function insertGap(
  db: Executor,
  row: {
    id: string;
    assessment_id: string;
    question: string;
    action: string;
    owner: string;
    due_date: string | null;
    status: string;
  },
) {
  await db.insertInto("assessment_gaps").values(row).execute();
}

export async function updateGap(
  db: Executor,
  assessmentId: string,
  id: string,
  patch: { action?: string; owner?: string; due_date?: string | null; status?: string },
) {
  const r = await db
    .updateTable("assessment_gaps")
    .set(patch)
    .where("assessment_id", "=", assessmentId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const submissions = (db: Executor, id: string) =>
  db
    .selectFrom("assessment_submissions")
    .selectAll()
    .where("assessment_id", "=", id)
    .orderBy("jurisdiction")
    .execute();

export async function putSubmission(db: Executor, assessmentId: string, jurisdiction: string) {
  await db
    .insertInto("assessment_submissions")
    .values({ assessment_id: assessmentId, jurisdiction, status: "submitted" })
    .onConflict((oc) =>
      oc
        .columns(["assessment_id", "jurisdiction"])
        .doUpdateSet({ status: "submitted", submitted_at: new Date(), decided_at: null, decided_by: null }),
    )
    .execute();
}

export async function decideSubmission(
  db: Executor,
  assessmentId: string,
  jurisdiction: string,
  status: string,
  by: string,
) {
  const r = await db
    .updateTable("assessment_submissions")
    .set({ status, decided_at: new Date(), decided_by: by })
    .where("assessment_id", "=", assessmentId)
    .where("jurisdiction", "=", jurisdiction)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The review queue: submissions to the given jurisdictions, newest first. */
export const queue = (db: Executor, jurisdictions: string[], all: boolean) =>
  db
    .selectFrom("assessment_submissions as sub")
    .innerJoin("assessments as a", "a.id", "sub.assessment_id")
    .innerJoin("ai_systems as s", "s.id", "a.system_id")
    .innerJoin("organisations as o", "o.id", "a.org_id")
    .select((eb) => [
      "sub.assessment_id",
      "sub.jurisdiction",
      "sub.status",
      "sub.submitted_at",
      "a.ref",
      "s.name as system_name",
      "o.name as org_name",
      eb
        .selectFrom("assessment_comments as c")
        .whereRef("c.assessment_id", "=", "sub.assessment_id")
        .whereRef("c.jurisdiction", "=", "sub.jurisdiction")
        .select((e) => e.fn.countAll<string>().as("n"))
        .as("comment_count"),
      eb
        .selectFrom("assessment_comments as c")
        .whereRef("c.assessment_id", "=", "sub.assessment_id")
        .whereRef("c.jurisdiction", "=", "sub.jurisdiction")
        .select("c.author_side")
        .orderBy("c.created_at", "desc")
        .orderBy("c.id", "desc")
        .limit(1)
        .as("last_comment_by"),
    ])
    .$if(!all, (q) => q.where("sub.jurisdiction", "in", jurisdictions.length ? jurisdictions : ["--"]))
    .orderBy("sub.submitted_at", "desc")
    .limit(200)
    .execute();

export async function insertComment(
  db: Executor,
  row: {
    id: string;
    assessment_id: string;
    jurisdiction: string | null;
    author_label: string;
    author_side: "regulator" | "organisation";
    parent_id: string | null;
    body: string;
  },
) {
  await db.insertInto("assessment_comments").values(row).execute();
}

export const comment = (db: Executor, assessmentId: string, id: string) =>
  db
    .selectFrom("assessment_comments")
    .selectAll()
    .where("assessment_id", "=", assessmentId)
    .where("id", "=", id)
    .executeTakeFirst();

export const comments = (db: Executor, id: string) =>
  db
    .selectFrom("assessment_comments")
    .selectAll()
    .where("assessment_id", "=", id)
    .orderBy("created_at")
    .orderBy("id")
    .execute();

export async function recordReport(
  db: Executor,
  row: {
    sha256: string;
    assessment_id: string;
    kind: string;
    signature: string;
    key_fingerprint: string;
    issued_by: string;
  },
) {
  await db
    .insertInto("issued_reports")
    .values(row)
    .onConflict((oc) => oc.column("sha256").doNothing())
    .execute();
}

export const issuedReport = (db: Executor, sha256: string) =>
  db
    .selectFrom("issued_reports as r")
    .innerJoin("assessments as a", "a.id", "r.assessment_id")
    .selectAll("r")
    .select(["a.ref"])
    .where("r.sha256", "=", sha256)
    .executeTakeFirst();

export async function insertFile(
  db: Executor,
  row: {
    id: string;
    assessment_id: string;
    question: string;
    filename: string;
    media_type: string;
    size: number;
    sha256: string;
    content: Buffer;
    uploaded_by: string;
  },
) {
  await db.insertInto("assessment_files").values(row).execute();
}

export const files = (db: Executor, assessmentId: string) =>
  db
    .selectFrom("assessment_files")
    .select(["id", "question", "filename", "media_type", "size", "sha256", "uploaded_by", "created_at"])
    .where("assessment_id", "=", assessmentId)
    .orderBy("created_at")
    .execute();

export const file = (db: Executor, assessmentId: string, id: string) =>
  db
    .selectFrom("assessment_files")
    .selectAll()
    .where("assessment_id", "=", assessmentId)
    .where("id", "=", id)
    .executeTakeFirst();

export async function insertControl(
  db: Executor,
  row: {
    id: string;
    org_id: string;
    title: string;
    description: string;
    evidence: unknown[];
    created_by: string;
  },
) {
  await db
    .insertInto("org_controls")
    .values({ ...row, evidence: JSON.stringify(row.evidence) })
    .execute();
}

export const controls = (db: Executor, orgId: string) =>
  db.selectFrom("org_controls").selectAll().where("org_id", "=", orgId).orderBy("title").execute();

export const control = (db: Executor, id: string) =>
  db.selectFrom("org_controls").selectAll().where("id", "=", id).executeTakeFirst();

/** Where an organisation's controls already answer questions: question key -> control ids (for suggestions). */
export const controlUse = (db: Executor, orgId: string) =>
  db
    .selectFrom("assessment_answers as x")
    .innerJoin("assessments as a", "a.id", "x.assessment_id")
    .select(["x.question", "x.control_id"])
    .where("a.org_id", "=", orgId)
    .where("x.control_id", "is not", null)
    .distinct()
    .execute();
