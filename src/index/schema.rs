//! The index schema as numbered migrations. Migration N (1-based) brings `user_version` from
//! N-1 to N. Never edit a released migration; append a new one.

/// The schema version this binary writes and understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The migrations, oldest first.
pub const MIGRATIONS: &[&str] = &[
    // 1: meta, the record outbox/index, the audit chain.
    r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every record object this repository knows. `materialized` = 0 means the row was committed
-- but its object file is not written yet (the outbox: the commit point is SQLite, and the
-- object is written right after, or by the next command that opens the repository).
CREATE TABLE records (
    digest       TEXT PRIMARY KEY,
    type         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    body         TEXT NOT NULL,
    materialized INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX records_type ON records (type, created_at);
CREATE INDEX records_pending ON records (materialized) WHERE materialized = 0;

-- The hash-chained audit trail of this repository (one chain per `.mlo`).
CREATE TABLE audit_events (
    seq          INTEGER PRIMARY KEY,
    event_id     TEXT NOT NULL UNIQUE,
    chain        TEXT NOT NULL,
    ts           TEXT NOT NULL,
    actor_type   TEXT NOT NULL,
    actor_id     TEXT NOT NULL,
    actor_source TEXT,
    action       TEXT NOT NULL,
    target_type  TEXT NOT NULL,
    target_id    TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    reason       TEXT,
    details      TEXT NOT NULL,
    host         TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_events_ts ON audit_events (ts);
CREATE INDEX audit_events_action ON audit_events (action);
"#,
    // 2: data versioning: the stat cache and the dataset versions this repository knows.
    r#"
-- (device, inode, size, mtime, ctime) -> digest for workspace files, keyed by repo-relative
-- path. Hot local state: not rebuilt from records (it is re-learned by hashing).
CREATE TABLE stat_cache (
    path       TEXT PRIMARY KEY,
    dev        INTEGER NOT NULL,
    ino        INTEGER NOT NULL,
    size       INTEGER NOT NULL,
    mtime_ns   INTEGER NOT NULL,
    ctime_ns   INTEGER NOT NULL,
    digest     TEXT NOT NULL,
    checked_ns INTEGER NOT NULL
) WITHOUT ROWID;

-- Every dataset version recorded by `mlo data add` here or pulled from elsewhere
-- (derived from `dataset_version` records; a gc root).
CREATE TABLE dataset_versions (
    record_digest TEXT PRIMARY KEY,
    path          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    digest        TEXT NOT NULL,
    size          INTEGER NOT NULL,
    files         INTEGER,
    created_at    TEXT NOT NULL
);
CREATE INDEX dataset_versions_path ON dataset_versions (path, created_at);
CREATE INDEX dataset_versions_digest ON dataset_versions (digest);
"#,
    // 3: remotes: what each remote is known to hold, so push is a set difference.
    r#"
-- One row per remote location ever used (keyed by its resolved URL, so renaming a remote keeps
-- its knowledge and pointing a name at a new URL starts afresh).
CREATE TABLE remotes (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    verified_at   TEXT,
    -- A push started and has not finished: the next push lists the remote first, so an
    -- interrupted transfer resumes without re-sending what arrived.
    push_pending  INTEGER NOT NULL DEFAULT 0
);

-- Objects (ns 0: .mlo/objects) and records (ns 1: .mlo/records) known to be on a remote:
-- uploaded by us, downloaded from it, or seen in a listing (`mlo remote verify`).
CREATE TABLE remote_objects (
    remote_id INTEGER NOT NULL REFERENCES remotes (id) ON DELETE CASCADE,
    ns        INTEGER NOT NULL,
    digest    TEXT NOT NULL,
    PRIMARY KEY (remote_id, ns, digest)
) WITHOUT ROWID;
"#,
];
