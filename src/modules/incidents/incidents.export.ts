import { createHash } from "node:crypto";
import type { PublicDoc } from "./incidents.service.ts";

/** Licence of the public incident database's exports (the node operator's data; set in config). */
export interface ExportContext {
  nodeId: string;
  nodeName: string;
  publicUrl: string;
  licence: string;
  generatedAt: string;
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join(";") : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const CSV_COLUMNS = [
  "ref",
  "id",
  "version",
  "published_at",
  "kind",
  "severity",
  "ai_relation",
  "harm_types",
  "countries",
  "industry",
  "occurred_from",
  "occurred_to",
  "lang",
  "title",
  "description",
  "evidence_urls",
  "url",
] as const;

/** RFC 4180 CSV, one row per incident (its first language's text); lists joined with ";". */
export function toCsv(docs: PublicDoc[], x: ExportContext): string {
  const rows = docs.map((d) => {
    const t = d.texts[0]!;
    const evidence = ((d.details.evidence as { url: string }[] | undefined) ?? []).map((e) => e.url);
    return [
      d.ref,
      d.id,
      d.version,
      d.publishedAt,
      d.kind,
      d.severity,
      d.aiRelation,
      d.harmTypes,
      d.countries,
      d.industry,
      d.occurredFrom,
      d.occurredTo,
      t.lang,
      t.title,
      t.description,
      evidence,
      `${x.publicUrl}/incidents/${d.id}`,
    ]
      .map(csvCell)
      .join(",");
  });
  return `${[CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}

export const toJson = (docs: PublicDoc[], x: ExportContext) => ({
  licence: x.licence,
  generatedAt: x.generatedAt,
  source: { node: x.nodeId, name: x.nodeName, url: x.publicUrl },
  incidents: docs,
});

/** The same incidents under the OECD common reporting framework's field names (content/taxonomies/oecd-incident-framework.json). */
export function toOecd(docs: PublicDoc[], x: ExportContext) {
  return {
    framework: "OECD common reporting framework for AI incidents (2025)",
    licence: x.licence,
    generatedAt: x.generatedAt,
    incidents: docs.map((d) => {
      const det = d.details as Record<string, unknown> & {
        reporter?: { stakeholderGroup: string; relation: string };
        evidence?: unknown;
        systems?: unknown;
        actors?: unknown;
      };
      return {
        title: d.texts[0]!.title,
        description: d.texts[0]!.description,
        aiRelation: d.aiRelation,
        reporterStakeholderGroup: det.reporter?.stakeholderGroup ?? null,
        reporterRelation: det.reporter?.relation ?? null,
        dateFirstOccurrence: d.occurredFrom,
        countries: d.countries,
        supportingMaterials: det.evidence ?? [],
        aiSystem: det.systems ?? [],
        organisations: det.actors ?? [],
        severity: d.severity,
        harmTypes: d.harmTypes,
        harmQuantification: det.quantifiedHarm ?? null,
        unintendedUse: det.unintendedUse ?? null,
        affectedStakeholders: det.affectedStakeholders ?? [],
        rightsImpacts: det.rightsImpacted ?? [],
        aiPrinciples: d.classifications.filter((c) => c.namespace === "asean-principles").map((c) => c.value),
        industries: d.industry ? [d.industry] : [],
        businessFunctions: det.businessFunctions ?? [],
        deploymentBreadth: det.deploymentBreadth ?? null,
        aiTasks: det.aiTasks ?? [],
        autonomyLevel: det.autonomyLevel ?? null,
        actionsTaken: det.actionTypes ?? [],
        additionalInformation: det.actionsTaken ?? null,
        translations: d.texts.slice(1),
        ref: d.ref,
        id: d.id,
        version: d.version,
        sameAs: det.sameAs ?? [],
      };
    }),
  };
}

/** TLP 2.0 marking definitions published by OASIS (cti-stix-common-objects, extension-definition-specifications/tlp-2.0). */
export const TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
export const TLP_MARKINGS: Record<string, string> = {
  clear: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
  green: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
  amber: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
  "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
  red: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
};

/** RFC 9562 UUIDv5 (SHA-1 name-based) in a fixed namespace: stable STIX ids for our own objects. */
function uuid5(name: string): string {
  const ns = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex"); // the RFC's URL namespace
  const h = createHash("sha1").update(ns).update(`urn:asean-ai-safe:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export const EXTENSION_ID = `extension-definition--${uuid5("stix-incident-extension-v1")}`;
const stixTime = (iso: string) => new Date(iso).toISOString();

/**
 * A STIX 2.1 bundle: the node as identity, OASIS's TLP 2.0 marking, our extension definition, and
 * one `incident` per published incident with our fields in a property extension.
 */
export function toStix(docs: PublicDoc[], x: ExportContext) {
  const identity = `identity--${uuid5(`node:${x.nodeId}`)}`;
  const created = "2026-11-28T00:00:00.000Z";
  const tlps = [...new Set(docs.map((d) => d.tlp))];
  return {
    type: "bundle",
    id: `bundle--${uuid5(`bundle:${x.generatedAt}:${docs.map((d) => `${d.id}@${d.version}`).join(",")}`)}`,
    objects: [
      {
        type: "identity",
        spec_version: "2.1",
        id: identity,
        created,
        modified: created,
        name: x.nodeName,
        identity_class: "organization",
      },
      ...tlps.map((t) => ({
        type: "marking-definition",
        spec_version: "2.1",
        id: TLP_MARKINGS[t],
        created: "2022-10-01T00:00:00.000Z",
        name: `TLP:${t.toUpperCase()}`,
        extensions: { [TLP_EXTENSION]: { extension_type: "property-extension", tlp_2_0: t } },
      })),
      {
        type: "extension-definition",
        spec_version: "2.1",
        id: EXTENSION_ID,
        created_by_ref: identity,
        created,
        modified: created,
        name: "ASEAN AI Safe AI incident",
        description:
          "AI-incident fields of the ASEAN AI Safety Network, after the OECD common reporting framework for AI incidents.",
        schema: `${x.publicUrl}/api/openapi.json#/components/schemas/PublicIncident`,
        version: "1.0.0",
        extension_types: ["property-extension"],
      },
      ...docs.map((d) => ({
        type: "incident",
        spec_version: "2.1",
        id: `incident--${d.id}`,
        created_by_ref: identity,
        created: stixTime(d.publishedAt),
        modified: stixTime(d.publishedAt),
        name: d.texts[0]!.title,
        description: d.texts[0]!.description,
        lang: d.texts[0]!.lang,
        object_marking_refs: [TLP_MARKINGS[d.tlp]],
        external_references: [
          { source_name: "asean-ai-safe", external_id: d.ref, url: `${x.publicUrl}/incidents/${d.id}` },
          ...((d.details.sameAs as { scheme: string; id: string }[] | undefined) ?? []).map((s) => ({
            source_name: s.scheme,
            external_id: s.id,
          })),
          ...((d.details.evidence as { url: string; title?: string }[] | undefined) ?? []).map((e) => ({
            source_name: "evidence",
            url: e.url,
            ...(e.title ? { description: e.title } : {}),
          })),
        ],
        extensions: {
          [EXTENSION_ID]: {
            extension_type: "property-extension",
            ref: d.ref,
            version: d.version,
            kind: d.kind,
            severity: d.severity,
            ai_relation: d.aiRelation,
            harm_types: d.harmTypes,
            countries: d.countries,
            industry: d.industry,
            occurred_from: d.occurredFrom,
            occurred_to: d.occurredTo,
            translations: d.texts.slice(1),
            classifications: d.classifications,
          },
        },
      })),
    ],
  };
}

const xml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!,
  );

/** An Atom 1.0 feed of the latest published incidents. */
export function toAtom(docs: PublicDoc[], x: ExportContext): string {
  const updated = docs[0]?.publishedAt ?? x.generatedAt;
  const entries = docs
    .map((d) => {
      const t = d.texts[0]!;
      return `  <entry>
    <id>urn:uuid:${d.id}</id>
    <title xml:lang="${xml(t.lang)}">${xml(`${d.ref}: ${t.title}`)}</title>
    <updated>${xml(d.publishedAt)}</updated>
    <link rel="alternate" href="${xml(`${x.publicUrl}/incidents/${d.id}`)}"/>
    <summary xml:lang="${xml(t.lang)}">${xml(t.description.length > 500 ? `${t.description.slice(0, 497)}...` : t.description)}</summary>
${d.countries.map((c) => `    <category term="${xml(c)}" label="country"/>`).join("\n")}
  </entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:uuid:${x.nodeId}:incidents</id>
  <title>${xml(`${x.nodeName}: AI incidents`)}</title>
  <updated>${xml(updated)}</updated>
  <link rel="self" href="${xml(`${x.publicUrl}/api/v1/incidents/feed.atom`)}"/>
  <rights>${xml(x.licence)}</rights>
${entries}
</feed>
`;
}
