-- The analysts' queue searches words the way the public database does (migration 0020): a text
-- query asks the index for the most recent months first, so that a common word at a million
-- incidents does not read every match's row to find the newest. The queue is ordered by last
-- update and filtered by status, so each working search vector (incidents.search) carries two
-- marks (lexemes no word has, since words never start with ~):
--   '~s<status>'  its status, e.g. '~striage';
--   '~uYYYYMM'    the month (UTC) it was last updated in.
-- A trigger keeps them in step with the row on every insert and update, whoever writes it (the
-- app's search vectors do not carry them).
CREATE FUNCTION incident_queue_marks(status text, updated_at timestamptz) RETURNS text[]
  LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['~s' || status, '~u' || to_char(updated_at AT TIME ZONE 'UTC', 'YYYYMM')]
$$;

CREATE FUNCTION incident_queue_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.search IS NOT NULL THEN
    IF TG_OP = 'UPDATE' THEN
      NEW.search := ts_delete(NEW.search, incident_queue_marks(OLD.status, OLD.updated_at));
    END IF;
    NEW.search := NEW.search || array_to_tsvector(incident_queue_marks(NEW.status, NEW.updated_at));
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER incident_queue_search BEFORE INSERT OR UPDATE ON incidents
  FOR EACH ROW EXECUTE FUNCTION incident_queue_search();

UPDATE incidents SET search = search WHERE search IS NOT NULL;
