import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api, call } from "../../app/api.ts";
import { SelectField } from "../../ui/Field.tsx";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { ConfidenceBadge, RelationshipBadge } from "./Badges.tsx";
import {
  type CrosswalkEntry,
  type CrosswalkView,
  downloadCrosswalk,
  type Framework,
  labelled,
  RELATIONSHIPS,
  useFramework,
  useFrameworks,
  useJurisdictionName,
} from "./library.ts";

const reqLink = (framework: string, id: string) => `/library/${framework}?req=${encodeURIComponent(id)}`;

function Link2({
  which,
  link,
  hub,
}: {
  which: "from" | "to";
  link: NonNullable<CrosswalkEntry["via"]>["fromLink"];
  hub: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="via-link">
      <p className="small">
        <strong>{t(which === "from" ? "compare.sourceToHub" : "compare.targetToHub", { hub })}</strong>{" "}
        <RelationshipBadge relationship={link.relationship} />{" "}
        <ConfidenceBadge confidence={link.confidence} />
      </p>
      <p lang="en">{link.rationale}</p>
    </div>
  );
}

function Entry({ e, to }: { e: CrosswalkEntry; to: string }) {
  const { t } = useTranslation();
  const hub = e.via ? labelled(e.via.hubLabel, e.via.hubTitle) : "";
  return (
    <li className="xw-entry">
      <div className="xw-rel">
        <span className="visually-hidden">{t("compare.relationship")}: </span>
        <RelationshipBadge relationship={e.relationship} /> <ConfidenceBadge confidence={e.confidence} />
        {e.via ? (
          <p className="small via">
            {t("compare.derivedVia")} <span lang="en">{hub}</span>
          </p>
        ) : null}
      </div>
      <div className="xw-target">
        <span className="visually-hidden">{t("compare.targetRequirement")}: </span>
        <Link to={reqLink(to, e.target)} lang="en">
          {labelled(e.targetLabel, e.targetTitle)}
        </Link>
      </div>
      <details className="xw-rationale">
        <summary className="xw-summary">{t("compare.rationale")}</summary>
        <p lang="en">{e.rationale}</p>
        {e.via ? (
          <>
            <Link2 which="from" link={e.via.fromLink} hub={hub} />
            <Link2 which="to" link={e.via.toLink} hub={hub} />
          </>
        ) : null}
      </details>
    </li>
  );
}

function Unmapped({
  framework,
  ids,
  title,
}: {
  framework: Framework | undefined;
  ids: string[];
  title: string;
}) {
  const { t } = useTranslation();
  const byId = new Map(framework?.requirements.map((r) => [r.id, r]) ?? []);
  return (
    <details className="card unmapped">
      <summary>{t("compare.unmappedIn", { framework: title, count: ids.length })}</summary>
      <p className="hint">{t("compare.unmappedNote")}</p>
      {ids.length ? (
        <ul className="unmapped-list">
          {ids.map((id) => {
            const r = byId.get(id);
            return (
              <li key={id}>
                <Link to={reqLink(framework?.id ?? "", id)} lang="en">
                  {r ? labelled(r.label, r.title) : id}
                </Link>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t("compare.allMapped")}</p>
      )}
    </details>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <details className="card legend">
      <summary>{t("compare.legend")}</summary>
      <dl>
        {[...RELATIONSHIPS, "shared-hub" as const].map((r) => (
          <div key={r}>
            <dt>{t(`relationships.${r}`)}</dt>
            <dd>{t(`relationshipHints.${r}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t("compare.confidenceNote")}</p>
    </details>
  );
}

export function ComparePage() {
  const { t } = useTranslation();
  const jname = useJurisdictionName();
  const [params, setParams] = useSearchParams();
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const [draft, setDraft] = useState({ from, to });
  useEffect(() => setDraft({ from, to }), [from, to]);
  const frameworks = useFrameworks();
  const ready = !!from && !!to && from !== to;
  const xw = useQuery({
    queryKey: ["crosswalk", from, to],
    queryFn: () => call(api.GET("/api/v1/crosswalks", { params: { query: { from, to } } })),
    enabled: ready,
  });
  const fa = useFramework(from);
  const fb = useFramework(to);
  const download = useMutation({ mutationFn: () => downloadCrosswalk(from, to) });
  // format=view (the default) answers a CrosswalkView; the OSCAL shape only with format=oscal.
  const view = xw.data as CrosswalkView | undefined;
  const list = (frameworks.data ?? []).filter((f) => f.requirementCount > 0);
  const title = (id: string) => frameworks.data?.find((f) => f.id === id)?.title ?? id;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ ...(draft.from ? { from: draft.from } : {}), ...(draft.to ? { to: draft.to } : {}) });
  };

  // Group by source requirement, in the source framework's order.
  const order = new Map(fa.data?.requirements.map((r, i) => [r.id, i]) ?? []);
  const groups = new Map<string, CrosswalkEntry[]>();
  for (const e of view?.entries ?? [])
    (groups.get(e.source) ?? groups.set(e.source, []).get(e.source)!).push(e);
  const sources = [...groups.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));

  const options = list.map((f) => (
    <option key={f.id} value={f.id}>
      {jname(f.jurisdiction)} — {f.title}
    </option>
  ));

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/library">{t("library.back")}</Link>
      </p>
      <h1>{t("compare.title")}</h1>
      <p className="lead">{t("compare.intro")}</p>
      <form className="card form compare-form" onSubmit={onSubmit}>
        <div className="grid-2">
          <SelectField
            label={t("compare.from")}
            value={draft.from}
            onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
          >
            <option value="">{t("compare.choose")}</option>
            {options}
          </SelectField>
          <SelectField
            label={t("compare.to")}
            value={draft.to}
            error={draft.from && draft.from === draft.to ? t("compare.same") : undefined}
            onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
          >
            <option value="">{t("compare.choose")}</option>
            {options}
          </SelectField>
        </div>
        <div className="actions">
          <button type="submit" disabled={!draft.from || !draft.to || draft.from === draft.to}>
            {t("compare.submit")}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => setDraft((d) => ({ from: d.to, to: d.from }))}
          >
            {t("compare.swap")}
          </button>
        </div>
      </form>
      <ProblemMessage error={frameworks.error} />
      {ready ? (
        <section aria-labelledby="xw-heading">
          <h2 id="xw-heading">
            <span lang="en">{title(from)}</span> → <span lang="en">{title(to)}</span>
          </h2>
          <ProblemMessage error={xw.error} />
          {xw.isPending ? <p role="status">{t("common.loading")}</p> : null}
          {view ? (
            <>
              <p className={view.kind === "derived" ? "alert alert-warning" : "alert alert-info"}>
                {view.kind === "derived"
                  ? t("compare.derivedNotice", { hub: title(view.hub ?? "") })
                  : t("compare.directNotice")}
              </p>
              <div className="actions page-actions">
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => download.mutate()}
                  disabled={download.isPending}
                >
                  {t("compare.download")}
                </button>
              </div>
              <ProblemMessage error={download.error} />
              <Legend />
              <p>{t("compare.summary", { entries: view.entries.length, sources: sources.length })}</p>
              <div className="xw-head" aria-hidden="true">
                <span>{t("compare.sourceRequirement")}</span>
                <span>{t("compare.relationship")}</span>
                <span>{t("compare.targetRequirement")}</span>
              </div>
              <ul className="xw-groups">
                {sources.map((s) => {
                  const entries = groups.get(s)!;
                  const first = entries[0]!;
                  return (
                    <li key={s} className="xw-group">
                      <h3 className="xw-source">
                        <span className="visually-hidden">{t("compare.sourceRequirement")}: </span>
                        <Link to={reqLink(from, s)} lang="en">
                          {labelled(first.sourceLabel, first.sourceTitle)}
                        </Link>
                      </h3>
                      <ul className="xw-entries">
                        {entries.map((e) => (
                          <Entry key={`${e.target}|${e.via?.hub ?? ""}`} e={e} to={to} />
                        ))}
                      </ul>
                    </li>
                  );
                })}
              </ul>
              <h3>{t("compare.unmappedHeading")}</h3>
              <Unmapped framework={fa.data} ids={view.unmapped.from} title={title(from)} />
              <Unmapped framework={fb.data} ids={view.unmapped.to} title={title(to)} />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
