-- Registry list at scale (bench/README.md, registry): newest-first paging without a sort of every
-- visible row, and indexable filters. unaccent() is not immutable, so an immutable wrapper (with the
-- dictionary named) lets an index serve accent-insensitive name search.
CREATE INDEX ai_systems_updated ON ai_systems (updated_at DESC, id);
CREATE INDEX ai_system_submissions_system ON ai_system_submissions (jurisdiction, system_id);
CREATE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
CREATE INDEX ai_systems_name_unaccent_trgm ON ai_systems USING gin (f_unaccent(name) gin_trgm_ops);
