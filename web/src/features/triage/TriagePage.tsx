import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api, call } from "../../app/api.ts";
import { TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { Pager } from "../../ui/Pager.tsx";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { OECD, STATUSES, type Status, useCountryName, useTaxonomyLabel } from "../incidents/incidents.ts";

const LIMIT = 25;
/** The tabs of the queue: open work first. */
const TABS = [
  "submitted",
  "triage",
  "in-review",
  "validated",
  "published",
  "rejected",
  "withdrawn",
  "merged",
] as const;

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status st-${status}`}>{t(`incidentStatus.${status}`)}</span>;
}

export function TriagePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const date = useFormatDate();
  const label = useTaxonomyLabel();
  const country = useCountryName();
  const status = (STATUSES as readonly string[]).includes(params.get("status") ?? "")
    ? (params.get("status") as Status)
    : undefined;
  const q = params.get("q") ?? "";
  const [draft, setDraft] = useState(q);
  const offset = Number(params.get("offset") ?? 0) || 0;
  const query = { ...(status ? { status } : {}), ...(q ? { q } : {}), limit: LIMIT, offset };
  const list = useQuery({
    queryKey: ["triage-queue", query],
    queryFn: () => call(api.GET("/api/v1/incidents", { params: { query } })),
    placeholderData: keepPreviousData,
  });
  // The status facet of the whole queue (the current tab narrows the list, not the counts).
  const all = useQuery({
    queryKey: ["triage-queue", { limit: 1, ...(q ? { q } : {}) }],
    queryFn: () =>
      call(api.GET("/api/v1/incidents", { params: { query: { limit: 1, ...(q ? { q } : {}) } } })),
  });
  const counts = new Map((all.data?.facets.status ?? []).map((f) => [f.value, f.count]));
  const tabHref = (s?: string) => {
    const next = new URLSearchParams();
    if (s) next.set("status", s);
    if (q) next.set("q", q);
    return `/triage?${next}`;
  };
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (draft.trim()) next.set("q", draft.trim());
        else next.delete("q");
        next.delete("offset");
        return next;
      },
      { replace: true },
    );
  };
  const items = list.data?.items ?? [];

  return (
    <div className="page">
      <h1>{t("triage.title")}</h1>
      <p className="lead">{t("triage.intro")}</p>
      <div className="actions page-actions">
        <Link className="button button-secondary" to="/triage/import">
          {t("triage.importLink")}
        </Link>
        <Link className="button button-secondary" to="/incidents">
          {t("triage.publicLink")}
        </Link>
      </div>
      <nav aria-label={t("triage.tabs")} className="tabs">
        <ul>
          <li>
            <Link to={tabHref()} aria-current={!status ? "page" : undefined}>
              {t("triage.allStatuses")}
              {all.data ? (
                <span className="count">
                  {" "}
                  {all.data.total}
                  {all.data.totalExact ? "" : "+"}
                </span>
              ) : null}
            </Link>
          </li>
          {TABS.map((s) => (
            <li key={s}>
              <Link to={tabHref(s)} aria-current={status === s ? "page" : undefined}>
                {t(`incidentStatus.${s}`)}
                {/* Beyond the search window the per-status counts would cover only its latest part. */}
                {all.data?.totalExact === false ? null : <span className="count"> {counts.get(s) ?? 0}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <search>
        <form className="inline-form" onSubmit={onSearch}>
          <TextField
            label={t("triage.searchLabel")}
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit">{t("common.search")}</button>
        </form>
      </search>
      <ProblemMessage error={list.error} />
      {list.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {list.data && !items.length ? <p>{t("triage.empty")}</p> : null}
      {items.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("triage.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("triage.incident")}</th>
                <th scope="col">{t("triage.status")}</th>
                <th scope="col">{t("triage.severity")}</th>
                <th scope="col">{t("triage.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <td className="break">
                    <Link to={`/triage/${i.id}`} lang={i.lang}>
                      {i.title}
                    </Link>
                    <div className="small muted">
                      <span className="ref">{i.ref}</span>
                      {i.countries.length ? ` · ${i.countries.map(country).join(", ")}` : ""}
                    </div>
                  </td>
                  <td>
                    <StatusBadge status={i.status} />
                  </td>
                  <td>{label(OECD, "severity", i.severity)}</td>
                  <td className="small">{date(i.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pager
          total={list.data.total}
          limit={LIMIT}
          offset={offset}
          onOffset={(o) =>
            setParams(
              (p) => {
                const next = new URLSearchParams(p);
                if (o) next.set("offset", String(o));
                else next.delete("offset");
                return next;
              },
              { replace: true },
            )
          }
        />
      ) : null}
    </div>
  );
}
