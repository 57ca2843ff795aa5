-- Framework library: frameworks, immutable versions (releases), their requirement trees, crosswalks.
CREATE TABLE frameworks (
  id                   text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9.-]{1,80}$'),
  title                text NOT NULL,
  issuer               text,
  jurisdiction         text NOT NULL CHECK (jurisdiction ~ '^([A-Z]{2}|ASEAN|INTL)$'),
  instrument_type      text NOT NULL CHECK (instrument_type IN ('law', 'regulation', 'guideline', 'strategy', 'standard', 'principles')),
  binding_status       text NOT NULL CHECK (binding_status IN ('binding', 'voluntary', 'draft', 'none-adopted')),
  adopted_date         date,
  in_force_date        date,
  languages            text[] NOT NULL DEFAULT '{}',
  text_licence         text,
  review_status        text NOT NULL CHECK (review_status IN ('reviewed', 'draft', 'unverified')),
  reviewer             text,
  regional_instrument  text,
  remarks              text,
  sources              jsonb NOT NULL DEFAULT '[]',
  latest_version       text NOT NULL,
  requirement_count    integer NOT NULL DEFAULT 0,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX frameworks_jurisdiction ON frameworks (jurisdiction);

CREATE TABLE framework_versions (
  framework_id   text NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
  version        text NOT NULL,
  seq            integer NOT NULL,
  title          text NOT NULL,
  document       jsonb NOT NULL,     -- the OSCAL catalog exactly as imported
  content_hash   text NOT NULL,      -- SHA-256 of its canonical JSON
  imported_at    timestamptz NOT NULL DEFAULT now(),
  imported_by    text NOT NULL,
  PRIMARY KEY (framework_id, version),
  UNIQUE (framework_id, seq)
);

CREATE TABLE requirements (
  framework_id   text NOT NULL,
  version        text NOT NULL,
  id             text NOT NULL,
  parent_id      text,
  kind           text NOT NULL CHECK (kind IN ('group', 'control')),
  class          text,
  label          text,
  title          text NOT NULL,
  statement      text,
  guidance       text,
  objective      text,
  source_ref     text,
  verification   text,
  props          jsonb NOT NULL DEFAULT '{}',
  sort_order     integer NOT NULL,
  depth          integer NOT NULL,
  search         tsvector NOT NULL,   -- lexemes segmented and folded by the app (Intl.Segmenter)
  PRIMARY KEY (framework_id, version, id),
  FOREIGN KEY (framework_id, version) REFERENCES framework_versions (framework_id, version) ON DELETE CASCADE
);
CREATE INDEX requirements_search ON requirements USING gin (search);

-- Crosswalks: one per (source, target) framework pair and version, with their entries.
CREATE TABLE crosswalks (
  id                uuid PRIMARY KEY,
  source_framework  text NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
  target_framework  text NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
  version           text NOT NULL,
  title             text NOT NULL,
  document          jsonb NOT NULL,
  content_hash      text NOT NULL,
  is_current        boolean NOT NULL DEFAULT true,
  imported_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source_framework, target_framework, version)
);
CREATE UNIQUE INDEX crosswalks_current ON crosswalks (source_framework, target_framework) WHERE is_current;

CREATE TABLE crosswalk_entries (
  crosswalk_id   uuid NOT NULL REFERENCES crosswalks(id) ON DELETE CASCADE,
  source_id      text NOT NULL,
  target_id      text NOT NULL,
  relationship   text NOT NULL CHECK (relationship IN ('equal-to', 'equivalent-to', 'subset-of', 'superset-of', 'intersects-with', 'no-relationship')),
  confidence     text NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
  provenance     text NOT NULL CHECK (provenance IN ('human', 'automation', 'hybrid')),
  status         text NOT NULL,
  rationale      text NOT NULL,
  PRIMARY KEY (crosswalk_id, source_id, target_id)
);
