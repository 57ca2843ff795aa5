import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, signIn, startTestNode, type TestNode } from "../../../test/helpers.ts";
import { resetTokenIn, startSmtp } from "../../../test/smtp.ts";

const waitFor = async <T>(fn: () => T | undefined, ms = 5000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
};

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let node: TestNode;

beforeAll(async () => {
  smtp = await startSmtp();
  node = await startTestNode({ AISAFE_SMTP_URL: smtp.url, AISAFE_PUBLIC_URL: "https://node.example" });
});
afterAll(async () => {
  await node.close();
  await smtp.close();
});

describe("password reset by e-mail", () => {
  it("mails a one-time link that sets a new password and ends existing sessions", async () => {
    const u = await makeUser(node.ctx);
    const old = await signIn(node.app, u);
    const cfg = await node.client.GET("/api/v1/auth/config");
    expect(cfg.data?.passwordReset).toBe(true);

    const r = await node.client.POST("/api/v1/auth/password-reset", { body: { email: u.email } });
    expect(r.response.status).toBe(202);
    const mail = await waitFor(() => smtp.inbox.find((m) => m.includes(u.email)));
    const token = resetTokenIn(mail);
    expect(mail.replace(/=\r?\n/g, "")).toContain("https://node.example/reset-password?token=");

    const newPassword = "a-brand-new-passphrase";
    const ok = await node.client.POST("/api/v1/auth/password-reset/confirm", {
      body: { token, password: newPassword },
    });
    expect(ok.error).toBeUndefined();
    expect(ok.response.status).toBe(204);
    expect((await node.as(old).GET("/api/v1/me")).error).toMatchObject({ code: "session_expired" });
    await signIn(node.app, { email: u.email, password: newPassword });
    const fail = await node.client.POST("/api/v1/auth/login", {
      body: { email: u.email, password: u.password },
    });
    expect(fail.response.status).toBe(401);

    const again = await node.client.POST("/api/v1/auth/password-reset/confirm", {
      body: { token, password: "yet-another-passphrase" },
    });
    expect(again.error).toMatchObject({
      code: "invalid_input",
      errors: [{ field: "token", message: "invalid or expired" }],
    });
  });

  it("answers an unknown address exactly as a known one and sends nothing", async () => {
    const before = smtp.inbox.length;
    const r = await node.client.POST("/api/v1/auth/password-reset", {
      body: { email: "nobody@test.example" },
    });
    expect(r.response.status).toBe(202);
    expect(r.data).toEqual({
      accepted: true,
      message: "If an account uses this address, a reset link has been sent to it.",
    });
    await new Promise((res) => setTimeout(res, 200));
    expect(smtp.inbox.length).toBe(before);
  });

  it("refuses a short new password, naming the field", async () => {
    const r = await node.client.POST("/api/v1/auth/password-reset/confirm", {
      body: { token: "x".repeat(43), password: "short" },
    });
    expect(r.error).toMatchObject({
      code: "invalid_input",
      errors: [{ field: "password", message: "must be at least 12 characters" }],
    });
  });
});
