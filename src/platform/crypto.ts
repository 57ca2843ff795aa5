import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from "node:crypto";
import { hash as argonHash, verify as argonVerify } from "@node-rs/argon2";

export const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

// OWASP's argon2id baseline: m = 19 MiB, t = 2, p = 1. Algorithm 2 is Argon2id.
const ARGON = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argonHash(password, ARGON);
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argonVerify(hash, password);
  } catch {
    return false;
  }
}
/** A valid hash of a random password: verified against when the e-mail is unknown, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => {
  dummyHash ??= hashPassword(createHash("sha256").update(String(Math.random())).digest("hex"));
  return dummyHash;
};

export interface NodeKeyPair {
  publicKeyJwk: { kty: string; crv: string; x: string };
  privateKeyPem: string;
}

/** A fresh Ed25519 key pair for the node. */
export function generateNodeKeyPair(): NodeKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const jwk = publicKey.export({ format: "jwk" }) as { kty: string; crv: string; x: string };
  return {
    publicKeyJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x },
    privateKeyPem: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
  };
}

/** RFC 7638 JWK thumbprint (SHA-256, base64url) of an OKP public key: the node's fingerprint. */
export function jwkThumbprint(jwk: { crv: string; kty: string; x: string }): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return createHash("sha256").update(canonical).digest("base64url");
}

export const signEd25519 = (privateKeyPem: string, data: Buffer | string) =>
  sign(null, Buffer.from(data), createPrivateKey(privateKeyPem));

export const verifyEd25519 = (
  publicKeyJwk: NodeKeyPair["publicKeyJwk"],
  data: Buffer | string,
  sig: Buffer,
) => verify(null, Buffer.from(data), createPublicKey({ key: publicKeyJwk, format: "jwk" }), sig);
