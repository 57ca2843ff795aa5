import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrg, makeUser, signIn, startTestNode, type TestNode } from "../../../test/helpers.ts";
import { fromRoot } from "../../platform/paths.ts";

let node: TestNode;
let admin: Awaited<ReturnType<typeof signIn>>;

const basic = () => JSON.parse(readFileSync(fromRoot("test/fixtures/nist-basic-catalog.json"), "utf8"));
const NIST_BASIC = {
  frameworkId: "nist-basic",
  jurisdiction: "INTL",
  instrumentType: "standard",
  bindingStatus: "voluntary",
} as const;

/** A small catalog with statements in ASEAN languages (test data, not content). */
function multilingual(version = "1.0.0") {
  const p = (name: string, value: string) => ({ name, ns: "urn:asean-ai-safe:oscal", value });
  const ctl = (id: string, title: string, prose: string) => ({
    id,
    title,
    props: [p("source-ref", "test"), p("verification", "verified")],
    parts: [{ id: `${id}_smt`, name: "statement", prose }],
  });
  return {
    catalog: {
      uuid: "3b0c3d2e-8f7a-4c55-9d3e-2a1b0c9d8e7f",
      metadata: {
        title: "Multilingual test catalog",
        "last-modified": "2026-11-28T00:00:00Z",
        version,
        "oscal-version": "1.0.6",
        props: [
          p("framework-id", "test-multilingual"),
          p("jurisdiction", "TH"),
          p("instrument-type", "guideline"),
          p("binding-status", "voluntary"),
          p("review-status", "draft"),
        ],
      },
      groups: [
        {
          id: "g",
          title: "Principles",
          controls: [
            ctl("th-1", "ความโปร่งใส", "ผู้พัฒนาต้องอธิบายการทำงานของระบบปัญญาประดิษฐ์ได้"),
            ctl("lo-1", "ຄວາມໂປ່ງໃສ", "ລະບົບປັນຍາປະດິດຕ້ອງມີຄວາມໂປ່ງໃສ"),
            ctl("km-1", "តម្លាភាព", "ប្រព័ន្ធបញ្ញាសិប្បនិម្មិតត្រូវមានតម្លាភាព"),
            ctl("my-1", "ပွင့်လင်းမြင်သာမှု", "ဉာဏ်ရည်တုစနစ်များသည် ပွင့်လင်းမြင်သာမှုရှိရမည်"),
            ctl("vi-1", "Tính minh bạch", "Hệ thống trí tuệ nhân tạo phải bảo đảm tính minh bạch"),
            ctl("ms-1", "Ketelusan", "Sistem kecerdasan buatan mesti telus dan boleh dijelaskan"),
            ctl("id-1", "Transparansi", "Sistem kecerdasan artifisial harus transparan"),
            ctl("old-1", "Obsolete requirement", "Dropped in the next release"),
          ],
        },
      ],
    },
  };
}

beforeAll(async () => {
  node = await startTestNode();
  admin = await signIn(node.app, await makeUser(node.ctx, { nodeAdmin: true }));
});
afterAll(() => node.close());

const importCatalog = (doc: unknown, query: Record<string, string> = {}, auth = admin) =>
  node.app.inject({
    method: "POST",
    url: `/api/v1/frameworks/import?${new URLSearchParams(query)}`,
    headers: { cookie: auth.cookie, "x-csrf-token": auth.csrf },
    payload: doc as object,
  });

describe("the library", () => {
  it("lists frameworks with filters, publicly", async () => {
    const all = await node.client.GET("/api/v1/frameworks");
    expect(all.data!.length).toBeGreaterThanOrEqual(19);
    const my = await node.client.GET("/api/v1/frameworks", { params: { query: { jurisdiction: "MY" } } });
    expect(my.data!.map((f) => f.id)).toEqual(["my-aige-2024"]);
    const binding = await node.client.GET("/api/v1/frameworks", {
      params: { query: { bindingStatus: "binding" } },
    });
    expect(binding.data!.map((f) => f.id)).toEqual(
      expect.arrayContaining(["eu-ai-act-2024", "vn-law-ai-2025"]),
    );
    const none = await node.client.GET("/api/v1/frameworks", {
      params: { query: { bindingStatus: "none-adopted" } },
    });
    expect(none.data!.every((f) => f.requirementCount === 0)).toBe(true);
  });

  it("reads a framework's requirement tree, and 404s an unknown one", async () => {
    const g = await node.client.GET("/api/v1/frameworks/{id}", {
      params: { path: { id: "asean-guide-2024" } },
    });
    expect(g.data).toMatchObject({
      id: "asean-guide-2024",
      jurisdiction: "ASEAN",
      bindingStatus: "voluntary",
    });
    const principles = g.data!.requirements.filter((r) => r.parentId === "principles");
    expect(principles.map((r) => r.id)).toContain("human-centricity");
    expect(g.data!.requirements.every((r) => r.kind === "group" || r.sourceRef)).toBe(true);
    const missing = await node.client.GET("/api/v1/frameworks/{id}", {
      params: { path: { id: "no-such-framework" } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("import and export", () => {
  it("imports NIST's example catalog and exports it unchanged", async () => {
    const r = await importCatalog(basic(), NIST_BASIC);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ frameworkId: "nist-basic", status: "created", version: "1.1" });
    expect(r.json().warnings.length).toBeGreaterThan(0); // no source references in NIST's example
    const out = await node.client.GET("/api/v1/frameworks/{id}/oscal", {
      params: { path: { id: "nist-basic" } },
    });
    expect(out.data).toEqual(basic());
    const again = await importCatalog(basic(), NIST_BASIC);
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe("unchanged");
  });

  it("a new release is a new version with a computed diff; an edited release is refused", async () => {
    expect((await importCatalog(multilingual("1.0.0"))).statusCode).toBe(201);
    const next = multilingual("1.1.0");
    next.catalog.groups[0]!.controls[0]!.title = "ความโปร่งใสและการอธิบายได้";
    next.catalog.groups[0]!.controls = next.catalog.groups[0]!.controls.filter((c) => c.id !== "old-1");
    const r = await importCatalog(next);
    expect(r.json()).toMatchObject({ status: "new-version", version: "1.1.0" });
    const versions = await node.client.GET("/api/v1/frameworks/{id}/versions", {
      params: { path: { id: "test-multilingual" } },
    });
    expect(versions.data!.map((v) => v.version)).toEqual(["1.0.0", "1.1.0"]);
    const diff = await node.client.GET("/api/v1/frameworks/{id}/diff", {
      params: { path: { id: "test-multilingual" }, query: { from: "1.0.0", to: "1.1.0" } },
    });
    expect(diff.data!.summary).toEqual({ added: 0, removed: 1, changed: 1 });
    expect(diff.data!.changes).toContainEqual(
      expect.objectContaining({ id: "th-1", change: "changed", fields: ["title"] }),
    );
    const old = await node.client.GET("/api/v1/frameworks/{id}", {
      params: { path: { id: "test-multilingual" }, query: { version: "1.0.0" } },
    });
    expect(old.data!.requirements.find((q) => q.id === "th-1")?.title).toBe("ความโปร่งใส");

    const edited = multilingual("1.1.0");
    const conflict = await importCatalog(edited);
    expect(conflict.statusCode).toBe(409);
  });

  it("refuses a bad import whole, listing every problem, and writes nothing", async () => {
    const before = (await node.client.GET("/api/v1/frameworks")).data!.length;
    const notOscal = await importCatalog({ hello: "world" });
    expect(notOscal.statusCode).toBe(400);
    expect(notOscal.json().errors[0]).toMatchObject({ field: "/" });

    const dup = basic();
    dup.catalog.groups[0].groups[0].controls[1].id = "s1.1.1";
    dup.catalog.metadata.version = "9.9";
    const d = await importCatalog(dup, { ...NIST_BASIC, frameworkId: "nist-dup" });
    expect(d.statusCode).toBe(400);
    expect(d.json().errors).toContainEqual({
      field: "/catalog/groups/0/groups/0/controls/1/id",
      message: expect.stringContaining("duplicate id"),
    });

    const bad = basic();
    bad.catalog.uuid = "not-a-uuid";
    bad.catalog.groups[0].title = 42;
    const b = await importCatalog(bad, { ...NIST_BASIC, frameworkId: "nist-bad" });
    expect(b.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(["/catalog/uuid", "/catalog/groups/0/title"]),
    );

    const noMeta = await importCatalog(basic(), { frameworkId: "nist-nometa" });
    expect(noMeta.statusCode).toBe(400);
    expect((await node.client.GET("/api/v1/frameworks")).data!.length).toBe(before);
    expect(
      (await node.client.GET("/api/v1/frameworks/{id}", { params: { path: { id: "nist-dup" } } })).response
        .status,
    ).toBe(404);
  });

  it("is for administrators: a regulator admin imports only for its jurisdiction", async () => {
    const anon = await node.app.inject({
      method: "POST",
      url: "/api/v1/frameworks/import",
      payload: basic(),
    });
    expect(anon.statusCode).toBe(401);
    const org = await makeOrg(node.ctx, "company", "MY");
    const member = await signIn(node.app, await makeUser(node.ctx, { orgId: org.id, role: "org-admin" }));
    expect((await importCatalog(basic(), NIST_BASIC, member)).statusCode).toBe(403);
    const reg = await makeOrg(node.ctx, "regulator", "MY");
    const ra = await signIn(node.app, await makeUser(node.ctx, { orgId: reg.id, role: "regulator-admin" }));
    const th = await importCatalog(
      basic(),
      { ...NIST_BASIC, frameworkId: "th-test", jurisdiction: "TH" },
      ra,
    );
    expect(th.statusCode).toBe(403);
    const my = await importCatalog(
      basic(),
      { ...NIST_BASIC, frameworkId: "my-test", jurisdiction: "MY" },
      ra,
    );
    expect(my.statusCode).toBe(201);
  });
});

describe("crosswalks", () => {
  it("gives a direct crosswalk to the hub, either way round", async () => {
    const d = await node.client.GET("/api/v1/crosswalks", {
      params: { query: { from: "nist-ai-rmf-1.0", to: "asean-guide-2024" } },
    });
    const view = d.data as { kind: string; entries: { derived: boolean; target: string }[] };
    expect(view.kind).toBe("direct");
    expect(view.entries.every((e) => !e.derived)).toBe(true);
    const back = await node.client.GET("/api/v1/crosswalks", {
      params: { query: { from: "asean-guide-2024", to: "nist-ai-rmf-1.0" } },
    });
    expect((back.data as { entries: unknown[] }).entries.length).toBe(view.entries.length);
  });

  it("derives Malaysia's AIGE to Viet Nam's AI law through the hub, with reasons", async () => {
    const r = await node.client.GET("/api/v1/crosswalks", {
      params: { query: { from: "my-aige-2024", to: "vn-law-ai-2025" } },
    });
    const v = r.data as {
      kind: string;
      hub: string;
      entries: {
        derived: boolean;
        via?: { hub: string; fromLink: { rationale: string }; toLink: { rationale: string } };
        confidence: string;
      }[];
    };
    expect(v.kind).toBe("derived");
    expect(v.hub).toBe("asean-guide-2024");
    expect(v.entries.length).toBeGreaterThan(0);
    for (const e of v.entries) {
      expect(e.derived).toBe(true);
      expect(e.via!.fromLink.rationale).toBeTruthy();
      expect(e.via!.toLink.rationale).toBeTruthy();
    }
    const oscal = await node.app.inject({
      url: "/api/v1/crosswalks?from=my-aige-2024&to=vn-law-ai-2025&format=oscal",
    });
    expect(oscal.json()["mapping-collection"].provenance["mapping-description"]).toContain("Derived");
  });

  it("404s when one side has no path to the hub; refuses a crosswalk that maps to requirements that do not exist", async () => {
    const r = await node.client.GET("/api/v1/crosswalks", {
      params: { query: { from: "nist-basic", to: "nist-ai-rmf-1.0" } },
    });
    expect(r.response.status).toBe(404);
    const doc = JSON.parse(
      readFileSync(fromRoot("content/crosswalks/oecd-ai-principles-2024__asean-guide-2024.json"), "utf8"),
    );
    doc["mapping-collection"].metadata.version = "9.0.0";
    doc["mapping-collection"].mappings[0].maps[0].targets[0]["id-ref"] = "no-such-hub-item";
    const res = await node.app.inject({
      method: "POST",
      url: "/api/v1/crosswalks/import",
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrf },
      payload: doc,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({
      field: "/mapping-collection/mappings/0/maps/0/targets/0/id-ref",
      message: '"no-such-hub-item" is not a requirement of asean-guide-2024',
    });
  });
});

describe("search", () => {
  it.each([
    ["ความโปร่งใส", "th-1"],
    ["ປັນຍາປະດິດ", "lo-1"],
    ["តម្លាភាព", "km-1"],
    ["ပွင့်လင်းမြင်သာမှု", "my-1"],
    ["minh bạch", "vi-1"],
    ["minh bach", "vi-1"],
    ["telus", "ms-1"],
    ["transparan", "id-1"],
  ])("finds %s", async (q, id) => {
    const r = await node.client.GET("/api/v1/search", {
      params: { query: { q, framework: "test-multilingual" } },
    });
    expect(r.data!.items.map((i) => i.id)).toContain(id);
  });

  it("searches every framework in English", async () => {
    const r = await node.client.GET("/api/v1/search", { params: { query: { q: "human oversight" } } });
    expect(r.data!.items.length).toBeGreaterThan(0);
    expect(new Set(r.data!.items.map((i) => i.frameworkId)).size).toBeGreaterThan(1);
  });
});
