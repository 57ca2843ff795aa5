-- Federation, continued: which local source (a framework, a crosswalk) each of our shared records
-- stands for, and proposals and corroborations that peers send to a record's origin (and those we
-- sent). Design: docs/decisions/0006-federation.md.

-- A framework or crosswalk of the library shared as a record: its record id (UUIDv7) is minted
-- once, so sharing it again issues a new version of the same record.
CREATE TABLE federation_sources (
  type        text NOT NULL CHECK (type IN ('framework', 'crosswalk')),
  source_key  text NOT NULL,          -- the framework id; "source->target" for a crosswalk
  record_id   uuid NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (type, source_key)
);

-- A peer's corroboration ("we saw this too") or proposal (suggested changes) for a record, sent
-- to the record's origin, which alone decides: a proposal never changes the record by itself.
-- 'in': received here as the origin; 'out': sent from here. The sender mints the id (idempotent).
CREATE TABLE federation_proposals (
  id              uuid NOT NULL,
  direction       text NOT NULL CHECK (direction IN ('in', 'out')),
  record_id       uuid NOT NULL,
  record_version  integer NOT NULL CHECK (record_version >= 1),
  record_type     text NOT NULL,
  record_title    text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('corroboration', 'proposal')),
  from_node       uuid NOT NULL,
  to_node         uuid NOT NULL,
  note            text NOT NULL CHECK (length(note) BETWEEN 1 AND 5000),
  changes         jsonb,                -- a proposal's suggested changes (free JSON or text)
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
  decided_by      text,
  decided_at      timestamptz,
  decision_note   text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, direction)
);
CREATE INDEX federation_proposals_record ON federation_proposals (record_id);
CREATE INDEX federation_proposals_open ON federation_proposals (direction, status, created_at DESC);
