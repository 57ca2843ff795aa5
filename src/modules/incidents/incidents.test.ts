import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Auth, makeOrg, makeUser, signIn, startTestNode, type TestNode } from "../../../test/helpers.ts";
import { verifyAuditChain } from "../../platform/audit.ts";
import { toTsquery } from "../../platform/text.ts";
import * as repo from "./incidents.repo.ts";
import { occurrenceLexemes } from "./incidents.repo.ts";
import { indexMissing } from "./incidents.service.ts";

let node: TestNode;
let analyst: Auth;
let analystId: string;
let admin: Auth;

// A structurally valid, fictional NIK: DKI Jakarta (31), regency 74, district 01, born 15 May 1990, serial 0001.
const NIK = "3174011505900001";

const english = {
  lang: "en",
  title: "KreditKilat loan-scoring chatbot exposed customers' ID numbers",
  description:
    "In March 2026 the KreditKilat lending app's AI chatbot, built on the PinjamBot model, returned other customers' national ID numbers (NIK) and phone numbers when asked about loan scores. Users in Jakarta reported screenshots.",
  aiRelation: ["direct-cause"],
  reporter: { stakeholderGroup: "journalist", relation: "informed-third-party" },
  occurredFrom: "2026-03",
  countries: ["ID"],
  evidence: [{ url: "https://news.example/kreditkilat-chatbot-leak" }],
  systems: [{ name: "PinjamBot", provider: "KreditKilat" }],
  severity: "incident",
  harmTypes: ["human-fundamental-rights", "economic-property"],
  industry: "K",
} as const;

const indonesian = {
  lang: "id",
  title: "Chatbot penilaian pinjaman KreditKilat membocorkan NIK nasabah",
  description: `Pada 14 Maret 2026 chatbot AI PinjamBot di aplikasi KreditKilat menampilkan NIK ${NIK} milik nasabah lain dan nomor HP 0812-3456-7890 saat saya menanyakan skor pinjaman. Hubungi saya di siti.aminah@mail.example.`,
  aiRelation: ["direct-cause"],
  reporter: { stakeholderGroup: "affected-person", relation: "directly-involved" },
  occurredFrom: "2026-03-14",
  countries: ["ID"],
  evidence: [{ url: "https://news.example/kreditkilat-chatbot-leak?utm_source=wa" }],
  systems: [{ name: "PinjamBot", provider: "KreditKilat" }],
  severity: "incident",
  harmTypes: ["human-fundamental-rights"],
  contact: { name: "Siti Aminah", email: "siti.aminah@mail.example" },
} as const;

beforeAll(async () => {
  node = await startTestNode();
  const sec = await makeOrg(node.ctx, "secretariat", "ASEAN");
  const a = await makeUser(node.ctx, { orgId: sec.id, role: "regulator-analyst" });
  analystId = a.id;
  analyst = await signIn(node.app, a);
  admin = await signIn(node.app, await makeUser(node.ctx, { nodeAdmin: true }));
});
afterAll(() => node.close());

describe("intake", () => {
  it("takes an anonymous report, enforcing the mandatory fields by name", async () => {
    const bad = await node.client.POST("/api/v1/reports", {
      body: {
        lang: "en",
        title: "x",
        description: "too short",
        evidence: [],
        harmTypes: [],
        aiRelation: [],
      } as never,
    });
    expect(bad.response.status).toBe(400);
    const fields = (bad.error as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "title",
        "description",
        "evidence",
        "harmTypes",
        "aiRelation",
        "reporter",
        "severity",
      ]),
    );
    const unknownValue = await node.client.POST("/api/v1/reports", {
      body: { ...english, harmTypes: ["boredom"] } as never,
    });
    expect((unknownValue.error as { errors: { field: string }[] }).errors[0]!.field).toBe("harmTypes.0");

    const ok = await node.client.POST("/api/v1/reports", { body: english as never });
    expect(ok.response.status).toBe(201);
    expect(ok.data).toMatchObject({
      status: "submitted",
      incidentRef: expect.stringMatching(/^INC-ASEAN-\d{4}-\d{6}$/),
      reportRef: expect.stringMatching(/^REP-ASEAN-/),
    });
  });

  it("keeps the contact in a protected store: analysts see it, the public never does", async () => {
    const r = await node.client.POST("/api/v1/reports", { body: indonesian as never });
    const id = r.data!.incidentId;
    expect(
      (await node.client.GET("/api/v1/incidents/{id}/reports", { params: { path: { id } } })).response.status,
    ).toBe(401);
    const org = await makeOrg(node.ctx, "company", "ID");
    const member = await signIn(node.app, await makeUser(node.ctx, { orgId: org.id, role: "org-admin" }));
    expect(
      (await node.as(member).GET("/api/v1/incidents/{id}/reports", { params: { path: { id } } })).response
        .status,
    ).toBe(403);
    const reports = await node
      .as(analyst)
      .GET("/api/v1/incidents/{id}/reports", { params: { path: { id } } });
    expect(reports.data![0]!.contact).toEqual({
      name: "Siti Aminah",
      email: "siti.aminah@mail.example",
      phone: null,
    });
    // Not published: invisible to the public.
    expect(
      (await node.client.GET("/api/v1/incidents/{id}", { params: { path: { id } } })).response.status,
    ).toBe(404);
  });
});

describe("from a report in Indonesian to a published incident (the issue's story)", () => {
  it("suggests the English duplicate, merges, redacts, publishes, and the public finds and exports it", async () => {
    const en = await node.as(admin).POST("/api/v1/reports", { body: english as never });
    const idr = await node.client.POST("/api/v1/reports", { body: indonesian as never });
    const target = en.data!.incidentId;
    const source = idr.data!.incidentId;
    const a = node.as(analyst);

    const dups = await a.GET("/api/v1/incidents/{id}/duplicates", { params: { path: { id: source } } });
    expect(dups.data!.map((d) => d.id)).toContain(target);
    expect(dups.data!.find((d) => d.id === target)!.reasons.length).toBeGreaterThan(0);

    const merged = await a.POST("/api/v1/incidents/{id}/merge", {
      params: { path: { id: source } },
      body: { into: target },
    });
    expect(merged.response.status).toBe(200);
    const moved = await node.app.inject({ url: `/api/v1/incidents/${source}` });
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe(`/api/v1/incidents/${target}`);
    expect(
      (await a.GET("/api/v1/incidents/{id}/reports", { params: { path: { id: target } } })).data,
    ).toHaveLength(2);

    // The merge brought the Indonesian text over, with its personal data, as a translation.
    const working = await a.GET("/api/v1/incidents/{id}", { params: { path: { id: target } } });
    expect((working.data as { texts: { lang: string; title: string }[] }).texts).toEqual([
      expect.objectContaining({ lang: "en", title: english.title }),
      expect.objectContaining({ lang: "id", title: indonesian.title }),
    ]);
    // Analysts find it in either language before it is published.
    for (const q of ["loan-scoring chatbot", "membocorkan NIK nasabah"]) {
      const found = await a.GET("/api/v1/incidents", { params: { query: { q } } });
      expect(
        found.data!.items.map((i) => i.id),
        q,
      ).toContain(target);
      expect(found.data!.items.find((i) => i.id === source)?.status ?? "merged").toBe("merged");
    }
    for (const to of ["triage", "in-review", "validated"] as const) {
      expect(
        (
          await a.POST("/api/v1/incidents/{id}/transition", {
            params: { path: { id: target } },
            body: { to },
          })
        ).response.status,
      ).toBe(200);
    }
    const assigned = await a.POST("/api/v1/incidents/{id}/assign", {
      params: { path: { id: target } },
      body: { userId: analystId },
    });
    expect(assigned.data!.assigneeId).toBe(analystId);

    const review = await a.GET("/api/v1/incidents/{id}/redactions", { params: { path: { id: target } } });
    const kinds = review.data!.suggestions.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(["id-nik", "phone", "email"]));
    expect(review.data!.pending).toBeGreaterThan(0);

    const blocked = await a.POST("/api/v1/incidents/{id}/publish", {
      params: { path: { id: target } },
      body: { tlp: "clear" },
    });
    expect(blocked.response.status).toBe(409);

    for (const s of review.data!.suggestions) {
      await a.POST("/api/v1/incidents/{id}/redactions", {
        params: { path: { id: target } },
        body: { kind: s.kind, text: s.text, decision: "redact" },
      });
    }
    const marked = await a.POST("/api/v1/incidents/{id}/redactions", {
      params: { path: { id: target } },
      body: { kind: "name", text: "KreditKilat", decision: "keep" },
    });
    expect(marked.data!.pending).toBe(0);

    const published = await a.POST("/api/v1/incidents/{id}/publish", {
      params: { path: { id: target } },
      body: { tlp: "clear" },
    });
    expect(published.response.status).toBe(200);
    const doc = JSON.stringify(published.data);
    expect(doc).not.toContain(NIK);
    expect(doc).not.toContain("0812-3456-7890");
    expect(doc).not.toContain("siti.aminah@mail.example");
    expect(doc).toContain("[national-id]");
    expect(published.data!.version).toBe(1);

    // The public finds it in English and in Indonesian, and gets the redacted text only.
    for (const q of ["chatbot exposed ID numbers", "membocorkan NIK nasabah"]) {
      const found = await node.client.GET("/api/v1/incidents", { params: { query: { q } } });
      expect(
        found.data!.items.map((i) => i.id),
        q,
      ).toContain(target);
    }
    const filtered = await node.client.GET("/api/v1/incidents", {
      params: { query: { country: "ID", harmType: "human-fundamental-rights" } },
    });
    expect(filtered.data!.items.map((i) => i.id)).toContain(target);
    expect(filtered.data!.facets.countries).toContainEqual({ value: "ID", count: expect.any(Number) });
    const pub = await node.client.GET("/api/v1/incidents/{id}", { params: { path: { id: target } } });
    expect(JSON.stringify(pub.data)).not.toContain(NIK);

    const csv = await node.app.inject({ url: "/api/v1/incidents/export.csv" });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers.link).toContain('rel="license"');
    expect(csv.body.split("\r\n")[0]).toContain("ref,id,version,published_at");
    expect(csv.body).toContain(en.data!.incidentRef);
    expect(csv.body).not.toContain(NIK);
    const stix = (await node.app.inject({ url: "/api/v1/incidents/export.stix.json" })).json();
    expect(stix.type).toBe("bundle");
    const incident = stix.objects.find(
      (o: { type: string; id: string }) => o.type === "incident" && o.id === `incident--${target}`,
    );
    expect(incident.object_marking_refs).toEqual([
      "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    ]);
    const oecd = (await node.app.inject({ url: "/api/v1/incidents/export.oecd.json" })).json();
    expect(oecd.incidents.find((i: { id: string }) => i.id === target)).toMatchObject({
      severity: "incident",
      aiRelation: ["direct-cause"],
    });
    const atom = await node.app.inject({ url: "/api/v1/incidents/feed.atom" });
    expect(atom.body).toContain(`urn:uuid:${target}`);
  });
});

describe("full-text search", () => {
  const thai = {
    lang: "th",
    title: "แชตบอตของโรงพยาบาลให้คำแนะนำเรื่องยาผิด",
    description: "ในเดือนกุมภาพันธ์ แชตบอตของโรงพยาบาลแนะนำขนาดยาที่ผิดแก่ผู้ป่วยเบาหวานหลายราย ผู้ป่วยสองรายต้องเข้ารักษาตัว",
    aiRelation: ["contributing-factor"],
    reporter: { stakeholderGroup: "affected-person", relation: "directly-involved" },
    occurredFrom: "2026-02",
    countries: ["TH"],
    evidence: [{ url: "https://news.example/th-hospital-bot" }],
    systems: [{ name: "MedAssist", provider: "Siam Health AI" }],
    severity: "serious-incident",
    harmTypes: ["physical"],
    actionsTaken: "The hospital suspended the dosage assistant pending an audit.",
  } as const;

  async function publishAsIs(id: string) {
    const a = node.as(analyst);
    for (const to of ["triage", "in-review", "validated"] as const)
      await a.POST("/api/v1/incidents/{id}/transition", { params: { path: { id } }, body: { to } });
    const review = await a.GET("/api/v1/incidents/{id}/redactions", { params: { path: { id } } });
    for (const s of review.data!.suggestions)
      await a.POST("/api/v1/incidents/{id}/redactions", {
        params: { path: { id } },
        body: { kind: s.kind, text: s.text, decision: "redact" },
      });
    const p = await a.POST("/api/v1/incidents/{id}/publish", {
      params: { path: { id } },
      body: { tlp: "clear" },
    });
    expect(p.response.status).toBe(200);
  }

  it("finds Thai text by a word inside unspaced script, for analysts and the public, with filters and facets", async () => {
    const r = await node.client.POST("/api/v1/reports", { body: thai as never });
    const id = r.data!.incidentId;
    const a = node.as(analyst);
    // "โรงพยาบาล" (hospital) and "เบาหวาน" (diabetes) are words inside unspaced Thai; "ยา" (medicine)
    // is a prefix of no word here but a word of its own.
    for (const q of ["โรงพยาบาล", "ผู้ป่วยเบาหวาน", "ยา"]) {
      const found = await a.GET("/api/v1/incidents", { params: { query: { q } } });
      expect(
        found.data!.items.map((i) => i.id),
        q,
      ).toContain(id);
    }
    // Not a substring match: "บาล" is part of the word โรงพยาบาล, not a word.
    expect(
      (await a.GET("/api/v1/incidents", { params: { query: { q: "บาล" } } })).data!.items.map((i) => i.id),
    ).not.toContain(id);
    // Other texts and names: the actions taken, the system's provider.
    for (const q of ["suspended dosage assistant", "Siam Health"]) {
      expect(
        (await a.GET("/api/v1/incidents", { params: { query: { q } } })).data!.items.map((i) => i.id),
        q,
      ).toContain(id);
    }
    const withFilter = await a.GET("/api/v1/incidents", {
      params: { query: { q: "โรงพยาบาล", country: "TH" } },
    });
    expect(withFilter.data!.items.map((i) => i.id)).toContain(id);
    expect(withFilter.data!.facets.countries).toEqual([{ value: "TH", count: withFilter.data!.total }]);
    expect(
      (await a.GET("/api/v1/incidents", { params: { query: { q: "โรงพยาบาล", country: "SG" } } })).data!
        .total,
    ).toBe(0);

    // The public sees it only once published.
    const before = await node.client.GET("/api/v1/incidents", { params: { query: { q: "โรงพยาบาล" } } });
    expect(before.data!.items.map((i) => i.id)).not.toContain(id);
    const hospital = await a.POST("/api/v1/entities", {
      body: { name: "Bangkok Riverside Hospital", kind: "company", aliases: ["โรงพยาบาลริมน้ำ"] },
    });
    await a.PUT("/api/v1/incidents/{id}/entities", {
      params: { path: { id } },
      body: { links: [{ entityId: hospital.data!.id, role: "deployer" }] },
    });
    await publishAsIs(id);
    const pub = await node.client.GET("/api/v1/incidents/{id}", { params: { path: { id } } });
    expect((pub.data as { entities?: unknown }).entities).toEqual([
      { id: hospital.data!.id, name: "Bangkok Riverside Hospital", kind: "company", roles: ["deployer"] },
    ]);
    const byEntity = await node.client.GET("/api/v1/incidents", { params: { query: { q: "riverside" } } });
    expect(byEntity.data!.items.map((i) => i.id)).toEqual([id]);
    const after = await node.client.GET("/api/v1/incidents", {
      params: { query: { q: "เบาหวาน", severity: "serious-incident" } },
    });
    expect(after.data!.items.map((i) => i.id)).toContain(id);
    expect(after.data!.facets.severity).toContainEqual({
      value: "serious-incident",
      count: after.data!.total,
    });
  });

  it("ranks a title match above a mention in the description", async () => {
    const word = "Zephyrine";
    const inTitle = await node.client.POST("/api/v1/reports", {
      body: {
        ...english,
        title: `${word} voice clone used in bank fraud`,
        description: english.description,
      } as never,
    });
    const inText = await node.client.POST("/api/v1/reports", {
      body: {
        ...english,
        title: "Voice clone used in a bank fraud",
        description: `${english.description} A vendor called ${word} was mentioned.`,
      } as never,
    });
    const found = await node
      .as(analyst)
      .GET("/api/v1/incidents", { params: { query: { q: word.toLowerCase() } } });
    expect(found.data!.items.map((i) => i.id)).toEqual([inTitle.data!.incidentId, inText.data!.incidentId]);
  });

  it("reads at most a window of the most recent matches: bounded total, facets and ranking within it", async () => {
    const a = node.as(analyst);
    const ids: string[] = [];
    for (const [n, country] of (["SG", "SG", "MY"] as const).entries()) {
      const r = await node.client.POST("/api/v1/reports", {
        body: {
          ...english,
          title: `Wombatvoice clone scam number ${n + 1}`,
          description: `A voice clone made with Wombatvoice tricked bank customers in ${country} (case ${n + 1}).`,
          countries: [country],
          evidence: [{ url: `https://news.example/wombatvoice-${n}` }],
        } as never,
      });
      ids.push(r.data!.incidentId);
      await publishAsIs(r.data!.incidentId);
    }
    const tsq = toTsquery("wombatvoice", false);
    // A window of 2: the two most recently published (the SG one and the MY one), ranked within.
    const small = await repo.searchPublished(node.ctx.db, { limit: 10, offset: 0 }, tsq, 2);
    expect(small.total).toBe(2);
    expect(small.totalExact).toBe(false);
    expect(new Set(small.items.map((i) => i.id))).toEqual(new Set(ids.slice(1)));
    expect(small.facets.countries).toEqual([
      { value: "MY", count: 1 },
      { value: "SG", count: 1 },
    ]);
    const all = await repo.searchPublished(node.ctx.db, { limit: 10, offset: 0 }, tsq, 3);
    expect([all.total, all.totalExact]).toEqual([3, true]);
    expect(all.facets.countries).toEqual([
      { value: "SG", count: 2 },
      { value: "MY", count: 1 },
    ]);
    // Read from the months furthest back (the last step), and from within the first two months.
    for (const monthsLater of [1, 4, 30]) {
      const later = new Date();
      later.setUTCMonth(later.getUTCMonth() + monthsLater, 1);
      const r = await repo.searchPublished(node.ctx.db, { limit: 10, offset: 0 }, tsq, 3, later);
      expect(r.items.map((i) => i.id)).toEqual(all.items.map((i) => i.id));
    }
    const page2 = await repo.searchPublished(node.ctx.db, { limit: 2, offset: 2 }, tsq, 3);
    expect(page2.items.map((i) => i.id)).toEqual(all.items.slice(2).map((i) => i.id));
    const queue = await repo.listForAnalysts(node.ctx.db, { limit: 10, offset: 0 }, tsq, 1);
    expect([queue.total, queue.totalExact, queue.items.length]).toEqual([1, false, 1]);
    const api = await node.client.GET("/api/v1/incidents", { params: { query: { q: "wombatvoice" } } });
    expect([api.data!.total, api.data!.totalExact]).toEqual([3, true]);
    // An occurrence-date filter (they occurred in March 2026): narrowed by month in the index,
    // checked exactly on the rows; a span of more than three years by the check alone.
    for (const [from, to, n] of [
      ["2026-01", "2026-06", 3],
      ["2026-03-31", "2026-04", 3],
      ["2026-04", "2026-12", 0],
      ["2025", "2025", 0],
      ["2019", "2026", 3],
    ] as const)
      expect(
        (await node.client.GET("/api/v1/incidents", { params: { query: { q: "wombatvoice", from, to } } }))
          .data!.total,
        `${from}..${to}`,
      ).toBe(n);
    // Whole words; a trailing * asks for a prefix.
    for (const [q, n] of [
      ["wombatvoi", 0],
      ["wombatvoi*", 3],
    ] as const)
      expect((await node.client.GET("/api/v1/incidents", { params: { query: { q } } })).data!.total, q).toBe(
        n,
      );

    // The public index follows the incident: back in review or withdrawn, it leaves the public search.
    await a.POST("/api/v1/incidents/{id}/transition", {
      params: { path: { id: ids[0]! } },
      body: { to: "in-review" },
    });
    await a.POST("/api/v1/incidents/{id}/transition", {
      params: { path: { id: ids[1]! } },
      body: { to: "withdrawn" },
    });
    const left = await node.client.GET("/api/v1/incidents", { params: { query: { q: "wombatvoice" } } });
    expect(left.data!.items.map((i) => i.id)).toEqual([ids[2]]);
    const rows = await node.ctx.db
      .selectFrom("incident_public")
      .select("incident_id")
      .where("incident_id", "in", ids)
      .execute();
    expect(rows.map((r) => r.incident_id)).toEqual([ids[2]]);
  });

  it("asks the analysts' queue for words by status and month of last update, marks kept by the database", async () => {
    const a = node.as(analyst);
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const r = await node.client.POST("/api/v1/reports", {
        body: {
          ...english,
          title: `Numbatcall chatbot gave wrong loan terms, case ${n}`,
          // The country code VN as a word in a text, not a country of the incident.
          description: `${english.description} The same app is also sold in VN.`,
          evidence: [{ url: `https://news.example/numbatcall-${n}` }],
        } as never,
      });
      ids.push(r.data!.incidentId);
    }
    await a.POST("/api/v1/incidents/{id}/transition", {
      params: { path: { id: ids[1]! } },
      body: { to: "triage" },
    });
    const marks = async (id: string) => {
      const r = await sql<{ s: boolean; t: boolean; u: boolean }>`
        SELECT search @@ '~ssubmitted'::tsquery AS s, search @@ '~striage'::tsquery AS t,
          search @@ ('~u' || to_char(updated_at AT TIME ZONE 'UTC', 'YYYYMM'))::tsquery AS u
        FROM incidents WHERE id = ${id}`.execute(node.ctx.db);
      return r.rows[0];
    };
    expect(await marks(ids[0]!)).toEqual({ s: true, t: false, u: true });
    expect(await marks(ids[1]!)).toEqual({ s: false, t: true, u: true });

    const tsq = toTsquery("numbatcall", false);
    const q = { limit: 10, offset: 0 };
    const all = await repo.listForAnalysts(node.ctx.db, q, tsq);
    expect(new Set(all.items.map((i) => i.id))).toEqual(new Set(ids));
    expect(all.facets.status).toEqual([
      { value: "submitted", count: 2 },
      { value: "triage", count: 1 },
    ]);
    const triage = await repo.listForAnalysts(node.ctx.db, { ...q, status: "triage" }, tsq);
    expect(triage.items.map((i) => i.id)).toEqual([ids[1]]);
    // A country narrows in the index by its code and is checked on the rows.
    expect((await repo.listForAnalysts(node.ctx.db, { ...q, country: "ID" }, tsq)).total).toBe(3);
    expect((await repo.listForAnalysts(node.ctx.db, { ...q, country: "VN" }, tsq)).total).toBe(0);
    // Every month step: now, a month on (step 2), four months on (step 4) and 30 (the last).
    for (const monthsLater of [1, 4, 30]) {
      const later = new Date();
      later.setUTCMonth(later.getUTCMonth() + monthsLater, 1);
      const r = await repo.listForAnalysts(node.ctx.db, q, tsq, 1000, later);
      expect(r.items.map((i) => i.id)).toEqual(all.items.map((i) => i.id));
      const t = await repo.listForAnalysts(node.ctx.db, { ...q, status: "triage" }, tsq, 1000, later);
      expect(t.items.map((i) => i.id)).toEqual([ids[1]]);
    }
    // A window of 2: the two most recently updated.
    const small = await repo.listForAnalysts(node.ctx.db, q, tsq, 2);
    expect([small.total, small.totalExact]).toEqual([2, false]);
    expect(new Set(small.items.map((i) => i.id))).toEqual(new Set([ids[1], ids[2]]));
    const api = await a.GET("/api/v1/incidents", {
      params: { query: { q: "numbatcall", status: "triage" } },
    });
    expect(api.data!.items.map((i) => i.id)).toEqual([ids[1]]);

    // Its ref finds an incident (the ref's words are lexemes of its search vector).
    const { ref } = await node.ctx.db
      .selectFrom("incidents")
      .select("ref")
      .where("id", "=", ids[2]!)
      .executeTakeFirstOrThrow();
    expect(
      (await repo.listForAnalysts(node.ctx.db, q, toTsquery(ref, false))).items.map((i) => i.id),
    ).toEqual([ids[2]]);
    // A search vector computed again by the app gets its marks back.
    await node.ctx.db.updateTable("incidents").set({ search: null }).where("id", "in", ids).execute();
    await indexMissing(node.ctx);
    expect(await marks(ids[1]!)).toEqual({ s: false, t: true, u: true });
    expect((await repo.listForAnalysts(node.ctx.db, { ...q, status: "triage" }, tsq)).items).toHaveLength(1);
  });

  it("marks occurrence months the same way in the app and in the database", async () => {
    for (const [a, b] of [
      ["2026-03-01", "2026-03-31"],
      ["2024-01-01", "2024-12-31"],
      ["2025-12-15", "2026-02-01"],
      ["2020-01-01", "2024-01-01"],
      [null, null],
    ] as const) {
      const r = await sql<{
        l: string[];
      }>`SELECT incident_occurrence_lexemes(${a}::date, ${b}::date) AS l`.execute(node.ctx.db);
      expect(occurrenceLexemes(a, b), `${a}..${b}`).toEqual(r.rows[0]!.l);
    }
    expect(occurrenceLexemes("2025-12-15", "2026-02-01")).toEqual(["~o202512", "~o202601", "~o202602"]);
  });

  it("indexes incidents stored before the index existed", async () => {
    const r = await node.client.POST("/api/v1/reports", {
      body: { ...english, title: "Quokkabot chatbot leaked loan data" } as never,
    });
    const id = r.data!.incidentId;
    await node.ctx.db.updateTable("incidents").set({ search: null }).where("id", "=", id).execute();
    const q = { params: { query: { q: "quokkabot" } } };
    expect((await node.as(analyst).GET("/api/v1/incidents", q)).data!.items).toHaveLength(0);
    await indexMissing(node.ctx);
    expect((await node.as(analyst).GET("/api/v1/incidents", q)).data!.items.map((i) => i.id)).toEqual([id]);
  });
});

describe("triage rules", () => {
  it("refuses a transition that skips steps, and unknown taxonomy values", async () => {
    const r = await node.client.POST("/api/v1/reports", {
      body: { ...english, title: "Another chatbot issue reported" } as never,
    });
    const id = r.data!.incidentId;
    const a = node.as(analyst);
    const skip = await a.POST("/api/v1/incidents/{id}/transition", {
      params: { path: { id } },
      body: { to: "validated" },
    });
    expect(skip.response.status).toBe(409);
    const bad = await a.PUT("/api/v1/incidents/{id}/classifications", {
      params: { path: { id } },
      body: { namespace: "mit-ai-risk-domains", key: "domain", values: ["99.9"] },
    });
    expect(bad.response.status).toBe(400);
    const ok = await a.PUT("/api/v1/incidents/{id}/classifications", {
      params: { path: { id } },
      body: { namespace: "mit-ai-risk-domains", key: "domain", values: ["2"] },
    });
    expect(ok.data).toEqual([
      expect.objectContaining({ namespace: "mit-ai-risk-domains", value: "2", reviewStatus: "draft" }),
    ]);
    const comments = await a.POST("/api/v1/incidents/{id}/comments", {
      params: { path: { id } },
      body: { body: "Checking with the reporter." },
    });
    expect(comments.data!.map((c) => c.body)).toContain("Checking with the reporter.");
    const queue = await a.GET("/api/v1/incidents", { params: { query: { status: "submitted" } } });
    expect(queue.data!.items.map((i) => i.id)).toContain(id);
    await a.POST("/api/v1/incidents/{id}/assign", { params: { path: { id } }, body: { userId: analystId } });
    const mine = await a.GET("/api/v1/incidents", { params: { query: { assignee: "me" } } });
    expect(mine.data!.items.find((i) => i.id === id)?.assigneeId).toBe(analystId);
    expect(
      (await a.GET("/api/v1/incidents", { params: { query: { assignee: "nobody" } } })).data!.items.map(
        (i) => i.id,
      ),
    ).not.toContain(id);
    // An analyst can look at the public database as the public sees it.
    const asPublic = await a.GET("/api/v1/incidents", { params: { query: { view: "public" } } });
    expect(asPublic.data!.items.map((i) => i.id)).not.toContain(id);
    expect(
      (await a.GET("/api/v1/incidents/{id}", { params: { path: { id }, query: { view: "public" } } }))
        .response.status,
    ).toBe(404);
    expect(
      (await node.client.GET("/api/v1/incidents", { params: { query: { status: "submitted" } } })).response
        .status,
    ).toBe(401);
  });
});

/** A multipart/form-data body with one file field. */
function multipartBody(filename: string, type: string, content: Buffer) {
  const boundary = `----aisafe${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

describe("bulk import", () => {
  it("keeps valid CSV rows and reports each bad line with its fields", async () => {
    const header =
      "lang,title,description,ai_relation,reporter_group,reporter_relation,occurred_from,countries,evidence_urls,severity,harm_types,systems";
    const good =
      'th,แชตบอตให้คำแนะนำผิด,"แชตบอตของโรงพยาบาลให้คำแนะนำเรื่องยาที่ผิดแก่ผู้ป่วยหลายราย",contributing-factor,affected-person,directly-involved,2026-02,TH,https://news.example/th-bot,serious-incident,physical,MedBot';
    const badSeverity =
      "en,Wrong severity row,Description long enough here,direct-cause,user,witness,2026,SG,https://x.example/a,catastrophe,physical,";
    const malformed = 'en,"Unclosed quote row,desc';
    const csv = [header, good, badSeverity, malformed].join("\n");
    const res = await node.app.inject({
      method: "POST",
      url: "/api/v1/reports/import",
      headers: {
        cookie: (analyst as { cookie: string }).cookie,
        "x-csrf-token": (analyst as { csrf: string }).csrf,
        "content-type": "text/csv",
      },
      payload: csv,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.imported).toBe(1);
    expect(body.failed).toBe(2);
    expect(body.rows[0]).toMatchObject({
      row: 2,
      status: "imported",
      incidentRef: expect.stringMatching(/^INC-/),
    });
    expect(body.rows[1]).toMatchObject({
      row: 3,
      status: "error",
      errors: [expect.objectContaining({ field: "severity" })],
    });
    expect(body.rows[2]).toMatchObject({
      status: "error",
      errors: [expect.objectContaining({ field: "row" })],
    });
    const unknownColumn = await node.app.inject({
      method: "POST",
      url: "/api/v1/reports/import",
      headers: {
        cookie: (analyst as { cookie: string }).cookie,
        "x-csrf-token": (analyst as { csrf: string }).csrf,
        "content-type": "text/csv",
      },
      payload: "lang,colour\nen,blue\n",
    });
    expect(unknownColumn.statusCode).toBe(400);
    expect(unknownColumn.json().errors[0]).toMatchObject({
      field: "line 1",
      message: expect.stringContaining("colour"),
    });
  });

  it("imports a JSON array with per-row results", async () => {
    const r = await node
      .as(analyst)
      .POST("/api/v1/reports/import", { body: [english, { ...english, severity: "meh" }] as never });
    expect(r.data).toMatchObject({
      imported: 1,
      failed: 1,
      rows: [
        { row: 1, status: "imported" },
        { row: 2, status: "error" },
      ],
    });
    expect((await node.client.POST("/api/v1/reports/import", { body: [] as never })).response.status).toBe(
      401,
    );
  });
});

describe("bulk import in the database", () => {
  it("keeps the good rows of a chunk when one fails in the database, and reports that one", async () => {
    // A NUL character passes validation but PostgreSQL refuses it in text: the chunk's transaction
    // fails, and its rows are stored again one by one.
    const r = await node.as(analyst).POST("/api/v1/reports/import", {
      body: [
        { ...english, title: "First good row of the chunk" },
        { ...english, title: "Row with a NUL \u0000 inside" },
        { ...english, title: "Last good row of the chunk" },
      ] as never,
    });
    expect(r.data).toMatchObject({
      imported: 2,
      failed: 1,
      rows: [
        { row: 1, status: "imported", incidentRef: expect.stringMatching(/^INC-/) },
        { row: 2, status: "error", errors: [{ field: "row" }] },
        { row: 3, status: "imported", incidentRef: expect.stringMatching(/^INC-/) },
      ],
    });
    const titles = await node.ctx.db
      .selectFrom("incident_texts")
      .select("title")
      .where("title", "like", "%row%of the chunk")
      .execute();
    expect(titles.map((t) => t.title).sort()).toEqual([
      "First good row of the chunk",
      "Last good row of the chunk",
    ]);
    // One audit entry per imported row, chained as if appended one by one; refs consecutive.
    const refs = r.data!.rows.flatMap((x) => (x.incidentRef ? [x.incidentRef] : []));
    const n = refs.map((ref) => Number(ref.slice(-6)));
    expect(n[1]).toBe(n[0]! + 1);
    const ids = (
      await node.ctx.db.selectFrom("incidents").select("id").where("ref", "in", refs).execute()
    ).map((x) => x.id);
    const audited = await node.ctx.db
      .selectFrom("audit_log")
      .select("target_id")
      .where("action", "=", "report.submit")
      .where("target_id", "in", ids)
      .execute();
    expect(audited).toHaveLength(2);
    expect((await verifyAuditChain(node.ctx.db)).ok).toBe(true);
  });

  it("stores chunk after chunk in row order while the next is prepared, a failing chunk row by row", async () => {
    // 1,001 rows: three chunks of up to 500; row 700 (second chunk) fails in the database.
    const body = Array.from({ length: 1001 }, (_, k) => ({
      ...english,
      title: k === 699 ? "Bulk row with a NUL \u0000" : `Bulk row ${k + 1} of the big import`,
    }));
    const r = await node.as(analyst).POST("/api/v1/reports/import", { body: body as never });
    expect([r.data!.imported, r.data!.failed]).toEqual([1000, 1]);
    expect(r.data!.rows[699]).toMatchObject({ row: 700, status: "error" });
    const refs = r.data!.rows.flatMap((x) => (x.incidentRef ? [Number(x.incidentRef.slice(-6))] : []));
    expect(refs).toHaveLength(1000);
    for (let k = 1; k < refs.length; k++) expect(refs[k]).toBeGreaterThan(refs[k - 1]!);
    const stored = await node.ctx.db
      .selectFrom("incidents as i")
      .innerJoin("incident_texts as t", "t.incident_id", "i.id")
      .select(["i.ref", "t.title", "i.match_features"])
      .where("t.title", "like", "Bulk row % of the big import")
      .execute();
    expect(stored).toHaveLength(1000);
    const byRef = new Map(stored.map((s) => [s.ref, s]));
    for (const [k, x] of r.data!.rows.entries())
      if (x.incidentRef) {
        expect(byRef.get(x.incidentRef)?.title).toBe(`Bulk row ${k + 1} of the big import`);
        expect(byRef.get(x.incidentRef)?.match_features).toBeTruthy();
      }
    expect((await verifyAuditChain(node.ctx.db)).ok).toBe(true);
  });
});

describe("evidence files", () => {
  it("lets the reporter attach files with the receipt's token, checked by content, stored with SHA-256", async () => {
    const r = await node.client.POST("/api/v1/reports", { body: english as never });
    const { reportId, incidentId, uploadToken } = r.data!;
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const send = (token: string | undefined, name: string, type: string, content: Buffer) => {
      const m = multipartBody(name, type, content);
      return node.app.inject({
        method: "POST",
        url: `/api/v1/reports/${reportId}/attachments`,
        headers: { ...m.headers, ...(token ? { "x-upload-token": token } : {}) },
        payload: m.payload,
      });
    };
    const ok = await send(uploadToken, "screenshot.pdf", "application/pdf", pdf);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      mediaType: "application/pdf",
      size: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    expect((await send("wrong-token", "a.pdf", "application/pdf", pdf)).statusCode).toBe(403);
    const exe = await send(
      uploadToken,
      "invoice.pdf",
      "application/pdf",
      Buffer.concat([Buffer.from("MZ"), Buffer.alloc(100)]),
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json().detail).toContain("Windows executable");
    const script = await send(uploadToken, "run.sh", "text/plain", Buffer.from("echo hi"));
    expect(script.statusCode).toBe(415);
    const big = await send(uploadToken, "big.txt", "text/plain", Buffer.alloc(10 * 1024 * 1024 + 10, 97));
    expect(big.statusCode).toBe(413);

    const list = await node
      .as(analyst)
      .GET("/api/v1/incidents/{id}/attachments", { params: { path: { id: incidentId } } });
    expect(list.data!.map((a) => a.filename)).toEqual(["screenshot.pdf"]);
    const file = await node.app.inject({
      url: `/api/v1/attachments/${list.data![0]!.id}`,
      headers: { cookie: (analyst as { cookie: string }).cookie },
    });
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect(file.headers["content-disposition"]).toContain("attachment");
    expect((await node.app.inject({ url: `/api/v1/attachments/${list.data![0]!.id}` })).statusCode).toBe(401);
  });
});
