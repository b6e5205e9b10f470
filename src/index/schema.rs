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
];
