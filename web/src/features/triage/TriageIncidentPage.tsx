import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError, api, call, type Schemas } from "../../app/api.ts";
import { LANGUAGES } from "../../app/i18n.ts";
import { useMe } from "../../app/session.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { ChoiceGroup } from "../incidents/FormParts.tsx";
import { EvidenceLinks, IncidentFacts } from "../incidents/IncidentFacts.tsx";
import {
  ACTOR_ROLES,
  ASEAN_PRINCIPLES,
  type Attachment,
  downloadAttachment,
  ENTITY_KINDS,
  type IncidentDetail,
  MIT,
  OECD,
  TLPS,
  type Tlp,
  TRANSITIONS,
  taxonomyValues,
  UPLOAD_ACCEPT,
  UPLOAD_MAX_MB,
  uploadIncidentFile,
  useFileSize,
  useTaxonomies,
  useTaxonomyLabel,
} from "../incidents/incidents.ts";
import { useLanguageName } from "../library/library.ts";
import { StatusBadge } from "./TriagePage.tsx";

type Text = Schemas["IncidentText"];
type Suggestion = Schemas["RedactionSuggestion"];

/** A failed call, with the node's own explanation (a 409 says why the move is refused). */
function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) return <ProblemMessage error={error} />;
  return (
    <div className="alert alert-error" role="alert">
      <p>{t([`errors.${error.code}`, "errors.unknown"])}</p>
      {error.message ? <p className="small">{t("errors.serverDetail", { detail: error.message })}</p> : null}
      {error.fieldErrors.length ? (
        <ul className="small">
          {error.fieldErrors.map((f) => (
            <li key={`${f.field}:${f.message}`}>
              <code>{f.field}</code>: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const key = (id: string, ...rest: string[]) => ["triage-incident", id, ...rest];

function useIncidentPart<T>(id: string, part: string, fn: () => Promise<T>, enabled = true) {
  return useQuery({ queryKey: key(id, part), queryFn: fn, enabled: !!id && enabled });
}

/** Changes that refresh everything shown about the incident (and the queue). */
function useIncidentMutation<V, R>(id: string, fn: (v: V) => Promise<R>, onDone?: (r: R) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (r) => {
      onDone?.(r);
      await Promise.all([
        qc.invalidateQueries({ queryKey: key(id) }),
        qc.invalidateQueries({ queryKey: ["triage-queue"] }),
      ]);
    },
  });
}

function Workflow({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const move = useIncidentMutation(
    incident.id,
    (to: (typeof TRANSITIONS)[keyof typeof TRANSITIONS][number]) =>
      call(
        api.POST("/api/v1/incidents/{id}/transition", {
          params: { path: { id: incident.id } },
          body: { to, ...(reason.trim() ? { reason: reason.trim() } : {}) },
        }),
      ),
    () => setReason(""),
  );
  const assign = useIncidentMutation(incident.id, (userId: string | null) =>
    call(
      api.POST("/api/v1/incidents/{id}/assign", { params: { path: { id: incident.id } }, body: { userId } }),
    ),
  );
  const mine = incident.assigneeId && incident.assigneeId === me.data?.id;
  const next = TRANSITIONS[incident.status];
  return (
    <section className="card" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t("triage.workflow")}</h2>
      <p>
        {t("triage.currentStatus")} <StatusBadge status={incident.status} />
      </p>
      <p>
        {t("triage.assignee")}{" "}
        <strong>
          {!incident.assigneeId ? t("triage.nobody") : mine ? t("triage.you") : t("triage.anotherAnalyst")}
        </strong>
      </p>
      <div className="actions">
        {!mine ? (
          <button
            type="button"
            className="button-secondary"
            onClick={() => assign.mutate(me.data?.id ?? null)}
          >
            {t("triage.assignMe")}
          </button>
        ) : null}
        {incident.assigneeId ? (
          <button type="button" className="button-secondary" onClick={() => assign.mutate(null)}>
            {t("triage.unassign")}
          </button>
        ) : null}
      </div>
      <Problem error={assign.error} />
      {next.length ? (
        <>
          <div className="field">
            <label htmlFor={reasonId}>{t("triage.reason")}</label>
            <textarea
              id={reasonId}
              className="prose-input"
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <fieldset>
            <legend>{t("triage.moveTo")}</legend>
            <div className="actions">
              {next.map((to) => (
                <button
                  key={to}
                  type="button"
                  className={to === "rejected" || to === "withdrawn" ? "button-danger" : undefined}
                  disabled={move.isPending}
                  onClick={() => move.mutate(to)}
                >
                  {t(`triage.moveButtons.${to}`)}
                </button>
              ))}
            </div>
          </fieldset>
        </>
      ) : (
        <p className="muted">{t("triage.noMoves")}</p>
      )}
      <div aria-live="polite">
        <Problem error={move.error} />
      </div>
    </section>
  );
}

function Texts({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const language = useLanguageName();
  const [texts, setTexts] = useState<Text[]>(incident.texts);
  const [newLang, setNewLang] = useState("");
  const [saved, setSaved] = useState(false);
  useEffect(() => setTexts(incident.texts), [incident.texts]);
  const save = useIncidentMutation(
    incident.id,
    (body: Text[]) =>
      call(
        api.PATCH("/api/v1/incidents/{id}", { params: { path: { id: incident.id } }, body: { texts: body } }),
      ),
    () => setSaved(true),
  );
  const free = LANGUAGES.filter((l) => !texts.some((x) => x.lang === l.code));
  const edit = (n: number, k: "title" | "description", v: string) => {
    setSaved(false);
    setTexts((ts) => ts.map((x, i) => (i === n ? { ...x, [k]: v } : x)));
  };
  return (
    <section className="card" aria-labelledby="texts-heading">
      <h2 id="texts-heading">{t("triage.texts")}</h2>
      <p className="hint">{t("triage.textsHint")}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(texts);
        }}
      >
        {texts.map((x, n) => (
          <fieldset key={x.lang}>
            <legend>
              {language(x.lang)}
              {x.lang === incident.primaryLang ? ` (${t("triage.primary")})` : ""}
            </legend>
            <TextField
              label={t("triage.textTitle", { language: language(x.lang) })}
              value={x.title}
              lang={x.lang}
              onChange={(e) => edit(n, "title", e.target.value)}
              error={fieldError(save.error, `texts.${n}.title`)}
            />
            <div className="field">
              <label htmlFor={`text-${x.lang}`}>
                {t("triage.textDescription", { language: language(x.lang) })}
              </label>
              <textarea
                id={`text-${x.lang}`}
                className="prose-input"
                rows={6}
                lang={x.lang}
                value={x.description}
                onChange={(e) => edit(n, "description", e.target.value)}
              />
            </div>
            {texts.length > 1 ? (
              <div className="actions">
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => setTexts((ts) => ts.filter((_, i) => i !== n))}
                >
                  {t("triage.removeText", { language: language(x.lang) })}
                </button>
              </div>
            ) : null}
          </fieldset>
        ))}
        <div className="inline-form">
          <SelectField
            label={t("triage.addLanguage")}
            value={newLang}
            onChange={(e) => setNewLang(e.target.value)}
          >
            <option value="">{t("report.choose")}</option>
            {free.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.nativeName}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button-secondary"
            disabled={!newLang}
            onClick={() => {
              setTexts((ts) => [...ts, { lang: newLang, title: "", description: "" }]);
              setNewLang("");
            }}
          >
            {t("triage.addTranslation")}
          </button>
        </div>
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {t("triage.saveTexts")}
          </button>
          {saved && !save.isPending ? <span role="status">{t("common.saved")}</span> : null}
        </div>
      </form>
      <Problem error={save.error} />
    </section>
  );
}

function Fields({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const label = useTaxonomyLabel();
  const [severity, setSeverity] = useState<string>(incident.severity);
  const [harmTypes, setHarmTypes] = useState<string[]>(incident.harmTypes);
  const [countries, setCountries] = useState(incident.countries.join(", "));
  const [industry, setIndustry] = useState(incident.industry ?? "");
  const [from, setFrom] = useState(incident.occurredFrom ?? "");
  const [to, setTo] = useState(incident.occurredTo ?? "");
  const [saved, setSaved] = useState(false);
  const save = useIncidentMutation(
    incident.id,
    (body: Schemas["IncidentUpdate"]) =>
      call(api.PATCH("/api/v1/incidents/{id}", { params: { path: { id: incident.id } }, body })),
    () => setSaved(true),
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate({
      severity: severity as IncidentDetail["severity"],
      harmTypes: harmTypes as Schemas["IncidentUpdate"]["harmTypes"],
      countries: countries
        .split(/[\s,;]+/)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
      industry: industry.trim().toUpperCase() || null,
      occurredFrom: from.trim() || null,
      occurredTo: to.trim() || null,
    });
  };
  const err = (f: string) => fieldError(save.error, f);
  return (
    <section className="card" aria-labelledby="fields-heading">
      <h2 id="fields-heading">{t("triage.fields")}</h2>
      <details>
        <summary>{t("triage.allFields")}</summary>
        <IncidentFacts incident={incident} />
        <h3>{t("incident.evidence")}</h3>
        <EvidenceLinks details={incident.details} />
      </details>
      <form className="form" onSubmit={onSubmit}>
        <div className="grid-2">
          <SelectField
            label={t("report.severity")}
            value={severity}
            onChange={(e) => setSeverity(e.target.value)}
            error={err("severity")}
          >
            {taxonomyValues(taxonomies.data, OECD, "severity").map((v) => (
              <option key={v.value} value={v.value}>
                {label(OECD, "severity", v.value)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("triage.countries")}
            hint={t("report.otherCountriesHint")}
            value={countries}
            onChange={(e) => setCountries(e.target.value)}
            error={err("countries")}
          />
          <TextField
            label={t("report.industry")}
            value={industry}
            onChange={(e) => setIndustry(e.target.value)}
            error={err("industry")}
          />
          <TextField
            label={t("triage.occurredFrom")}
            hint={t("triage.partialDateHint")}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            error={err("occurredFrom")}
          />
          <TextField
            label={t("triage.occurredTo")}
            hint={t("triage.partialDateHint")}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            error={err("occurredTo")}
          />
        </div>
        <ChoiceGroup
          legend={t("report.harmTypes")}
          name="triage-harm"
          columns
          options={taxonomyValues(taxonomies.data, OECD, "harmTypes").map((v) => ({
            value: v.value,
            label: label(OECD, "harmTypes", v.value),
          }))}
          selected={harmTypes}
          onChange={setHarmTypes}
          error={err("harmTypes")}
        />
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {t("triage.saveFields")}
          </button>
          {saved && !save.isPending ? <span role="status">{t("common.saved")}</span> : null}
        </div>
      </form>
      <Problem error={save.error} />
    </section>
  );
}

function Reports({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const date = useFormatDate();
  const language = useLanguageName();
  const reports = useIncidentPart(incident.id, "reports", () =>
    call(api.GET("/api/v1/incidents/{id}/reports", { params: { path: { id: incident.id } } })),
  );
  const adopt = useIncidentMutation(incident.id, (text: Text) =>
    call(
      api.PATCH("/api/v1/incidents/{id}", {
        params: { path: { id: incident.id } },
        body: { texts: [...incident.texts, text] },
      }),
    ),
  );
  return (
    <section className="card" aria-labelledby="reports-heading">
      <h2 id="reports-heading">
        {t("triage.reports", { count: reports.data?.length ?? incident.reportCount })}
      </h2>
      <ProblemMessage error={reports.error} />
      <ul className="plain-list">
        {(reports.data ?? []).map((r) => {
          const p = r.payload as { title?: string; description?: string; lang?: string };
          const lang = p.lang ?? r.lang;
          return (
            <li key={r.id} className="report-item">
              <p>
                <strong className="ref">{r.ref}</strong>{" "}
                <span className="small muted">
                  {t(`channels.${r.channel}`, { defaultValue: r.channel })} · {language(lang)} ·{" "}
                  {date(r.submittedAt)}
                </span>
              </p>
              <p className="break" lang={lang}>
                <strong>{p.title}</strong>
              </p>
              <details>
                <summary>{t("triage.reportText")}</summary>
                <p className="prose break" lang={lang}>
                  {p.description}
                </p>
              </details>
              {p.title && p.description && !incident.texts.some((x) => x.lang === lang) ? (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={adopt.isPending}
                  onClick={() => adopt.mutate({ lang, title: p.title!, description: p.description! })}
                >
                  {t("triage.useAsTranslation", { language: language(lang) })}
                </button>
              ) : null}
              <div className="protected">
                <p className="protected-label">{t("triage.protectedContact")}</p>
                {r.contact && (r.contact.name || r.contact.email || r.contact.phone) ? (
                  <dl className="contact">
                    {r.contact.name ? (
                      <>
                        <dt>{t("report.contactName")}</dt>
                        <dd>{r.contact.name}</dd>
                      </>
                    ) : null}
                    {r.contact.email ? (
                      <>
                        <dt>{t("report.contactEmail")}</dt>
                        <dd className="break">{r.contact.email}</dd>
                      </>
                    ) : null}
                    {r.contact.phone ? (
                      <>
                        <dt>{t("report.contactPhone")}</dt>
                        <dd>{r.contact.phone}</dd>
                      </>
                    ) : null}
                  </dl>
                ) : (
                  <p className="small">{t("triage.noContact")}</p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <Problem error={adopt.error} />
    </section>
  );
}

function Attachments({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const size = useFileSize();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const list = useIncidentPart(incident.id, "attachments", () =>
    call(api.GET("/api/v1/incidents/{id}/attachments", { params: { path: { id: incident.id } } })),
  );
  const upload = useIncidentMutation(
    incident.id,
    (f: File) => uploadIncidentFile(incident.id, f),
    () => {
      setFile(null);
      const input = document.getElementById(fileId) as HTMLInputElement | null;
      if (input) input.value = "";
    },
  );
  const download = async (a: Attachment) => {
    setDownloadError(null);
    try {
      await downloadAttachment(a);
    } catch (e) {
      setDownloadError(e);
    }
  };
  return (
    <section className="card" aria-labelledby="files-heading">
      <h2 id="files-heading">{t("triage.attachments")}</h2>
      <ProblemMessage error={list.error ?? downloadError} />
      {list.data && !list.data.length ? <p className="muted">{t("triage.noAttachments")}</p> : null}
      <ul className="plain-list">
        {(list.data ?? []).map((a) => (
          <li key={a.id}>
            <p className="break">
              <strong>{a.filename}</strong>{" "}
              <span className="small muted">
                ({a.mediaType}, {size(a.size)}){a.reportId ? ` · ${t("triage.fromReporter")}` : ""}
              </span>
            </p>
            <p className="small">
              {t("report.receipt.sha256")} <code className="break sha">{a.sha256}</code>
            </p>
            <button type="button" className="button-secondary" onClick={() => void download(a)}>
              {t("triage.download", { name: a.filename })}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (file) upload.mutate(file);
        }}
      >
        <div className="field">
          <label htmlFor={fileId}>{t("triage.addFile")}</label>
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
        <button type="submit" disabled={!file || upload.isPending}>
          {t("report.receipt.upload")}
        </button>
      </form>
      <Problem error={upload.error} />
    </section>
  );
}

function Classifications({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const label = useTaxonomyLabel();
  const current = useIncidentPart(incident.id, "classifications", () =>
    call(api.GET("/api/v1/incidents/{id}/classifications", { params: { path: { id: incident.id } } })),
  );
  const schemes = [
    { namespace: MIT, key: "domain" },
    { namespace: ASEAN_PRINCIPLES, key: "principle" },
  ];
  return (
    <section className="card" aria-labelledby="class-heading">
      <h2 id="class-heading">{t("triage.classifications")}</h2>
      <ProblemMessage error={current.error ?? taxonomies.error} />
      {current.data
        ? schemes.map((s) => (
            <ClassificationForm
              key={s.namespace}
              incidentId={incident.id}
              namespace={s.namespace}
              fieldKey={s.key}
              options={taxonomyValues(taxonomies.data, s.namespace, s.key).map((v) => ({
                value: v.value,
                label: label(s.namespace, s.key, v.value),
                sub: v.value.includes("."),
              }))}
              selected={current.data.filter((c) => c.namespace === s.namespace && c.key === s.key)}
            />
          ))
        : null}
    </section>
  );
}

function ClassificationForm({
  incidentId,
  namespace,
  fieldKey,
  options,
  selected,
}: {
  incidentId: string;
  namespace: string;
  fieldKey: string;
  options: { value: string; label: string; sub: boolean }[];
  selected: Schemas["IncidentClassification"][];
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(selected.map((c) => c.value));
  const [review, setReview] = useState<"draft" | "reviewed">(selected[0]?.reviewStatus ?? "draft");
  const [saved, setSaved] = useState(false);
  const save = useIncidentMutation(
    incidentId,
    () =>
      call(
        api.PUT("/api/v1/incidents/{id}/classifications", {
          params: { path: { id: incidentId } },
          body: { namespace, key: fieldKey, values, reviewStatus: review },
        }),
      ),
    () => setSaved(true),
  );
  return (
    <form
      className="form class-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.mutate(undefined);
      }}
    >
      <ChoiceGroup
        legend={t(`namespaces.${namespace}`, { defaultValue: namespace })}
        name={`class-${namespace}`}
        options={options.map((o) => ({
          value: o.value,
          label: o.sub ? (
            <span className="sub-value">{`${o.value} ${o.label}`}</span>
          ) : (
            `${o.value.length < 3 ? `${o.value} ` : ""}${o.label}`
          ),
        }))}
        selected={values}
        onChange={(v) => {
          setSaved(false);
          setValues(v);
        }}
        error={fieldError(save.error, "values")}
      />
      <div className="inline-form">
        <SelectField
          label={t("triage.reviewStatus")}
          value={review}
          onChange={(e) => setReview(e.target.value as "draft" | "reviewed")}
        >
          <option value="draft">{t("reviewStatus.draft")}</option>
          <option value="reviewed">{t("reviewStatus.reviewed")}</option>
        </SelectField>
        <button type="submit" disabled={save.isPending}>
          {t("triage.saveClassification", {
            scheme: t(`namespaces.${namespace}`, { defaultValue: namespace }),
          })}
        </button>
        {saved && !save.isPending ? <span role="status">{t("common.saved")}</span> : null}
      </div>
      <Problem error={save.error} />
    </form>
  );
}

function Duplicates({ incident }: { incident: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [confirm, setConfirm] = useState<{
    from: string;
    into: string;
    ref: string;
    dir: "in" | "out";
  } | null>(null);
  const dups = useIncidentPart(incident.id, "duplicates", () =>
    call(api.GET("/api/v1/incidents/{id}/duplicates", { params: { path: { id: incident.id } } })),
  );
  const merge = useMutation({
    mutationFn: (m: { from: string; into: string }) =>
      call(
        api.POST("/api/v1/incidents/{id}/merge", {
          params: { path: { id: m.from } },
          body: { into: m.into },
        }),
      ),
    onSuccess: async (_r, m) => {
      setConfirm(null);
      await qc.invalidateQueries({ queryKey: ["triage-incident"] });
      await qc.invalidateQueries({ queryKey: ["triage-queue"] });
      if (m.into !== incident.id) navigate(`/triage/${m.into}`, { state: { merged: true } });
    },
  });
  const pct = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
  return (
    <section className="card" aria-labelledby="dups-heading">
      <h2 id="dups-heading">{t("triage.duplicates")}</h2>
      <ProblemMessage error={dups.error} />
      {dups.data && !dups.data.length ? <p className="muted">{t("triage.noDuplicates")}</p> : null}
      <ul className="plain-list">
        {(dups.data ?? []).map((d) => (
          <li key={d.id} className="dup">
            <p>
              <Link to={`/triage/${d.id}`}>{d.title}</Link> <span className="small muted ref">{d.ref}</span>
            </p>
            <p>
              <strong>{t("triage.score", { score: pct.format(d.score) })}</strong>
            </p>
            <ul className="small reasons">
              {d.reasons.map((r) => (
                <li key={`${r.kind}:${r.detail}`}>
                  {t(`dupReasons.${r.kind}`, { defaultValue: r.kind })} (+{pct.format(r.score)}):{" "}
                  <span lang="en">{r.detail}</span>
                </li>
              ))}
            </ul>
            {confirm && (confirm.from === d.id || confirm.into === d.id) ? (
              <div className="alert alert-warning" role="alertdialog" aria-labelledby={`confirm-${d.id}`}>
                <p id={`confirm-${d.id}`}>
                  {confirm.dir === "in"
                    ? t("triage.confirmMergeIn", { that: d.ref, this: incident.ref })
                    : t("triage.confirmMergeOut", { that: d.ref, this: incident.ref })}
                </p>
                <div className="actions">
                  <button type="button" onClick={() => merge.mutate(confirm)} disabled={merge.isPending}>
                    {t("triage.confirmMerge")}
                  </button>
                  <button type="button" className="button-secondary" onClick={() => setConfirm(null)}>
                    {t("common.cancel")}
                  </button>
                </div>
              </div>
            ) : (
              <div className="actions">
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => setConfirm({ from: d.id, into: incident.id, ref: d.ref, dir: "in" })}
                >
                  {t("triage.mergeThatIntoThis", { ref: d.ref })}
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => setConfirm({ from: incident.id, into: d.id, ref: d.ref, dir: "out" })}
                >
                  {t("triage.mergeThisIntoThat", { ref: d.ref })}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <Problem error={merge.error} />
    </section>
  );
}

/** The text a suggestion was found in, around the finding, with the finding highlighted. */
function Context({ incident, s }: { incident: IncidentDetail; s: Suggestion }) {
  let source: unknown;
  if (s.field === "title" || s.field === "description")
    source = incident.texts.find((x) => x.lang === s.lang)?.[s.field];
  else {
    source = incident;
    for (const p of s.field.split(".")) source = (source as Record<string, unknown> | undefined)?.[p];
  }
  if (typeof source !== "string" || source.slice(s.start, s.end) !== s.text)
    return (
      <span lang={s.lang}>
        <mark>{s.text}</mark>
      </span>
    );
  const before = source.slice(Math.max(0, s.start - 50), s.start);
  const after = source.slice(s.end, s.end + 50);
  return (
    <span lang={s.lang} className="break">
      {s.start > 50 ? "…" : ""}
      {before}
      <mark>{s.text}</mark>
      {after}
      {s.end + 50 < source.length ? "…" : ""}
    </span>
  );
}

function Redactions({
  incident,
  review,
}: {
  incident: IncidentDetail;
  review: Schemas["RedactionReview"] | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguageName();
  const qc = useQueryClient();
  const [name, setName] = useState("");
  const decide = useMutation({
    mutationFn: (body: Schemas["RedactionDecision"]) =>
      call(api.POST("/api/v1/incidents/{id}/redactions", { params: { path: { id: incident.id } }, body })),
    onSuccess: (r) => qc.setQueryData(key(incident.id, "redactions"), r),
  });
  if (!review) return null;
  return (
    <section className="card" aria-labelledby="redact-heading">
      <h2 id="redact-heading">{t("triage.redactions")}</h2>
      <p className="hint">{t("triage.redactionsHint")}</p>
      <p aria-live="polite">
        <strong>{t("triage.pending", { count: review.pending })}</strong>
      </p>
      {review.suggestions.length ? (
        <ul className="plain-list suggestions">
          {review.suggestions.map((s) => (
            <li key={`${s.lang}:${s.field}:${s.start}`} className={`suggestion decision-${s.decision}`}>
              <p>
                <span className="status type">{t(`piiKinds.${s.kind}`, { defaultValue: s.kind })}</span>{" "}
                <span className="small muted">
                  {t(`confidence.${s.confidence}`)} · {language(s.lang)} ·{" "}
                  {t(`redactFields.${s.field.startsWith("details") ? "details" : s.field}`)}
                </span>
              </p>
              <p className="context">
                <Context incident={incident} s={s} />
              </p>
              <p className="small muted" lang="en">
                {s.reason}
              </p>
              <p className="small">
                {t("triage.decision")} <strong>{t(`decisions.${s.decision}`)}</strong>
              </p>
              <div className="actions">
                <button
                  type="button"
                  aria-pressed={s.decision === "redact"}
                  className={s.decision === "redact" ? undefined : "button-secondary"}
                  disabled={decide.isPending}
                  onClick={() => decide.mutate({ kind: s.kind, text: s.text, decision: "redact" })}
                >
                  {t("triage.redact")}
                  <span className="visually-hidden"> {s.text}</span>
                </button>
                <button
                  type="button"
                  aria-pressed={s.decision === "keep"}
                  className={s.decision === "keep" ? undefined : "button-secondary"}
                  disabled={decide.isPending}
                  onClick={() => decide.mutate({ kind: s.kind, text: s.text, decision: "keep" })}
                >
                  {t("triage.keep")}
                  <span className="visually-hidden"> {s.text}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("triage.noSuggestions")}</p>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim())
            decide.mutate(
              { kind: "name", text: name.trim(), decision: "redact" },
              { onSuccess: () => setName("") },
            );
        }}
      >
        <TextField
          label={t("triage.markName")}
          hint={t("triage.markNameHint")}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(decide.error, "text")}
        />
        <button type="submit" disabled={!name.trim() || decide.isPending}>
          {t("triage.markNameButton")}
        </button>
      </form>
      <Problem error={decide.error} />
      <h3>{t("triage.preview")}</h3>
      {review.preview.map((p) => (
        <div key={p.lang} className="preview">
          <p className="small muted">{language(p.lang)}</p>
          <p lang={p.lang}>
            <strong>{p.title}</strong>
          </p>
          <p className="prose break" lang={p.lang}>
            {p.description}
          </p>
        </div>
      ))}
    </section>
  );
}

function Publish({ incident, pending }: { incident: IncidentDetail; pending: number | undefined }) {
  const { t } = useTranslation();
  const tlpId = useId();
  const [tlp, setTlp] = useState<Tlp>("clear");
  const publish = useIncidentMutation(incident.id, () =>
    call(
      api.POST("/api/v1/incidents/{id}/publish", { params: { path: { id: incident.id } }, body: { tlp } }),
    ),
  );
  const reason =
    incident.status !== "validated"
      ? t("triage.publishNeedsValidated", { status: t(`incidentStatus.${incident.status}`) })
      : pending === undefined
        ? t("common.loading")
        : pending > 0
          ? t("triage.publishPending", { count: pending })
          : null;
  return (
    <section className="card" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t("triage.publish")}</h2>
      <p className="hint">{t("triage.publishHint")}</p>
      <div className="field">
        <label htmlFor={tlpId}>{t("triage.tlp")}</label>
        <select
          id={tlpId}
          value={tlp}
          onChange={(e) => setTlp(e.target.value as Tlp)}
          aria-describedby={`${tlpId}-hint`}
        >
          {TLPS.map((v) => (
            <option key={v} value={v}>
              {t(`tlp.${v}`)}
            </option>
          ))}
        </select>
        <p className="hint" id={`${tlpId}-hint`}>
          {t(`tlpHints.${tlp}`)}
        </p>
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={!!reason || publish.isPending}
          aria-describedby={reason ? "publish-reason" : undefined}
          onClick={() => publish.mutate(undefined)}
        >
          {t("triage.publishButton")}
        </button>
      </div>
      {reason ? (
        <p id="publish-reason" className="muted">
          {reason}
        </p>
      ) : null}
      <div aria-live="polite">
        {publish.data ? (
          <div className="alert alert-success">
            <p>{t("triage.published", { version: publish.data.version })}</p>
            {publish.data.tlp === "clear" ? (
              <p>
                <Link to={`/incidents/${incident.id}`}>{t("triage.openPublic")}</Link>
              </p>
            ) : (
              <p>{t("triage.notPublic")}</p>
            )}
          </div>
        ) : null}
        <Problem error={publish.error} />
      </div>
    </section>
  );
}

function Comments({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const date = useFormatDate();
  const bodyId = useId();
  const [body, setBody] = useState("");
  const comments = useIncidentPart(incident.id, "comments", () =>
    call(api.GET("/api/v1/incidents/{id}/comments", { params: { path: { id: incident.id } } })),
  );
  const add = useIncidentMutation(
    incident.id,
    (text: string) =>
      call(
        api.POST("/api/v1/incidents/{id}/comments", {
          params: { path: { id: incident.id } },
          body: { body: text },
        }),
      ),
    () => setBody(""),
  );
  return (
    <section className="card" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t("triage.comments")}</h2>
      <ProblemMessage error={comments.error} />
      <ul className="plain-list">
        {(comments.data ?? []).map((c) => (
          <li key={c.id}>
            <p className="small muted">
              {c.authorLabel} · {date(c.createdAt)}
            </p>
            <p className="prose break">{c.body}</p>
          </li>
        ))}
      </ul>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (body.trim()) add.mutate(body.trim());
        }}
      >
        <div className="field">
          <label htmlFor={bodyId}>{t("triage.addComment")}</label>
          <textarea
            id={bodyId}
            className="prose-input"
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" disabled={!body.trim() || add.isPending}>
            {t("triage.postComment")}
          </button>
        </div>
      </form>
      <Problem error={add.error} />
    </section>
  );
}

/** The analysts' editor of one incident. */
type Linked = Schemas["IncidentEntity"];
type Role = Linked["role"];
type EntityKind = Schemas["Entity"]["kind"];

/** Developers, deployers, harmed parties...: link entities with roles, find or create them, add aliases, merge twins. */
function Entities({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [q, setQ] = useState("");
  const [role, setRole] = useState<Role>("developer");
  const links = useIncidentPart(incident.id, "entities", () =>
    call(api.GET("/api/v1/incidents/{id}/entities", { params: { path: { id: incident.id } } })),
  );
  const found = useQuery({
    queryKey: ["entities", q],
    queryFn: () => call(api.GET("/api/v1/entities", { params: { query: { q, limit: 8 } } })),
    enabled: q.trim().length >= 2,
  });
  const save = useIncidentMutation(incident.id, (next: { entityId: string; role: Role }[]) =>
    call(
      api.PUT("/api/v1/incidents/{id}/entities", {
        params: { path: { id: incident.id } },
        body: { links: next },
      }),
    ),
  );
  const current = (links.data ?? []).map((l) => ({ entityId: l.entityId, role: l.role }));
  const link = (entityId: string) => save.mutate([...current, { entityId, role }]);
  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: key(incident.id) }),
      qc.invalidateQueries({ queryKey: ["entities"] }),
    ]);
  const linkedIds = new Set(current.map((l) => l.entityId));
  return (
    <section className="card" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t("entities.title")}</h2>
      <ProblemMessage error={links.error} />
      {links.data && !links.data.length ? <p className="muted">{t("entities.none")}</p> : null}
      {links.data?.length ? (
        <ul className="plain-list">
          {links.data.map((l) => (
            <LinkedEntity
              key={`${l.entityId}:${l.role}`}
              linked={l}
              others={links.data.filter((o) => o.entityId !== l.entityId)}
              onRemove={() =>
                save.mutate(current.filter((c) => !(c.entityId === l.entityId && c.role === l.role)))
              }
              onChanged={refresh}
            />
          ))}
        </ul>
      ) : null}
      <Problem error={save.error} />
      <h3>{t("entities.link")}</h3>
      <div className="inline-form">
        <TextField
          label={t("entities.search")}
          hint={t("entities.searchHint")}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <SelectField
          label={t("entities.role")}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ACTOR_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`actorRoles.${r}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ProblemMessage error={found.error} />
      {found.data?.items.length ? (
        <ul className="plain-list" aria-label={t("entities.results")}>
          {found.data.items.map((e) => (
            <li key={e.id}>
              <strong>{e.name}</strong> <span className="muted small">{t(`entityKinds.${e.kind}`)}</span>
              {e.aliases.length ? <span className="small"> ({e.aliases.join(", ")})</span> : null}{" "}
              <button
                type="button"
                disabled={
                  save.isPending ||
                  (linkedIds.has(e.id) && current.some((c) => c.role === role && c.entityId === e.id))
                }
                onClick={() => link(e.id)}
              >
                {t("entities.linkAs", { name: e.name, role: t(`actorRoles.${role}`) })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {found.data && !found.data.items.length ? <p className="muted">{t("entities.noneFound")}</p> : null}
      {q.trim().length >= 2 ? (
        <NewEntity
          key={q}
          name={q.trim()}
          onCreated={async (id) => {
            link(id);
            setQ("");
            await refresh();
          }}
        />
      ) : null}
    </section>
  );
}

function LinkedEntity({
  linked,
  others,
  onRemove,
  onChanged,
}: {
  linked: Linked;
  others: Linked[];
  onRemove: () => void;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [alias, setAlias] = useState("");
  const [into, setInto] = useState("");
  const addAlias = useMutation({
    mutationFn: () =>
      call(
        api.PATCH("/api/v1/entities/{id}", {
          params: { path: { id: linked.entityId } },
          body: { aliases: [...linked.aliases, alias.trim()] },
        }),
      ),
    onSuccess: async () => {
      setAlias("");
      await onChanged();
    },
  });
  const merge = useMutation({
    mutationFn: () =>
      call(
        api.POST("/api/v1/entities/{id}/merge", {
          params: { path: { id: linked.entityId } },
          body: { into },
        }),
      ),
    onSuccess: onChanged,
  });
  const twins = [...new Map(others.map((o) => [o.entityId, o])).values()];
  return (
    <li>
      <p>
        <strong>{linked.name}</strong> — {t(`actorRoles.${linked.role}`)}{" "}
        <span className="muted small">{t(`entityKinds.${linked.kind}`)}</span>{" "}
        <button type="button" className="button-secondary" onClick={onRemove}>
          {t("entities.unlink", { name: linked.name, role: t(`actorRoles.${linked.role}`) })}
        </button>
      </p>
      {linked.aliases.length ? (
        <p className="small">{t("entities.aliases", { aliases: linked.aliases.join(", ") })}</p>
      ) : null}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (alias.trim()) addAlias.mutate();
        }}
      >
        <TextField
          label={t("entities.newAlias", { name: linked.name })}
          value={alias}
          onChange={(e) => setAlias(e.target.value)}
          error={fieldError(addAlias.error, "aliases") ?? fieldError(addAlias.error, "name")}
        />
        <button type="submit" disabled={!alias.trim() || addAlias.isPending}>
          {t("entities.addAlias")}
        </button>
      </form>
      <Problem error={addAlias.error} />
      {twins.length ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (into) merge.mutate();
          }}
        >
          <SelectField
            label={t("entities.mergeInto", { name: linked.name })}
            hint={t("entities.mergeHint")}
            value={into}
            onChange={(e) => setInto(e.target.value)}
          >
            <option value="">—</option>
            {twins.map((o) => (
              <option key={o.entityId} value={o.entityId}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <button type="submit" disabled={!into || merge.isPending}>
            {t("entities.merge")}
          </button>
        </form>
      ) : null}
      <Problem error={merge.error} />
    </li>
  );
}

function NewEntity({ name: initial, onCreated }: { name: string; onCreated: (id: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [kind, setKind] = useState<EntityKind>("company");
  const [aliases, setAliases] = useState("");
  const [country, setCountry] = useState("");
  const create = useMutation({
    mutationFn: (e: FormEvent) => {
      e.preventDefault();
      return call(
        api.POST("/api/v1/entities", {
          body: {
            name,
            kind,
            aliases: aliases
              .split(",")
              .map((a) => a.trim())
              .filter(Boolean),
            country: country.trim().toUpperCase() || null,
          },
        }),
      );
    },
    onSuccess: (e) => onCreated(e.id),
  });
  return (
    <details>
      <summary>{t("entities.create")}</summary>
      <form className="form" onSubmit={(e) => create.mutate(e)}>
        <TextField
          label={t("entities.name")}
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, "name")}
        />
        <SelectField
          label={t("entities.kind")}
          value={kind}
          onChange={(e) => setKind(e.target.value as EntityKind)}
        >
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`entityKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("entities.aliasesField")}
          hint={t("entities.aliasesHint")}
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
          error={fieldError(create.error, "aliases")}
        />
        <TextField
          label={t("entities.country")}
          hint={t("entities.countryHint")}
          value={country}
          maxLength={2}
          onChange={(e) => setCountry(e.target.value)}
          error={fieldError(create.error, "country")}
        />
        <button type="submit" disabled={create.isPending}>
          {t("entities.createAndLink")}
        </button>
      </form>
      <Problem error={create.error} />
    </details>
  );
}

export function TriageIncidentPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const incident = useIncidentPart(
    id,
    "detail",
    () => call(api.GET("/api/v1/incidents/{id}", { params: { path: { id } } })) as Promise<IncidentDetail>,
  );
  const review = useIncidentPart(id, "redactions", () =>
    call(api.GET("/api/v1/incidents/{id}/redactions", { params: { path: { id } } })),
  );
  const data = incident.data;
  useEffect(() => {
    if (data && data.id !== id) navigate(`/triage/${data.id}`, { replace: true });
  }, [data, id, navigate]);

  if (incident.isPending) return <p role="status">{t("common.loading")}</p>;
  if (!data || !("status" in data))
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link to="/triage">{t("triage.back")}</Link>
        </p>
        <h1>{t("incident.notFoundTitle")}</h1>
        <ProblemMessage error={incident.error} />
      </div>
    );
  const primary = data.texts.find((x) => x.lang === data.primaryLang) ?? data.texts[0];
  return (
    <div className="page triage-editor">
      <p className="breadcrumb">
        <Link to="/triage">{t("triage.back")}</Link>
      </p>
      <p className="muted ref">{data.ref}</p>
      <h1 lang={primary?.lang}>{primary?.title}</h1>
      <p>
        <StatusBadge status={data.status} />{" "}
        {data.publishedAt ? (
          <Link to={`/incidents/${data.id}`}>{t("triage.openPublicVersion", { version: data.version })}</Link>
        ) : null}
      </p>
      <div className="editor-grid">
        <div>
          <Texts key={data.updatedAt} incident={data} />
          <Fields key={`f-${data.updatedAt}`} incident={data} />
          <Entities incident={data} />
          <Reports incident={data} />
          <Redactions incident={data} review={review.data} />
          <ProblemMessage error={review.error} />
        </div>
        <div>
          <Workflow incident={data} />
          <Publish incident={data} pending={review.data?.pending} />
          <Duplicates incident={data} />
          <Classifications incident={data} />
          <Attachments incident={data} />
          <Comments incident={data} />
        </div>
      </div>
    </div>
  );
}
