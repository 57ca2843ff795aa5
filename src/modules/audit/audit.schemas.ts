import { z } from "zod";
import { PageQuery, page } from "../../platform/http-schemas.ts";

export const AuditEntry = z
  .object({
    seq: z.string(),
    id: z.uuid(),
    at: z.string(),
    actorType: z.enum(["user", "token", "peer", "system"]),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    changeHash: z.string(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: "AuditEntry" });

export const AuditPage = page(AuditEntry).meta({ id: "AuditPage" });

export const AuditQuery = z.strictObject({
  action: z.string().max(100).optional().describe("Exact action, or a prefix ending in '.' (e.g. 'user.')"),
  actor: z.string().max(200).optional().describe("Part of the actor's label (e-mail)"),
  targetType: z.string().max(50).optional(),
  targetId: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  ...PageQuery,
});

export const AuditVerification = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    broken: z.object({ seq: z.string(), reason: z.string() }).optional(),
  })
  .meta({ id: "AuditVerification" });
