-- Evidence files attached to reports and incidents, stored with their SHA-256; and the one-time
-- upload token a reporter receives with the receipt, to attach files to their own report.
CREATE TABLE attachments (
  id           uuid PRIMARY KEY,
  incident_id  uuid REFERENCES incidents(id) ON DELETE CASCADE,
  report_id    uuid REFERENCES reports(id) ON DELETE CASCADE,
  filename     text NOT NULL,
  media_type   text NOT NULL,
  size         integer NOT NULL CHECK (size > 0),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      bytea NOT NULL,
  uploaded_by  text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (incident_id IS NOT NULL OR report_id IS NOT NULL)
);
CREATE INDEX attachments_incident ON attachments (incident_id);
CREATE INDEX attachments_report ON attachments (report_id);

ALTER TABLE reports ADD COLUMN upload_token_hash text;
ALTER TABLE reports ADD COLUMN upload_expires_at timestamptz;
