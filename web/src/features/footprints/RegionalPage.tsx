import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, call } from "../../app/api.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { useCountryName } from "../incidents/incidents.ts";
import { type GroupBy, type Regional, useFormatNumber } from "./footprints.ts";

const GROUPS = ["country", "sector", "month"] as const;
type Metric = "energyKWh" | "co2eKg";

/** Horizontal SVG bars of one metric per group; hidden from screen readers (the table says the same). */
function Bars({
  groups,
  metric,
  label,
  name,
}: {
  groups: Regional["groups"];
  metric: Metric;
  label: string;
  name: (key: string) => string;
}) {
  const { t } = useTranslation();
  const n = useFormatNumber();
  const max = Math.max(...groups.map((g) => g[metric]), 0) || 1;
  return (
    <figure className="fp-chart">
      <figcaption>{label}</figcaption>
      <ul className="plain-list bars" aria-hidden="true">
        {groups.map((g) => (
          <li key={g.key}>
            <span className="bar-label">
              {name(g.key)}: {n(g[metric])} {t(`footprints.regional.units.${metric}`)}
            </span>
            <svg className="bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="presentation">
              <rect className={`seg fp-${metric}`} x={0} y={0} width={(g[metric] / max) * 100} height={6} />
            </svg>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The label of a group key: a country's name, an ISIC code with its section, or the month. */
function useGroupName(by: GroupBy) {
  const { t } = useTranslation();
  const country = useCountryName();
  return (key: string) =>
    by === "country"
      ? country(key)
      : by === "month"
        ? key
        : key === "unknown"
          ? t("footprints.regional.unknownSector")
          : `${key} — ${t(`isic.${key[0]}`)}`;
}

/** Regional totals for the Secretariat and regulators: sums by country, sector or month; CSV export. */
export function RegionalPage() {
  const { t } = useTranslation();
  const n = useFormatNumber();
  const [by, setBy] = useState<GroupBy>("country");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const query = { groupBy: by, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const data = useQuery({
    queryKey: ["footprints-regional", query],
    queryFn: () => call(api.GET("/api/v1/footprints/regional", { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const r = data.data;
  const name = useGroupName(r?.groupBy ?? by);
  const country = useCountryName();
  const csv = `/api/v1/footprints/regional.csv?${new URLSearchParams(query).toString()}`;
  return (
    <div className="page">
      <h1>{t("footprints.regional.title")}</h1>
      <p className="lead">{t("footprints.regional.intro")}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t("footprints.regional.groupBy")}
          value={by}
          onChange={(e) => setBy(e.target.value as GroupBy)}
        >
          {GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`footprints.regional.by.${g}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("footprints.regional.from")}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          label={t("footprints.regional.to")}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </form>
      <ProblemMessage error={data.error} />
      {r ? (
        <>
          <p>
            {t("footprints.regional.scope", {
              scope: r.scope
                .map((j) => (j === "ASEAN" ? t("footprints.regional.allAsean") : country(j)))
                .join(", "),
            })}
          </p>
          <dl className="facts fp-totals">
            <dt>{t("footprints.regional.reports")}</dt>
            <dd>{r.totals.reports}</dd>
            <dt>{t("footprints.regional.energy")}</dt>
            <dd>{n(r.totals.energyKWh)} kWh</dd>
            <dt>{t("footprints.regional.co2e")}</dt>
            <dd>{n(r.totals.co2eKg)} kg CO2e</dd>
            <dt>{t("footprints.regional.water")}</dt>
            <dd>{n(r.totals.waterLitres)} L</dd>
          </dl>
          {r.groups.length ? (
            <>
              <div className="fp-charts">
                <Bars
                  groups={r.groups}
                  metric="co2eKg"
                  label={t("footprints.regional.chartCo2e")}
                  name={name}
                />
                <Bars
                  groups={r.groups}
                  metric="energyKWh"
                  label={t("footprints.regional.chartEnergy")}
                  name={name}
                />
              </div>
              <div className="table-wrap">
                <table>
                  <caption>{t(`footprints.regional.caption.${r.groupBy}`)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t(`footprints.regional.by.${r.groupBy}`)}</th>
                      <th scope="col">{t("footprints.regional.reports")}</th>
                      <th scope="col">{t("footprints.regional.energy")} (kWh)</th>
                      <th scope="col">{t("footprints.regional.co2e")} (kg CO2e)</th>
                      <th scope="col">{t("footprints.regional.water")} (L)</th>
                      <th scope="col">{t("footprints.regional.requests")}</th>
                      <th scope="col">{t("footprints.regional.intensity")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.groups.map((g) => (
                      <tr key={g.key}>
                        <th scope="row">{name(g.key)}</th>
                        <td>{g.reports}</td>
                        <td>{n(g.energyKWh)}</td>
                        <td>{n(g.co2eKg)}</td>
                        <td>{n(g.waterLitres)}</td>
                        <td>{n(g.requests)}</td>
                        <td>{n(g.gCO2ePer1000Requests)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="hint">{t("footprints.regional.intensityHint")}</p>
            </>
          ) : (
            <p className="muted">{t("footprints.regional.empty")}</p>
          )}
          <p>
            <a href={csv} download>
              {t("footprints.regional.csv")}
            </a>
          </p>
        </>
      ) : null}
    </div>
  );
}
