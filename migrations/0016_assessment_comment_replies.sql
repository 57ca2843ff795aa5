-- Review comments become threads one level deep: a reply names the thread's first comment (which has
-- no parent) and belongs to its jurisdiction. Who wrote it: the regulator's side or the assessed
-- organisation's. Comments written before this migration came from regulators' reviews.
ALTER TABLE assessment_comments
  ADD COLUMN parent_id uuid REFERENCES assessment_comments(id) ON DELETE CASCADE,
  ADD COLUMN author_side text NOT NULL DEFAULT 'regulator'
    CHECK (author_side IN ('regulator', 'organisation'));
CREATE INDEX assessment_comments_assessment ON assessment_comments (assessment_id, created_at);
