import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../../locales/en.json" with { type: "json" };

/** Languages of the picker, each named in itself. The first five are complete; the rest fall back to English. */
export const LANGUAGES = [
  { code: "en", nativeName: "English" },
  { code: "ms", nativeName: "Bahasa Melayu" },
  { code: "id", nativeName: "Bahasa Indonesia" },
  { code: "th", nativeName: "ไทย" },
  { code: "vi", nativeName: "Tiếng Việt" },
  { code: "fil", nativeName: "Filipino" },
  { code: "km", nativeName: "ខ្មែរ" },
  { code: "lo", nativeName: "ລາວ" },
  { code: "my", nativeName: "မြန်မာ" },
  { code: "tet", nativeName: "Tetun" },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]["code"];

export const isLanguage = (code: unknown): code is LanguageCode =>
  typeof code === "string" && LANGUAGES.some((l) => l.code === code);

const STORAGE_KEY = "aisafe.lang";

// Every locale but English is its own small chunk, fetched when chosen.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>([
  "../../locales/*.json",
  "!**/en.json",
]);

async function loadLanguage(code: LanguageCode) {
  if (code === "en" || i18n.hasResourceBundle(code, "translation")) return;
  const load = loaders[`../../locales/${code}.json`];
  if (!load) return;
  const mod = await load();
  i18n.addResourceBundle(code, "translation", mod.default, true, true);
}

function initialLanguage(): LanguageCode {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage unavailable: fall through
  }
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split("-")[0];
    const code = base === "tl" ? "fil" : base;
    if (isLanguage(code)) return code;
  }
  return "en";
}

/** Switches the UI language: loads its strings, remembers the choice, sets <html lang>. */
export async function changeLanguage(code: LanguageCode) {
  await loadLanguage(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
  await i18n.changeLanguage(code);
}

/** Adopts the signed-in user's saved language unless this browser already chose one. */
export async function adoptUserLanguage(code: string) {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    saved = null;
  }
  if (!saved && isLanguage(code) && code !== i18n.language) await changeLanguage(code);
}

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
  document.title = i18n.t("app.name");
});

export async function initI18n() {
  const lng = initialLanguage();
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: "en",
    fallbackLng: "en",
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = "en";
  if (lng !== "en") await changeLanguage(lng);
}

export default i18n;
