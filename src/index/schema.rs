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
    // 3: the model registry (derived from model_* records; rebuilt by `mlo index rebuild`).
    r#"
CREATE TABLE model_versions (
    name          TEXT NOT NULL,
    version       INTEGER NOT NULL,
    record_digest TEXT NOT NULL UNIQUE,
    artifact      TEXT NOT NULL,
    artifact_kind TEXT NOT NULL,
    size          INTEGER NOT NULL,
    format        TEXT NOT NULL,
    run_id        TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    body          TEXT NOT NULL,
    stage         TEXT NOT NULL DEFAULT 'none',
    PRIMARY KEY (name, version)
) WITHOUT ROWID;
CREATE INDEX model_versions_stage ON model_versions (name, stage);

-- Every stage change, in order: the history behind `mlo model history --at`.
CREATE TABLE model_stage_events (
    record_digest TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    version       INTEGER NOT NULL,
    from_stage    TEXT NOT NULL,
    to_stage      TEXT NOT NULL,
    ts            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    reason        TEXT,
    forced        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX model_stage_events_name ON model_stage_events (name, ts, record_digest);

CREATE TABLE model_aliases (
    name    TEXT NOT NULL,
    alias   TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (name, alias)
) WITHOUT ROWID;

CREATE TABLE model_approvals (
    record_digest TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    version       INTEGER NOT NULL,
    stage         TEXT NOT NULL,
    decision      TEXT NOT NULL,
    actor         TEXT NOT NULL,
    comment       TEXT,
    ts            TEXT NOT NULL
);
CREATE INDEX model_approvals_target ON model_approvals (name, version, stage);

CREATE TABLE model_requests (
    name    TEXT NOT NULL,
    version INTEGER NOT NULL,
    stage   TEXT NOT NULL,
    ts      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    PRIMARY KEY (name, version, stage)
) WITHOUT ROWID;
"#,
    // 4: experiment tracking (`mlo run`): runs, typed params, tags, metric series with a
    // per-key summary (so list and filter never scan the history), artifacts, the active run,
    // and what `mlo run export --mlflow` has already sent to each server.
    r#"
CREATE TABLE track_runs (
    run_id     TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    experiment TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'killed')),
    start_time TEXT NOT NULL,
    end_time   TEXT,
    deleted    INTEGER NOT NULL DEFAULT 0,
    source     TEXT NOT NULL,
    record     TEXT
);
CREATE INDEX track_runs_experiment ON track_runs (experiment, start_time);

-- Params are typed (`kind`: number, bool, string) and immutable once set; `num` holds the
-- value of a number so filters compare numbers as numbers.
CREATE TABLE track_params (
    run_id TEXT NOT NULL REFERENCES track_runs (run_id) ON DELETE CASCADE,
    key    TEXT NOT NULL,
    kind   TEXT NOT NULL,
    value  TEXT NOT NULL,
    num    REAL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;

CREATE TABLE track_tags (
    run_id TEXT NOT NULL REFERENCES track_runs (run_id) ON DELETE CASCADE,
    key    TEXT NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;

-- One row per (run, metric key): the summary list and filters read, kept up to date in the
-- same transaction as the points. `last_*` is the point with the highest (step, ts).
CREATE TABLE track_metric_keys (
    key_id    INTEGER PRIMARY KEY,
    run_id    TEXT NOT NULL REFERENCES track_runs (run_id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    last      REAL,
    last_step INTEGER NOT NULL,
    last_ts   INTEGER NOT NULL,
    min       REAL,
    max       REAL,
    count     INTEGER NOT NULL,
    UNIQUE (run_id, key)
);
CREATE INDEX track_metric_keys_key ON track_metric_keys (key, last);

-- Metric points, compact: the key by id, step, time in ms since the epoch, value (NULL = NaN).
-- Append-only; rowid order is arrival order (what the MLflow mirror counts on).
CREATE TABLE track_metric_points (
    key_id INTEGER NOT NULL,
    step   INTEGER NOT NULL,
    ts     INTEGER NOT NULL,
    value  REAL
);
CREATE INDEX track_metric_points_key ON track_metric_points (key_id, step);

CREATE TABLE track_artifacts (
    run_id TEXT NOT NULL REFERENCES track_runs (run_id) ON DELETE CASCADE,
    path   TEXT NOT NULL,
    digest TEXT NOT NULL,
    size   INTEGER NOT NULL,
    PRIMARY KEY (run_id, path)
) WITHOUT ROWID;

-- The run `mlo run log` writes to when neither --run nor MLO_RUN_ID names one.
CREATE TABLE track_active (
    slot   INTEGER PRIMARY KEY CHECK (slot = 1),
    run_id TEXT NOT NULL
);

-- What `mlo run export --mlflow URL` has sent: the server's run id, and per metric key how
-- many points (in rowid order) the server has, so a second export sends only the rest.
CREATE TABLE track_mlflow_runs (
    server        TEXT NOT NULL,
    run_id        TEXT NOT NULL,
    mlflow_run_id TEXT NOT NULL,
    meta_sent     TEXT,
    PRIMARY KEY (server, run_id)
) WITHOUT ROWID;
CREATE TABLE track_mlflow_metrics (
    server TEXT NOT NULL,
    run_id TEXT NOT NULL,
    key    TEXT NOT NULL,
    sent   INTEGER NOT NULL,
    PRIMARY KEY (server, run_id, key)
) WITHOUT ROWID;
"#,
    // 5: remotes: what each remote is known to hold, so push is a set difference.
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
    // 6: audit events of every chain. This repository's own chain and the chains of other
    // clones, whose events arrive as records with `mlo pull`, share one table keyed by
    // (chain, seq), so each chain is read in its own order and verified on its own.
    // WITHOUT ROWID: a chain is one contiguous range of the table's B-tree, and the `ts` index
    // carries (chain, seq), so the merged view `ORDER BY ts, chain, seq` needs no sort.
    r#"
CREATE TABLE audit_events_v6 (
    chain        TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    event_id     TEXT NOT NULL UNIQUE,
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
    hash         TEXT NOT NULL,
    PRIMARY KEY (chain, seq)
) WITHOUT ROWID;
INSERT INTO audit_events_v6 (chain, seq, event_id, ts, actor_type, actor_id, actor_source, action,
    target_type, target_id, outcome, reason, details, host, prev_hash, hash)
SELECT chain, seq, event_id, ts, actor_type, actor_id, actor_source, action,
    target_type, target_id, outcome, reason, details, host, prev_hash, hash
FROM audit_events;
DROP TABLE audit_events;
ALTER TABLE audit_events_v6 RENAME TO audit_events;
CREATE INDEX audit_events_ts ON audit_events (ts);
CREATE INDEX audit_events_action ON audit_events (action);

-- Pulled audit events that could not take their place: another event already holds their
-- (chain, seq), or they claim this repository's own chain, which only this clone writes. Kept
-- (the record object stays too) so that `mlo audit verify` reports the fork.
CREATE TABLE audit_conflicts (
    record_digest TEXT PRIMARY KEY,
    chain         TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    event_id      TEXT NOT NULL,
    ts            TEXT NOT NULL,
    host          TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_conflicts_chain ON audit_conflicts (chain, seq);

-- Events of other chains that earlier versions kept as records only, stored as they were
-- hashed (never re-hashed); the first record for a (chain, seq) wins, the rest are conflicts.
CREATE TEMP TABLE audit_pulled AS
SELECT digest, body ->> '$.chain' AS chain, body ->> '$.seq' AS seq, body ->> '$.event_id' AS event_id,
    body ->> '$.timestamp' AS ts, body ->> '$.actor.type' AS actor_type, body ->> '$.actor.id' AS actor_id,
    body ->> '$.actor.source' AS actor_source, body ->> '$.action' AS action,
    body ->> '$.target.type' AS target_type, body ->> '$.target.id' AS target_id,
    body ->> '$.outcome' AS outcome, body ->> '$.reason' AS reason, body -> '$.details' AS details,
    body ->> '$.host' AS host, body ->> '$.prev_hash' AS prev_hash, body ->> '$.hash' AS hash
FROM records
WHERE type = 'audit_event' AND json_valid(body) AND body ->> '$.version' = 1
  AND json_type(body, '$.seq') = 'integer'
  AND (body ->> '$.chain') IS NOT (SELECT value FROM meta WHERE key = 'chain_id');
DELETE FROM audit_pulled WHERE chain IS NULL OR event_id IS NULL OR ts IS NULL OR actor_type IS NULL
    OR actor_id IS NULL OR action IS NULL OR target_type IS NULL OR target_id IS NULL
    OR outcome IS NULL OR details IS NULL OR host IS NULL OR prev_hash IS NULL OR hash IS NULL;
INSERT OR IGNORE INTO audit_events (chain, seq, event_id, ts, actor_type, actor_id, actor_source,
    action, target_type, target_id, outcome, reason, details, host, prev_hash, hash)
SELECT chain, seq, event_id, ts, actor_type, actor_id, actor_source, action, target_type,
    target_id, outcome, reason, details, host, prev_hash, hash
FROM audit_pulled ORDER BY chain, seq, digest;
INSERT OR IGNORE INTO audit_conflicts (record_digest, chain, seq, event_id, ts, host, hash)
SELECT p.digest, p.chain, p.seq, p.event_id, p.ts, p.host, p.hash FROM audit_pulled p
WHERE NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.chain = p.chain AND e.seq = p.seq AND e.hash = p.hash);
DROP TABLE audit_pulled;
"#,
    // 7: packs on remotes: many small objects in one remote object, with an index object.
    r#"
-- Packs on a remote whose index this clone wrote or read (`packs/<id>.pack` + `packs/<id>.idx`,
-- docs/remotes.md); `size` is the pack's bytes as its index declares them.
CREATE TABLE remote_packs (
    id        INTEGER PRIMARY KEY,
    remote_id INTEGER NOT NULL REFERENCES remotes (id) ON DELETE CASCADE,
    pack      TEXT NOT NULL,
    size      INTEGER NOT NULL,
    UNIQUE (remote_id, pack)
);

-- A cached copy of each indexed pack's entries: where each object lives inside it.
CREATE TABLE remote_pack_entries (
    pack_id INTEGER NOT NULL REFERENCES remote_packs (id) ON DELETE CASCADE,
    ns      INTEGER NOT NULL,
    digest  TEXT NOT NULL,
    start   INTEGER NOT NULL,
    length  INTEGER NOT NULL,
    PRIMARY KEY (pack_id, ns, digest)
) WITHOUT ROWID;
CREATE INDEX remote_pack_entries_by_digest ON remote_pack_entries (digest, ns);
"#,
];
