import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentDigest,
  isInnerList,
  parseDictionary,
  parseItem,
  type SignableRequest,
  serializeDictionary,
  serializeMember,
  signatureBase,
  signRequest,
  type VerifyOptions,
  verifyRequest,
} from "./http-signatures.ts";

// ---------------------------------------------------------------------------------------------
// External test vectors, copied from published sources (not generated here):
//
// - RFC 9421 Appendix B.1.4 "Example Ed25519 Test Key" (test-key-ed25519): PKCS#8 and SPKI PEM
//   bodies as printed in the RFC (https://www.rfc-editor.org/rfc/rfc9421#appendix-B.1.4) and
//   vendored verbatim by many RFC 9421 test suites; its JWK (d, x) as in
//   github.com/apify/http-message-signatures-crawlee src/crypto.ts ("testing-only key pair described
//   in RFC 9421 Appendix B.1.4"). The first test checks that PEM and JWK are the same key.
// - RFC 9421 Appendix B.2 test request (POST /foo?param=Value&Pet=dog, its headers and body) as in
//   github.com/forcebit/http-message-signatures-rfc9421-go tests/rfc_examples_test.go.
// - RFC 9421 Appendix B.2.6 signature base, Signature-Input and Signature, from the RFC text as
//   rendered at https://rfcinfo.com/rfc-9421/appendix-b-2-6-signing-a-request-using-ed25519
//   (RFC 8792 line wrapping undone) and https://www.rfc-editor.org/rfc/rfc9421#appendix-B.2.6.
// - RFC 9530 sha-256 Content-Digest of the body {"hello": "world"} (the RFC's running example).
// ---------------------------------------------------------------------------------------------

const RFC_PRIVATE_PEM = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF
-----END PRIVATE KEY-----
`;
const RFC_PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=
-----END PUBLIC KEY-----
`;
const RFC_JWK = {
  kty: "OKP",
  crv: "Ed25519",
  d: "n4Ni-HpISpVObnQMW0wOhCKROaIKqKtW_2ZYb2p9KcU",
  x: "JrQLj5P_89iXES9-vFgrIy29clF9CC_oPPsw3c5D0bs",
};
const RFC_KEY_ID = "test-key-ed25519";
const RFC_BODY = '{"hello": "world"}';
const RFC_SHA512_DIGEST =
  "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:";
const RFC9530_SHA256_DIGEST = "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:";
const RFC_REQUEST: SignableRequest = {
  method: "POST",
  url: "https://example.com/foo?param=Value&Pet=dog",
  headers: {
    Host: "example.com",
    Date: "Tue, 20 Apr 2021 02:07:55 GMT",
    "Content-Type": "application/json",
    "Content-Digest": RFC_SHA512_DIGEST,
    "Content-Length": "18",
  },
  body: RFC_BODY,
};
const B26_COMPONENTS = ["date", "@method", "@path", "@authority", "content-type", "content-length"];
const B26_CREATED = 1618884473;
const B26_BASE = [
  '"date": Tue, 20 Apr 2021 02:07:55 GMT',
  '"@method": POST',
  '"@path": /foo',
  '"@authority": example.com',
  '"content-type": application/json',
  '"content-length": 18',
  '"@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length")' +
    ';created=1618884473;keyid="test-key-ed25519"',
].join("\n");
const B26_SIGNATURE_INPUT =
  'sig-b26=("date" "@method" "@path" "@authority" "content-type" "content-length")' +
  ';created=1618884473;keyid="test-key-ed25519"';
const B26_SIGNATURE =
  "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:";

const rfcPublicKey = createPublicKey(RFC_PUBLIC_PEM);

describe("RFC 9421 Appendix B.2.6 (Ed25519)", () => {
  it("the B.1.4 private key matches the published public key and JWK", () => {
    const priv = createPrivateKey(RFC_PRIVATE_PEM);
    const jwk = priv.export({ format: "jwk" });
    expect(jwk.d).toBe(RFC_JWK.d);
    expect(jwk.x).toBe(RFC_JWK.x);
    expect(createPublicKey(priv).export({ format: "jwk" }).x).toBe(RFC_JWK.x);
    expect(rfcPublicKey.export({ format: "jwk" }).x).toBe(RFC_JWK.x);
  });

  it("reproduces the signature base exactly", () => {
    const { base, paramsValue } = signatureBase(RFC_REQUEST, B26_COMPONENTS, {
      created: B26_CREATED,
      keyid: RFC_KEY_ID,
    });
    expect(base).toBe(B26_BASE);
    expect(`sig-b26=${paramsValue}`).toBe(B26_SIGNATURE_INPUT);
  });

  it("reproduces the Signature-Input and Signature values exactly", () => {
    const headers = signRequest(RFC_REQUEST, {
      keyId: RFC_KEY_ID,
      privateKey: RFC_PRIVATE_PEM,
      label: "sig-b26",
      components: B26_COMPONENTS,
      created: B26_CREATED,
    });
    expect(headers["signature-input"]).toBe(B26_SIGNATURE_INPUT);
    expect(headers.signature).toBe(B26_SIGNATURE);
    // Same result from a KeyObject built from the JWK.
    const fromJwk = createPrivateKey({ key: RFC_JWK, format: "jwk" });
    expect(
      signRequest(RFC_REQUEST, {
        keyId: RFC_KEY_ID,
        privateKey: fromJwk,
        label: "sig-b26",
        components: B26_COMPONENTS,
        created: B26_CREATED,
      }).signature,
    ).toBe(B26_SIGNATURE);
  });

  it("verifies the RFC's signature with the RFC's public key", async () => {
    const req = {
      ...RFC_REQUEST,
      headers: { ...RFC_REQUEST.headers, "Signature-Input": B26_SIGNATURE_INPUT, Signature: B26_SIGNATURE },
    };
    const result = await verifyRequest(req, {
      resolveKey: (id) => (id === RFC_KEY_ID ? rfcPublicKey : undefined),
      now: B26_CREATED + 5,
      requiredComponents: ["@method", "@path", "@authority", "date"],
    });
    expect(result).toEqual({ ok: true, keyId: RFC_KEY_ID, label: "sig-b26", created: B26_CREATED });

    const tampered = await verifyRequest(
      { ...req, headers: { ...req.headers, Date: "Tue, 20 Apr 2021 02:07:56 GMT" } },
      { resolveKey: () => rfcPublicKey, now: B26_CREATED + 5 },
    );
    expect(tampered).toEqual({ ok: false, reason: "signature does not verify" });
  });
});

describe("Content-Digest (RFC 9530)", () => {
  it("matches the sha-512 value of RFC 9421 B.2 and the sha-256 value of RFC 9530", () => {
    expect(contentDigest(RFC_BODY, "sha-512")).toBe(RFC_SHA512_DIGEST);
    expect(contentDigest(RFC_BODY)).toBe(RFC9530_SHA256_DIGEST);
    expect(contentDigest(Buffer.from(RFC_BODY))).toBe(RFC9530_SHA256_DIGEST);
  });

  it("verifies a covered sha-512 Content-Digest (as in the RFC request) and rejects a tampered body", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const components = ["@method", "@target-uri", "content-digest"];
    const signed = signRequest(RFC_REQUEST, { keyId: "k", privateKey, components, created: B26_CREATED });
    const req = { ...RFC_REQUEST, headers: { ...RFC_REQUEST.headers, ...signed } };
    const opts = { resolveKey: () => publicKey, now: B26_CREATED };
    expect((await verifyRequest(req, opts)).ok).toBe(true);
    expect(await verifyRequest({ ...req, body: '{"hello": "World"}' }, opts)).toEqual({
      ok: false,
      reason: "Content-Digest sha-512 does not match the body",
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Round trips and failures with fresh keys.
// ---------------------------------------------------------------------------------------------

const NOW = 1_750_000_000;
const FULL_COMPONENTS = [
  "@method",
  "@target-uri",
  "@authority",
  "@scheme",
  "@request-target",
  "@path",
  "@query",
  '@query-param;name="since"',
  "content-digest",
  "content-type",
  "date",
];

function freshRequest(): SignableRequest {
  const body = JSON.stringify({ incident: "INC-1", tlp: "amber" });
  return {
    method: "POST",
    url: "https://node-b.example:8443/federation/v1/inbox?since=2025-01-01&q=a%20b",
    headers: {
      host: "node-b.example:8443",
      "content-type": "application/json",
      date: "Sun, 15 Jun 2025 15:06:40 GMT",
      "content-digest": contentDigest(body),
    },
    body,
  };
}

function signFresh(extra: Partial<Parameters<typeof signRequest>[1]> = {}) {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const req = freshRequest();
  const sigHeaders = signRequest(req, {
    keyId: "node-a",
    privateKey,
    components: FULL_COMPONENTS,
    created: NOW,
    expires: NOW + 120,
    nonce: "n-123",
    alg: "ed25519",
    tag: "aisafe-federation",
    ...extra,
  });
  const signed: SignableRequest = { ...req, headers: { ...req.headers, ...sigHeaders } };
  const keys: Record<string, KeyObject> = { "node-a": publicKey };
  const opts: VerifyOptions = {
    resolveKey: async (id) => keys[id],
    now: NOW + 10,
    requiredComponents: ["@method", "@target-uri", "content-digest"],
  };
  return { req, signed, sigHeaders, opts, publicKey, privateKey };
}

describe("sign and verify round trip", () => {
  it("covers every supported derived component and verifies", async () => {
    const { req, signed, sigHeaders, opts } = signFresh();
    const { base } = signatureBase(req, FULL_COMPONENTS, {
      created: NOW,
      expires: NOW + 120,
      keyid: "node-a",
      alg: "ed25519",
      nonce: "n-123",
      tag: "aisafe-federation",
    });
    expect(base.split("\n").slice(0, -1)).toEqual([
      '"@method": POST',
      '"@target-uri": https://node-b.example:8443/federation/v1/inbox?since=2025-01-01&q=a%20b',
      '"@authority": node-b.example:8443',
      '"@scheme": https',
      '"@request-target": /federation/v1/inbox?since=2025-01-01&q=a%20b',
      '"@path": /federation/v1/inbox',
      '"@query": ?since=2025-01-01&q=a%20b',
      '"@query-param";name="since": 2025-01-01',
      `"content-digest": ${req.headers["content-digest"]}`,
      '"content-type": application/json',
      '"date": Sun, 15 Jun 2025 15:06:40 GMT',
    ]);
    expect(sigHeaders["signature-input"]).toBe(
      'sig1=("@method" "@target-uri" "@authority" "@scheme" "@request-target" "@path" "@query" ' +
        '"@query-param";name="since" "content-digest" "content-type" "date");created=1750000000;' +
        'expires=1750000120;keyid="node-a";alg="ed25519";nonce="n-123";tag="aisafe-federation"',
    );
    const seen = new Set<string>();
    const result = await verifyRequest(signed, {
      ...opts,
      seenNonce: (k, n) => {
        const id = `${k} ${n}`;
        const had = seen.has(id);
        seen.add(id);
        return had;
      },
    });
    expect(result).toEqual({ ok: true, keyId: "node-a", label: "sig1", created: NOW, nonce: "n-123" });
  });

  it("treats header names case-insensitively and combines multi-line fields", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const req: SignableRequest = {
      method: "get",
      url: "https://Example.COM:443/x",
      headers: { Host: "example.com", "X-Multi": ["  a ", "b"], Accept: "text/plain" },
    };
    expect(signatureBase(req, ["@method", "@authority", "x-multi", "@query"], {}).base).toBe(
      [
        '"@method": GET',
        '"@authority": example.com',
        '"x-multi": a, b',
        '"@query": ?',
        '"@signature-params": ("@method" "@authority" "x-multi" "@query")',
      ].join("\n"),
    );
    const sig = signRequest(req, {
      keyId: "k",
      privateKey,
      components: ["@method", "x-multi"],
      created: NOW,
    });
    const result = await verifyRequest(
      {
        ...req,
        headers: { "x-multi": "a, b", "SIGNATURE-INPUT": sig["signature-input"], signature: sig.signature },
      },
      { resolveKey: () => publicKey, now: NOW },
    );
    expect(result.ok).toBe(true);
  });

  it("picks a signature by label among several", async () => {
    const a = signFresh();
    const other = signRequest(a.req, {
      keyId: "node-a",
      privateKey: a.privateKey,
      label: "second",
      components: ["@method", "@target-uri", "content-digest"],
      created: NOW,
    });
    const headers = {
      ...a.req.headers,
      "signature-input": `${a.sigHeaders["signature-input"]}, ${other["signature-input"]}`,
      signature: [a.sigHeaders.signature, other.signature],
    };
    expect(await verifyRequest({ ...a.req, headers }, { ...a.opts, label: "second" })).toMatchObject({
      ok: true,
      label: "second",
    });
    expect(await verifyRequest({ ...a.req, headers }, a.opts)).toMatchObject({ ok: true, label: "sig1" });
    expect(await verifyRequest({ ...a.req, headers }, { ...a.opts, label: "third" })).toEqual({
      ok: false,
      reason: "no signature labelled third in Signature-Input",
    });
  });
});

describe("verification failures", () => {
  it("rejects a tampered body (digest mismatch)", async () => {
    const { signed, opts } = signFresh();
    expect(await verifyRequest({ ...signed, body: '{"incident":"INC-2"}' }, opts)).toEqual({
      ok: false,
      reason: "Content-Digest sha-256 does not match the body",
    });
  });

  it("rejects a tampered method or path", async () => {
    const { signed, opts } = signFresh();
    expect(await verifyRequest({ ...signed, method: "PUT" }, opts)).toEqual({
      ok: false,
      reason: "signature does not verify",
    });
    const otherPath = signed.url.replace("/inbox", "/outbox");
    expect(await verifyRequest({ ...signed, url: otherPath }, opts)).toEqual({
      ok: false,
      reason: "signature does not verify",
    });
  });

  it("rejects a signature missing a required component", async () => {
    const { signed, opts } = signFresh({ components: ["@method", "@path", "content-digest"] });
    expect(await verifyRequest(signed, opts)).toEqual({
      ok: false,
      reason: 'required component "@target-uri" is not covered by the signature',
    });
  });

  it("rejects expired, too old and future signatures", async () => {
    const { signed, opts } = signFresh();
    expect(await verifyRequest(signed, { ...opts, now: NOW + 120 + 61, maxAgeSeconds: 3600 })).toEqual({
      ok: false,
      reason: `signature expired (expires=${NOW + 120})`,
    });
    const noExpiry = signFresh({ expires: undefined });
    expect(
      await verifyRequest(noExpiry.signed, { ...noExpiry.opts, now: NOW + 301, clockSkewSeconds: 0 }),
    ).toEqual({ ok: false, reason: `signature too old (created=${NOW}, max age 300s)` });
    expect(
      (await verifyRequest(noExpiry.signed, { ...noExpiry.opts, now: NOW + 300, clockSkewSeconds: 0 })).ok,
    ).toBe(true);
    expect(await verifyRequest(signed, { ...opts, now: NOW - 61 })).toEqual({
      ok: false,
      reason: `signature created in the future (created=${NOW}, now=${NOW - 61})`,
    });
    expect((await verifyRequest(signed, { ...opts, now: NOW - 59 })).ok).toBe(true);
  });

  it("rejects a signature without created", async () => {
    const { req, opts, privateKey } = signFresh();
    // Hand-built Signature-Input without created (signRequest always sets it).
    const { base, paramsValue } = signatureBase(req, ["@method"], { keyid: "node-a" });
    const { sign } = await import("node:crypto");
    const sig = sign(null, Buffer.from(base), privateKey).toString("base64");
    const headers = { ...req.headers, "signature-input": `s=${paramsValue}`, signature: `s=:${sig}:` };
    expect(await verifyRequest({ ...req, headers }, { ...opts, requiredComponents: [] })).toEqual({
      ok: false,
      reason: "signature has no created parameter",
    });
  });

  it("rejects a replayed nonce", async () => {
    const { signed, opts } = signFresh();
    const seen = new Set<string>();
    const seenNonce = async (k: string, n: string) => {
      const had = seen.has(`${k}|${n}`);
      seen.add(`${k}|${n}`);
      return had;
    };
    expect((await verifyRequest(signed, { ...opts, seenNonce })).ok).toBe(true);
    expect(await verifyRequest(signed, { ...opts, seenNonce })).toEqual({
      ok: false,
      reason: "nonce replayed (n-123)",
    });
  });

  it("does not record the nonce of an invalid signature", async () => {
    const { signed, opts } = signFresh();
    const calls: string[] = [];
    const seenNonce = (_k: string, n: string) => {
      calls.push(n);
      return false;
    };
    expect((await verifyRequest({ ...signed, method: "PUT" }, { ...opts, seenNonce })).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it("rejects an unknown key and a wrong key", async () => {
    const { signed, opts } = signFresh();
    expect(await verifyRequest(signed, { ...opts, resolveKey: () => undefined })).toEqual({
      ok: false,
      reason: "unknown key node-a",
    });
    const wrong = generateKeyPairSync("ed25519").publicKey;
    expect(await verifyRequest(signed, { ...opts, resolveKey: () => wrong })).toEqual({
      ok: false,
      reason: "signature does not verify",
    });
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey;
    expect(await verifyRequest(signed, { ...opts, resolveKey: () => rsa })).toEqual({
      ok: false,
      reason: "key node-a is not an Ed25519 key",
    });
  });

  it("rejects a foreign alg, missing headers and malformed fields", async () => {
    const { signed, opts } = signFresh();
    const h = signed.headers as Record<string, string>;
    const withInput = (v: string) => ({ ...signed, headers: { ...h, "signature-input": v } });
    expect(
      await verifyRequest(withInput(h["signature-input"]!.replace('"ed25519"', '"rsa-pss-sha512"')), opts),
    ).toEqual({ ok: false, reason: "unsupported signature algorithm rsa-pss-sha512" });
    expect(await verifyRequest({ ...signed, headers: { ...h, signature: undefined } }, opts)).toEqual({
      ok: false,
      reason: "missing Signature header",
    });
    expect(await verifyRequest({ ...signed, headers: { date: "x" } }, opts)).toEqual({
      ok: false,
      reason: "missing Signature-Input header",
    });
    expect(await verifyRequest(withInput('sig1=("@method"'), opts)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^malformed Signature-Input header: unterminated inner list/),
    });
    expect(
      await verifyRequest(withInput(h["signature-input"]!.replace(';keyid="node-a"', "")), opts),
    ).toEqual({
      ok: false,
      reason: "signature has no keyid parameter",
    });
    const noDigest = { ...signed, headers: { ...h, "content-digest": undefined } };
    expect(await verifyRequest(noDigest, opts)).toEqual({
      ok: false,
      reason: "cannot rebuild signature base: covered header content-digest is absent",
    });
  });
});

describe("structured fields (RFC 8941)", () => {
  it("parses several signatures in one header, keeping parameter order", () => {
    const text =
      'sig1=("@method" "@query-param";name="Pet" "content-digest");created=1618884473;keyid="k1";nonce="a\\"b" , ' +
      "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:," +
      "flag;x=?0, n=-12.50;t=tok/en:1";
    const dict = parseDictionary(text);
    expect([...dict.keys()]).toEqual(["sig1", "sig-b26", "flag", "n"]);
    const sig1 = dict.get("sig1")!;
    expect(isInnerList(sig1)).toBe(true);
    if (!isInnerList(sig1)) return;
    expect(sig1.items.map((i) => i.value.value)).toEqual(["@method", "@query-param", "content-digest"]);
    expect([...sig1.items[1]!.params]).toEqual([["name", { type: "string", value: "Pet" }]]);
    expect([...sig1.params.keys()]).toEqual(["created", "keyid", "nonce"]);
    expect(sig1.params.get("nonce")).toEqual({ type: "string", value: 'a"b' });
    const b26 = dict.get("sig-b26")!;
    expect(!isInnerList(b26) && b26.value.type === "bytes" && b26.value.value.length).toBe(64);
    expect(serializeDictionary(dict)).toBe(
      'sig1=("@method" "@query-param";name="Pet" "content-digest");created=1618884473;keyid="k1";nonce="a\\"b", ' +
        "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:, " +
        "flag;x=?0, n=-12.5;t=tok/en:1",
    );
  });

  it("keeps the order of reversed parameters when re-serialising @signature-params", () => {
    const member = parseDictionary('s=("@path");keyid="k";created=5').get("s")!;
    expect(serializeMember(member)).toBe('("@path");keyid="k";created=5');
    expect(serializeMember(parseItem('"@query-param";name="a b"'))).toBe('"@query-param";name="a b"');
  });

  it("rejects malformed input", () => {
    for (const bad of [
      "a=(1 2",
      "a=1,",
      "A=1",
      'a="unterminated',
      'a="bad\\escape"',
      "a=:not base64!:",
      "a=?2",
      "a=1234567890123456",
      "a=1.2345",
      "a=1 b=2",
    ]) {
      expect(() => parseDictionary(bad), bad).toThrow();
    }
  });
});
