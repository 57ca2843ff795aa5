import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Auth, makeOrg, makeUser, signIn, startTestNode, type TestNode } from "../../../test/helpers.ts";
import { runCli } from "../../cli.ts";
import { fromRoot } from "../../platform/paths.ts";

/** NIST's OSCAL complete schema (1.0.6), for the exported documents. */
function oscalValidator() {
  const require = createRequire(import.meta.url);
  const { Ajv } = require("ajv") as { Ajv: new (o: object) => { compile: (s: object) => ValidateFn } };
  const addFormats = require("ajv-formats") as { default: (a: unknown) => void };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(
    JSON.parse(readFileSync(fromRoot("content/schemas/oscal_complete_schema.json"), "utf8")),
  );
}
type ValidateFn = ((d: unknown) => boolean) & { errors?: unknown[] | null };

import type { Schemas } from "../../client/index.ts";

let node: TestNode;
let msme: Auth;
let msmeOrg: string;
let myRegulator: Auth;
let thRegulator: Auth;
let systemId: string;

const hiringAssistant: Omit<Schemas["AiSystemCreateInput"], "orgId"> = {
  name: "Hiring assistant",
  purpose: "Screens CVs and shortlists applicants",
  sectors: ["N7810"],
  deploymentCountries: ["MY", "SG", "VN"],
  lifecycleStage: "operation",
  aiType: "generative",
  affectedScale: "thousands",
  decisionImpact: "significant",
  humanInvolvement: "human-out-of-the-loop",
  useCases: ["employment-recruitment"],
  profilesNaturalPersons: true,
  status: "in-use",
};

beforeAll(async () => {
  node = await startTestNode();
  const org = await makeOrg(node.ctx, "msme", "MY");
  msmeOrg = org.id;
  msme = await signIn(node.app, await makeUser(node.ctx, { orgId: org.id, role: "org-admin" }));
  myRegulator = await signIn(
    node.app,
    await makeUser(node.ctx, {
      orgId: (await makeOrg(node.ctx, "regulator", "MY")).id,
      role: "regulator-analyst",
    }),
  );
  thRegulator = await signIn(
    node.app,
    await makeUser(node.ctx, {
      orgId: (await makeOrg(node.ctx, "regulator", "TH")).id,
      role: "regulator-analyst",
    }),
  );
  const s = await node.as(msme).POST("/api/v1/systems", { body: { orgId: msmeOrg, ...hiringAssistant } });
  systemId = s.data!.id;
});
afterAll(() => node.close());

describe("assess once, comply across (the issue's story)", () => {
  it("asks one de-duplicated question set for MY + SG + VN, derives coverage, reports, and the regulator accepts", async () => {
    const c = node.as(msme);
    const risk = await c.POST("/api/v1/systems/{id}/risk", {
      params: { path: { id: systemId } },
      body: { probability: 3, severity: 3 },
    });
    expect(risk.data!.classifications.find((x) => x.classifier === "eu-ai-act-tier")!.tier).toBe("high-risk");
    expect(risk.data!.involvement!.level).toBe("human-over-the-loop");

    const created = await c.POST("/api/v1/assessments", {
      body: { systemId, jurisdictions: ["MY", "SG", "VN"] },
    });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    expect(created.data!.frameworks).toEqual(
      expect.arrayContaining(["my-aige-2024", "vn-law-ai-2025", "sg-model-framework-2020"]),
    );

    const qs = await c.GET("/api/v1/assessments/{id}/questions", { params: { path: { id } } });
    const together = qs.data!.questions.length;
    // The three jurisdictions separately ask more questions than together.
    let separately = 0;
    for (const j of ["MY", "SG", "VN"]) {
      const one = await c.POST("/api/v1/assessments", { body: { systemId, jurisdictions: [j] } });
      separately += (
        await c.GET("/api/v1/assessments/{id}/questions", { params: { path: { id: one.data!.id } } })
      ).data!.questions.length;
    }
    expect(together).toBeLessThan(separately);
    expect(together).toBeLessThan(qs.data!.totalControls);
    const hubQ = qs.data!.questions.filter((q) => q.kind === "hub");
    expect(hubQ.length).toBeGreaterThan(0);
    // A hub question answers controls of several frameworks at once.
    expect(new Set(hubQ.flatMap((q) => q.covers.map((x) => x.frameworkId))).size).toBeGreaterThan(1);

    const bad = await c.POST("/api/v1/assessments/{id}/answers", {
      params: { path: { id } },
      body: { question: "hub:not-a-question", result: "met", explanation: "x" },
    });
    expect(bad.error).toMatchObject({ code: "invalid_input", errors: [{ field: "question" }] });
    const early = await c.POST("/api/v1/assessments/{id}/submit", {
      params: { path: { id } },
      body: { jurisdiction: "MY" },
    });
    expect(early.response.status).toBe(409);

    // Answer every question; one hub question only partially.
    for (const q of qs.data!.questions) {
      const result = q.key === "hub:human-involvement" ? "partially-met" : "met";
      const r = await c.POST("/api/v1/assessments/{id}/answers", {
        params: { path: { id } },
        body: {
          question: q.key,
          result,
          explanation: `Our practice for ${q.title}.`,
          evidence: [{ url: "https://msme.example/policy" }],
        },
      });
      expect(r.response.status).toBe(200);
    }
    const cov = await c.GET("/api/v1/assessments/{id}/coverage", { params: { path: { id } } });
    const my = cov.data!.frameworks.find((f) => f.frameworkId === "my-aige-2024")!;
    expect(my.counts.unanswered).toBe(0);
    expect(my.derivedCount).toBeGreaterThan(0);
    const derived = my.controls.find((x) => x.derived)!;
    expect(derived.via![0]).toMatchObject({
      question: expect.stringMatching(/^hub:/),
      relationship: expect.any(String),
      rationale: expect.any(String),
    });
    // Overlapping (intersects-with) mappings carry "met" only as "partially met": honest derived coverage.
    expect(
      my.controls
        .filter((x) => x.derived && x.via!.every((v) => v.relationship === "intersects-with"))
        .every((x) => x.result !== "met"),
    ).toBe(true);

    // Evidence files: checked by content, stored with SHA-256, reviewers can read them.
    const upload = (question: string, name: string, content: Buffer) => {
      const b = `----aisafe${Date.now()}`;
      const payload = Buffer.concat([
        Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="question"\r\n\r\n${question}\r\n`),
        Buffer.from(
          `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${b}--\r\n`),
      ]);
      const auth = msme as { cookie: string; csrf: string };
      return node.app.inject({
        method: "POST",
        url: `/api/v1/assessments/${id}/evidence`,
        headers: {
          cookie: auth.cookie,
          "x-csrf-token": auth.csrf,
          "content-type": `multipart/form-data; boundary=${b}`,
        },
        payload,
      });
    };
    const policy = Buffer.from("%PDF-1.7\nHuman oversight policy\n%%EOF\n");
    const ev = await upload("hub:human-involvement", "oversight-policy.pdf", policy);
    expect(ev.statusCode).toBe(201);
    expect(ev.json()).toMatchObject({
      question: "hub:human-involvement",
      sha256: createHash("sha256").update(policy).digest("hex"),
    });
    expect((await upload("hub:nope", "x.pdf", policy)).statusCode).toBe(400);
    expect(
      (
        await upload(
          "hub:human-involvement",
          "setup.pdf",
          Buffer.concat([Buffer.from("MZ"), Buffer.alloc(64)]),
        )
      ).statusCode,
    ).toBe(415);
    const files = await c.GET("/api/v1/assessments/{id}/evidence", { params: { path: { id } } });
    expect(files.data!.map((f) => f.filename)).toEqual(["oversight-policy.pdf"]);
    // Another organisation sees neither the list nor the file, nor can it add one.
    const otherOrg = await makeOrg(node.ctx, "company", "MY");
    const orgB = await signIn(node.app, await makeUser(node.ctx, { orgId: otherOrg.id, role: "org-admin" }));
    expect(
      (await node.as(orgB).GET("/api/v1/assessments/{id}/evidence", { params: { path: { id } } })).response
        .status,
    ).toBe(404);
    expect(
      (
        await node.as(orgB).GET("/api/v1/assessments/{id}/evidence/{fileId}", {
          params: { path: { id, fileId: ev.json().id } },
        })
      ).response.status,
    ).toBe(404);
    const owned = await node.app.inject({
      url: `/api/v1/assessments/${id}/evidence/${ev.json().id}`,
      headers: { cookie: (msme as { cookie: string }).cookie },
    });
    expect(owned.rawPayload.equals(policy)).toBe(true);

    const gap = await c.POST("/api/v1/assessments/{id}/gaps", {
      params: { path: { id } },
      body: {
        question: "hub:human-involvement",
        action: "Put a recruiter over the loop for every rejection",
        owner: "HR lead",
        dueDate: "2027-03-31",
      },
    });
    expect(gap.data!.gaps).toHaveLength(1);

    // A signed report in Malay; the regulator can verify it; one changed byte fails.
    const html = await node.app.inject({
      url: `/api/v1/assessments/${id}/report.html?lang=ms`,
      headers: { cookie: (msme as { cookie: string }).cookie },
    });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('<html lang="ms">');
    expect(html.body).toContain("Laporan penilaian sistem AI");
    const sha = createHash("sha256").update(html.rawPayload).digest("hex");
    expect(html.headers["x-aisafe-sha256"]).toBe(sha);
    const ok = await node.client.GET("/api/v1/reports/verify", { params: { query: { sha256: sha } } });
    expect(ok.data).toMatchObject({
      issued: true,
      signatureValid: true,
      kind: "html",
      assessmentRef: created.data!.ref,
    });
    const altered = Buffer.from(html.rawPayload);
    altered[altered.length - 10] = altered[altered.length - 10]! ^ 1;
    const no = await node.client.GET("/api/v1/reports/verify", {
      params: { query: { sha256: createHash("sha256").update(altered).digest("hex") } },
    });
    expect(no.data).toMatchObject({ issued: false });
    // The same check from the command line, against the running node.
    const dir = mkdtempSync(path.join(os.tmpdir(), "aisafe-report-"));
    writeFileSync(path.join(dir, "report.html"), html.rawPayload);
    writeFileSync(path.join(dir, "altered.html"), altered);
    await node.app.listen({ port: 0, host: "127.0.0.1" });
    const url = `http://127.0.0.1:${(node.app.server.address() as { port: number }).port}`;
    const quiet = {
      out: vi.spyOn(process.stdout, "write").mockReturnValue(true),
      err: vi.spyOn(process.stderr, "write").mockReturnValue(true),
    };
    try {
      expect(await runCli(["report", "verify", path.join(dir, "report.html"), "--url", url])).toBe(0);
      expect(await runCli(["report", "verify", path.join(dir, "altered.html"), "--url", url])).toBe(1);
    } finally {
      quiet.out.mockRestore();
      quiet.err.mockRestore();
    }

    // Machine exports: OSCAL assessment-results and POA&M, valid against NIST's OSCAL schema, signed too.
    const validate = oscalValidator();
    for (const file of ["report.oscal.json", "poam.oscal.json"]) {
      const res = await node.app.inject({
        url: `/api/v1/assessments/${id}/${file}`,
        headers: { cookie: (msme as { cookie: string }).cookie },
      });
      expect(res.statusCode).toBe(200);
      const doc = res.json();
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const v = await node.client.GET("/api/v1/reports/verify", {
        params: { query: { sha256: createHash("sha256").update(res.rawPayload).digest("hex") } },
      });
      expect(v.data).toMatchObject({ issued: true, kind: "oscal", signatureValid: true });
    }

    // A PDF in Thai, printed by Chromium with the bundled fonts, signed too (Chromium is a test prerequisite).
    const pdf = await node.app.inject({
      url: `/api/v1/assessments/${id}/report.pdf?lang=th`,
      headers: { cookie: (msme as { cookie: string }).cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.rawPayload.toString("latin1")).toMatch(/NotoSansThai/);
    const pv = await node.client.GET("/api/v1/reports/verify", {
      params: { query: { sha256: createHash("sha256").update(pdf.rawPayload).digest("hex") } },
    });
    expect(pv.data).toMatchObject({ issued: true, kind: "pdf", signatureValid: true });

    // Submission to Malaysia only; Malaysia's regulator reviews; Thailand's never sees it.
    const sub = await c.POST("/api/v1/assessments/{id}/submit", {
      params: { path: { id } },
      body: { jurisdiction: "MY" },
    });
    expect(sub.data!.status).toBe("submitted");
    const queue = await node.as(myRegulator).GET("/api/v1/reviews");
    expect(queue.data!.map((x) => x.assessmentId)).toContain(id);
    expect(
      (await node.as(thRegulator).GET("/api/v1/reviews")).data!.map((x) => x.assessmentId),
    ).not.toContain(id);
    expect(
      (await node.as(thRegulator).GET("/api/v1/assessments/{id}", { params: { path: { id } } })).response
        .status,
    ).toBe(404);
    expect(
      (
        await node.as(thRegulator).POST("/api/v1/reviews/{id}/{jurisdiction}", {
          params: { path: { id, jurisdiction: "MY" } },
          body: { decision: "accept" },
        })
      ).response.status,
    ).toBe(404);
    const changes = await node.as(myRegulator).POST("/api/v1/reviews/{id}/{jurisdiction}", {
      params: { path: { id, jurisdiction: "MY" } },
      body: { decision: "request-changes", comment: "Please describe who reviews rejections." },
    });
    expect(changes.data!.status).toBe("changes-requested");
    await c.POST("/api/v1/assessments/{id}/answers", {
      params: { path: { id } },
      body: {
        question: "hub:human-involvement",
        result: "met",
        explanation: "A recruiter now reviews every rejection.",
      },
    });
    await c.POST("/api/v1/assessments/{id}/submit", {
      params: { path: { id } },
      body: { jurisdiction: "MY" },
    });
    const accepted = await node.as(myRegulator).POST("/api/v1/reviews/{id}/{jurisdiction}", {
      params: { path: { id, jurisdiction: "MY" } },
      body: { decision: "accept" },
    });
    expect(accepted.data).toMatchObject({
      status: "accepted",
      submissions: [expect.objectContaining({ jurisdiction: "MY", status: "accepted" })],
    });
    // The reviewer reads the evidence too.
    const evidence = await node
      .as(myRegulator)
      .GET("/api/v1/assessments/{id}/evidence", { params: { path: { id } } });
    expect(evidence.data).toHaveLength(1);
    const comments = await c.GET("/api/v1/assessments/{id}/comments", { params: { path: { id } } });
    expect(comments.data!.map((x) => x.body)).toContain("Please describe who reviews rejections.");
    // Accepted: answers are frozen.
    const frozen = await c.POST("/api/v1/assessments/{id}/answers", {
      params: { path: { id } },
      body: { question: "hub:human-involvement", result: "not-met", explanation: "x" },
    });
    expect(frozen.response.status).toBe(409);
  });
});

describe("the MSME quick path", () => {
  it("asks eight plain-language questions from an OSCAL profile and derives coverage from them", async () => {
    const validate = oscalValidator();
    const profile = JSON.parse(readFileSync(fromRoot("content/profiles/msme-baseline.json"), "utf8"));
    expect(validate(profile), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const c = node.as(msme);
    const quick = await c.POST("/api/v1/assessments", {
      body: { systemId, jurisdictions: ["MY", "VN"], profile: "msme-baseline" },
    });
    expect(quick.data!.profile).toBe("msme-baseline");
    const id = quick.data!.id;
    const qs = await c.GET("/api/v1/assessments/{id}/questions", { params: { path: { id } } });
    expect(qs.data!.questions).toHaveLength(8);
    expect(qs.data!.questions.every((q) => q.kind === "hub" && q.plainLanguage)).toBe(true);
    const full = await c.POST("/api/v1/assessments", { body: { systemId, jurisdictions: ["MY", "VN"] } });
    const fullQs = await c.GET("/api/v1/assessments/{id}/questions", {
      params: { path: { id: full.data!.id } },
    });
    expect(qs.data!.questions.length).toBeLessThan(fullQs.data!.questions.length);

    for (const q of qs.data!.questions) {
      await c.POST("/api/v1/assessments/{id}/answers", {
        params: { path: { id } },
        body: { question: q.key, result: "met", explanation: "Yes." },
      });
    }
    const cov = await c.GET("/api/v1/assessments/{id}/coverage", { params: { path: { id } } });
    const my = cov.data!.frameworks.find((f) => f.frameworkId === "my-aige-2024")!;
    expect(my.derivedCount).toBeGreaterThan(0);
    // A question outside the profile is not part of this assessment.
    const outside = fullQs.data!.questions.find((q) => q.kind === "requirement")!;
    const refused = await c.POST("/api/v1/assessments/{id}/answers", {
      params: { path: { id } },
      body: { question: outside.key.replace(/^[^:]+:/, "nope:"), result: "met", explanation: "x" },
    });
    expect(refused.response.status).toBe(400);
    const unknown = await c.POST("/api/v1/assessments", {
      body: { systemId, jurisdictions: ["MY"], profile: "nope" },
    });
    expect(unknown.error).toMatchObject({ errors: [{ field: "profile" }] });
  });
});

describe("implemented controls, reused across systems", () => {
  it("answers a question in one system's assessment and is offered for the next system", async () => {
    const c = node.as(msme);
    const control = await c.POST("/api/v1/controls", {
      body: {
        orgId: msmeOrg,
        title: "Rejection review",
        description: "A recruiter reviews every automated rejection before it is sent.",
        evidence: [{ url: "https://msme.example/sop" }],
      },
    });
    expect(control.response.status).toBe(201);
    const controlId = control.data!.id;
    const first = await c.POST("/api/v1/assessments", { body: { systemId, jurisdictions: ["MY"] } });
    const answered = await c.POST("/api/v1/assessments/{id}/answers", {
      params: { path: { id: first.data!.id } },
      body: { question: "hub:human-involvement", result: "met", controlId },
    });
    expect(answered.response.status).toBe(200);
    const qs = await c.GET("/api/v1/assessments/{id}/questions", {
      params: { path: { id: first.data!.id } },
    });
    const a = qs.data!.questions.find((q) => q.key === "hub:human-involvement")!.answer!;
    expect(a.explanation).toContain("A recruiter reviews every automated rejection");
    expect(a.evidence).toContainEqual({ url: "https://msme.example/sop" });

    const list = await c.GET("/api/v1/controls", { params: { query: { orgId: msmeOrg } } });
    expect(list.data!.find((x) => x.id === controlId)!.answers).toEqual(["hub:human-involvement"]);

    // Another organisation can neither see nor use it.
    const other = await makeOrg(node.ctx, "company", "MY");
    const outsider = await signIn(node.app, await makeUser(node.ctx, { orgId: other.id, role: "org-admin" }));
    expect(
      (await node.as(outsider).GET("/api/v1/controls", { params: { query: { orgId: msmeOrg } } })).response
        .status,
    ).toBe(403);
    const mis = await c.POST("/api/v1/assessments/{id}/answers", {
      params: { path: { id: first.data!.id } },
      body: {
        question: "hub:human-involvement",
        result: "met",
        controlId: "01a220a1-cd33-7376-92b1-d903adb82e71",
      },
    });
    expect(mis.error).toMatchObject({ errors: [{ field: "controlId" }] });
  });
});

describe("listing assessments", () => {
  it("lists one system's assessments with systemId, only for its organisation", async () => {
    const c = node.as(msme);
    const other = await c.POST("/api/v1/systems", {
      body: { orgId: msmeOrg, ...hiringAssistant, name: "Shift planner" },
    });
    const otherId = other.data!.id;
    const mine = await c.POST("/api/v1/assessments", {
      body: { systemId: otherId, jurisdictions: ["SG"] },
    });
    await c.POST("/api/v1/assessments", { body: { systemId, jurisdictions: ["VN"] } });
    const all = await c.GET("/api/v1/assessments");
    expect(new Set(all.data!.map((a) => a.systemId))).toEqual(new Set([systemId, otherId]));
    const one = await c.GET("/api/v1/assessments", { params: { query: { systemId: otherId } } });
    expect(one.data!.map((a) => a.id)).toEqual([mine.data!.id]);
    const first = await c.GET("/api/v1/assessments", { params: { query: { systemId } } });
    expect(first.data!.length).toBeGreaterThan(0);
    expect(first.data!.every((a) => a.systemId === systemId)).toBe(true);
    // Another organisation's member gets none of them, filter or not.
    expect(
      (await node.as(thRegulator).GET("/api/v1/assessments", { params: { query: { systemId: otherId } } }))
        .data,
    ).toEqual([]);
    const bad = await c.GET("/api/v1/assessments", {
      params: { query: { systemId: "not-a-uuid" } },
    });
    expect(bad.error).toMatchObject({ errors: [{ field: expect.stringContaining("systemId") }] });
  });
});

/** A quick (MSME profile) assessment of the system, answered and submitted to the given jurisdictions. */
async function submittedAssessment(jurisdictions: string[]) {
  const c = node.as(msme);
  const a = await c.POST("/api/v1/assessments", {
    body: { systemId, jurisdictions, profile: "msme-baseline" },
  });
  const id = a.data!.id;
  const qs = await c.GET("/api/v1/assessments/{id}/questions", { params: { path: { id } } });
  for (const q of qs.data!.questions)
    await c.POST("/api/v1/assessments/{id}/answers", {
      params: { path: { id } },
      body: { question: q.key, result: "met", explanation: "Yes." },
    });
  for (const jurisdiction of jurisdictions)
    expect(
      (await c.POST("/api/v1/assessments/{id}/submit", { params: { path: { id } }, body: { jurisdiction } }))
        .response.status,
    ).toBe(200);
  return id;
}

describe("review comments", () => {
  it("threads one level deep between a jurisdiction's regulator and the organisation, audited", async () => {
    const id = await submittedAssessment(["MY", "TH"]);
    const org = node.as(msme);
    const my = node.as(myRegulator);
    const th = node.as(thRegulator);
    const path = { path: { id } };
    await my.POST("/api/v1/reviews/{id}/{jurisdiction}", {
      params: { path: { id, jurisdiction: "MY" } },
      body: { decision: "comment", comment: "Who reviews the rejected applicants?" },
    });
    const opened = await th.POST("/api/v1/assessments/{id}/comments", {
      params: path,
      body: { jurisdiction: "TH", body: "Is the system used for Thai applicants?" },
    });
    expect(opened.response.status).toBe(201);
    const threads = (await org.GET("/api/v1/assessments/{id}/comments", { params: path })).data!;
    expect(threads.map((t) => [t.jurisdiction, t.authorSide])).toEqual([
      ["MY", "regulator"],
      ["TH", "regulator"],
    ]);
    const myThread = threads[0]!.id;

    // The organisation replies; the regulator answers in the same thread; the queue shows who wrote last.
    const replied = await org.POST("/api/v1/assessments/{id}/comments", {
      params: path,
      body: { parentId: myThread, body: "Our HR lead reviews every rejection." },
    });
    expect(replied.response.status).toBe(201);
    const queue = async () =>
      (await my.GET("/api/v1/reviews")).data!.find((q) => q.assessmentId === id && q.jurisdiction === "MY")!;
    expect(await queue()).toMatchObject({ commentCount: 2, lastCommentBy: "organisation" });
    await my.POST("/api/v1/assessments/{id}/comments", {
      params: path,
      body: { parentId: myThread, body: "Thank you; please attach the procedure." },
    });
    expect(await queue()).toMatchObject({ commentCount: 3, lastCommentBy: "regulator" });
    const mine = (await my.GET("/api/v1/assessments/{id}/comments", { params: path })).data!;
    // Malaysia's regulator reads only Malaysia's thread, with its replies in order.
    expect(mine).toHaveLength(1);
    expect(mine[0]!.replies.map((r) => [r.authorSide, r.body])).toEqual([
      ["organisation", "Our HR lead reviews every rejection."],
      ["regulator", "Thank you; please attach the procedure."],
    ]);

    // One level only; threads on submissions only; another jurisdiction's regulator stays out.
    const deep = await org.POST("/api/v1/assessments/{id}/comments", {
      params: path,
      body: { parentId: mine[0]!.replies[0]!.id, body: "Nested?" },
    });
    expect(deep.error).toMatchObject({ code: "invalid_input", errors: [{ field: "parentId" }] });
    const noJurisdiction = await org.POST("/api/v1/assessments/{id}/comments", {
      params: path,
      body: { body: "To whom?" },
    });
    expect(noJurisdiction.error).toMatchObject({ errors: [{ field: "jurisdiction" }] });
    const notSubmitted = await org.POST("/api/v1/assessments/{id}/comments", {
      params: path,
      body: { jurisdiction: "SG", body: "Hello Singapore" },
    });
    expect(notSubmitted.error).toMatchObject({ errors: [{ field: "jurisdiction" }] });
    const intruder = await th.POST("/api/v1/assessments/{id}/comments", {
      params: path,
      body: { parentId: myThread, body: "Thailand here" },
    });
    expect(intruder.response.status).toBe(404);
    expect(
      (await th.GET("/api/v1/assessments/{id}/comments", { params: path })).data!.map((t) => t.jurisdiction),
    ).toEqual(["TH"]);
    const empty = await org.POST("/api/v1/assessments/{id}/comments", {
      params: path,
      body: { jurisdiction: "MY", body: "   " },
    });
    expect(empty.error).toMatchObject({ errors: [{ field: "body" }] });

    // Every comment is in the audit chain.
    const actions = (
      await sql<{
        action: string;
      }>`SELECT action FROM audit_log WHERE target_id = ${id} ORDER BY seq`.execute(node.ctx.db)
    ).rows.map((r) => r.action);
    expect(actions.filter((a) => a.startsWith("assessment.comment"))).toEqual([
      "assessment.comment",
      "assessment.comment.reply",
      "assessment.comment.reply",
    ]);
    expect(actions).toContain("assessment.review.comment");
  });
});

describe("gaps (POA&M)", () => {
  it("edits a planned action's wording, owner, due date and status, audited; only the organisation", async () => {
    const c = node.as(msme);
    const a = await c.POST("/api/v1/assessments", {
      body: { systemId, jurisdictions: ["MY"], profile: "msme-baseline" },
    });
    const id = a.data!.id;
    const q = (await c.GET("/api/v1/assessments/{id}/questions", { params: { path: { id } } })).data!
      .questions[0]!;
    await c.POST("/api/v1/assessments/{id}/answers", {
      params: { path: { id } },
      body: { question: q.key, result: "not-met", explanation: "Not yet." },
    });
    const planned = await c.POST("/api/v1/assessments/{id}/gaps", {
      params: { path: { id } },
      body: { question: q.key, action: "Write a policy", owner: "CEO", dueDate: "2027-01-31" },
    });
    const gapId = planned.data!.gaps[0]!.id;
    const params = { path: { id, gapId } };
    const edited = await c.PATCH("/api/v1/assessments/{id}/gaps/{gapId}", {
      params,
      body: { action: "Write and publish a policy", owner: "Operations lead", dueDate: null },
    });
    expect(edited.data!.gaps[0]).toMatchObject({
      action: "Write and publish a policy",
      owner: "Operations lead",
      dueDate: null,
      status: "open",
    });
    const done = await c.PATCH("/api/v1/assessments/{id}/gaps/{gapId}", {
      params,
      body: { status: "done", dueDate: "2027-02-28" },
    });
    expect(done.data!.gaps[0]).toMatchObject({ status: "done", dueDate: "2027-02-28" });

    expect(
      (await c.PATCH("/api/v1/assessments/{id}/gaps/{gapId}", { params, body: {} })).response.status,
    ).toBe(400);
    const blank = await c.PATCH("/api/v1/assessments/{id}/gaps/{gapId}", { params, body: { owner: " " } });
    expect(blank.error).toMatchObject({ errors: [{ field: "owner" }] });
    const badStatus = await c.PATCH("/api/v1/assessments/{id}/gaps/{gapId}", {
      params,
      body: { status: "closed" as "done" },
    });
    expect(badStatus.error).toMatchObject({ errors: [{ field: "status" }] });
    expect(
      (
        await c.PATCH("/api/v1/assessments/{id}/gaps/{gapId}", {
          params: { path: { id, gapId: "01a220a1-cd33-7376-92b1-d903adb82e71" } },
          body: { status: "done" },
        })
      ).response.status,
    ).toBe(404);
    // Another organisation does not see the assessment at all.
    const other = await makeOrg(node.ctx, "company", "MY");
    const outsider = await signIn(node.app, await makeUser(node.ctx, { orgId: other.id, role: "org-admin" }));
    expect(
      (
        await node
          .as(outsider)
          .PATCH("/api/v1/assessments/{id}/gaps/{gapId}", { params, body: { status: "open" } })
      ).response.status,
    ).toBe(404);
    const gaps = await c.GET("/api/v1/assessments/{id}/gaps", { params: { path: { id } } });
    expect(gaps.data!.gaps[0]!.status).toBe("done");
    const actions = (
      await sql<{
        action: string;
      }>`SELECT action FROM audit_log WHERE target_id = ${id} ORDER BY seq`.execute(node.ctx.db)
    ).rows.map((r) => r.action);
    expect(actions.filter((x) => x === "assessment.gap.update")).toHaveLength(2);
  });
});
