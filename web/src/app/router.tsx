import type React from "react";
import { useTranslation } from "react-i18next";
import { createBrowserRouter, Navigate, Outlet, useLocation } from "react-router";
import { ForgotPasswordPage } from "../features/auth/ForgotPasswordPage.tsx";
import { ResetPasswordPage } from "../features/auth/ResetPasswordPage.tsx";
import { SignInPage } from "../features/auth/SignInPage.tsx";
import { HomePage } from "../features/home/HomePage.tsx";
import { ProblemMessage } from "../ui/Problem.tsx";
import { Shell } from "./Shell.tsx";
import {
  type Area,
  areasOf,
  type Me,
  mayFederation,
  mayImport,
  mayReview,
  maySystems,
  mayTriage,
  useMe,
} from "./session.ts";

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t("common.loading")}
    </p>
  );
}

/** Signed-in pages: sends the anonymous to sign in, and back here afterwards. */
function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ProblemMessage error={me.error} />;
  if (!me.data)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

/** The framework import, for node and regulator administrators. */
function RequireImport() {
  const me = useMe();
  const { t } = useTranslation();
  if (!mayImport(me.data)) {
    return (
      <div className="page">
        <h1>{t("errors.forbiddenTitle")}</h1>
        <p>{t("errors.forbidden")}</p>
      </div>
    );
  }
  return <Outlet />;
}

/** Incident triage, for node admins and regulators. */
function RequireTriage() {
  const me = useMe();
  const { t } = useTranslation();
  if (!mayTriage(me.data)) {
    return (
      <div className="page">
        <h1>{t("errors.forbiddenTitle")}</h1>
        <p>{t("errors.forbidden")}</p>
      </div>
    );
  }
  return <Outlet />;
}

/** Pages for the roles a predicate allows (the node checks again). */
function RequireRole({ allowed }: { allowed: (me: Me | null | undefined) => boolean }) {
  const me = useMe();
  const { t } = useTranslation();
  if (!allowed(me.data)) {
    return (
      <div className="page">
        <h1>{t("errors.forbiddenTitle")}</h1>
        <p>{t("errors.forbidden")}</p>
      </div>
    );
  }
  return <Outlet />;
}

/** Pages of one area, for the roles that have it. */
function RequireArea({ area }: { area: Area }) {
  const me = useMe();
  const { t } = useTranslation();
  if (!areasOf(me.data).has(area)) {
    return (
      <div className="page">
        <h1>{t("errors.forbiddenTitle")}</h1>
        <p>{t("errors.forbidden")}</p>
      </div>
    );
  }
  return <Outlet />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t("errors.notFoundTitle")}</h1>
      <p>{t("errors.pageNotFound")}</p>
    </div>
  );
}

// Pages most people never open are fetched on first use, keeping the first load small.
const lazyPage = <K extends string>(load: () => Promise<Record<K, () => React.ReactNode>>, name: K) => ({
  lazy: async () => ({ Component: (await load())[name] }),
});

export const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { path: "/sign-in", element: <SignInPage /> },
      { path: "/forgot-password", element: <ForgotPasswordPage /> },
      { path: "/reset-password", element: <ResetPasswordPage /> },
      // The framework library is public: no sign-in needed to read, compare or search it.
      { path: "/library", ...lazyPage(() => import("../features/library/LibraryPage.tsx"), "LibraryPage") },
      {
        path: "/library/compare",
        ...lazyPage(() => import("../features/library/ComparePage.tsx"), "ComparePage"),
      },
      {
        path: "/library/:id",
        ...lazyPage(() => import("../features/library/FrameworkPage.tsx"), "FrameworkPage"),
      },
      {
        path: "/library/:id/diff",
        ...lazyPage(() => import("../features/library/DiffPage.tsx"), "DiffPage"),
      },
      // Reporting an AI incident and reading the published ones need no sign-in.
      { path: "/report", ...lazyPage(() => import("../features/incidents/ReportPage.tsx"), "ReportPage") },
      {
        path: "/incidents",
        ...lazyPage(() => import("../features/incidents/IncidentsPage.tsx"), "IncidentsPage"),
      },
      {
        path: "/incidents/:id",
        ...lazyPage(() => import("../features/incidents/IncidentPage.tsx"), "IncidentPage"),
      },
      // The footprint calculator is public (the estimate endpoint is); saving needs a sign-in.
      {
        path: "/footprints/calculator",
        ...lazyPage(() => import("../features/footprints/CalculatorPage.tsx"), "CalculatorPage"),
      },
      // Anyone may check whether a report was issued by this node.
      { path: "/verify", ...lazyPage(() => import("../features/assessments/VerifyPage.tsx"), "VerifyPage") },
      {
        element: <RequireSignIn />,
        children: [
          { index: true, element: <HomePage /> },
          {
            element: <RequireImport />,
            children: [
              {
                path: "/library/import",
                ...lazyPage(() => import("../features/library/ImportPage.tsx"), "ImportPage"),
              },
            ],
          },
          {
            element: <RequireTriage />,
            children: [
              {
                path: "/triage",
                ...lazyPage(() => import("../features/triage/TriagePage.tsx"), "TriagePage"),
              },
              {
                path: "/triage/import",
                ...lazyPage(() => import("../features/triage/ImportReportsPage.tsx"), "ImportReportsPage"),
              },
              {
                path: "/triage/:id",
                ...lazyPage(() => import("../features/triage/TriageIncidentPage.tsx"), "TriageIncidentPage"),
              },
            ],
          },
          {
            element: <RequireRole allowed={maySystems} />,
            children: [
              {
                path: "/systems",
                ...lazyPage(() => import("../features/registry/SystemsPage.tsx"), "SystemsPage"),
              },
              {
                path: "/systems/new",
                ...lazyPage(() => import("../features/registry/NewSystemPage.tsx"), "NewSystemPage"),
              },
            ],
          },
          {
            element: <RequireRole allowed={mayReview} />,
            children: [
              {
                path: "/reviews",
                ...lazyPage(() => import("../features/assessments/ReviewsPage.tsx"), "ReviewsPage"),
              },
              // Regional footprint totals: regulators (their jurisdictions), the Secretariat and node admins.
              {
                path: "/footprints/regional",
                ...lazyPage(() => import("../features/footprints/RegionalPage.tsx"), "RegionalPage"),
              },
            ],
          },
          // A system and an assessment: their organisation, and regulators they were submitted to.
          {
            path: "/systems/:id",
            ...lazyPage(() => import("../features/registry/SystemPage.tsx"), "SystemPage"),
          },
          {
            path: "/assessments/:id",
            ...lazyPage(() => import("../features/assessments/AssessmentPage.tsx"), "AssessmentPage"),
          },
          {
            path: "/profile",
            ...lazyPage(() => import("../features/profile/ProfilePage.tsx"), "ProfilePage"),
          },
          {
            element: <RequireArea area="users" />,
            children: [
              { path: "/users", ...lazyPage(() => import("../features/users/UsersPage.tsx"), "UsersPage") },
              { path: "/users/:id", ...lazyPage(() => import("../features/users/UserPage.tsx"), "UserPage") },
            ],
          },
          {
            element: <RequireArea area="organisations" />,
            children: [
              {
                path: "/organisations",
                ...lazyPage(
                  () => import("../features/organisations/OrganisationsPage.tsx"),
                  "OrganisationsPage",
                ),
              },
            ],
          },
          // Federation pages live under /network: /federation/ is the node-to-node API's prefix.
          {
            element: <RequireRole allowed={mayFederation} />,
            children: [
              {
                path: "/network",
                ...lazyPage(() => import("../features/federation/PeersPage.tsx"), "PeersPage"),
              },
              {
                path: "/network/groups",
                ...lazyPage(
                  () => import("../features/federation/SharingGroupsPage.tsx"),
                  "SharingGroupsPage",
                ),
              },
              {
                path: "/network/records",
                ...lazyPage(() => import("../features/federation/RecordsPage.tsx"), "RecordsPage"),
              },
              {
                path: "/network/records/:id",
                ...lazyPage(() => import("../features/federation/RecordPage.tsx"), "RecordPage"),
              },
              {
                path: "/network/proposals",
                ...lazyPage(() => import("../features/federation/ProposalsPage.tsx"), "ProposalsPage"),
              },
            ],
          },
          {
            element: <RequireArea area="audit" />,
            children: [
              { path: "/audit", ...lazyPage(() => import("../features/audit/AuditPage.tsx"), "AuditPage") },
            ],
          },
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
]);
