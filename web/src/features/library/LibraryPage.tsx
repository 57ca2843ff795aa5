import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api, call } from "../../app/api.ts";
import { useJurisdictions } from "../../app/reference.ts";
import { mayImport, useMe } from "../../app/session.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { BindingBadge, ReviewBadge } from "./Badges.tsx";
import {
  BINDING_STATUSES,
  type FrameworkSummary,
  INSTRUMENT_TYPES,
  type LibraryFilters,
  labelled,
  OTHER_JURISDICTIONS,
  useFormatDay,
  useFrameworks,
  useJurisdictionName,
} from "./library.ts";

const RANK: Record<FrameworkSummary["bindingStatus"], number> = {
  binding: 3,
  voluntary: 2,
  draft: 1,
  "none-adopted": 0,
};

function SearchBox() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const [draft, setDraft] = useState(q);
  const results = useQuery({
    queryKey: ["search", q],
    queryFn: () => call(api.GET("/api/v1/search", { params: { query: { q, limit: 25 } } })),
    enabled: q.trim().length > 0,
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (draft.trim()) next.set("q", draft.trim());
        else next.delete("q");
        return next;
      },
      { replace: true },
    );
  };
  const items = results.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="search-heading">
      <h2 id="search-heading">{t("library.searchHeading")}</h2>
      <search>
        <form className="inline-form" onSubmit={onSubmit}>
          <TextField
            label={t("library.searchLabel")}
            hint={t("library.searchHint")}
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit">{t("common.search")}</button>
        </form>
      </search>
      <ProblemMessage error={results.error} />
      <div aria-live="polite">
        {q && results.data ? (
          <p className="muted">
            {items.length
              ? t("library.resultsFor", { count: items.length, q })
              : t("library.noResults", { q })}
          </p>
        ) : null}
        {q && results.isFetching && !results.data ? <p role="status">{t("common.loading")}</p> : null}
      </div>
      {items.length ? (
        <ol className="results">
          {items.map((r) => (
            <li key={`${r.frameworkId}/${r.id}`}>
              <Link to={`/library/${r.frameworkId}?req=${encodeURIComponent(r.id)}`} lang="en">
                {labelled(r.label, r.title)}
              </Link>
              <span className="small muted">
                {" "}
                — <span lang="en">{r.frameworkTitle}</span>
              </span>
              {r.snippet ? (
                <p className="small" lang="en">
                  {r.snippet}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function FrameworkItem({ f }: { f: FrameworkSummary }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  return (
    <li className="fw-item">
      <Link to={`/library/${f.id}`} className="fw-title" lang="en">
        {f.title}
      </Link>
      <div className="badges">
        <BindingBadge status={f.bindingStatus} />
        <span className="status type">{t(`instrumentTypes.${f.instrumentType}`)}</span>
        {f.reviewStatus !== "reviewed" ? <ReviewBadge status={f.reviewStatus} /> : null}
      </div>
      <p className="small muted">
        {f.adoptedDate ? t("library.adopted", { date: day(f.adoptedDate) }) : t("library.adoptedUnknown")}
        {f.requirementCount ? ` · ${t("library.requirementCount", { count: f.requirementCount })}` : ""}
      </p>
    </li>
  );
}

function JurisdictionCard({
  code,
  nativeName,
  nativeLang,
  frameworks,
}: {
  code: string;
  nativeName?: string | undefined;
  nativeLang?: string | undefined;
  frameworks: FrameworkSummary[];
}) {
  const { t } = useTranslation();
  const name = useJurisdictionName();
  const strongest = frameworks.reduce<FrameworkSummary["bindingStatus"]>(
    (s, f) => (RANK[f.bindingStatus] > RANK[s] ? f.bindingStatus : s),
    "none-adopted",
  );
  const headingId = `jur-${code}`;
  return (
    <li className="card jur-card">
      <div className="jur-head">
        <h3 id={headingId}>
          {name(code)}
          {nativeName && nativeName !== name(code) ? (
            <span className="native" lang={nativeLang}>
              {" "}
              {nativeName}
            </span>
          ) : null}
        </h3>
        <span className="jur-status">
          <span className="visually-hidden">{t("library.overallStatus")} </span>
          <BindingBadge status={strongest} />
        </span>
      </div>
      {frameworks.length ? (
        <ul className="fw-list">
          {frameworks.map((f) => (
            <FrameworkItem key={f.id} f={f} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t("library.noneRecorded")}</p>
      )}
    </li>
  );
}

export function LibraryPage() {
  const { t } = useTranslation();
  const me = useMe();
  const name = useJurisdictionName();
  const [params, setParams] = useSearchParams();
  const filters: LibraryFilters = {
    ...(params.get("jurisdiction") ? { jurisdiction: params.get("jurisdiction")! } : {}),
    ...(BINDING_STATUSES.includes(params.get("binding") as never)
      ? { bindingStatus: params.get("binding") as LibraryFilters["bindingStatus"] }
      : {}),
    ...(INSTRUMENT_TYPES.includes(params.get("type") as never)
      ? { type: params.get("type") as LibraryFilters["type"] }
      : {}),
  };
  const filtered = Object.keys(filters).length > 0;
  const frameworks = useFrameworks(filters);
  const jurisdictions = useJurisdictions();
  const setFilter = (key: string) => (e: { target: { value: string } }) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (e.target.value) next.set(key, e.target.value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const all = frameworks.data ?? [];
  const byCode = new Map<string, FrameworkSummary[]>();
  for (const f of all)
    (byCode.get(f.jurisdiction) ?? byCode.set(f.jurisdiction, []).get(f.jurisdiction)!).push(f);
  const memberStates = (jurisdictions.data ?? []).filter((j) => j.kind === "member-state");
  const asean = (jurisdictions.data ?? []).filter((j) => j.kind !== "member-state");
  const known = new Set((jurisdictions.data ?? []).map((j) => j.code));
  const others = [...new Set([...OTHER_JURISDICTIONS, ...byCode.keys()])].filter((c) => !known.has(c));
  const show = (code: string) =>
    filters.jurisdiction ? filters.jurisdiction === code : !filtered || (byCode.get(code)?.length ?? 0) > 0;
  const groups = [
    { id: "member-states", title: t("library.memberStates"), items: memberStates },
    { id: "regional", title: t("library.regional"), items: asean },
    {
      id: "international",
      title: t("library.international"),
      items: others.map((code) => ({ code, nativeName: undefined, nativeLang: undefined })),
    },
  ]
    .map((g) => ({ ...g, items: g.items.filter((j) => show(j.code)) }))
    .filter(
      (g) => g.items.length > 0 && (g.id !== "international" || g.items.some((j) => byCode.has(j.code))),
    );

  return (
    <div className="page">
      <h1>{t("library.title")}</h1>
      <p className="lead">{t("library.intro")}</p>
      <p className="alert alert-info">{t("library.reviewNotice")}</p>
      <div className="actions page-actions">
        <Link className="button button-secondary" to="/library/compare">
          {t("library.compareLink")}
        </Link>
        {mayImport(me.data) ? (
          <Link className="button button-secondary" to="/library/import">
            {t("library.importLink")}
          </Link>
        ) : null}
      </div>

      <SearchBox />

      <div className="adoption">
        <search aria-label={t("library.filters")}>
          <form className="filters" onSubmit={(e) => e.preventDefault()}>
            <SelectField
              label={t("fields.jurisdiction")}
              value={filters.jurisdiction ?? ""}
              onChange={setFilter("jurisdiction")}
            >
              <option value="">{t("common.all")}</option>
              {[...memberStates, ...asean].map((j) => (
                <option key={j.code} value={j.code}>
                  {name(j.code)}
                </option>
              ))}
              {OTHER_JURISDICTIONS.map((c) => (
                <option key={c} value={c}>
                  {name(c)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("library.bindingStatus")}
              value={filters.bindingStatus ?? ""}
              onChange={setFilter("binding")}
            >
              <option value="">{t("common.all")}</option>
              {BINDING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`bindingStatus.${s}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("library.instrumentType")}
              value={filters.type ?? ""}
              onChange={setFilter("type")}
            >
              <option value="">{t("common.all")}</option>
              {INSTRUMENT_TYPES.map((s) => (
                <option key={s} value={s}>
                  {t(`instrumentTypes.${s}`)}
                </option>
              ))}
            </SelectField>
            {filtered ? (
              <div className="actions">
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => setParams(params.get("q") ? { q: params.get("q")! } : {}, { replace: true })}
                >
                  {t("common.clear")}
                </button>
              </div>
            ) : null}
          </form>
        </search>
        <ProblemMessage error={frameworks.error ?? jurisdictions.error} />
        {frameworks.isPending || jurisdictions.isPending ? <p role="status">{t("common.loading")}</p> : null}
        {frameworks.data && jurisdictions.data && groups.length === 0 ? <p>{t("library.noMatch")}</p> : null}
        {frameworks.data && jurisdictions.data
          ? groups.map((g) => (
              <section key={g.id} aria-labelledby={`group-${g.id}`} className="jur-group">
                <h2 id={`group-${g.id}`} className="group-heading">
                  {g.title}
                </h2>
                <ul className="jur-cards">
                  {g.items.map((j) => (
                    <JurisdictionCard
                      key={j.code}
                      code={j.code}
                      nativeName={j.nativeName}
                      nativeLang={j.nativeLang}
                      frameworks={byCode.get(j.code) ?? []}
                    />
                  ))}
                </ul>
              </section>
            ))
          : null}
      </div>
    </div>
  );
}
