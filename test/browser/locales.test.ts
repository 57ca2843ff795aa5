import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const web = path.resolve(import.meta.dirname, "../../web");
const COMPLETE = ["en", "ms", "id", "th", "vi"];
const PARTIAL = ["fil", "km", "lo", "my", "tet"];

type Tree = { [k: string]: string | Tree };
const load = (lang: string): Tree =>
  JSON.parse(readFileSync(path.join(web, "locales", `${lang}.json`), "utf8"));

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const en = flatten(load("en"));

describe("locale files", () => {
  it.each(COMPLETE)("%s has exactly the keys of en.json, none empty, same placeholders", (lang) => {
    const loc = flatten(load(lang));
    expect([...loc.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [k, v] of loc) {
      expect(v.trim(), `${lang}:${k}`).not.toBe("");
      expect(placeholders(v), `${lang}:${k}`).toEqual(placeholders(en.get(k)!));
    }
  });

  it.each(PARTIAL)("%s holds only keys of en.json (the rest falls back to English)", (lang) => {
    const loc = flatten(load(lang));
    for (const [k, v] of loc) {
      expect(en.has(k), `${lang}:${k}`).toBe(true);
      expect(v.trim(), `${lang}:${k}`).not.toBe("");
    }
  });

  it("the app uses no translation key missing from en.json", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(web, "src"))) {
      const text = readFileSync(file, "utf8");
      // t("key") and t("key", ...), and keys inside t([...]) fallbacks.
      for (const m of text.matchAll(/\bt\(\s*["']([^"']+)["']/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\bt\(\s*\[[^\]]*\]/g))
        for (const k of m[0].matchAll(/["']([\w.-]+)["']/g)) used.add(k[1]!);
      // Dynamic keys: t(`prefix.${x}`) needs some key under the prefix.
      for (const m of text.matchAll(/\bt\(\s*\[?\s*`([\w.-]+)\.\$\{/g)) {
        const prefix = `${m[1]}.`;
        expect(
          [...en.keys()].some((k) => k.startsWith(prefix)),
          `${path.relative(web, file)}: ${prefix}*`,
        ).toBe(true);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !en.has(k));
    expect(missing).toEqual([]);
  });

  it("enumerated values have translations (roles, organisation types, error codes, jurisdictions)", () => {
    const need = [
      ...["node-admin", "regulator-admin", "regulator-analyst", "org-admin", "org-member"].map(
        (r) => `roles.${r}`,
      ),
      ...["secretariat", "regulator", "company", "msme", "research", "civil-society", "other"].map(
        (o) => `orgTypes.${o}`,
      ),
      ...[
        "invalid_input",
        "not_signed_in",
        "invalid_credentials",
        "session_expired",
        "token_invalid",
        "forbidden",
        "csrf_failed",
        "not_found",
        "conflict",
        "too_large",
        "unsupported_media_type",
        "rate_limited",
        "internal",
        "unavailable",
        "network",
        "unknown",
      ].map((c) => `errors.${c}`),
      ...["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "ASEAN"].map(
        (j) => `jurisdictions.${j}`,
      ),
    ];
    expect(need.filter((k) => !en.has(k))).toEqual([]);
  });
});
