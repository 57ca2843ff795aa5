import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useFormatDate } from "../../ui/format.ts";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { useLanguageName } from "../library/library.ts";
import { EvidenceLinks, IncidentFacts } from "./IncidentFacts.tsx";
import { ExportLinks } from "./IncidentsPage.tsx";
import { usePublicIncident, useTaxonomyLabel } from "./incidents.ts";

/** A published incident: its latest public version, citable. A merged id lands on the incident it joined. */
export function IncidentPage() {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const incident = usePublicIncident(id);
  const date = useFormatDate();
  const language = useLanguageName();
  const label = useTaxonomyLabel();
  const data = incident.data;
  const mergedFrom = (location.state as { mergedFrom?: string } | null)?.mergedFrom;

  // The node answers a merged id with a redirect (fetch follows it): show the incident at its own address.
  useEffect(() => {
    if (data && data.id !== id)
      navigate(`/incidents/${data.id}`, { replace: true, state: { mergedFrom: id } });
  }, [data, id, navigate]);

  if (incident.isPending) return <p role="status">{t("common.loading")}</p>;
  if (incident.error || !data)
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link to="/incidents">{t("incidents.back")}</Link>
        </p>
        <h1>{t("incident.notFoundTitle")}</h1>
        <ProblemMessage error={incident.error} />
      </div>
    );
  // The text in the reader's language first, when there is one.
  const primary = data.texts.find((x) => x.lang === i18n.language) ?? data.texts[0];
  const others = data.texts.filter((x) => x !== primary);
  const citable = `${window.location.origin}/incidents/${data.id}`;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/incidents">{t("incidents.back")}</Link>
      </p>
      {mergedFrom ? <p className="alert alert-info">{t("incident.mergedNotice")}</p> : null}
      <p className="muted ref">{data.ref}</p>
      <h1 lang={primary?.lang}>{primary?.title}</h1>
      <p className="small muted">
        {t("incident.version", { version: data.version, date: date(data.publishedAt) })}
      </p>
      <article className="card">
        <h2 className="visually-hidden">{t("incident.description")}</h2>
        <p className="small muted">{t("incident.textIn", { language: language(primary?.lang ?? "en") })}</p>
        <p className="prose" lang={primary?.lang}>
          {primary?.description}
        </p>
      </article>
      {others.map((tx) => (
        <section key={tx.lang} className="card" aria-labelledby={`text-${tx.lang}`}>
          <p className="small muted" id={`text-${tx.lang}`}>
            {t("incident.textIn", { language: language(tx.lang) })}
          </p>
          <h2 lang={tx.lang}>{tx.title}</h2>
          <p className="prose" lang={tx.lang}>
            {tx.description}
          </p>
        </section>
      ))}
      <section className="card" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("incident.facts")}</h2>
        <IncidentFacts incident={data} />
      </section>
      <section className="card" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t("incident.evidence")}</h2>
        <EvidenceLinks details={data.details} />
      </section>
      {data.classifications.length ? (
        <section className="card" aria-labelledby="class-heading">
          <h2 id="class-heading">{t("incident.classifications")}</h2>
          <ul className="badges plain">
            {data.classifications.map((c) => (
              <li key={`${c.namespace}/${c.key}/${c.value}`} className="status type">
                {t(`namespaces.${c.namespace}`, { defaultValue: c.namespace })}:{" "}
                {label(c.namespace, c.key, c.value)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="cite-heading">
        <h2 id="cite-heading">{t("incident.cite")}</h2>
        <p>
          {t("incident.citeText", { ref: data.ref, version: data.version })}{" "}
          <a href={citable} className="break">
            {citable}
          </a>
        </p>
        <p className="small muted">{t("incident.tlp", { tlp: t(`tlp.${data.tlp}`) })}</p>
      </section>
      <ExportLinks />
    </div>
  );
}
