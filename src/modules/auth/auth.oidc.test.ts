import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, startTestNode, type TestNode, type TestUser } from "../../../test/helpers.ts";

const PUBLIC_URL = "http://localhost:3999";

/** A real OpenID Connect provider (oidc-provider) on a loopback port, with its development login pages. */
async function startProvider() {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "aisafe-node",
        client_secret: "test-client-secret-that-is-long-enough",
        redirect_uris: [`${PUBLIC_URL}/api/v1/auth/oidc/callback`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    // The dev login form takes any login; we use it as the e-mail address.
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: sub, email_verified: !sub.startsWith("unverified") }),
    }),
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    cookies: { keys: ["test-cookie-key"] },
    pkce: { required: () => true },
  });
  server.on("request", provider.callback());
  return { issuer, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A minimal browser: follows the provider's redirects and forms, keeping cookies, until it lands on our callback. */
async function browseToCallback(startLocation: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  let url = startLocation;
  let body: URLSearchParams | undefined;
  for (let hops = 0; hops < 20; hops++) {
    if (url.startsWith(PUBLIC_URL)) return url;
    const res = await fetch(url, {
      method: body ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: cookieHeader(),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(body ? { body } : {}),
    });
    keep(res);
    body = undefined;
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get("location")!, url).href;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`unexpected page ${res.status}: ${html.slice(0, 300)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? "consent";
    body = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any" } : { prompt });
    url = new URL(action, url).href;
  }
  throw new Error("too many hops");
}

let op: Awaited<ReturnType<typeof startProvider>>;
let node: TestNode;
let user: TestUser;

beforeAll(async () => {
  op = await startProvider();
  node = await startTestNode({
    AISAFE_PUBLIC_URL: PUBLIC_URL,
    AISAFE_OIDC_ISSUER: op.issuer,
    AISAFE_OIDC_CLIENT_ID: "aisafe-node",
    AISAFE_OIDC_CLIENT_SECRET: "test-client-secret-that-is-long-enough",
    AISAFE_OIDC_LABEL: "Test IdP",
  });
  user = await makeUser(node.ctx);
});
afterAll(async () => {
  await node.close();
  await op.close();
});

async function signInWithOidc(login: string) {
  const start = await node.app.inject({ url: "/api/v1/auth/oidc/start" });
  expect(start.statusCode).toBe(302);
  const location = start.headers.location as string;
  expect(location.startsWith(op.issuer)).toBe(true);
  expect(new URL(location).searchParams.get("code_challenge_method")).toBe("S256");
  const flow = start.cookies.find((c) => c.name === "aisafe_oidc")!;
  const callback = await browseToCallback(location, login);
  const u = new URL(callback);
  return node.app.inject({ url: u.pathname + u.search, headers: { cookie: `aisafe_oidc=${flow.value}` } });
}

describe("OIDC sign-in", () => {
  it("is advertised by /auth/config", async () => {
    const r = await node.client.GET("/api/v1/auth/config");
    expect(r.data?.oidc).toEqual({ label: "Test IdP", startUrl: "/api/v1/auth/oidc/start" });
  });

  it("signs in the existing user with the provider's verified e-mail", async () => {
    const res = await signInWithOidc(user.email);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe("/");
    const session = res.cookies.find((c) => c.name === "aisafe_session")!;
    expect(session.httpOnly).toBe(true);
    const me = await node.app.inject({
      url: "/api/v1/me",
      headers: { cookie: `aisafe_session=${session.value}` },
    });
    expect(me.json()).toMatchObject({ email: user.email });
  });

  it("refuses an identity with no account on the node, and an unverified e-mail", async () => {
    const unknown = await signInWithOidc("stranger@test.example");
    expect(unknown.headers.location).toBe("/login?error=oidc-unknown-user");
    expect(unknown.cookies.find((c) => c.name === "aisafe_session")).toBeUndefined();
    const unverified = await signInWithOidc("unverified@test.example");
    expect(unverified.headers.location).toBe("/login?error=oidc-email-unverified");
  });

  it("refuses a callback without the flow cookie (no state to check)", async () => {
    const r = await node.app.inject({ url: "/api/v1/auth/oidc/callback?code=abc&state=xyz" });
    expect(r.headers.location).toBe("/login?error=oidc-flow-missing");
  });
});
