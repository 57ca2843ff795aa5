import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Schemas } from "../../src/client/index.ts";
import { injectFetch, makeUser, signIn, type TestUser } from "../helpers.ts";
import { launchBrowser, type RunningNode, startNode } from "./harness.ts";

const repo = path.resolve(import.meta.dirname, "../..");
interface Control {
  id: string;
  title: string;
  props?: { name: string; ns?: string; value: string }[];
  parts?: { id?: string; name: string; prose?: string }[];
}
interface Catalog {
  catalog: { uuid: string; metadata: { version: string }; groups: { controls: Control[] }[] };
}
const readCatalog = (p: string) => JSON.parse(readFileSync(path.join(repo, p), "utf8")) as Catalog;

async function signInThroughUi(page: Page, url: string, user: TestUser) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Welcome, Test User" }).waitFor();
}

describe("web app: framework library", () => {
  let node: RunningNode;
  let browser: Browser;
  let admin: TestUser;

  beforeAll(async () => {
    node = await startNode();
    browser = await launchBrowser();
    admin = await makeUser(node.ctx, { nodeAdmin: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await node?.close();
  });

  it("is public: adoption at a glance, a framework, Thai, search, compare, diff", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });

    // Signed out: the library is in the navigation and opens without signing in.
    await page.goto(`${node.url}/library`);
    await page.getByRole("heading", { level: 1, name: "Framework library" }).waitFor();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link").allTextContents()).resolves.toEqual([
      "Library",
      "Incidents",
      "Report an incident",
      "Footprint calculator",
      "Sign in",
    ]);
    // The eleven member states, each with what it has adopted.
    const members = page.locator("section", {
      has: page.getByRole("heading", { level: 2, name: "Member states" }),
    });
    await expect.poll(() => members.locator(".jur-card").count()).toBe(11);
    const card = (name: string) =>
      members.locator(".jur-card", { has: page.getByRole("heading", { level: 3, name }) });
    await expect(card("Cambodia").locator(".jur-status").textContent()).resolves.toContain("Draft");
    await expect(card("Lao PDR").locator(".jur-status").textContent()).resolves.toContain("None adopted");
    await expect(card("Viet Nam").locator(".jur-status").textContent()).resolves.toContain("Binding");
    await card("Malaysia")
      .getByRole("link", { name: /National Guidelines on AI Governance & Ethics \(AIGE\)/ })
      .waitFor();
    await expect(card("Malaysia").textContent()).resolves.toContain("Adopted Sep 20, 2024");
    // Content awaiting review is flagged.
    await expect(card("Malaysia").textContent()).resolves.toContain("Draft content");
    // Filters: binding instruments only.
    await page.getByLabel("Binding status").selectOption("binding");
    await expect.poll(() => page.locator(".fw-item").count()).toBe(2);
    await page.getByRole("button", { name: "Clear" }).click();
    await expect.poll(() => members.locator(".jur-card").count()).toBe(11);

    // The ASEAN Guide: metadata, the requirement tree, flagged as draft.
    await page
      .getByRole("link", { name: "ASEAN Guide on AI Governance and Ethics (2024)", exact: true })
      .click();
    await page
      .getByRole("heading", { level: 1, name: "ASEAN Guide on AI Governance and Ethics (2024)" })
      .waitFor();
    await page.getByText("Draft content, awaiting review").waitFor();
    await expect(page.locator("h1").getAttribute("lang")).resolves.toBe("en");
    await page.getByRole("heading", { name: "B.1 Transparency and Explainability" }).waitFor();
    // Groups collapse; the filter narrows the tree.
    await page.getByRole("button", { name: "B Guiding Principles for the Framework" }).click();
    expect(await page.getByRole("heading", { name: "B.1 Transparency and Explainability" }).isVisible()).toBe(
      false,
    );
    await page.getByLabel("Filter the requirements").fill("lineage");
    await page.getByText(/^1 of 26 requirements match/).waitFor();
    await page.getByLabel("Filter the requirements").fill("");

    // Thai interface; the content stays English, marked as such.
    await page.getByLabel("Language").selectOption("th");
    await page.getByRole("heading", { level: 2, name: "เกี่ยวกับกรอบแนวทางนี้" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "ข้อกำหนด (26)" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("th");
    await page.screenshot({ path: "/tmp/aisafe-library-reader-th.png" });

    // Search (in Thai UI) and follow a result to the requirement, highlighted.
    await page.getByRole("link", { name: "กลับไปที่คลัง" }).click();
    await page.getByLabel("คำค้นหา").fill("human oversight");
    await page.getByRole("button", { name: "ค้นหา", exact: true }).click();
    const result = page.locator('.results a[href="/library/asean-guide-2024?req=human-involvement"]');
    await result.waitFor();
    await page.screenshot({ path: "/tmp/aisafe-library-search-th.png", fullPage: true });
    await result.click();
    await expect.poll(() => new URL(page.url()).search).toBe("?req=human-involvement");
    const target = page.locator("#req-human-involvement");
    await expect.poll(() => target.getAttribute("class")).toContain("req-target");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("req-human-involvement");
    expect(await target.isVisible()).toBe(true);
    // A #anchor works too.
    await page.goto(`${node.url}/library/asean-guide-2024#req-privacy-data-governance`);
    await expect
      .poll(() => page.locator("#req-privacy-data-governance").getAttribute("class"))
      .toContain("req-target");

    // Compare my-aige-2024 with vn-law-ai-2025: derived through the hub, with both links' rationales.
    await page.getByLabel("ภาษา").selectOption("en");
    await page.goto(`${node.url}/library/compare`);
    await page.getByLabel("Source framework").selectOption("my-aige-2024");
    await page.getByLabel("Target framework").selectOption("vn-law-ai-2025");
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await page.getByText("There is no direct crosswalk between these two frameworks").waitFor();
    const view = await createClient({ baseUrl: "http://node.test", fetch: injectFetch(node.app) }).GET(
      "/api/v1/crosswalks",
      { params: { query: { from: "my-aige-2024", to: "vn-law-ai-2025" } } },
    );
    const entries = (view.data as Schemas["CrosswalkView"]).entries;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.derived)).toBe(true);
    const derived = entries[0]!;
    const via = derived.via!;
    const group = page.locator(".xw-group", { has: page.locator(`a[href$="req=${derived.source}"]`) });
    const entry = group.locator(".xw-entry").first();
    await expect(entry.textContent()).resolves.toContain(`Derived via ${via.hubLabel} ${via.hubTitle}`);
    await entry.getByText("Rationale").click();
    await entry.getByText(via.fromLink.rationale).waitFor();
    await entry.getByText(via.toLink.rationale).waitFor();
    await page.screenshot({ path: "/tmp/aisafe-library-compare-1280.png" });
    // Unmapped requirements are listed, collapsed, with the no-inference note.
    await page.locator("summary", { hasText: "Not mapped in National Guidelines" }).click();
    await page.getByText("Nothing is inferred from what is not mapped").first().waitFor();

    // A second release of my-aige-2024 through the API, then its diff.
    const doc = readCatalog("content/frameworks/my-aige-2024.json");
    doc.catalog.uuid = "5b0f3c52-4a5e-4d1e-9a51-8f7d2b7c0a11";
    doc.catalog.metadata.version = "1.1.0";
    const principles = doc.catalog.groups[0];
    principles!.controls[0]!.parts![0]!.prose =
      "Treat people in similar situations alike; test for bias before deployment.";
    principles!.controls.push({
      id: "my-test-added",
      title: "A principle added in the second release",
      props: [{ name: "verification", ns: "urn:asean-ai-safe:oscal", value: "unverified" }],
      parts: [{ id: "my-test-added_smt", name: "statement", prose: "Added for the browser test." }],
    });
    const auth = await signIn(node.app, admin);
    const client = createClient({ baseUrl: "http://node.test", fetch: injectFetch(node.app, auth) });
    const imported = await client.POST("/api/v1/frameworks/import", {
      body: doc as unknown as Record<string, unknown>,
    });
    expect(imported.response.status, JSON.stringify(imported.error)).toBe(201);
    expect(imported.data?.status).toBe("new-version");

    await page.goto(`${node.url}/library/my-aige-2024`);
    await page.getByLabel("Release", { exact: true }).waitFor();
    await expect(page.getByLabel("Release", { exact: true }).inputValue()).resolves.toBe("1.1.0");
    await page.getByRole("link", { name: "What changed since 1.0.0" }).click();
    await page.getByRole("heading", { level: 1, name: "What changed between releases" }).waitFor();
    await page.getByText("Added: 1. Removed: 0. Changed: 1.").waitFor();
    const changed = page.locator("section", { has: page.getByRole("heading", { name: /Changed/ }) });
    await expect(changed.textContent()).resolves.toContain("Fairness");
    await expect(changed.textContent()).resolves.toContain("statement");
    await page.getByRole("link", { name: "A principle added in the second release" }).click();
    await expect.poll(() => page.locator("#req-my-test-added").getAttribute("class")).toContain("req-target");
    // The older release stays readable.
    await page.getByLabel("Release", { exact: true }).selectOption("1.0.0");
    await expect.poll(() => new URL(page.url()).search).toBe("?version=1.0.0");
    await page.getByRole("heading", { name: "1 Fairness" }).waitFor();
    expect(await page.locator("#req-my-test-added").count()).toBe(0);

    // The only errors: the 401 of /api/v1/me while signed out.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await context.close();
  }, 120_000);

  it("keeps the import for administrators, and reports every problem of a broken catalog", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();

    // Signed out, the import asks to sign in.
    await page.goto(`${node.url}/library/import`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();

    // ...and comes back to it afterwards.
    await page.getByLabel("E-mail address").fill(admin.email);
    await page.getByLabel("Password", { exact: true }).fill(admin.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Import into the library" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
    await page.getByRole("link", { name: "Import a framework or crosswalk" }).click();
    await page.getByRole("heading", { level: 1, name: "Import into the library" }).waitFor();

    // A broken catalog: a duplicate id, and no metadata given.
    const good = readFileSync(path.join(repo, "test/fixtures/nist-basic-catalog.json"), "utf8");
    const broken = JSON.parse(good);
    const controls = broken.catalog.groups[0].groups[0].controls;
    controls[1].id = controls[0].id;
    await page.getByLabel("JSON file").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page.getByRole("button", { name: "Check and import the framework" }).click();
    const report = page.getByRole("table", { name: /Problems found: \d+\. Nothing was imported\./ });
    await report.waitFor();
    const rows = await report.locator("tbody tr").allTextContents();
    expect(
      rows.some((r) => r.includes("/catalog/groups/0/groups/0/controls/1/id") && r.includes("duplicate id")),
    ).toBe(true);
    expect(rows.some((r) => r.includes("missing framework id"))).toBe(true);
    await page.screenshot({ path: "/tmp/aisafe-library-import-report.png", fullPage: true });

    // Not JSON at all: caught before sending.
    await page.getByRole("button", { name: "Remove the file" }).click();
    await page.getByLabel("Or paste the JSON").fill("{ not json");
    await page.getByRole("button", { name: "Check and import the framework" }).click();
    await page.getByText("This is not valid JSON").waitFor();

    // The good catalog, with the metadata it lacks given in the form.
    await page
      .getByLabel("JSON file")
      .setInputFiles(path.join(repo, "test/fixtures/nist-basic-catalog.json"));
    await page.getByLabel("Framework id").fill("nist-sample-catalog");
    await page.getByLabel("Jurisdiction").selectOption("INTL");
    await page.getByLabel("Type of instrument").selectOption("standard");
    await page.getByLabel("Binding status").selectOption("voluntary");
    await page.getByRole("button", { name: "Check and import the framework" }).click();
    await page.getByText("Imported: the new framework nist-sample-catalog, release 1.1.").waitFor();
    await page.getByRole("table", { name: /Warnings: \d+ \(imported anyway\)/ }).waitFor();
    await page.getByRole("button", { name: "Check and import the framework" }).click();
    await page
      .getByText(
        "Release 1.1 of nist-sample-catalog was already loaded with the same content; nothing changed.",
      )
      .waitFor();
    await page.getByRole("link", { name: "Open it in the library" }).click();
    await page.getByRole("heading", { level: 1, name: /Sample Security Catalog/ }).waitFor();

    // A crosswalk import: refused with its problems listed.
    await page.goto(`${node.url}/library/import`);
    await page.getByLabel("Crosswalk (OSCAL mapping collection)").check();
    await page
      .getByLabel("Or paste the JSON")
      .fill(JSON.stringify({ "mapping-collection": { metadata: {} } }));
    await page.getByRole("button", { name: "Check and import the crosswalk" }).click();
    await page.getByRole("table", { name: /Problems found/ }).waitFor();
    await context.close();
  }, 120_000);

  it("offers no import to an organisation member", async () => {
    const member = await makeUser(node.ctx);
    const page = await browser.newPage();
    await signInThroughUi(page, node.url, member);
    await page.goto(`${node.url}/library`);
    await page.getByRole("heading", { level: 1, name: "Framework library" }).waitFor();
    expect(await page.getByRole("link", { name: "Import a framework or crosswalk" }).count()).toBe(0);
    await page.goto(`${node.url}/library/import`);
    await page.getByRole("heading", { level: 1, name: "Access denied" }).waitFor();
    await page.close();
  });
});
