import type { FastifyReply } from "fastify";
import type * as OidcClient from "openid-client";
import { z } from "zod";
import type { AppContext } from "../../platform/context.ts";
import type { App } from "../../platform/http.ts";
import * as auth from "./auth.service.ts";

const FLOW_COOKIE = "aisafe_oidc";

type SessionStarted = Awaited<ReturnType<typeof auth.loginWithOidc>>;

/**
 * Optional OpenID Connect sign-in (authorization code flow with PKCE, state and nonce), active when
 * AISAFE_OIDC_ISSUER and AISAFE_OIDC_CLIENT_ID are set. A provider identity signs in the existing,
 * active node user with the same verified e-mail address; it never creates accounts or grants roles.
 */
export async function registerOidcRoutes(
  app: App,
  ctx: AppContext,
  setSession: (reply: FastifyReply, s: SessionStarted) => void,
) {
  const cfg = ctx.config.oidc;
  if (!cfg) return;
  // Loaded only on nodes that use single sign-on.
  const client: typeof OidcClient = await import("openid-client");
  const redirectUri = `${ctx.config.publicUrl}/api/v1/auth/oidc/callback`;
  let discovered: Promise<OidcClient.Configuration> | undefined;
  const configuration = () => {
    discovered ??= client
      .discovery(
        new URL(cfg.issuer),
        cfg.clientId,
        cfg.clientSecret,
        undefined,
        cfg.issuer.startsWith("http:") ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err) => {
        discovered = undefined;
        throw err;
      });
    return discovered;
  };
  const flowCookie = {
    path: "/api/v1/auth/oidc",
    httpOnly: true,
    secure: ctx.config.secureCookies,
    sameSite: "lax" as const,
    maxAge: 600,
  };

  app.get(
    "/api/v1/auth/oidc/start",
    {
      config: { permission: "public" },
      schema: { tags: ["auth"], summary: "Start single sign-on (redirects to the identity provider)" },
    },
    async (_req, reply) => {
      const config = await configuration();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: "openid email profile",
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        state,
        nonce,
      });
      reply.setCookie(
        FLOW_COOKIE,
        Buffer.from(JSON.stringify({ verifier, state, nonce })).toString("base64url"),
        flowCookie,
      );
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    "/api/v1/auth/oidc/callback",
    {
      config: { permission: "public" },
      schema: {
        tags: ["auth"],
        summary: "Single sign-on callback (redirects to the app)",
        querystring: z.record(z.string(), z.string()),
      },
    },
    async (req, reply) => {
      const fail = (reason: string) => {
        req.log.warn({ reason }, "OIDC sign-in refused");
        reply.clearCookie(FLOW_COOKIE, flowCookie);
        return reply.redirect(`/login?error=${encodeURIComponent(reason)}`, 302);
      };
      const raw = req.cookies[FLOW_COOKIE];
      if (!raw) return fail("oidc-flow-missing");
      let flow: { verifier: string; state: string; nonce: string };
      try {
        flow = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
      } catch {
        return fail("oidc-flow-missing");
      }
      let email: string | undefined;
      try {
        const config = await configuration();
        const current = new URL(req.url, ctx.config.publicUrl);
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) return fail("oidc-failed");
        // Providers may keep profile claims out of the ID token: ask the UserInfo endpoint then.
        const claims: Record<string, unknown> =
          typeof idClaims.email === "string"
            ? idClaims
            : await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        if (claims.email_verified !== true) return fail("oidc-email-unverified");
        email = typeof claims.email === "string" ? claims.email : undefined;
      } catch (err) {
        req.log.warn({ err }, "OIDC code exchange failed");
        return fail("oidc-failed");
      }
      if (!email) return fail("oidc-no-email");
      let session: SessionStarted;
      try {
        session = await auth.loginWithOidc(ctx, email);
      } catch {
        return fail("oidc-unknown-user");
      }
      reply.clearCookie(FLOW_COOKIE, flowCookie);
      setSession(reply, session);
      return reply.redirect("/", 302);
    },
  );
}
