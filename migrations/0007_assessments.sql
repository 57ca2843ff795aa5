-- "Assess once": an assessment of one AI system against the frameworks of target jurisdictions,
-- answered once per underlying question; gaps (POA&M); submissions to regulators and their review;
-- and the reports the node issued (by SHA-256, with the node's signature), for verification.
CREATE TABLE assessments (
  id             uuid PRIMARY KEY,
  ref            text NOT NULL UNIQUE,
  system_id      uuid NOT NULL REFERENCES ai_systems(id) ON DELETE CASCADE,
  org_id         uuid NOT NULL REFERENCES organisations(id),
  jurisdictions  text[] NOT NULL,
  frameworks     text[] NOT NULL,
  status         text NOT NULL CHECK (status IN ('draft', 'submitted', 'changes-requested', 'accepted')),
  created_by     text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessments_org ON assessments (org_id, updated_at DESC);
CREATE INDEX assessments_system ON assessments (system_id);

CREATE TABLE assessment_answers (
  assessment_id  uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  question       text NOT NULL,      -- "hub:<id>" or "<framework>:<requirement>"
  result         text NOT NULL CHECK (result IN ('met', 'partially-met', 'not-met', 'not-applicable')),
  explanation    text NOT NULL,
  evidence       jsonb NOT NULL DEFAULT '[]',
  answered_by    text NOT NULL,
  answered_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assessment_id, question)
);

CREATE TABLE assessment_gaps (
  id             uuid PRIMARY KEY,
  assessment_id  uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  question       text NOT NULL,
  action         text NOT NULL,
  owner          text NOT NULL,
  due_date       date,
  status         text NOT NULL CHECK (status IN ('open', 'done')),
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_gaps_assessment ON assessment_gaps (assessment_id);

CREATE TABLE assessment_submissions (
  assessment_id  uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  jurisdiction   text NOT NULL REFERENCES jurisdictions(code),
  status         text NOT NULL CHECK (status IN ('submitted', 'changes-requested', 'accepted')),
  submitted_at   timestamptz NOT NULL DEFAULT now(),
  decided_at     timestamptz,
  decided_by     text,
  PRIMARY KEY (assessment_id, jurisdiction)
);
CREATE INDEX assessment_submissions_jurisdiction ON assessment_submissions (jurisdiction, status);

CREATE TABLE assessment_comments (
  id             uuid PRIMARY KEY,
  assessment_id  uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  jurisdiction   text,
  author_label   text NOT NULL,
  body           text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE issued_reports (
  sha256         text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  assessment_id  uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  kind           text NOT NULL CHECK (kind IN ('html', 'pdf', 'oscal')),
  signature      text NOT NULL,     -- base64 Ed25519 signature of the SHA-256 (hex) by the node's key
  key_fingerprint text NOT NULL,
  issued_by      text NOT NULL,
  issued_at      timestamptz NOT NULL DEFAULT now()
);
