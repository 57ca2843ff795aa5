// Synthetic AI-incident reports for the incidents bench: several languages and scripts (English,
// Indonesian, Malay, Vietnamese, Thai written without spaces, Filipino), with product and company
// names, places, figures, dates, countries, harms and evidence URLs drawn from a seeded generator.
// Every report is valid input for POST /api/v1/reports (ReportInput).

/** A small seeded PRNG (mulberry32), so a run can be repeated. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  /** Zipf-like: small indexes far more often (common words, big cities). */
  const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * next() ** 2.5)]!;
  return { next, int, pick, skewed };
}
export type Rng = ReturnType<typeof rng>;

const SYL = [
  "kre",
  "dit",
  "ki",
  "lat",
  "pin",
  "jam",
  "nu",
  "sa",
  "dana",
  "ce",
  "pat",
  "med",
  "as",
  "sist",
  "lu",
  "ma",
  "tra",
  "vi",
  "so",
  "ra",
  "ba",
  "ya",
  "ko",
  "ri",
  "tan",
  "ya",
  "fa",
  "ce",
  "scan",
  "pay",
  "gu",
  "ru",
  "sen",
  "ti",
  "mo",
  "ja",
];
const SUFFIX = [
  "Bot",
  "AI",
  "Vision",
  "Pay",
  "Scan",
  "Assist",
  "Score",
  "Chat",
  "Voice",
  "Face",
  "Guard",
  "Lens",
];
const ORG_FORM = ["PT", "Sdn Bhd", "Pte Ltd", "JSC", "Co., Ltd", "Inc.", "Corp."];

/** A product name such as "KrediScore" and its developer "Kredilat Sdn Bhd". */
function names(r: Rng) {
  const stem = (n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += r.pick(SYL);
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const product = `${stem(2)}${r.pick(SUFFIX)}`;
  const orgStem = stem(2 + r.int(2));
  const form = r.pick(ORG_FORM);
  const org = form === "PT" ? `PT ${orgStem}` : `${orgStem} ${form}`;
  return { product, org };
}

const COUNTRIES = ["ID", "MY", "SG", "TH", "VN", "PH", "KH", "LA", "MM", "BN"] as const;
const PLACES: Record<(typeof COUNTRIES)[number], string[]> = {
  ID: ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Denpasar"],
  MY: ["Kuala Lumpur", "Penang", "Johor Bahru", "Kuching", "Ipoh"],
  SG: ["Singapore", "Jurong", "Tampines", "Punggol"],
  TH: ["Bangkok", "Chiang Mai", "Khon Kaen", "Phuket", "Hat Yai"],
  VN: ["Hanoi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Can Tho"],
  PH: ["Manila", "Cebu", "Davao", "Quezon City", "Iloilo"],
  KH: ["Phnom Penh", "Siem Reap", "Battambang"],
  LA: ["Vientiane", "Luang Prabang", "Pakse"],
  MM: ["Yangon", "Mandalay", "Naypyidaw"],
  BN: ["Bandar Seri Begawan", "Kuala Belait"],
};

/** Each story: its harm types, severity, industry (ISIC section) and a text per language. */
type Slots = { product: string; org: string; place: string; n: number; amount: string };
type Story = {
  harm: string[];
  severity: string;
  industry: string;
  text: Record<string, (s: Slots) => [string, string]>;
};

const STORIES: Story[] = [
  {
    harm: ["human-fundamental-rights", "economic-property"],
    severity: "incident",
    industry: "K",
    text: {
      en: (s) => [
        `${s.product} loan chatbot exposed customers' ID numbers`,
        `The ${s.product} chatbot of ${s.org}, a lending app used in ${s.place}, showed other customers' national ID numbers and phone numbers when asked about loan scores. About ${s.n} customers were affected.`,
      ],
      id: (s) => [
        `Chatbot pinjaman ${s.product} membocorkan NIK nasabah`,
        `Chatbot ${s.product} milik ${s.org} di ${s.place} menampilkan NIK dan nomor HP nasabah lain saat ditanya tentang skor pinjaman. Sekitar ${s.n} nasabah terdampak.`,
      ],
      ms: (s) => [
        `Chatbot pinjaman ${s.product} mendedahkan nombor MyKad pelanggan`,
        `Chatbot ${s.product} milik ${s.org} di ${s.place} memaparkan nombor kad pengenalan dan telefon pelanggan lain apabila ditanya tentang skor pinjaman. Kira-kira ${s.n} pelanggan terjejas.`,
      ],
      th: (s) => [
        `แชตบอตสินเชื่อ ${s.product} เปิดเผยเลขบัตรประชาชนของลูกค้า`,
        `แชตบอต ${s.product} ของ ${s.org} ใน${s.place}แสดงเลขบัตรประชาชนและเบอร์โทรศัพท์ของลูกค้าคนอื่นเมื่อถูกถามเรื่องคะแนนสินเชื่อ ลูกค้าได้รับผลกระทบประมาณ ${s.n} ราย`,
      ],
    },
  },
  {
    harm: ["economic-property", "psychological"],
    severity: "serious-incident",
    industry: "K",
    text: {
      en: (s) => [
        `Deepfake video of a bank executive used in a ${s.amount} investment scam`,
        `Scammers in ${s.place} used a deepfake video call impersonating an executive of ${s.org} to persuade ${s.n} people to invest in a fake fund. Victims lost ${s.amount} in total.`,
      ],
      vi: (s) => [
        `Video deepfake lãnh đạo ngân hàng bị dùng để lừa đảo đầu tư ${s.amount}`,
        `Kẻ gian tại ${s.place} dùng cuộc gọi video deepfake giả mạo lãnh đạo ${s.org} để thuyết phục ${s.n} người đầu tư vào một quỹ giả. Các nạn nhân mất tổng cộng ${s.amount}.`,
      ],
      id: (s) => [
        `Video deepfake direktur bank dipakai untuk penipuan investasi ${s.amount}`,
        `Penipu di ${s.place} memakai panggilan video deepfake yang meniru direktur ${s.org} untuk membujuk ${s.n} orang berinvestasi di dana palsu. Korban kehilangan total ${s.amount}.`,
      ],
    },
  },
  {
    harm: ["physical"],
    severity: "serious-incident",
    industry: "Q",
    text: {
      en: (s) => [
        `${s.product} symptom checker told patients with stroke signs to rest`,
        `A symptom checker, ${s.product} by ${s.org}, advised ${s.n} patients in ${s.place} with stroke symptoms to rest at home instead of seeking emergency care.`,
      ],
      th: (s) => [
        `ระบบตรวจอาการ ${s.product} แนะนำผู้ป่วยที่มีอาการหลอดเลือดสมองให้พักผ่อนที่บ้าน`,
        `ระบบตรวจอาการ ${s.product} ของ ${s.org} แนะนำผู้ป่วย ${s.n} รายใน${s.place}ที่มีอาการโรคหลอดเลือดสมองให้พักอยู่บ้านแทนที่จะไปห้องฉุกเฉิน`,
      ],
      fil: (s) => [
        `Sinabihan ng ${s.product} ang mga pasyenteng may sintomas ng stroke na magpahinga lang`,
        `Pinayuhan ng symptom checker na ${s.product} ng ${s.org} ang ${s.n} pasyente sa ${s.place} na may sintomas ng stroke na magpahinga sa bahay sa halip na pumunta sa emergency.`,
      ],
    },
  },
  {
    harm: ["human-fundamental-rights"],
    severity: "incident",
    industry: "N",
    text: {
      en: (s) => [
        `${s.product} hiring tool ranked women lower for engineering jobs`,
        `An AI screening tool, ${s.product} from ${s.org}, gave lower scores to women applying for engineering jobs in ${s.place}; ${s.n} applications were screened out.`,
      ],
      ms: (s) => [
        `Alat pengambilan ${s.product} meletakkan wanita di kedudukan lebih rendah`,
        `Alat saringan AI ${s.product} daripada ${s.org} memberi markah lebih rendah kepada wanita yang memohon jawatan kejuruteraan di ${s.place}; ${s.n} permohonan ditolak.`,
      ],
      vi: (s) => [
        `Công cụ tuyển dụng ${s.product} chấm điểm phụ nữ thấp hơn`,
        `Công cụ sàng lọc AI ${s.product} của ${s.org} cho điểm thấp hơn với phụ nữ ứng tuyển vị trí kỹ sư tại ${s.place}; ${s.n} hồ sơ bị loại.`,
      ],
    },
  },
  {
    harm: ["human-fundamental-rights", "reputational"],
    severity: "hazard",
    industry: "O",
    text: {
      en: (s) => [
        `Face recognition gates by ${s.product} misidentified commuters`,
        `Face recognition gates supplied by ${s.org} at stations in ${s.place} wrongly flagged ${s.n} commuters as wanted persons during a trial.`,
      ],
      th: (s) => [
        `ประตูจดจำใบหน้า ${s.product} ระบุตัวผู้โดยสารผิดพลาด`,
        `ประตูจดจำใบหน้าที่ ${s.org} ติดตั้งที่สถานีใน${s.place}แจ้งเตือนผิดว่าผู้โดยสาร ${s.n} คนเป็นบุคคลที่ถูกหมายจับระหว่างการทดลอง`,
      ],
      id: (s) => [
        `Gerbang pengenalan wajah ${s.product} salah mengenali penumpang`,
        `Gerbang pengenalan wajah dari ${s.org} di stasiun ${s.place} keliru menandai ${s.n} penumpang sebagai buronan selama uji coba.`,
      ],
    },
  },
];

const AMOUNTS = [
  "USD 1.2 million",
  "Rp 4,8 miliar",
  "200 triệu đồng",
  "RM 350,000",
  "SGD 2.5 million",
  "1.2 ล้านบาท",
];

export interface GeneratedReport {
  lang: string;
  title: string;
  description: string;
  translations: { lang: string; title: string; description: string }[];
  aiRelation: string[];
  reporter: { stakeholderGroup: string; relation: string };
  occurredFrom: string;
  countries: string[];
  evidence: { url: string }[];
  systems: { name: string; provider: string }[];
  severity: string;
  harmTypes: string[];
  industry: string;
}

/** One synthetic report; about one in five also carries an English translation. */
export function generateReport(r: Rng, n: number): GeneratedReport {
  const story = r.pick(STORIES);
  const langs = Object.keys(story.text);
  const lang = r.pick(langs);
  const country = r.skewed(COUNTRIES);
  const { product, org } = names(r);
  const slots: Slots = {
    product,
    org,
    place: r.pick(PLACES[country]),
    n: 10 + r.int(5000),
    amount: r.pick(AMOUNTS),
  };
  const [title, description] = story.text[lang]!(slots);
  const translations =
    lang !== "en" && story.text.en && r.next() < 0.2
      ? [{ lang: "en", title: story.text.en(slots)[0], description: story.text.en(slots)[1] }]
      : [];
  const year = 2021 + r.int(6);
  const month = 1 + r.int(12);
  const day = 1 + r.int(28);
  const precision = r.next();
  const occurredFrom =
    precision < 0.6
      ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
      : precision < 0.9
        ? `${year}-${String(month).padStart(2, "0")}`
        : String(year);
  return {
    lang,
    title,
    description,
    translations,
    aiRelation: [r.pick(["direct-cause", "contributing-factor"])],
    reporter: {
      stakeholderGroup: r.pick(["affected-person", "journalist", "researcher", "civil-society"]),
      relation: r.pick(["directly-involved", "witness", "informed-third-party"]),
    },
    occurredFrom,
    countries:
      r.next() < 0.1 ? [country, r.pick(COUNTRIES)].filter((c, i, a) => a.indexOf(c) === i) : [country],
    evidence: [
      {
        url: `https://news${r.int(50)}.example/${country.toLowerCase()}/${year}/${n}-${product.toLowerCase()}`,
      },
    ],
    systems: [{ name: product, provider: org }],
    severity: story.severity,
    harmTypes: story.harm,
    industry: story.industry,
  };
}
