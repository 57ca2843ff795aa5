import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { Pager } from "../../ui/Pager.tsx";
import { ProblemMessage } from "../../ui/Problem.tsx";
import {
  EXPORTS,
  FEED,
  type IncidentFilters,
  OECD,
  taxonomyValues,
  useCountryName,
  useFormatPartialDate,
  usePublicIncidents,
  useTaxonomies,
  useTaxonomyLabel,
} from "./incidents.ts";

const LIMIT = 20;
const FILTER_KEYS = ["country", "severity", "harmType", "industry", "from", "to"] as const;

/** Links to the exports and the feed of the published incidents. */
export function ExportLinks() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t("incidents.exports")}</h2>
      <p className="hint">{t("incidents.exportsHint")}</p>
      <ul className="link-list">
        {EXPORTS.map((e) => (
          <li key={e.key}>
            <a href={e.href} download>
              {t(`incidents.exportFormats.${e.key}`)}
            </a>
          </li>
        ))}
        <li>
          <a href={FEED} type="application/atom+xml">
            {t("incidents.feed")}
          </a>
        </li>
      </ul>
    </section>
  );
}

export function IncidentsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const taxonomies = useTaxonomies();
  const label = useTaxonomyLabel();
  const country = useCountryName();
  const partial = useFormatPartialDate();
  const q = params.get("q") ?? "";
  const [draft, setDraft] = useState(q);
  const offset = Number(params.get("offset") ?? 0) || 0;
  const filters: IncidentFilters = {
    ...(q ? { q } : {}),
    ...Object.fromEntries(FILTER_KEYS.filter((k) => params.get(k)).map((k) => [k, params.get(k)!])),
    limit: LIMIT,
    offset,
  };
  const result = usePublicIncidents(filters);
  const facets = result.data?.facets;
  const update = (changes: Record<string, string>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        if (!("offset" in changes)) next.delete("offset");
        return next;
      },
      { replace: true },
    );
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    update({ q: draft.trim() });
  };
  const count = (list: { value: string; count: number }[] | undefined, value: string) =>
    list?.find((f) => f.value === value)?.count;
  const withCount = (text: string, n: number | undefined) =>
    n === undefined ? text : t("incidents.withCount", { label: text, count: n });
  const filtered = FILTER_KEYS.some((k) => params.get(k));
  const items = result.data?.items ?? [];
  // Countries: those in the facets, plus the one chosen.
  const countryValues = [
    ...new Set([
      ...(facets?.countries ?? []).map((f) => f.value),
      ...(params.get("country") ? [params.get("country")!] : []),
    ]),
  ];

  return (
    <div className="page">
      <h1>{t("incidents.title")}</h1>
      <p className="lead">{t("incidents.intro")}</p>
      <div className="actions page-actions">
        <Link className="button" to="/report">
          {t("incidents.reportLink")}
        </Link>
      </div>
      <search>
        <form className="inline-form card" onSubmit={onSearch}>
          <TextField
            label={t("incidents.searchLabel")}
            hint={t("incidents.searchHint")}
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit">{t("common.search")}</button>
        </form>
      </search>
      <search aria-label={t("incidents.filters")}>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            label={t("incidents.country")}
            value={params.get("country") ?? ""}
            onChange={(e) => update({ country: e.target.value })}
          >
            <option value="">{t("common.all")}</option>
            {countryValues.map((c) => (
              <option key={c} value={c}>
                {withCount(country(c), count(facets?.countries, c))}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("incidents.severity")}
            value={params.get("severity") ?? ""}
            onChange={(e) => update({ severity: e.target.value })}
          >
            <option value="">{t("common.all")}</option>
            {taxonomyValues(taxonomies.data, OECD, "severity").map((v) => (
              <option key={v.value} value={v.value}>
                {withCount(label(OECD, "severity", v.value), count(facets?.severity, v.value) ?? 0)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("incidents.harmType")}
            value={params.get("harmType") ?? ""}
            onChange={(e) => update({ harmType: e.target.value })}
          >
            <option value="">{t("common.all")}</option>
            {taxonomyValues(taxonomies.data, OECD, "harmTypes").map((v) => (
              <option key={v.value} value={v.value}>
                {withCount(label(OECD, "harmTypes", v.value), count(facets?.harmTypes, v.value) ?? 0)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("incidents.industry")}
            hint={t("incidents.industryHint")}
            value={params.get("industry") ?? ""}
            maxLength={5}
            onChange={(e) => update({ industry: e.target.value.toUpperCase() })}
          />
          <TextField
            label={t("incidents.from")}
            hint={t("incidents.dateHint")}
            value={params.get("from") ?? ""}
            placeholder="YYYY-MM-DD"
            onChange={(e) => update({ from: e.target.value.trim() })}
          />
          <TextField
            label={t("incidents.to")}
            hint={t("incidents.dateHint")}
            value={params.get("to") ?? ""}
            placeholder="YYYY-MM-DD"
            onChange={(e) => update({ to: e.target.value.trim() })}
          />
          {filtered ? (
            <div className="actions">
              <button
                type="button"
                className="button-secondary"
                onClick={() => setParams(q ? { q } : {}, { replace: true })}
              >
                {t("common.clear")}
              </button>
            </div>
          ) : null}
        </form>
      </search>
      <ProblemMessage error={result.error ?? taxonomies.error} />
      <div aria-live="polite">
        {result.data ? (
          <p className="muted">
            {t(
              q
                ? result.data.totalExact
                  ? "incidents.resultsFor"
                  : "incidents.resultsForMore"
                : result.data.totalExact
                  ? "incidents.results"
                  : "incidents.resultsMore",
              { count: result.data.total, q },
            )}
            {result.data.totalExact ? null : ` ${t("incidents.windowNote", { count: result.data.total })}`}
          </p>
        ) : result.isPending ? (
          <p role="status">{t("common.loading")}</p>
        ) : null}
      </div>
      {items.length ? (
        <ol className="incident-cards">
          {items.map((i) => (
            <li key={i.id} className="card incident-card">
              <h2 className="card-title">
                <Link to={`/incidents/${i.id}`} lang={i.lang}>
                  {i.title}
                </Link>
              </h2>
              <p className="small muted">
                <span className="ref">{i.ref}</span>
                {i.occurredFrom ? ` · ${t("incidents.occurred", { date: partial(i.occurredFrom) })}` : ""}
                {i.countries.length ? ` · ${i.countries.map(country).join(", ")}` : ""}
              </p>
              <div className="badges">
                <span className={`status sev sev-${i.severity}`}>{label(OECD, "severity", i.severity)}</span>
                {i.harmTypes.map((h) => (
                  <span key={h} className="status type">
                    {label(OECD, "harmTypes", h)}
                  </span>
                ))}
              </div>
            </li>
          ))}
        </ol>
      ) : result.data ? (
        <p>{t("incidents.noMatch")}</p>
      ) : null}
      {result.data ? (
        <Pager
          total={result.data.total}
          limit={LIMIT}
          offset={offset}
          onOffset={(o) => update({ offset: o ? String(o) : "" })}
        />
      ) : null}
      <ExportLinks />
    </div>
  );
}
