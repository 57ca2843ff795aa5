import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, call, type Schemas } from "../../app/api.ts";

export type Workload = Schemas["WorkloadInput"];
export type Estimate = Schemas["FootprintEstimate"];
export type FootprintReport = Schemas["FootprintReport"];
export type Regional = Schemas["RegionalFootprints"];
export type GroupBy = Regional["groupBy"];

/** The factor library (grid factor sets, GPU table, defaults): changes rarely. */
export function useFactors() {
  return useQuery({
    queryKey: ["footprint-factors"],
    queryFn: () => call(api.GET("/api/v1/footprints/factors")),
    staleTime: 3_600_000,
  });
}

export function useFootprints(systemId: string) {
  return useQuery({
    queryKey: ["footprints", systemId],
    queryFn: () => call(api.GET("/api/v1/systems/{id}/footprints", { params: { path: { id: systemId } } })),
    enabled: !!systemId,
  });
}

/** Quantities in the reader's language, to three significant digits (the estimates are not more precise). */
export function useFormatNumber() {
  const { i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(i18n.language, { maximumSignificantDigits: 3 });
  return (n: number | null | undefined) => (n === null || n === undefined ? "—" : fmt.format(n));
}

/** A number from a number field, or undefined when blank. */
export const num = (s: string): number | undefined => {
  const n = Number(s);
  return s.trim() === "" || !Number.isFinite(n) ? undefined : n;
};
