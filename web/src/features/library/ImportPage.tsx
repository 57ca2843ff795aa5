import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError, api, call } from "../../app/api.ts";
import { useJurisdictions } from "../../app/reference.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import {
  BINDING_STATUSES,
  INSTRUMENT_TYPES,
  type LibraryFilters,
  OTHER_JURISDICTIONS,
  useJurisdictionName,
} from "./library.ts";

type Kind = "catalog" | "crosswalk";
interface Meta {
  frameworkId: string;
  jurisdiction: string;
  instrumentType: string;
  bindingStatus: string;
}
const NO_META: Meta = { frameworkId: "", jurisdiction: "", instrumentType: "", bindingStatus: "" };

/** A problem found before sending: the text is not a JSON object. */
class LocalProblem extends Error {}

function readDocument(text: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new LocalProblem((e as Error).message);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw new LocalProblem("");
  return doc as Record<string, unknown>;
}

function ProblemTable({ rows, caption }: { rows: { pointer: string; message: string }[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("import.pointer")}</th>
            <th scope="col">{t("import.message")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same pointer can carry several problems
            <tr key={i}>
              <td className="break">
                <code>{r.pointer || "/"}</code>
              </td>
              <td className="break" lang="en">
                {r.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const jname = useJurisdictionName();
  const jurisdictions = useJurisdictions();
  const fileId = useId();
  const pasteId = useId();
  const [kind, setKind] = useState<Kind>("catalog");
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [paste, setPaste] = useState("");
  const [meta, setMeta] = useState<Meta>(NO_META);

  const catalog = useMutation({
    mutationFn: (doc: Record<string, unknown>) => {
      const query: { frameworkId?: string; jurisdiction?: string } & Pick<LibraryFilters, "bindingStatus"> & {
          instrumentType?: (typeof INSTRUMENT_TYPES)[number];
        } = {
        ...(meta.frameworkId.trim() ? { frameworkId: meta.frameworkId.trim() } : {}),
        ...(meta.jurisdiction ? { jurisdiction: meta.jurisdiction } : {}),
        ...(meta.instrumentType ? { instrumentType: meta.instrumentType as "law" } : {}),
        ...(meta.bindingStatus ? { bindingStatus: meta.bindingStatus as "binding" } : {}),
      };
      return call(api.POST("/api/v1/frameworks/import", { params: { query }, body: doc }));
    },
  });
  const crosswalk = useMutation({
    mutationFn: (doc: Record<string, unknown>) => call(api.POST("/api/v1/crosswalks/import", { body: doc })),
  });
  const [local, setLocal] = useState<string | null>(null);
  const active = kind === "catalog" ? catalog : crosswalk;
  const error = active.error;

  const reset = () => {
    catalog.reset();
    crosswalk.reset();
    setLocal(null);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    reset();
    const text = file?.text ?? paste;
    if (!text.trim()) {
      setLocal(t("import.nothing"));
      return;
    }
    let doc: Record<string, unknown>;
    try {
      doc = readDocument(text);
    } catch (err) {
      setLocal(
        err instanceof LocalProblem && err.message
          ? t("import.notJson", { detail: err.message })
          : t("import.notObject"),
      );
      return;
    }
    if (kind === "catalog") catalog.mutate(doc);
    else crosswalk.mutate(doc);
  };
  const setField = (k: keyof Meta) => (e: { target: { value: string } }) =>
    setMeta((m) => ({ ...m, [k]: e.target.value }));

  const problems =
    error instanceof ApiError ? error.fieldErrors.map((f) => ({ pointer: f.field, message: f.message })) : [];
  const codes = [
    ...(jurisdictions.data ?? []).filter((j) => j.kind === "member-state").map((j) => j.code),
    "ASEAN",
    ...OTHER_JURISDICTIONS,
  ];

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/library">{t("library.back")}</Link>
      </p>
      <h1>{t("import.title")}</h1>
      <p className="lead">{t("import.intro")}</p>
      <form className="card form" onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t("import.kind")}</legend>
          {(["catalog", "crosswalk"] as const).map((k) => (
            <div className="check" key={k}>
              <input
                type="radio"
                id={`kind-${k}`}
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  reset();
                }}
              />
              <label htmlFor={`kind-${k}`}>{t(`import.kinds.${k}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={fileId}>{t("import.file")}</label>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${fileId}-hint`}
            onChange={async (e) => {
              const f = e.target.files?.[0];
              reset();
              setFile(f ? { name: f.name, text: await f.text() } : null);
            }}
          />
          <p className="hint" id={`${fileId}-hint`}>
            {file ? t("import.fileChosen", { name: file.name }) : t("import.fileHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor={pasteId}>{t("import.paste")}</label>
          <textarea
            id={pasteId}
            rows={6}
            value={paste}
            spellCheck={false}
            disabled={!!file}
            aria-describedby={`${pasteId}-hint`}
            onChange={(e) => setPaste(e.target.value)}
          />
          <p className="hint" id={`${pasteId}-hint`}>
            {t("import.pasteHint")}
          </p>
        </div>
        {kind === "catalog" ? (
          <fieldset>
            <legend>{t("import.metadata")}</legend>
            <p className="hint">{t("import.metadataHint")}</p>
            <div className="grid-2">
              <TextField
                label={t("import.frameworkId")}
                hint={t("import.frameworkIdHint")}
                value={meta.frameworkId}
                onChange={setField("frameworkId")}
                error={fieldError(error, "frameworkId")}
                autoComplete="off"
              />
              <SelectField
                label={t("fields.jurisdiction")}
                value={meta.jurisdiction}
                onChange={setField("jurisdiction")}
                error={fieldError(error, "jurisdiction")}
              >
                <option value="">{t("import.fromCatalog")}</option>
                {codes.map((c) => (
                  <option key={c} value={c}>
                    {jname(c)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t("library.instrumentType")}
                value={meta.instrumentType}
                onChange={setField("instrumentType")}
                error={fieldError(error, "instrumentType")}
              >
                <option value="">{t("import.fromCatalog")}</option>
                {INSTRUMENT_TYPES.map((s) => (
                  <option key={s} value={s}>
                    {t(`instrumentTypes.${s}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t("library.bindingStatus")}
                value={meta.bindingStatus}
                onChange={setField("bindingStatus")}
                error={fieldError(error, "bindingStatus")}
              >
                <option value="">{t("import.fromCatalog")}</option>
                {BINDING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`bindingStatus.${s}`)}
                  </option>
                ))}
              </SelectField>
            </div>
          </fieldset>
        ) : null}
        <div className="actions">
          <button type="submit" disabled={active.isPending}>
            {active.isPending ? t("import.submitting") : t(`import.submit.${kind}`)}
          </button>
          {file ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setFile(null);
                reset();
                const input = document.getElementById(fileId) as HTMLInputElement | null;
                if (input) input.value = "";
              }}
            >
              {t("import.clearFile")}
            </button>
          ) : null}
        </div>
      </form>

      <section aria-live="polite">
        {local || error || catalog.data || crosswalk.data ? <h2>{t("import.report")}</h2> : null}
        {local ? (
          <div className="alert alert-error" role="alert">
            <p>{local}</p>
          </div>
        ) : null}
        {error && !problems.length ? <ProblemMessage error={error} /> : null}
        {error instanceof ApiError && problems.length ? (
          <div className="alert alert-error" role="alert">
            <p>{t([`errors.${error.code}`, "errors.unknown"])}</p>
          </div>
        ) : null}
        {problems.length ? (
          <ProblemTable rows={problems} caption={t("import.problems", { count: problems.length })} />
        ) : null}
        {kind === "catalog" && catalog.data ? (
          <>
            <div className="alert alert-success">
              <p>
                {t(`import.status.${catalog.data.status}`, {
                  id: catalog.data.frameworkId,
                  version: catalog.data.version,
                })}
              </p>
              <p>
                {t("library.requirementCount", { count: catalog.data.requirementCount })} ·{" "}
                <Link
                  to={`/library/${catalog.data.frameworkId}?version=${encodeURIComponent(catalog.data.version)}`}
                >
                  {t("import.open")}
                </Link>
              </p>
            </div>
            {catalog.data.warnings.length ? (
              <ProblemTable
                rows={catalog.data.warnings}
                caption={t("import.warnings", { count: catalog.data.warnings.length })}
              />
            ) : (
              <p>{t("import.noWarnings")}</p>
            )}
          </>
        ) : null}
        {kind === "crosswalk" && crosswalk.data ? (
          <div className="alert alert-success">
            <p>
              {t(`import.crosswalkStatus.${crosswalk.data.status}`, {
                from: crosswalk.data.sourceFramework,
                to: crosswalk.data.targetFramework,
                version: crosswalk.data.version,
                count: crosswalk.data.entryCount,
              })}
            </p>
            <p>
              <Link
                to={`/library/compare?${new URLSearchParams({
                  from: crosswalk.data.sourceFramework,
                  to: crosswalk.data.targetFramework,
                })}`}
              >
                {t("import.openCrosswalk")}
              </Link>
            </p>
          </div>
        ) : null}
      </section>
    </div>
  );
}
