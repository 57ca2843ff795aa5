import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { api, call } from "../../app/api.ts";
import { maySystems, useMe } from "../../app/session.ts";
import { useFormatDate } from "../../ui/format.ts";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { FootprintSection } from "../footprints/FootprintSection.tsx";
import { ChoiceGroup } from "../incidents/FormParts.tsx";
import { useCountryName } from "../incidents/incidents.ts";
import { useFrameworks } from "../library/library.ts";
import { RiskPanel } from "./RiskPanel.tsx";
import { isFull, useAssessments, useRisk, useSystem } from "./registry.ts";

function StartAssessment({ systemId, countries }: { systemId: string; countries: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const country = useCountryName();
  const frameworks = useFrameworks();
  const [jurisdictions, setJurisdictions] = useState<string[]>(countries);
  const [chosen, setChosen] = useState<string[]>([]);
  const start = useMutation({
    mutationFn: () =>
      call(api.POST("/api/v1/assessments", { body: { systemId, jurisdictions, frameworks: chosen } })),
    onSuccess: (a) => {
      void qc.invalidateQueries({ queryKey: ["assessments"] });
      navigate(`/assessments/${a.id}`);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate();
  };
  return (
    <section className="card" aria-labelledby="start-assessment">
      <h2 id="start-assessment">{t("assess.startTitle")}</h2>
      <p>{t("assess.startIntro")}</p>
      <form className="form" onSubmit={onSubmit}>
        <ChoiceGroup
          legend={t("assess.jurisdictions")}
          name="jurisdictions"
          columns
          options={[...countries, "ASEAN"].map((c) => ({
            value: c,
            label: c === "ASEAN" ? t("jurisdictions.ASEAN") : country(c),
          }))}
          selected={jurisdictions}
          onChange={setJurisdictions}
        />
        <details>
          <summary>{t("assess.orFrameworks")}</summary>
          <ChoiceGroup
            legend={t("assess.frameworks")}
            name="frameworks"
            options={(frameworks.data ?? []).map((f) => ({
              value: f.id,
              label: <span lang="en">{f.title}</span>,
            }))}
            selected={chosen}
            onChange={setChosen}
          />
        </details>
        <ProblemMessage error={start.error} />
        <div className="actions">
          <button type="submit" disabled={start.isPending || (!jurisdictions.length && !chosen.length)}>
            {t("assess.start")}
          </button>
        </div>
      </form>
    </section>
  );
}

export function SystemPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const me = useMe();
  const date = useFormatDate();
  const country = useCountryName();
  const system = useSystem(id);
  const risk = useRisk(id);
  const assessments = useAssessments(id);
  const history = useQuery({
    queryKey: ["system-history", id],
    queryFn: () => call(api.GET("/api/v1/systems/{id}/history", { params: { path: { id } } })),
  });
  const s = system.data && isFull(system.data) ? system.data : null;
  if (system.isPending)
    return (
      <p className="loading" role="status">
        {t("common.loading")}
      </p>
    );
  if (system.error || !s)
    return (
      <div className="page">
        <ProblemMessage error={system.error} />
      </div>
    );
  const mine = assessments.data ?? [];
  const yesNo = (b: boolean) => (b ? t("systems.yes") : t("systems.no"));
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/systems">{t("systems.title")}</Link>
      </p>
      <h1>{s.name}</h1>
      <p className="small muted">
        <span className="ref">{s.ref}</span> · {s.orgName} · {t("systems.version", { version: s.version })}
      </p>
      <section aria-labelledby="sys-profile" className="card">
        <h2 id="sys-profile">{t("systems.profile")}</h2>
        <dl className="facts">
          <dt>{t("systems.purpose")}</dt>
          <dd className="break">{s.purpose}</dd>
          {s.description ? (
            <>
              <dt>{t("systems.description")}</dt>
              <dd className="break">{s.description}</dd>
            </>
          ) : null}
          <dt>{t("systems.sector")}</dt>
          <dd>{s.sectors.map((x) => `${x} — ${t(`isic.${x[0]}`)}`).join("; ") || "—"}</dd>
          <dt>{t("systems.countries")}</dt>
          <dd>{s.deploymentCountries.map(country).join(", ") || "—"}</dd>
          <dt>{t("systems.status")}</dt>
          <dd>
            {t(`systemStatus.${s.status}`)} · {t(`lifecycle.${s.lifecycleStage}`)}
          </dd>
          <dt>{t("systems.aiType")}</dt>
          <dd>{t(`aiTypes.${s.aiType}`)}</dd>
          <dt>{t("systems.provider")}</dt>
          <dd>
            {s.provider.own ? t("wizard.providerOwn") : t("wizard.providerThird")}
            {[s.provider.name, s.provider.model, s.provider.modelVersion].filter(Boolean).length
              ? ` — ${[s.provider.name, s.provider.model, s.provider.modelVersion].filter(Boolean).join(" ")}`
              : ""}
          </dd>
          <dt>{t("systems.useCases")}</dt>
          <dd>{s.useCases.map((u) => t([`useCases.${u}`, "useCases.other"])).join(", ") || "—"}</dd>
          <dt>{t("systems.generalPurposeModel")}</dt>
          <dd>{yesNo(s.generalPurposeModel)}</dd>
          <dt>{t("systems.safetyComponentOf")}</dt>
          <dd>{s.safetyComponentOf ? t(`annexI.${s.safetyComponentOf}`) : t("wizard.none")}</dd>
          <dt>{t("systems.dataCategories")}</dt>
          <dd>{s.dataCategories.map((c) => t(`dataCategories.${c}`)).join(", ") || "—"}</dd>
          <dt>{t("systems.scale")}</dt>
          <dd>{t(`scales.${s.affectedScale}`)}</dd>
          <dt>{t("systems.decisions")}</dt>
          <dd className="break">{s.decisions || "—"}</dd>
          <dt>{t("systems.decisionImpact")}</dt>
          <dd>{t(`decisionImpact.${s.decisionImpact}`)}</dd>
          <dt>{t("systems.humanInvolvement")}</dt>
          <dd>{t(`involvement.${s.humanInvolvement}`)}</dd>
          <dt>{t("systems.profiles")}</dt>
          <dd>{yesNo(s.profilesNaturalPersons)}</dd>
        </dl>
      </section>
      <ProblemMessage error={risk.error} />
      {risk.data ? <RiskPanel risk={risk.data} /> : null}
      <section aria-labelledby="sys-submissions">
        <h2 id="sys-submissions">{t("systems.submissions")}</h2>
        <p>
          {s.submittedTo.length
            ? t("systems.submittedTo", {
                list: s.submittedTo
                  .map((j) => t([`jurisdictions.${j}`, "risk.otherJurisdiction"], { code: j }))
                  .join(", "),
              })
            : t("systems.notSubmitted")}
        </p>
        {mine.length ? (
          <div className="table-wrap">
            <table>
              <caption>{t("assess.listCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("assess.ref")}</th>
                  <th scope="col">{t("assess.jurisdictions")}</th>
                  <th scope="col">{t("assess.status")}</th>
                  <th scope="col">{t("systems.updated")}</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/assessments/${a.id}`} className="ref">
                        {a.ref}
                      </Link>
                    </td>
                    <td>{a.jurisdictions.join(", ") || a.frameworks.join(", ")}</td>
                    <td>
                      <span className={`status as-${a.status}`}>{t(`assessStatus.${a.status}`)}</span>
                    </td>
                    <td className="small">{date(a.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      {maySystems(me.data) ? <StartAssessment systemId={s.id} countries={s.deploymentCountries} /> : null}
      <FootprintSection
        systemId={s.id}
        canEdit={maySystems(me.data)}
        canShare={
          !!me.data?.roles.includes("node-admin") ||
          !!me.data?.memberships.some((m) => m.orgId === s.orgId && m.role === "org-admin")
        }
      />
      <section aria-labelledby="sys-history">
        <h2 id="sys-history">{t("systems.history")}</h2>
        <ProblemMessage error={history.error} />
        <ol className="plain-list history">
          {(history.data ?? []).map((h) => (
            <li key={h.version}>
              {t("systems.historyEntry", { version: h.version, when: date(h.changedAt), who: h.changedBy })}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
