import { createHash, randomBytes } from "node:crypto";

let lastMs = 0;
let seq = 0;

// Random bytes are drawn 4 KiB at a time (one call to the CSPRNG per 256 ids, not one per id).
let pool = Buffer.alloc(0);
let poolAt = 0;
function random16(): Buffer {
  if (poolAt + 16 > pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  const b = Buffer.allocUnsafe(16);
  pool.copy(b, 0, poolAt, poolAt + 16);
  poolAt += 16;
  return b;
}

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Monotonic within this
 * process: ids minted in the same millisecond carry an increasing 12-bit counter in rand_a.
 */
export function uuidv7(now = Date.now()): string {
  if (now === lastMs) {
    seq = (seq + 1) & 0xfff;
    if (seq === 0) now = ++lastMs;
  } else if (now < lastMs) {
    now = lastMs;
    seq = (seq + 1) & 0xfff;
  }
  const b = random16();
  // A new millisecond starts the counter at a random value (from bytes 6-7, overwritten below).
  if (now > lastMs) {
    lastMs = now;
    seq = b.readUInt16BE(6) & 0x7ff;
  }
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * A name-based UUIDv5 (RFC 9562, section 5.5): the same namespace and name always give the same id
 * (OSCAL asks that an object keep its UUID across revisions of a document).
 */
export function uuidv5(namespace: string, name: string): string {
  const b = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest()
    .subarray(0, 16);
  b[6] = 0x50 | (b[6]! & 0x0f);
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A URL-safe random secret of `bytes` bytes (for tokens, CSRF values, nonces). */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString("base64url");
