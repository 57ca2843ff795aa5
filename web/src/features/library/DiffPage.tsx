import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { api, call } from "../../app/api.ts";
import { SelectField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { useFramework, useVersions } from "./library.ts";

const CHANGES = ["added", "removed", "changed"] as const;

export function DiffPage() {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const versions = useVersions(id);
  const framework = useFramework(id);
  const sorted = [...(versions.data ?? [])].sort((a, b) => a.seq - b.seq);
  // Without a choice: the last two releases.
  const from = params.get("from") ?? sorted.at(-2)?.version ?? "";
  const to = params.get("to") ?? sorted.at(-1)?.version ?? "";
  const ready = !!from && !!to && from !== to;
  const diff = useQuery({
    queryKey: ["framework-diff", id, from, to],
    queryFn: () =>
      call(api.GET("/api/v1/frameworks/{id}/diff", { params: { path: { id }, query: { from, to } } })),
    enabled: ready,
  });
  const set = (key: "from" | "to") => (e: { target: { value: string } }) =>
    setParams({ from, to, [key]: e.target.value }, { replace: true });
  const title = framework.data?.title ?? id;

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to={`/library/${id}`}>{t("diff.back")}</Link>
      </p>
      <h1>{t("diff.title")}</h1>
      <p className="lead" lang="en">
        {title}
      </p>
      <ProblemMessage error={versions.error} />
      {versions.data && sorted.length < 2 ? <p className="alert alert-info">{t("diff.oneVersion")}</p> : null}
      {sorted.length >= 2 ? (
        <form className="card grid-2" onSubmit={(e) => e.preventDefault()}>
          <SelectField label={t("diff.from")} value={from} onChange={set("from")}>
            {sorted.map((v) => (
              <option key={v.version} value={v.version}>
                {t("reader.versionOption", { version: v.version, date: fmt(v.importedAt) })}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("diff.to")}
            value={to}
            onChange={set("to")}
            error={from === to ? t("diff.same") : undefined}
          >
            {sorted.map((v) => (
              <option key={v.version} value={v.version}>
                {t("reader.versionOption", { version: v.version, date: fmt(v.importedAt) })}
              </option>
            ))}
          </SelectField>
        </form>
      ) : null}
      <ProblemMessage error={diff.error} />
      {diff.data ? (
        <>
          <p aria-live="polite">
            {t("diff.summary", {
              added: diff.data.summary.added,
              removed: diff.data.summary.removed,
              changed: diff.data.summary.changed,
            })}
          </p>
          {diff.data.changes.length === 0 ? <p>{t("diff.none")}</p> : null}
          {CHANGES.map((kind) => {
            const items = diff.data.changes.filter((c) => c.change === kind);
            if (!items.length) return null;
            const version = kind === "removed" ? diff.data.from : diff.data.to;
            return (
              <section key={kind} aria-labelledby={`diff-${kind}`} className="card">
                <h2 id={`diff-${kind}`}>
                  <span className={`status change-${kind}`}>{t(`diff.kinds.${kind}`)}</span>{" "}
                  {t("diff.count", { count: items.length })}
                </h2>
                <ul className="plain-list">
                  {items.map((c) => (
                    <li key={c.id}>
                      <Link to={`/library/${id}?${new URLSearchParams({ version, req: c.id })}`} lang="en">
                        {c.title}
                      </Link>{" "}
                      <code className="small muted">{c.id}</code>
                      {c.fields?.length ? (
                        <p className="small">
                          {t("diff.fields")}{" "}
                          {c.fields.map((f) => (
                            <span key={f} className="status field-name">
                              {t(`diffFields.${f}`, { defaultValue: f })}
                            </span>
                          ))}
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      ) : null}
    </div>
  );
}
