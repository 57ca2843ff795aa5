import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../helpers.ts";
import { resetTokenIn, startSmtp } from "../smtp.ts";
import { launchBrowser, type RunningNode, startNode } from "./harness.ts";

describe("web app: forgotten password", () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let node: RunningNode;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await startSmtp();
    node = await startNode({ AISAFE_SMTP_URL: smtp.url });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await node?.close();
    await smtp?.close();
  });

  it("requests a reset link by e-mail and sets a new password with it", async () => {
    const user = await makeUser(node.ctx);
    const context = await browser.newContext();
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();

    await page.goto(`${node.url}/sign-in`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByLabel("E-mail address").fill(user.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByText("If an account uses this address").waitFor();

    await expect.poll(() => smtp.inbox.some((m) => m.includes(user.email))).toBe(true);
    const token = resetTokenIn(smtp.inbox.find((m) => m.includes(user.email))!);

    // A bad token is refused with a clear message.
    await page.goto(`${node.url}/reset-password?token=${"x".repeat(30)}`);
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("Repeat the new password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("This reset link is invalid or has expired.").waitFor();

    await page.goto(`${node.url}/reset-password?token=${encodeURIComponent(token)}`);
    // Mismatch is caught before calling the API; a short password is refused by the API, next to the field.
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("Repeat the new password").fill("something else entirely");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("The two passwords do not match.").waitFor();
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByLabel("Repeat the new password").fill("short");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText(/Check this value: .*12 characters/).waitFor();

    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("Repeat the new password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Your password has been changed.").waitFor();
    await page.getByRole("link", { name: "Sign in now" }).click();

    await page.getByLabel("E-mail address").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill("a brand new passphrase");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Welcome, Test User" }).waitFor();
    await context.close();
  });
});
