-- Entities involved in incidents (developers, deployers, harmed parties...): one record per
-- organisation or group, with aliases; linked to incidents with roles. A merged entity keeps its
-- row and points to the one it went into (its id redirects); its links move there.
CREATE TABLE entities (
  id           uuid PRIMARY KEY,
  name         text NOT NULL,
  norm         text NOT NULL,        -- the name's words, segmented and folded (platform/text.ts)
  kind         text NOT NULL CHECK (kind IN ('company', 'public-body', 'civil-society', 'academic', 'people', 'other')),
  country      text CHECK (country ~ '^[A-Z]{2}$'),
  url          text,
  merged_into  uuid REFERENCES entities(id),
  search       tsvector NOT NULL,    -- name (A) and aliases (B), built by the app
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entities_search ON entities USING gin (search);
CREATE INDEX entities_norm ON entities (norm);

CREATE TABLE entity_aliases (
  entity_id  uuid NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias      text NOT NULL,
  norm       text NOT NULL,
  PRIMARY KEY (entity_id, norm)
);
CREATE INDEX entity_aliases_norm ON entity_aliases (norm);

CREATE TABLE incident_entities (
  incident_id  uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  entity_id    uuid NOT NULL REFERENCES entities(id),
  role         text NOT NULL CHECK (role IN ('developer', 'deployer', 'operator', 'user', 'harmed', 'nearly-harmed')),
  PRIMARY KEY (incident_id, entity_id, role)
);
CREATE INDEX incident_entities_entity ON incident_entities (entity_id);
