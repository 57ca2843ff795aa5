import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, call } from "../../app/api.ts";
import { TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { Pager } from "../../ui/Pager.tsx";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";

const PAGE = 50;

interface Filters {
  action: string;
  actor: string;
  targetType: string;
  from: string;
  to: string;
}
const EMPTY: Filters = { action: "", actor: "", targetType: "", from: "", to: "" };

/** A datetime-local value (the reader's local time) as an ISO 8601 instant. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);

function VerifyChain() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => call(api.GET("/api/v1/audit/verify")) });
  const r = verify.data;
  return (
    <section className="card" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t("audit.verifyHeading")}</h2>
      <p>{t("audit.verifyIntro")}</p>
      <div className="actions">
        <button type="button" onClick={() => verify.mutate()} disabled={verify.isPending}>
          {verify.isPending ? t("audit.verifying") : t("audit.verify")}
        </button>
      </div>
      <div aria-live="polite">
        {r ? (
          r.ok ? (
            <p className="alert alert-success">{t("audit.chainOk", { count: r.entries })}</p>
          ) : (
            <p className="alert alert-error">
              {t("audit.chainBroken", { seq: r.broken?.seq ?? "?", reason: r.broken?.reason ?? "" })}
            </p>
          )
        ) : null}
      </div>
      <ProblemMessage error={verify.error} />
    </section>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [offset, setOffset] = useState(0);
  const audit = useQuery({
    queryKey: ["audit", filters, offset],
    queryFn: () => {
      const from = toIso(filters.from);
      const to = toIso(filters.to);
      return call(
        api.GET("/api/v1/audit", {
          params: {
            query: {
              limit: PAGE,
              offset,
              ...(filters.action ? { action: filters.action } : {}),
              ...(filters.actor ? { actor: filters.actor } : {}),
              ...(filters.targetType ? { targetType: filters.targetType } : {}),
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
            },
          },
        }),
      );
    },
    placeholderData: keepPreviousData,
  });
  const set = (k: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [k]: e.target.value }));
  const onFilter = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ ...draft, action: draft.action.trim(), actor: draft.actor.trim() });
    setOffset(0);
  };

  return (
    <div className="page">
      <h1>{t("audit.title")}</h1>
      <p className="lead">{t("audit.intro")}</p>
      <VerifyChain />
      <search aria-label={t("audit.filters")}>
        <form onSubmit={onFilter} className="filters">
          <TextField
            label={t("audit.action")}
            hint={t("audit.actionHint")}
            value={draft.action}
            onChange={set("action")}
            error={fieldError(audit.error, "action")}
          />
          <TextField
            label={t("audit.actor")}
            value={draft.actor}
            onChange={set("actor")}
            error={fieldError(audit.error, "actor")}
          />
          <TextField
            label={t("audit.targetType")}
            value={draft.targetType}
            onChange={set("targetType")}
            error={fieldError(audit.error, "targetType")}
          />
          <TextField
            label={t("audit.from")}
            type="datetime-local"
            value={draft.from}
            onChange={set("from")}
            error={fieldError(audit.error, "from")}
          />
          <TextField
            label={t("audit.to")}
            type="datetime-local"
            value={draft.to}
            onChange={set("to")}
            error={fieldError(audit.error, "to")}
          />
          <div className="actions">
            <button type="submit">{t("common.filter")}</button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setDraft(EMPTY);
                setFilters(EMPTY);
                setOffset(0);
              }}
            >
              {t("common.clear")}
            </button>
          </div>
        </form>
      </search>
      <ProblemMessage error={audit.error} />
      {audit.data?.items.length === 0 ? <p>{t("audit.none")}</p> : null}
      {audit.data && audit.data.items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("audit.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.seq")}</th>
                <th scope="col">{t("audit.at")}</th>
                <th scope="col">{t("audit.actor")}</th>
                <th scope="col">{t("audit.action")}</th>
                <th scope="col">{t("audit.target")}</th>
                <th scope="col">{t("audit.hash")}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.items.map((e) => (
                <tr key={e.id}>
                  <td>{e.seq}</td>
                  <td>{fmt(e.at)}</td>
                  <td className="break">
                    {e.actorLabel}
                    <span className="muted"> ({t(`actorTypes.${e.actorType}`)})</span>
                  </td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td className="break">
                    <code>{e.targetType}</code>
                    {e.targetId ? <span className="muted small"> {e.targetId}</span> : null}
                  </td>
                  <td>
                    <code title={e.hash}>{e.hash.slice(0, 12)}…</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {audit.data ? (
        <Pager total={audit.data.total} limit={PAGE} offset={offset} onOffset={setOffset} />
      ) : null}
    </div>
  );
}
