import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/client/index.ts";
import * as federation from "../../src/modules/federation/federation.service.ts";
import { nodeInfo } from "../../src/modules/tenancy/tenancy.service.ts";
import { uuidv7 } from "../../src/platform/ids.ts";
import {
  eventually,
  injectFetch,
  type ListeningNode,
  makeOrg,
  makeUser,
  signIn,
  startListeningNode,
  type TestUser,
} from "../helpers.ts";
import { launchBrowser, type RunningNode, startNode } from "./harness.ts";

async function signInThroughUi(page: Page, url: string, user: TestUser) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Welcome, Test User" }).waitFor();
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const TITLE = "Deepfake investment scam video";

describe("web app: federation peers, sharing panel with its preview, sync log", () => {
  // Malaysia's node serves the web app; Singapore's is a peer on another loopback port.
  let my: RunningNode;
  let sg: ListeningNode;
  let browser: Browser;
  let admin: TestUser;
  let recordId: string;
  let sgRecordId: string;

  const received = () =>
    sg.ctx.db.selectFrom("federation_records").selectAll().where("id", "=", recordId).executeTakeFirst();

  beforeAll(async () => {
    [my, sg] = await Promise.all([
      startNode({
        AISAFE_NODE_JURISDICTION: "MY",
        AISAFE_NODE_NAME: "Malaysia node",
        AISAFE_FEDERATION_SYNC_SECONDS: "0",
      }),
      startListeningNode("SG", "Singapore node"),
    ]);
    (my.ctx.config as { publicUrl: string }).publicUrl = my.url;
    browser = await launchBrowser();
    admin = await makeUser(my.ctx, { nodeAdmin: true });
    const api = createClient({
      baseUrl: "http://node.test",
      fetch: injectFetch(my.app, await signIn(my.app, admin)),
    });
    const added = await api.POST("/api/v1/federation/peers", { body: { url: sg.url } });
    expect(added.response.status, JSON.stringify(added.error)).toBe(201);
    const approved = await sg.as(sg.admin).POST("/api/v1/federation/peers/{nodeId}/actions", {
      params: { path: { nodeId: (await nodeInfo(my.ctx)).nodeId } },
      body: { action: "approve" },
    });
    expect(approved.data?.status, JSON.stringify(approved.error)).toBe("active");

    // A published GREEN incident shared with all nodes, as the incidents module shares it.
    recordId = uuidv7();
    await my.ctx.db.transaction().execute((trx) =>
      federation.shareLocal(my.ctx, trx, {
        id: recordId,
        type: "incident",
        ownerOrg: "node",
        title: TITLE,
        content: { title: TITLE, description: "A cloned voice of a minister promoted an investment scheme." },
        sharing: { tlp: "green", distribution: 3, sharingGroupId: null, residency: null },
        containsPersonalData: false,
        personalDataRedacted: false,
      }),
    );
    // Singapore shares one too, for Malaysia's "Sync now" to pull.
    sgRecordId = uuidv7();
    await sg.ctx.db.transaction().execute((trx) =>
      federation.shareLocal(sg.ctx, trx, {
        id: sgRecordId,
        type: "incident",
        ownerOrg: "node",
        title: "Chatbot gave dangerous medical advice",
        content: { title: "Chatbot gave dangerous medical advice" },
        sharing: { tlp: "green", distribution: 3, sharingGroupId: null, residency: null },
        containsPersonalData: false,
        personalDataRedacted: false,
      }),
    );
    // Singapore pulls Malaysia's.
    const pulled = await sg.as(sg.admin).POST("/api/v1/federation/sync");
    expect(pulled.data!.peers.map((p) => p.received)).toEqual([1]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([my?.close(), sg?.close()]);
  });

  it("a node admin sees the peer active with its fingerprint, previews a change to TLP:RED and applies it", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const violations: Record<string, string[]> = {};

    await signInThroughUi(page, my.url, admin);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Federation" }).click();
    await page.getByRole("heading", { level: 1, name: "Federation" }).waitFor();
    const fingerprint = (await sg.client.GET("/.well-known/aisafe-node")).data!.fingerprint;
    const row = page.getByRole("table", { name: "Peer nodes" }).getByRole("row", { name: /Singapore node/ });
    await row.getByText("Active", { exact: true }).waitFor();
    await row.getByText(fingerprint).waitFor();
    await row.getByRole("button", { name: "Suspend Singapore node" }).waitFor();
    await page.getByRole("button", { name: "Sync now" }).click();
    await page.getByText("Peers pulled: 1; failed: 0.").waitFor();
    await page
      .getByRole("table", { name: "Sync log" })
      .getByRole("row", { name: /Singapore node \(SG\) Pull OK received 1, retracted 0, refused 0/ })
      .waitFor();
    violations.peers = await seriousViolations(page);

    // A sharing group from the peers.
    await page
      .getByRole("navigation", { name: "Federation" })
      .getByRole("link", { name: "Sharing groups" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Sharing groups" }).waitFor();
    await page.getByRole("button", { name: "New sharing group" }).click();
    await page.getByLabel("Name").fill("Financial-sector regulators");
    await page.getByRole("group", { name: "Member nodes" }).getByLabel("Singapore node (SG)").check();
    violations["groups (form)"] = await seriousViolations(page);
    await page.getByRole("button", { name: "Save" }).click();
    await page
      .getByRole("table", { name: "Sharing groups" })
      .getByRole("row", { name: /Financial-sector regulators.*\(this node\), Singapore node \(SG\)/ })
      .waitFor();

    // The shared record and its sharing panel.
    await page
      .getByRole("navigation", { name: "Federation" })
      .getByRole("link", { name: "Shared records" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Shared records" }).waitFor();
    await page.getByLabel("Ours").check();
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByText("Nodes that will receive it: 1 of 1.").waitFor();
    const preview = page.getByRole("table", { name: "Who will receive it" });
    await preview.getByRole("row", { name: /Singapore node \(SG\)\s+Yes/ }).waitFor();
    await preview.getByText("TLP:GREEN: the community, as far as the distribution allows").waitFor();
    expect(await page.getByRole("button", { name: "Apply this sharing" }).isDisabled()).toBe(true);
    violations.record = await seriousViolations(page);

    // TLP:RED: nobody receives it, and Singapore, which holds it, is sent a retraction.
    await page.getByLabel("TLP label").selectOption("red");
    await page.getByText("Nodes that will receive it: 0 of 1.").waitFor();
    await preview.getByRole("row", { name: /Singapore node \(SG\)\s+A retraction/ }).waitFor();
    await preview.getByText("TLP:RED never leaves the node").waitFor();
    await page.getByText("Named recipients only; not shared.").waitFor();
    await page.getByRole("button", { name: "Apply this sharing" }).click();
    await page.getByText("Applied: the record is now at version 2.").waitFor();
    await page.getByText("TLP:RED", { exact: true }).first().waitFor();

    const atMy = await my.ctx.db
      .selectFrom("federation_records")
      .select(["tlp", "version"])
      .where("id", "=", recordId)
      .executeTakeFirstOrThrow();
    expect(atMy).toEqual({ tlp: "red", version: 2 });
    // Singapore's copy disappears at its next pull.
    await sg.as(sg.admin).POST("/api/v1/federation/sync");
    expect((await received())?.content).toBeNull();

    // At 360 px the federation pages do not scroll sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow: Record<string, number> = {};
    for (const { path, heading } of [
      { path: "/network", heading: "Federation" },
      { path: "/network/groups", heading: "Sharing groups" },
      { path: "/network/records", heading: "Shared records" },
      { path: `/network/records/${recordId}`, heading: TITLE },
    ]) {
      await page.goto(my.url + path);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await page.waitForLoadState("networkidle");
      overflow[path] = await page.evaluate(
        () => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth,
      );
    }
    await page.screenshot({ path: "/tmp/aisafe-360-federation-record.png", fullPage: true });
    expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
    expect(violations).toEqual({ peers: [], "groups (form)": [], record: [] });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("an organisation shares its assessment summary after seeing who receives it; analysts corroborate and decide on proposals", async () => {
    const org = await makeOrg(my.ctx, "msme", "MY", "Kedai Pintar Sdn Bhd");
    const orgAdmin = await makeUser(my.ctx, { orgId: org.id, role: "org-admin" });
    const owner = createClient({
      baseUrl: "http://node.test",
      fetch: injectFetch(my.app, await signIn(my.app, orgAdmin)),
    });
    const system = await owner.POST("/api/v1/systems", {
      body: {
        orgId: org.id,
        name: "Loan screening assistant",
        purpose: "Ranks small-business loan applications for a human officer",
        sectors: ["K6419"],
        deploymentCountries: ["MY"],
        lifecycleStage: "operation",
        aiType: "traditional-ml",
        affectedScale: "thousands",
        decisionImpact: "significant",
        humanInvolvement: "human-in-the-loop",
        useCases: ["credit-scoring"],
        status: "in-use",
      },
    });
    const assessment = await owner.POST("/api/v1/assessments", {
      body: { systemId: system.data!.id, jurisdictions: ["MY"] },
    });
    const assessmentId = assessment.data!.id;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const violations: Record<string, string[]> = {};

    // The organisation's administrator sees who would receive the summary, then shares it.
    await signInThroughUi(page, my.url, orgAdmin);
    await page.goto(`${my.url}/assessments/${assessmentId}`);
    await page.getByRole("heading", { level: 1, name: "Assessment: Loan screening assistant" }).waitFor();
    const panel = page.getByRole("region", { name: "Share summary with the network" });
    await panel.getByText("Not shared with the network.").waitFor();
    await panel.getByText("Peer nodes that would receive it: 1 of 1.").waitFor();
    await panel.getByLabel("TLP label").selectOption("red");
    await panel.getByText("Peer nodes that would receive it: 0 of 1.").waitFor();
    await panel.getByText(/TLP:RED never leaves the node/).waitFor();
    await panel.getByLabel("TLP label").selectOption("green");
    await panel.getByText("Peer nodes that would receive it: 1 of 1.").waitFor();
    violations.assessment = await seriousViolations(page);
    await panel.getByRole("button", { name: "Share", exact: true }).click();
    await panel.getByText(/Shared as version 1 \(TLP:GREEN\)/).waitFor();
    await panel.getByRole("button", { name: "Share again (new version)" }).waitFor();
    const atSg = await eventually(
      () =>
        sg.ctx.db
          .selectFrom("federation_records")
          .selectAll()
          .where("id", "=", assessmentId)
          .executeTakeFirst(),
      10_000,
      "the summary at Singapore",
    );
    expect(atSg.type).toBe("assessment-summary");

    // Singapore proposes a change to it; Malaysia's analyst declines on /network/proposals.
    const proposed = await sg.as(sg.admin).POST("/api/v1/federation/records/{id}/proposals", {
      params: { path: { id: assessmentId } },
      body: {
        kind: "proposal",
        note: "Please assess it against Singapore too.",
        changes: { jurisdictions: ["MY", "SG"] },
      },
    });
    expect(proposed.response.status, JSON.stringify(proposed.error)).toBe(201);
    await context.clearCookies();
    await signInThroughUi(page, my.url, admin);
    await page.goto(`${my.url}/network/proposals`);
    await page.getByRole("heading", { level: 1, name: "Proposals and corroborations" }).waitFor();
    const incoming = page.getByRole("region", { name: "Received about our records" });
    await incoming.getByText("Please assess it against Singapore too.").waitFor();
    violations.proposals = await seriousViolations(page);
    await incoming.getByRole("button", { name: "Decline" }).click();
    await incoming.getByText("Declined").waitFor();
    // Singapore could be reached, so it was told at once.
    await incoming.getByText("Sending node told").waitFor();

    // Malaysia's analyst corroborates the record Singapore shared.
    await page.goto(`${my.url}/network/records/${sgRecordId}`);
    await page.getByRole("heading", { level: 1, name: "Chatbot gave dangerous medical advice" }).waitFor();
    await page.getByLabel("Note", { exact: true }).fill("We saw the same advice given in Kuala Lumpur.");
    violations["received record"] = await seriousViolations(page);
    await page.getByRole("button", { name: "Send to the origin" }).click();
    await page.getByText("Sent to the origin node.").waitFor();
    const atOrigin = await sg.as(sg.admin).GET("/api/v1/federation/proposals", {
      params: { query: { direction: "in", recordId: sgRecordId } },
    });
    expect(atOrigin.data!.map((p) => [p.kind, p.note])).toEqual([
      ["corroboration", "We saw the same advice given in Kuala Lumpur."],
    ]);

    // The node administrator shares a framework of the library from its page.
    await page.goto(`${my.url}/library/asean-guide-2024`);
    const fwPanel = page.getByRole("region", { name: "Share this framework with the network" });
    await fwPanel.getByText("Not shared with the network.").waitFor();
    await fwPanel.getByText("Peer nodes that would receive it: 1 of 1.").waitFor();
    violations.framework = await seriousViolations(page);
    await fwPanel.getByRole("button", { name: "Share", exact: true }).click();
    await fwPanel.getByText(/Shared as version 1 \(TLP:GREEN\)/).waitFor();
    const fwRecord = await my.ctx.db
      .selectFrom("federation_sources")
      .select("record_id")
      .where("type", "=", "framework")
      .where("source_key", "=", "asean-guide-2024")
      .executeTakeFirstOrThrow();
    await eventually(
      () =>
        sg.ctx.db
          .selectFrom("federation_records")
          .select("id")
          .where("id", "=", fwRecord.record_id)
          .executeTakeFirst(),
      10_000,
      "the framework at Singapore",
    );

    await page.setViewportSize({ width: 360, height: 740 });
    const overflow: Record<string, number> = {};
    for (const { path, heading } of [
      { path: "/network/proposals", heading: "Proposals and corroborations" },
      { path: `/network/records/${sgRecordId}`, heading: "Chatbot gave dangerous medical advice" },
    ]) {
      await page.goto(my.url + path);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await page.waitForLoadState("networkidle");
      overflow[path] = await page.evaluate(
        () => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth,
      );
    }
    expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
    expect(violations).toEqual({ assessment: [], proposals: [], "received record": [], framework: [] });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
