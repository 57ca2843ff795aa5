import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { ApiError, api, call, type Schemas, setCsrfToken } from "./api.ts";
import { adoptUserLanguage } from "./i18n.ts";

export type Me = Schemas["Me"];
export const ME_KEY = ["me"] as const;

/** Fetches the signed-in user; null when no one is signed in. Keeps the CSRF token in memory. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await call(api.GET("/api/v1/me"));
    setCsrfToken(me.csrfToken);
    await adoptUserLanguage(me.locale);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** After sign-in: remember the session's CSRF token and user, adopt the user's language. */
export function useSignedIn() {
  const qc = useQueryClient();
  return useCallback(
    async (me: Me) => {
      setCsrfToken(me.csrfToken);
      qc.setQueryData(ME_KEY, me);
      await adoptUserLanguage(me.locale);
    },
    [qc],
  );
}

export function useSignOut() {
  const qc = useQueryClient();
  return useCallback(async () => {
    try {
      await call(api.POST("/api/v1/auth/logout"));
    } finally {
      setCsrfToken(undefined);
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    }
  }, [qc]);
}

export type Area = "users" | "organisations" | "audit";

/** What the navigation offers: node admins everything; regulator and org admins users and organisations. */
export function areasOf(me: Me | null | undefined): Set<Area> {
  const roles = new Set(me?.roles ?? []);
  const areas = new Set<Area>();
  if (roles.has("node-admin")) {
    areas.add("users").add("organisations").add("audit");
  } else if (roles.has("regulator-admin") || roles.has("org-admin")) {
    areas.add("users").add("organisations");
  }
  return areas;
}

/** Node admins and regulator admins may import frameworks and crosswalks (the node checks the jurisdiction). */
export const mayImport = (me: Me | null | undefined) =>
  !!me && (me.roles.includes("node-admin") || me.roles.includes("regulator-admin"));

/** Incident triage: node admins and regulators (the node checks the jurisdiction). */
export const mayTriage = (me: Me | null | undefined) =>
  !!me && ["node-admin", "regulator-admin", "regulator-analyst"].some((r) => me.roles.includes(r));

/** The AI-system registry and assessments: organisation members and node admins. */
export const maySystems = (me: Me | null | undefined) =>
  !!me && ["node-admin", "org-admin", "org-member"].some((r) => me.roles.includes(r));

/** The review queue of submitted assessments: regulators and node admins (the node checks the jurisdiction). */
export const mayReview = (me: Me | null | undefined) =>
  !!me && ["node-admin", "regulator-admin", "regulator-analyst"].some((r) => me.roles.includes(r));

/** Federation pages (peers, sharing groups, shared records, sync log): node admins and regulators. */
export const mayFederation = (me: Me | null | undefined) =>
  !!me && ["node-admin", "regulator-admin", "regulator-analyst"].some((r) => me.roles.includes(r));

/** Managing the federation (peers, groups, sharing, sync): node admins only. */
export const mayManageFederation = (me: Me | null | undefined) => !!me && me.roles.includes("node-admin");
