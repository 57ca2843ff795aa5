import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, call } from "../../app/api.ts";
import { useFormatDate } from "../../ui/format.ts";
import { Pager } from "../../ui/Pager.tsx";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { FederationTabs, usePeers } from "./federation.tsx";

const PAGE = 50;
const ORIGINS = ["all", "local", "received"] as const;
type Origin = (typeof ORIGINS)[number];

export function RecordsPage() {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const [origin, setOrigin] = useState<Origin>("all");
  const [offset, setOffset] = useState(0);
  const peers = usePeers();
  const records = useQuery({
    queryKey: ["federation", "records", origin, offset],
    queryFn: () =>
      call(api.GET("/api/v1/federation/records", { params: { query: { origin, limit: PAGE, offset } } })),
    placeholderData: keepPreviousData,
  });
  const from = (id: string | null) =>
    id === null
      ? t("federation.thisNodeShort")
      : (peers.data?.find((p) => p.nodeId === id)?.name ?? id.slice(0, 8));
  return (
    <div className="page">
      <h1>{t("federation.recordsTitle")}</h1>
      <p className="lead">{t("federation.recordsIntro")}</p>
      <FederationTabs />
      <fieldset className="filters">
        <legend>{t("federation.origin")}</legend>
        <div className="actions">
          {ORIGINS.map((o) => (
            <div className="check" key={o}>
              <input
                id={`origin-${o}`}
                type="radio"
                name="origin"
                checked={origin === o}
                onChange={() => {
                  setOrigin(o);
                  setOffset(0);
                }}
              />
              <label htmlFor={`origin-${o}`}>{t(`federation.origins.${o}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <ProblemMessage error={records.error} />
      {records.data?.items.length === 0 ? <p>{t("federation.noRecords")}</p> : null}
      {records.data && records.data.items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("federation.recordsTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("federation.recordTitle")}</th>
                <th scope="col">{t("federation.type")}</th>
                <th scope="col">{t("federation.tlpColumn")}</th>
                <th scope="col">{t("federation.distribution")}</th>
                <th scope="col">{t("federation.from")}</th>
                <th scope="col">{t("federation.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {records.data.items.map((r) => (
                <tr key={r.id}>
                  <td className="break">
                    <Link to={`/network/records/${r.id}`}>{r.title || r.id}</Link>
                    {r.retracted ? <span className="badge">{t("federation.retracted")}</span> : null}
                  </td>
                  <td>{t(`federation.types.${r.type}`)}</td>
                  <td>{t(`tlp.${r.tlp}`)}</td>
                  <td>{t(`federation.distributions.${r.distribution}`)}</td>
                  <td>{from(r.receivedFrom)}</td>
                  <td>
                    {fmt(r.updatedAt)} <span className="muted small">v{r.version}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {records.data ? (
        <Pager total={records.data.total} limit={PAGE} offset={offset} onOffset={setOffset} />
      ) : null}
    </div>
  );
}
