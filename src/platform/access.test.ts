import { describe, expect, it } from "vitest";
import {
  type Actor,
  authorize,
  can,
  filterVisible,
  grantableRoles,
  orgScope,
  requiredScope,
} from "./access.ts";
import type { AppError } from "./errors.ts";

const user = (over: Partial<Extract<Actor, { kind: "user" }>> = {}): Actor => ({
  kind: "user",
  userId: "u1",
  email: "u@x.example",
  displayName: "U",
  locale: "en",
  nodeRole: null,
  memberships: [],
  via: "session",
  ...over,
});
const member = (
  orgId: string,
  jurisdiction: string,
  role: "regulator-admin" | "regulator-analyst" | "org-admin" | "org-member",
) => ({
  orgId,
  orgName: orgId,
  orgType: role.startsWith("regulator") ? "regulator" : "company",
  jurisdiction,
  role,
});
const code = (fn: () => void) => {
  try {
    fn();
    return "ok";
  } catch (e) {
    return (e as AppError).code;
  }
};

describe("authorize (route gate)", () => {
  it("lets anyone through public routes and asks the anonymous to sign in elsewhere", () => {
    expect(code(() => authorize({ kind: "anonymous" }, "public", "GET"))).toBe("ok");
    expect(code(() => authorize({ kind: "anonymous" }, "self", "GET"))).toBe("not_signed_in");
  });
  it("checks roles", () => {
    expect(code(() => authorize(user(), "users:manage", "POST"))).toBe("forbidden");
    expect(code(() => authorize(user({ nodeRole: "node-admin" }), "audit:read", "GET"))).toBe("ok");
    expect(
      code(() =>
        authorize(user({ memberships: [member("o", "MY", "regulator-admin")] }), "audit:read", "GET"),
      ),
    ).toBe("forbidden");
    expect(
      code(() => authorize(user({ memberships: [member("o", "MY", "org-admin")] }), "users:manage", "POST")),
    ).toBe("ok");
    expect(
      code(() => authorize(user({ memberships: [member("o", "MY", "org-member")] }), "orgs:read", "GET")),
    ).toBe("ok");
  });
  it("limits API tokens to their scopes", () => {
    const t = (scopes: ("read" | "write" | "admin")[]) =>
      user({ nodeRole: "node-admin", via: "token", token: { id: "t", name: "t", scopes } });
    expect(code(() => authorize(t(["read"]), "self", "GET"))).toBe("ok");
    expect(code(() => authorize(t(["read"]), "self", "PATCH"))).toBe("forbidden");
    expect(code(() => authorize(t(["write"]), "self", "PATCH"))).toBe("ok");
    expect(code(() => authorize(t(["write"]), "self", "GET"))).toBe("ok");
    expect(code(() => authorize(t(["write"]), "users:manage", "POST"))).toBe("forbidden");
    expect(code(() => authorize(t(["admin"]), "users:manage", "POST"))).toBe("ok");
  });
  it("needs write for changes and admin for administrative permissions", () => {
    expect(requiredScope("orgs:read", "GET")).toBe("read");
    expect(requiredScope("self", "DELETE")).toBe("write");
    expect(requiredScope("node:manage", "GET")).toBe("admin");
  });
});

describe("organisation visibility", () => {
  const orgA = { id: "a", jurisdiction: "MY" };
  const orgB = { id: "b", jurisdiction: "MY" };
  const orgTH = { id: "t", jurisdiction: "TH" };

  it("org A cannot see org B", () => {
    const a = user({ memberships: [member("a", "MY", "org-admin")] });
    expect(can(a, "read", orgA)).toBe(true);
    expect(can(a, "read", orgB)).toBe(false);
    expect(can(a, "manage", orgB)).toBe(false);
    expect(filterVisible(a, [orgA, orgB, orgTH])).toEqual([orgA]);
  });
  it("a regulator sees its jurisdiction, not others", () => {
    const r = user({ memberships: [member("reg", "MY", "regulator-analyst")] });
    expect(filterVisible(r, [orgA, orgB, orgTH])).toEqual([orgA, orgB]);
    expect(can(r, "manage", orgA)).toBe(false);
    const ra = user({ memberships: [member("reg", "MY", "regulator-admin")] });
    expect(can(ra, "manage", orgA)).toBe(true);
    expect(can(ra, "manage", orgTH)).toBe(false);
  });
  it("a Secretariat regulator and a node admin see everything", () => {
    const s = user({ memberships: [member("sec", "ASEAN", "regulator-analyst")] });
    expect(orgScope(s).all).toBe(true);
    expect(filterVisible(user({ nodeRole: "node-admin" }), [orgA, orgTH])).toHaveLength(2);
  });
  it("the anonymous see no organisation", () => {
    expect(filterVisible({ kind: "anonymous" }, [orgA])).toEqual([]);
  });
  it("grants only the roles that fit the organisation", () => {
    const ra = user({ memberships: [member("reg", "MY", "regulator-admin")] });
    expect(grantableRoles(ra, { id: "reg", jurisdiction: "MY", type: "regulator" })).toEqual([
      "regulator-admin",
      "regulator-analyst",
    ]);
    expect(grantableRoles(ra, { id: "a", jurisdiction: "MY", type: "company" })).toEqual([
      "org-admin",
      "org-member",
    ]);
    const m = user({ memberships: [member("a", "MY", "org-member")] });
    expect(grantableRoles(m, { id: "a", jurisdiction: "MY", type: "company" })).toEqual([]);
  });
});
