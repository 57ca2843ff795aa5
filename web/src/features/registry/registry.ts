import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { AI_TYPES, SYSTEM_STATUS } from "../../../../src/modules/registry/vocabulary.ts";
import { api, call, type Schemas } from "../../app/api.ts";
import { saveBlob } from "../incidents/incidents.ts";

export {
  AI_TYPES,
  DATA_CATEGORIES,
  DECISION_IMPACT,
  INVOLVEMENT,
  LIFECYCLE,
  SCALES,
  SYSTEM_STATUS,
} from "../../../../src/modules/registry/vocabulary.ts";

export type AiSystem = Schemas["AiSystem"];
export type PublicAiSystem = Schemas["PublicAiSystem"];
export type SystemInput = Schemas["AiSystemCreateInput"];
export type Risk = Schemas["AiSystemRisk"];
export type Assessment = Schemas["Assessment"];
export type QuestionSet = Schemas["AssessmentQuestions"];
export type Question = QuestionSet["questions"][number];
export type Coverage = Schemas["AssessmentCoverage"];
export type UseCase = Schemas["RegistryVocabulary"]["useCases"][number];

export const RESULTS = ["met", "partially-met", "not-met", "not-applicable"] as const;
/** The ten member states and Timor-Leste, as deployment countries. */
export const MEMBER_STATES = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"] as const;

/** A full record (for its organisation or a regulator) rather than a public summary. */
export const isFull = (s: AiSystem | PublicAiSystem): s is AiSystem => "orgId" in s;

export interface SystemFilters {
  q?: string;
  status?: (typeof SYSTEM_STATUS)[number];
  aiType?: (typeof AI_TYPES)[number];
  country?: string;
  limit: number;
  offset: number;
}

export function useSystems(query: SystemFilters) {
  return useQuery({
    queryKey: ["systems", query],
    queryFn: () => call(api.GET("/api/v1/systems", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** The value lists and the classifiers' fact vocabulary (use cases, Annex I areas, ISIC sections), from the node. */
export function useVocabulary() {
  return useQuery({
    queryKey: ["registry-vocabulary"],
    queryFn: () => call(api.GET("/api/v1/registry/vocabulary")),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSystem(id: string) {
  return useQuery({
    queryKey: ["system", id],
    queryFn: () => call(api.GET("/api/v1/systems/{id}", { params: { path: { id } } })),
    enabled: !!id,
  });
}

export function useRisk(id: string) {
  return useQuery({
    queryKey: ["system-risk", id],
    queryFn: () => call(api.GET("/api/v1/systems/{id}/risk", { params: { path: { id } } })),
    enabled: !!id,
  });
}

/** The assessments of one system. */
export function useAssessments(systemId: string) {
  return useQuery({
    queryKey: ["assessments", systemId],
    queryFn: () => call(api.GET("/api/v1/assessments", { params: { query: { systemId } } })),
    enabled: !!systemId,
  });
}

/** A signed document the node issued: saved as a file, with the SHA-256 the node stated. */
export interface Issued {
  file: string;
  sha256: string | null;
}

const REPORTS = {
  html: "/api/v1/assessments/{id}/report.html",
  pdf: "/api/v1/assessments/{id}/report.pdf",
  oscal: "/api/v1/assessments/{id}/report.oscal.json",
  poam: "/api/v1/assessments/{id}/poam.oscal.json",
} as const;
export type ReportKind = keyof typeof REPORTS;

/** Downloads a report through the typed client and saves it; returns the x-aisafe-sha256 header. */
export async function downloadReport(
  id: string,
  kind: ReportKind,
  lang: string,
  ref: string,
): Promise<Issued> {
  const path = { params: { path: { id } }, parseAs: "blob" as const };
  const withLang = { params: { path: { id }, query: { lang } }, parseAs: "blob" as const };
  const pending =
    kind === "html"
      ? api.GET(REPORTS.html, withLang)
      : kind === "pdf"
        ? api.GET(REPORTS.pdf, withLang)
        : kind === "oscal"
          ? api.GET(REPORTS.oscal, path)
          : api.GET(REPORTS.poam, path);
  let response: Response | undefined;
  const blob = await call(
    pending.then((r) => {
      response = r.response;
      return r;
    }),
  );
  const file = {
    html: `${ref}-${lang}.html`,
    pdf: `${ref}-${lang}.pdf`,
    oscal: `${ref}-assessment-results.oscal.json`,
    poam: `${ref}-poam.oscal.json`,
  }[kind];
  saveBlob(blob as Blob, file);
  return { file, sha256: response?.headers.get("x-aisafe-sha256") ?? null };
}

/** The SHA-256 of a file, in hex, computed in the browser. */
export async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export type EvidenceFile = Schemas["AssessmentEvidenceFile"];

/** Attaches an evidence file to a question (multipart: the "question" field before the "file"). */
export async function uploadEvidence(id: string, question: string, file: File): Promise<EvidenceFile> {
  const form = new FormData();
  form.append("question", question);
  form.append("file", file, file.name);
  return call(
    api.POST("/api/v1/assessments/{id}/evidence", { params: { path: { id } }, body: form as never }),
  );
}

export async function downloadEvidence(id: string, f: EvidenceFile) {
  const blob = await call(
    api.GET("/api/v1/assessments/{id}/evidence/{fileId}", {
      params: { path: { id, fileId: f.id } },
      parseAs: "blob",
    }),
  );
  saveBlob(blob as Blob, f.filename);
}
