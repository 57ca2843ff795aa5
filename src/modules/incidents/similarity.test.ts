import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  contentWords,
  DEFAULT_THRESHOLD,
  dateBounds,
  dateRange,
  entityWords,
  fingerprint,
  type IncidentForMatching,
  nameTokens,
  normalizeUrl,
  numbersIn,
  scorePair,
  suggestDuplicates,
} from "./similarity.ts";

const base: IncidentForMatching = {
  id: "x",
  title: "",
  description: "",
  countries: [],
  entities: [],
  urls: [],
};
const inc = (over: Partial<IncidentForMatching>): IncidentForMatching => ({ ...base, ...over });
const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe("token sets", () => {
  it("segments Thai into words without folding the script", () => {
    const ws = contentWords("ระบบจดจำใบหน้าระบุตัวผู้โดยสารผิด");
    expect(ws).toContain("ระบบ");
    expect(ws).toContain("ใบหน้า");
    expect(ws.join("")).toBe("ระบบจดจำใบหน้าระบุตัวผู้โดยสารผิด");
    expect(ws.every((w) => /^[\u0E00-\u0E7F]+$/.test(w))).toBe(true);
  });

  it("segments Khmer into words and keeps the marks", () => {
    const ws = contentWords("កម្មវិធីខ្ចីប្រាក់បានផ្ញើរូបភាព");
    expect(ws.length).toBeGreaterThan(2);
    expect(ws.join("")).toBe("កម្មវិធីខ្ចីប្រាក់ផ្ញើរូបភាព"); // បាន is a stop word
  });

  it("folds Latin case and diacritics, drops stop words and bare numbers", () => {
    expect(contentWords("The Việt chatbot and 2024 the CHATBOT")).toEqual(["viet", "chatbot", "chatbot"]);
  });

  it("finds Latin names, including inside Thai text", () => {
    expect(nameTokens("โดรนเกษตร FarmWing บินออกนอกเส้นทาง")).toEqual(["farmwing"]);
    expect(nameTokens("A man in Punggol used TanyaBank. The bank said")).toEqual(["punggol", "tanyabank"]);
  });

  it("reads numbers across locales and scripts", () => {
    expect(numbersIn("1,200,000 บาท")).toContain(1_200_000);
    expect(numbersIn("1.2 ล้านบาท")).toContain(1_200_000);
    expect(numbersIn("1.2 million baht")).toContain(1_200_000);
    expect(numbersIn("Rp 4,8 miliar")).toContain(4_800_000_000);
    expect(numbersIn("200 triệu đồng")).toContain(200_000_000);
    expect(numbersIn("3.400 siswa")).toContain(3400);
    expect(numbersIn("ជនរងគ្រោះ ៦០ នាក់")).toContain(60);
    expect(numbersIn("ဖောက်သည် ၁၂,၀၀၀ ခန့်")).toContain(12_000);
    // years (also Buddhist era) and small numbers are not evidence
    expect(numbersIn("in 2024 (2567), 3 people")).toEqual([]);
  });
});

describe("URL normalisation", () => {
  it("ignores scheme, www, trailing slash, fragment and tracking parameters", () => {
    const n = normalizeUrl("https://www.news.example.id/a/b/?utm_source=fb&utm_medium=x&fbclid=1#top");
    expect(n).toBe("news.example.id/a/b");
    expect(normalizeUrl("http://news.example.id/a/b")).toBe(n);
    expect(normalizeUrl("news.example.id/a/b/")).toBe(n);
    expect(normalizeUrl("HTTPS://NEWS.EXAMPLE.ID/a/b?gclid=2")).toBe(n);
  });

  it("keeps meaningful parameters, in a stable order", () => {
    expect(normalizeUrl("https://x.example/p?id=7&page=2")).toBe(
      normalizeUrl("http://x.example/p?page=2&id=7"),
    );
    expect(normalizeUrl("https://x.example/p?id=7")).not.toBe(normalizeUrl("https://x.example/p?id=8"));
  });
});

describe("date windows respect precision", () => {
  it("expands year and month precision to their full range", () => {
    expect(dateBounds("2024")).toEqual([day("2024-01-01"), day("2024-12-31")]);
    expect(dateBounds("2024-02")).toEqual([day("2024-02-01"), day("2024-02-29")]);
    expect(dateBounds("2024-02-16")).toEqual([day("2024-02-16"), day("2024-02-16")]);
    expect(dateBounds(null)).toBeNull();
    expect(dateRange("2024-09", "2024-10-02")).toEqual([day("2024-09-01"), day("2024-10-02")]);
  });

  const dated = (from: string, to: string | null = null) =>
    fingerprint(inc({ title: "t", occurredFrom: from, occurredTo: to }));
  const dateReason = (a: string, b: string) =>
    scorePair(dated(a), dated(b)).reasons.find((r) => r.kind === "date");

  it("a day inside a month overlaps it; a far date conflicts", () => {
    expect(dateReason("2025-03-14", "2025-03")?.detail).toBe("dates overlap");
    expect(dateReason("2025-03-14", "2025-03-20")?.score).toBeGreaterThan(0);
    expect(dateReason("2025-03-14", "2025-07-01")?.score).toBeLessThan(0);
  });

  it("a year-only date overlaps weakly", () => {
    const coarse = dateReason("2024", "2024-05")!;
    const fine = dateReason("2024-05", "2024-05-02")!;
    expect(coarse.detail).toBe("dates overlap (coarse)");
    expect(coarse.score).toBeLessThan(fine.score);
  });
});

describe("entity overlap", () => {
  it("drops legal forms", () => {
    expect(entityWords("PT JalanKu Teknologi")).toEqual(["jalanku", "teknologi"]);
    expect(entityWords("HireSense Pte Ltd")).toEqual(["hiresense"]);
    expect(entityWords("Bank Sentosa Berhad")).toEqual(["bank", "sentosa"]);
  });

  const ent = (entities: string[], description = "") =>
    fingerprint(inc({ title: "x", description, entities }));
  const entityReason = (a: ReturnType<typeof ent>, b: ReturnType<typeof ent>) =>
    scorePair(a, b).reasons.find((r) => r.kind === "entity");

  it("matches an entity named in the other report's fields or only in its text", () => {
    expect(entityReason(ent(["HireSense Pte Ltd"]), ent(["HireSense"]))?.score).toBeGreaterThan(0);
    expect(entityReason(ent(["Bank Sentosa Berhad"]), ent(["Bank Sentosa"]))?.score).toBeGreaterThan(0);
    expect(entityReason(ent(["ChatViet"]), ent([], "qua ứng dụng ChatViet"))?.score).toBeGreaterThan(0);
  });

  it("different systems on both sides count against", () => {
    expect(entityReason(ent(["TanyaBank"]), ent(["Harapan Assist"]))?.score).toBeLessThan(0);
    expect(entityReason(ent(["TanyaBank"]), ent([]))).toBeUndefined();
  });
});

describe("scoring", () => {
  const en = inc({
    id: "en",
    title: "Deepfake video call cons retiree out of 1.2 million baht",
    description:
      "A 61-year-old man in Bang Na, Bangkok transferred 1.2 million baht after a video call with a fake police officer.",
    occurredFrom: "2025-01",
    countries: ["TH"],
    urls: ["https://www.bangkokwire.example.com/crime/deepfake-police?utm_source=x"],
  });
  const th = inc({
    id: "th",
    title: "แก๊งคอลเซ็นเตอร์ใช้ดีปเฟกปลอมเป็นตำรวจ หลอกเงิน 1.2 ล้านบาท",
    description: "ผู้เสียหายอายุ 61 ปีในเขตบางนา โอนเงิน 1,200,000 บาท",
    occurredFrom: "2025-01-15",
    countries: ["TH"],
    urls: ["http://bangkokwire.example.com/crime/deepfake-police/"],
  });
  const other = inc({
    id: "other",
    title: "Flood model failed to warn residents",
    description: "The forecast rated the river as low risk.",
    occurredFrom: "2023-07",
    countries: ["PH"],
  });

  it("links a Thai and an English report of one incident, with reasons", () => {
    const r = scorePair(fingerprint(en), fingerprint(th));
    expect(r.score).toBeGreaterThan(DEFAULT_THRESHOLD);
    expect(r.reasons.map((x) => x.kind)).toEqual(expect.arrayContaining(["url", "date", "country", "text"]));
    expect(r.score).toBe(scorePair(fingerprint(th), fingerprint(en)).score);
  });

  it("keeps unrelated reports low and sorts suggestions", () => {
    expect(scorePair(fingerprint(en), fingerprint(other)).score).toBeLessThan(0.05);
    const s = suggestDuplicates(fingerprint(en), [en, th, other].map(fingerprint));
    expect(s.map((x) => x.id)).toEqual(["th"]);
    expect(
      suggestDuplicates(fingerprint(en), [th, other].map(fingerprint), { threshold: 0, limit: 1 }),
    ).toHaveLength(1);
  });

  it("fingerprints survive a JSON round trip (stored in the database)", () => {
    const f = JSON.parse(JSON.stringify(fingerprint(th)));
    expect(scorePair(fingerprint(en), f)).toEqual(scorePair(fingerprint(en), fingerprint(th)));
  });
});

describe("quality on the labelled evaluation set", () => {
  const file = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    "../../../test/fixtures/incident-duplicates.json",
  );
  const data = JSON.parse(readFileSync(file, "utf8")) as {
    incidents: IncidentForMatching[];
    pairs: { a: string; b: string; duplicate: boolean }[];
  };

  it("is large enough and well-formed", () => {
    const ids = new Set(data.incidents.map((i) => i.id));
    expect(ids.size).toBe(data.incidents.length);
    expect(data.incidents.length).toBeGreaterThanOrEqual(120);
    expect(data.pairs.length).toBeGreaterThanOrEqual(150);
    expect(data.pairs.filter((p) => p.duplicate).length).toBeGreaterThanOrEqual(40);
    expect(data.pairs.filter((p) => !p.duplicate).length).toBeGreaterThanOrEqual(100);
    for (const p of data.pairs) expect(ids.has(p.a) && ids.has(p.b) && p.a !== p.b).toBe(true);
  });

  it(`has precision and recall >= 0.9 at DEFAULT_THRESHOLD (${DEFAULT_THRESHOLD})`, () => {
    const f = new Map(data.incidents.map((i) => [i.id, fingerprint(i)]));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of data.pairs) {
      const hit = scorePair(f.get(p.a)!, f.get(p.b)!).score >= DEFAULT_THRESHOLD;
      if (hit && p.duplicate) tp++;
      else if (hit) fp++;
      else if (p.duplicate) fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
  });
});
