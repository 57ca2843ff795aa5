-- Full-text search over incidents' working texts for analysts: a weighted tsvector the app builds
-- (platform/text.ts: Intl.Segmenter for Thai, Lao, Khmer and Burmese, Latin folding) from the
-- titles and descriptions in every language, the other free texts and the names involved.
-- Rows that existed before are indexed by the node at start-up (search IS NULL).
ALTER TABLE incidents ADD COLUMN search tsvector;
CREATE INDEX incidents_search ON incidents USING gin (search);
CREATE INDEX incidents_search_missing ON incidents (id) WHERE search IS NULL;
