import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { OECD, useCountryName, useFormatPartialDate, useTaxonomyLabel } from "./incidents.ts";

interface Details {
  evidence?: { url: string; title?: string }[];
  systems?: { name: string; provider?: string; version?: string }[];
  actors?: { name: string; role: string }[];
  affectedStakeholders?: string[];
  aiTasks?: string[];
  businessFunctions?: string[];
  autonomyLevel?: string | null;
  deploymentBreadth?: string | null;
  unintendedUse?: string | null;
  actionsTaken?: string | null;
  discoveredOn?: string | null;
  quantifiedHarm?: { deaths?: number; injuries?: number; peopleAffected?: number } | null;
}

export interface FactsSource {
  kind: string;
  severity: string;
  aiRelation: string[];
  harmTypes: string[];
  countries: string[];
  industry: string | null;
  occurredFrom: string | null;
  occurredTo: string | null;
  details: Record<string, unknown>;
  /** Entities with their roles (published versions since entities exist). */
  entities?: { name: string; roles: string[] }[];
}

/** The OECD fields of an incident as a description list, in the reader's language. */
export function IncidentFacts({ incident }: { incident: FactsSource }) {
  const { t } = useTranslation();
  const label = useTaxonomyLabel();
  const country = useCountryName();
  const partial = useFormatPartialDate();
  const d = incident.details as Details;
  const list = (key: string, values: string[] | undefined) =>
    values?.length ? values.map((v) => label(OECD, key, v)).join(", ") : null;
  const rows: [string, ReactNode][] = [
    [t("facts.kind"), t(`incidentKinds.${incident.kind}`)],
    [t("facts.severity"), label(OECD, "severity", incident.severity)],
    [t("facts.aiRelation"), list("aiRelation", incident.aiRelation)],
    [t("facts.harmTypes"), list("harmTypes", incident.harmTypes)],
    [
      t("facts.occurred"),
      incident.occurredFrom
        ? incident.occurredTo && incident.occurredTo !== incident.occurredFrom
          ? t("facts.range", { from: partial(incident.occurredFrom), to: partial(incident.occurredTo) })
          : partial(incident.occurredFrom)
        : null,
    ],
    [t("facts.discovered"), d.discoveredOn ? partial(d.discoveredOn) : null],
    [t("facts.countries"), incident.countries.length ? incident.countries.map(country).join(", ") : null],
    [t("facts.industry"), incident.industry],
    [
      t("facts.systems"),
      d.systems?.length
        ? d.systems
            .map((s) => [s.name, s.version, s.provider ? `(${s.provider})` : ""].filter(Boolean).join(" "))
            .join("; ")
        : null,
    ],
    [
      t("facts.actors"),
      d.actors?.length ? d.actors.map((a) => `${a.name} (${t(`actorRoles.${a.role}`)})`).join("; ") : null,
    ],
    [
      t("facts.entities"),
      incident.entities?.length
        ? incident.entities
            .map((e) => `${e.name} (${e.roles.map((r) => t(`actorRoles.${r}`)).join(", ")})`)
            .join("; ")
        : null,
    ],
    [t("facts.affectedStakeholders"), list("affectedStakeholders", d.affectedStakeholders)],
    [t("facts.aiTasks"), list("aiTasks", d.aiTasks)],
    [t("facts.autonomyLevel"), d.autonomyLevel ? label(OECD, "autonomyLevel", d.autonomyLevel) : null],
    [
      t("facts.deploymentBreadth"),
      d.deploymentBreadth ? label(OECD, "deploymentBreadth", d.deploymentBreadth) : null,
    ],
    [t("facts.unintendedUse"), d.unintendedUse ? label(OECD, "unintendedUse", d.unintendedUse) : null],
    [
      t("facts.peopleAffected"),
      d.quantifiedHarm?.peopleAffected !== undefined ? String(d.quantifiedHarm.peopleAffected) : null,
    ],
    [t("facts.actionsTaken"), d.actionsTaken ?? null],
  ];
  return (
    <dl className="facts">
      {rows
        .filter(([, v]) => v !== null && v !== undefined && v !== "")
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd className="break">{v}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Supporting evidence links (opened outside the app, without a referrer). */
export function EvidenceLinks({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const evidence = (details as Details).evidence ?? [];
  if (!evidence.length) return <p className="muted">{t("facts.noEvidence")}</p>;
  return (
    <ul className="link-list">
      {evidence.map((e) => (
        <li key={e.url} className="break">
          <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
            {e.title || e.url}
            <span className="visually-hidden"> {t("facts.external")}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
