import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError, api, call, type Schemas } from "../../app/api.ts";

export type ReportInput = Schemas["ReportInput"];
export type ReportReceipt = Schemas["ReportReceipt"];
export type PublicIncident = Schemas["PublicIncident"];
export type IncidentDetail = Schemas["IncidentDetail"];
export type IncidentSummary = Schemas["IncidentSummary"];
export type IncidentPage = Schemas["IncidentPage"];
export type Attachment = Schemas["Attachment"];
export type Taxonomy = Schemas["Taxonomy"];
export type Status = IncidentDetail["status"];
export type Severity = ReportInput["severity"];
export type HarmType = ReportInput["harmTypes"][number];
export type Tlp = IncidentDetail["tlp"];

export { ENTITY_KINDS } from "../../../../src/modules/incidents/vocabulary.ts";

export const OECD = "oecd-incident-framework";
export const MIT = "mit-ai-risk-domains";
export const ASEAN_PRINCIPLES = "asean-principles";

/** Lists the node fixes itself (the OECD framework names these criteria but gives no value list). */
export const REPORTER_GROUPS = [
  "affected-person",
  "developer",
  "deployer",
  "operator",
  "user",
  "researcher",
  "journalist",
  "civil-society",
  "government",
  "business",
  "other",
] as const satisfies readonly ReportInput["reporter"]["stakeholderGroup"][];
export const REPORTER_RELATIONS = [
  "directly-involved",
  "witness",
  "informed-third-party",
  "other",
] as const satisfies readonly ReportInput["reporter"]["relation"][];
export const ACTOR_ROLES = [
  "developer",
  "deployer",
  "operator",
  "user",
  "harmed",
  "nearly-harmed",
] as const satisfies readonly NonNullable<ReportInput["actors"]>[number]["role"][];
export const STATUSES = [
  "submitted",
  "triage",
  "in-review",
  "validated",
  "published",
  "rejected",
  "merged",
  "withdrawn",
] as const satisfies readonly Status[];
export const TLPS = ["clear", "green", "amber", "amber+strict", "red"] as const satisfies readonly Tlp[];
/** Where an incident may go next (as the node enforces; a refused move answers 409). */
export const TRANSITIONS: Record<Status, readonly Schemas["IncidentTransition"]["to"][]> = {
  submitted: ["triage", "rejected", "withdrawn"],
  triage: ["in-review", "rejected", "withdrawn"],
  "in-review": ["validated", "triage", "rejected", "withdrawn"],
  validated: ["in-review", "rejected", "withdrawn"],
  published: ["in-review", "withdrawn"],
  rejected: ["triage"],
  withdrawn: ["triage"],
  merged: [],
};
/** Evidence files the node accepts (recognised by content): as the upload endpoint documents. */
export const UPLOAD_ACCEPT =
  ".pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.log,.md,.csv,.json,application/pdf,image/png,image/jpeg,image/gif,image/webp,text/plain,text/csv,application/json";
export const UPLOAD_MAX_MB = 10;

export function useTaxonomies() {
  return useQuery({
    queryKey: ["taxonomies"],
    queryFn: () => call(api.GET("/api/v1/taxonomies")),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The values of one taxonomy field, as the node serves them. */
export function taxonomyValues(taxonomies: Taxonomy[] | undefined, namespace: string, key: string) {
  return taxonomies?.find((t) => t.namespace === namespace)?.fields.find((f) => f.key === key)?.values ?? [];
}

/** A taxonomy value's label in the reader's language, falling back to the taxonomy's English label. */
export function useTaxonomyLabel() {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  return (namespace: string, key: string, value: string) => {
    const english = taxonomyValues(taxonomies.data, namespace, key).find((v) => v.value === value)?.label;
    return t(`tax.${namespace}.${key}.${value.replaceAll(".", "_")}`, { defaultValue: english ?? value });
  };
}

/** Country names (ISO 3166-1 alpha-2) in the reader's language. */
export function useCountryName() {
  const { i18n } = useTranslation();
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([i18n.language], { type: "region" });
  } catch {
    names = undefined;
  }
  return (code: string) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
}

export interface IncidentFilters {
  q?: string;
  country?: string;
  severity?: Severity;
  harmType?: HarmType;
  industry?: string;
  from?: string;
  to?: string;
  status?: Status;
  limit?: number;
  offset?: number;
}

/**
 * The public database. Sent without the session cookie, so a signed-in analyst sees what the public
 * sees (with the cookie, the node answers analysts with their queue).
 */
export function usePublicIncidents(filters: IncidentFilters) {
  return useQuery({
    queryKey: ["public-incidents", filters],
    queryFn: () => call(api.GET("/api/v1/incidents", { params: { query: filters }, credentials: "omit" })),
    placeholderData: keepPreviousData,
  });
}

export function usePublicIncident(id: string) {
  return useQuery({
    queryKey: ["public-incident", id],
    queryFn: () =>
      call(
        api.GET("/api/v1/incidents/{id}", { params: { path: { id } }, credentials: "omit" }),
      ) as Promise<PublicIncident>,
    enabled: !!id,
  });
}

/** Uploads one evidence file as multipart/form-data (field "file") through the typed client. */
export async function uploadReportFile(reportId: string, token: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append("file", file, file.name);
  return call(
    api.POST("/api/v1/reports/{id}/attachments", {
      params: { path: { id: reportId }, header: { "x-upload-token": token } },
      body: form as never,
    }),
  );
}

export async function uploadIncidentFile(incidentId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append("file", file, file.name);
  return call(
    api.POST("/api/v1/incidents/{id}/attachments", {
      params: { path: { id: incidentId } },
      body: form as never,
    }),
  );
}

/** Saves a Blob the API returned as a file. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadAttachment(a: Attachment) {
  const blob = await call(
    api.GET("/api/v1/attachments/{id}", { params: { path: { id: a.id } }, parseAs: "blob" }),
  );
  saveBlob(blob as Blob, a.filename);
}

/** Human file sizes. */
export function useFileSize() {
  const { i18n } = useTranslation();
  return (bytes: number) => {
    const [n, unit] =
      bytes >= 1048576
        ? [bytes / 1048576, "megabyte"]
        : bytes >= 1024
          ? [bytes / 1024, "kilobyte"]
          : [bytes, "byte"];
    return new Intl.NumberFormat(i18n.language, {
      style: "unit",
      unit,
      maximumFractionDigits: 1,
    }).format(n);
  };
}

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) in the reader's language, at its own precision. */
export function useFormatPartialDate() {
  const { i18n } = useTranslation();
  return (d: string | null | undefined) => {
    if (!d) return "";
    const parts = d.split("-");
    const date = new Date(Date.UTC(Number(parts[0]), Number(parts[1] ?? 1) - 1, Number(parts[2] ?? 1)));
    if (Number.isNaN(date.getTime())) return d;
    const opts: Intl.DateTimeFormatOptions =
      parts.length === 1
        ? { year: "numeric", timeZone: "UTC" }
        : parts.length === 2
          ? { year: "numeric", month: "long", timeZone: "UTC" }
          : { dateStyle: "medium", timeZone: "UTC" };
    return new Intl.DateTimeFormat(i18n.language, opts).format(date);
  };
}

/** The field errors of a failed call whose path is `field` or below it. */
export const fieldErrors = (error: unknown, field: string) =>
  error instanceof ApiError
    ? error.fieldErrors.filter((e) => e.field === field || e.field.startsWith(`${field}.`))
    : [];

/** Exports of the published incidents (plain links: citable, usable by feed readers and scripts). */
export const EXPORTS = [
  { key: "csv", href: "/api/v1/incidents/export.csv" },
  { key: "json", href: "/api/v1/incidents/export.json" },
  { key: "stix", href: "/api/v1/incidents/export.stix.json" },
  { key: "oecd", href: "/api/v1/incidents/export.oecd.json" },
] as const;
export const FEED = "/api/v1/incidents/feed.atom";
