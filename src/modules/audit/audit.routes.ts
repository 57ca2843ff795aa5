import type { AppContext } from "../../platform/context.ts";
import type { App } from "../../platform/http.ts";
import { problems } from "../../platform/http-schemas.ts";
import { AuditPage, AuditQuery, AuditVerification } from "./audit.schemas.ts";
import * as audit from "./audit.service.ts";

export function auditRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      "/api/v1/audit",
      {
        config: { permission: "audit:read" },
        schema: {
          tags: ["audit"],
          summary: "Browse and filter the audit trail",
          querystring: AuditQuery,
          response: { 200: AuditPage, ...problems(400, 401, 403) },
        },
      },
      async (req) => audit.listAudit(ctx, req.actor, req.query),
    );
    app.get(
      "/api/v1/audit/verify",
      {
        config: { permission: "audit:read" },
        schema: {
          tags: ["audit"],
          summary: "Check the hash chain of the audit trail",
          response: { 200: AuditVerification, ...problems(401, 403) },
        },
      },
      async () => audit.verify(ctx),
    );
  };
}
