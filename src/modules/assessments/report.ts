import type { FrameworkCoverage } from "./questions.ts";

/** Report labels in the languages the web app completes; others fall back to English. */
const LABELS = {
  en: {
    title: "AI system assessment report",
    system: "System profile",
    purpose: "Purpose",
    organisation: "Organisation",
    countries: "Deployment countries",
    aiType: "AI type",
    risk: "Risk and human oversight",
    recommended: "Recommended human involvement",
    current: "Current human involvement",
    noRia: "No risk impact assessment recorded.",
    classifiers: "Jurisdiction classifiers",
    rules: "Rules that fired",
    coverage: "Coverage per framework",
    derived: "derived through the ASEAN Guide",
    gaps: "Gaps and actions",
    action: "Action",
    owner: "Owner",
    due: "Due",
    none: "None recorded.",
    verify: "Verify this report",
    verifyText:
      "This report's SHA-256 and the node's Ed25519 signature are recorded by the issuing node. Check it at",
    issued: "Issued",
    ourScale: "ASEAN AI Safe's own scale",
  },
  ms: {
    title: "Laporan penilaian sistem AI",
    system: "Profil sistem",
    purpose: "Tujuan",
    organisation: "Organisasi",
    countries: "Negara pelaksanaan",
    aiType: "Jenis AI",
    risk: "Risiko dan pengawasan manusia",
    recommended: "Penglibatan manusia yang disyorkan",
    current: "Penglibatan manusia semasa",
    noRia: "Tiada penilaian impak risiko direkodkan.",
    classifiers: "Pengelas bidang kuasa",
    rules: "Peraturan yang terpakai",
    coverage: "Liputan mengikut rangka kerja",
    derived: "diterbitkan melalui Panduan ASEAN",
    gaps: "Jurang dan tindakan",
    action: "Tindakan",
    owner: "Pemilik",
    due: "Tarikh akhir",
    none: "Tiada direkodkan.",
    verify: "Sahkan laporan ini",
    verifyText:
      "SHA-256 laporan ini dan tandatangan Ed25519 nod direkodkan oleh nod yang mengeluarkannya. Semak di",
    issued: "Dikeluarkan",
    ourScale: "skala ASEAN AI Safe sendiri",
  },
  id: {
    title: "Laporan penilaian sistem AI",
    system: "Profil sistem",
    purpose: "Tujuan",
    organisation: "Organisasi",
    countries: "Negara penerapan",
    aiType: "Jenis AI",
    risk: "Risiko dan pengawasan manusia",
    recommended: "Keterlibatan manusia yang disarankan",
    current: "Keterlibatan manusia saat ini",
    noRia: "Belum ada penilaian dampak risiko.",
    classifiers: "Pengklasifikasi yurisdiksi",
    rules: "Aturan yang berlaku",
    coverage: "Cakupan per kerangka kerja",
    derived: "diturunkan melalui Panduan ASEAN",
    gaps: "Kesenjangan dan tindakan",
    action: "Tindakan",
    owner: "Penanggung jawab",
    due: "Tenggat",
    none: "Belum ada.",
    verify: "Verifikasi laporan ini",
    verifyText: "SHA-256 laporan ini dan tanda tangan Ed25519 node dicatat oleh node penerbit. Periksa di",
    issued: "Diterbitkan",
    ourScale: "skala milik ASEAN AI Safe",
  },
  th: {
    title: "รายงานการประเมินระบบปัญญาประดิษฐ์",
    system: "ข้อมูลระบบ",
    purpose: "วัตถุประสงค์",
    organisation: "องค์กร",
    countries: "ประเทศที่ใช้งาน",
    aiType: "ประเภท AI",
    risk: "ความเสี่ยงและการกำกับดูแลโดยมนุษย์",
    recommended: "ระดับการมีส่วนร่วมของมนุษย์ที่แนะนำ",
    current: "ระดับการมีส่วนร่วมของมนุษย์ในปัจจุบัน",
    noRia: "ยังไม่มีการประเมินผลกระทบความเสี่ยง",
    classifiers: "การจัดระดับตามเขตอำนาจ",
    rules: "กฎที่เข้าเงื่อนไข",
    coverage: "ความครอบคลุมตามกรอบ",
    derived: "อนุมานผ่านแนวทางของอาเซียน",
    gaps: "ช่องว่างและการดำเนินการ",
    action: "การดำเนินการ",
    owner: "ผู้รับผิดชอบ",
    due: "กำหนดเสร็จ",
    none: "ไม่มีบันทึก",
    verify: "ตรวจสอบรายงานนี้",
    verifyText: "ค่า SHA-256 ของรายงานนี้และลายมือชื่อ Ed25519 ของโหนดถูกบันทึกไว้โดยโหนดผู้ออกรายงาน ตรวจสอบได้ที่",
    issued: "ออกเมื่อ",
    ourScale: "มาตรวัดของ ASEAN AI Safe เอง",
  },
  vi: {
    title: "Báo cáo đánh giá hệ thống AI",
    system: "Hồ sơ hệ thống",
    purpose: "Mục đích",
    organisation: "Tổ chức",
    countries: "Quốc gia triển khai",
    aiType: "Loại AI",
    risk: "Rủi ro và giám sát của con người",
    recommended: "Mức độ tham gia của con người được khuyến nghị",
    current: "Mức độ tham gia của con người hiện tại",
    noRia: "Chưa có đánh giá tác động rủi ro.",
    classifiers: "Phân loại theo khu vực pháp lý",
    rules: "Quy tắc áp dụng",
    coverage: "Mức độ đáp ứng theo khung",
    derived: "suy ra qua Hướng dẫn của ASEAN",
    gaps: "Khoảng trống và hành động",
    action: "Hành động",
    owner: "Người phụ trách",
    due: "Hạn",
    none: "Chưa có.",
    verify: "Xác minh báo cáo này",
    verifyText: "SHA-256 của báo cáo này và chữ ký Ed25519 của nút được nút phát hành lưu lại. Kiểm tra tại",
    issued: "Phát hành",
    ourScale: "thang đo riêng của ASEAN AI Safe",
  },
} as const;
export const REPORT_LANGS = Object.keys(LABELS) as (keyof typeof LABELS)[];

const esc = (s: unknown) =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

export interface ReportInput {
  lang: string;
  assessment: {
    ref: string;
    systemName: string;
    jurisdictions: string[];
    frameworks: string[];
    status: string;
  };
  system: {
    ref: string;
    name: string;
    purpose: string;
    orgName: string;
    deploymentCountries?: string[];
    aiType?: string;
    humanInvolvement?: string;
  };
  risk: {
    involvement: {
      levelLabel: string;
      level: string;
      score: number;
      reasoning: string[];
      currentInvolvement: string;
    } | null;
    classifications: {
      title: string;
      tierLabel: string;
      dependsOnPendingDecree: boolean;
      fired: { id: string; cites: { ref: string }[]; explanation: string }[];
    }[];
  };
  coverage: FrameworkCoverage[];
  gaps: { question: string; action: string; owner: string; dueDate: string | null }[];
  node: { name: string; fingerprint: string };
  issuedAt: string;
  verifyUrl: string;
}

/** A self-contained HTML report (no external resources), in the user's language where we have it. */
export function renderReport(r: ReportInput): string {
  const lang = (REPORT_LANGS as string[]).includes(r.lang) ? (r.lang as keyof typeof LABELS) : "en";
  const L = LABELS[lang];
  const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);
  const bars = r.coverage
    .map(
      (f) =>
        `<tr><th scope="row" lang="en">${esc(f.title)}</th><td><div class="bar"><span style="width:${Math.round((f.score ?? 0) * 100)}%"></span></div></td><td>${pct(f.score)}</td><td>${f.counts.met} / ${f.counts["partially-met"]} / ${f.counts["not-met"]} / ${f.counts["not-applicable"]}${f.derivedCount ? ` · ${f.derivedCount} ${esc(L.derived)}` : ""}</td></tr>`,
    )
    .join("\n");
  const classifiers = r.risk.classifications
    .map(
      (c) =>
        `<li><strong lang="en">${esc(c.title)}</strong>: ${esc(c.tierLabel)}${c.dependsOnPendingDecree ? " *" : ""}<ul>${c.fired.map((f) => `<li lang="en">${esc(f.cites.map((x) => x.ref).join(", "))}: ${esc(f.explanation)}</li>`).join("")}</ul></li>`,
    )
    .join("\n");
  const inv = r.risk.involvement;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(L.title)} — ${esc(r.assessment.ref)}</title>
<style>
body{font-family:"Noto Sans","Noto Sans Thai","Noto Sans Khmer","Noto Sans Lao","Noto Sans Myanmar",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1f24;line-height:1.5}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ccd;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;vertical-align:top}
.bar{background:#e6e9ef;height:.9rem;min-width:8rem}.bar span{display:block;height:100%;background:#1f6f4a}
.meta{color:#555;font-size:.9rem}
</style>
</head>
<body>
<h1>${esc(L.title)}</h1>
<p class="meta">${esc(r.assessment.ref)} · ${esc(r.node.name)} · ${esc(L.issued)} ${esc(r.issuedAt)}</p>
<h2>${esc(L.system)}</h2>
<table>
<tr><th scope="row">${esc(r.system.ref)}</th><td>${esc(r.system.name)}</td></tr>
<tr><th scope="row">${esc(L.organisation)}</th><td>${esc(r.system.orgName)}</td></tr>
<tr><th scope="row">${esc(L.purpose)}</th><td>${esc(r.system.purpose)}</td></tr>
<tr><th scope="row">${esc(L.countries)}</th><td>${esc((r.system.deploymentCountries ?? []).join(", "))}</td></tr>
<tr><th scope="row">${esc(L.aiType)}</th><td>${esc(r.system.aiType ?? "")}</td></tr>
</table>
<h2>${esc(L.risk)}</h2>
${inv ? `<p><strong>${esc(L.recommended)}:</strong> ${esc(inv.levelLabel)} (${inv.score}/25, ${esc(L.ourScale)})<br><strong>${esc(L.current)}:</strong> ${esc(inv.currentInvolvement)}</p><ul lang="en">${inv.reasoning.map((x) => `<li>${esc(x)}</li>`).join("")}</ul>` : `<p>${esc(L.noRia)}</p>`}
<h3>${esc(L.classifiers)}</h3>
<ul>${classifiers}</ul>
<h2>${esc(L.coverage)}</h2>
<table>
${bars}
</table>
<h2>${esc(L.gaps)}</h2>
${r.gaps.length ? `<table><tr><th>${esc(L.action)}</th><th>${esc(L.owner)}</th><th>${esc(L.due)}</th></tr>${r.gaps.map((g) => `<tr><td>${esc(g.action)} <span class="meta">(${esc(g.question)})</span></td><td>${esc(g.owner)}</td><td>${esc(g.dueDate ?? "")}</td></tr>`).join("")}</table>` : `<p>${esc(L.none)}</p>`}
<h2>${esc(L.verify)}</h2>
<p class="meta">${esc(L.verifyText)} ${esc(r.verifyUrl)}?sha256=… · key ${esc(r.node.fingerprint)}</p>
</body>
</html>
`;
}
