-- Federation: peers, sharing groups, shared records (ours and received), what was sent to whom,
-- seen signature nonces (replay refusal) and a sync log. Design: docs/decisions/0006-federation.md.

-- A peer node. Active once both sides approved; suspended or revoked by either side's admin.
CREATE TABLE federation_peers (
  node_id          uuid PRIMARY KEY,
  url              text NOT NULL UNIQUE,
  name             text NOT NULL,
  jurisdiction     text NOT NULL,
  public_key_jwk   jsonb NOT NULL,
  fingerprint      text NOT NULL,
  status           text NOT NULL CHECK (status IN ('pending', 'active', 'suspended', 'revoked')),
  suspended_by     text CHECK (suspended_by IN ('local', 'remote')),  -- only that side resumes
  local_approved   boolean NOT NULL,
  remote_approved  boolean NOT NULL,
  organisations    jsonb NOT NULL DEFAULT '[]',  -- [{id, name}] hosted there, as the peer reports them
  cursor           bigint NOT NULL DEFAULT 0,   -- how far we have pulled its changes feed
  last_sync_at     timestamptz,
  last_error       text,
  failures         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);

-- Named sets of nodes and organisations, managed by their creator node. A group travels to its
-- members as a federation record of type 'sharing-group' (so its versions, signature and removals
-- reuse the record machinery); this table is what the policy reads, for ours and received ones.
CREATE TABLE sharing_groups (
  id             uuid PRIMARY KEY,
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  creator_node   uuid NOT NULL,
  nodes          uuid[] NOT NULL,
  organisations  uuid[] NOT NULL DEFAULT '{}',
  version        integer NOT NULL,               -- the version of its federation record
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Records that travel: our own (origin = this node) and those received from peers. One row per
-- record, its latest version; `seq` orders this node's changes feed (every change takes a new seq).
CREATE SEQUENCE federation_seq;
CREATE TABLE federation_records (
  id                      uuid PRIMARY KEY,
  type                    text NOT NULL CHECK (type IN ('incident', 'framework', 'crosswalk', 'assessment-summary', 'footprint-report', 'sharing-group')),
  origin_node             uuid NOT NULL,
  owner_org               text NOT NULL,
  version                 integer NOT NULL CHECK (version >= 1),
  tlp                     text NOT NULL CHECK (tlp IN ('clear', 'green', 'amber', 'amber+strict', 'red')),
  distribution            smallint NOT NULL CHECK (distribution BETWEEN 0 AND 4),
  sharing_group_id        uuid,
  residency               jsonb,
  contains_personal_data  boolean NOT NULL,
  personal_data_redacted  boolean NOT NULL,
  published               boolean NOT NULL,
  retracted               boolean NOT NULL DEFAULT false,  -- the origin withdrew it
  removed                 boolean NOT NULL DEFAULT false,  -- a peer told us we may no longer hold it
  hops                    integer NOT NULL DEFAULT 0,
  title                   text NOT NULL,
  content                 jsonb,                -- null once retracted
  content_hash            text,
  signature               text NOT NULL,        -- the origin node's signature of the envelope
  received_from           uuid,                 -- null for our own records
  recipients              jsonb,                -- for received records: "all" or organisation ids
  seq                     bigint NOT NULL DEFAULT nextval('federation_seq'),
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX federation_records_seq ON federation_records (seq);
CREATE INDEX federation_records_origin ON federation_records (origin_node, type);
CREATE INDEX federation_records_group ON federation_records (sharing_group_id) WHERE sharing_group_id IS NOT NULL;

-- What this node served to which peer (the policy's previouslySentTo, so removals become retractions).
CREATE TABLE federation_deliveries (
  record_id     uuid NOT NULL,
  node_id       uuid NOT NULL,
  version       integer NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('record', 'retraction')),
  delivered_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (record_id, node_id)
);

-- Public keys of origin nodes we are not peered with, learned from the peer that relayed their
-- records (it vouches for them); pinned: a different key later claimed for the node is refused.
CREATE TABLE federation_origin_keys (
  node_id         uuid PRIMARY KEY,
  public_key_jwk  jsonb NOT NULL,
  learned_from    uuid NOT NULL,
  learned_at      timestamptz NOT NULL DEFAULT now()
);

-- Signature nonces seen from peers, kept until the signature could no longer be accepted.
CREATE TABLE federation_nonces (
  key_id      text NOT NULL,
  nonce       text NOT NULL,
  expires_at  timestamptz NOT NULL,
  PRIMARY KEY (key_id, nonce)
);
CREATE INDEX federation_nonces_expiry ON federation_nonces (expires_at);

-- One line per sync attempt or refused request, for the peers page.
CREATE TABLE federation_sync_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  node_id     uuid,
  direction   text NOT NULL CHECK (direction IN ('pull', 'serve', 'notify', 'refused')),
  ok          boolean NOT NULL,
  received    integer NOT NULL DEFAULT 0,
  retracted   integer NOT NULL DEFAULT 0,
  refused     integer NOT NULL DEFAULT 0,
  detail      text,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX federation_sync_log_at ON federation_sync_log (at DESC);
