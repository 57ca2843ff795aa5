-- Grid factor sets added by node administrators (newer years, national official factors), beside
-- the sets shipped in content/factors. Immutable once added: past estimates name the set and version.
CREATE TABLE footprint_factor_sets (
  id          text PRIMARY KEY,
  version     text NOT NULL,
  year        integer NOT NULL,
  body        jsonb NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX footprint_factor_sets_latest ON footprint_factor_sets (year DESC, created_at DESC);
