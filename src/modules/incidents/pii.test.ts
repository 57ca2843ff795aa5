import { describe, expect, it } from "vitest";
import { detectPii, type PiiFinding, type PiiKind, redact } from "./pii.ts";

// Test data generators, written independently of pii.ts. Every number below is synthetic.

/** NRIC/FIN check letter, weights 2,7,6,5,4,3,2 (FormSG nric-validation.ts). */
function nric(prefix: "S" | "T" | "F" | "G" | "M", digits: string): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  const sum = [...digits].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
  if (prefix === "M") return `M${digits}${"KLJNPQRTUWX"[10 - ((sum + 3) % 11)]}`;
  const r = (sum + (prefix === "T" || prefix === "G" ? 4 : 0)) % 11;
  return `${prefix}${digits}${(prefix === "S" || prefix === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK")[r]}`;
}

/** A Thai ID from its first 12 digits. */
function thai(first12: string): string {
  const sum = [...first12].reduce((a, d, i) => a + Number(d) * (13 - i), 0);
  return first12 + ((11 - (sum % 11)) % 10);
}

/** Appends the Luhn check digit. */
function luhn(body: string): string {
  for (let c = 0; c <= 9; c++) {
    const s = body + c;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let d = Number(s[s.length - 1 - i]);
      if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error("unreachable");
}

const wrongLast = (s: string) => s.slice(0, -1) + ((Number(s.at(-1)) + 1) % 10);
const group = (s: string, sizes: number[], sep = " ") => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(s.slice(at, at + n));
    at += n;
  }
  return out.join(sep);
};

const kinds = (text: string, names?: string[]) => detectPii(text, { names }).map((f) => f.kind);
const only = (text: string, names?: string[]): PiiFinding => {
  const f = detectPii(text, { names });
  expect(f, JSON.stringify(f)).toHaveLength(1);
  return f[0]!;
};
/** Asserts one finding of `kind` whose text is `item`, at the offset where `item` occurs. */
const found = (text: string, item: string, kind: PiiKind, confidence?: "high" | "medium") => {
  const f = detectPii(text).find((x) => x.text === item);
  expect(f, `${item} in ${JSON.stringify(detectPii(text))}`).toBeDefined();
  expect(f!.kind).toBe(kind);
  expect(f!.start).toBe(text.indexOf(item));
  expect(f!.end).toBe(text.indexOf(item) + item.length);
  if (confidence) expect(f!.confidence).toBe(confidence);
};

describe("e-mail", () => {
  it("finds addresses, also next to Thai letters", () => {
    found("Contact siti.aminah+ai@contoh.co.id today.", "siti.aminah+ai@contoh.co.id", "email", "high");
    found("อีเมลsomchai_k@example.co.thครับ", "somchai_k@example.co.th", "email");
  });
  it("ignores things that are not addresses", () => {
    expect(kinds("user@localhost, @handle, a@b, x@y.z")).toEqual([]);
  });
});

describe("Singapore NRIC/FIN", () => {
  it("accepts S, T, F, G and M series with a valid check letter", () => {
    for (const p of ["S", "T", "F", "G", "M"] as const)
      for (const digits of ["0000001", "7654321", "2468013"]) {
        const id = nric(p, digits);
        found(`NRIC: ${id}.`, id, "sg-nric", "high");
      }
    found("FIN M1234567K", "M1234567K", "sg-nric", "high"); // FormSG's M-series test vector
    found(
      `no. s7654321${nric("S", "7654321").at(-1)!.toLowerCase()}`,
      `s7654321${nric("S", "7654321").at(-1)!.toLowerCase()}`,
      "sg-nric",
    );
  });
  it("rejects a wrong check letter, or flags it as medium only when labelled", () => {
    const good = nric("T", "1234567");
    const bad = good.slice(0, -1) + (good.endsWith("A") ? "B" : "A");
    expect(kinds(`ref ${bad} here`)).toEqual([]);
    expect(only(`NRIC ${bad}`).confidence).toBe("medium");
    expect(kinds(`code XS1234567DX and AS${good.slice(1)}`)).toEqual([]);
  });
});

describe("Malaysian MyKad", () => {
  it("validates date and place of birth", () => {
    found("IC 900101-14-5678", "900101-14-5678", "my-mykad", "high");
    found("pemohon 000229-60-1234 hadir", "000229-60-1234", "my-mykad", "high"); // 29 Feb 2000, Brunei
    expect(only("No. KP 850615105543").confidence).toBe("high");
    expect(only("nombor 850615105543 dicatat").kind).toBe("my-mykad");
  });
  it("rejects impossible dates and place codes", () => {
    expect(kinds("IC 991332-14-5678")).toEqual([]); // month 13
    expect(kinds("IC 010229-14-5678")).toEqual([]); // 29 Feb 2001/1901
    expect(kinds("IC 900101-00-5678")).toEqual([]); // place code 00
    expect(kinds("IC 900101-17-5678")).toEqual([]); // 17-20 unused
    expect(kinds("IC 900101-70-5678")).toEqual([]); // 70 unused
  });
});

describe("Indonesian NIK", () => {
  it("validates province, date of birth (day + 40 for women) and serial", () => {
    found("NIK 3273014107900002", "3273014107900002", "id-nik", "high"); // woman born 1 Jul 1990
    found("nomor 3273010107900002 terdaftar", "3273010107900002", "id-nik", "medium");
  });
  it("rejects bad provinces, dates and serials", () => {
    expect(kinds("NIK 1073010107900002")).toEqual([]); // province 10
    expect(kinds("NIK 3273013207900002")).toEqual([]); // day 32
    expect(kinds("NIK 3273017207900002")).toEqual([]); // day 72 − 40 = 32
    expect(kinds("NIK 3273010113900002")).toEqual([]); // month 13
    expect(kinds("NIK 3273010107900000")).toEqual([]); // serial 0000
  });
});

describe("Thai national ID", () => {
  const id = thai("310990012345");
  it("checks the mod-11 digit, in any usual layout and with Thai digits", () => {
    found(`เลขประจำตัวประชาชน ${id}`, id, "th-national-id", "high");
    const dashed = group(id, [1, 4, 5, 2, 1], "-");
    found(`ID ${dashed} ok`, dashed, "th-national-id");
    found("เลขบัตร1234567890121", "1234567890121", "th-national-id"); // the brief's example
    const thaiDigits = id.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    found(`บัตร ${thaiDigits} ครับ`, thaiDigits, "th-national-id");
  });
  it("rejects a wrong check digit and category 0/9", () => {
    expect(kinds(`เลขบัตร ${wrongLast(id)}`)).toEqual([]);
    expect(kinds(`id ${thai("910990012345")}`)).toEqual([]);
  });
});

describe("Philippine PhilSys", () => {
  it("is reported only when labelled, with medium confidence", () => {
    const pcn = "1234-5678-9012-3458";
    const f = only(`PhilSys Card Number (PCN): ${pcn}`);
    expect(f).toMatchObject({ kind: "ph-philsys", confidence: "medium", text: pcn });
    expect(only("PSN 1234-5678901-2").kind).toBe("ph-philsys");
    expect(kinds("batch 4821 7730 1194 total")).toEqual([]);
  });
});

describe("Vietnamese CCCD", () => {
  it("checks province, century/sex digit and year (medium: no check digit)", () => {
    found("Số CCCD: 079203012345", "079203012345", "vn-citizen-id", "medium");
    found("mã 001090123456 của bà", "001090123456", "vn-citizen-id", "medium");
  });
  it("rejects unknown provinces, century digits and future years", () => {
    expect(kinds("CCCD 003090123456")).toEqual([]); // 003 unused
    expect(kinds("CCCD 001590123456")).toEqual([]); // century digit 5
    expect(kinds("CCCD 001299123456")).toEqual([]); // born 2099
  });
});

describe("payment cards", () => {
  const cards = {
    visa: luhn("411111111111111"),
    mc2: luhn("222100000000001"),
    amex: luhn("37828224631000"),
    jcb: luhn("353011133330000"),
    unionpay: luhn("621234567890123"),
    discover: luhn("601100099990000"),
  };
  it("finds Luhn-valid numbers with known IINs in the usual layouts", () => {
    found(`Visa ${group(cards.visa, [4, 4, 4, 4])}`, group(cards.visa, [4, 4, 4, 4]), "payment-card", "high");
    found(
      `paid with ${group(cards.mc2, [4, 4, 4, 4], "-")}.`,
      group(cards.mc2, [4, 4, 4, 4], "-"),
      "payment-card",
    );
    found(`amex ${group(cards.amex, [4, 6, 5])}`, group(cards.amex, [4, 6, 5]), "payment-card", "high");
    for (const c of [cards.jcb, cards.unionpay, cards.discover]) found(`no ${c}`, c, "payment-card", "high");
  });
  it("gives medium to Luhn-valid unknown IINs and ignores Luhn failures", () => {
    const other = luhn("990012345678901");
    expect(only(`nomor ${other}`)).toMatchObject({ kind: "payment-card", confidence: "medium" });
    expect(kinds(`Visa ${wrongLast(cards.visa)}`)).toEqual([]);
  });
  it("does not mistake ISBNs, timestamps or odd groupings for cards", () => {
    expect(kinds("ISBN 978-3-16-148410-0 and 9783161484100")).toEqual([]);
    expect(kinds("logged 20240501093000 and 202405011230")).toEqual([]);
    expect(kinds(`year 2023 ${cards.visa.slice(0, 10)}`)).not.toContain("payment-card");
  });
});

describe("NIK versus card (same 16 digits)", () => {
  // A woman born 1 May 1990 registered in East Java (35…), whose digits also pass Luhn with a JCB IIN.
  const nik = luhn("357801410590001");
  it("decides by label, then by layout", () => {
    expect(nik.startsWith("3578")).toBe(true);
    expect(only(`NIK ${nik}`).kind).toBe("id-nik");
    expect(only(`KTP: ${nik}`).confidence).toBe("high");
    expect(only(`kartu kredit ${nik}`).kind).toBe("payment-card");
    expect(only(`nomor ${nik}`).kind).toBe("id-nik"); // one block: NIK
    expect(only(`nomor ${group(nik, [4, 4, 4, 4])}`).kind).toBe("payment-card"); // 4-4-4-4: card
  });
});

describe("phones", () => {
  it("finds +country formats of all eleven ASEAN states", () => {
    const intl = [
      "+673 712 3456",
      "+855 12 345 678",
      "+62 812-3456-7890",
      "+62 (0)21 5551 2345",
      "+856 20 5555 1234",
      "+60 12-345 6789",
      "+95 9 123 456 789",
      "+63 917 123 4567",
      "+65 9123 4567",
      "+66 81 234 5678",
      "+84 912.345.678",
      "+670 7723 4567",
    ];
    for (const p of intl) found(`call ${p} now`, p, "phone", "high");
  });
  it("finds national formats", () => {
    for (const p of [
      "9123 4567",
      "012-345 6789",
      "0812-3456-7890",
      "02-123-4567",
      "081-234-5678",
      "0912 345 678",
      "0917 123 4567",
      "(021) 555-1234",
    ])
      found(`Tel: ${p}.`, p, "phone");
    expect(only("hubungi 081234567890").confidence).toBe("high");
  });
  it("cuts an international number at the first group that does not fit", () => {
    found("+66 81 234 5678 12345", "+66 81 234 5678", "phone");
  });
  it("ignores years, dates, times, amounts, articles and references", () => {
    const negatives = [
      "In 2024 and 1999, 2,024 cases.",
      "on 2024-05-01, 01.05.2024, 31/12/2024, 2024/05/01",
      "at 10:30:00, 2024-05-01T10:30:00+07:00, 09:30-17:00, 0800-1700",
      "RM 1,000,000, Rp 90.000.000, S$ 91234567, USD 91 234 567, 91234567 VND",
      "Art. 50(1), Article 6(1)(a), Pasal 12 ayat (3), Điều 13, มาตรา 26",
      "version 1.2.3.4, IP 192.168.100.200, build v20240501",
      "unix 1714550400, epoch 1714550400123",
    ];
    for (const t of negatives) expect(kinds(t), t).toEqual([]);
  });
});

describe("mixed-language reports", () => {
  it("Indonesian report leaking NIKs", () => {
    const t =
      "Sistem AI membocorkan data: NIK 3273014107900002 dan 3201010101850003, serta nomor HP 0812 3456 7890.";
    expect(detectPii(t).map((f) => [f.kind, f.text])).toEqual([
      ["id-nik", "3273014107900002"],
      ["id-nik", "3201010101850003"],
      ["phone", "0812 3456 7890"],
    ]);
  });
  it("Thai sentence with an ID and a phone, digits touching letters", () => {
    const id = thai("110370012345");
    const t = `ระบบเปิดเผยเลขบัตรประชาชน${id}และเบอร์โทร๐๘๑-๒๓๔-๕๖๗๘ของผู้ใช้`;
    const f = detectPii(t);
    expect(f.map((x) => x.kind)).toEqual(["th-national-id", "phone"]);
    expect(f[1]!.text).toBe("๐๘๑-๒๓๔-๕๖๗๘");
    expect(t.slice(f[1]!.start, f[1]!.end)).toBe("๐๘๑-๒๓๔-๕๖๗๘");
  });
  it("Vietnamese with a CCCD and a +84 phone", () => {
    const t = "Chatbot tiết lộ số CCCD 079203012345 và số điện thoại +84 912 345 678 của khách hàng.";
    expect(detectPii(t).map((f) => [f.kind, f.text])).toEqual([
      ["vn-citizen-id", "079203012345"],
      ["phone", "+84 912 345 678"],
    ]);
  });
  it("Malay with a MyKad", () => {
    const t =
      "Aduan: sistem memaparkan No. Kad Pengenalan 850615-10-5543 milik pengadu, hubungi 012-345 6789.";
    expect(detectPii(t).map((f) => [f.kind, f.confidence, f.text])).toEqual([
      ["my-mykad", "high", "850615-10-5543"],
      ["phone", "high", "012-345 6789"],
    ]);
  });
});

describe("names", () => {
  it("matches every occurrence, case-insensitively in Latin script, on word boundaries", () => {
    const t =
      "Siti Aminah reported it; SITI  AMINAH later wrote to siti aminah's lawyer. Sitiawan is a town.";
    const f = detectPii(t, { names: ["Siti Aminah", "Siti"] });
    expect(f.map((x) => x.text)).toEqual(["Siti Aminah", "SITI  AMINAH", "siti aminah"]);
  });
  it("matches Vietnamese with diacritics and Thai exactly, without word boundaries", () => {
    expect(detectPii("ông NGUYỄN VĂN AN và Nguyễn Văn An", { names: ["Nguyễn Văn An"] })).toHaveLength(2);
    const t = "ผู้ใช้ชื่อสมชายใจดีแจ้งว่า";
    const f = only(t, ["สมชาย"]);
    expect(t.slice(f.start, f.end)).toBe("สมชาย");
  });
});

describe("overlaps", () => {
  it("keeps the longer e-mail over a name inside it", () => {
    expect(kinds("mail aminah@contoh.id", ["Aminah"])).toEqual(["email"]);
  });
  it("keeps a card over MyKad- or phone-like parts of it", () => {
    const card = group(luhn("411111111111111"), [4, 4, 4, 4]);
    expect(kinds(`Visa ${card}`)).toEqual(["payment-card"]);
    // "1111 1111 1111" inside is a valid MyKad (11 Nov 2011, Terengganu) and "9123 4567" a SG phone.
    expect(kinds(`card ${group(luhn("411111111111111"), [4, 4, 4, 4])}`)).toEqual(["payment-card"]);
    expect(kinds(`card ${group(luhn("520000009123456"), [4, 4, 4, 4])}`)).toEqual(["payment-card"]);
  });
  it("splits adjacent numbers at spaces", () => {
    expect(detectPii("HP 0812345678 0898765432").map((f) => f.text)).toEqual(["0812345678", "0898765432"]);
  });
  it("returns sorted, non-overlapping findings", () => {
    const t = `S${"7654321"} ${nric("S", "7654321")} a@b.co +65 6123 4567 ${thai("110370012345")}`;
    const f = detectPii(t);
    for (let i = 1; i < f.length; i++) expect(f[i]!.start).toBeGreaterThanOrEqual(f[i - 1]!.end);
  });
});

describe("redact", () => {
  const t =
    "Siti Aminah (siti@contoh.id, +62 812-3456-7890) NIK 3273014107900002 paid with 4111 1111 1111 1111.";
  it("uses the default placeholders", () => {
    expect(redact(t, detectPii(t, { names: ["Siti Aminah"] }))).toBe(
      "[name] ([email], [phone]) NIK [national-id] paid with [card].",
    );
  });
  it("takes a custom placeholder, any order, and skips overlaps", () => {
    const f = detectPii(t).reverse();
    expect(redact(t, f, (x) => "█".repeat(x.end - x.start))).toHaveLength(t.length);
    const a: PiiFinding = { kind: "name", start: 0, end: 4, text: "Siti", confidence: "high", reason: "" };
    const b: PiiFinding = { ...a, start: 2, end: 11, text: "ti Aminah" };
    expect(redact("Siti Aminah", [b, a])).toBe("[name] Aminah");
    expect(redact("abc", [])).toBe("abc");
  });
});

describe("property: inserted items are all found at their exact offsets", () => {
  // mulberry32: a small seeded generator, so failures reproduce.
  function rng(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
  }
  const words = [
    "laporan",
    "insiden",
    "the",
    "model",
    "leaked",
    "data",
    "ระบบ",
    "ผู้ใช้",
    "dữ liệu",
    "người dùng",
    "pengadu",
    "sistem",
    "AI",
    "(ok)",
    "—",
    "…",
    "và",
    "dan",
    "and",
    "ກະຊວງ",
    "ប្រព័ន្ធ",
    "စနစ်",
  ];
  it("holds for 300 random texts", () => {
    const rand = rng(20240501);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join("");
    const makers: (() => [PiiKind, string])[] = [
      () => [
        "email",
        `${pick(["siti", "an.nguyen", "somchai_k"])}${digits(2)}@${pick(["contoh.id", "mail.co.th", "x.vn"])}`,
      ],
      () => ["sg-nric", nric(pick(["S", "T", "F", "G", "M"] as const), digits(7))],
      () => ["th-national-id", thai(`${1 + Math.floor(rand() * 8)}${digits(11)}`)],
      () => ["payment-card", group(luhn(`4${digits(14)}`), [4, 4, 4, 4])],
      () => ["phone", `+${pick(["65 9", "66 8", "84 91", "60 12-"])}${digits(3)} ${digits(4)}`],
      () => ["name", pick(["Siti Aminah", "Nguyễn Văn An", "สมชาย"])],
    ];
    for (let round = 0; round < 300; round++) {
      let text = "";
      const inserted: { kind: PiiKind; start: number; end: number }[] = [];
      for (let k = 0; k < 8; k++) {
        text += `${pick(words)} `;
        if (rand() < 0.5) {
          const [kind, item] = pick(makers)();
          inserted.push({ kind, start: text.length, end: text.length + item.length });
          text += `${item} `;
        }
      }
      const got = detectPii(text, { names: ["Siti Aminah", "Nguyễn Văn An", "สมชาย"] });
      for (const want of inserted)
        expect(
          got.some((g) => g.kind === want.kind && g.start === want.start && g.end === want.end),
          text,
        ).toBe(true);
      expect(got).toHaveLength(inserted.length);
    }
  });
});
