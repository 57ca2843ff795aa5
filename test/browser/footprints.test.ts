import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/client/index.ts";
import { fromRoot } from "../../src/platform/paths.ts";
import { injectFetch, makeOrg, makeUser, signIn, type TestUser } from "../helpers.ts";
import { launchBrowser, type RunningNode, startNode } from "./harness.ts";

async function signInThroughUi(page: Page, url: string, user: TestUser) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Welcome, Test User" }).waitFor();
}

const SYSTEM = "แชตบอตบริการลูกค้า";

describe("web app: footprints — calculator, system tab, CodeCarbon import, submission, regional totals", () => {
  let node: RunningNode;
  let browser: Browser;
  let startup: TestUser;
  let secretariat: TestUser;
  let systemId: string;

  beforeAll(async () => {
    node = await startNode();
    browser = await launchBrowser();
    const org = await makeOrg(node.ctx, "msme", "TH", "Siam Chat Co., Ltd.");
    startup = await makeUser(node.ctx, { orgId: org.id, role: "org-admin" });
    const asean = await makeOrg(node.ctx, "secretariat", "ASEAN", "ASEAN Secretariat");
    secretariat = await makeUser(node.ctx, { orgId: asean.id, role: "regulator-analyst" });
    // The system is registered through the API (the registry's own browser test drives that wizard).
    const api = createClient({
      baseUrl: "http://node.test",
      fetch: injectFetch(node.app, await signIn(node.app, startup)),
    });
    const s = await api.POST("/api/v1/systems", {
      body: {
        orgId: org.id,
        name: SYSTEM,
        purpose: "Answers customers' questions in Thai",
        sectors: ["J6201"],
        deploymentCountries: ["TH"],
        lifecycleStage: "operation",
        aiType: "generative",
        affectedScale: "thousands",
        decisionImpact: "minor",
        humanInvolvement: "human-over-the-loop",
        useCases: ["chatbot-interaction"],
        status: "in-use",
      },
    });
    systemId = s.data!.id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await node?.close();
  });

  it("the issue's story: a Thai start-up estimates, imports, submits to Thailand; the Secretariat sees ASEAN totals", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));

    // (1) The calculator: a year of the chatbot's inference, from the model's size.
    await signInThroughUi(page, node.url, startup);
    await page.goto(`${node.url}/systems/${systemId}`);
    await page.getByRole("heading", { level: 2, name: "Footprints" }).waitFor();
    await page.getByText("No footprint reports yet.").waitFor();
    await page.getByRole("link", { name: "Estimate with the calculator" }).click();
    await page.getByRole("heading", { level: 1, name: "AI footprint calculator" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Step 1 of 4: Workload" }).waitFor();
    await page.getByLabel("Using a model (inference)").check();
    await page.getByLabel("Country of the data centre").selectOption("TH");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: "Step 2 of 4: How it runs" }).waitFor();
    await page.getByLabel("From the model's size").check();
    await page.getByLabel("Model size (billions of parameters)").fill("70");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { level: 2, name: "Step 3 of 4: How much and where" }).waitFor();
    // 1,000,000 requests a year: the golden case of estimate.test.ts (PUE 1.2).
    await page.getByLabel("Requests per month").fill(String(1_000_000 / 12));
    await page.getByLabel("Number of months").fill("12");
    await page.getByLabel("Output tokens per request").fill("500");
    await page.getByLabel("Data-centre PUE (optional)").fill("1.2");
    await page.getByRole("button", { name: "See the result" }).click();
    await page.getByRole("heading", { level: 2, name: "Step 4 of 4: Result" }).waitFor();
    // 328.8514 kWh and 180.7312 kg CO2e, shown to three significant digits with the tier's range.
    await expect(page.locator(".fp-energy").textContent()).resolves.toMatch(/^329 kWh \(range 164–493\)$/);
    await expect(page.locator(".fp-co2e").textContent()).resolves.toMatch(/^181 kg CO2e/);
    await expect(page.locator(".fp-tier").textContent()).resolves.toBe("Per-token model");
    await expect(page.locator(".fp-factor-set").textContent()).resolves.toBe("grid-intensity-2023 2023.1");
    await page.getByText(/gCO2e per 1,000 requests/).waitFor();
    await page.screenshot({ path: "/tmp/aisafe-footprint-result.png", fullPage: true });

    // (2) Saved as this system's report for 2026 (the system is preselected from the link).
    await page.getByLabel("AI system").selectOption({ label: SYSTEM });
    await page.getByLabel("Period from").fill("2026-01-01");
    await page.getByLabel("Period to").fill("2026-12-31");
    await page.getByRole("button", { name: "Save the report" }).click();
    await page.getByText(/Saved as FPR-[A-Z]+-2026-\d+\./).waitFor();
    await page.getByRole("link", { name: "Open the system" }).click();
    const table = page.getByRole("table", { name: "Footprint reports" });
    await table.getByText("2026-01-01 – 2026-12-31").waitFor();

    // (3) Last month's CodeCarbon file for the fine-tuning run; line 4 is refused, naming its field.
    await page
      .getByLabel("CodeCarbon emissions.csv")
      .setInputFiles(fromRoot("test/fixtures/codecarbon-emissions.csv"));
    await page.getByLabel("Workload", { exact: true }).selectOption("training");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByText(/Imported as FPR-[A-Z]+-2026-\d+\. Lines left out: 1\./).waitFor();
    await expect(page.locator(".fp-line-errors").textContent()).resolves.toContain(
      'Line 4, duration: "not-a-number" is not a non-negative number',
    );
    await table.getByText("2026-10-03 – 2026-10-10").waitFor();
    expect(await table.locator("tbody tr").count()).toBe(2);

    // (4) Both reports submitted to Thailand's regulator.
    for (const ref of await table.locator("tbody .ref").allTextContents()) {
      await page.getByLabel(`Submit ${ref} to`).selectOption("TH");
      const row = table.locator("tbody tr", { has: page.getByText(ref, { exact: true }) });
      await row.getByRole("button", { name: "Submit", exact: true }).click();
      await row.locator(".fp-submitted", { hasText: /^Thailand$/ }).waitFor();
    }
    await page.screenshot({ path: "/tmp/aisafe-footprint-tab.png", fullPage: true });

    // The statements are linked from each report: the fine-tuning run's Annex XI energy is known (metered).
    const runRow = table.locator("tbody tr", { hasText: "2026-10-03" });
    const annexHref = await runRow
      .getByRole("link", { name: "EU AI Act Annex XI energy fields (JSON)" })
      .getAttribute("href");
    const annex = await (await page.request.get(node.url + annexHref)).json();
    expect(annex.fields["2(e) energy consumption"]).toMatchObject({ status: "known (measured)" });
    const sciHref = await runRow.getByRole("link", { name: "SCI statement (JSON)" }).getAttribute("href");
    expect((await (await page.request.get(node.url + sciHref)).json()).M.included).toBe(false);

    // (5) The Secretariat sees ASEAN totals by country: sums, as a chart and a table, with a CSV export.
    const sec = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    sec.setDefaultTimeout(10_000);
    const s = await sec.newPage();
    await signInThroughUi(s, node.url, secretariat);
    await s
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Regional footprints" })
      .click();
    await s.getByRole("heading", { level: 1, name: "Regional footprints" }).waitFor();
    await s.getByText("Covering: all ASEAN").waitFor();
    const totals = s.getByRole("table", { name: "Totals by country" });
    const th = totals.locator("tbody tr", { has: s.getByRole("rowheader", { name: "Thailand" }) });
    await th.waitFor();
    // 2 reports; 328.8514 + 6.2604 kWh = 335.1118 kWh.
    await expect(th.locator("td").allTextContents()).resolves.toEqual([
      "2",
      "335",
      expect.any(String),
      expect.any(String),
      "1,000,000",
      "181",
    ]);
    await s
      .locator(".fp-chart")
      .first()
      .getByText(/Thailand: /)
      .waitFor();
    expect(await s.getByRole("link", { name: "Download as CSV" }).getAttribute("href")).toBe(
      "/api/v1/footprints/regional.csv?groupBy=country",
    );
    await s.screenshot({ path: "/tmp/aisafe-footprint-regional.png", fullPage: true });
    await sec.close();

    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it("the calculator at 360 px in Thai, signed out", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${node.url}/footprints/calculator`);
    await page.getByLabel("Language").selectOption("th");
    await page.getByRole("heading", { level: 1, name: "เครื่องคำนวณฟุตพริ้นท์ของ AI" }).waitFor();
    await page.getByLabel("การฝึกหรือปรับแต่งโมเดล").check();
    await page.getByLabel("ประเทศของศูนย์ข้อมูล").selectOption("TH");
    await page.getByRole("button", { name: "ถัดไป" }).click();
    await page.getByLabel("รุ่น GPU").selectOption("");
    await page.getByLabel("จำนวน GPU").fill("4");
    await page.getByRole("button", { name: "ถัดไป" }).click();
    await page.getByLabel("จำนวนชั่วโมงที่ใช้รัน").fill("5");
    await page.getByRole("button", { name: "ดูผลลัพธ์" }).click();
    await page.getByRole("heading", { level: 2, name: /ขั้นตอนที่ 4 จาก 4/ }).waitFor();
    // "I don't know" the GPU: the default power is assumed and said, naming the field.
    await page.getByText("hardware.gpuModel").waitFor();
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(
      () => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.screenshot({ path: "/tmp/aisafe-360-footprint-th.png", fullPage: true });
    await context.close();
  }, 60_000);
});
