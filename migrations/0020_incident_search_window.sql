-- Search at a million incidents (bench/README.md, "incidents").
--
-- 1. The public database's search reads one narrow table instead of joining incidents (wide rows:
--    details, fingerprint, working search vector) to incident_versions: one row per incident the
--    public finds in search (published, TLP:CLEAR), with the search vector of its latest published
--    (redacted) version and the columns the filters read. A deferred trigger keeps it in step: at
--    commit, for each incident inserted or updated in those columns, the row is written again from
--    the incident and its version, or deleted when the incident is no longer public.
-- 2. The analysts' queue reads the most recently updated incidents first: indexes on updated_at.
CREATE TABLE incident_public (
  incident_id     uuid PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
  version         integer NOT NULL,
  published_at    timestamptz NOT NULL,
  countries       text[] NOT NULL,
  severity        text NOT NULL,
  harm_types      text[] NOT NULL,
  industry        text,
  occurred_start  date,
  occurred_end    date,
  search          tsvector NOT NULL
);
CREATE INDEX incident_public_recent ON incident_public (published_at DESC, incident_id);
CREATE INDEX incident_public_search ON incident_public USING gin (search);
CREATE INDEX incident_public_countries ON incident_public USING gin (countries);
CREATE INDEX incident_public_harm ON incident_public USING gin (harm_types);
CREATE INDEX incident_public_severity ON incident_public (severity, published_at DESC);
CREATE INDEX incident_public_occurred ON incident_public (occurred_end, occurred_start);

-- Lexemes (no word starts with ~) for the months an incident occurred in: '~oYYYYMM' each, '~olong'
-- for a span of more than three years, '~oundated' without a date. The app adds the same to the
-- search vectors it builds (occurrenceLexemes in incidents.service.ts); the incidents stored before
-- get theirs here. Duplicate candidates and date-filtered searches ask the index for those months.
CREATE FUNCTION incident_occurrence_lexemes(occurred_start date, occurred_end date) RETURNS text[]
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN occurred_start IS NULL OR occurred_end IS NULL THEN ARRAY['~oundated']
    WHEN occurred_end - occurred_start > 1100 THEN ARRAY['~olong']
    ELSE ARRAY(SELECT '~o' || to_char(m, 'YYYYMM')
      FROM generate_series(date_trunc('month', occurred_start), occurred_end, interval '1 month') m)
  END
$$;
UPDATE incidents SET search = search || array_to_tsvector(incident_occurrence_lexemes(occurred_start, occurred_end))
  WHERE search IS NOT NULL;

-- A public search vector: the published version's, with its occurrence months and its month of
-- publication ('~YYYYMM', UTC), so that a search can ask the index for recent months first.
CREATE FUNCTION incident_public_search(search tsvector, published_at timestamptz, occurred_start date,
  occurred_end date) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT search || array_to_tsvector(
    ARRAY['~' || to_char(published_at AT TIME ZONE 'UTC', 'YYYYMM')]
      || incident_occurrence_lexemes(occurred_start, occurred_end))
$$;

CREATE FUNCTION incident_public_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The row as it is at commit (several events of one transaction each write the final state).
  INSERT INTO incident_public (incident_id, version, published_at, countries, severity, harm_types,
    industry, occurred_start, occurred_end, search)
  SELECT i.id, i.version, v.published_at, i.countries, i.severity, i.harm_types, i.industry,
    i.occurred_start, i.occurred_end, incident_public_search(v.search, v.published_at, i.occurred_start, i.occurred_end)
  FROM incidents i
  JOIN incident_versions v ON v.incident_id = i.id AND v.version = i.version
  WHERE i.id = NEW.id AND i.status = 'published' AND i.tlp = 'clear' AND i.merged_into IS NULL
  ON CONFLICT (incident_id) DO UPDATE SET version = EXCLUDED.version,
    published_at = EXCLUDED.published_at, countries = EXCLUDED.countries,
    severity = EXCLUDED.severity, harm_types = EXCLUDED.harm_types, industry = EXCLUDED.industry,
    occurred_start = EXCLUDED.occurred_start, occurred_end = EXCLUDED.occurred_end,
    search = EXCLUDED.search;
  IF NOT FOUND THEN
    DELETE FROM incident_public WHERE incident_id = NEW.id;
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER incident_public_insert AFTER INSERT ON incidents
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW.status = 'published')
  EXECUTE FUNCTION incident_public_sync();
CREATE CONSTRAINT TRIGGER incident_public_update
  AFTER UPDATE OF status, version, tlp, merged_into, countries, severity, harm_types, industry,
    occurred_start, occurred_end ON incidents
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW.status = 'published' OR OLD.status = 'published')
  EXECUTE FUNCTION incident_public_sync();

INSERT INTO incident_public (incident_id, version, published_at, countries, severity, harm_types,
  industry, occurred_start, occurred_end, search)
SELECT i.id, i.version, v.published_at, i.countries, i.severity, i.harm_types, i.industry,
  i.occurred_start, i.occurred_end, incident_public_search(v.search, v.published_at, i.occurred_start, i.occurred_end)
FROM incidents i
JOIN incident_versions v ON v.incident_id = i.id AND v.version = i.version
WHERE i.status = 'published' AND i.tlp = 'clear' AND i.merged_into IS NULL;

CREATE INDEX incidents_recent ON incidents (updated_at DESC, id);
CREATE INDEX incidents_status_recent ON incidents (status, updated_at DESC);
DROP INDEX incidents_status;
