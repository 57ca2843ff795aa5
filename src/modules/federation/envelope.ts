/**
 * Records on the wire: the origin node signs each envelope (Ed25519 over canonical JSON of every
 * field but `hops`, `content` and `signature`; the content is covered by `contentHash`, SHA-256 of
 * its canonical JSON). A relay forwards the origin's signature unchanged, so any node can check
 * that a record is the origin's and unaltered, however it arrived.
 */
import { createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import { Worker } from "node:worker_threads";
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

/** Checks already made (see checkAhead), per envelope object and key. */
const checked = new WeakMap<EnvelopeT, { key: KeyObject; problem: string | undefined }>();

/** Why an envelope cannot be trusted, or undefined when its signature and content hash hold. */
export function envelopeProblem(env: EnvelopeT, originKey: KeyObject): string | undefined {
  const done = checked.get(env);
  if (done?.key === originKey) return done.problem;
  let ok = false;
  try {
    ok = verify(null, signedPart(env), originKey, Buffer.from(env.signature, "base64"));
  } catch {
    ok = false;
  }
  const problem = ok ? contentProblem(env) : badSignature(env);
  checked.set(env, { key: originKey, problem });
  return problem;
}

const badSignature = (env: EnvelopeT) =>
  `the origin's signature of record ${env.id} v${env.version} does not verify`;

function contentProblem(env: EnvelopeT): string | undefined {
  if (env.retracted) {
    if (env.content !== null) return `retracted record ${env.id} carries content`;
    return undefined;
  }
  if (env.content === null || env.contentHash === null) return `record ${env.id} has no content`;
  if (contentHash(env.content) !== env.contentHash)
    return `the content of record ${env.id} v${env.version} does not match its hash`;
  return undefined;
}

/**
 * Checks envelopes ahead of their use, when the key they will be checked with is known: a pull
 * checks a page while the previous one is being written, and the Ed25519 verifications (the
 * costly part) run on a worker thread, beside this one. envelopeProblem then answers from memory
 * for the same envelope and key (and checks afresh for any other key).
 */
export async function checkAhead(items: { env: EnvelopeT; jwk: { x: string } | undefined }[]) {
  const known = items.filter((i): i is { env: EnvelopeT; jwk: { x: string } } => !!i.jwk);
  const ok = await verifyOnWorker(
    known.map(({ env, jwk }) => [jwk.x, signedPart(env), Buffer.from(env.signature, "base64")]),
  );
  known.forEach(({ env, jwk }, k) => {
    let key: KeyObject;
    try {
      key = publicKeyOf({ kty: "OKP", crv: "Ed25519", x: jwk.x });
    } catch {
      return; // not a key: nothing to remember; the check proper will say so
    }
    checked.set(env, { key, problem: ok[k] ? contentProblem(env) : badSignature(env) });
  });
}

// A worker thread that verifies Ed25519 signatures in batches. Its code is self-contained (no
// imports of ours), so it runs the same from source and from the bundle.
const WORKER = `
const { parentPort } = require("node:worker_threads");
const { createPublicKey, verify } = require("node:crypto");
const keys = new Map();
parentPort.on("message", ({ id, items }) => {
  const ok = items.map(([x, data, sig]) => {
    try {
      let key = keys.get(x);
      if (!key) keys.set(x, (key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" })));
      return verify(null, data, key, sig);
    } catch {
      return false;
    }
  });
  parentPort.postMessage({ id, ok });
});`;
let worker: Worker | undefined;
const waiting = new Map<number, { resolve: (ok: boolean[]) => void; reject: (e: Error) => void }>();
let nextId = 0;

function verifyOnWorker(items: [string, Buffer, Buffer][]): Promise<boolean[]> {
  if (!items.length) return Promise.resolve([]);
  if (!worker) {
    const w = new Worker(WORKER, { eval: true });
    w.on("message", ({ id, ok }: { id: number; ok: boolean[] }) => {
      waiting.get(id)?.resolve(ok);
      waiting.delete(id);
      if (!waiting.size) w.unref();
    });
    const fail = (e: Error) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
      if (worker === w) worker = undefined;
    };
    w.on("error", fail);
    w.on("exit", () => fail(new Error("the signature worker stopped")));
    worker = w;
  }
  const w = worker;
  const id = nextId++;
  w.ref();
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, items });
  });
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
