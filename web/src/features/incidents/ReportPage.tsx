import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError, api, call } from "../../app/api.ts";
import { LANGUAGES } from "../../app/i18n.ts";
import { useJurisdictions } from "../../app/reference.ts";
import { useMe } from "../../app/session.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { ChoiceGroup, PartialDateField } from "./FormParts.tsx";
import {
  ACTOR_ROLES,
  type Attachment,
  OECD,
  REPORTER_GROUPS,
  REPORTER_RELATIONS,
  type ReportInput,
  type ReportReceipt,
  taxonomyValues,
  UPLOAD_ACCEPT,
  UPLOAD_MAX_MB,
  uploadReportFile,
  useFileSize,
  useTaxonomies,
  useTaxonomyLabel,
} from "./incidents.ts";

interface Draft {
  lang: string;
  title: string;
  description: string;
  translation: { lang: string; title: string; description: string } | null;
  aiRelation: string[];
  group: string;
  relation: string;
  evidence: { url: string; title: string }[];
  severity: string;
  harmTypes: string[];
  occurredFrom: string;
  occurredTo: string;
  discoveredOn: string;
  countries: string[];
  otherCountries: string;
  systems: { name: string; provider: string; version: string }[];
  actors: { name: string; role: string }[];
  affectedStakeholders: string[];
  aiTasks: string[];
  autonomyLevel: string;
  unintendedUse: string;
  industry: string;
  peopleAffected: string;
  actionsTaken: string;
  contact: { name: string; email: string; phone: string };
}

const empty = (lang: string): Draft => ({
  lang,
  title: "",
  description: "",
  translation: null,
  aiRelation: [],
  group: "",
  relation: "",
  evidence: [{ url: "", title: "" }],
  severity: "",
  harmTypes: [],
  occurredFrom: "",
  occurredTo: "",
  discoveredOn: "",
  countries: [],
  otherCountries: "",
  systems: [],
  actors: [],
  affectedStakeholders: [],
  aiTasks: [],
  autonomyLevel: "",
  unintendedUse: "",
  industry: "",
  peopleAffected: "",
  actionsTaken: "",
  contact: { name: "", email: "", phone: "" },
});

/** The report as the API takes it: optional fields left out when empty. */
function toInput(d: Draft): ReportInput {
  const s = (v: string) => v.trim() || undefined;
  const countries = [
    ...d.countries,
    ...d.otherCountries
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
  ];
  const contact = { name: s(d.contact.name), email: s(d.contact.email), phone: s(d.contact.phone) };
  const body: Record<string, unknown> = {
    lang: d.lang,
    title: d.title,
    description: d.description,
    translations: d.translation ? [d.translation] : [],
    kind: d.severity.includes("hazard") ? "hazard" : "incident",
    aiRelation: d.aiRelation,
    ...(d.group || d.relation ? { reporter: { stakeholderGroup: d.group, relation: d.relation } } : {}),
    evidence: d.evidence
      .filter((e) => e.url.trim() || e.title.trim())
      .map((e) => ({ url: e.url.trim(), ...(s(e.title) ? { title: s(e.title) } : {}) })),
    ...(d.severity ? { severity: d.severity } : {}),
    harmTypes: d.harmTypes,
    occurredFrom: s(d.occurredFrom),
    occurredTo: s(d.occurredTo),
    discoveredOn: s(d.discoveredOn),
    countries: [...new Set(countries)],
    systems: d.systems
      .filter((x) => x.name.trim())
      .map((x) => ({ name: x.name.trim(), provider: s(x.provider), version: s(x.version) })),
    actors: d.actors.filter((a) => a.name.trim()).map((a) => ({ name: a.name.trim(), role: a.role })),
    affectedStakeholders: d.affectedStakeholders,
    aiTasks: d.aiTasks,
    autonomyLevel: s(d.autonomyLevel),
    unintendedUse: s(d.unintendedUse),
    industry: s(d.industry)?.toUpperCase(),
    quantifiedHarm: d.peopleAffected.trim() ? { peopleAffected: Number(d.peopleAffected) } : undefined,
    actionsTaken: s(d.actionsTaken),
    contact: contact.name || contact.email || contact.phone ? contact : undefined,
  };
  return JSON.parse(JSON.stringify(body)) as ReportInput;
}

function TextArea({
  label,
  value,
  onChange,
  error,
  hint,
  rows = 6,
  required,
  lang,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  rows?: number;
  required?: boolean;
  lang?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> {t("report.required")}</span> : null}
      </label>
      <textarea
        id={id}
        className="prose-input"
        rows={rows}
        value={value}
        lang={lang}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {t("form.fieldError", { message: error })}
        </p>
      ) : null}
    </div>
  );
}

/** A required field's label. */
function useRequired() {
  const { t } = useTranslation();
  return (label: string) => `${label} ${t("report.required")}`;
}

/** After sending: the reference, and evidence files with the receipt's one-time token. */
function Receipt({ receipt }: { receipt: ReportReceipt }) {
  const { t } = useTranslation();
  const date = useFormatDate();
  const size = useFileSize();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<Attachment[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const upload = useMutation({
    mutationFn: (f: File) => uploadReportFile(receipt.reportId, receipt.uploadToken, f),
    onSuccess: (a) => {
      setUploaded((u) => [...u, a]);
      setFile(null);
      const input = document.getElementById(fileId) as HTMLInputElement | null;
      if (input) input.value = "";
    },
  });
  const tooBig = file ? file.size > UPLOAD_MAX_MB * 1048576 : false;
  return (
    <div className="page page-narrow-wide">
      <h1 ref={heading} tabIndex={-1}>
        {t("report.receipt.title")}
      </h1>
      <div className="alert alert-success">
        <p>{t("report.receipt.thanks")}</p>
        <p>
          {t("report.receipt.reference")} <strong className="ref">{receipt.incidentRef}</strong>
        </p>
        <p className="small">{t("report.receipt.reportRef", { ref: receipt.reportRef })}</p>
      </div>
      <p>{t("report.receipt.next")}</p>
      <section className="card" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t("report.receipt.uploadTitle")}</h2>
        <p>{t("report.receipt.uploadIntro", { until: date(receipt.uploadUntil) })}</p>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (file && !tooBig) upload.mutate(file);
          }}
        >
          <div className={tooBig || upload.error ? "field field-invalid" : "field"}>
            <label htmlFor={fileId}>{t("report.receipt.file")}</label>
            <input
              id={fileId}
              type="file"
              accept={UPLOAD_ACCEPT}
              aria-describedby={`${fileId}-hint${tooBig ? ` ${fileId}-error` : ""}`}
              onChange={(e) => {
                upload.reset();
                setFile(e.target.files?.[0] ?? null);
              }}
            />
            <p className="hint" id={`${fileId}-hint`}>
              {t("report.receipt.limits", { mb: UPLOAD_MAX_MB })}
            </p>
            {tooBig ? (
              <p className="field-error" id={`${fileId}-error`}>
                {t("report.receipt.tooBig", { mb: UPLOAD_MAX_MB })}
              </p>
            ) : null}
          </div>
          <div className="actions">
            <button type="submit" disabled={!file || tooBig || upload.isPending}>
              {upload.isPending ? t("report.receipt.uploading") : t("report.receipt.upload")}
            </button>
          </div>
        </form>
        <ProblemMessage error={upload.error} />
        <div aria-live="polite">
          {uploaded.length ? (
            <ul className="plain-list">
              {uploaded.map((a) => (
                <li key={a.id}>
                  <p>
                    {t("report.receipt.uploaded", { name: a.filename })}{" "}
                    <span className="muted small">
                      ({a.mediaType}, {size(a.size)})
                    </span>
                  </p>
                  <p className="small">
                    {t("report.receipt.sha256")} <code className="break sha">{a.sha256}</code>
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>
      <div className="actions">
        <Link to="/incidents">{t("report.receipt.browse")}</Link>
      </div>
    </div>
  );
}

export function ReportPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const taxonomies = useTaxonomies();
  const jurisdictions = useJurisdictions();
  const label = useTaxonomyLabel();
  const req = useRequired();
  const [d, setD] = useState<Draft>(() => empty(i18n.language));
  const [receipt, setReceipt] = useState<ReportReceipt | null>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const submit = useMutation({
    mutationFn: (body: ReportInput) => call(api.POST("/api/v1/reports", { body })),
    onSuccess: (r) => {
      setReceipt(r);
      window.scrollTo(0, 0);
    },
    onError: () => setTimeout(() => errorBox.current?.focus(), 0),
  });
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  // A mandatory field left empty gets a message in the reader's language; others keep the node's.
  const EMPTY: Record<string, () => boolean> = {
    title: () => !d.title.trim(),
    description: () => !d.description.trim(),
    aiRelation: () => !d.aiRelation.length,
    reporter: () => !d.group || !d.relation,
    evidence: () => !d.evidence.some((e) => e.url.trim()),
    severity: () => !d.severity,
    harmTypes: () => !d.harmTypes.length,
  };
  const err = (field: string) => {
    const message = fieldError(submit.error, field);
    return message && EMPTY[field]?.() ? t("report.missing") : message;
  };
  // Until the reporter writes, the report's language follows the interface's.
  useEffect(() => {
    setD((x) => (x.title || x.description ? x : { ...x, lang: i18n.language }));
  }, [i18n.language]);
  const values = (key: string) =>
    taxonomyValues(taxonomies.data, OECD, key).map((v) => ({
      value: v.value,
      label: label(OECD, key, v.value),
    }));

  if (receipt) return <Receipt receipt={receipt} />;

  const org = me.data?.memberships.find((m) => m.role === "org-admin" || m.role === "org-member");
  const memberStates = (jurisdictions.data ?? []).filter((j) => j.kind === "member-state");
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate(toInput(d));
  };
  const errorCount = submit.error instanceof ApiError ? submit.error.fieldErrors.length : 0;

  return (
    <div className="page report-page">
      <h1>{t("report.title")}</h1>
      <p className="lead">{t("report.intro")}</p>
      {org ? (
        <p className="alert alert-info">{t("report.asOrganisation", { org: org.orgName })}</p>
      ) : (
        <p className="muted small">{t("report.anonymous")}</p>
      )}
      <p className="small">{t("report.requiredNote")}</p>
      <div ref={errorBox} tabIndex={-1} className="error-box">
        {submit.error ? <ProblemMessage error={submit.error} /> : null}
        {errorCount ? (
          <p className="visually-hidden">{t("report.errorCount", { count: errorCount })}</p>
        ) : null}
      </div>
      <ProblemMessage error={taxonomies.error} />
      <form className="form report-form" onSubmit={onSubmit} noValidate>
        <section className="card form" aria-labelledby="what-heading">
          <h2 id="what-heading">{t("report.sections.what")}</h2>
          <SelectField
            label={req(t("report.language"))}
            value={d.lang}
            onChange={(e) => set("lang", e.target.value)}
            error={err("lang")}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.nativeName}
              </option>
            ))}
          </SelectField>
          <TextField
            label={req(t("report.titleField"))}
            hint={t("report.titleHint")}
            value={d.title}
            lang={d.lang}
            maxLength={300}
            onChange={(e) => set("title", e.target.value)}
            error={err("title")}
          />
          <TextArea
            label={t("report.description")}
            required
            hint={t("report.descriptionHint")}
            value={d.description}
            lang={d.lang}
            onChange={(v) => set("description", v)}
            error={err("description")}
            rows={8}
          />
          {d.translation ? (
            <fieldset>
              <legend>{t("report.translation")}</legend>
              <SelectField
                label={t("report.translationLang")}
                value={d.translation.lang}
                onChange={(e) => set("translation", { ...d.translation!, lang: e.target.value })}
                error={err("translations.0.lang")}
              >
                {LANGUAGES.filter((l) => l.code !== d.lang).map((l) => (
                  <option key={l.code} value={l.code} lang={l.code}>
                    {l.nativeName}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t("report.titleField")}
                value={d.translation.title}
                lang={d.translation.lang}
                onChange={(e) => set("translation", { ...d.translation!, title: e.target.value })}
                error={err("translations.0.title")}
              />
              <TextArea
                label={t("report.description")}
                value={d.translation.description}
                lang={d.translation.lang}
                onChange={(v) => set("translation", { ...d.translation!, description: v })}
                error={err("translations.0.description")}
              />
              <div className="actions">
                <button type="button" className="button-secondary" onClick={() => set("translation", null)}>
                  {t("report.removeTranslation")}
                </button>
              </div>
            </fieldset>
          ) : (
            <div className="actions">
              <button
                type="button"
                className="button-secondary"
                onClick={() =>
                  set("translation", { lang: d.lang === "en" ? "ms" : "en", title: "", description: "" })
                }
              >
                {t("report.addTranslation")}
              </button>
            </div>
          )}
        </section>

        <section className="card form" aria-labelledby="mandatory-heading">
          <h2 id="mandatory-heading">{t("report.sections.mandatory")}</h2>
          <p className="hint">{t("report.mandatoryIntro")}</p>
          <ChoiceGroup
            legend={t("report.aiRelation")}
            hint={t("report.aiRelationHint")}
            required
            name="aiRelation"
            options={values("aiRelation")}
            selected={d.aiRelation}
            onChange={(v) => set("aiRelation", v)}
            error={err("aiRelation")}
          />
          <fieldset className={err("reporter") ? "field-invalid" : undefined}>
            <legend>
              {t("report.reporter")}
              <span className="required"> {t("report.required")}</span>
            </legend>
            <div className="grid-2">
              <SelectField
                label={t("report.reporterGroup")}
                value={d.group}
                onChange={(e) => set("group", e.target.value)}
                error={err("reporter.stakeholderGroup") ?? (d.group ? undefined : err("reporter"))}
              >
                <option value="">{t("report.choose")}</option>
                {REPORTER_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {t(`reporterGroups.${g}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t("report.reporterRelation")}
                value={d.relation}
                onChange={(e) => set("relation", e.target.value)}
                error={err("reporter.relation") ?? (d.relation ? undefined : err("reporter"))}
              >
                <option value="">{t("report.choose")}</option>
                {REPORTER_RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`reporterRelations.${r}`)}
                  </option>
                ))}
              </SelectField>
            </div>
          </fieldset>
          <fieldset className={err("evidence") ? "field-invalid" : undefined}>
            <legend>
              {t("report.evidence")}
              <span className="required"> {t("report.required")}</span>
            </legend>
            <p className="hint">{t("report.evidenceHint")}</p>
            {d.evidence.map((ev, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional, as the API's field paths
              <div className="repeat-row" key={n}>
                <TextField
                  label={t("report.evidenceUrl", { n: n + 1 })}
                  type="url"
                  inputMode="url"
                  placeholder="https://"
                  value={ev.url}
                  onChange={(e) =>
                    set(
                      "evidence",
                      d.evidence.map((x, i) => (i === n ? { ...x, url: e.target.value } : x)),
                    )
                  }
                  error={err(`evidence.${n}`) ?? (n === 0 && !ev.url ? err("evidence") : undefined)}
                />
                <TextField
                  label={t("report.evidenceTitle", { n: n + 1 })}
                  value={ev.title}
                  onChange={(e) =>
                    set(
                      "evidence",
                      d.evidence.map((x, i) => (i === n ? { ...x, title: e.target.value } : x)),
                    )
                  }
                />
                {d.evidence.length > 1 ? (
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() =>
                      set(
                        "evidence",
                        d.evidence.filter((_, i) => i !== n),
                      )
                    }
                  >
                    {t("report.removeLink", { n: n + 1 })}
                  </button>
                ) : null}
              </div>
            ))}
            <div className="actions">
              <button
                type="button"
                className="button-secondary"
                onClick={() => set("evidence", [...d.evidence, { url: "", title: "" }])}
              >
                {t("report.addLink")}
              </button>
            </div>
          </fieldset>
          <ChoiceGroup
            legend={t("report.severity")}
            required
            type="radio"
            name="severity"
            options={taxonomyValues(taxonomies.data, OECD, "severity").map((v) => ({
              value: v.value,
              label: label(OECD, "severity", v.value),
              hint: t(`severityHints.${v.value}`, { defaultValue: "" }) || undefined,
            }))}
            selected={d.severity ? [d.severity] : []}
            onChange={(v) => set("severity", v[0] ?? "")}
            error={err("severity")}
          />
          <ChoiceGroup
            legend={t("report.harmTypes")}
            hint={t("report.harmTypesHint")}
            required
            name="harmTypes"
            options={values("harmTypes")}
            selected={d.harmTypes}
            onChange={(v) => set("harmTypes", v)}
            error={err("harmTypes")}
          />
        </section>

        <section className="card form" aria-labelledby="optional-heading">
          <h2 id="optional-heading">{t("report.sections.optional")}</h2>
          <p className="hint">{t("report.optionalIntro")}</p>
          <div className="grid-2">
            <PartialDateField
              legend={t("report.occurredFrom")}
              value={d.occurredFrom}
              onChange={(v) => set("occurredFrom", v)}
              error={err("occurredFrom")}
            />
            <PartialDateField
              legend={t("report.occurredTo")}
              value={d.occurredTo}
              onChange={(v) => set("occurredTo", v)}
              error={err("occurredTo")}
            />
            <PartialDateField
              legend={t("report.discoveredOn")}
              value={d.discoveredOn}
              onChange={(v) => set("discoveredOn", v)}
              error={err("discoveredOn")}
            />
          </div>
          <ChoiceGroup
            legend={t("report.countries")}
            name="countries"
            columns
            options={memberStates.map((j) => ({ value: j.code, label: t(`jurisdictions.${j.code}`) }))}
            selected={d.countries}
            onChange={(v) => set("countries", v)}
            error={err("countries")}
          />
          <TextField
            label={t("report.otherCountries")}
            hint={t("report.otherCountriesHint")}
            value={d.otherCountries}
            onChange={(e) => set("otherCountries", e.target.value)}
          />
          <fieldset>
            <legend>{t("report.systems")}</legend>
            <p className="hint">{t("report.systemsHint")}</p>
            {d.systems.map((s, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: positional rows
              <div className="repeat-row" key={n}>
                <TextField
                  label={t("report.systemName", { n: n + 1 })}
                  value={s.name}
                  onChange={(e) =>
                    set(
                      "systems",
                      d.systems.map((x, i) => (i === n ? { ...x, name: e.target.value } : x)),
                    )
                  }
                  error={err(`systems.${n}`)}
                />
                <TextField
                  label={t("report.systemProvider")}
                  value={s.provider}
                  onChange={(e) =>
                    set(
                      "systems",
                      d.systems.map((x, i) => (i === n ? { ...x, provider: e.target.value } : x)),
                    )
                  }
                />
                <TextField
                  label={t("report.systemVersion")}
                  value={s.version}
                  onChange={(e) =>
                    set(
                      "systems",
                      d.systems.map((x, i) => (i === n ? { ...x, version: e.target.value } : x)),
                    )
                  }
                />
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() =>
                    set(
                      "systems",
                      d.systems.filter((_, i) => i !== n),
                    )
                  }
                >
                  {t("report.removeSystem", { n: n + 1 })}
                </button>
              </div>
            ))}
            <div className="actions">
              <button
                type="button"
                className="button-secondary"
                onClick={() => set("systems", [...d.systems, { name: "", provider: "", version: "" }])}
              >
                {t("report.addSystem")}
              </button>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t("report.actors")}</legend>
            <p className="hint">{t("report.actorsHint")}</p>
            {d.actors.map((a, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: positional rows
              <div className="repeat-row" key={n}>
                <TextField
                  label={t("report.actorName", { n: n + 1 })}
                  value={a.name}
                  onChange={(e) =>
                    set(
                      "actors",
                      d.actors.map((x, i) => (i === n ? { ...x, name: e.target.value } : x)),
                    )
                  }
                  error={err(`actors.${n}`)}
                />
                <SelectField
                  label={t("report.actorRole")}
                  value={a.role}
                  onChange={(e) =>
                    set(
                      "actors",
                      d.actors.map((x, i) => (i === n ? { ...x, role: e.target.value } : x)),
                    )
                  }
                >
                  {ACTOR_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`actorRoles.${r}`)}
                    </option>
                  ))}
                </SelectField>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() =>
                    set(
                      "actors",
                      d.actors.filter((_, i) => i !== n),
                    )
                  }
                >
                  {t("report.removeActor", { n: n + 1 })}
                </button>
              </div>
            ))}
            <div className="actions">
              <button
                type="button"
                className="button-secondary"
                onClick={() => set("actors", [...d.actors, { name: "", role: "deployer" }])}
              >
                {t("report.addActor")}
              </button>
            </div>
          </fieldset>
          <ChoiceGroup
            legend={t("report.affectedStakeholders")}
            name="affectedStakeholders"
            columns
            options={values("affectedStakeholders")}
            selected={d.affectedStakeholders}
            onChange={(v) => set("affectedStakeholders", v)}
            error={err("affectedStakeholders")}
          />
          <ChoiceGroup
            legend={t("report.aiTasks")}
            name="aiTasks"
            options={values("aiTasks")}
            selected={d.aiTasks}
            onChange={(v) => set("aiTasks", v)}
            error={err("aiTasks")}
          />
          <div className="grid-2">
            <SelectField
              label={t("report.autonomyLevel")}
              value={d.autonomyLevel}
              onChange={(e) => set("autonomyLevel", e.target.value)}
              error={err("autonomyLevel")}
            >
              <option value="">{t("report.notKnown")}</option>
              {values("autonomyLevel").map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("report.unintendedUse")}
              value={d.unintendedUse}
              onChange={(e) => set("unintendedUse", e.target.value)}
              error={err("unintendedUse")}
            >
              <option value="">{t("report.notKnown")}</option>
              {values("unintendedUse").map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t("report.industry")}
              hint={t("report.industryHint")}
              value={d.industry}
              maxLength={5}
              onChange={(e) => set("industry", e.target.value)}
              error={err("industry")}
            />
            <TextField
              label={t("report.peopleAffected")}
              type="number"
              min={0}
              inputMode="numeric"
              value={d.peopleAffected}
              onChange={(e) => set("peopleAffected", e.target.value)}
              error={err("quantifiedHarm")}
            />
          </div>
          <TextArea
            label={t("report.actionsTaken")}
            value={d.actionsTaken}
            rows={3}
            onChange={(v) => set("actionsTaken", v)}
            error={err("actionsTaken")}
          />
        </section>

        <section className="card form" aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t("report.sections.contact")}</h2>
          <p className="alert alert-info protected-note">{t("report.contactProtected")}</p>
          <div className="grid-2">
            <TextField
              label={t("report.contactName")}
              autoComplete="name"
              value={d.contact.name}
              onChange={(e) => set("contact", { ...d.contact, name: e.target.value })}
              error={err("contact.name")}
            />
            <TextField
              label={t("report.contactEmail")}
              type="email"
              autoComplete="email"
              value={d.contact.email}
              onChange={(e) => set("contact", { ...d.contact, email: e.target.value })}
              error={err("contact.email")}
            />
            <TextField
              label={t("report.contactPhone")}
              type="tel"
              autoComplete="tel"
              value={d.contact.phone}
              onChange={(e) => set("contact", { ...d.contact, phone: e.target.value })}
              error={err("contact.phone")}
            />
          </div>
        </section>

        <div className="actions">
          <button type="submit" disabled={submit.isPending}>
            {submit.isPending ? t("report.sending") : t("report.submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
