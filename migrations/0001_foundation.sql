-- Foundation: tenancy, accounts, sessions, tokens, audit trail.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE jurisdictions (
  code         text PRIMARY KEY CHECK (code ~ '^([A-Z]{2}|ASEAN)$'),
  name         text NOT NULL,
  native_name  text NOT NULL,
  native_lang  text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('member-state', 'secretariat')),
  sort_order   integer NOT NULL
);

CREATE TABLE node_identity (
  singleton        boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  node_id          uuid NOT NULL,
  jurisdiction     text NOT NULL REFERENCES jurisdictions(code),
  name             text NOT NULL,
  public_key_jwk   jsonb NOT NULL,
  private_key_pem  text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisations (
  id            uuid PRIMARY KEY,
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type          text NOT NULL CHECK (type IN ('secretariat', 'regulator', 'company', 'msme', 'research', 'civil-society', 'other')),
  jurisdiction  text NOT NULL REFERENCES jurisdictions(code),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_name_jurisdiction ON organisations (jurisdiction, lower(name));
CREATE INDEX organisations_name_trgm ON organisations USING gin (name gin_trgm_ops);

CREATE TABLE users (
  id             uuid PRIMARY KEY,
  email          text NOT NULL CHECK (email = lower(email)),
  display_name   text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  password_hash  text,
  locale         text NOT NULL DEFAULT 'en',
  node_role      text CHECK (node_role IN ('node-admin')),
  status         text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email ON users (email);

CREATE TABLE memberships (
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  org_id      uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  role        text NOT NULL CHECK (role IN ('regulator-admin', 'regulator-analyst', 'org-admin', 'org-member')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, org_id)
);
CREATE INDEX memberships_org ON memberships (org_id);

CREATE TABLE sessions (
  id            text PRIMARY KEY,            -- SHA-256 of the cookie value
  user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz,
  auth_method   text NOT NULL CHECK (auth_method IN ('password', 'oidc'))
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id            uuid PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash    text NOT NULL UNIQUE,         -- SHA-256 of the secret
  prefix        text NOT NULL,                -- first characters, to recognise a token
  scopes        text[] NOT NULL,
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz,
  last_used_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE password_resets (
  token_hash  text PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Hash-chained, append-only audit log. seq is assigned by the appender under a lock,
-- so it has no gaps; audit_head records the tip so that deleting the last rows is detected.
CREATE TABLE audit_log (
  seq          bigint PRIMARY KEY,
  id           uuid NOT NULL UNIQUE,
  at           timestamptz NOT NULL,
  actor_type   text NOT NULL CHECK (actor_type IN ('user', 'token', 'peer', 'system')),
  actor_id     text,
  actor_label  text NOT NULL,
  action       text NOT NULL,
  target_type  text NOT NULL,
  target_id    text,
  change_hash  text NOT NULL,
  prev_hash    text NOT NULL,
  hash         text NOT NULL
);
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE audit_head (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seq        bigint NOT NULL,
  hash       text NOT NULL
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
