import { useQuery } from "@tanstack/react-query";
import { api, call } from "./api.ts";

/** The eleven member states and the Secretariat (reference data, rarely changes). */
export function useJurisdictions() {
  return useQuery({
    queryKey: ["jurisdictions"],
    queryFn: () => call(api.GET("/api/v1/jurisdictions")),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useNodeInfo() {
  return useQuery({
    queryKey: ["node-info"],
    queryFn: () => call(api.GET("/.well-known/aisafe-node")),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const ORG_TYPES = [
  "secretariat",
  "regulator",
  "company",
  "msme",
  "research",
  "civil-society",
  "other",
] as const;
export type OrgType = (typeof ORG_TYPES)[number];
export const ORG_ROLES = ["regulator-admin", "regulator-analyst", "org-admin", "org-member"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];
export const TOKEN_SCOPES = ["read", "write", "admin"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Roles that fit an organisation of this type (as the node enforces). */
export const rolesFor = (orgType: string): OrgRole[] =>
  orgType === "regulator" || orgType === "secretariat"
    ? ["regulator-admin", "regulator-analyst"]
    : ["org-admin", "org-member"];
