import { describe, expect, it } from "vitest";
import { uuidv5, uuidv7 } from "./ids.ts";

describe("uuidv7", () => {
  it("is an RFC 9562 version 7 UUID carrying the time", () => {
    const t = Date.UTC(2026, 10, 28, 12, 0, 0);
    const id = uuidv7(t);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(t);
  });
  it("sorts in creation order, also within one millisecond", () => {
    const ids = Array.from({ length: 2000 }, () => uuidv7());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("uuidv5", () => {
  it("gives RFC 9562's test vector (DNS namespace, www.example.com) and is stable", () => {
    const dns = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
    expect(uuidv5(dns, "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(uuidv5(dns, "www.example.com")).toBe(uuidv5(dns, "www.example.com"));
    expect(uuidv5(dns, "www.example.org")).not.toBe(uuidv5(dns, "www.example.com"));
  });
});
