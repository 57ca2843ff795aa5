import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { uuidv7 } from "../../platform/ids.ts";
import { checkAhead, contentHash, envelopeProblem, publicKeyOf, signEnvelope } from "./envelope.ts";

const keys = () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const jwk = publicKey.export({ format: "jwk" }) as { kty: string; crv: string; x: string };
  return { privateKey, jwk };
};

const envelope = (key: ReturnType<typeof keys>, n: number) => {
  const content = { title: `Record ${n}`, n };
  return signEnvelope(key.privateKey, {
    id: uuidv7(),
    type: "incident",
    originNode: uuidv7(),
    ownerOrg: "node",
    version: 1,
    tlp: "green",
    distribution: 3,
    sharingGroupId: null,
    residency: null,
    containsPersonalData: false,
    personalDataRedacted: false,
    published: true,
    retracted: false,
    title: `Record ${n}`,
    contentHash: contentHash(content),
    hops: 0,
    content,
  });
};

describe("envelopes checked ahead on the worker thread", () => {
  it("gives the same verdicts as checking one by one: good, forged, altered, or signed by another key", async () => {
    const origin = keys();
    const other = keys();
    const good = Array.from({ length: 50 }, (_, n) => envelope(origin, n));
    const forged = { ...envelope(origin, 100), signature: envelope(other, 100).signature };
    const altered = { ...envelope(origin, 101), content: { title: "Record 101", n: 999 } };
    const byOther = envelope(other, 102);
    const all = [...good, forged, altered, byOther];
    await checkAhead(all.map((env) => ({ env, jwk: origin.jwk })));
    const key = publicKeyOf(origin.jwk);
    const verdicts = all.map((env) => envelopeProblem(env, key));
    // The same envelopes, checked afresh on this thread (copies: nothing remembered for them).
    expect(verdicts).toEqual(all.map((env) => envelopeProblem(structuredClone(env), key)));
    expect(verdicts.slice(0, 50).every((v) => v === undefined)).toBe(true);
    expect(verdicts[50]).toMatch(/signature .* does not verify/);
    expect(verdicts[51]).toMatch(/does not match its hash/);
    expect(verdicts[52]).toMatch(/signature .* does not verify/);
    // Checked with another key than the one checked ahead: checked again, not taken from memory.
    expect(envelopeProblem(byOther, publicKeyOf(other.jwk))).toBeUndefined();
    // A key the worker cannot read is a failed check, not a crash.
    await checkAhead([{ env: good[0]!, jwk: { x: "not-a-key" } }]);
  });
});
