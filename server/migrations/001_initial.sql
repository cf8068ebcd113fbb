-- The agency gateway's first schema: people and their devices, sessions, inspections and their teams,
-- the append-only change log, blobs and resumable uploads, published library content and context packs.

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  name text NOT NULL,
  initials text NOT NULL,
  agency_role text NOT NULL CHECK (agency_role IN ('inspector', 'lead-inspector', 'reviewer', 'admin')),
  password_hash text NOT NULL,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A device is an installation of the workbench: the `device` of every change it records. It belongs to
-- the first user who signs in on it.
CREATE TABLE devices (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  label text NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX devices_user ON devices (user_id);

-- Refresh tokens are stored as SHA-256 hashes; a family is one sign-in and its rotations.
CREATE TABLE refresh_tokens (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  device_id uuid NOT NULL REFERENCES devices (id),
  token_hash text NOT NULL UNIQUE,
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

-- Signing secret for access tokens when GATEWAY_JWT_SECRET is not set: kept in the database so every
-- gateway instance on it agrees (nothing an instance needs lives only in its memory or its disk).
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE inspections (
  id uuid PRIMARY KEY,
  reference text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team_members (
  inspection_id uuid NOT NULL REFERENCES inspections (id),
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('lead', 'inspector', 'trainee', 'expert')),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (inspection_id, user_id)
);
CREATE INDEX team_members_user ON team_members (user_id);

-- serverSeq is handed out from this one row, locked until the pushing transaction commits, so changes
-- become visible in serverSeq order and a pull cursor never skips a change still being committed (a
-- bigserial would hand out numbers in call order, not commit order).
CREATE TABLE change_counter (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  last_server_seq bigint NOT NULL
);
INSERT INTO change_counter (only_row, last_server_seq) VALUES (true, 0);

-- The change log as the devices signed it. `body` is the change's canonical JSON text, kept as text
-- (not jsonb) so it comes back byte for byte and re-hashes to `hash` (jsonb cannot hold \u0000).
CREATE TABLE changes (
  id uuid PRIMARY KEY,
  server_seq bigint NOT NULL UNIQUE,
  device_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  inspection_id uuid REFERENCES inspections (id),
  owner_user_id uuid NOT NULL REFERENCES users (id),
  entity text NOT NULL,
  entity_id uuid NOT NULL,
  op text NOT NULL CHECK (op IN ('create', 'update', 'delete')),
  body text NOT NULL,
  hash text NOT NULL,
  prev_hash text NOT NULL,
  pushed_by uuid NOT NULL REFERENCES users (id),
  pushed_from_device uuid NOT NULL,
  -- The device's time from `at.utc` (also in body); NULL when it is before 1900, which PostgreSQL
  -- timestamps cannot all hold faithfully (the clock-skew flag is set for such a change anyway).
  device_at timestamptz,
  received_at timestamptz NOT NULL,
  clock_skew_ms bigint NOT NULL,
  clock_skew_flagged boolean NOT NULL,
  UNIQUE (device_id, seq)
);
CREATE INDEX changes_inspection ON changes (inspection_id, server_seq);
CREATE INDEX changes_owner_global ON changes (owner_user_id, server_seq) WHERE inspection_id IS NULL;

-- Append-only at the database level (SECURITY.md C1): no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION refuse_change_log_edit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the change log is append-only: % on changes is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER changes_append_only_rows BEFORE UPDATE OR DELETE ON changes
  FOR EACH ROW EXECUTE FUNCTION refuse_change_log_edit();
CREATE TRIGGER changes_append_only_truncate BEFORE TRUNCATE ON changes
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_log_edit();
REVOKE UPDATE, DELETE, TRUNCATE ON changes FROM PUBLIC;

-- Where each device's chain ends on the gateway; locked per push so one device's pushes run in turn.
CREATE TABLE device_heads (
  device_id uuid PRIMARY KEY,
  seq integer NOT NULL,
  hash text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE blobs (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL,
  media_type text NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Which inspections use a blob: a user may download a blob only through one of these.
CREATE TABLE blob_refs (
  inspection_id uuid NOT NULL REFERENCES inspections (id),
  sha256 text NOT NULL REFERENCES blobs (sha256),
  added_by uuid NOT NULL REFERENCES users (id),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (inspection_id, sha256)
);
CREATE INDEX blob_refs_sha256 ON blob_refs (sha256);

CREATE TABLE blob_uploads (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  inspection_id uuid NOT NULL REFERENCES inspections (id),
  sha256 text NOT NULL,
  size bigint NOT NULL,
  media_type text NOT NULL,
  received_bytes bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  completed_at timestamptz
);
CREATE INDEX blob_uploads_owner ON blob_uploads (user_id, inspection_id, sha256);

CREATE TABLE blob_upload_chunks (
  upload_id uuid NOT NULL REFERENCES blob_uploads (id) ON DELETE CASCADE,
  chunk_offset bigint NOT NULL,
  bytes bytea NOT NULL,
  PRIMARY KEY (upload_id, chunk_offset)
);

CREATE TABLE library_items (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('checklistTemplate', 'citationLibrary')),
  item_key text NOT NULL,
  version integer NOT NULL,
  content_hash text NOT NULL,
  title text NOT NULL,
  content text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, item_key, version)
);

CREATE TABLE context_packs (
  inspection_id uuid PRIMARY KEY REFERENCES inspections (id),
  version integer NOT NULL,
  content_hash text NOT NULL,
  content text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now()
);
