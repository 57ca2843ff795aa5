import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("defaults to an embedded node on port 3000 with data in ./data", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir.endsWith("/data")).toBe(true);
    expect(c.node.jurisdiction).toBe("ASEAN");
    expect(c.oidc).toBeUndefined();
  });
  it("names each invalid variable", () => {
    expect(() => loadConfig({ PORT: "http", DATABASE_URL: "nope" })).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: "http", DATABASE_URL: "nope" });
    } catch (e) {
      expect((e as Error).message).toContain("PORT");
      expect((e as Error).message).toContain("DATABASE_URL");
    }
  });
  it("requires the admin e-mail and password together", () => {
    expect(() => loadConfig({ AISAFE_ADMIN_EMAIL: "a@b.example" })).toThrow(/together/);
    expect(
      loadConfig({ AISAFE_ADMIN_EMAIL: "A@B.example", AISAFE_ADMIN_PASSWORD: "long-enough-pw" }).admin,
    ).toEqual({
      email: "a@b.example",
      password: "long-enough-pw",
    });
  });
});
