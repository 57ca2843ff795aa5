import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/client/index.ts";
import { injectFetch, makeOrg, makeUser, signIn, type TestUser } from "../helpers.ts";
import { launchBrowser, type RunningNode, startNode } from "./harness.ts";

/** Every page, with a heading that shows it has rendered. */
const PUBLIC_PAGES = [
  { path: "/sign-in", heading: "Sign in" },
  { path: "/forgot-password", heading: "Reset your password" },
  { path: "/reset-password?token=abcdefghijklmnopqrstuvwxyz", heading: "Set a new password" },
  // The framework library is public.
  { path: "/library", heading: "Framework library" },
  { path: "/library?q=human%20oversight", heading: "Framework library" },
  { path: "/library/asean-guide-2024", heading: "ASEAN Guide on AI Governance and Ethics (2024)" },
  {
    path: "/library/eu-ai-act-2024?req=art-14",
    heading:
      "Regulation (EU) 2024/1689 (Artificial Intelligence Act): obligations by actor role and risk tier",
  },
  { path: "/library/kh-status", heading: "Cambodia: AI governance status record" },
  { path: "/library/compare?from=my-aige-2024&to=vn-law-ai-2025", heading: "Compare frameworks" },
  { path: "/library/compare?from=vn-law-ai-2025&to=asean-guide-2024", heading: "Compare frameworks" },
  { path: "/library/asean-guide-2024/diff", heading: "What changed between releases" },
  // AI incidents: the public form and database (a published incident is added in beforeAll).
  { path: "/report", heading: "Report an AI incident" },
  { path: "/incidents", heading: "AI incident database" },
  // Checking a report's SHA-256 is public.
  { path: "/verify", heading: "Verify a report" },
  // The footprint calculator is public.
  { path: "/footprints/calculator", heading: "AI footprint calculator" },
];
const SIGNED_IN_PAGES = [
  { path: "/", heading: "Welcome, Test User" },
  { path: "/users", heading: "Users" },
  { path: "/organisations", heading: "Organisations" },
  { path: "/audit", heading: "Audit log" },
  { path: "/profile", heading: "Profile" },
  { path: "/library/import", heading: "Import into the library" },
  { path: "/triage", heading: "Incident triage" },
  { path: "/triage/import", heading: "Import reports" },
  { path: "/systems", heading: "AI systems" },
  { path: "/systems/new", heading: "Register an AI system" },
  { path: "/reviews", heading: "Reviews" },
  { path: "/footprints/regional", heading: "Regional footprints" },
];

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);

async function visit(page: Page, url: string, p: { path: string; heading: string }) {
  await page.goto(url + p.path);
  await page.getByRole("heading", { level: 1, name: p.heading }).waitFor();
  await page.waitForLoadState("networkidle");
}

async function signInThroughUi(page: Page, url: string, user: TestUser) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Welcome, Test User" }).waitFor();
}

describe("web app: accessibility (axe) and 360 px layout", () => {
  let node: RunningNode;
  let browser: Browser;
  let admin: TestUser;
  let orgAdmin: TestUser;

  beforeAll(async () => {
    node = await startNode();
    browser = await launchBrowser();
    admin = await makeUser(node.ctx, { nodeAdmin: true });
    // Some data so the tables render, with long names that must wrap at 360 px.
    const org = await makeOrg(node.ctx, "company", "KH", "ក្រុមហ៊ុនបច្ចេកវិទ្យាបញ្ញាសិប្បនិម្មិតកម្ពុជា Co., Ltd.");
    const th = await makeOrg(node.ctx, "regulator", "TH", "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (ETDA)");
    orgAdmin = await makeUser(node.ctx, { orgId: org.id, role: "org-admin" });
    await makeUser(node.ctx, { orgId: th.id, role: "regulator-analyst" });
    // A published incident (with personal data to review first) and one in triage, for the incident pages.
    const api = createClient({
      baseUrl: "http://node.test",
      fetch: injectFetch(node.app, await signIn(node.app, admin)),
    });
    const report = {
      lang: "th",
      title: "แชตบอตของโรงพยาบาลให้คำแนะนำเรื่องยาที่ผิดแก่ผู้ป่วยหลายรายในกรุงเทพมหานคร",
      description:
        "แชตบอตของโรงพยาบาลให้คำแนะนำเรื่องขนาดยาที่ผิดแก่ผู้ป่วยหลายราย ติดต่อผู้แจ้งได้ที่ somchai.j@mail.example หรือ 081-234-5678",
      translations: [
        {
          lang: "en",
          title: "Hospital chatbot gave several patients wrong medication advice in Bangkok",
          description: "A hospital's chatbot told several patients wrong doses of their medication.",
        },
      ],
      aiRelation: ["direct-cause", "overreliance-or-intentional-misuse"],
      reporter: { stakeholderGroup: "affected-person", relation: "directly-involved" },
      occurredFrom: "2026-02",
      countries: ["TH"],
      evidence: [
        { url: "https://news.example/th-hospital-bot-with-a-very-long-address-that-must-wrap-at-360" },
      ],
      systems: [{ name: "MedBot", provider: "Hospital IT" }],
      severity: "serious-incident",
      harmTypes: ["physical", "psychological"],
    };
    const published = (await api.POST("/api/v1/reports", { body: report as never })).data!.incidentId;
    const pending = (await api.POST("/api/v1/reports", { body: report as never })).data!.incidentId;
    const id = { params: { path: { id: published } } };
    for (const to of ["triage", "in-review", "validated"] as const)
      await api.POST("/api/v1/incidents/{id}/transition", { ...id, body: { to } });
    for (const s of (await api.GET("/api/v1/incidents/{id}/redactions", id)).data!.suggestions)
      await api.POST("/api/v1/incidents/{id}/redactions", {
        ...id,
        body: { kind: s.kind, text: s.text, decision: "redact" },
      });
    const done = await api.POST("/api/v1/incidents/{id}/publish", { ...id, body: { tlp: "clear" } });
    expect(done.response.status).toBe(200);
    PUBLIC_PAGES.push({ path: `/incidents/${published}`, heading: report.translations[0]!.title });

    // An AI system with its risk result and an assessment under way, long Khmer names included.
    const owner = createClient({
      baseUrl: "http://node.test",
      fetch: injectFetch(node.app, await signIn(node.app, orgAdmin)),
    });
    const systemName = "ប្រព័ន្ធជំនួយការជ្រើសរើសបុគ្គលិកដោយបញ្ញាសិប្បនិម្មិតសម្រាប់សហគ្រាសធុនតូច";
    const system = await owner.POST("/api/v1/systems", {
      body: {
        orgId: org.id,
        name: systemName,
        purpose: "Screens job applicants' CVs and ranks them for interviews at a very long company name",
        sectors: ["N7810"],
        deploymentCountries: ["KH", "MY", "SG", "VN"],
        lifecycleStage: "deployment",
        aiType: "generative",
        affectedScale: "thousands",
        decisionImpact: "significant",
        humanInvolvement: "human-out-of-the-loop",
        useCases: ["employment-recruitment", "chatbot-interaction"],
        profilesNaturalPersons: true,
        status: "in-use",
      },
    });
    const systemId = system.data!.id;
    await owner.POST("/api/v1/systems/{id}/risk", {
      params: { path: { id: systemId } },
      body: { probability: 3, severity: 4 },
    });
    const assessment = await owner.POST("/api/v1/assessments", {
      body: { systemId, jurisdictions: ["MY", "SG", "VN"] },
    });
    const assessmentId = assessment.data!.id;
    const qs = await owner.GET("/api/v1/assessments/{id}/questions", {
      params: { path: { id: assessmentId } },
    });
    for (const [i, q] of qs.data!.questions.slice(0, 6).entries())
      await owner.POST("/api/v1/assessments/{id}/answers", {
        params: { path: { id: assessmentId } },
        body: {
          question: q.key,
          result: i % 2 ? "met" : "partially-met",
          explanation: "Explained.",
          evidence: [{ url: "https://kedai.example/a-very-long-evidence-address-that-must-wrap-at-360-px" }],
        },
      });
    // A footprint report, submitted, for the system's footprint table and the regional totals.
    const footprint = await owner.POST("/api/v1/systems/{id}/footprints", {
      params: { path: { id: systemId } },
      body: {
        periodStart: "2026-01-01",
        periodEnd: "2026-12-31",
        workload: { kind: "inference", country: "KH", requests: 120_000, measuredWhPerRequest: 0.3 },
      },
    });
    await owner.POST("/api/v1/footprints/{id}/submit", {
      params: { path: { id: footprint.data!.id } },
      body: { jurisdiction: "KH" },
    });
    SIGNED_IN_PAGES.push(
      { path: `/systems/${systemId}`, heading: systemName },
      { path: `/assessments/${assessmentId}`, heading: `Assessment: ${systemName}` },
    );
    SIGNED_IN_PAGES.push({ path: `/triage/${pending}`, heading: report.title });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await node?.close();
  });

  async function newContext(viewport: { width: number; height: number }): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport });
    context.setDefaultTimeout(10_000);
    return context;
  }

  it("has no serious or critical axe violations on any page", async () => {
    const context = await newContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const p of PUBLIC_PAGES) {
      await visit(page, node.url, p);
      found[p.path] = await seriousViolations(page);
    }
    // The compare view with its rationales and unmapped lists opened, in Thai too.
    await visit(page, node.url, PUBLIC_PAGES.find((p) => p.path.startsWith("/library/compare"))!);
    for (const d of await page.locator("details").all()) await d.locator("summary").click();
    found["/library/compare (opened)"] = await seriousViolations(page);
    await page.getByLabel("Language").selectOption("th");
    await page.getByRole("heading", { level: 1, name: "เปรียบเทียบกรอบแนวทาง" }).waitFor();
    found["/library/compare (th)"] = await seriousViolations(page);
    await page.getByLabel("ภาษา").selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Compare frameworks" }).waitFor();

    // The report form with the node's field errors shown, and in Thai.
    await visit(page, node.url, { path: "/report", heading: "Report an AI incident" });
    await page.getByRole("button", { name: "Send the report" }).click();
    await page.locator(".field-error").first().waitFor();
    found["/report (errors)"] = await seriousViolations(page);
    await page.getByLabel("Language", { exact: true }).selectOption("th");
    await page.getByRole("heading", { level: 1, name: "แจ้งเหตุการณ์ที่เกี่ยวกับ AI" }).waitFor();
    found["/report (th)"] = await seriousViolations(page);
    await page.getByLabel("ภาษา", { exact: true }).selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Report an AI incident" }).waitFor();

    await signInThroughUi(page, node.url, admin);
    for (const p of SIGNED_IN_PAGES) {
      await visit(page, node.url, p);
      found[p.path] = await seriousViolations(page);
    }
    // The assessment workspace with a question's answer form and a framework's controls opened.
    await visit(page, node.url, SIGNED_IN_PAGES.find((p) => p.path.startsWith("/assessments/"))!);
    await page.locator(".q-summary").first().click();
    await page.locator(".fw-summary").first().click();
    found["/assessments/:id (opened)"] = await seriousViolations(page);
    await page.screenshot({ path: "/tmp/aisafe-1280-workspace.png", fullPage: false });
    // The wizard's later steps.
    await visit(page, node.url, { path: "/systems/new", heading: "Register an AI system" });
    found["/systems/new (node admin picks the organisation)"] = await seriousViolations(page);
    // The import's validation report.
    await visit(page, node.url, SIGNED_IN_PAGES.find((p) => p.path === "/library/import")!);
    await page.getByLabel("Or paste the JSON").fill(JSON.stringify({ catalog: { metadata: {} } }));
    await page.getByRole("button", { name: "Check and import the framework" }).click();
    await page.getByRole("table", { name: /Problems found/ }).waitFor();
    found["/library/import (report)"] = await seriousViolations(page);
    // A user's page, and the forms opened.
    await visit(page, node.url, SIGNED_IN_PAGES[1]!);
    await page.locator("summary", { hasText: "Create a user" }).click();
    found["/users (create form)"] = await seriousViolations(page);
    await page.getByRole("link", { name: "Test User" }).first().click();
    await page.getByRole("heading", { level: 2, name: "Account" }).waitFor();
    found["/users/:id"] = await seriousViolations(page);
    // In Thai too.
    await page.getByLabel("Language").selectOption("th");
    await page.getByRole("heading", { level: 2, name: "บัญชี" }).waitFor();
    found["/users/:id (th)"] = await seriousViolations(page);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await context.close();
  }, 300_000);

  it("fits a 360 px wide screen without horizontal scrolling, with a collapsible menu", async () => {
    const context = await newContext({ width: 360, height: 740 });
    const page = await context.newPage();
    const overflow: Record<string, number> = {};
    for (const p of PUBLIC_PAGES) {
      await visit(page, node.url, p);
      overflow[p.path] = await horizontalOverflow(page);
    }
    await page.screenshot({ path: "/tmp/aisafe-360-sign-in.png", fullPage: true });
    // The report form in Thai at 360 px, with its field errors and optional rows opened.
    await visit(page, node.url, { path: "/report", heading: "Report an AI incident" });
    await page.getByLabel("Language", { exact: true }).selectOption("th");
    await page.getByRole("heading", { level: 1, name: "แจ้งเหตุการณ์ที่เกี่ยวกับ AI" }).waitFor();
    await page.getByRole("button", { name: "เพิ่มระบบ AI" }).click();
    await page.getByRole("button", { name: "เพิ่มองค์กร" }).click();
    await page.getByRole("button", { name: "ส่งรายงาน" }).click();
    await page.locator(".field-error").first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    overflow["/report (th, errors)"] = await horizontalOverflow(page);
    await page.screenshot({ path: "/tmp/aisafe-360-report-th.png", fullPage: true });
    await page.getByLabel("ภาษา", { exact: true }).selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Report an AI incident" }).waitFor();
    // The compare view stacks on a narrow screen, rationale opened.
    await visit(page, node.url, PUBLIC_PAGES.find((p) => p.path.startsWith("/library/compare"))!);
    await page.locator(".xw-entry summary").first().click();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: "/tmp/aisafe-360-compare.png", fullPage: true });
    await visit(page, node.url, PUBLIC_PAGES.find((p) => p.path.startsWith("/library/eu-ai-act"))!);
    await page.screenshot({ path: "/tmp/aisafe-360-reader.png" });
    await signInThroughUi(page, node.url, admin);
    for (const p of SIGNED_IN_PAGES) {
      await visit(page, node.url, p);
      overflow[p.path] = await horizontalOverflow(page);
      if (overflow[p.path]! > 0)
        console.log(
          p.path,
          await page.evaluate(() =>
            [...document.querySelectorAll("body *")]
              .filter((e) => e.getBoundingClientRect().right > 361)
              .slice(0, 8)
              .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
          ),
        );
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
    }
    // The assessment workspace with a question and a framework's controls opened.
    await visit(page, node.url, SIGNED_IN_PAGES.find((p) => p.path.startsWith("/assessments/"))!);
    await page.locator(".q-summary").first().click();
    await page.locator(".fw-summary").first().click();
    overflow["/assessments/:id (opened)"] = await horizontalOverflow(page);
    await page.screenshot({ path: "/tmp/aisafe-360-workspace.png", fullPage: true });
    expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
    await visit(
      page,
      node.url,
      SIGNED_IN_PAGES.find((p) => p.path.startsWith("/triage/") && p.path !== "/triage/import")!,
    );
    await page.screenshot({ path: "/tmp/aisafe-360-triage-editor.png", fullPage: true });

    // The navigation is collapsed behind a menu button.
    await visit(page, node.url, SIGNED_IN_PAGES[0]!);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Menu" }).click();
    expect(await nav.isVisible()).toBe(true);
    await page.screenshot({ path: "/tmp/aisafe-360-menu.png" });
    await nav.getByRole("link", { name: "Organisations" }).click();
    await page.getByRole("heading", { level: 1, name: "Organisations" }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    await page.screenshot({ path: "/tmp/aisafe-360-organisations.png", fullPage: true });

    // Thai, and Khmer/Lao/Burmese native names, at 360 px.
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByLabel("Language").selectOption("th");
    await page.getByRole("heading", { level: 1, name: "องค์กร" }).waitFor();
    await page.goto(`${node.url}/`);
    await page.getByRole("heading", { level: 1, name: "ยินดีต้อนรับ Test User" }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("th");
    expect(await horizontalOverflow(page)).toBe(0);
    // The bundled Noto fonts for these scripts are what renders them.
    const fonts = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replaceAll('"', "")),
    );
    for (const family of [
      "Noto Sans",
      "Noto Sans Thai",
      "Noto Sans Khmer",
      "Noto Sans Lao",
      "Noto Sans Myanmar",
    ])
      expect(fonts).toContain(family);
    await page.screenshot({ path: "/tmp/aisafe-360-home-th.png", fullPage: true });
    await context.close();
  }, 240_000);

  it("walks the registration wizard without axe violations, at 1280 and 360 px", async () => {
    const found: Record<string, string[]> = {};
    const overflow: Record<string, number> = {};
    for (const width of [1280, 360]) {
      const context = await newContext({ width, height: 900 });
      const page = await context.newPage();
      await signInThroughUi(page, node.url, orgAdmin);
      await visit(page, node.url, { path: "/systems/new", heading: "Register an AI system" });
      await page.getByLabel("Name of the system").fill("Wizard check");
      await page.getByLabel("Purpose").fill("Checks the wizard");
      for (const step of [1, 2, 3, 4]) {
        await page.getByRole("heading", { level: 2, name: new RegExp(`^Step ${step} of 5`) }).waitFor();
        if (width === 1280) found[`/systems/new step ${step}`] = await seriousViolations(page);
        else overflow[`/systems/new step ${step}`] = await horizontalOverflow(page);
        if (step === 4) {
          await page.getByLabel("2 — Unlikely").check();
          await page.getByLabel("4 — Major").check();
          await page.getByRole("button", { name: "Register and see the result" }).click();
        } else await page.getByRole("button", { name: "Next" }).click();
      }
      await page.getByRole("heading", { level: 2, name: "Step 5 of 5: Result" }).waitFor();
      if (width === 1280) found["/systems/new result"] = await seriousViolations(page);
      else overflow["/systems/new result"] = await horizontalOverflow(page);
      await context.close();
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
  }, 240_000);

  it("is usable by keyboard: skip link first, visible focus", async () => {
    const context = await newContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    await visit(page, node.url, PUBLIC_PAGES[0]!);
    await page.keyboard.press("Tab");
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { text: el.textContent, id: el.id, outline: style.outlineStyle, width: style.outlineWidth };
      });
    const skip = await focused();
    expect(skip.text).toBe("Skip to main content");
    expect(skip.outline).toBe("solid");
    expect(await page.getByRole("link", { name: "Skip to main content" }).isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect((await focused()).id).toBe("main");
    // Next stop is the e-mail field of the form, with a visible outline.
    await page.keyboard.press("Tab");
    const field = await focused();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("email");
    expect(field.outline).toBe("solid");
    expect(field.width).toBe("3px");
    await context.close();
  });

  it("renders the desktop layout", async () => {
    const context = await newContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    await signInThroughUi(page, node.url, admin);
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: "/tmp/aisafe-1280-home.png", fullPage: true });
    await visit(page, node.url, SIGNED_IN_PAGES[1]!);
    await page.locator("summary", { hasText: "Create a user" }).click();
    await page.screenshot({ path: "/tmp/aisafe-1280-users.png", fullPage: true });
    await visit(page, node.url, PUBLIC_PAGES.find((p) => p.path.startsWith("/library/compare"))!);
    await page.locator(".xw-entry summary").first().click();
    await page.screenshot({ path: "/tmp/aisafe-1280-compare.png", fullPage: true });
    await visit(page, node.url, PUBLIC_PAGES.find((p) => p.path === "/library")!);
    await page.screenshot({ path: "/tmp/aisafe-1280-library.png", fullPage: true });
    await context.close();
  });
});
