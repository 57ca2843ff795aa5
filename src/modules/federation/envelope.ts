/**
 * Records on the wire: the origin node signs each envelope (Ed25519 over canonical JSON of every
 * field but `hops`, `content` and `signature`; the content is covered by `contentHash`, SHA-256 of
 * its canonical JSON). A relay forwards the origin's signature unchanged, so any node can check
 * that a record is the origin's and unaltered, however it arrived.
 */
import { createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import { canonicalJson } from "../../platform/audit.ts";
import { sha256Hex } from "../../platform/crypto.ts";
import type { EnvelopeT } from "./federation.schemas.ts";
import type { ShareableRecord } from "./policy.ts";

export type Unsigned = Omit<EnvelopeT, "signature">;

const signedPart = (env: Unsigned | EnvelopeT) => {
  const { hops: _h, content: _c, signature: _s, ...rest } = env as EnvelopeT;
  return Buffer.from(canonicalJson(rest), "utf8");
};

export const contentHash = (content: Record<string, unknown>) => sha256Hex(canonicalJson(content));

export function signEnvelope(key: KeyObject, env: Unsigned): EnvelopeT {
  return { ...env, signature: sign(null, signedPart(env), key).toString("base64") };
}

const keyCache = new Map<string, KeyObject>();
/** A public KeyObject for an Ed25519 JWK (cached: verifying is the hot path of a sync). */
export function publicKeyOf(jwk: { kty: string; crv: string; x: string }): KeyObject {
  let k = keyCache.get(jwk.x);
  if (!k) {
    k = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: "jwk" });
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(jwk.x, k);
  }
  return k;
}

/** Why an envelope cannot be trusted, or undefined when its signature and content hash hold. */
export function envelopeProblem(env: EnvelopeT, originKey: KeyObject): string | undefined {
  let ok = false;
  try {
    ok = verify(null, signedPart(env), originKey, Buffer.from(env.signature, "base64"));
  } catch {
    ok = false;
  }
  if (!ok) return `the origin's signature of record ${env.id} v${env.version} does not verify`;
  if (env.retracted) {
    if (env.content !== null) return `retracted record ${env.id} carries content`;
    return undefined;
  }
  if (env.content === null || env.contentHash === null) return `record ${env.id} has no content`;
  if (contentHash(env.content) !== env.contentHash)
    return `the content of record ${env.id} v${env.version} does not match its hash`;
  return undefined;
}

/** The policy's view of an envelope. */
export const toShareable = (env: Unsigned, previouslySentTo?: string[]): ShareableRecord => ({
  id: env.id,
  type: env.type,
  originNode: env.originNode,
  ownerOrg: env.ownerOrg,
  version: env.version,
  tlp: env.tlp,
  distribution: env.distribution,
  sharingGroupId: env.sharingGroupId,
  published: env.published,
  retracted: env.retracted,
  ...(env.residency ? { residency: env.residency } : {}),
  containsPersonalData: env.containsPersonalData,
  personalDataRedacted: env.personalDataRedacted,
  hops: env.hops,
  ...(previouslySentTo ? { previouslySentTo } : {}),
});
