/**
 * HTTP Message Signatures (RFC 9421) with Ed25519, and Content-Digest (RFC 9530), for signed
 * requests between federation nodes. node:crypto only.
 *
 * Scope: requests only (no `@status`, no `;req`), Ed25519 only. Structured fields (RFC 8941) are
 * parsed and serialised by the small implementation below: enough for Signature-Input, Signature
 * and Content-Digest.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from "node:crypto";

// ---------------------------------------------------------------------------------------------
// Structured fields (RFC 8941): bare items, parameters, inner lists, dictionaries.
// ---------------------------------------------------------------------------------------------

/** An RFC 8941 bare item, tagged with its type so that serialisation round-trips exactly. */
export type SfBareItem =
  | { type: "integer"; value: number }
  | { type: "decimal"; value: number }
  | { type: "string"; value: string }
  | { type: "token"; value: string }
  | { type: "bytes"; value: Buffer }
  | { type: "boolean"; value: boolean };

/** Parameters in their order of appearance. */
export type SfParams = Map<string, SfBareItem>;
export interface SfItem {
  value: SfBareItem;
  params: SfParams;
}
export interface SfInnerList {
  items: SfItem[];
  params: SfParams;
}
/** A dictionary member: an item or an inner list. */
export type SfMember = SfItem | SfInnerList;

export const isInnerList = (m: SfMember): m is SfInnerList => "items" in m;

/** A malformed structured field. */
export class StructuredFieldError extends Error {}

const KEY_RE = /^[a-z*][a-z0-9_.*-]*$/;
const TOKEN_RE = /^[A-Za-z*][!#$%&'*+\-.^_`|~0-9A-Za-z:/]*$/;
const TCHAR_EXTRA = "!#$%&'*+-.^_`|~:/";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isAlpha = (c: string | undefined) =>
  c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const isLcalpha = (c: string | undefined) => c !== undefined && c >= "a" && c <= "z";

class SfParser {
  private i = 0;
  constructor(private readonly s: string) {}

  private fail(what: string): never {
    throw new StructuredFieldError(`${what} at position ${this.i}`);
  }
  private peek() {
    return this.s[this.i];
  }
  private skipSp() {
    while (this.s[this.i] === " ") this.i++;
  }
  private skipOws() {
    while (this.s[this.i] === " " || this.s[this.i] === "\t") this.i++;
  }

  /** RFC 8941 §4.2: top-level dictionary. */
  dictionary(): Map<string, SfMember> {
    const out = new Map<string, SfMember>();
    this.skipSp();
    while (this.i < this.s.length) {
      const key = this.key();
      let member: SfMember;
      if (this.peek() === "=") {
        this.i++;
        member = this.itemOrInnerList();
      } else {
        member = { value: { type: "boolean", value: true }, params: this.params() };
      }
      out.set(key, member); // a duplicate key overwrites the value and keeps the first position
      this.skipOws();
      if (this.i >= this.s.length) break;
      if (this.peek() !== ",") this.fail("expected ',' between dictionary members");
      this.i++;
      this.skipOws();
      if (this.i >= this.s.length) this.fail("trailing comma");
    }
    return out;
  }

  /** A standalone item (the whole field value). */
  topItem(): SfItem {
    this.skipSp();
    const item = this.item();
    this.end();
    return item;
  }

  /** Parameters only, then the end of input. */
  topParams(): SfParams {
    const p = this.params();
    this.end();
    return p;
  }

  end() {
    this.skipSp();
    if (this.i < this.s.length) this.fail("unexpected trailing characters");
  }

  private itemOrInnerList(): SfMember {
    return this.peek() === "(" ? this.innerList() : this.item();
  }

  private innerList(): SfInnerList {
    this.i++; // "("
    const items: SfItem[] = [];
    for (;;) {
      this.skipSp();
      if (this.peek() === ")") {
        this.i++;
        return { items, params: this.params() };
      }
      if (this.i >= this.s.length) this.fail("unterminated inner list");
      items.push(this.item());
      const c = this.peek();
      if (c === undefined) this.fail("unterminated inner list");
      if (c !== " " && c !== ")") this.fail("expected ' ' or ')' in inner list");
    }
  }

  private item(): SfItem {
    const value = this.bareItem();
    return { value, params: this.params() };
  }

  private params(): SfParams {
    const out: SfParams = new Map();
    while (this.peek() === ";") {
      this.i++;
      this.skipSp();
      const key = this.key();
      let value: SfBareItem = { type: "boolean", value: true };
      if (this.peek() === "=") {
        this.i++;
        value = this.bareItem();
      }
      out.set(key, value);
    }
    return out;
  }

  private key(): string {
    const start = this.i;
    const c = this.peek();
    if (!isLcalpha(c) && c !== "*") this.fail("expected a key");
    this.i++;
    for (;;) {
      const d = this.peek();
      if (isLcalpha(d) || isDigit(d) || d === "_" || d === "-" || d === "." || d === "*") this.i++;
      else break;
    }
    return this.s.slice(start, this.i);
  }

  private bareItem(): SfBareItem {
    const c = this.peek();
    if (c === "-" || isDigit(c)) return this.number();
    if (c === '"') return this.string();
    if (c === ":") return this.bytes();
    if (c === "?") return this.boolean();
    if (isAlpha(c) || c === "*") return this.token();
    return this.fail("expected a bare item");
  }

  private number(): SfBareItem {
    const start = this.i;
    let decimal = false;
    if (this.peek() === "-") this.i++;
    if (!isDigit(this.peek())) this.fail("expected a digit");
    const digitsStart = this.i;
    let dot = -1;
    for (;;) {
      const c = this.peek();
      if (isDigit(c)) this.i++;
      else if (c === "." && !decimal) {
        if (this.i - digitsStart > 12) this.fail("decimal has too many integer digits");
        decimal = true;
        dot = this.i;
        this.i++;
      } else break;
      if (!decimal && this.i - digitsStart > 15) this.fail("integer has too many digits");
      if (decimal && this.i - digitsStart > 16) this.fail("decimal has too many digits");
    }
    const text = this.s.slice(start, this.i);
    if (!decimal) return { type: "integer", value: Number.parseInt(text, 10) };
    const frac = this.i - dot - 1;
    if (frac < 1 || frac > 3) this.fail("decimal needs one to three fractional digits");
    return { type: "decimal", value: Number.parseFloat(text) };
  }

  private string(): SfBareItem {
    this.i++; // opening quote
    let out = "";
    for (;;) {
      const c = this.s[this.i++];
      if (c === undefined) this.fail("unterminated string");
      if (c === "\\") {
        const n = this.s[this.i++];
        if (n !== '"' && n !== "\\") this.fail("invalid escape in string");
        out += n;
      } else if (c === '"') {
        return { type: "string", value: out };
      } else {
        const code = c.charCodeAt(0);
        if (code < 0x20 || code > 0x7e) this.fail("invalid character in string");
        out += c;
      }
    }
  }

  private token(): SfBareItem {
    const start = this.i;
    this.i++;
    for (;;) {
      const c = this.peek();
      if (c !== undefined && (isAlpha(c) || isDigit(c) || TCHAR_EXTRA.includes(c))) this.i++;
      else break;
    }
    return { type: "token", value: this.s.slice(start, this.i) };
  }

  private bytes(): SfBareItem {
    this.i++; // opening colon
    const end = this.s.indexOf(":", this.i);
    if (end < 0) this.fail("unterminated byte sequence");
    const b64 = this.s.slice(this.i, end);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) this.fail("invalid base64 in byte sequence");
    this.i = end + 1;
    return { type: "bytes", value: Buffer.from(b64, "base64") };
  }

  private boolean(): SfBareItem {
    this.i++; // "?"
    const c = this.s[this.i++];
    if (c === "1") return { type: "boolean", value: true };
    if (c === "0") return { type: "boolean", value: false };
    return this.fail("invalid boolean");
  }
}

/** Parses an RFC 8941 dictionary (e.g. a Signature-Input or Signature field value). Throws StructuredFieldError. */
export function parseDictionary(text: string): Map<string, SfMember> {
  return new SfParser(text).dictionary();
}

/** Parses an RFC 8941 item (e.g. a component identifier `"@query-param";name="Pet"`). Throws StructuredFieldError. */
export function parseItem(text: string): SfItem {
  return new SfParser(text).topItem();
}

function serializeBareItem(v: SfBareItem): string {
  switch (v.type) {
    case "integer":
      if (!Number.isInteger(v.value) || Math.abs(v.value) > 999_999_999_999_999) {
        throw new StructuredFieldError(`not a structured-field integer: ${v.value}`);
      }
      return String(v.value);
    case "decimal": {
      const r = Math.round(v.value * 1000) / 1000;
      if (!Number.isFinite(r) || Math.abs(Math.trunc(r)) > 999_999_999_999) {
        throw new StructuredFieldError(`not a structured-field decimal: ${v.value}`);
      }
      const s = String(r);
      return s.includes(".") ? s : `${s}.0`;
    }
    case "string":
      if (!/^[\x20-\x7e]*$/.test(v.value)) {
        throw new StructuredFieldError("structured-field strings are printable ASCII only");
      }
      return `"${v.value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    case "token":
      if (!TOKEN_RE.test(v.value)) throw new StructuredFieldError(`not a token: ${v.value}`);
      return v.value;
    case "bytes":
      return `:${v.value.toString("base64")}:`;
    case "boolean":
      return v.value ? "?1" : "?0";
  }
}

function serializeKey(k: string): string {
  if (!KEY_RE.test(k)) throw new StructuredFieldError(`not a structured-field key: ${k}`);
  return k;
}

function serializeParams(p: SfParams): string {
  let out = "";
  for (const [k, v] of p) {
    out += `;${serializeKey(k)}`;
    if (!(v.type === "boolean" && v.value)) out += `=${serializeBareItem(v)}`;
  }
  return out;
}

const serializeItem = (item: SfItem) => serializeBareItem(item.value) + serializeParams(item.params);
const serializeInnerList = (l: SfInnerList) =>
  `(${l.items.map(serializeItem).join(" ")})${serializeParams(l.params)}`;

/** Serialises an RFC 8941 dictionary member (item or inner list). */
export const serializeMember = (m: SfMember) => (isInnerList(m) ? serializeInnerList(m) : serializeItem(m));

/** Serialises an RFC 8941 dictionary. */
export function serializeDictionary(dict: Map<string, SfMember>): string {
  return [...dict]
    .map(([k, m]) => {
      if (!isInnerList(m) && m.value.type === "boolean" && m.value.value) {
        return serializeKey(k) + serializeParams(m.params);
      }
      return `${serializeKey(k)}=${serializeMember(m)}`;
    })
    .join(", ");
}

// ---------------------------------------------------------------------------------------------
// Content-Digest (RFC 9530).
// ---------------------------------------------------------------------------------------------

/** Digest algorithms understood here (RFC 9530 §5: the "standard" ones). */
export type DigestAlgorithm = "sha-256" | "sha-512";
const NODE_HASH: Record<DigestAlgorithm, string> = { "sha-256": "sha256", "sha-512": "sha512" };

/** RFC 9530 Content-Digest field value of a body, `sha-256=:<base64>:` (or sha-512 if asked). */
export function contentDigest(body: Buffer | string, algorithm: DigestAlgorithm = "sha-256"): string {
  const digest = createHash(NODE_HASH[algorithm]).update(body).digest("base64");
  return `${algorithm}=:${digest}:`;
}

/**
 * Checks a Content-Digest field value against a body: every supported algorithm present must
 * match, and at least one must be present. Returns undefined when fine, else the reason.
 */
export function checkContentDigest(fieldValue: string, body: Buffer | string): string | undefined {
  let dict: Map<string, SfMember>;
  try {
    dict = parseDictionary(fieldValue);
  } catch (e) {
    return `malformed Content-Digest: ${(e as Error).message}`;
  }
  let checked = 0;
  for (const [alg, member] of dict) {
    if (!(alg in NODE_HASH)) continue;
    if (isInnerList(member) || member.value.type !== "bytes")
      return `Content-Digest ${alg} is not a byte sequence`;
    const expected = createHash(NODE_HASH[alg as DigestAlgorithm])
      .update(body)
      .digest();
    if (!expected.equals(member.value.value)) return `Content-Digest ${alg} does not match the body`;
    checked++;
  }
  return checked === 0 ? "Content-Digest has no supported algorithm (sha-256, sha-512)" : undefined;
}

// ---------------------------------------------------------------------------------------------
// Signature base (RFC 9421 §2).
// ---------------------------------------------------------------------------------------------

/**
 * A request as far as signing is concerned. `url` is absolute; header names are case-insensitive.
 * A response is signed the same way with `status` set (the `@status` component, RFC 9421 §2.2.9).
 */
export interface SignableRequest {
  method: string;
  url: string;
  status?: number;
  headers: Record<string, string | string[] | undefined>;
  body?: Buffer | string;
}

/** Signature parameters (RFC 9421 §2.3), serialised in the object's key order. */
export interface SignatureParams {
  created?: number;
  expires?: number;
  nonce?: string;
  alg?: string;
  keyid?: string;
  tag?: string;
}

const INTEGER_PARAMS = new Set(["created", "expires"]);
const STRING_PARAMS = new Set(["nonce", "alg", "keyid", "tag"]);
const DERIVED = new Set([
  "@method",
  "@target-uri",
  "@authority",
  "@scheme",
  "@request-target",
  "@path",
  "@query",
  "@query-param",
  "@status",
]);
const FIELD_NAME_RE = /^[a-z0-9!#$%&'*+\-.^_`|~]+$/;
// fetch() upper-cases exactly these methods (Fetch standard, "normalize a method").
const NORMALIZED_METHODS = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);

/** The request cannot yield a signature base (missing header, bad component...). */
class ComponentError extends Error {}

/**
 * Parses a component identifier as given in the API: `content-type`, `@path`,
 * `@query-param;name="Pet"` or already in structured-field form (`"@path"`).
 */
function parseComponentId(text: string): SfItem {
  let item: SfItem;
  try {
    if (text.startsWith('"')) item = parseItem(text);
    else {
      const semi = text.indexOf(";");
      const name = (semi < 0 ? text : text.slice(0, semi)).trim().toLowerCase();
      const params = semi < 0 ? new Map() : new SfParser(text.slice(semi)).topParams();
      item = { value: { type: "string", value: name }, params };
    }
  } catch (e) {
    throw new ComponentError(`invalid component identifier ${JSON.stringify(text)}: ${(e as Error).message}`);
  }
  if (item.value.type !== "string") throw new ComponentError(`component identifier ${text} is not a string`);
  return item;
}

function headerLookup(headers: SignableRequest["headers"]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const list = out.get(key) ?? [];
    list.push(...(Array.isArray(value) ? value : [value]));
    out.set(key, list);
  }
  return out;
}

/** RFC 9421 §2.1: trim each field line, unfold obsolete line folding, join with ", ". */
function fieldValue(lines: string[]): string {
  return lines.map((v) => v.replace(/\r?\n[ \t]+/g, " ").trim()).join(", ");
}

/** Percent-encoding of §2.2.8: the application/x-www-form-urlencoded set, space as %20. */
function encodeQueryPart(s: string): string {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9*\-._]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function componentValue(
  item: SfItem,
  req: SignableRequest,
  url: URL,
  headers: Map<string, string[]>,
): string {
  const name = item.value.value as string;
  const paramNames = [...item.params.keys()];
  if (name.startsWith("@")) {
    if (!DERIVED.has(name)) throw new ComponentError(`unsupported derived component ${name}`);
    const allowed = name === "@query-param" ? ["name"] : [];
    const bad = paramNames.find((p) => !allowed.includes(p));
    if (bad) throw new ComponentError(`unsupported parameter ;${bad} on ${name}`);
    switch (name) {
      case "@status":
        if (req.status === undefined) throw new ComponentError("@status is only for responses");
        return String(req.status);
      case "@method":
        return NORMALIZED_METHODS.has(req.method.toUpperCase()) ? req.method.toUpperCase() : req.method;
      case "@target-uri":
        return req.url;
      case "@authority":
        return url.host.toLowerCase();
      case "@scheme":
        return url.protocol.replace(/:$/, "").toLowerCase();
      case "@request-target":
        return url.pathname + url.search;
      case "@path":
        return url.pathname || "/";
      case "@query":
        return `?${url.search.slice(1)}`;
      case "@query-param": {
        const wanted = item.params.get("name");
        if (wanted?.type !== "string") throw new ComponentError("@query-param needs a name parameter");
        const matches = [...url.searchParams].filter(([k]) => encodeQueryPart(k) === wanted.value);
        if (matches.length === 0) throw new ComponentError(`query parameter ${wanted.value} is absent`);
        if (matches.length > 1)
          throw new ComponentError(`query parameter ${wanted.value} occurs more than once`);
        return encodeQueryPart(matches[0]![1]);
      }
    }
  }
  if (!FIELD_NAME_RE.test(name)) throw new ComponentError(`invalid field name ${JSON.stringify(name)}`);
  if (paramNames.length > 0) throw new ComponentError(`unsupported parameter ;${paramNames[0]} on ${name}`);
  const lines = headers.get(name);
  if (!lines) throw new ComponentError(`covered header ${name} is absent`);
  return fieldValue(lines);
}

/** Builds the signature base from covered components as structured-field items and the params. */
function buildBase(
  req: SignableRequest,
  covered: SfItem[],
  params: SfParams,
): { base: string; paramsValue: string } {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    throw new ComponentError(`request url is not absolute: ${req.url}`);
  }
  const headers = headerLookup(req.headers);
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const item of covered) {
    if (item.value.type !== "string") throw new ComponentError("a covered component is not a string");
    const id = serializeItem(item);
    if (item.value.value === "@signature-params")
      throw new ComponentError("@signature-params cannot be covered");
    if (seen.has(id)) throw new ComponentError(`component ${id} is covered twice`);
    seen.add(id);
    const value = componentValue(item, req, url, headers);
    if (/[\r\n]/.test(value)) throw new ComponentError(`component ${id} contains a line break`);
    lines.push(`${id}: ${value}`);
  }
  const paramsValue = serializeInnerList({ items: covered, params });
  lines.push(`"@signature-params": ${paramsValue}`);
  return { base: lines.join("\n"), paramsValue };
}

function paramsToSf(params: SignatureParams): SfParams {
  const out: SfParams = new Map();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    if (INTEGER_PARAMS.has(k)) {
      if (typeof v !== "number" || !Number.isInteger(v))
        throw new Error(`signature parameter ${k} must be an integer`);
      out.set(k, { type: "integer", value: v });
    } else if (STRING_PARAMS.has(k)) {
      if (typeof v !== "string") throw new Error(`signature parameter ${k} must be a string`);
      out.set(k, { type: "string", value: v });
    } else throw new Error(`unknown signature parameter ${k}`);
  }
  return out;
}

/**
 * RFC 9421 §2.5 signature base of a request for the given covered components and parameters.
 * Returns the base and the serialised `@signature-params` value (the Signature-Input member).
 * Throws when a component cannot be derived (e.g. a covered header is absent).
 */
export function signatureBase(
  req: SignableRequest,
  components: string[],
  params: SignatureParams,
): { base: string; paramsValue: string } {
  return buildBase(req, components.map(parseComponentId), paramsToSf(params));
}

// ---------------------------------------------------------------------------------------------
// Signing and verifying.
// ---------------------------------------------------------------------------------------------

/** How to sign. `created` defaults to now; `alg` is included only when given. */
export interface SignOptions {
  keyId: string;
  privateKey: KeyObject | string;
  label?: string;
  components: string[];
  created?: number;
  expires?: number;
  nonce?: string;
  tag?: string;
  alg?: "ed25519";
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Signs a request with Ed25519; returns the Signature-Input and Signature header values to add. */
export function signRequest(
  req: SignableRequest,
  opts: SignOptions,
): { "signature-input": string; signature: string } {
  const label = serializeKey(opts.label ?? "sig1");
  const key = typeof opts.privateKey === "string" ? createPrivateKey(opts.privateKey) : opts.privateKey;
  if (key.type !== "private" || key.asymmetricKeyType !== "ed25519") {
    throw new Error("signRequest needs an Ed25519 private key");
  }
  const params: SignatureParams = { created: opts.created ?? nowSeconds() };
  if (opts.expires !== undefined) params.expires = opts.expires;
  params.keyid = opts.keyId;
  if (opts.alg !== undefined) params.alg = opts.alg;
  if (opts.nonce !== undefined) params.nonce = opts.nonce;
  if (opts.tag !== undefined) params.tag = opts.tag;
  const { base, paramsValue } = signatureBase(req, opts.components, params);
  const signature = sign(null, Buffer.from(base, "utf8"), key);
  return {
    "signature-input": `${label}=${paramsValue}`,
    signature: `${label}=:${signature.toString("base64")}:`,
  };
}

/** How to verify. Times are Unix seconds; maxAgeSeconds defaults to 300 and clockSkewSeconds to 60. */
export interface VerifyOptions {
  resolveKey: (keyId: string) => KeyObject | undefined | Promise<KeyObject | undefined>;
  requiredComponents?: string[];
  maxAgeSeconds?: number;
  clockSkewSeconds?: number;
  now?: number;
  label?: string;
  /** Returns true if (keyId, nonce) was already seen: a replay. Called only for otherwise valid signatures. */
  seenNonce?: (keyId: string, nonce: string) => boolean | Promise<boolean>;
}

export type VerifyResult =
  | { ok: true; keyId: string; label: string; created?: number; nonce?: string }
  | { ok: false; reason: string };

const DEFAULT_MAX_AGE = 300;
const DEFAULT_SKEW = 60;

const fail = (reason: string): VerifyResult => ({ ok: false, reason });

/**
 * Verifies one RFC 9421 signature of a request (the one labelled `opts.label`, else the first in
 * Signature-Input): Ed25519 over the recomputed base, required components, created/expires,
 * Content-Digest (when covered) and nonce replay. Never throws; failures carry a reason.
 */
export async function verifyRequest(req: SignableRequest, opts: VerifyOptions): Promise<VerifyResult> {
  const headers = headerLookup(req.headers);
  const inputLines = headers.get("signature-input");
  const sigLines = headers.get("signature");
  if (!inputLines) return fail("missing Signature-Input header");
  if (!sigLines) return fail("missing Signature header");

  let inputs: Map<string, SfMember>;
  let signatures: Map<string, SfMember>;
  try {
    inputs = parseDictionary(inputLines.join(", "));
  } catch (e) {
    return fail(`malformed Signature-Input header: ${(e as Error).message}`);
  }
  try {
    signatures = parseDictionary(sigLines.join(", "));
  } catch (e) {
    return fail(`malformed Signature header: ${(e as Error).message}`);
  }

  const label = opts.label ?? inputs.keys().next().value;
  if (label === undefined) return fail("Signature-Input header is empty");
  const input = inputs.get(label);
  if (!input) return fail(`no signature labelled ${label} in Signature-Input`);
  const sigMember = signatures.get(label);
  if (!sigMember) return fail(`no signature labelled ${label} in Signature`);
  if (!isInnerList(input)) return fail(`Signature-Input ${label} is not an inner list`);
  if (isInnerList(sigMember) || sigMember.value.type !== "bytes") {
    return fail(`Signature ${label} is not a byte sequence`);
  }
  const signature = sigMember.value.value;

  // Parameters.
  const p = input.params;
  for (const [k, v] of p) {
    if (INTEGER_PARAMS.has(k) && v.type !== "integer")
      return fail(`signature parameter ${k} is not an integer`);
    if (STRING_PARAMS.has(k) && v.type !== "string") return fail(`signature parameter ${k} is not a string`);
  }
  const created = p.get("created")?.value as number | undefined;
  const expires = p.get("expires")?.value as number | undefined;
  const keyId = p.get("keyid")?.value as string | undefined;
  const nonce = p.get("nonce")?.value as string | undefined;
  const alg = p.get("alg")?.value as string | undefined;
  if (alg !== undefined && alg !== "ed25519") return fail(`unsupported signature algorithm ${alg}`);
  if (keyId === undefined) return fail("signature has no keyid parameter");

  // Covered components.
  const covered = input.items;
  if (covered.some((i) => i.value.type !== "string")) return fail("a covered component is not a string");
  const coveredIds = new Set(covered.map(serializeItem));
  for (const required of opts.requiredComponents ?? []) {
    let id: string;
    try {
      id = serializeItem(parseComponentId(required));
    } catch (e) {
      return fail((e as Error).message);
    }
    if (!coveredIds.has(id)) return fail(`required component ${id} is not covered by the signature`);
  }

  // Time.
  const now = opts.now ?? nowSeconds();
  const skew = opts.clockSkewSeconds ?? DEFAULT_SKEW;
  const maxAge = opts.maxAgeSeconds ?? DEFAULT_MAX_AGE;
  if (created === undefined) return fail("signature has no created parameter");
  if (created > now + skew) return fail(`signature created in the future (created=${created}, now=${now})`);
  if (now - created > maxAge + skew)
    return fail(`signature too old (created=${created}, max age ${maxAge}s)`);
  if (expires !== undefined && now > expires + skew) return fail(`signature expired (expires=${expires})`);

  // Key.
  let key: KeyObject | undefined;
  try {
    key = await opts.resolveKey(keyId);
  } catch (e) {
    return fail(`key lookup failed for ${keyId}: ${(e as Error).message}`);
  }
  if (!key) return fail(`unknown key ${keyId}`);
  if (key.type === "private") key = createPublicKey(key);
  if (key.asymmetricKeyType !== "ed25519") return fail(`key ${keyId} is not an Ed25519 key`);

  // Signature.
  let base: string;
  try {
    base = buildBase(req, covered, p).base;
  } catch (e) {
    return fail(`cannot rebuild signature base: ${(e as Error).message}`);
  }
  if (signature.length !== 64) return fail("signature does not verify (wrong length for Ed25519)");
  if (!verify(null, Buffer.from(base, "utf8"), key, signature)) return fail("signature does not verify");

  // Content-Digest, when covered: the signature vouches for the header, the header for the body.
  if (coveredIds.has('"content-digest"')) {
    const digestLines = headers.get("content-digest");
    if (!digestLines) return fail("covered header content-digest is absent");
    const problem = checkContentDigest(fieldValue(digestLines), req.body ?? Buffer.alloc(0));
    if (problem) return fail(problem);
  }

  // Replay, last: only nonces of otherwise valid signatures are recorded.
  if (nonce !== undefined && opts.seenNonce) {
    let seen: boolean;
    try {
      seen = await opts.seenNonce(keyId, nonce);
    } catch (e) {
      return fail(`nonce check failed: ${(e as Error).message}`);
    }
    if (seen) return fail(`nonce replayed (${nonce})`);
  }

  return { ok: true, keyId, label, created, nonce };
}
