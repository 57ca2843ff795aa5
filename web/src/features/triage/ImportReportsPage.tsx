import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError, api, call } from "../../app/api.ts";
import { ProblemMessage } from "../../ui/Problem.tsx";

type Parsed = { kind: "json"; rows: unknown[] } | { kind: "csv"; text: string };

/** Bulk import of reports: a JSON array or CSV with a header row; the node answers per row. */
export function ImportReportsPage() {
  const { t } = useTranslation();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (p: Parsed) =>
      p.kind === "json"
        ? call(api.POST("/api/v1/reports/import", { body: p.rows }))
        : call(
            api.POST("/api/v1/reports/import", {
              body: p.text,
              headers: { "content-type": "text/csv" },
              bodySerializer: (b: unknown) => b as string,
            }),
          ),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setLocal(null);
    run.reset();
    if (!file) {
      setLocal(t("reportImport.noFile"));
      return;
    }
    if (/\.csv$/i.test(file.name) || !file.text.trimStart().startsWith("[")) {
      run.mutate({ kind: "csv", text: file.text });
      return;
    }
    try {
      const rows = JSON.parse(file.text) as unknown;
      if (!Array.isArray(rows)) throw new Error("");
      run.mutate({ kind: "json", rows });
    } catch {
      setLocal(t("reportImport.notArray"));
    }
  };
  const result = run.data;
  const problems = run.error instanceof ApiError ? run.error.fieldErrors : [];
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/triage">{t("triage.back")}</Link>
      </p>
      <h1>{t("reportImport.title")}</h1>
      <p className="lead">{t("reportImport.intro")}</p>
      <form className="card form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={fileId}>{t("reportImport.file")}</label>
          <input
            id={fileId}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-describedby={`${fileId}-hint`}
            onChange={async (e) => {
              const f = e.target.files?.[0];
              run.reset();
              setLocal(null);
              setFile(f ? { name: f.name, text: await f.text() } : null);
            }}
          />
          <p className="hint" id={`${fileId}-hint`}>
            {file ? t("import.fileChosen", { name: file.name }) : t("reportImport.fileHint")}
          </p>
        </div>
        <div className="actions">
          <button type="submit" disabled={run.isPending}>
            {run.isPending ? t("import.submitting") : t("reportImport.submit")}
          </button>
        </div>
      </form>
      <section aria-live="polite">
        {local ? (
          <div className="alert alert-error" role="alert">
            <p>{local}</p>
          </div>
        ) : null}
        {run.error ? <ProblemMessage error={run.error} /> : null}
        {problems.length ? (
          <ul className="small">
            {problems.map((p) => (
              <li key={`${p.field}:${p.message}`}>
                <code>{p.field}</code>: <span lang="en">{p.message}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {result ? (
          <>
            <h2>{t("import.report")}</h2>
            <p className={result.failed ? "alert alert-warning" : "alert alert-success"}>
              {t("reportImport.summary", { imported: result.imported, failed: result.failed })}
            </p>
            <div className="table-wrap">
              <table>
                <caption>{t("reportImport.caption", { count: result.rows.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("reportImport.row")}</th>
                    <th scope="col">{t("reportImport.result")}</th>
                    <th scope="col">{t("reportImport.details")}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((r) => (
                    <tr key={r.row}>
                      <td>{r.row}</td>
                      <td>
                        <span
                          className={r.status === "imported" ? "status status-active" : "status st-rejected"}
                        >
                          {t(`reportImport.status.${r.status}`)}
                        </span>
                      </td>
                      <td className="break">
                        {r.incidentRef ? <span className="ref">{r.incidentRef}</span> : null}
                        {r.errors?.length ? (
                          <ul className="small">
                            {r.errors.map((e) => (
                              <li key={`${e.field}:${e.message}`}>
                                <code>{e.field}</code>: <span lang="en">{e.message}</span>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
      </section>
    </div>
  );
}
