/**
 * The fact vocabulary of the risk classifiers, copied by hand from content/rulepacks/use-cases.json
 * (version 1.0.0; there is no API for it yet). Ids are exactly those of the file; labels are in the
 * locale files under useCases.*, annexI.* and isic.*.
 */
export const USE_CASE_VOCABULARY_VERSION = "1.0.0";

/** Use cases, by their group in the file. */
export const USE_CASE_GROUPS = {
  "prohibited-practice": [
    "subliminal-manipulation",
    "exploit-vulnerabilities",
    "social-scoring",
    "crime-risk-profiling",
    "untargeted-face-scraping",
    "emotion-recognition-work-education",
    "biometric-categorisation-sensitive",
    "realtime-remote-biometric-id-law-enforcement",
  ],
  "annex-iii": [
    "remote-biometric-identification",
    "biometric-categorisation",
    "emotion-recognition",
    "critical-infrastructure-safety",
    "education-admission",
    "education-assessment",
    "education-proctoring",
    "employment-recruitment",
    "employment-decisions",
    "public-benefits-eligibility",
    "credit-scoring",
    "life-health-insurance-pricing",
    "emergency-call-triage",
    "law-enforcement",
    "migration-border",
    "justice-administration",
    "elections-influence",
  ],
  transparency: [
    "chatbot-interaction",
    "synthetic-content-generation",
    "deepfake-generation",
    "text-generation-public-interest",
  ],
  other: [
    "spam-filtering",
    "recommendation",
    "fraud-detection",
    "medical-diagnosis-support",
    "autonomous-driving",
    "content-moderation",
    "customer-service",
    "other",
  ],
} as const;
export type UseCaseGroup = keyof typeof USE_CASE_GROUPS;
export const USE_CASES = Object.values(USE_CASE_GROUPS).flat();

/** Annex I product areas a system may be a safety component of. */
export const ANNEX_I_AREAS = [
  "machinery",
  "toys",
  "recreational-craft",
  "lifts",
  "explosive-atmospheres-equipment",
  "radio-equipment",
  "pressure-equipment",
  "cableway-installations",
  "personal-protective-equipment",
  "gas-appliances",
  "medical-devices",
  "in-vitro-diagnostics",
  "aviation",
  "vehicles",
  "marine-equipment",
  "rail",
] as const;

/** ISIC Rev.4 sections (letters). */
export const ISIC_SECTIONS = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
] as const;
