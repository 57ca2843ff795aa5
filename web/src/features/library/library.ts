import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, call, type Schemas } from "../../app/api.ts";

export type FrameworkSummary = Schemas["FrameworkSummary"];
export type Framework = Schemas["Framework"];
export type Requirement = Schemas["Requirement"];
export type CrosswalkView = Schemas["CrosswalkView"];
export type CrosswalkEntry = Schemas["CrosswalkEntry"];

export const BINDING_STATUSES = ["binding", "voluntary", "draft", "none-adopted"] as const;
export const INSTRUMENT_TYPES = [
  "law",
  "regulation",
  "guideline",
  "strategy",
  "standard",
  "principles",
] as const;
export const RELATIONSHIPS = [
  "equal-to",
  "equivalent-to",
  "subset-of",
  "superset-of",
  "intersects-with",
  "no-relationship",
] as const;
/** Codes of frameworks that belong to no member state: the international ones. */
export const OTHER_JURISDICTIONS = ["INTL", "EU", "US"] as const;

export interface LibraryFilters {
  jurisdiction?: string;
  bindingStatus?: (typeof BINDING_STATUSES)[number];
  type?: (typeof INSTRUMENT_TYPES)[number];
}

export function useFrameworks(filters: LibraryFilters = {}) {
  return useQuery({
    queryKey: ["frameworks", filters],
    queryFn: () => call(api.GET("/api/v1/frameworks", { params: { query: filters } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useFramework(id: string, version?: string) {
  return useQuery({
    queryKey: ["framework", id, version ?? null],
    queryFn: () =>
      call(
        api.GET("/api/v1/frameworks/{id}", {
          params: { path: { id }, query: version ? { version } : {} },
        }),
      ),
    staleTime: 60_000,
    enabled: !!id,
  });
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: ["framework-versions", id],
    queryFn: () => call(api.GET("/api/v1/frameworks/{id}/versions", { params: { path: { id } } })),
  });
}

/** Saves a JSON document the API returned as a file (the API is only ever called through the client). */
export function saveJson(doc: unknown, filename: string) {
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadCatalog(id: string, version: string) {
  const doc = await call(
    api.GET("/api/v1/frameworks/{id}/oscal", { params: { path: { id }, query: { version } } }),
  );
  saveJson(doc, `${id}-${version}.json`);
}

export async function downloadCrosswalk(from: string, to: string) {
  const doc = await call(api.GET("/api/v1/crosswalks", { params: { query: { from, to, format: "oscal" } } }));
  saveJson(doc, `${from}__${to}.json`);
}

/** Calendar dates (YYYY-MM-DD) in the reader's language. */
export function useFormatDay() {
  const { i18n } = useTranslation();
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "UTC" });
  return (day: string | null | undefined) => {
    if (!day) return "";
    const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? day : fmt.format(d);
  };
}

/** Language names (BCP 47 codes) in the reader's language. */
export function useLanguageName() {
  const { i18n } = useTranslation();
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([i18n.language], { type: "language" });
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

/** The name of a jurisdiction code in the reader's language. */
export function useJurisdictionName() {
  const { t } = useTranslation();
  return (code: string) => t(`jurisdictions.${code}`, { defaultValue: code });
}

/** "B.1 Transparency", or the title alone. */
export const labelled = (label: string | null | undefined, title: string) =>
  label ? `${label} ${title}` : title;

/** The element id of a requirement in the reader. */
export const reqAnchor = (id: string) => `req-${id}`;
