/**
 * Node-to-node HTTP: every request is signed with the node's Ed25519 key (RFC 9421: method,
 * authority, path, query, Content-Digest of the body; created, expires, nonce), and every answer to
 * a signed request is signed back (status, Content-Digest, and the request's nonce so an old answer
 * cannot be replayed). The receiver refuses unknown keys, bad or expired signatures, replayed
 * nonces and bodies that do not match their digest.
 */
import type { KeyObject } from "node:crypto";
import { AppError } from "../../platform/errors.ts";
import {
  contentDigest,
  type SignableRequest,
  signRequest,
  type VerifyResult,
  verifyRequest,
} from "../../platform/http-signatures.ts";
import { randomToken } from "../../platform/ids.ts";

/** A signature is accepted this long after its creation (seconds)... */
export const SIGNATURE_MAX_AGE = 120;
/** ...give or take this much disagreement between the nodes' clocks (seconds). */
export const CLOCK_SKEW = 300;

const REQUEST_COMPONENTS = ["@method", "@authority", "@path", "@query"];
const RESPONSE_COMPONENTS = ["@status", "content-digest", "aisafe-request-nonce"];
export const NONCE_HEADER = "aisafe-request-nonce";

export interface Signer {
  keyId: string;
  key: KeyObject;
}

/** Headers that sign a request (adds Content-Digest when there is a body). */
export function signedHeaders(
  signer: Signer,
  method: string,
  url: string,
  body: Buffer | undefined,
  now = Math.floor(Date.now() / 1000),
): { headers: Record<string, string>; nonce: string } {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body) {
    headers["content-type"] = "application/json";
    headers["content-digest"] = contentDigest(body);
  }
  const nonce = randomToken(16);
  const sig = signRequest(
    { method, url, headers, ...(body ? { body } : {}) },
    {
      keyId: signer.keyId,
      privateKey: signer.key,
      components: body ? [...REQUEST_COMPONENTS, "content-digest"] : REQUEST_COMPONENTS,
      created: now,
      expires: now + SIGNATURE_MAX_AGE,
      nonce,
      alg: "ed25519",
    },
  );
  return { headers: { ...headers, ...sig }, nonce };
}

/** Checks an inbound request's signature; the caller resolves keys and records nonces. */
export function verifyInbound(
  req: SignableRequest,
  resolveKey: (keyId: string) => Promise<KeyObject | undefined>,
  seenNonce: (keyId: string, nonce: string) => Promise<boolean>,
): Promise<VerifyResult> {
  const hasBody = req.body !== undefined && Buffer.byteLength(req.body) > 0;
  return verifyRequest(req, {
    resolveKey,
    requiredComponents: hasBody ? [...REQUEST_COMPONENTS, "content-digest"] : REQUEST_COMPONENTS,
    maxAgeSeconds: SIGNATURE_MAX_AGE,
    clockSkewSeconds: CLOCK_SKEW,
    seenNonce,
  });
}

/** Headers that sign a response to a signed request carrying `requestNonce`. */
export function signResponse(
  signer: Signer,
  req: { method: string; url: string },
  status: number,
  body: Buffer,
  requestNonce: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    "content-digest": contentDigest(body),
    [NONCE_HEADER]: requestNonce,
  };
  const sig = signRequest(
    { method: req.method, url: req.url, status, headers, body },
    {
      keyId: signer.keyId,
      privateKey: signer.key,
      components: RESPONSE_COMPONENTS,
      nonce: randomToken(16),
      alg: "ed25519",
    },
  );
  return { ...headers, ...sig };
}

export interface PeerResponse {
  status: number;
  body: unknown;
}

/**
 * Sends a signed request to a peer and checks the signed answer with `peerKey` (when known: the
 * first peering request does not know it yet). Network failures and refusals become AppErrors.
 */
export async function signedFetch(
  signer: Signer,
  method: "GET" | "POST",
  url: string,
  opts: { body?: unknown; peerKey?: { keyId: string; key: KeyObject }; timeoutMs?: number } = {},
): Promise<PeerResponse> {
  const body = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body), "utf8");
  const { headers, nonce } = signedHeaders(signer, method, url, body);
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      ...(body ? { body } : {}),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    throw new AppError(
      "unavailable",
      `Peer ${new URL(url).host} did not answer (${cause ?? (e as Error).message}).`,
    );
  }
  const raw = Buffer.from(await res.arrayBuffer());
  if (opts.peerKey) {
    const respHeaders: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      respHeaders[k] = v;
    });
    const check = await verifyRequest(
      { method, url, status: res.status, headers: respHeaders, body: raw },
      {
        resolveKey: (id) => (id === opts.peerKey!.keyId ? opts.peerKey!.key : undefined),
        requiredComponents: RESPONSE_COMPONENTS,
        maxAgeSeconds: SIGNATURE_MAX_AGE,
        clockSkewSeconds: CLOCK_SKEW,
      },
    );
    if (!check.ok)
      throw new AppError(
        "unavailable",
        `The answer of peer ${new URL(url).host} is not validly signed: ${check.reason}.`,
      );
    if (respHeaders[NONCE_HEADER] !== nonce)
      throw new AppError("unavailable", `The answer of peer ${new URL(url).host} is not for this request.`);
  }
  let parsed: unknown = null;
  if (raw.length > 0) {
    try {
      parsed = JSON.parse(raw.toString("utf8"));
    } catch {
      throw new AppError("unavailable", `Peer ${new URL(url).host} answered with malformed JSON.`);
    }
  }
  if (res.status >= 400) {
    const detail = (parsed as { detail?: string } | null)?.detail ?? `HTTP ${res.status}`;
    throw new AppError(
      res.status === 409 ? "conflict" : "unavailable",
      `Peer ${new URL(url).host} refused: ${detail}`,
    );
  }
  return { status: res.status, body: parsed };
}
