import { z } from "zod";
import { ORG_ROLES } from "../../platform/access.ts";
import { PageQuery, page } from "../../platform/http-schemas.ts";

export const ORG_TYPES = [
  "secretariat",
  "regulator",
  "company",
  "msme",
  "research",
  "civil-society",
  "other",
] as const;
export const LOCALES = ["en", "ms", "id", "th", "vi", "fil", "km", "lo", "my", "tet"] as const;

export const JurisdictionCode = z
  .string()
  .regex(/^([A-Z]{2}|ASEAN)$/, "must be an ISO 3166-1 alpha-2 code of a member state, or ASEAN");

export const Jurisdiction = z
  .object({
    code: z.string(),
    name: z.string(),
    nativeName: z.string(),
    nativeLang: z.string().describe("BCP 47 tag of the native name"),
    kind: z.enum(["member-state", "secretariat"]),
  })
  .meta({ id: "Jurisdiction" });

export const NodeInfo = z
  .object({
    nodeId: z.uuid(),
    jurisdiction: z.string(),
    name: z.string(),
    publicKeyJwk: z.object({ kty: z.string(), crv: z.string(), x: z.string() }),
    fingerprint: z.string().describe("RFC 7638 JWK SHA-256 thumbprint, for out-of-band confirmation"),
    version: z.string(),
  })
  .meta({ id: "NodeInfo" });

export const Organisation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: z.enum(ORG_TYPES),
    jurisdiction: z.string(),
    memberCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Organisation" });

export const OrganisationCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    type: z.enum(ORG_TYPES),
    jurisdiction: JurisdictionCode,
  })
  .meta({ id: "OrganisationCreate" });

export const OrganisationUpdate = z
  .strictObject({ name: z.string().trim().min(1).max(200).optional(), type: z.enum(ORG_TYPES).optional() })
  .meta({ id: "OrganisationUpdate" });

export const OrganisationQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  jurisdiction: JurisdictionCode.optional(),
  type: z.enum(ORG_TYPES).optional(),
  ...PageQuery,
});

export const OrganisationPage = page(Organisation).meta({ id: "OrganisationPage" });

export const MembershipView = z
  .object({
    orgId: z.uuid(),
    orgName: z.string(),
    orgType: z.string(),
    jurisdiction: z.string(),
    role: z.enum(ORG_ROLES),
  })
  .meta({ id: "Membership" });

export const User = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    nodeRole: z.enum(["node-admin"]).nullable(),
    status: z.enum(["active", "disabled"]),
    memberships: z.array(MembershipView),
    createdAt: z.string(),
  })
  .meta({ id: "User" });

export const UserPage = page(User).meta({ id: "UserPage" });

export const Password = z
  .string()
  .min(12, "must be at least 12 characters")
  .max(200, "must be at most 200 characters");

export const UserCreate = z
  .strictObject({
    email: z.email().max(254),
    displayName: z.string().trim().min(1).max(200),
    password: Password.optional().describe("Omit for single sign-on only users"),
    locale: z.enum(LOCALES).default("en"),
    nodeRole: z.enum(["node-admin"]).nullable().default(null),
    membership: z.strictObject({ orgId: z.uuid(), role: z.enum(ORG_ROLES) }).optional(),
  })
  .meta({ id: "UserCreate" });

export const UserUpdate = z
  .strictObject({
    displayName: z.string().trim().min(1).max(200).optional(),
    status: z.enum(["active", "disabled"]).optional(),
    nodeRole: z.enum(["node-admin"]).nullable().optional(),
  })
  .meta({ id: "UserUpdate" });

export const UserQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  orgId: z.uuid().optional(),
  ...PageQuery,
});

export const MembershipPut = z.strictObject({ role: z.enum(ORG_ROLES) }).meta({ id: "MembershipPut" });

export const ProfileUpdate = z
  .strictObject({
    displayName: z.string().trim().min(1).max(200).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .meta({ id: "ProfileUpdate" });

export type OrganisationT = z.infer<typeof Organisation>;
export type UserT = z.infer<typeof User>;
export type UserCreateT = z.infer<typeof UserCreate>;
