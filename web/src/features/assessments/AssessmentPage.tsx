import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api, call, type Schemas } from "../../app/api.ts";
import { LANGUAGES } from "../../app/i18n.ts";
import { mayReview, useMe } from "../../app/session.ts";
import { SelectField, TextAreaField, TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { ShareWithNetwork } from "../federation/ShareWithNetwork.tsx";
import { ChoiceGroup } from "../incidents/FormParts.tsx";
import { UPLOAD_ACCEPT, UPLOAD_MAX_MB, useFileSize } from "../incidents/incidents.ts";
import { RelationshipBadge } from "../library/Badges.tsx";
import {
  type Assessment,
  type Coverage,
  downloadEvidence,
  downloadReport,
  type EvidenceFile,
  type Issued,
  type Question,
  RESULTS,
  type ReportKind,
  uploadEvidence,
} from "../registry/registry.ts";

const SEGMENTS = ["met", "partially-met", "not-met", "not-applicable", "unanswered"] as const;
type Relationship = Parameters<typeof RelationshipBadge>[0]["relationship"];

export function ResultBadge({ result }: { result: string }) {
  const { t } = useTranslation();
  return <span className={`status res res-${result}`}>{t(`results.${result}`)}</span>;
}

/** A question's evidence files: download for everyone who reads the assessment, upload for the organisation. */
function EvidenceFiles({
  id,
  question,
  files,
  editable,
}: {
  id: string;
  question: string;
  files: EvidenceFile[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const size = useFileSize();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const upload = useMutation({
    mutationFn: (f: File) => uploadEvidence(id, question, f),
    onSuccess: () => {
      setFile(null);
      const input = document.getElementById(fileId) as HTMLInputElement | null;
      if (input) input.value = "";
      void qc.invalidateQueries({ queryKey: ["assessment-evidence", id] });
    },
  });
  if (!files.length && !editable) return null;
  return (
    <div className="evidence-files">
      <h4>{t("assess.evidenceFiles")}</h4>
      <ProblemMessage error={downloadError} />
      {files.length ? (
        <ul className="plain-list">
          {files.map((f) => (
            <li key={f.id}>
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  setDownloadError(null);
                  downloadEvidence(id, f).catch(setDownloadError);
                }}
              >
                {t("triage.download", { name: f.filename })}
              </button>{" "}
              <span className="small muted">
                ({f.mediaType}, {size(f.size)})
              </span>
              <p className="small">
                {t("report.receipt.sha256")} <code className="break sha">{f.sha256}</code>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (file) upload.mutate(file);
          }}
        >
          <div className="field">
            <label htmlFor={fileId}>{t("report.receipt.file")}</label>
            <input
              id={fileId}
              type="file"
              accept={UPLOAD_ACCEPT}
              aria-describedby={`${fileId}-hint`}
              onChange={(e) => {
                upload.reset();
                setFile(e.target.files?.[0] ?? null);
              }}
            />
            <p className="hint" id={`${fileId}-hint`}>
              {t("report.receipt.limits", { mb: UPLOAD_MAX_MB })}
            </p>
          </div>
          <button type="submit" className="button-secondary" disabled={!file || upload.isPending}>
            {t("report.receipt.upload")}
          </button>
        </form>
      ) : null}
      <ProblemMessage error={upload.error} />
    </div>
  );
}

/** One question: what it covers, its answer, and (for the organisation) the answer form. */
function QuestionItem({
  q,
  id,
  editable,
  files,
}: {
  q: Question;
  id: string;
  editable: boolean;
  files: EvidenceFile[];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [result, setResult] = useState<string>(q.answer?.result ?? "");
  const [explanation, setExplanation] = useState(q.answer?.explanation ?? "");
  const [evidence, setEvidence] = useState((q.answer?.evidence ?? []).map((e) => e.url).join("\n"));
  const save = useMutation({
    mutationFn: () =>
      call(
        api.POST("/api/v1/assessments/{id}/answers", {
          params: { path: { id } },
          body: {
            question: q.key,
            result: result as (typeof RESULTS)[number],
            explanation,
            evidence: evidence
              .split(/\s+/)
              .map((u) => u.trim())
              .filter(Boolean)
              .map((url) => ({ url })),
          },
        }),
      ),
    onSuccess: (coverage) => {
      qc.setQueryData(["assessment-coverage", id], coverage);
      void qc.invalidateQueries({ queryKey: ["assessment-questions", id] });
      void qc.invalidateQueries({ queryKey: ["assessment-gaps", id] });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <li className="question">
      <details>
        <summary className="q-summary">
          <span className="q-title" lang="en">
            {q.label ? `${q.label} ` : ""}
            {q.title}
          </span>{" "}
          {q.answer ? (
            <ResultBadge result={q.answer.result} />
          ) : (
            <span className="status res-unanswered">{t("results.unanswered")}</span>
          )}
        </summary>
        <div className="q-body">
          {q.statement ? (
            <p className="statement" lang="en">
              {q.statement}
            </p>
          ) : null}
          {q.covers.length ? (
            <>
              <p className="small">{t("assess.covers", { n: q.covers.length })}</p>
              <ul className="covers">
                {q.covers.map((c) => (
                  <li key={`${c.frameworkId}:${c.controlId}`}>
                    <span className="ref">
                      {c.frameworkId}:{c.controlId}
                    </span>{" "}
                    <RelationshipBadge relationship={c.relationship as Relationship} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {q.answer && !editable ? (
            <div className="answer">
              <p className="break">{q.answer.explanation}</p>
              <ul className="link-list">
                {q.answer.evidence.map((e) => (
                  <li key={e.url} className="break">
                    <a href={e.url} rel="noopener noreferrer">
                      {e.title ?? e.url}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {editable ? (
            <form className="form answer-form" onSubmit={onSubmit}>
              <ChoiceGroup
                type="radio"
                legend={t("assess.result")}
                name={`result-${q.key}`}
                columns
                error={fieldError(save.error, "result")}
                options={RESULTS.map((r) => ({ value: r, label: t(`results.${r}`) }))}
                selected={result ? [result] : []}
                onChange={(v) => setResult(v[0] ?? "")}
              />
              <TextAreaField
                label={t("assess.explanation")}
                value={explanation}
                onChange={(e) => setExplanation(e.target.value)}
                error={fieldError(save.error, "explanation")}
              />
              <TextAreaField
                label={t("assess.evidence")}
                hint={t("assess.evidenceHint")}
                value={evidence}
                rows={2}
                onChange={(e) => setEvidence(e.target.value)}
                error={fieldError(save.error, "evidence")}
              />
              <ProblemMessage error={save.error} />
              {save.isSuccess ? (
                <p className="alert alert-success" role="status">
                  {t("common.saved")}
                </p>
              ) : null}
              <div className="actions">
                <button type="submit" disabled={save.isPending || !result || !explanation.trim()}>
                  {t("assess.saveAnswer")}
                </button>
              </div>
            </form>
          ) : null}
          <EvidenceFiles id={id} question={q.key} files={files} editable={editable} />
        </div>
      </details>
    </li>
  );
}

/** Coverage per framework: a stacked bar per framework (SVG) and the same numbers as a table. */
function CoverageChart({ coverage, questions }: { coverage: Coverage; questions: Question[] }) {
  const titleOf = (key: string) => questions.find((q) => q.key === key)?.title ?? key;
  const { t } = useTranslation();
  return (
    <figure className="coverage-chart">
      <figcaption className="visually-hidden">{t("assess.chartCaption")}</figcaption>
      <ul className="plain-list bars" aria-hidden="true">
        {coverage.frameworks.map((f) => {
          const total = SEGMENTS.reduce((n, s) => n + f.counts[s], 0) || 1;
          let x = 0;
          return (
            <li key={f.frameworkId}>
              <span className="bar-label" lang="en">
                {f.title}
              </span>
              <svg className="bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="presentation">
                {SEGMENTS.map((s) => {
                  const w = (f.counts[s] / total) * 100;
                  const r = <rect key={s} className={`seg seg-${s}`} x={x} y={0} width={w} height={6} />;
                  x += w;
                  return r;
                })}
              </svg>
            </li>
          );
        })}
      </ul>
      <ul className="legend plain-list" aria-hidden="true">
        {SEGMENTS.map((s) => (
          <li key={s}>
            <span className={`swatch seg-${s}`} /> {t(`results.${s}`)}
          </li>
        ))}
      </ul>
      <div className="table-wrap">
        <table>
          <caption>{t("assess.coverageTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("assess.framework")}</th>
              {SEGMENTS.map((s) => (
                <th scope="col" key={s}>
                  {t(`results.${s}`)}
                </th>
              ))}
              <th scope="col">{t("assess.derived")}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.frameworks.map((f) => (
              <tr key={f.frameworkId}>
                <th scope="row" lang="en" className="break">
                  {f.title}
                </th>
                {SEGMENTS.map((s) => (
                  <td key={s}>{f.counts[s]}</td>
                ))}
                <td>{f.derivedCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {coverage.frameworks.map((f) => (
        <details key={f.frameworkId} className="fw-controls">
          <summary className="fw-summary">{t("assess.controlsOf", { title: f.title })}</summary>
          <ul className="plain-list">
            {f.controls.map((c) => (
              <li key={c.controlId} className="control">
                <span lang="en">
                  {c.label ? `${c.label} ` : ""}
                  {c.title}
                </span>{" "}
                <ResultBadge result={c.result} />
                {c.derived
                  ? (c.via ?? []).map((v) => (
                      <p className="small derived" key={v.question}>
                        {t("assess.derivedVia", { question: titleOf(v.question) })}{" "}
                        <RelationshipBadge relationship={v.relationship as Relationship} />{" "}
                        <span lang="en">{v.rationale}</span>
                      </p>
                    ))
                  : null}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </figure>
  );
}

type Gap = Schemas["AssessmentGaps"]["gaps"][number];

/** Edits one planned action: wording, owner, due date, status. */
/** The action, owner and due date of a POA&M gap (adding one, or editing it). */
function GapFields(p: {
  action: string;
  setAction: (v: string) => void;
  owner: string;
  setOwner: (v: string) => void;
  due: string;
  setDue: (v: string) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        label={t("assess.action")}
        value={p.action}
        onChange={(e) => p.setAction(e.target.value)}
        error={fieldError(p.error, "action")}
      />
      <div className="grid-2">
        <TextField
          label={t("assess.owner")}
          value={p.owner}
          onChange={(e) => p.setOwner(e.target.value)}
          error={fieldError(p.error, "owner")}
        />
        <TextField
          label={t("assess.due")}
          type="date"
          value={p.due}
          onChange={(e) => p.setDue(e.target.value)}
          error={fieldError(p.error, "dueDate")}
        />
      </div>
    </>
  );
}

function GapEditor({
  id,
  gap,
  title,
  onClose,
}: {
  id: string;
  gap: Gap;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [action, setAction] = useState(gap.action);
  const [owner, setOwner] = useState(gap.owner);
  const [due, setDue] = useState(gap.dueDate ?? "");
  const [status, setStatus] = useState(gap.status);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH("/api/v1/assessments/{id}/gaps/{gapId}", {
          params: { path: { id, gapId: gap.id } },
          body: { action, owner, dueDate: due || null, status },
        }),
      ),
    onSuccess: (g) => {
      qc.setQueryData(["assessment-gaps", id], g);
      onClose();
    },
  });
  return (
    <form
      className="form card gap-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h3 lang="en">{t("assess.editGapTitle", { question: title })}</h3>
      <GapFields error={save.error} {...{ action, setAction, owner, setOwner, due, setDue }} />
      <SelectField
        label={t("assess.gapStatus")}
        value={status}
        onChange={(e) => setStatus(e.target.value as Gap["status"])}
        error={fieldError(save.error, "status")}
      >
        {(["open", "done"] as const).map((x) => (
          <option key={x} value={x}>
            {t(`assess.gapStatuses.${x}`)}
          </option>
        ))}
      </SelectField>
      <ProblemMessage error={save.error} />
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t("assess.saveGap")}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

function Gaps({
  id,
  questions,
  editable,
  isOwner,
}: {
  id: string;
  questions: Question[];
  editable: boolean;
  /** The assessed organisation: it keeps its actions up to date, also after acceptance. */
  isOwner: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const date = useFormatDate();
  const gaps = useQuery({
    queryKey: ["assessment-gaps", id],
    queryFn: () => call(api.GET("/api/v1/assessments/{id}/gaps", { params: { path: { id } } })),
  });
  const titleOf = (key: string) => questions.find((q) => q.key === key)?.title ?? key;
  const [question, setQuestion] = useState("");
  const [action, setAction] = useState("");
  const [owner, setOwner] = useState("");
  const [due, setDue] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const editingGap = gaps.data?.gaps.find((g) => g.id === editing);
  const unplanned = gaps.data?.unplanned ?? [];
  const chosen = question || unplanned[0] || "";
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST("/api/v1/assessments/{id}/gaps", {
          params: { path: { id } },
          body: { question: chosen, action, owner, ...(due ? { dueDate: due } : {}) },
        }),
      ),
    onSuccess: (g) => {
      qc.setQueryData(["assessment-gaps", id], g);
      setAction("");
      setOwner("");
      setDue("");
      setQuestion("");
    },
  });
  return (
    <section aria-labelledby="as-gaps">
      <h2 id="as-gaps">{t("assess.gapsTitle")}</h2>
      <ProblemMessage error={gaps.error} />
      {unplanned.length ? (
        <>
          <p>{t("assess.unplanned", { n: unplanned.length })}</p>
          <ul>
            {unplanned.map((k) => (
              <li key={k} lang="en">
                {titleOf(k)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("assess.noUnplanned")}</p>
      )}
      {gaps.data?.gaps.length ? (
        <div className="table-wrap">
          <table>
            <caption>{t("assess.poam")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("assess.question")}</th>
                <th scope="col">{t("assess.action")}</th>
                <th scope="col">{t("assess.owner")}</th>
                <th scope="col">{t("assess.due")}</th>
                <th scope="col">{t("assess.gapStatus")}</th>
                {isOwner ? (
                  <th scope="col">
                    <span className="visually-hidden">{t("common.actions")}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {gaps.data.gaps.map((g) => (
                <tr key={g.id}>
                  <td lang="en" className="break">
                    {titleOf(g.question)}
                  </td>
                  <td className="break">{g.action}</td>
                  <td>{g.owner}</td>
                  <td className="small">{g.dueDate ? date(`${g.dueDate}T00:00:00`).split(",")[0] : "—"}</td>
                  <td>
                    <span className={`status gap-${g.status}`}>{t(`assess.gapStatuses.${g.status}`)}</span>
                  </td>
                  {isOwner ? (
                    <td>
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t("assess.editGapTitle", { question: titleOf(g.question) })}
                        onClick={() => setEditing(g.id)}
                      >
                        {t("assess.editGap")}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {isOwner && editingGap ? (
        <GapEditor
          key={editingGap.id}
          id={id}
          gap={editingGap}
          title={titleOf(editingGap.question)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editable && unplanned.length ? (
        <form
          className="form card"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <h3>{t("assess.planAction")}</h3>
          <SelectField
            label={t("assess.question")}
            value={chosen}
            onChange={(e) => setQuestion(e.target.value)}
          >
            {unplanned.map((k) => (
              <option key={k} value={k}>
                {titleOf(k)}
              </option>
            ))}
          </SelectField>
          <GapFields error={add.error} {...{ action, setAction, owner, setOwner, due, setDue }} />
          <ProblemMessage error={add.error} />
          <div className="actions">
            <button type="submit" disabled={add.isPending}>
              {t("assess.addGap")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function Reports({ a }: { a: Assessment }) {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState(i18n.language);
  const [issued, setIssued] = useState<Issued | null>(null);
  const download = useMutation({
    mutationFn: (kind: ReportKind) => downloadReport(a.id, kind, lang, a.ref),
    onSuccess: setIssued,
  });
  return (
    <section aria-labelledby="as-reports" className="card">
      <h2 id="as-reports">{t("assess.reportsTitle")}</h2>
      <p>{t("assess.reportsIntro")}</p>
      <SelectField label={t("assess.reportLanguage")} value={lang} onChange={(e) => setLang(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.nativeName}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        {(["html", "pdf", "oscal", "poam"] as const).map((k) => (
          <button
            key={k}
            type="button"
            className="button-secondary"
            disabled={download.isPending}
            onClick={() => download.mutate(k)}
          >
            {t(`assess.download.${k}`)}
          </button>
        ))}
      </div>
      <ProblemMessage error={download.error} />
      {issued ? (
        <div className="alert alert-success" role="status">
          <p>{t("assess.downloaded", { file: issued.file })}</p>
          {issued.sha256 ? (
            <>
              <p>
                {t("assess.sha256")} <code className="sha break">{issued.sha256}</code>
              </p>
              <p>
                <Link to={`/verify?sha256=${issued.sha256}`}>{t("assess.verifyLink")}</Link>
              </p>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Submit({ a }: { a: Assessment }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [jurisdiction, setJurisdiction] = useState(a.jurisdictions[0] ?? "");
  const submit = useMutation({
    mutationFn: () =>
      call(
        api.POST("/api/v1/assessments/{id}/submit", {
          params: { path: { id: a.id } },
          body: { jurisdiction },
        }),
      ),
    onSuccess: (next) => qc.setQueryData(["assessment", a.id], next),
  });
  if (!a.jurisdictions.length) return null;
  return (
    <section aria-labelledby="as-submit" className="card">
      <h2 id="as-submit">{t("assess.submitTitle")}</h2>
      <p>{t("assess.submitIntro")}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate();
        }}
      >
        <SelectField
          label={t("assess.submitTo")}
          value={jurisdiction}
          onChange={(e) => setJurisdiction(e.target.value)}
        >
          {a.jurisdictions.map((j) => (
            <option key={j} value={j}>
              {t([`jurisdictions.${j}`, "risk.otherJurisdiction"], { code: j })}
            </option>
          ))}
        </SelectField>
        <button type="submit" disabled={submit.isPending}>
          {t("assess.submit")}
        </button>
      </form>
      <ProblemMessage error={submit.error} />
      {submit.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t("assess.submitted", {
            jurisdiction: t([`jurisdictions.${jurisdiction}`, "risk.otherJurisdiction"], {
              code: jurisdiction,
            }),
          })}
        </p>
      ) : null}
    </section>
  );
}

function Review({ a }: { a: Assessment }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [jurisdiction, setJurisdiction] = useState(a.submissions[0]?.jurisdiction ?? "");
  const [decision, setDecision] = useState<"accept" | "request-changes" | "comment">("comment");
  const [comment, setComment] = useState("");
  const review = useMutation({
    mutationFn: () =>
      call(
        api.POST("/api/v1/reviews/{id}/{jurisdiction}", {
          params: { path: { id: a.id, jurisdiction } },
          body: { decision, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        }),
      ),
    onSuccess: (next) => {
      qc.setQueryData(["assessment", a.id], next);
      void qc.invalidateQueries({ queryKey: ["assessment-comments", a.id] });
      void qc.invalidateQueries({ queryKey: ["reviews"] });
      setComment("");
    },
  });
  if (!a.submissions.length) return null;
  return (
    <section aria-labelledby="as-review" className="card">
      <h2 id="as-review">{t("reviews.decideTitle")}</h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          review.mutate();
        }}
      >
        {a.submissions.length > 1 ? (
          <SelectField
            label={t("reviews.jurisdiction")}
            value={jurisdiction}
            onChange={(e) => setJurisdiction(e.target.value)}
          >
            {a.submissions.map((s) => (
              <option key={s.jurisdiction} value={s.jurisdiction}>
                {t([`jurisdictions.${s.jurisdiction}`, "risk.otherJurisdiction"], { code: s.jurisdiction })}
              </option>
            ))}
          </SelectField>
        ) : null}
        <ChoiceGroup
          type="radio"
          legend={t("reviews.decision")}
          name="decision"
          options={(["accept", "request-changes", "comment"] as const).map((d) => ({
            value: d,
            label: t(`reviews.decisions.${d}`),
          }))}
          selected={[decision]}
          onChange={(v) => setDecision(v[0] as typeof decision)}
        />
        <TextAreaField
          label={t("reviews.comment")}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={fieldError(review.error, "comment")}
        />
        <ProblemMessage error={review.error} />
        {review.isSuccess ? (
          <p className="alert alert-success" role="status">
            {t("reviews.recorded")}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" disabled={review.isPending}>
            {t("reviews.send")}
          </button>
        </div>
      </form>
    </section>
  );
}

type Thread = Schemas["AssessmentComments"][number];

/** Posts a comment (a new thread on a submission, or a reply) and shows the threads the node returns. */
function useCommentPost(id: string, onDone: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["AssessmentCommentInput"]) =>
      call(api.POST("/api/v1/assessments/{id}/comments", { params: { path: { id } }, body })),
    onSuccess: (threads) => {
      qc.setQueryData(["assessment-comments", id], threads);
      void qc.invalidateQueries({ queryKey: ["reviews"] });
      onDone();
    },
  });
}

function CommentMeta({ c, jurisdiction }: { c: Thread["replies"][number]; jurisdiction?: string | null }) {
  const { t } = useTranslation();
  const date = useFormatDate();
  return (
    <p className="small muted">
      <span className={`status side-${c.authorSide}`}>{t(`assess.sides.${c.authorSide}`)}</span>{" "}
      {c.authorLabel}
      {jurisdiction
        ? ` · ${t([`jurisdictions.${jurisdiction}`, "risk.otherJurisdiction"], { code: jurisdiction })}`
        : ""}{" "}
      · {date(c.createdAt)}
    </p>
  );
}

function ThreadItem({ id, thread }: { id: string; thread: Thread }) {
  const { t } = useTranslation();
  const [reply, setReply] = useState("");
  const post = useCommentPost(id, () => setReply(""));
  return (
    <li className="card thread">
      <CommentMeta c={thread} jurisdiction={thread.jurisdiction} />
      <p className="break">{thread.body}</p>
      {thread.replies.length ? (
        <ul className="plain-list replies">
          {thread.replies.map((r) => (
            <li key={r.id} className="reply">
              <CommentMeta c={r} />
              <p className="break">{r.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="form reply-form"
        onSubmit={(e) => {
          e.preventDefault();
          post.mutate({ parentId: thread.id, body: reply });
        }}
      >
        <TextAreaField
          label={t("assess.replyLabel")}
          rows={2}
          value={reply}
          onChange={(e) => setReply(e.target.value)}
          error={fieldError(post.error, "body")}
        />
        <ProblemMessage error={post.error} />
        <div className="actions">
          <button type="submit" className="button-secondary" disabled={post.isPending || !reply.trim()}>
            {t("assess.sendReply")}
          </button>
        </div>
      </form>
    </li>
  );
}

/** Review comments: threads one level deep between the organisation and each regulator it submitted to. */
function Comments({ a, owner }: { a: Assessment; owner: boolean }) {
  const { t } = useTranslation();
  const comments = useQuery({
    queryKey: ["assessment-comments", a.id],
    queryFn: () => call(api.GET("/api/v1/assessments/{id}/comments", { params: { path: { id: a.id } } })),
  });
  const [jurisdiction, setJurisdiction] = useState(a.submissions[0]?.jurisdiction ?? "");
  const [body, setBody] = useState("");
  const post = useCommentPost(a.id, () => setBody(""));
  return (
    <section aria-labelledby="as-comments">
      <h2 id="as-comments">{t("assess.commentsTitle")}</h2>
      <p className="small">{t("assess.commentsIntro")}</p>
      <ProblemMessage error={comments.error} />
      {comments.data?.length ? (
        <ul className="plain-list comments">
          {comments.data.map((c) => (
            <ThreadItem key={c.id} id={a.id} thread={c} />
          ))}
        </ul>
      ) : (
        <p>{t("assess.noComments")}</p>
      )}
      {owner && a.submissions.length ? (
        <form
          className="form card"
          onSubmit={(e) => {
            e.preventDefault();
            post.mutate({ jurisdiction, body });
          }}
        >
          <h3>{t("assess.newThread")}</h3>
          <SelectField
            label={t("assess.threadTo")}
            value={jurisdiction}
            onChange={(e) => setJurisdiction(e.target.value)}
            error={fieldError(post.error, "jurisdiction")}
          >
            {a.submissions.map((s) => (
              <option key={s.jurisdiction} value={s.jurisdiction}>
                {t([`jurisdictions.${s.jurisdiction}`, "risk.otherJurisdiction"], { code: s.jurisdiction })}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={t("assess.commentBody")}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={fieldError(post.error, "body")}
          />
          <ProblemMessage error={post.error} />
          <div className="actions">
            <button type="submit" disabled={post.isPending || !body.trim()}>
              {t("assess.sendComment")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

export function AssessmentPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const me = useMe();
  const date = useFormatDate();
  const assessment = useQuery({
    queryKey: ["assessment", id],
    queryFn: () => call(api.GET("/api/v1/assessments/{id}", { params: { path: { id } } })),
  });
  const questions = useQuery({
    queryKey: ["assessment-questions", id],
    queryFn: () => call(api.GET("/api/v1/assessments/{id}/questions", { params: { path: { id } } })),
  });
  const coverage = useQuery({
    queryKey: ["assessment-coverage", id],
    queryFn: () => call(api.GET("/api/v1/assessments/{id}/coverage", { params: { path: { id } } })),
  });
  const evidence = useQuery({
    queryKey: ["assessment-evidence", id],
    queryFn: () => call(api.GET("/api/v1/assessments/{id}/evidence", { params: { path: { id } } })),
  });
  const a = assessment.data;
  if (assessment.isPending)
    return (
      <p className="loading" role="status">
        {t("common.loading")}
      </p>
    );
  if (!a)
    return (
      <div className="page">
        <ProblemMessage error={assessment.error} />
      </div>
    );
  const owner = !!me.data?.memberships.some(
    (m) => m.orgId === a.orgId && (m.role === "org-admin" || m.role === "org-member"),
  );
  const editable = owner && a.status !== "accepted";
  // The organisation's administrators (and node administrators) share its summary with peer nodes.
  const mayShare =
    !!me.data?.roles.includes("node-admin") ||
    !!me.data?.memberships.some((m) => m.orgId === a.orgId && m.role === "org-admin");
  const reviewer = !owner && mayReview(me.data);
  const qs = [...(questions.data?.questions ?? [])].sort((x, y) =>
    x.kind === y.kind ? 0 : x.kind === "hub" ? -1 : 1,
  );
  const answered = qs.filter((q) => q.answer).length;
  const hub = qs.filter((q) => q.kind === "hub");
  const direct = qs.filter((q) => q.kind !== "hub");
  return (
    <div className="page assessment">
      <p className="breadcrumb">
        {reviewer ? (
          <Link to="/reviews">{t("reviews.title")}</Link>
        ) : (
          <Link to={`/systems/${a.systemId}`}>{a.systemName}</Link>
        )}
      </p>
      <h1>{t("assess.title", { name: a.systemName })}</h1>
      <p className="small muted">
        <span className="ref">{a.ref}</span> · <span className="ref">{a.systemRef}</span> ·{" "}
        <span className={`status as-${a.status}`}>{t(`assessStatus.${a.status}`)}</span>
      </p>
      <p>
        {t("assess.targets", {
          list: [
            ...a.jurisdictions.map((j) => t([`jurisdictions.${j}`, "risk.otherJurisdiction"], { code: j })),
            ...a.frameworks,
          ].join(", "),
        })}
      </p>
      {reviewer ? <p className="alert alert-info">{t("reviews.readOnly")}</p> : null}
      {a.submissions.length ? (
        <ul className="plain-list submissions">
          {a.submissions.map((s) => (
            <li key={s.jurisdiction}>
              {t("assess.submissionLine", {
                jurisdiction: t([`jurisdictions.${s.jurisdiction}`, "risk.otherJurisdiction"], {
                  code: s.jurisdiction,
                }),
                when: date(s.submittedAt),
              })}{" "}
              <span className={`status as-${s.status}`}>{t(`assessStatus.${s.status}`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <ProblemMessage error={questions.error} />
      {questions.data ? (
        <section aria-labelledby="as-progress" className="card">
          <h2 id="as-progress">{t("assess.progressTitle")}</h2>
          <p>
            <label htmlFor="as-progress-bar">{t("assess.answered", { answered, total: qs.length })}</label>
          </p>
          <progress id="as-progress-bar" max={qs.length || 1} value={answered} />
          <p className="dedup">
            {t("assess.dedup", { questions: qs.length, controls: questions.data.totalControls })}
          </p>
        </section>
      ) : null}
      {reviewer ? <Review a={a} /> : null}
      <section aria-labelledby="as-coverage">
        <h2 id="as-coverage">{t("assess.coverageTitle")}</h2>
        <ProblemMessage error={coverage.error} />
        {coverage.data ? <CoverageChart coverage={coverage.data} questions={qs} /> : null}
      </section>
      {qs.length ? (
        <section aria-labelledby="as-questions">
          <h2 id="as-questions">{t("assess.questionsTitle")}</h2>
          {hub.length ? (
            <>
              <h3>{t("assess.hubQuestions", { n: hub.length })}</h3>
              <p className="small">{t("assess.hubIntro")}</p>
              <ul className="plain-list questions">
                {hub.map((q) => (
                  <QuestionItem
                    key={q.key}
                    q={q}
                    id={a.id}
                    editable={editable}
                    files={(evidence.data ?? []).filter((f) => f.question === q.key)}
                  />
                ))}
              </ul>
            </>
          ) : null}
          {direct.length ? (
            <>
              <h3>{t("assess.directQuestions", { n: direct.length })}</h3>
              <ul className="plain-list questions">
                {direct.map((q) => (
                  <QuestionItem
                    key={q.key}
                    q={q}
                    id={a.id}
                    editable={editable}
                    files={(evidence.data ?? []).filter((f) => f.question === q.key)}
                  />
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <Gaps id={a.id} questions={qs} editable={editable} isOwner={owner} />
      {owner ? <Submit a={a} /> : null}
      {mayShare ? (
        <ShareWithNetwork
          queryKey={["assessment-share", a.id]}
          title={t("share.summaryTitle")}
          intro={t("share.summaryIntro")}
          load={() => call(api.GET("/api/v1/assessments/{id}/share", { params: { path: { id: a.id } } }))}
          preview={(body) =>
            call(api.POST("/api/v1/assessments/{id}/share/preview", { params: { path: { id: a.id } }, body }))
          }
          share={(body) =>
            call(api.POST("/api/v1/assessments/{id}/share", { params: { path: { id: a.id } }, body }))
          }
          unshare={() =>
            call(api.DELETE("/api/v1/assessments/{id}/share", { params: { path: { id: a.id } } }))
          }
        />
      ) : null}
      <Comments a={a} owner={owner} />
      <Reports a={a} />
    </div>
  );
}
