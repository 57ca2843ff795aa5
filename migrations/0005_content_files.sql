-- Which content files (by path and SHA-256 of their bytes) the node has loaded, so that a restart
-- skips unchanged files without parsing them.
CREATE TABLE content_files (
  path       text PRIMARY KEY,
  sha256     text NOT NULL,
  loaded_at  timestamptz NOT NULL DEFAULT now()
);
