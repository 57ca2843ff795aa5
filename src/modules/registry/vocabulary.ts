/** The registry's value lists: the API schemas and the web app's forms both read them from here. */
export const LIFECYCLE = [
  "design",
  "development",
  "testing",
  "deployment",
  "operation",
  "retirement",
] as const;
export const AI_TYPES = ["traditional-ml", "generative", "agentic"] as const;
export const DATA_CATEGORIES = ["personal", "sensitive", "children", "biometric"] as const;
export const SCALES = ["individual", "hundreds", "thousands", "millions"] as const;
export const DECISION_IMPACT = ["none", "minor", "significant", "legal-or-similar"] as const;
export const INVOLVEMENT = ["human-in-the-loop", "human-over-the-loop", "human-out-of-the-loop"] as const;
export const SYSTEM_STATUS = ["planned", "in-use", "retired"] as const;
