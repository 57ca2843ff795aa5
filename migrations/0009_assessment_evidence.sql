-- Evidence files for assessment answers, stored with their SHA-256 (like incident attachments).
CREATE TABLE assessment_files (
  id             uuid PRIMARY KEY,
  assessment_id  uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  question       text NOT NULL,
  filename       text NOT NULL,
  media_type     text NOT NULL,
  size           integer NOT NULL CHECK (size > 0),
  sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content        bytea NOT NULL,
  uploaded_by    text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_files_assessment ON assessment_files (assessment_id, question);
