import { describe, expect, it } from "vitest";
import type { UserActor } from "./access.ts";
import { ActorCache } from "./actor-cache.ts";

const actor = (userId: string): UserActor => ({
  kind: "user",
  userId,
  email: `${userId}@x.example`,
  displayName: userId,
  locale: "en",
  nodeRole: null,
  memberships: [],
  via: "session",
});

describe("ActorCache", () => {
  it("keeps an actor for the TTL, never past the credential's expiry", () => {
    const c = new ActorCache(5000);
    c.set("s:1", actor("u1"), new Date(10_000_000), 0);
    expect(c.get("s:1", 4999)?.userId).toBe("u1");
    expect(c.get("s:1", 5000)).toBeUndefined();
    c.set("s:2", actor("u2"), new Date(1000), 0);
    expect(c.get("s:2", 999)?.userId).toBe("u2");
    expect(c.get("s:2", 1000)).toBeUndefined();
  });
  it("evicts every credential of a user, and is bounded", () => {
    const c = new ActorCache(5000, 3);
    c.set("s:a", actor("u1"), new Date(Date.now() + 60_000));
    c.set("t:b", actor("u1"), new Date(Date.now() + 60_000));
    c.set("s:c", actor("u2"), new Date(Date.now() + 60_000));
    c.evictUser("u1");
    expect(c.get("s:a")).toBeUndefined();
    expect(c.get("t:b")).toBeUndefined();
    expect(c.get("s:c")?.userId).toBe("u2");
    for (const k of ["1", "2", "3", "4"]) c.set(k, actor(k), new Date(Date.now() + 60_000));
    expect(c.get("s:c")).toBeUndefined();
    expect(c.get("4")?.userId).toBe("4");
  });
});
