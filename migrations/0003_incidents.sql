-- AI incidents: reports (as received) and incidents (as curated), many-to-many; protected stores for
-- originals and reporter contacts; redaction decisions; immutable published versions.
CREATE TABLE reports (
  id            uuid PRIMARY KEY,
  ref           text NOT NULL UNIQUE,
  channel       text NOT NULL CHECK (channel IN ('public-form', 'organisation', 'api', 'import')),
  reporter_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  reporter_org_id  uuid REFERENCES organisations(id) ON DELETE SET NULL,
  lang          text NOT NULL,
  payload       jsonb NOT NULL,      -- the submission as received, without the contact (protected: analysts only)
  submitted_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_org ON reports (reporter_org_id);

-- Protected store: who to contact about a report. Read only by triage analysts.
CREATE TABLE report_contacts (
  report_id  uuid PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  name       text,
  email      text,
  phone      text
);

CREATE TABLE incidents (
  id                uuid PRIMARY KEY,
  ref               text NOT NULL UNIQUE,
  origin_node       uuid NOT NULL,
  owner_org         uuid REFERENCES organisations(id) ON DELETE SET NULL,
  version           integer NOT NULL DEFAULT 0,       -- the latest published version (0: never published)
  status            text NOT NULL CHECK (status IN ('submitted', 'triage', 'in-review', 'validated', 'published', 'rejected', 'merged', 'withdrawn')),
  kind              text NOT NULL CHECK (kind IN ('incident', 'hazard')),
  severity          text NOT NULL CHECK (severity IN ('hazard', 'serious-hazard', 'incident', 'serious-incident', 'disaster')),
  ai_relation       text[] NOT NULL,
  harm_types        text[] NOT NULL,
  countries         text[] NOT NULL,
  industry          text,
  occurred_from     text,            -- ISO date with its precision: YYYY, YYYY-MM or YYYY-MM-DD
  occurred_to       text,
  occurred_start    date,            -- the range those cover, for filtering
  occurred_end      date,
  primary_lang      text NOT NULL,
  details           jsonb NOT NULL,  -- the other OECD fields (reporter, systems, actors, evidence, ...)
  tlp               text NOT NULL CHECK (tlp IN ('clear', 'green', 'amber', 'amber+strict', 'red')),
  distribution      smallint NOT NULL CHECK (distribution BETWEEN 0 AND 4),
  sharing_group_id  uuid,
  assignee_id       uuid REFERENCES users(id) ON DELETE SET NULL,
  merged_into       uuid REFERENCES incidents(id),
  match_features    jsonb,           -- duplicate-detection fingerprint
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  published_at      timestamptz
);
CREATE INDEX incidents_status ON incidents (status);
CREATE INDEX incidents_countries ON incidents USING gin (countries);
CREATE INDEX incidents_harm ON incidents USING gin (harm_types);
CREATE INDEX incidents_occurred ON incidents (occurred_start, occurred_end);

CREATE TABLE incident_reports (
  incident_id  uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  report_id    uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  linked_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, report_id)
);
CREATE INDEX incident_reports_report ON incident_reports (report_id);

-- The working texts, one row per language (analysts edit them; published versions are snapshots).
CREATE TABLE incident_texts (
  incident_id  uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  lang         text NOT NULL,
  title        text NOT NULL,
  description  text NOT NULL,
  PRIMARY KEY (incident_id, lang)
);

-- Protected store: the texts as first received (never edited, never published).
CREATE TABLE incident_originals (
  incident_id  uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  lang         text NOT NULL,
  title        text NOT NULL,
  description  text NOT NULL,
  PRIMARY KEY (incident_id, lang)
);

-- Analysts' decisions on personal data: a detected span accepted or rejected (by kind and text),
-- or a name an analyst marked. Publishing redacts every detection not explicitly rejected.
CREATE TABLE redaction_decisions (
  incident_id  uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  kind         text NOT NULL,
  text         text NOT NULL,
  decision     text NOT NULL CHECK (decision IN ('redact', 'keep')),
  decided_by   uuid REFERENCES users(id) ON DELETE SET NULL,
  decided_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, kind, text)
);

CREATE TABLE incident_comments (
  id           uuid PRIMARY KEY,
  incident_id  uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  author_id    uuid REFERENCES users(id) ON DELETE SET NULL,
  author_label text NOT NULL,
  body         text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incident_comments_incident ON incident_comments (incident_id, created_at);

CREATE TABLE incident_classifications (
  incident_id    uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  namespace      text NOT NULL,
  tax_version    text NOT NULL,
  key            text NOT NULL,
  value          text NOT NULL,
  annotator      text NOT NULL,
  review_status  text NOT NULL CHECK (review_status IN ('draft', 'reviewed')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, namespace, key, value)
);

-- Published versions: the public, redacted document exactly as published. Never updated.
CREATE TABLE incident_versions (
  incident_id   uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  version       integer NOT NULL,
  document      jsonb NOT NULL,
  content_hash  text NOT NULL,
  published_by  text NOT NULL,
  published_at  timestamptz NOT NULL DEFAULT now(),
  search        tsvector NOT NULL,
  PRIMARY KEY (incident_id, version)
);
CREATE INDEX incident_versions_search ON incident_versions USING gin (search);

CREATE TABLE ref_sequences (
  scope  text PRIMARY KEY,       -- e.g. INC-ASEAN-2026
  next   bigint NOT NULL
);
