-- AI-system registry: systems owned by organisations, their change history, submissions to
-- regulators (which make a system visible to that jurisdiction), and risk impact assessments.
CREATE TABLE ai_systems (
  id                       uuid PRIMARY KEY,
  ref                      text NOT NULL UNIQUE,
  org_id                   uuid NOT NULL REFERENCES organisations(id),
  name                     text NOT NULL,
  purpose                  text NOT NULL,
  description              text NOT NULL DEFAULT '',
  sectors                  text[] NOT NULL DEFAULT '{}',
  deployment_countries     text[] NOT NULL DEFAULT '{}',
  lifecycle_stage          text NOT NULL CHECK (lifecycle_stage IN ('design', 'development', 'testing', 'deployment', 'operation', 'retirement')),
  ai_type                  text NOT NULL CHECK (ai_type IN ('traditional-ml', 'generative', 'agentic')),
  provider                 jsonb NOT NULL,
  data_categories          text[] NOT NULL DEFAULT '{}',
  affected_scale           text NOT NULL CHECK (affected_scale IN ('individual', 'hundreds', 'thousands', 'millions')),
  decisions                text NOT NULL DEFAULT '',
  decision_impact          text NOT NULL CHECK (decision_impact IN ('none', 'minor', 'significant', 'legal-or-similar')),
  human_involvement        text NOT NULL CHECK (human_involvement IN ('human-in-the-loop', 'human-over-the-loop', 'human-out-of-the-loop')),
  use_cases                text[] NOT NULL DEFAULT '{}',
  general_purpose_model    boolean NOT NULL DEFAULT false,
  gpai_systemic_risk       boolean NOT NULL DEFAULT false,
  safety_component_of      text,
  profiles_natural_persons boolean NOT NULL DEFAULT false,
  status                   text NOT NULL CHECK (status IN ('planned', 'in-use', 'retired')),
  public_summary           text,
  version                  integer NOT NULL DEFAULT 1,
  created_at               timestamptz NOT NULL DEFAULT now(),
  updated_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ai_systems_org ON ai_systems (org_id, updated_at DESC);
CREATE INDEX ai_systems_countries ON ai_systems USING gin (deployment_countries);
CREATE INDEX ai_systems_name_trgm ON ai_systems USING gin (name gin_trgm_ops);

CREATE TABLE ai_system_history (
  system_id   uuid NOT NULL REFERENCES ai_systems(id) ON DELETE CASCADE,
  version     integer NOT NULL,
  changed_at  timestamptz NOT NULL DEFAULT now(),
  changed_by  text NOT NULL,
  snapshot    jsonb NOT NULL,
  PRIMARY KEY (system_id, version)
);

CREATE TABLE ai_system_submissions (
  system_id     uuid NOT NULL REFERENCES ai_systems(id) ON DELETE CASCADE,
  jurisdiction  text NOT NULL REFERENCES jurisdictions(code),
  submitted_at  timestamptz NOT NULL DEFAULT now(),
  submitted_by  text NOT NULL,
  PRIMARY KEY (system_id, jurisdiction)
);
CREATE INDEX ai_system_submissions_jurisdiction ON ai_system_submissions (jurisdiction);

CREATE TABLE risk_assessments (
  id          uuid PRIMARY KEY,
  system_id   uuid NOT NULL REFERENCES ai_systems(id) ON DELETE CASCADE,
  answers     jsonb NOT NULL,
  result      jsonb NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_assessments_system ON risk_assessments (system_id, created_at DESC);
