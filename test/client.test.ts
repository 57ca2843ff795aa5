import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { generateClientSources } from "../src/client/generate.ts";

let generated: Awaited<ReturnType<typeof generateClientSources>>;
beforeAll(async () => {
  generated = await generateClientSources();
});

describe("generated API client", () => {
  it("matches the node's current OpenAPI document (run `npm run gen:client` when this fails)", () => {
    const { openapi, schema } = generated;
    expect(readFileSync(new URL("../src/client/openapi.json", import.meta.url), "utf8")).toBe(openapi);
    expect(readFileSync(new URL("../src/client/schema.d.ts", import.meta.url), "utf8")).toBe(schema);
  });

  it("names its component schemas and documents errors as problem details", () => {
    const doc = JSON.parse(generated.openapi);
    expect(doc.openapi).toBe("3.1.0");
    for (const name of ["Problem", "Me", "Jurisdiction", "NodeInfo", "Organisation", "User", "AuditEntry"]) {
      expect(doc.components.schemas).toHaveProperty(name);
    }
    const login = doc.paths["/api/v1/auth/login"].post;
    expect(login.responses["401"].content["application/problem+json"].schema.$ref).toBe(
      "#/components/schemas/Problem",
    );
  });
});
