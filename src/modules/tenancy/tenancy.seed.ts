import { type Actor, type OrgRole, systemActor } from "../../platform/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { randomToken } from "../../platform/ids.ts";
import * as tenancy from "./tenancy.service.ts";

export interface SeededUser {
  email: string;
  password: string;
  role: string;
}

const DEMO_ORGS = [
  {
    key: "secretariat",
    name: "ASEAN AI Safe Secretariat (demo)",
    type: "secretariat",
    jurisdiction: "ASEAN",
  },
  { key: "regulator", name: "Demo AI Governance Office Malaysia", type: "regulator", jurisdiction: "MY" },
  { key: "company", name: "Demo Fintech Sdn Bhd", type: "company", jurisdiction: "MY" },
  { key: "msme", name: "Kedai Demo Enterprise", type: "msme", jurisdiction: "MY" },
  { key: "th-company", name: "Demo Health Analytics Co., Ltd.", type: "company", jurisdiction: "TH" },
  { key: "research", name: "Demo AI Safety Research Lab", type: "research", jurisdiction: "SG" },
] as const;

const DEMO_USERS: {
  email: string;
  name: string;
  org?: (typeof DEMO_ORGS)[number]["key"];
  role: OrgRole | "node-admin";
}[] = [
  {
    email: "regulator.admin@demo.aisafe.example",
    name: "Nurul Regulator-Admin",
    org: "regulator",
    role: "regulator-admin",
  },
  { email: "analyst@demo.aisafe.example", name: "Arif Analyst", org: "regulator", role: "regulator-analyst" },
  {
    email: "secretariat.analyst@demo.aisafe.example",
    name: "Dewi Secretariat",
    org: "secretariat",
    role: "regulator-analyst",
  },
  { email: "org.admin@demo.aisafe.example", name: "Siti Org-Admin", org: "company", role: "org-admin" },
  { email: "member@demo.aisafe.example", name: "Minh Member", org: "company", role: "org-member" },
  { email: "msme@demo.aisafe.example", name: "Ahmad MSME Owner", org: "msme", role: "org-admin" },
  { email: "th.admin@demo.aisafe.example", name: "Somchai Org-Admin", org: "th-company", role: "org-admin" },
];

/**
 * First-start seeding: the first node administrator (from AISAFE_ADMIN_EMAIL/PASSWORD, else a demo
 * admin with a random password) and, in demo mode, a few organisations and one user per role.
 * Does nothing when the node already has users. Returns the credentials it created, to print once.
 */
export async function seedIfEmpty(
  ctx: AppContext,
  actor: Actor = systemActor("seed"),
): Promise<SeededUser[]> {
  const existing = await tenancy.listUsers(ctx, actor, { limit: 1, offset: 0 });
  if (existing.total > 0) return [];
  const created: SeededUser[] = [];
  const admin = ctx.config.admin ?? { email: "admin@demo.aisafe.example", password: randomToken(12) };
  await tenancy.createUser(ctx, actor, {
    email: admin.email,
    displayName: "Node Administrator",
    password: admin.password,
    locale: "en",
    nodeRole: "node-admin",
  });
  created.push({ email: admin.email, password: admin.password, role: "node-admin" });
  if (ctx.config.demo) created.push(...(await seedDemo(ctx, actor)));
  return created;
}

/** Demo organisations and one user per role (idempotent: skips what exists). */
export async function seedDemo(ctx: AppContext, actor: Actor = systemActor("seed")): Promise<SeededUser[]> {
  const orgIds = new Map<string, string>();
  for (const o of DEMO_ORGS) {
    const found = await tenancy.findOrgByName(ctx, o.jurisdiction, o.name);
    const { key, ...input } = o;
    orgIds.set(key, (found ?? (await tenancy.createOrg(ctx, actor, input))).id);
  }
  const created: SeededUser[] = [];
  for (const u of DEMO_USERS) {
    if (await tenancy.findUserByEmail(ctx, u.email)) continue;
    const password = randomToken(12);
    await tenancy.createUser(ctx, actor, {
      email: u.email,
      displayName: u.name,
      password,
      locale: "en",
      nodeRole: null,
      membership: { orgId: orgIds.get(u.org!)!, role: u.role as OrgRole },
    });
    created.push({ email: u.email, password, role: u.role });
  }
  return created;
}
