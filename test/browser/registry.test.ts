import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/client/index.ts";
import { injectFetch, makeOrg, makeUser, signIn, type TestUser } from "../helpers.ts";
import { launchBrowser, type RunningNode, scratch, startNode } from "./harness.ts";

async function signInThroughUi(page: Page, url: string, user: TestUser) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Welcome, Test User" }).waitFor();
}

const SYSTEM = "Pembantu Pengambilan AI";
const POLICY = Buffer.from("%PDF-1.7\nHiring policy: a recruiter reviews every shortlist.\n%%EOF\n");

describe("web app: register an AI system, assess once, submit, review", () => {
  let node: RunningNode;
  let browser: Browser;
  let msme: TestUser;
  let myRegulator: TestUser;
  let thRegulator: TestUser;

  beforeAll(async () => {
    node = await startNode();
    browser = await launchBrowser();
    const org = await makeOrg(node.ctx, "msme", "MY", "Kedai Runcit Aminah Sdn Bhd");
    msme = await makeUser(node.ctx, { orgId: org.id, role: "org-member" });
    const my = await makeOrg(node.ctx, "regulator", "MY", "MyDIGITAL Regulator");
    myRegulator = await makeUser(node.ctx, { orgId: my.id, role: "regulator-analyst" });
    const th = await makeOrg(node.ctx, "regulator", "TH", "ETDA");
    thRegulator = await makeUser(node.ctx, { orgId: th.id, role: "regulator-analyst" });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await node?.close();
  });

  it("the issue's story: an MSME in Malaysia registers its hiring assistant and a regulator accepts it", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));

    // (1) The wizard, step by step.
    await signInThroughUi(page, node.url, msme);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "AI systems" }).click();
    await page.getByRole("heading", { level: 1, name: "AI systems" }).waitFor();
    await page.getByRole("link", { name: "Register an AI system" }).click();
    await page.getByRole("heading", { level: 2, name: "Step 1 of 5: What it is" }).waitFor();
    await page.getByLabel("Name of the system").fill(SYSTEM);
    await page.getByLabel("Purpose").fill("Screens job applicants' CVs and ranks them for interviews");
    await page.getByLabel("Sector (ISIC)").selectOption("N");
    await page.getByLabel("ISIC code (optional)").fill("N7810");
    for (const c of ["Malaysia", "Singapore", "Vietnam"]) await page.getByLabel(c, { exact: true }).check();
    await page.getByRole("button", { name: "Next" }).click();

    await page.getByRole("heading", { level: 2, name: "Step 2 of 5: How it works" }).waitFor();
    await page.getByLabel("Generative AI").check();
    await page.getByLabel("From a third party").check();
    await page.getByLabel("Provider").fill("Example Model Co");
    await page.getByLabel("Model", { exact: true }).fill("ExampleLM 2");
    await page.getByLabel("Recruitment and selection").check();
    await page.getByRole("button", { name: "Next" }).click();

    await page.getByRole("heading", { level: 2, name: "Step 3 of 5: People and data" }).waitFor();
    await page.getByLabel("Personal data", { exact: true }).check();
    await page.getByLabel("How many people it affects").selectOption("thousands");
    await page.getByLabel("Decisions it influences").fill("Who is invited to interview");
    await page.getByLabel("Significant", { exact: true }).check();
    await page.getByLabel("Human out of the loop", { exact: true }).check();
    await page.getByLabel(/It profiles people/).check();
    await page.getByRole("button", { name: "Next" }).click();

    // (4) Our own scale, labelled as such.
    await page.getByRole("heading", { level: 2, name: "Step 4 of 5: Risk impact" }).waitFor();
    await page.getByText("ASEAN AI Safe's own scale").first().waitFor();
    await page
      .getByRole("group", { name: /How likely is harm/ })
      .getByLabel("3 — Possible")
      .check();
    await page
      .getByRole("group", { name: /How severe/ })
      .getByLabel("3 — Moderate")
      .check();
    await page.getByText("Real harm to people's interests, reversible with effort.").waitFor();
    await page.getByRole("button", { name: "Register and see the result" }).click();

    // (5) Human over the loop recommended; EU high-risk under Annex III point 4(a); Viet Nam classified too.
    await page.getByRole("heading", { level: 2, name: "Step 5 of 5: Result" }).waitFor();
    await page.getByText(/Registered as SYS-ASEAN-\d{4}-\d{6}/).waitFor();
    await expect(page.locator(".recommended").textContent()).resolves.toContain("Human over the loop");
    await page.getByText("The human involvement in place today is less than recommended.").waitFor();
    const eu = page.locator("section.classifier", {
      has: page.getByRole("heading", { name: "EU AI Act risk tier" }),
    });
    await expect(eu.locator(".tier").textContent()).resolves.toBe("High-risk");
    await expect(eu.textContent()).resolves.toContain("Annex III point 4(a)");
    await page.getByRole("heading", { name: "Viet Nam AI Law risk tier" }).waitFor();
    await page.screenshot({ path: "/tmp/aisafe-wizard-result.png", fullPage: true });

    // (2) The system page: start an assessment for MY + SG + VN (the deployment countries are ticked).
    await page.getByRole("link", { name: "Open the system and start an assessment" }).click();
    await page.getByRole("heading", { level: 1, name: SYSTEM }).waitFor();
    await page.getByRole("heading", { level: 2, name: "History" }).waitFor();
    for (const c of ["Malaysia", "Singapore", "Vietnam"])
      expect(await page.getByRole("group", { name: "Jurisdictions" }).getByLabel(c).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.getByRole("heading", { level: 1, name: `Assessment: ${SYSTEM}` }).waitFor();
    const assessmentId = page.url().split("/").at(-1)!;

    // Fewer questions than the separate checklists' items.
    const dedup = (await page.locator(".dedup").textContent())!;
    const [questions, controls] = dedup.match(/\d+/g)!.map(Number) as [number, number];
    expect(questions).toBeLessThan(controls);
    await page.getByText(`0 of ${questions} questions answered`).waitFor();
    // Hub questions come first and show the framework controls they answer.
    await page.getByRole("heading", { level: 3, name: /Shared questions/ }).waitFor();
    await page.locator(".questions .q-summary").first().click();
    await page.locator(".questions .covers").first().waitFor();
    expect(await page.locator(".questions .covers").first().locator("li").count()).toBeGreaterThan(1);
    await page.locator(".questions .q-summary").first().click();

    // Most answers through the API (fast), the last two through the form.
    const api = createClient({
      baseUrl: "http://node.test",
      fetch: injectFetch(node.app, await signIn(node.app, msme)),
    });
    const all = (
      await api.GET("/api/v1/assessments/{id}/questions", { params: { path: { id: assessmentId } } })
    ).data!.questions;
    const sorted = [...all.filter((q) => q.kind === "hub"), ...all.filter((q) => q.kind !== "hub")];
    const viaUi = sorted.slice(0, 2);
    for (const q of sorted.slice(2)) {
      const r = await api.POST("/api/v1/assessments/{id}/answers", {
        params: { path: { id: assessmentId } },
        body: { question: q.key, result: "met", explanation: `Our practice for ${q.title}.` },
      });
      expect(r.response.status).toBe(200);
    }
    await page.reload();
    await page.getByText(`${questions - 2} of ${questions} questions answered`).waitFor();
    for (const [i, q] of viaUi.entries()) {
      const item = page
        .locator(".questions > li", { has: page.locator(".q-title", { hasText: q.title }) })
        .first();
      await item.locator(".q-summary").click();
      await item.getByLabel(i === 0 ? "Partially met" : "Met", { exact: true }).check();
      await item
        .getByLabel("Explanation")
        .fill("A recruiter reviews every shortlist before invitations go out.");
      await item.getByLabel("Evidence links").fill("https://kedai.example/hiring-policy");
      await item.getByRole("button", { name: "Save the answer" }).click();
      await item.getByRole("status").getByText("Saved.").waitFor();
      if (i === 0) {
        // Evidence file: a program dressed as a PDF is refused, the real policy is kept with its SHA-256.
        await item.getByLabel("Evidence file").setInputFiles({
          name: "setup.pdf",
          mimeType: "application/pdf",
          buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(64)]),
        });
        await item.getByRole("button", { name: "Upload the file" }).click();
        await item.locator(".evidence-files").getByRole("alert").waitFor();
        await item.getByLabel("Evidence file").setInputFiles({
          name: "hiring-policy.pdf",
          mimeType: "application/pdf",
          buffer: POLICY,
        });
        await item.getByRole("button", { name: "Upload the file" }).click();
        await item.getByRole("button", { name: "Download hiring-policy.pdf" }).waitFor();
        await expect(item.locator(".evidence-files .sha").textContent()).resolves.toBe(
          createHash("sha256").update(POLICY).digest("hex"),
        );
      }
    }
    await page.getByText(`${questions} of ${questions} questions answered`).waitFor();

    // Coverage per framework: chart and table, derived results say how.
    const table = page.getByRole("table", { name: "Controls per framework by result" });
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(3);
    await page
      .locator(".fw-summary", { hasText: /Malaysia|AIGE/ })
      .first()
      .click();
    // "Derived via <the hub question>", with the mapping's relationship.
    const hubTitles = all.filter((q) => q.kind === "hub").map((q) => q.title);
    const derived = page.locator(".derived").first();
    const said = (await derived.textContent())!;
    expect(hubTitles.some((title) => said.startsWith(`Derived via ${title}`))).toBe(true);
    await derived.locator(".rel").waitFor();

    // A partially met answer is a gap: plan an action.
    await page
      .getByLabel("Action", { exact: true })
      .fill("Put a recruiter over the loop for every rejection");
    await page.getByLabel("Owner", { exact: true }).fill("HR lead");
    await page.getByLabel("Due date", { exact: true }).fill("2027-03-31");
    await page.getByRole("button", { name: "Add the action" }).click();
    await page.getByRole("table", { name: "Planned actions" }).getByText("HR lead").waitFor();
    // The action is kept up to date: a new owner, then done.
    await page.getByRole("button", { name: /^Edit the action for / }).click();
    await page.locator(".gap-editor").getByLabel("Owner", { exact: true }).fill("HR manager");
    await page.locator(".gap-editor").getByLabel("Status").selectOption("done");
    await page.getByRole("button", { name: "Save the action" }).click();
    const planned = page.getByRole("table", { name: "Planned actions" });
    await planned.getByText("HR manager").waitFor();
    await planned.getByText("Done", { exact: true }).waitFor();
    expect(await page.locator(".gap-editor").count()).toBe(0);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: "/tmp/aisafe-workspace.png", fullPage: true });
    await page
      .locator("section", { has: page.getByRole("heading", { level: 2, name: "Coverage per framework" }) })
      .screenshot({ path: "/tmp/aisafe-workspace-chart.png" });
    await page.locator(".card", { has: page.getByRole("heading", { name: "Progress" }) }).screenshot({
      path: "/tmp/aisafe-workspace-progress.png",
    });

    // The HTML report in Malay, downloaded through the client, with the node's SHA-256.
    await page.getByLabel("Language of the report").selectOption("ms");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Report (HTML)" }).click();
    const file = path.join(scratch("aisafe-report-"), "report.html");
    await (await download).saveAs(file);
    const bytes = readFileSync(file);
    expect(bytes.toString("utf8")).toContain('<html lang="ms">');
    const sha = createHash("sha256").update(bytes).digest("hex");
    await expect(page.locator("[aria-labelledby=as-reports] .sha").textContent()).resolves.toBe(sha);
    expect(await page.getByRole("link", { name: "Verify this report" }).getAttribute("href")).toBe(
      `/verify?sha256=${sha}`,
    );

    // Verified by file on the public page (signed out in a fresh context).
    const anon = await browser.newContext();
    const pub = await anon.newPage();
    await pub.goto(`${node.url}/verify`);
    await pub.getByRole("heading", { level: 1, name: "Verify a report" }).waitFor();
    await pub.getByLabel("Or choose the report file").setInputFiles(file);
    await pub.getByRole("heading", { level: 2, name: "Issued by this node" }).waitFor();
    await expect(pub.locator(".facts").textContent()).resolves.toContain("Valid");
    await expect(pub.getByLabel("SHA-256 of the report").inputValue()).resolves.toBe(sha);
    // A changed byte is not issued.
    await pub.getByLabel("Or choose the report file").setInputFiles({
      name: "altered.html",
      mimeType: "text/html",
      buffer: Buffer.concat([bytes, Buffer.from(" ")]),
    });
    await pub.getByRole("heading", { level: 2, name: "Not issued by this node" }).waitFor();
    await anon.close();

    // The PDF in Thai, printed by Chromium with the bundled Thai font, signed like the HTML.
    await page.getByLabel("Language of the report").selectOption("th");
    // Chromium prints it inside the node: allow for a loaded machine (the 3 s target is a bench's).
    const pdfDownload = page.waitForEvent("download", { timeout: 60_000 });
    await page.getByRole("button", { name: "Report (PDF)" }).click();
    const pdfFile = path.join(scratch("aisafe-report-"), "report.pdf");
    await (await pdfDownload).saveAs(pdfFile);
    const pdf = readFileSync(pdfFile);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/NotoSansThai/);
    const pdfSha = createHash("sha256").update(pdf).digest("hex");
    await page.getByText(/\.pdf\.$/).waitFor();
    await expect(page.locator("[aria-labelledby=as-reports] .sha").textContent()).resolves.toBe(pdfSha);

    // Submitted to Malaysia.
    await page.getByLabel("Submit to", { exact: true }).selectOption("MY");
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await page.getByText("Submitted to Malaysia.").waitFor();

    // Malaysia's regulator reviews and accepts.
    const reg = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    reg.setDefaultTimeout(10_000);
    const r = await reg.newPage();
    await signInThroughUi(r, node.url, myRegulator);
    await r.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reviews" }).click();
    await r.getByRole("heading", { level: 1, name: "Reviews" }).waitFor();
    await r.getByRole("link", { name: SYSTEM }).click();
    await r.getByText("You are reading this assessment as a reviewer").waitFor();
    await r.getByRole("table", { name: "Controls per framework by result" }).waitFor();
    expect(await r.getByRole("button", { name: "Save the answer" }).count()).toBe(0);
    // The reviewer reads the evidence file, byte for byte.
    const evidenceItem = r
      .locator(".questions > li", { has: r.locator(".q-title", { hasText: viaUi[0]!.title }) })
      .first();
    await evidenceItem.locator(".q-summary").click();
    const evidenceDownload = r.waitForEvent("download");
    await evidenceItem.getByRole("button", { name: "Download hiring-policy.pdf" }).click();
    const evidencePath = path.join(scratch("aisafe-evidence-"), "policy.pdf");
    await (await evidenceDownload).saveAs(evidencePath);
    expect(readFileSync(evidencePath).equals(POLICY)).toBe(true);
    expect(await r.getByLabel("Evidence file").count()).toBe(0);
    await r.getByLabel("Accept", { exact: true }).check();
    await r.getByLabel("Comment to the organisation").fill("Accepted. Keep the recruiter over the loop.");
    await r.getByRole("button", { name: "Record the review" }).click();
    await r.getByText("Your review is recorded.").waitFor();
    await r.locator(".submissions").getByText("Accepted").waitFor();

    // The regulator verifies the Thai PDF it was sent: GET /api/v1/reports/verify?sha256=, and the page.
    const verified = await r.request.get(`${node.url}/api/v1/reports/verify?sha256=${pdfSha}`);
    expect(verified.status()).toBe(200);
    expect(await verified.json()).toMatchObject({ issued: true, kind: "pdf", signatureValid: true });
    await r.goto(`${node.url}/verify?sha256=${pdfSha}`);
    await r.getByRole("heading", { level: 2, name: "Issued by this node" }).waitFor();
    await expect(r.locator(".facts").textContent()).resolves.toContain("PDF report");
    const altered = Buffer.from(pdf);
    altered[altered.length - 20] = altered[altered.length - 20]! ^ 1;
    const refused = await r.request.get(
      `${node.url}/api/v1/reports/verify?sha256=${createHash("sha256").update(altered).digest("hex")}`,
    );
    expect(await refused.json()).toMatchObject({ issued: false });

    // The organisation sees the decision and the comment, and replies in the thread.
    await page.reload();
    await page.getByText("Accepted. Keep the recruiter over the loop.").waitFor();
    expect(await page.getByRole("button", { name: "Save the answer" }).count()).toBe(0);
    const thread = page.locator(".thread", { hasText: "Accepted. Keep the recruiter over the loop." });
    await thread.getByLabel("Your reply").fill("Thank you. The HR lead signs off every shortlist.");
    await thread.getByRole("button", { name: "Send the reply" }).click();
    await thread.locator(".reply").getByText("Thank you. The HR lead signs off every shortlist.").waitFor();

    // The regulator's queue shows the reply; the regulator answers in the same thread.
    await r.goto(`${node.url}/reviews`);
    const row = r.getByRole("row", { name: new RegExp(SYSTEM) });
    await row.getByText("The organisation replied").waitFor();
    await row.getByRole("link", { name: SYSTEM }).click();
    const regThread = r.locator(".thread", { hasText: "Accepted. Keep the recruiter over the loop." });
    await regThread.locator(".reply").getByText("The HR lead signs off every shortlist.").waitFor();
    await regThread.getByLabel("Your reply").fill("Noted, thank you.");
    await regThread.getByRole("button", { name: "Send the reply" }).click();
    await regThread.locator(".reply").nth(1).getByText("Noted, thank you.").waitFor();
    await reg.close();
    await page.reload();
    await thread.locator(".reply").nth(1).getByText("Noted, thank you.").waitFor();

    // The system page lists its assessment.
    await page.getByRole("link", { name: SYSTEM }).first().click();
    await page.getByRole("heading", { level: 1, name: SYSTEM }).waitFor();
    await page.getByRole("table", { name: "Assessments of this system" }).getByText("Accepted").waitFor();

    // Thailand's regulator never sees it.
    const th = await browser.newContext();
    const t = await th.newPage();
    await signInThroughUi(t, node.url, thRegulator);
    await t.goto(`${node.url}/reviews`);
    await t.getByRole("heading", { level: 1, name: "Reviews" }).waitFor();
    await t.getByText("Nothing to review.").waitFor();
    expect(await t.getByRole("link", { name: SYSTEM }).count()).toBe(0);
    await th.close();

    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it("a node administrator registers a system on behalf of an organisation it picks", async () => {
    const admin = await makeUser(node.ctx, { nodeAdmin: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await signInThroughUi(page, node.url, admin);
    await page.goto(`${node.url}/systems/new`);
    await page.getByRole("heading", { level: 2, name: "Step 1 of 5: What it is" }).waitFor();
    await page.getByText("on behalf of the organisation you choose").waitFor();
    expect(await page.getByRole("button", { name: "Next" }).isDisabled()).toBe(true);
    await page.getByLabel("Find the organisation").fill("Aminah");
    const select = page.getByLabel("Organisation", { exact: true });
    await select
      .locator("option", { hasText: "Kedai Runcit Aminah Sdn Bhd (MY)" })
      .waitFor({ state: "attached" });
    await select.selectOption({ label: "Kedai Runcit Aminah Sdn Bhd (MY)" });
    await page.getByLabel("Name of the system").fill("Stock forecaster");
    await page.getByLabel("Purpose").fill("Forecasts how much stock to reorder each week");
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: "Step 4 of 5: Risk impact" }).waitFor();
    await page
      .getByRole("group", { name: /How likely is harm/ })
      .getByLabel("1 — Rare")
      .check();
    await page
      .getByRole("group", { name: /How severe/ })
      .getByLabel("1 — Negligible")
      .check();
    await page.getByRole("button", { name: "Register and see the result" }).click();
    await page.getByText(/Registered as SYS-ASEAN-\d{4}-\d{6}/).waitFor();
    await context.close();

    // The organisation owns it; the history says who registered it.
    const api = createClient({
      baseUrl: "http://node.test",
      fetch: injectFetch(node.app, await signIn(node.app, msme)),
    });
    const mine = await api.GET("/api/v1/systems", { params: { query: { q: "Stock forecaster" } } });
    const system = mine.data!.items[0]!;
    expect(system).toMatchObject({ name: "Stock forecaster", orgName: "Kedai Runcit Aminah Sdn Bhd" });
    const history = await api.GET("/api/v1/systems/{id}/history", { params: { path: { id: system.id } } });
    expect(history.data![0]!.changedBy).toBe(admin.email);
  }, 60_000);

  it("the wizard at 360 px in Thai", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await signInThroughUi(page, node.url, msme);
    await page.goto(`${node.url}/systems/new`);
    await page.getByRole("heading", { level: 1, name: "Register an AI system" }).waitFor();
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByLabel("Language").selectOption("th");
    await page.getByRole("heading", { level: 1, name: "ลงทะเบียนระบบ AI" }).waitFor();
    const overflow = () =>
      page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);
    await page.getByLabel("ชื่อระบบ").fill("ผู้ช่วยคัดกรองผู้สมัครงาน");
    await page.getByLabel("วัตถุประสงค์").fill("คัดกรองใบสมัครงานและจัดอันดับผู้สมัคร");
    await page.getByRole("button", { name: "ถัดไป" }).click();
    await page.getByRole("heading", { level: 2, name: /ขั้นตอนที่ 2 จาก 5/ }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: "/tmp/aisafe-360-wizard-th-step2.png", fullPage: true });
    await page.getByRole("button", { name: "ถัดไป" }).click();
    await page.getByRole("button", { name: "ถัดไป" }).click();
    await page.getByRole("heading", { level: 2, name: /ขั้นตอนที่ 4 จาก 5/ }).waitFor();
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: "/tmp/aisafe-360-wizard-th-step4.png", fullPage: true });
    await context.close();
  }, 60_000);
});
