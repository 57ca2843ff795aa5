-- Implemented controls: what an organisation does (a policy, a review step, a test), described once
-- with its evidence and reused as the answer to questions in any of its systems' assessments.
CREATE TABLE org_controls (
  id           uuid PRIMARY KEY,
  org_id       uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  title        text NOT NULL,
  description  text NOT NULL,
  evidence     jsonb NOT NULL DEFAULT '[]',
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX org_controls_org ON org_controls (org_id);

ALTER TABLE assessment_answers ADD COLUMN control_id uuid REFERENCES org_controls(id) ON DELETE SET NULL;
