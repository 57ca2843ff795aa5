import { z } from "zod";
import { TOKEN_SCOPES } from "../../platform/access.ts";
import { MembershipView, Password } from "../tenancy/tenancy.schemas.ts";

export const LoginBody = z
  .strictObject({ email: z.email().max(254), password: z.string().min(1).max(200) })
  .meta({ id: "LoginRequest" });

export const Me = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    nodeRole: z.enum(["node-admin"]).nullable(),
    roles: z.array(z.string()),
    memberships: z.array(MembershipView),
    via: z.enum(["session", "token"]),
    csrfToken: z
      .string()
      .optional()
      .describe("Send as x-csrf-token on state-changing requests made with the session cookie"),
  })
  .meta({ id: "Me" });

export const AuthConfig = z
  .object({
    passwordLogin: z.boolean(),
    passwordReset: z.boolean(),
    oidc: z.object({ label: z.string(), startUrl: z.string() }).nullable(),
  })
  .meta({ id: "AuthConfig" });

export const ApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "ApiToken" });

export const ApiTokenCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1),
    expiresInDays: z.number().int().min(1).max(366).default(90),
  })
  .meta({ id: "ApiTokenCreate" });

export const ApiTokenCreated = ApiToken.extend({
  token: z.string().describe("The secret; shown once, never stored"),
}).meta({ id: "ApiTokenCreated" });

export const PasswordResetRequest = z
  .strictObject({ email: z.email().max(254) })
  .meta({ id: "PasswordResetRequest" });
export const PasswordResetConfirm = z
  .strictObject({ token: z.string().min(20).max(200), password: Password })
  .meta({ id: "PasswordResetConfirm" });
export const Accepted = z.object({ accepted: z.literal(true), message: z.string() }).meta({ id: "Accepted" });
