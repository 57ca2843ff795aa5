import { createHash } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/client/index.ts";
import { injectFetch, makeOrg, makeUser, signIn, type TestUser } from "../helpers.ts";
import { launchBrowser, type RunningNode, startNode } from "./harness.ts";

// A structurally valid, fictional NIK (DKI Jakarta, born 15 May 1990, serial 0001).
const NIK = "3174011505900001";
const EN_TITLE = "KreditKilat loan-scoring chatbot exposed customers' ID numbers";
const english = {
  lang: "en",
  title: EN_TITLE,
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
const ID_TITLE = "Chatbot penilaian pinjaman KreditKilat membocorkan NIK nasabah";
const ID_DESCRIPTION = `Pada 14 Maret 2026 chatbot AI PinjamBot di aplikasi KreditKilat menampilkan NIK ${NIK} milik nasabah lain dan nomor HP 0812-3456-7890 saat saya menanyakan skor pinjaman. Hubungi saya di siti.aminah@mail.example.`;

async function signInThroughUi(page: Page, url: string, user: TestUser) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Welcome, Test User" }).waitFor();
}

describe("web app: AI incidents, from the public form to the public database", () => {
  let node: RunningNode;
  let browser: Browser;
  let analyst: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    node = await startNode();
    browser = await launchBrowser();
    const sec = await makeOrg(node.ctx, "secretariat", "ASEAN");
    analyst = await makeUser(node.ctx, { orgId: sec.id, role: "regulator-analyst" });
    admin = await makeUser(node.ctx, { nodeAdmin: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await node?.close();
  });

  it("reports in Indonesian with a file, merges the English duplicate, redacts, publishes, finds and exports it", async () => {
    // An English report of the same incident, filed through the API.
    const api = createClient({
      baseUrl: "http://node.test",
      fetch: injectFetch(node.app, await signIn(node.app, admin)),
    });
    const en = await api.POST("/api/v1/reports", { body: english as never });
    expect(en.response.status).toBe(201);
    const target = en.data!.incidentId;

    // A visitor reports in Indonesian, with an Indonesian interface, at phone width.
    const visitor = await browser.newContext({ viewport: { width: 390, height: 844 } });
    visitor.setDefaultTimeout(10_000);
    const page = await visitor.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${node.url}/report`);
    await page.getByRole("heading", { level: 1, name: "Report an AI incident" }).waitFor();
    await page.getByLabel("Language", { exact: true }).selectOption("id");
    await page.getByRole("heading", { level: 1, name: "Laporkan insiden AI" }).waitFor();
    await page.getByLabel("Bahasa laporan Anda").selectOption("id");
    await page.getByLabel("Judul singkat").fill(ID_TITLE);
    await page.getByLabel("Apa yang terjadi?").fill(ID_DESCRIPTION);
    await page.getByLabel("AI menjadi penyebab langsung").check();
    await page.getByLabel("Anda adalah").selectOption("affected-person");
    await page.getByLabel("Hubungan Anda dengan insiden").selectOption("directly-involved");
    await page.getByLabel("Insiden AI", { exact: true }).check();
    await page.getByLabel("Hak asasi atau hak fundamental").check();
    // No evidence yet: the node's field error shows next to the evidence link.
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    const url = page.getByLabel("Tautan 1 (alamat web)");
    await expect.poll(() => url.getAttribute("aria-invalid")).toBe("true");
    await page.getByText("Periksa", { exact: false }).first().waitFor();
    await url.fill("https://news.example/kreditkilat-chatbot-leak?utm_source=wa");
    const started = page.locator("fieldset", { hasText: "Kapan mulai terjadi?" });
    await started.getByLabel("Tanggal").fill("2026-03-14");
    await page.getByLabel("Indonesia", { exact: true }).check();
    await page.getByRole("button", { name: "Tambahkan sistem AI" }).click();
    await page.getByLabel("Sistem 1: nama").fill("PinjamBot");
    await page.getByLabel("Penyedia").fill("KreditKilat");
    await page.getByText("disimpan di penyimpanan terlindungi").waitFor();
    await page.getByLabel("Nama", { exact: true }).fill("Siti Aminah");
    await page.getByLabel("Alamat e-mail").fill("siti.aminah@mail.example");
    const sent = page.waitForResponse((r) => r.url().endsWith("/api/v1/reports") && r.status() === 201);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    const receipt = (await (await sent).json()) as { incidentId: string; incidentRef: string };
    await page
      .getByRole("heading", { level: 1, name: "Terima kasih: laporan Anda telah diterima" })
      .waitFor();
    await page.getByText(receipt.incidentRef).waitFor();
    // The evidence file, with the receipt's upload token; the SHA-256 shown is the file's.
    await page.getByText("maksimal 10 MB per berkas").waitFor();
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    await page
      .getByLabel("Berkas bukti", { exact: true })
      .setInputFiles({ name: "tangkapan-layar.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Unggah berkas" }).click();
    await page.getByText("Terunggah: tangkapan-layar.pdf").waitFor();
    await page.getByText(createHash("sha256").update(pdf).digest("hex")).waitFor();
    await page.screenshot({ path: "/tmp/aisafe-incident-receipt-id.png", fullPage: true });
    expect(errors).toEqual([]);
    await visitor.close();

    // The analyst: triage queue, the English incident, its duplicate suggestion.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const a = await context.newPage();
    await signInThroughUi(a, node.url, analyst);
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Triage" }).click();
    await a.getByRole("heading", { level: 1, name: "Incident triage" }).waitFor();
    await a.getByRole("link", { name: /^Submitted/ }).click();
    await a.getByRole("link", { name: ID_TITLE }).waitFor();
    await a.getByRole("link", { name: EN_TITLE }).click();
    await a.getByRole("heading", { level: 1, name: EN_TITLE }).waitFor();
    const dups = a.locator("section", { has: a.getByRole("heading", { name: "Possible duplicates" }) });
    const dup = dups.locator("li.dup", { hasText: receipt.incidentRef });
    await dup.getByText(/Similarity \d+%/).waitFor();
    await expect(dup.locator(".reasons li").count()).resolves.toBeGreaterThan(0);
    await dup.getByRole("button", { name: `Merge ${receipt.incidentRef} into this incident` }).click();
    await dup.getByRole("button", { name: "Yes, merge" }).click();
    await a.getByRole("heading", { name: "Reports behind this incident (2)" }).waitFor();
    // The protected contact is shown, marked as such.
    const reports = a.locator("section", { has: a.getByRole("heading", { name: /Reports behind/ }) });
    await reports.getByText("Protected personal data").first().waitFor();
    await reports.getByText("siti.aminah@mail.example", { exact: true }).waitFor();
    // The merge made the Indonesian text the incident's translation.
    await a.getByLabel("Title (Indonesian)").waitFor();
    expect(await a.getByRole("button", { name: "Use this text as the Indonesian translation" }).count()).toBe(
      0,
    );

    // The deployer as an entity: not found, so created (with its legal name as an alias) and linked.
    const entities = a.locator("section", { has: a.getByRole("heading", { name: "Entities involved" }) });
    await entities.getByLabel("Role in this incident").selectOption("deployer");
    await entities.getByLabel("Find an entity by name or alias").fill("KreditKilat");
    await entities.getByText("No entity has this name or alias.").waitFor();
    await entities.getByText("Create a new entity").click();
    await entities.getByLabel("Other names (aliases)").fill("PT Kredit Kilat Indonesia");
    await entities.getByLabel("Country (optional)").fill("id");
    await entities.getByRole("button", { name: "Create and link" }).click();
    await entities.getByRole("button", { name: "Remove KreditKilat (Deployer)" }).waitFor();
    await entities.getByText("Also known as: PT Kredit Kilat Indonesia").waitFor();
    await entities.getByLabel("Another name for KreditKilat").fill("Kredit Kilat App");
    await entities.getByRole("button", { name: "Add the alias" }).click();
    await entities.getByText("Also known as: Kredit Kilat App, PT Kredit Kilat Indonesia").waitFor();
    // Found again by an alias, to link it in a second role.
    await entities.getByLabel("Role in this incident").selectOption("developer");
    await entities.getByLabel("Find an entity by name or alias").fill("kredit kilat indo");
    await entities.getByRole("button", { name: "Link KreditKilat as Developer" }).click();
    await entities.getByRole("button", { name: "Remove KreditKilat (Developer)" }).waitFor();

    // Through triage to validated; publishing waits for that and for the redaction decisions.
    const publish = a.getByRole("button", { name: "Publish this version" });
    expect(await publish.isDisabled()).toBe(true);
    for (const [button, status] of [
      ["Move to triage", "In triage"],
      ["Start review", "In review"],
      ["Mark as validated", "Validated"],
    ] as const) {
      await a.getByRole("button", { name: button }).click();
      await a.locator("#workflow-heading + p .status", { hasText: status }).waitFor();
    }
    await a.getByRole("button", { name: "Assign to me" }).click();
    await a.getByText("Assigned to: you").waitFor();
    await a.getByText(/Decide on every redaction suggestion first \(awaiting: \d+\)/).waitFor();
    expect(await publish.isDisabled()).toBe(true);

    // Redaction review: the NIK highlighted in its context; redact every suggestion.
    const review = a.locator("section", { has: a.getByRole("heading", { name: "Redaction review" }) });
    await review.locator("mark", { hasText: NIK }).waitFor();
    await review.getByText("Indonesian NIK").waitFor();
    await review.screenshot({ path: "/tmp/aisafe-triage-redactions.png" });
    for (let left = await review.locator(".decision-pending").count(); left > 0; left--) {
      await review
        .locator(".decision-pending")
        .first()
        .getByRole("button", { name: /^Redact/ })
        .click();
      await expect.poll(() => review.locator(".decision-pending").count()).toBe(left - 1);
    }
    await review.getByText("Awaiting a decision: 0").waitFor();
    // A name the detector cannot know, marked by hand.
    await review.getByLabel("Mark a name to redact").fill("PinjamBot");
    await review.getByRole("button", { name: "Mark for redaction" }).click();
    await review.locator(".preview", { hasText: "[name]" }).first().waitFor();
    const preview = await review.locator(".preview").allTextContents();
    expect(preview.join("\n")).toContain("[national-id]");
    expect(preview.join("\n")).not.toContain(NIK);
    await a.screenshot({ path: "/tmp/aisafe-triage-editor.png", fullPage: true });

    // Publish with TLP:CLEAR, then follow the link to the public page.
    await a.getByLabel("Sharing level (TLP)").selectOption("clear");
    await publish.click();
    await a.getByText("Published as version 1.").waitFor();
    await a.getByRole("link", { name: "Open the public page" }).click();
    await a.getByRole("heading", { level: 1, name: /KreditKilat/ }).waitFor();
    await context.close();

    // The public: the redacted page, reached also through the merged report's id.
    const pub = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    pub.setDefaultTimeout(10_000);
    const p = await pub.newPage();
    await p.goto(`${node.url}/incidents/${receipt.incidentId}`);
    await p.getByText("merged into this incident").waitFor();
    await expect.poll(() => new URL(p.url()).pathname).toBe(`/incidents/${target}`);
    await p.getByRole("heading", { level: 1, name: /PinjamBot|\[name\]|KreditKilat/ }).waitFor();
    const body = (await p.locator("main").textContent()) ?? "";
    expect(body).not.toContain(NIK);
    expect(body).not.toContain("0812-3456-7890");
    expect(body).not.toContain("siti.aminah@mail.example");
    expect(body).toContain("[national-id]");
    await expect(p.locator('[lang="id"]').count()).resolves.toBeGreaterThan(0);
    await p.getByText("Version 1, published").waitFor();
    await p.getByText("KreditKilat (Deployer, Developer)").waitFor();
    await p.getByText(`${node.url}/incidents/${target}`).waitFor();
    await p.screenshot({ path: "/tmp/aisafe-incident-public.png", fullPage: true });

    // The public search finds it in English and in Indonesian.
    for (const q of ["chatbot exposed ID numbers", "membocorkan NIK nasabah"]) {
      await p.goto(`${node.url}/incidents`);
      await p.getByRole("heading", { level: 1, name: "AI incident database" }).waitFor();
      await p.getByLabel("Search incidents").fill(q);
      await p.getByRole("button", { name: "Search", exact: true }).click();
      await p.getByText(`Incidents found for “${q}”: 1`).waitFor();
      await p.locator(`.incident-card a[href="/incidents/${target}"]`).waitFor();
    }
    // Facet counts next to the filter options; filtering by country.
    await p.getByLabel("Country").selectOption("ID");
    await p.locator(`.incident-card a[href="/incidents/${target}"]`).waitFor();
    await expect(p.getByLabel("Country").locator("option[value=ID]").textContent()).resolves.toMatch(
      /\(1\)$/,
    );
    await p.screenshot({ path: "/tmp/aisafe-incidents-search.png", fullPage: true });

    // The CSV export link works.
    const csvLink = p.getByRole("link", { name: "CSV (spreadsheet)" });
    const href = await csvLink.getAttribute("href");
    const csv = await p.request.get(`${node.url}${href}`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain(en.data!.incidentRef);
    expect(text).not.toContain(NIK);
    const download = p.waitForEvent("download");
    await csvLink.click();
    expect((await download).suggestedFilename()).toBe("incidents.csv");
    await pub.close();
  }, 180_000);

  it("imports reports in bulk, with per-row results", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await signInThroughUi(page, node.url, admin);
    await page.goto(`${node.url}/triage/import`);
    await page.getByRole("heading", { level: 1, name: "Import reports" }).waitFor();
    const header =
      "lang,title,description,ai_relation,reporter_group,reporter_relation,occurred_from,countries,evidence_urls,severity,harm_types,systems";
    const good =
      'th,แชตบอตให้คำแนะนำผิด,"แชตบอตของโรงพยาบาลให้คำแนะนำเรื่องยาที่ผิดแก่ผู้ป่วยหลายราย",contributing-factor,affected-person,directly-involved,2026-02,TH,https://news.example/th-bot,serious-incident,physical,MedBot';
    const bad =
      "en,Wrong severity row,Description long enough here,direct-cause,user,witness,2026,SG,https://x.example/a,catastrophe,physical,";
    await page.getByLabel("JSON or CSV file").setInputFiles({
      name: "reports.csv",
      mimeType: "text/csv",
      buffer: Buffer.from([header, good, bad].join("\n")),
    });
    await page.getByRole("button", { name: "Import the reports" }).click();
    await page.getByText("Imported: 1. Failed: 1.").waitFor();
    const rows = await page
      .getByRole("table", { name: /Results per row/ })
      .locator("tbody tr")
      .allTextContents();
    expect(rows[0]).toMatch(/Imported.*INC-/);
    expect(rows[1]).toMatch(/Error.*severity/);
    await context.close();
  }, 60_000);
});
