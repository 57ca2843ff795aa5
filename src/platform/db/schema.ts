import type { ColumnType, Generated } from "kysely";

/** A timestamptz column: read as Date, written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface JurisdictionsTable {
  code: string;
  name: string;
  native_name: string;
  native_lang: string;
  kind: "member-state" | "secretariat";
  sort_order: number;
}

export interface NodeIdentityTable {
  singleton: Generated<boolean>;
  node_id: string;
  jurisdiction: string;
  name: string;
  public_key_jwk: ColumnType<Record<string, string>, string, string>;
  private_key_pem: string;
  created_at: DefaultTimestamp;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  type: string;
  jurisdiction: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  locale: Generated<string>;
  node_role: "node-admin" | null;
  status: Generated<"active" | "disabled">;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface MembershipsTable {
  user_id: string;
  org_id: string;
  role: string;
  created_at: DefaultTimestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  auth_method: "password" | "oidc";
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scopes: string[];
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
  created_at: DefaultTimestamp;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: DefaultTimestamp;
}

export interface AuditLogTable {
  seq: ColumnType<string, string | number, never>;
  id: string;
  at: Timestamp;
  actor_type: "user" | "token" | "peer" | "system";
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  change_hash: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  singleton: Generated<boolean>;
  seq: ColumnType<string, string | number, string | number>;
  hash: string;
}

export interface SchemaMigrationsTable {
  name: string;
  checksum: string;
  applied_at: DefaultTimestamp;
}

export interface FrameworksTable {
  id: string;
  title: string;
  issuer: string | null;
  jurisdiction: string;
  instrument_type: string;
  binding_status: string;
  adopted_date: ColumnType<string | null, string | null, string | null>;
  in_force_date: ColumnType<string | null, string | null, string | null>;
  languages: string[];
  text_licence: string | null;
  review_status: string;
  reviewer: string | null;
  regional_instrument: string | null;
  remarks: string | null;
  sources: ColumnType<unknown, string, string>;
  latest_version: string;
  requirement_count: number;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface FrameworkVersionsTable {
  framework_id: string;
  version: string;
  seq: number;
  title: string;
  document: ColumnType<unknown, string, never>;
  content_hash: string;
  imported_at: DefaultTimestamp;
  imported_by: string;
}

export interface RequirementsTable {
  framework_id: string;
  version: string;
  id: string;
  parent_id: string | null;
  kind: "group" | "control";
  class: string | null;
  label: string | null;
  title: string;
  statement: string | null;
  guidance: string | null;
  objective: string | null;
  source_ref: string | null;
  verification: string | null;
  props: ColumnType<Record<string, string[]>, string, never>;
  sort_order: number;
  depth: number;
  search: ColumnType<string, unknown, never>;
}

export interface CrosswalksTable {
  id: string;
  source_framework: string;
  target_framework: string;
  version: string;
  title: string;
  document: ColumnType<unknown, string, never>;
  content_hash: string;
  is_current: Generated<boolean>;
  imported_at: DefaultTimestamp;
}

export interface CrosswalkEntriesTable {
  crosswalk_id: string;
  source_id: string;
  target_id: string;
  relationship: string;
  confidence: string;
  provenance: string;
  status: string;
  rationale: string;
}

type Json<T = unknown> = ColumnType<T, string, string>;

export interface ReportsTable {
  id: string;
  ref: string;
  channel: "public-form" | "organisation" | "api" | "import";
  reporter_user_id: string | null;
  reporter_org_id: string | null;
  lang: string;
  payload: Json;
  submitted_at: DefaultTimestamp;
  upload_token_hash: string | null;
  upload_expires_at: Timestamp | null;
}

export interface AttachmentsTable {
  id: string;
  incident_id: string | null;
  report_id: string | null;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string;
  created_at: DefaultTimestamp;
}

export interface ReportContactsTable {
  report_id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface IncidentsTable {
  id: string;
  ref: string;
  origin_node: string;
  owner_org: string | null;
  version: Generated<number>;
  status: string;
  kind: string;
  severity: string;
  ai_relation: string[];
  harm_types: string[];
  countries: string[];
  industry: string | null;
  occurred_from: string | null;
  occurred_to: string | null;
  occurred_start: ColumnType<string | null, string | null, string | null>;
  occurred_end: ColumnType<string | null, string | null, string | null>;
  primary_lang: string;
  details: Json<Record<string, unknown>>;
  tlp: string;
  distribution: number;
  sharing_group_id: string | null;
  assignee_id: string | null;
  merged_into: string | null;
  match_features: ColumnType<unknown, string | null, string | null>;
  /** Analysts' full-text search (migration 0014); null until indexed. */
  search: ColumnType<string | null, unknown, unknown>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  published_at: Timestamp | null;
}

export interface IncidentReportsTable {
  incident_id: string;
  report_id: string;
  linked_at: DefaultTimestamp;
}

export interface IncidentTextsTable {
  incident_id: string;
  lang: string;
  title: string;
  description: string;
}

export interface RedactionDecisionsTable {
  incident_id: string;
  kind: string;
  text: string;
  decision: "redact" | "keep";
  decided_by: string | null;
  decided_at: DefaultTimestamp;
}

export interface IncidentCommentsTable {
  id: string;
  incident_id: string;
  author_id: string | null;
  author_label: string;
  body: string;
  created_at: DefaultTimestamp;
}

export interface IncidentClassificationsTable {
  incident_id: string;
  namespace: string;
  tax_version: string;
  key: string;
  value: string;
  annotator: string;
  review_status: "draft" | "reviewed";
  created_at: DefaultTimestamp;
}

export interface IncidentVersionsTable {
  incident_id: string;
  version: number;
  document: Json<Record<string, unknown>>;
  content_hash: string;
  published_by: string;
  published_at: DefaultTimestamp;
  search: ColumnType<string, unknown, never>;
}

/** The public database's search index (migration 0020), written by a trigger on incidents. */
export interface IncidentPublicTable {
  incident_id: string;
  version: number;
  published_at: Date;
  countries: string[];
  severity: string;
  harm_types: string[];
  industry: string | null;
  occurred_start: string | null;
  occurred_end: string | null;
  search: ColumnType<string, unknown, never>;
}

export interface EntitiesTable {
  id: string;
  name: string;
  norm: string;
  kind: string;
  country: string | null;
  url: string | null;
  merged_into: string | null;
  search: ColumnType<string, unknown, unknown>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface RefSequencesTable {
  scope: string;
  next: ColumnType<string, string | number, string | number>;
}

export interface AiSystemsTable {
  id: string;
  ref: string;
  org_id: string;
  name: string;
  purpose: string;
  description: Generated<string>;
  sectors: string[];
  deployment_countries: string[];
  lifecycle_stage: string;
  ai_type: string;
  provider: Json<Record<string, unknown>>;
  data_categories: string[];
  affected_scale: string;
  decisions: Generated<string>;
  decision_impact: string;
  human_involvement: string;
  use_cases: string[];
  general_purpose_model: boolean;
  gpai_systemic_risk: boolean;
  safety_component_of: string | null;
  profiles_natural_persons: boolean;
  status: string;
  public_summary: string | null;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface FederationPeersTable {
  node_id: string;
  url: string;
  name: string;
  jurisdiction: string;
  public_key_jwk: Json<{ kty: string; crv: string; x: string }>;
  fingerprint: string;
  status: "pending" | "active" | "suspended" | "revoked";
  suspended_by: ColumnType<
    "local" | "remote" | null,
    "local" | "remote" | null | undefined,
    "local" | "remote" | null
  >;
  local_approved: boolean;
  remote_approved: boolean;
  organisations: ColumnType<{ id: string; name: string }[], string | undefined, string>;
  cursor: ColumnType<string, string | number | undefined, string | number>;
  last_sync_at: Timestamp | null;
  last_error: string | null;
  failures: Generated<number>;
  next_attempt_at: DefaultTimestamp;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface SharingGroupsTable {
  id: string;
  name: string;
  creator_node: string;
  nodes: string[];
  organisations: string[];
  version: number;
  updated_at: DefaultTimestamp;
}

export interface FederationRecordsTable {
  id: string;
  type: string;
  origin_node: string;
  owner_org: string;
  version: number;
  tlp: string;
  distribution: number;
  sharing_group_id: string | null;
  residency: ColumnType<Record<string, string[]> | null, string | null, string | null>;
  contains_personal_data: boolean;
  personal_data_redacted: boolean;
  published: boolean;
  retracted: Generated<boolean>;
  removed: Generated<boolean>;
  hops: Generated<number>;
  title: string;
  content: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  content_hash: string | null;
  signature: string;
  received_from: string | null;
  recipients: ColumnType<"all" | string[] | null, string | null, string | null>;
  seq: ColumnType<string, never, never>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

/** Every table of the node. Each module's repo touches only its own. */
export interface DB {
  jurisdictions: JurisdictionsTable;
  node_identity: NodeIdentityTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  password_resets: PasswordResetsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  schema_migrations: SchemaMigrationsTable;
  frameworks: FrameworksTable;
  framework_versions: FrameworkVersionsTable;
  requirements: RequirementsTable;
  crosswalks: CrosswalksTable;
  crosswalk_entries: CrosswalkEntriesTable;
  reports: ReportsTable;
  report_contacts: ReportContactsTable;
  incidents: IncidentsTable;
  incident_reports: IncidentReportsTable;
  incident_texts: IncidentTextsTable;
  incident_originals: IncidentTextsTable;
  redaction_decisions: RedactionDecisionsTable;
  incident_comments: IncidentCommentsTable;
  incident_classifications: IncidentClassificationsTable;
  incident_versions: IncidentVersionsTable;
  incident_public: IncidentPublicTable;
  entities: EntitiesTable;
  entity_aliases: { entity_id: string; alias: string; norm: string };
  incident_entities: { incident_id: string; entity_id: string; role: string };
  ref_sequences: RefSequencesTable;
  attachments: AttachmentsTable;
  content_files: { path: string; sha256: string; loaded_at: DefaultTimestamp };
  ai_systems: AiSystemsTable;
  federation_peers: FederationPeersTable;
  sharing_groups: SharingGroupsTable;
  federation_records: FederationRecordsTable;
  federation_deliveries: {
    record_id: string;
    node_id: string;
    version: number;
    kind: "record" | "retraction";
    delivered_at: DefaultTimestamp;
  };
  federation_origin_keys: {
    node_id: string;
    public_key_jwk: Json<{ kty: string; crv: string; x: string }>;
    learned_from: string;
    learned_at: DefaultTimestamp;
  };
  federation_nonces: { key_id: string; nonce: string; expires_at: Timestamp };
  federation_sources: {
    type: "framework" | "crosswalk";
    source_key: string;
    record_id: string;
    created_at: DefaultTimestamp;
  };
  federation_proposals: {
    id: string;
    direction: "in" | "out";
    record_id: string;
    record_version: number;
    record_type: string;
    record_title: string;
    kind: "corroboration" | "proposal";
    from_node: string;
    to_node: string;
    note: string;
    changes: ColumnType<unknown, string | null, string | null>;
    status: ColumnType<
      "open" | "accepted" | "declined",
      "open" | "accepted" | "declined" | undefined,
      "open" | "accepted" | "declined"
    >;
    decided_by: string | null;
    decided_at: Date | null;
    decision_note: string | null;
    outcome_sent_at: Date | null;
    created_at: DefaultTimestamp;
  };
  federation_sync_log: {
    id: Generated<string>;
    node_id: string | null;
    direction: "pull" | "serve" | "notify" | "refused";
    ok: boolean;
    received: Generated<number>;
    retracted: Generated<number>;
    refused: Generated<number>;
    detail: string | null;
    at: DefaultTimestamp;
  };
  ai_system_history: {
    system_id: string;
    version: number;
    changed_at: DefaultTimestamp;
    changed_by: string;
    snapshot: Json;
  };
  ai_system_submissions: {
    system_id: string;
    jurisdiction: string;
    submitted_at: DefaultTimestamp;
    submitted_by: string;
  };
  risk_assessments: {
    id: string;
    system_id: string;
    answers: Json;
    result: Json;
    created_by: string;
    created_at: DefaultTimestamp;
  };
  assessments: {
    id: string;
    ref: string;
    system_id: string;
    org_id: string;
    jurisdictions: string[];
    frameworks: string[];
    profile: ColumnType<string | null, string | null | undefined, string | null>;
    status: string;
    created_by: string;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  assessment_answers: {
    assessment_id: string;
    question: string;
    result: string;
    explanation: string;
    evidence: Json<unknown[]>;
    control_id: ColumnType<string | null, string | null | undefined, string | null>;
    answered_by: string;
    answered_at: DefaultTimestamp;
  };
  assessment_gaps: {
    id: string;
    assessment_id: string;
    question: string;
    action: string;
    owner: string;
    due_date: ColumnType<string | null, string | null, string | null>;
    status: string;
    created_at: DefaultTimestamp;
  };
  assessment_submissions: {
    assessment_id: string;
    jurisdiction: string;
    status: string;
    submitted_at: DefaultTimestamp;
    decided_at: Timestamp | null;
    decided_by: string | null;
  };
  assessment_comments: {
    id: string;
    assessment_id: string;
    jurisdiction: string | null;
    author_label: string;
    body: string;
    created_at: DefaultTimestamp;
    parent_id: string | null;
    author_side: Generated<"regulator" | "organisation">;
  };
  issued_reports: {
    sha256: string;
    assessment_id: string;
    kind: string;
    signature: string;
    key_fingerprint: string;
    issued_by: string;
    issued_at: DefaultTimestamp;
  };
  assessment_files: {
    id: string;
    assessment_id: string;
    question: string;
    filename: string;
    media_type: string;
    size: number;
    sha256: string;
    content: Buffer;
    uploaded_by: string;
    created_at: DefaultTimestamp;
  };
  org_controls: {
    id: string;
    org_id: string;
    title: string;
    description: string;
    evidence: Json<unknown[]>;
    created_by: string;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  footprint_reports: {
    id: string;
    ref: string;
    system_id: string;
    org_id: string;
    period_start: ColumnType<string, string, string>;
    period_end: ColumnType<string, string, string>;
    kind: string;
    source: string;
    method_tier: string;
    country: string;
    sector: string | null;
    energy_kwh: number;
    co2e_kg: number;
    co2e_market_kg: number | null;
    water_onsite_l: number;
    water_offsite_l: number;
    requests: number | null;
    tokens: number | null;
    factor_set: string;
    factor_version: string;
    details: Json<Record<string, unknown>>;
    submitted_to: Generated<string[]>;
    created_by: string;
    created_at: DefaultTimestamp;
  };
  footprint_factor_sets: {
    id: string;
    version: string;
    year: number;
    body: Json<Record<string, unknown>>;
    created_by: string;
    created_at: DefaultTimestamp;
  };
}
