/**
 * Duplicate detection for AI-incident reports, in any language of the region and across languages.
 *
 * No ASCII folding and no embeddings: words come from platform/text.ts (Intl.Segmenter for Thai, Lao,
 * Khmer and Burmese; Latin case and diacritics folded, other scripts kept as written). The evidence:
 *  - text: token overlap and character 3-gram shingles (same-language paraphrases; the shingles also
 *    catch inflected forms and scripts whose segmentation differs between reports);
 *  - names: product, place and person names written in Latin letters (capitalised, CamelCase, or Latin
 *    words inside a Thai/Khmer/... text), which survive translation;
 *  - numbers: amounts, counts and percentages, parsed across locales ("1,200,000", "1.2 million",
 *    "Rp 4,8 miliar", "200 triệu", "1.2 ล้าน", Khmer/Burmese/Thai/Lao digits);
 *  - entities (developer / deployer / system), also when the other report only names them in its text;
 *  - URLs, normalised (scheme, www, trailing slash, tracking parameters);
 *  - date ranges respecting the precision given (YYYY, YYYY-MM, YYYY-MM-DD), and countries.
 * Each piece of evidence adds or subtracts log-odds; the score is the logistic of the sum, so 0.5 means
 * "as much evidence for as against". Weights are set by hand from what each signal means, not fitted.
 * Measured on test/fixtures/incident-duplicates.json by bench/duplicates.ts.
 */
import { fold, type Segment, segments, words } from "../../platform/text.ts";

export interface IncidentForMatching {
  id: string;
  title: string;
  description: string;
  language?: string;
  occurredFrom?: string | null;
  occurredTo?: string | null;
  countries: string[];
  /** Entity names; a list is one entity known by several names (its name first, then aliases). */
  entities: (string | string[])[];
  urls: string[];
}

export interface DuplicateReason {
  kind: "text" | "date" | "country" | "entity" | "url";
  score: number;
  detail: string;
}

export interface DuplicateSuggestion {
  id: string;
  score: number;
  reasons: DuplicateReason[];
}

/**
 * Precomputed, JSON-serialisable features of one incident. Sets are sorted arrays of 32-bit hashes
 * (FNV-1a), so scoring is a handful of linear merges. Typical size: 1-2 KB.
 */
export interface MatchFeatures {
  id: string;
  /** Content words (stop words removed), hashed, sorted, distinct. */
  tokens: number[];
  /** Bottom-k (k = SHINGLE_K) hashes of character 3-grams of the content words. */
  shingles: number[];
  /** Names written in Latin letters, hashed (see nameTokens). */
  names: number[];
  /** Significant numbers (>= 10, not years), canonical to 3 significant digits. */
  numbers: number[];
  /** One sorted array of token hashes per entity (legal suffixes removed). */
  entities: number[][];
  /** Normalised entity names, for the reasons shown to people. */
  entityLabels: string[];
  /** Normalised URLs, hashed. */
  urls: number[];
  /** Inclusive range in days since 1970-01-01, or null when no date is known. */
  dateFrom: number | null;
  dateTo: number | null;
  countries: string[];
}

export const DEFAULT_THRESHOLD = 0.5;
export const SHINGLE_K = 256;

// ---------------------------------------------------------------------------------------------------
// Hashing and sorted sets

export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The first `limit` distinct values of 32-bit hashes, ascending (a typed array sorts numbers natively). */
function sortedSet(xs: ArrayLike<number>, limit = Number.POSITIVE_INFINITY): number[] {
  const a = Uint32Array.from(xs).sort();
  const out: number[] = [];
  for (let i = 0; i < a.length && out.length < limit; i++) if (i === 0 || a[i] !== a[i - 1]) out.push(a[i]!);
  return out;
}

/** Size of the intersection of two sorted distinct arrays. */
export function intersectCount(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Jaccard of two bottom-k sketches (exact when both sets have at most k elements). */
function sketchJaccard(a: readonly number[], b: readonly number[], k: number): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.length ? b[j]! : Number.POSITIVE_INFINITY;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return both / seen;
}

// ---------------------------------------------------------------------------------------------------
// Text

/**
 * Function words of the region's languages (folded as words() folds them). Only words that carry no
 * information about which incident a report describes; kept short on purpose.
 */
const STOP = new Set(
  [
    // English
    "a an and are as at be been before but by for from had has have he her his in into is it its of on or our",
    "she that the their them they this to was were which who will with after about more than not no up out also",
    "said says one two three four five over under all any some other only when while were would could can",
    // Indonesian / Malay
    "dan yang di ke dari untuk dengan pada dalam ini itu ada adalah akan atau juga oleh karena kerana sebagai",
    "tidak telah sudah bahawa bahwa para mereka kami kita saya kata setelah selepas sebelum tersebut secara",
    "ia beliau orang sekitar kira lebih hingga sehingga namun tetapi serta bagi agar supaya per",
    // Filipino
    "ang ng mga sa na at ay si ni kay para ito iyon niya nila kanilang isang noong ayon matapos dahil pero",
    "umano mas hindi ko mo kung ngunit rin din lang",
    // Vietnamese (syllables, folded)
    "cua va la cac nhung mot duoc da dang se cho voi trong khi tai tren de co khong nay do thi ra vao bi boi",
    "nguoi nhieu hon sau truoc tu den",
    // Thai
    "และ ที่ ของ ใน เป็น ได้ ให้ ว่า ไป มา มี การ ความ จาก กับ โดย แล้ว จะ ไม่ ซึ่ง นี้ นั้น อยู่ คือ หรือ ถูก",
    // Lao
    "ແລະ ທີ່ ຂອງ ໃນ ເປັນ ໄດ້ ໃຫ້ ວ່າ ຈາກ ກັບ ໂດຍ ແລ້ວ ຈະ ບໍ່ ນີ້ ຄື ຫຼື ການ ຄວາມ ມີ ເຂົາ ເຈົ້າ",
    // Khmer
    "និង ដែល របស់ នៅ ក្នុង ជា បាន ឱ្យ ថា ពី ជាមួយ ដោយ នឹង មិន នេះ នោះ ទៅ ការ មាន ហើយ",
    // Burmese
    "နှင့် သည် ကို ၏ တွင် များ ခဲ့ ပြီး သော ရန် မှ က လည်း",
    // Month names (dates are compared as dates, not as words)
    "january february march april may june july august september october november december",
    "januari februari maret mac mei juni juli julai agustus ogos oktober disember desember",
    "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
  ]
    .join(" ")
    .split(" ")
    .map(fold),
);

const LATIN = /\p{Script=Latin}/u;
const isContent = (w: string) => !STOP.has(w) && !/^\p{N}+$/u.test(w) && (w.length >= 2 || !LATIN.test(w));

/** Content words of a text: segmented, folded (Latin only), stop words and bare numbers removed. */
export function contentWords(text: string | Segment[]): string[] {
  const segs = typeof text === "string" ? segments(text) : text;
  const out: string[] = [];
  for (const s of segs) {
    if (!s.isWordLike) continue;
    const w = fold(s.segment);
    if (isContent(w)) out.push(w);
  }
  return out;
}

/** hash32 of every run of three characters (code points) of the words joined by spaces, bottom-k. */
function shingles(ws: string[]): number[] {
  const s = ws.join(" ");
  // Where each code point starts, in UTF-16 units: a shingle's hash is FNV-1a over its units, as
  // hash32 of the three characters as a string would be, without making the string.
  const starts: number[] = [];
  for (let i = 0; i < s.length; i++) {
    starts.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1); // NaN past the end
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  starts.push(s.length);
  const n = Math.max(0, starts.length - 3);
  const hashes = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    let h = 0x811c9dc5;
    for (let i = starts[k]!, end = starts[k + 3]!; i < end; i++)
      h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    hashes[k] = h >>> 0;
  }
  return sortedSet(hashes, SHINGLE_K);
}

const SENTENCE_END = /[.!?:;"'“”‘’()\n\r[\]/|-]\s*$/u;

/**
 * Names written in Latin letters: words with an inner capital (TanyaBank, MetroFace), capitalised
 * words that do not start a sentence (Punggol, Sasmita), and any Latin word in a text mostly written
 * in another script (a product name inside Thai). Such words are kept by translators, so they link
 * reports in different languages.
 */
export function nameTokens(text: string | Segment[]): string[] {
  const segs = typeof text === "string" ? segments(text) : text;
  let latin = 0;
  let other = 0;
  for (const s of segs) {
    if (!s.isWordLike) continue;
    if (LATIN.test(s.segment)) latin++;
    else if (/\p{L}/u.test(s.segment)) other++;
  }
  const mostlyOther = other > latin;
  const out: string[] = [];
  let before = "";
  for (const s of segs) {
    const w = s.segment;
    if (s.isWordLike && LATIN.test(w) && w.length >= 3) {
      const inner = /\p{Lu}/u.test(w.slice(1));
      const allCaps = w === w.toUpperCase();
      const capital = /^\p{Lu}/u.test(w) && !(before === "" || SENTENCE_END.test(before));
      const f = fold(w);
      if (!STOP.has(f) && (mostlyOther || (inner && !(allCaps && w.length <= 4)) || (capital && !allCaps)))
        out.push(f);
    }
    if (/[\n\r]/.test(s.segment)) before = "\n";
    else if (s.segment.trim() !== "") before = s.segment;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Numbers

const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0xff10];

function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    const c = d.codePointAt(0)!;
    for (const z of DIGIT_ZEROS) if (c >= z && c <= z + 9) return String(c - z);
    return d;
  });
}

const MULTIPLIERS: [RegExp, number][] = [
  [/^(thousand|ribu|rb|nghin|ngan|libo|k)$/, 1e3],
  [/^(million|millions|mil|mn|m|juta|jt|trieu|milyon|milyong)$/, 1e6],
  [/^(billion|billions|bn|b|miliar|milyar|bilion|ty|bilyon)$/, 1e9],
  [/^(พัน|ພັນ|ពាន់)/, 1e3],
  [/^(หมื่น|ໝື່ນ|ម៉ឺន)/, 1e4],
  [/^(แสน|ແສນ|សែន|သိန်း)/, 1e5],
  [/^(ล้าน|ລ້ານ|លាន|သန်း)/, 1e6],
];

const YEARISH = (v: number) => (v >= 1900 && v <= 2100) || (v >= 2500 && v <= 2600);

/**
 * Significant numbers in a text, canonical to 3 significant digits. Ambiguous separators give every
 * reading ("3.400" is 3400 in Indonesian and 3.4 in English). Years (also Buddhist-era years) and
 * numbers below 10 are left out: they say little about which incident it is.
 */
export function numbersIn(text: string): number[] {
  const t = asciiDigits(text);
  const out = new Set<number>();
  const re = /(\d[\d.,]*\d|\d)(?:\s*(%|[\p{L}\p{M}]+))?/gu;
  for (const m of t.matchAll(re)) {
    const raw = m[1]!;
    const next = fold(m[2] ?? "");
    let mult = 1;
    for (const [r, k] of MULTIPLIERS) if (r.test(next)) mult = k;
    const readings = new Set<number>();
    const seps = raw.match(/[.,]/g) ?? [];
    if (!seps.length) readings.add(Number(raw));
    else {
      const groups = raw.split(/[.,]/);
      const thousands = groups.slice(1).every((g) => g.length === 3);
      if (thousands) readings.add(Number(groups.join("")));
      // One separator: may be the decimal mark (English "." or Indonesian/Vietnamese ",").
      if (seps.length === 1) readings.add(Number(raw.replace(",", ".")));
      // "1.234,5" / "1,234.5": the last separator is the decimal mark.
      if (seps.length > 1 && !thousands) {
        const last = Math.max(raw.lastIndexOf("."), raw.lastIndexOf(","));
        readings.add(Number(`${raw.slice(0, last).replace(/[.,]/g, "")}.${raw.slice(last + 1)}`));
      }
    }
    for (const r of readings) {
      if (!Number.isFinite(r)) continue;
      const v = r * mult;
      if (v < 10) continue;
      if (mult === 1 && !seps.length && YEARISH(v)) continue;
      out.add(Number(v.toPrecision(3)));
    }
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------------
// URLs, entities, dates

const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|ref_url|source|share|s|si|spm|_ga|yclid)$/i;

/** A URL without scheme, "www.", default port, fragment, trailing slash or tracking parameters. */
export function normalizeUrl(url: string): string {
  let s = url.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = `http://${s}`;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return url.trim().toLowerCase();
  }
  const host = u.hostname.toLowerCase().replace(/^(www\d?|m|mobile|amp)\./, "");
  const params = [...u.searchParams]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  let p = u.pathname.replace(/\/+$/, "").replace(/\/(index\.html?|amp)$/i, "");
  try {
    p = decodeURI(p);
  } catch {
    // keep as is
  }
  return `${host}${p}${query}`;
}

const LEGAL = new Set(
  "pt tbk cv berhad bhd sdn pte ltd limited inc corp corporation co company llc plc jsc gmbh sa ag group holdings"
    .split(" ")
    .map(fold),
);

/** The words of an entity name without legal forms ("PT", "Sdn Bhd", "Pte Ltd", "Co., Ltd"). */
export function entityWords(name: string): string[] {
  const ws = words(name).filter((w) => !LEGAL.has(w) && !STOP.has(w) && (w.length >= 2 || !LATIN.test(w)));
  return ws.length ? ws : words(name);
}

/** Day number (days since 1970-01-01, UTC) of the first and last day covered by an ISO date of any precision. */
export function dateBounds(iso: string | null | undefined): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec((iso ?? "").trim());
  if (!m) return null;
  const y = Number(m[1]);
  const day = (yy: number, mm: number, dd: number) => Math.floor(Date.UTC(yy, mm, dd) / 86_400_000);
  if (m[3]) {
    const d = day(y, Number(m[2]) - 1, Number(m[3]));
    return [d, d];
  }
  if (m[2]) return [day(y, Number(m[2]) - 1, 1), day(y, Number(m[2]), 0)];
  return [day(y, 0, 1), day(y, 11, 31)];
}

/** The range an incident covers: from the start of occurredFrom to the end of occurredTo (or of occurredFrom). */
export function dateRange(from?: string | null, to?: string | null): [number, number] | null {
  const a = dateBounds(from);
  const b = dateBounds(to);
  if (a && b) return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
  return a ?? b;
}

// ---------------------------------------------------------------------------------------------------
// Features

export function fingerprint(i: IncidentForMatching): MatchFeatures {
  const text = `${i.title}\n${i.description}`;
  const segs = segments(text);
  const ws = contentWords(segs);
  // One array per name; an entity's aliases carry its first name as their label.
  const entities: string[][] = [];
  const labels: string[] = [];
  for (const e of i.entities) {
    const names = typeof e === "string" ? [e] : e;
    const label = entityWords(names[0] ?? "").join(" ");
    for (const n of names) {
      const ws = entityWords(n);
      if (ws.length) {
        entities.push(ws);
        labels.push(label || ws.join(" "));
      }
    }
  }
  const range = dateRange(i.occurredFrom, i.occurredTo);
  return {
    id: i.id,
    tokens: sortedSet(ws.map(hash32)),
    shingles: shingles(ws),
    names: sortedSet(nameTokens(segs).map(hash32)),
    numbers: sortedSet(numbersIn(text).map((n) => hash32(String(n)))),
    entities: entities.map((e) => sortedSet(e.map(hash32))),
    entityLabels: labels,
    urls: sortedSet(i.urls.filter((u) => u.trim()).map((u) => hash32(normalizeUrl(u)))),
    dateFrom: range ? range[0] : null,
    dateTo: range ? range[1] : null,
    countries: [...new Set(i.countries.map((c) => c.toUpperCase()))].sort(),
  };
}

// ---------------------------------------------------------------------------------------------------
// Scoring

/** Log-odds weights. PRIOR: before any evidence, two reports are unlikely to be the same incident. */
export const WEIGHTS = {
  prior: -4,
  url: 5,
  entity: 2.5,
  entityConflict: -3,
  /** Per unit of text similarity above TEXT_FLOOR (a similarity two unrelated same-language reports reach). */
  text: 12,
  textMax: 5,
  name: 0.8,
  nameMax: 2.4,
  /** Both reports name at least 3 people/places/products (besides shared entities) and few agree. */
  nameConflict: -1.5,
  number: 1.2,
  numberMax: 2.4,
  numberConflict: -1.5,
  dateExact: 1.5,
  dateCoarse: 0.5,
  dateNear: 0.3,
  dateFar: -1.5,
  dateConflict: -3,
  country: 0.5,
  countryConflict: -5,
};
const TEXT_FLOOR = 0.08;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round2 = (x: number) => Math.round(x * 100) / 100;

function isSubset(small: readonly number[], big: readonly number[]): boolean {
  return small.length > 0 && intersectCount(small, big) === small.length;
}

/** Entities of a found in b's entities or text, in either direction; and the words of those entities. */
function entityMatches(a: MatchFeatures, b: MatchFeatures): { labels: string[]; words: Set<number> } {
  const labels: string[] = [];
  const ws = new Set<number>();
  const check = (x: MatchFeatures, y: MatchFeatures) => {
    x.entities.forEach((e, k) => {
      if (!(isSubset(e, y.tokens) || y.entities.some((f) => isSubset(e, f) || isSubset(f, e)))) return;
      for (const w of e) ws.add(w);
      const label = x.entityLabels[k]!;
      if (!labels.includes(label)) labels.push(label);
    });
  };
  check(a, b);
  check(b, a);
  return { labels, words: ws };
}

function countExcept(a: readonly number[], except: Set<number>): number {
  let n = 0;
  for (const x of a) if (!except.has(x)) n++;
  return n;
}

/** Elements of both sorted arrays that are not in except. */
function intersectExcept(a: readonly number[], b: readonly number[], except: Set<number>): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      if (!except.has(x)) n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

export function scorePair(a: MatchFeatures, b: MatchFeatures): { score: number; reasons: DuplicateReason[] } {
  let logit = WEIGHTS.prior;
  const reasons: DuplicateReason[] = [];
  const add = (kind: DuplicateReason["kind"], w: number, detail: string) => {
    logit += w;
    if (w !== 0) reasons.push({ kind, score: round2(w), detail });
  };

  // URLs
  const sharedUrls = intersectCount(a.urls, b.urls);
  if (sharedUrls) add("url", WEIGHTS.url, `${sharedUrls} source URL${sharedUrls > 1 ? "s" : ""} in common`);

  // Entities
  const ents = entityMatches(a, b);
  if (ents.labels.length)
    add(
      "entity",
      WEIGHTS.entity + 0.5 * Math.min(ents.labels.length - 1, 2),
      `same ${ents.labels.join(", ")}`,
    );
  else if (a.entities.length && b.entities.length)
    add("entity", WEIGHTS.entityConflict, "no developer, deployer or system in common");

  // Text
  const tokenJ = sketchJaccard(a.tokens, b.tokens, Number.POSITIVE_INFINITY);
  const shingleJ = sketchJaccard(a.shingles, b.shingles, SHINGLE_K);
  const sim = Math.max(tokenJ, shingleJ);
  const textW = Math.min(WEIGHTS.textMax, WEIGHTS.text * Math.max(0, sim - TEXT_FLOOR));
  if (textW > 0)
    add(
      "text",
      round2(textW),
      `similar wording (words ${Math.round(tokenJ * 100)}%, characters ${Math.round(shingleJ * 100)}%)`,
    );
  const names = intersectExcept(a.names, b.names, ents.words);
  const ownNames = Math.min(countExcept(a.names, ents.words), countExcept(b.names, ents.words));
  if (ownNames >= 3 && names / ownNames <= 0.25)
    add(
      "text",
      WEIGHTS.nameConflict + Math.min(WEIGHTS.nameMax, WEIGHTS.name * names),
      "different names (people, places)",
    );
  else if (names)
    add(
      "text",
      Math.min(WEIGHTS.nameMax, WEIGHTS.name * names),
      `${names} name${names > 1 ? "s" : ""} in common`,
    );
  const nums = intersectCount(a.numbers, b.numbers);
  if (nums)
    add(
      "text",
      Math.min(WEIGHTS.numberMax, WEIGHTS.number * nums),
      `${nums} figure${nums > 1 ? "s" : ""} in common`,
    );
  else if (a.numbers.length && b.numbers.length) add("text", WEIGHTS.numberConflict, "no figures in common");

  // Dates
  if (a.dateFrom !== null && b.dateFrom !== null) {
    const gap = Math.max(a.dateFrom, b.dateFrom) - Math.min(a.dateTo!, b.dateTo!);
    const span = Math.max(a.dateTo! - a.dateFrom, b.dateTo! - b.dateFrom);
    if (gap <= 0)
      add(
        "date",
        span <= 62 ? WEIGHTS.dateExact : WEIGHTS.dateCoarse,
        span <= 62 ? "dates overlap" : "dates overlap (coarse)",
      );
    else if (gap <= 14) add("date", WEIGHTS.dateNear, `dates ${gap} days apart`);
    else if (gap <= 60) add("date", WEIGHTS.dateFar, `dates ${gap} days apart`);
    else add("date", WEIGHTS.dateConflict, `dates ${gap} days apart`);
  }

  // Countries
  if (a.countries.length && b.countries.length) {
    const common = a.countries.filter((c) => b.countries.includes(c));
    if (common.length) add("country", WEIGHTS.country, `same country (${common.join(", ")})`);
    else add("country", WEIGHTS.countryConflict, `different countries (${a.countries} / ${b.countries})`);
  }

  reasons.sort((x, y) => y.score - x.score);
  return { score: Math.round(sigmoid(logit) * 1000) / 1000, reasons };
}

export function suggestDuplicates(
  candidate: MatchFeatures,
  others: Iterable<MatchFeatures>,
  opts: { threshold?: number; limit?: number } = {},
): DuplicateSuggestion[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const out: DuplicateSuggestion[] = [];
  for (const o of others) {
    if (o.id === candidate.id) continue;
    const { score, reasons } = scorePair(candidate, o);
    if (score >= threshold) out.push({ id: o.id, score, reasons });
  }
  out.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  return out.slice(0, opts.limit ?? 10);
}
