import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError, api, call } from "../../app/api.ts";
import { SelectField } from "../../ui/Field.tsx";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { ShareWithNetwork } from "../federation/ShareWithNetwork.tsx";
import { useCountryName } from "../incidents/incidents.ts";
import { MEMBER_STATES } from "../registry/registry.ts";
import { type FootprintReport, useFootprints, useFormatNumber } from "./footprints.ts";

const JURISDICTIONS = [...MEMBER_STATES, "ASEAN"] as const;

/** Submits one report to a jurisdiction's regulator. */
function SubmitReport({ report, systemId }: { report: FootprintReport; systemId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const country = useCountryName();
  const [to, setTo] = useState(report.country);
  const submit = useMutation({
    mutationFn: () =>
      call(
        api.POST("/api/v1/footprints/{id}/submit", {
          params: { path: { id: report.id } },
          body: { jurisdiction: to },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["footprints", systemId] }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate();
  };
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <SelectField
        label={t("footprints.tab.submitTo", { ref: report.ref })}
        value={to}
        onChange={(e) => setTo(e.target.value)}
      >
        {JURISDICTIONS.map((j) => (
          <option key={j} value={j}>
            {j === "ASEAN" ? t("jurisdictions.ASEAN") : country(j)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button-secondary" disabled={submit.isPending}>
        {t("footprints.tab.submit")}
      </button>
      <ProblemMessage error={submit.error} />
    </form>
  );
}

/** Imports CodeCarbon's emissions.csv as a report; the node answers with the lines it refused. */
function ImportCodeCarbon({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const country = useCountryName();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [kind, setKind] = useState<"training" | "inference">("training");
  const [where, setWhere] = useState("");
  const run = useMutation({
    mutationFn: (text: string) =>
      call(
        api.POST("/api/v1/systems/{id}/footprints/codecarbon", {
          params: { path: { id: systemId }, query: { kind, ...(where ? { country: where } : {}) } },
          body: text,
          headers: { "content-type": "text/csv" },
          bodySerializer: (b: unknown) => b as string,
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["footprints", systemId] }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (file) run.mutate(file.text);
  };
  const refused = run.error instanceof ApiError ? run.error.fieldErrors : [];
  const lines = run.data?.errors ?? [];
  return (
    <form className="card form" onSubmit={onSubmit} aria-labelledby="fp-import">
      <h3 id="fp-import">{t("footprints.import.title")}</h3>
      <p>{t("footprints.import.intro")}</p>
      <div className="field">
        <label htmlFor={fileId}>{t("footprints.import.file")}</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            run.reset();
            setFile(f ? { name: f.name, text: await f.text() } : null);
          }}
        />
      </div>
      <div className="date-row">
        <SelectField
          label={t("footprints.import.kind")}
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
        >
          <option value="training">{t("footprints.kinds.training")}</option>
          <option value="inference">{t("footprints.kinds.inference")}</option>
        </SelectField>
        <SelectField
          label={t("footprints.import.country")}
          hint={t("footprints.import.countryHint")}
          value={where}
          onChange={(e) => setWhere(e.target.value)}
        >
          <option value="">{t("footprints.import.fromFile")}</option>
          {MEMBER_STATES.map((c) => (
            <option key={c} value={c}>
              {country(c)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="actions">
        <button type="submit" disabled={!file || run.isPending}>
          {t("footprints.import.submit")}
        </button>
      </div>
      <div aria-live="polite">
        <ProblemMessage error={run.error} />
        {run.data ? (
          <p className={lines.length ? "alert alert-warning" : "alert alert-success"}>
            {t("footprints.import.done", { ref: run.data.report.ref, count: lines.length })}
          </p>
        ) : null}
        {lines.length || refused.length ? (
          <ul className="small fp-line-errors">
            {lines.map((l) => (
              <li key={`${l.line}:${l.field}`}>
                {t("footprints.import.line", { line: l.line, field: l.field })}:{" "}
                <span lang="en">{l.message}</span>
              </li>
            ))}
            {refused.map((f) => (
              <li key={f.field}>
                <code>{f.field}</code>: <span lang="en">{f.message}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}

/** The footprint section of an AI system's page: reports, the calculator, CodeCarbon import, submission. */
export function FootprintSection({
  systemId,
  canEdit,
  canShare = false,
}: {
  systemId: string;
  canEdit: boolean;
  /** The organisation's administrators share submitted reports with peer nodes. */
  canShare?: boolean;
}) {
  const { t } = useTranslation();
  const [sharing, setSharing] = useState<string | null>(null);
  const n = useFormatNumber();
  const country = useCountryName();
  const reports = useFootprints(systemId);
  const list = reports.data ?? [];
  return (
    <section aria-labelledby="sys-footprints">
      <h2 id="sys-footprints">{t("footprints.tab.title")}</h2>
      <p>{t("footprints.tab.intro")}</p>
      <ProblemMessage error={reports.error} />
      {list.length ? (
        <div className="table-wrap">
          <table>
            <caption>{t("footprints.tab.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("footprints.tab.ref")}</th>
                <th scope="col">{t("footprints.tab.period")}</th>
                <th scope="col">{t("footprints.tab.kind")}</th>
                <th scope="col">{t("footprints.tab.energy")}</th>
                <th scope="col">{t("footprints.tab.co2e")}</th>
                <th scope="col">{t("footprints.tab.water")}</th>
                <th scope="col">{t("footprints.tab.submitted")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id}>
                  <td>
                    <span className="ref">{r.ref}</span>
                    <br />
                    <span className="small muted">
                      {t(`footprints.sources.${r.source}`)} · {t(`footprints.tiers.${r.methodTier}`)} ·{" "}
                      {r.factorSet.id} {r.factorSet.version}
                    </span>
                    <ul
                      className="plain-list small fp-exports"
                      aria-label={t("footprints.exports.label", { ref: r.ref })}
                    >
                      <li>
                        <a href={`/api/v1/footprints/${r.id}/sci`}>{t("footprints.exports.sci")}</a>
                      </li>
                      <li>
                        <a href={`/api/v1/footprints/${r.id}/annex-xi`}>{t("footprints.exports.annexXi")}</a>
                      </li>
                      <li>
                        <a href={`/api/v1/footprints/${r.id}/ghg?operator=own`}>
                          {t("footprints.exports.ghgOwn")}
                        </a>
                      </li>
                      <li>
                        <a href={`/api/v1/footprints/${r.id}/ghg?operator=provider`}>
                          {t("footprints.exports.ghgProvider")}
                        </a>
                      </li>
                    </ul>
                  </td>
                  <td>
                    {r.periodStart} – {r.periodEnd}
                  </td>
                  <td>
                    {t(`footprints.kinds.${r.kind}`)} · {country(r.country)}
                  </td>
                  <td>{n(r.energyKWh)}</td>
                  <td>
                    {n(r.co2eKg)}
                    {r.co2eMarketKg !== null ? (
                      <span className="small muted">
                        {" "}
                        ({t("footprints.tab.market", { value: n(r.co2eMarketKg) })})
                      </span>
                    ) : null}
                  </td>
                  <td>{n(r.waterLitres.onSite + r.waterLitres.offSite)}</td>
                  <td>
                    <span className="fp-submitted">
                      {r.submittedTo.length
                        ? r.submittedTo
                            .map((j) => (j === "ASEAN" ? t("jurisdictions.ASEAN") : country(j)))
                            .join(", ")
                        : t("footprints.tab.notSubmitted")}
                    </span>
                    {canEdit ? <SubmitReport report={r} systemId={systemId} /> : null}
                    {canShare && r.submittedTo.length ? (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-expanded={sharing === r.id}
                        onClick={() => setSharing(sharing === r.id ? null : r.id)}
                      >
                        {t("share.reportButton", { ref: r.ref })}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : reports.isPending ? null : (
        <p className="muted">{t("footprints.tab.empty")}</p>
      )}
      {sharing && list.some((r) => r.id === sharing) ? (
        <ShareWithNetwork
          key={sharing}
          queryKey={["footprint-share", sharing]}
          title={t("share.reportTitle", { ref: list.find((r) => r.id === sharing)!.ref })}
          intro={t("share.reportIntro")}
          load={() => call(api.GET("/api/v1/footprints/{id}/share", { params: { path: { id: sharing } } }))}
          preview={(body) =>
            call(
              api.POST("/api/v1/footprints/{id}/share/preview", { params: { path: { id: sharing } }, body }),
            )
          }
          share={(body) =>
            call(api.POST("/api/v1/footprints/{id}/share", { params: { path: { id: sharing } }, body }))
          }
          unshare={() =>
            call(api.DELETE("/api/v1/footprints/{id}/share", { params: { path: { id: sharing } } }))
          }
        />
      ) : null}
      {canEdit ? (
        <>
          <p>
            <Link className="button" to={`/footprints/calculator?system=${systemId}`}>
              {t("footprints.tab.estimate")}
            </Link>
          </p>
          <ImportCodeCarbon systemId={systemId} />
        </>
      ) : null}
    </section>
  );
}
