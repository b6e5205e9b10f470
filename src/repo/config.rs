//! The config files: `.mlops.toml` (committed, project-wide) and `.mlo/config.local.toml`
//! (this machine only). Both share one schema, [`KEYS`]: every key has a dotted path, a type
//! and a documented default. Unknown keys and wrong types are rejected with the key's path and
//! the file's line, both when a file is read and when `mlo config set` would write one; a
//! rejected `set` leaves the file untouched. Edits go through `toml_edit`, so comments and
//! layout survive, and files are replaced atomically.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use toml_edit::{DocumentMut, Item, Table, Value};

/// The `.mlops.toml` that `mlo init` writes when none exists.
pub const DEFAULT_PROJECT_CONFIG: &str = r#"# mlo project configuration. Committed to git; shared by everyone who clones the project.
# Machine-local settings (credentials references, paths) go in .mlo/config.local.toml instead.
# Every key is documented in .mlops.toml.example; `mlo config list` shows the values in force.

[core]
# Who audit events name when MLO_ACTOR is not set (default: git user.email, else the OS user).
# actor = "alice@example.com"

[store]
# How files enter the object store: auto (reflink, else hard link, else copy), reflink, hardlink, copy.
# link = "auto"

[index]
# How long a command waits for another process's write lock on .mlo/index.db, in ms.
# busy_timeout_ms = 10000
"#;

/// The type of a config value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    /// Any string.
    String,
    /// true or false.
    Bool,
    /// A whole number in a range.
    Integer {
        /// Smallest allowed.
        min: i64,
        /// Largest allowed.
        max: i64,
    },
    /// One of a fixed set of strings.
    Enum(&'static [&'static str]),
    /// An array of strings.
    StringList,
    /// A list of strings, each one of a fixed set (a TOML array; `mlo config set` also takes
    /// a comma-separated list). Duplicates are rejected.
    EnumList(&'static [&'static str]),
}

impl fmt::Display for ValueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueKind::String => f.write_str("a string"),
            ValueKind::Bool => f.write_str("a boolean (true or false)"),
            ValueKind::Integer { min, max } => write!(f, "an integer from {min} to {max}"),
            ValueKind::Enum(options) => write!(f, "one of {}", options.join(", ")),
            ValueKind::StringList => f.write_str("an array of strings"),
            ValueKind::EnumList(options) => {
                write!(f, "a list of distinct values from {}", options.join(", "))
            }
        }
    }
}

/// One documented config key.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct KeySpec {
    /// Dotted path, e.g. `store.link`.
    pub key: &'static str,
    /// Its type.
    pub kind: ValueKind,
    /// The default in TOML syntax, or empty when the default is computed.
    pub default: &'static str,
    /// What it does.
    pub doc: &'static str,
}

/// Every key mlo understands. Later command groups add theirs here.
pub const KEYS: &[KeySpec] = &[
    KeySpec {
        key: "core.actor",
        kind: ValueKind::String,
        default: "",
        doc: "who audit events name when MLO_ACTOR is not set (default: git user.email, else the OS user)",
    },
    KeySpec {
        key: "store.link",
        kind: ValueKind::Enum(&["auto", "reflink", "hardlink", "copy"]),
        default: "\"auto\"",
        doc: "how files enter the object store: auto (reflink, else hard link, else copy), reflink, hardlink, copy",
    },
    KeySpec {
        key: "index.busy_timeout_ms",
        kind: ValueKind::Integer {
            min: 0,
            max: 600_000,
        },
        default: "10000",
        doc: "how long a command waits for another process's write lock on .mlo/index.db, in milliseconds",
    },
    KeySpec {
        key: "registry.gates.staging.metrics",
        kind: ValueKind::StringList,
        default: "[]",
        doc: "metric thresholds a version must meet to enter staging, e.g. [\"accuracy >= 0.9\", \"latency_p99_ms <= 20\"]",
    },
    KeySpec {
        key: "registry.gates.staging.no_regression",
        kind: ValueKind::StringList,
        default: "[]",
        doc: "comparisons against the version holding staging now, e.g. [\"accuracy >= current - 0.01\"]",
    },
    KeySpec {
        key: "registry.gates.staging.approvals",
        kind: ValueKind::Integer { min: 0, max: 100 },
        default: "0",
        doc: "distinct approvers needed before a version enters staging",
    },
    KeySpec {
        key: "registry.gates.staging.approvers",
        kind: ValueKind::StringList,
        default: "[]",
        doc: "who may approve staging promotions (actor ids); empty means anyone",
    },
    KeySpec {
        key: "registry.gates.staging.author_may_approve",
        kind: ValueKind::Bool,
        default: "false",
        doc: "whether the actor who registered a version may approve it for staging",
    },
    KeySpec {
        key: "registry.gates.staging.command",
        kind: ValueKind::String,
        default: "",
        doc: "a shell command that must exit 0 before a version enters staging (MLO_MODEL, MLO_MODEL_VERSION and MLO_STAGE are set)",
    },
    KeySpec {
        key: "registry.gates.production.metrics",
        kind: ValueKind::StringList,
        default: "[]",
        doc: "metric thresholds a version must meet to enter production, e.g. [\"accuracy >= 0.9\", \"latency_p99_ms <= 20\"]",
    },
    KeySpec {
        key: "registry.gates.production.no_regression",
        kind: ValueKind::StringList,
        default: "[]",
        doc: "comparisons against the version holding production now, e.g. [\"accuracy >= current - 0.01\"]",
    },
    KeySpec {
        key: "registry.gates.production.approvals",
        kind: ValueKind::Integer { min: 0, max: 100 },
        default: "0",
        doc: "distinct approvers needed before a version enters production",
    },
    KeySpec {
        key: "registry.gates.production.approvers",
        kind: ValueKind::StringList,
        default: "[]",
        doc: "who may approve production promotions (actor ids); empty means anyone",
    },
    KeySpec {
        key: "registry.gates.production.author_may_approve",
        kind: ValueKind::Bool,
        default: "false",
        doc: "whether the actor who registered a version may approve it for production",
    },
    KeySpec {
        key: "registry.gates.production.command",
        kind: ValueKind::String,
        default: "",
        doc: "a shell command that must exit 0 before a version enters production (MLO_MODEL, MLO_MODEL_VERSION and MLO_STAGE are set)",
    },
    KeySpec {
        key: "registry.hooks.commands",
        kind: ValueKind::StringList,
        default: "[]",
        doc: "shell commands run on every register, promote and alias change, with the event as JSON on stdin",
    },
    KeySpec {
        key: "registry.hooks.blocking",
        kind: ValueKind::Bool,
        default: "false",
        doc: "whether a failing hook command or `webhooks` URL undoes the promotion or alias change and fails the command (exit 1); otherwise it is reported and recorded",
    },
    KeySpec {
        key: "registry.hooks.webhooks",
        kind: ValueKind::StringList,
        default: "[]",
        doc: "URLs the event is POSTed to as JSON on every register, promote and alias change (blocking as `registry.hooks.blocking` says)",
    },
    KeySpec {
        key: "registry.hooks.command_timeout_ms",
        kind: ValueKind::Integer {
            min: 100,
            max: 3_600_000,
        },
        default: "300000",
        doc: "how long a hook command may run before it is killed and counted as failed, in milliseconds",
    },
    KeySpec {
        key: "registry.hooks.timeout_ms",
        kind: ValueKind::Integer {
            min: 100,
            max: 120_000,
        },
        default: "5000",
        doc: "timeout of one webhook attempt, in milliseconds",
    },
    KeySpec {
        key: "registry.hooks.retries",
        kind: ValueKind::Integer { min: 0, max: 10 },
        default: "2",
        doc: "webhook attempts after a failed one (connection error, timeout, 5xx, 429), with exponential backoff",
    },
    KeySpec {
        key: "registry.hooks.webhook.*.url",
        kind: ValueKind::String,
        default: "",
        doc: "a named webhook: the URL the event is POSTed to",
    },
    KeySpec {
        key: "registry.hooks.webhook.*.url_env",
        kind: ValueKind::String,
        default: "",
        doc: "a named webhook: the environment variable holding its URL, for URLs that embed a secret (Slack); instead of `url`",
    },
    KeySpec {
        key: "registry.hooks.webhook.*.blocking",
        kind: ValueKind::Bool,
        default: "false",
        doc: "a named webhook: whether its failure undoes the promotion or alias change and fails the command (exit 1)",
    },
    KeySpec {
        key: "registry.hooks.webhook.*.token_env",
        kind: ValueKind::String,
        default: "",
        doc: "a named webhook: the environment variable holding a token sent as `Authorization: Bearer TOKEN` (never printed or audited)",
    },
    KeySpec {
        key: "registry.hooks.webhook.*.token_header",
        kind: ValueKind::String,
        default: "",
        doc: "a named webhook: send the token in this header, as is, instead of `Authorization: Bearer` (e.g. `X-Api-Key`)",
    },
    KeySpec {
        key: "registry.hooks.webhook.*.secret_env",
        kind: ValueKind::String,
        default: "",
        doc: "a named webhook: the environment variable holding a key; the body is signed with it as `X-Mlo-Signature-256: sha256=HMAC-SHA256(key, body)`",
    },
    KeySpec {
        key: "audit.public_key",
        kind: ValueKind::String,
        default: "",
        doc: "the ed25519 public key (64 hex, from `mlo audit keygen`) that checkpoints, inclusion proofs and export manifests must be signed by; commit it in .mlops.toml",
    },
    KeySpec {
        key: "audit.signing_key",
        kind: ValueKind::String,
        default: "",
        doc: "path (relative to the repository root) of the private key file that signs checkpoints and export manifests; machine-local, set it in .mlo/config.local.toml",
    },
    KeySpec {
        key: "ci.provider",
        kind: ValueKind::Enum(&["github", "gitlab", "jenkins", "azure"]),
        default: "",
        doc: "the CI system `mlo ci generate` targets when none is named on the command line",
    },
    KeySpec {
        key: "ci.stages",
        kind: ValueKind::EnumList(crate::ci::STAGE_NAMES),
        default: "[\"setup\", \"data\", \"validate\", \"train\", \"evaluate\", \"register\", \"promote\", \"push\"]",
        doc: "the pipeline stages `mlo ci generate` writes, in pipeline order",
    },
    KeySpec {
        key: "ci.train_cmd",
        kind: ValueKind::String,
        default: "\"python train.py\"",
        doc: "the project's training command, run by the pipeline as `mlo run exec -- CMD`",
    },
    KeySpec {
        key: "ci.setup_cmd",
        kind: ValueKind::String,
        default: "",
        doc: "a command that installs the project's own toolchain in the setup stage (e.g. `pip install -r requirements.txt`)",
    },
    KeySpec {
        key: "ci.remote",
        kind: ValueKind::String,
        default: "\"origin\"",
        doc: "the mlo remote the pipeline pulls from and pushes to",
    },
    KeySpec {
        key: "ci.model",
        kind: ValueKind::String,
        default: "\"model\"",
        doc: "the registered model the pipeline registers, gates and promotes",
    },
    KeySpec {
        key: "ci.artifact",
        kind: ValueKind::String,
        default: "\"model.onnx\"",
        doc: "the file or directory the training command writes, registered as a new model version",
    },
    KeySpec {
        key: "ci.branch",
        kind: ValueKind::String,
        default: "\"main\"",
        doc: "the default branch: register, promote and push run only on it",
    },
    KeySpec {
        key: "ci.data",
        kind: ValueKind::String,
        default: "\"data/train.csv\"",
        doc: "the table the validate stage checks and the evaluate stage compares for drift",
    },
    KeySpec {
        key: "ci.schema",
        kind: ValueKind::String,
        default: "\"schema.yaml\"",
        doc: "the committed schema for `mlo data validate`",
    },
    KeySpec {
        key: "ci.reference",
        kind: ValueKind::String,
        default: "",
        doc: "the drift reference (default: `ci.data` as of the default branch, `DATA@origin/BRANCH`)",
    },
    KeySpec {
        key: "ci.mlo_version",
        kind: ValueKind::String,
        default: "",
        doc: "the mlo version the setup stage installs from crates.io (default: this binary's version)",
    },
    KeySpec {
        key: "ci.mlo_git",
        kind: ValueKind::String,
        default: "",
        doc: "install mlo with `cargo install --git URL` from this repository URL instead of crates.io",
    },
    KeySpec {
        key: "ci.image",
        kind: ValueKind::String,
        default: "\"rust:1-bookworm\"",
        doc: "the container image GitLab CI jobs run in (needs cargo for the setup stage)",
    },
    KeySpec {
        key: "core.remote",
        kind: ValueKind::String,
        default: "",
        doc: "the remote `mlo push`, `fetch` and `pull` use when `-r` is not given (set by `mlo remote add --default`)",
    },
    KeySpec {
        key: "remote.*.url",
        kind: ValueKind::String,
        default: "",
        doc: "where the remote lives: a directory (`/path`, `file:///path`), `s3://bucket/prefix`, `gs://bucket/prefix` or `az://container/prefix`",
    },
    KeySpec {
        key: "remote.*.endpoint",
        kind: ValueKind::String,
        default: "",
        doc: "S3-compatible servers (MinIO, Ceph, moto): the endpoint URL, e.g. `http://127.0.0.1:9000`",
    },
    KeySpec {
        key: "remote.*.region",
        kind: ValueKind::String,
        default: "",
        doc: "S3 region (default: AWS_REGION / AWS_DEFAULT_REGION, else us-east-1)",
    },
    KeySpec {
        key: "remote.*.path_style",
        kind: ValueKind::Bool,
        default: "true",
        doc: "S3: address buckets as `endpoint/bucket` (path style, what most S3-compatible servers want) instead of `bucket.endpoint`",
    },
    KeySpec {
        key: "remote.*.allow_http",
        kind: ValueKind::Bool,
        default: "false",
        doc: "allow plain-HTTP endpoints (local test servers); otherwise only HTTPS is used",
    },
    KeySpec {
        key: "remote.*.account",
        kind: ValueKind::String,
        default: "",
        doc: "Azure: the storage account name (default: AZURE_STORAGE_ACCOUNT_NAME)",
    },
    KeySpec {
        key: "remote.*.jobs",
        kind: ValueKind::Integer { min: 1, max: 512 },
        default: "32",
        doc: "how many requests a transfer keeps in flight",
    },
    KeySpec {
        key: "remote.*.retries",
        kind: ValueKind::Integer { min: 0, max: 20 },
        default: "4",
        doc: "how many times a request that failed transiently (timeout, 5xx, connection reset) is retried, with exponential backoff",
    },
    KeySpec {
        key: "remote.*.timeout_s",
        kind: ValueKind::Integer { min: 1, max: 3600 },
        default: "30",
        doc: "connect timeout, and the longest a request may keep retrying, in seconds",
    },
    KeySpec {
        key: "remote.*.pack_threshold_kib",
        kind: ValueKind::Integer { min: 0, max: 16384 },
        default: "1024",
        doc: "push packs objects and records smaller than this many KiB into pack objects (with an index) when a stage sends at least 32 of them; 0 sends every object under its own key",
    },
    KeySpec {
        key: "remote.*.pack_size_mib",
        kind: ValueKind::Integer { min: 1, max: 64 },
        default: "16",
        doc: "target size of one pack object, in MiB",
    },
    KeySpec {
        key: "remote.*.access_key_id",
        kind: ValueKind::String,
        default: "",
        doc: "S3 access key id; only in .mlo/config.local.toml (default: AWS_ACCESS_KEY_ID and the standard provider chain)",
    },
    KeySpec {
        key: "remote.*.secret_access_key",
        kind: ValueKind::String,
        default: "",
        doc: "S3 secret access key; only in .mlo/config.local.toml, never in .mlops.toml (default: AWS_SECRET_ACCESS_KEY)",
    },
    KeySpec {
        key: "remote.*.session_token",
        kind: ValueKind::String,
        default: "",
        doc: "S3 session token; only in .mlo/config.local.toml (default: AWS_SESSION_TOKEN)",
    },
    KeySpec {
        key: "remote.*.access_key",
        kind: ValueKind::String,
        default: "",
        doc: "Azure storage account key; only in .mlo/config.local.toml (default: AZURE_STORAGE_ACCOUNT_KEY)",
    },
    KeySpec {
        key: "remote.*.service_account_path",
        kind: ValueKind::String,
        default: "",
        doc: "GCS: path of a service account JSON key file; only in .mlo/config.local.toml (default: GOOGLE_APPLICATION_CREDENTIALS)",
    },
    KeySpec {
        key: "serve.host",
        kind: ValueKind::String,
        default: "\"127.0.0.1\"",
        doc: "address `mlo serve` binds; a non-loopback address requires a bearer token",
    },
    KeySpec {
        key: "serve.port",
        kind: ValueKind::Integer {
            min: 0,
            max: 65_535,
        },
        default: "8080",
        doc: "port `mlo serve` listens on (0 picks a free port)",
    },
    KeySpec {
        key: "serve.threads",
        kind: ValueKind::Integer { min: 0, max: 256 },
        default: "0",
        doc: "inference worker threads for `mlo serve` (0: half the CPUs, at least 1)",
    },
    KeySpec {
        key: "serve.token_file",
        kind: ValueKind::String,
        default: "\"\"",
        doc: "file holding the bearer token `mlo serve` requires (MLO_SERVE_TOKEN overrides it)",
    },
    KeySpec {
        key: "serve.log",
        kind: ValueKind::Bool,
        default: "true",
        doc: "whether `mlo serve` writes the prediction log under .mlo/predictions/",
    },
    KeySpec {
        key: "serve.log_sample_percent",
        kind: ValueKind::Integer { min: 0, max: 100 },
        default: "100",
        doc: "percent of requests the prediction log records (feedback is always recorded)",
    },
    KeySpec {
        key: "serve.log_segment_mb",
        kind: ValueKind::Integer { min: 1, max: 4096 },
        default: "64",
        doc: "prediction log segment size in MiB before it rotates",
    },
    KeySpec {
        key: "serve.log_max_mb",
        kind: ValueKind::Integer {
            min: 1,
            max: 1_048_576,
        },
        default: "1024",
        doc: "prediction log size cap in MiB; the oldest segments are deleted past it",
    },
    KeySpec {
        key: "monitor.drift_share_percent",
        kind: ValueKind::Integer { min: 1, max: 100 },
        default: "50",
        doc: "percentage of drifted columns at which `mlo monitor drift` declares dataset drift (Evidently's drift_share x 100); --drift-share overrides",
    },
    KeySpec {
        key: "monitor.alerts.webhook",
        kind: ValueKind::String,
        default: "",
        doc: "URL that `mlo monitor drift` POSTs a JSON summary to (Slack-compatible `text` field); --webhook overrides",
    },
    KeySpec {
        key: "monitor.alerts.on",
        kind: ValueKind::Enum(&["dataset", "column", "always"]),
        default: "\"dataset\"",
        doc: "when to send the alert: dataset drift, any drifted column, or after every check",
    },
    KeySpec {
        key: "monitor.alerts.timeout_ms",
        kind: ValueKind::Integer {
            min: 100,
            max: 120_000,
        },
        default: "5000",
        doc: "timeout of one webhook attempt, in milliseconds",
    },
    KeySpec {
        key: "monitor.alerts.retries",
        kind: ValueKind::Integer { min: 0, max: 10 },
        default: "2",
        doc: "webhook attempts after the first failed one (with backoff); a failing webhook never changes the exit code",
    },
];

/// Keys that hold credentials: accepted in `.mlo/config.local.toml` only, never in the
/// committed `.mlops.toml` (patterns as in [`KEYS`]).
pub const LOCAL_ONLY_KEYS: &[&str] = &[
    "remote.*.access_key_id",
    "remote.*.secret_access_key",
    "remote.*.session_token",
    "remote.*.access_key",
    "remote.*.service_account_path",
];

/// Look up a key's spec. A `*` segment in a spec's key matches one segment of `key` made of
/// ASCII letters, digits, `-` and `_` (a remote's name, for `remote.*.url`).
pub fn spec(key: &str) -> Option<&'static KeySpec> {
    KEYS.iter().find(|k| key_matches(k.key, key))
}

/// Whether `key` matches the pattern `pattern` (`*` = one name segment).
pub fn key_matches(pattern: &str, key: &str) -> bool {
    let mut p = pattern.split('.');
    let mut k = key.split('.');
    loop {
        match (p.next(), k.next()) {
            (None, None) => return true,
            (Some("*"), Some(seg)) if valid_name_segment(seg) => {}
            (Some(a), Some(b)) if a == b => {}
            _ => return false,
        }
    }
}

/// Whether `name` can stand for a `*` segment (remote names): non-empty ASCII letters, digits,
/// `-`, `_`.
pub fn valid_name_segment(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether `key` may only be set in `.mlo/config.local.toml` (it holds a credential).
pub fn is_local_only(key: &str) -> bool {
    LOCAL_ONLY_KEYS.iter().any(|p| key_matches(p, key))
}

/// Errors in config files and `mlo config` arguments.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file is not valid TOML.
    #[error("`{}` is not valid TOML (line {line}, column {column}): {message}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// A key that is not in the schema.
    #[error("unknown key `{key}`{}", location(path, *line))]
    UnknownKey {
        /// The dotted key.
        key: String,
        /// The file, when it came from one.
        path: Option<PathBuf>,
        /// 1-based line, when known.
        line: Option<usize>,
        /// A close known key.
        suggestion: Option<&'static str>,
    },
    /// A value of the wrong type.
    #[error("key `{key}`{} expects {expected}, found {found}", location(path, *line))]
    WrongType {
        /// The dotted key.
        key: String,
        /// The file, when it came from one.
        path: Option<PathBuf>,
        /// 1-based line, when known.
        line: Option<usize>,
        /// The type it wants.
        expected: ValueKind,
        /// What was there.
        found: String,
    },
    /// A credential in the committed project config.
    #[error("key `{key}`{} holds a credential and is not allowed in the committed `.mlops.toml`", location(path, *line))]
    SecretInProject {
        /// The dotted key.
        key: String,
        /// The file, when it came from one.
        path: Option<PathBuf>,
        /// 1-based line, when known.
        line: Option<usize>,
    },
    /// Reading or writing the file failed.
    #[error("cannot {action} `{}`", path.display())]
    Io {
        /// What we were doing.
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
}

fn location(path: &Option<PathBuf>, line: Option<usize>) -> String {
    match (path, line) {
        (Some(p), Some(l)) => format!(" in `{}` line {l}", p.display()),
        (Some(p), None) => format!(" in `{}`", p.display()),
        _ => String::new(),
    }
}

impl ConfigError {
    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            ConfigError::UnknownKey {
                suggestion: Some(s),
                ..
            } => vec![format!("did you mean `{s}`?")],
            ConfigError::UnknownKey { .. } => {
                vec!["`mlo config list --all` shows every key mlo understands".into()]
            }
            ConfigError::WrongType { key, .. } => spec(key)
                .map(|s| vec![format!("`{}`: {}", s.key, s.doc)])
                .unwrap_or_default(),
            ConfigError::Syntax { .. } => {
                vec!["fix the file by hand; mlo did not change it".into()]
            }
            ConfigError::SecretInProject { key, .. } => vec![
                format!(
                    "remove it from `.mlops.toml` and set it in `.mlo/config.local.toml` instead (`mlo config set --local {key} VALUE`), or use the provider's environment variables"
                ),
                "if the file was committed with the secret, rotate the credential".into(),
            ],
            ConfigError::Io { .. } => vec![],
        }
    }
}

/// A parsed config file: its document (for edits) and where it lives.
#[derive(Debug, Clone)]
pub struct ConfigFile {
    /// The file (which may not exist yet).
    pub path: PathBuf,
    /// The parsed document (empty when the file does not exist).
    pub doc: DocumentMut,
    text: String,
}

/// A leaf value found in a file, with its key and TOML rendering.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Entry {
    /// Dotted key.
    pub key: String,
    /// The value as JSON.
    pub value: serde_json::Value,
}

impl ConfigFile {
    /// Read and validate a config file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(source) => {
                return Err(ConfigError::Io {
                    action: "read",
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        Self::parse(path, text)
    }

    /// Parse and validate `text` as if it were the file at `path`.
    pub fn parse(path: &Path, text: String) -> Result<Self, ConfigError> {
        let doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
            let (line, column) = e.span().map(|s| line_col(&text, s.start)).unwrap_or((1, 1));
            ConfigError::Syntax {
                path: path.to_path_buf(),
                line,
                column,
                message: e.message().trim().to_string(),
            }
        })?;
        let file = ConfigFile {
            path: path.to_path_buf(),
            doc,
            text,
        };
        file.validate()?;
        Ok(file)
    }

    /// Every leaf value in the file, validated.
    pub fn entries(&self) -> Result<Vec<Entry>, ConfigError> {
        let mut out = Vec::new();
        walk(self.doc.as_table(), "", &mut |key, item| {
            let spec = spec(key).ok_or_else(|| self.unknown(key))?;
            let value =
                check_item(spec, item).map_err(|found| self.wrong_type(key, spec, found))?;
            out.push(Entry {
                key: key.to_string(),
                value,
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// The value of one key, if set in this file.
    pub fn get(&self, key: &str) -> Option<serde_json::Value> {
        let spec = spec(key)?;
        let item = lookup(self.doc.as_table(), key)?;
        check_item(spec, item).ok()
    }

    /// Set `key` to the string `raw` parsed according to the key's type. The document is
    /// changed only in memory; call [`ConfigFile::save`].
    pub fn set(&mut self, key: &str, raw: &str) -> Result<serde_json::Value, ConfigError> {
        let spec = spec(key).ok_or_else(|| ConfigError::UnknownKey {
            key: key.into(),
            path: None,
            line: None,
            suggestion: suggest(key),
        })?;
        let value = parse_raw(spec, raw).map_err(|found| ConfigError::WrongType {
            key: key.into(),
            path: None,
            line: None,
            expected: spec.kind,
            found,
        })?;
        let (table_path, leaf) = key.rsplit_once('.').unwrap_or(("", key));
        let mut table = self.doc.as_table_mut();
        let parts: Vec<&str> = table_path.split('.').filter(|p| !p.is_empty()).collect();
        for (i, part) in parts.iter().enumerate() {
            // `[remote.origin]` rather than an empty `[remote]` header above it.
            let implicit = i + 1 < parts.len();
            let entry = table.entry(part).or_insert_with(|| {
                let mut t = Table::new();
                t.set_implicit(implicit);
                Item::Table(t)
            });
            table = entry.as_table_mut().ok_or_else(|| ConfigError::WrongType {
                key: (*part).into(),
                path: Some(self.path.clone()),
                line: None,
                expected: ValueKind::String,
                found: "a non-table value where a table is needed".into(),
            })?;
        }
        let json = check_value(spec, &value).expect("parsed values type-check");
        table.insert(leaf, Item::Value(value));
        self.validate()?;
        Ok(json)
    }

    /// Remove `key`; returns whether it was set.
    pub fn unset(&mut self, key: &str) -> Result<bool, ConfigError> {
        if spec(key).is_none() {
            return Err(ConfigError::UnknownKey {
                key: key.into(),
                path: None,
                line: None,
                suggestion: suggest(key),
            });
        }
        let (table_path, leaf) = key.rsplit_once('.').unwrap_or(("", key));
        let mut table = self.doc.as_table_mut();
        for part in table_path.split('.').filter(|p| !p.is_empty()) {
            match table.get_mut(part).and_then(Item::as_table_mut) {
                Some(t) => table = t,
                None => return Ok(false),
            }
        }
        Ok(table.remove(leaf).is_some())
    }

    /// Write the document back atomically (creating parent directories as needed).
    pub fn save(&self) -> Result<(), ConfigError> {
        let mut text = self.doc.to_string();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        super::write_atomic(&self.path, text.as_bytes()).map_err(|source| ConfigError::Io {
            action: "write",
            path: self.path.clone(),
            source,
        })
    }

    fn validate(&self) -> Result<(), ConfigError> {
        self.entries().map(|_| ())
    }

    /// Refuse credentials: for the committed `.mlops.toml`, which must never hold one.
    pub fn reject_secrets(&self) -> Result<(), ConfigError> {
        for e in self.entries()? {
            if is_local_only(&e.key) {
                return Err(ConfigError::SecretInProject {
                    line: self.line_of(&e.key),
                    key: e.key,
                    path: Some(self.path.clone()),
                });
            }
        }
        Ok(())
    }

    fn unknown(&self, key: &str) -> ConfigError {
        ConfigError::UnknownKey {
            key: key.into(),
            path: Some(self.path.clone()),
            line: self.line_of(key),
            suggestion: suggest(key),
        }
    }

    fn wrong_type(&self, key: &str, spec: &KeySpec, found: String) -> ConfigError {
        ConfigError::WrongType {
            key: key.into(),
            path: Some(self.path.clone()),
            line: self.line_of(key),
            expected: spec.kind,
            found,
        }
    }

    /// Best-effort line of a key: the line of its leaf name inside its table's section.
    fn line_of(&self, key: &str) -> Option<usize> {
        let (table, leaf) = key.rsplit_once('.').unwrap_or(("", key));
        let mut in_table = table.is_empty();
        for (i, line) in self.text.lines().enumerate() {
            let t = line.trim();
            if t.starts_with('[') {
                let name = t.trim_start_matches('[').trim_end_matches(']').trim();
                in_table = name == table;
                continue;
            }
            let lhs = t.split('=').next().unwrap_or("").trim().trim_matches('"');
            if in_table && lhs == leaf {
                return Some(i + 1);
            }
            if lhs == key {
                return Some(i + 1);
            }
        }
        None
    }
}

fn walk(
    table: &Table,
    prefix: &str,
    f: &mut dyn FnMut(&str, &Item) -> Result<(), ConfigError>,
) -> Result<(), ConfigError> {
    for (k, item) in table.iter() {
        let key = if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        };
        match item {
            Item::Table(t) => walk(t, &key, f)?,
            Item::Value(Value::InlineTable(t)) if spec(&key).is_none() => {
                let t = t.clone().into_table();
                walk(&t, &key, f)?;
            }
            Item::None => {}
            other => f(&key, other)?,
        }
    }
    Ok(())
}

fn lookup<'a>(table: &'a Table, key: &str) -> Option<&'a Item> {
    let mut parts = key.split('.').peekable();
    let mut current = table;
    while let Some(part) = parts.next() {
        let item = current.get(part)?;
        if parts.peek().is_none() {
            return Some(item);
        }
        current = item.as_table()?;
    }
    None
}

fn describe(item: &Item) -> String {
    match item {
        Item::Value(Value::String(s)) => format!("the string \"{}\"", s.value()),
        Item::Value(Value::Integer(i)) => format!("the integer {}", i.value()),
        Item::Value(Value::Float(f)) => format!("the float {}", f.value()),
        Item::Value(Value::Boolean(b)) => format!("the boolean {}", b.value()),
        Item::Value(Value::Datetime(_)) => "a date-time".into(),
        Item::Value(Value::Array(_)) | Item::ArrayOfTables(_) => "an array".into(),
        Item::Value(Value::InlineTable(_)) | Item::Table(_) => "a table".into(),
        Item::None => "nothing".into(),
    }
}

fn check_item(spec: &KeySpec, item: &Item) -> Result<serde_json::Value, String> {
    match item {
        Item::Value(v) => check_value(spec, v).map_err(|_| describe(item)),
        other => Err(describe(other)),
    }
}

fn check_value(spec: &KeySpec, v: &Value) -> Result<serde_json::Value, ()> {
    match (spec.kind, v) {
        (ValueKind::String, Value::String(s)) => Ok(serde_json::Value::String(s.value().clone())),
        (ValueKind::Bool, Value::Boolean(b)) => Ok(serde_json::Value::Bool(*b.value())),
        (ValueKind::Integer { min, max }, Value::Integer(i)) if (min..=max).contains(i.value()) => {
            Ok(serde_json::Value::from(*i.value()))
        }
        (ValueKind::Enum(options), Value::String(s)) if options.contains(&s.value().as_str()) => {
            Ok(serde_json::Value::String(s.value().clone()))
        }
        (ValueKind::StringList, Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(|s| serde_json::Value::String(s.to_string()))
                    .ok_or(())
            })
            .collect::<Result<Vec<_>, ()>>()
            .map(serde_json::Value::Array),
        (ValueKind::EnumList(options), Value::Array(items)) => {
            let mut out: Vec<serde_json::Value> = Vec::new();
            for item in items.iter() {
                let s = item.as_str().ok_or(())?;
                if !options.contains(&s) || out.iter().any(|v| v == s) {
                    return Err(());
                }
                out.push(serde_json::Value::String(s.to_string()));
            }
            Ok(serde_json::Value::Array(out))
        }
        _ => Err(()),
    }
}

fn parse_raw(spec: &KeySpec, raw: &str) -> Result<Value, String> {
    match spec.kind {
        ValueKind::String => Ok(Value::from(raw)),
        ValueKind::Bool => match raw {
            "true" => Ok(Value::from(true)),
            "false" => Ok(Value::from(false)),
            _ => Err(format!("`{raw}`")),
        },
        ValueKind::Integer { min, max } => match raw.parse::<i64>() {
            Ok(i) if (min..=max).contains(&i) => Ok(Value::from(i)),
            _ => Err(format!("`{raw}`")),
        },
        ValueKind::StringList => {
            // A TOML array (`["a", "b"]`), or one plain string as a one-element list.
            if raw.trim_start().starts_with('[') {
                let doc: DocumentMut = format!("v = {raw}")
                    .parse()
                    .map_err(|_| format!("`{raw}`"))?;
                match doc.get("v").and_then(|i| i.as_value()) {
                    Some(Value::Array(a)) if a.iter().all(|v| v.as_str().is_some()) => {
                        Ok(Value::Array(a.clone()))
                    }
                    _ => Err(format!("`{raw}`")),
                }
            } else {
                let mut a = toml_edit::Array::new();
                a.push(raw);
                Ok(Value::Array(a))
            }
        }
        ValueKind::Enum(options) => {
            if options.contains(&raw) {
                Ok(Value::from(raw))
            } else {
                Err(format!("`{raw}`"))
            }
        }
        ValueKind::EnumList(options) => {
            let mut items = toml_edit::Array::new();
            let mut seen = Vec::new();
            for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                if !options.contains(&part) {
                    return Err(format!("`{part}` in `{raw}`"));
                }
                if seen.contains(&part) {
                    return Err(format!("`{part}` twice in `{raw}`"));
                }
                seen.push(part);
                items.push(part);
            }
            Ok(Value::Array(items))
        }
    }
}

/// The closest known key, when one is close enough to be a typo.
fn suggest(key: &str) -> Option<&'static str> {
    KEYS.iter()
        .map(|k| (edit_distance(key, k.key), k.key))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<ConfigFile, ConfigError> {
        ConfigFile::parse(Path::new(".mlops.toml"), text.to_string())
    }

    #[test]
    fn default_config_is_valid() {
        assert!(
            parse(DEFAULT_PROJECT_CONFIG)
                .unwrap()
                .entries()
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn unknown_key_names_path_and_line() {
        let err = parse("[store]\nlink = \"copy\"\nlnk = \"copy\"\n").unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("`store.lnk`") && msg.contains("line 3"),
            "{msg}"
        );
        assert_eq!(err.hints(), vec!["did you mean `store.link`?".to_string()]);
    }

    #[test]
    fn wrong_type_is_rejected() {
        let err = parse("[index]\nbusy_timeout_ms = \"soon\"\n").unwrap_err();
        assert!(err.to_string().contains("expects an integer"), "{err}");
    }

    #[test]
    fn enum_lists_take_arrays_and_comma_lists() {
        let f = parse("[ci]\nstages = [\"setup\", \"train\"]\n").unwrap();
        assert_eq!(
            f.get("ci.stages"),
            Some(serde_json::json!(["setup", "train"]))
        );
        let err = parse("[ci]\nstages = [\"setup\", \"tain\"]\n").unwrap_err();
        assert!(err.to_string().contains("expects a list"), "{err}");
        assert!(parse("[ci]\nstages = [\"push\", \"push\"]\n").is_err());
        let mut f = parse("").unwrap();
        f.set("ci.stages", "data, train,push").unwrap();
        assert_eq!(
            f.get("ci.stages"),
            Some(serde_json::json!(["data", "train", "push"]))
        );
        let err = f.set("ci.stages", "data,deploy").unwrap_err();
        assert!(err.to_string().contains("`deploy`"), "{err}");
    }

    #[test]
    fn remote_keys_match_by_pattern() {
        let f = parse("[remote.origin]\nurl = \"s3://b/p\"\njobs = 8\n").unwrap();
        assert_eq!(
            f.get("remote.origin.url"),
            Some(serde_json::json!("s3://b/p"))
        );
        let err = parse("[remote.origin]\njobs = \"many\"\n").unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("`remote.origin.jobs`") && msg.contains("line 2"),
            "{msg}"
        );
        let err = parse("[remote.origin]\nurll = \"x\"\n").unwrap_err();
        assert!(err.to_string().contains("`remote.origin.urll`"), "{err}");
        assert!(parse("[remote.\"a.b\"]\nurl = \"x\"\n").is_err());
    }

    #[test]
    fn secrets_are_refused_in_project_config() {
        let f = parse("[remote.origin]\nsecret_access_key = \"s\"\n").unwrap();
        let err = f.reject_secrets().unwrap_err();
        assert!(
            err.to_string()
                .contains("`remote.origin.secret_access_key`"),
            "{err}"
        );
        assert!(!err.to_string().contains("\"s\""));
    }

    #[test]
    fn set_keeps_comments_and_validates() {
        let mut f = parse(DEFAULT_PROJECT_CONFIG).unwrap();
        f.set("store.link", "copy").unwrap();
        assert!(
            f.doc
                .to_string()
                .contains("# How files enter the object store")
        );
        assert!(f.set("store.link", "teleport").is_err());
        assert!(f.set("store.nope", "x").is_err());
        assert_eq!(f.get("store.link"), Some(serde_json::json!("copy")));
    }
}

/// `mlo config set|unset` outcome.
#[derive(Debug, Serialize)]
pub struct ConfigChange {
    /// The key.
    pub key: String,
    /// The new value (null after unset).
    pub value: serde_json::Value,
    /// The previous value, if any.
    pub old: Option<serde_json::Value>,
    /// The file changed, relative to the repository root.
    pub file: String,
    /// For unset: whether the key was there.
    pub removed: bool,
}

/// The error for a key not in the schema.
pub fn unknown_key(key: &str) -> super::RepoError {
    ConfigError::UnknownKey {
        key: key.into(),
        path: None,
        line: None,
        suggestion: suggest(key),
    }
    .into()
}

/// Path of `.mlo/config.local.toml`.
pub fn local_path(repo: &super::Repo) -> PathBuf {
    repo.mlo_dir().join(super::LOCAL_CONFIG)
}

fn target_file(repo: &super::Repo, local: bool) -> (PathBuf, String) {
    if local {
        (
            local_path(repo),
            format!("{}/{}", super::MLO_DIR, super::LOCAL_CONFIG),
        )
    } else {
        (
            repo.root().join(super::PROJECT_CONFIG),
            super::PROJECT_CONFIG.to_string(),
        )
    }
}

/// Set a key in a config file, atomically, with an audit event in the same index transaction.
/// Concurrent `set`s are serialized by the index write lock, so none is lost.
pub fn set(
    repo: &super::Repo,
    key: &str,
    raw: &str,
    local: bool,
) -> Result<ConfigChange, crate::Error> {
    edit(repo, key, local, |file| file.set(key, raw).map(Some))
}

/// Remove a key from a config file (audited).
pub fn unset(repo: &super::Repo, key: &str, local: bool) -> Result<ConfigChange, crate::Error> {
    edit(repo, key, local, |file| {
        file.unset(key).map(|removed| {
            if removed {
                None
            } else {
                Some(serde_json::Value::Null)
            }
        })
    })
}

/// Shared read-modify-write under the index lock. `apply` returns `Some(new value)` for a
/// set, `None` when a key was removed, `Some(Null)` when unset found nothing.
fn edit(
    repo: &super::Repo,
    key: &str,
    local: bool,
    apply: impl FnOnce(&mut ConfigFile) -> Result<Option<serde_json::Value>, ConfigError>,
) -> Result<ConfigChange, crate::Error> {
    use crate::audit::{NewEvent, Target};
    let (path, file_label) = target_file(repo, local);
    let mut index = repo.open_index()?;
    let secret = crate::audit::redact(serde_json::json!({ key: "x" }))[key] != "x";
    let (change, _) = repo.change(&mut index, |_tx| {
        // Read inside the write lock so concurrent edits serialize.
        let mut file = ConfigFile::load(&path).map_err(super::RepoError::from)?;
        let old = file.get(key);
        let applied = apply(&mut file).map_err(super::RepoError::from)?;
        if !local {
            file.reject_secrets().map_err(super::RepoError::from)?;
        }
        let (value, removed) = match applied {
            Some(serde_json::Value::Null) => (serde_json::Value::Null, false),
            Some(v) => (v, false),
            None => (serde_json::Value::Null, true),
        };
        file.save().map_err(super::RepoError::from)?;
        let action = if value.is_null() {
            "config.unset"
        } else {
            "config.set"
        };
        let shown = |v: &serde_json::Value| {
            if secret {
                serde_json::json!("[REDACTED]")
            } else {
                v.clone()
            }
        };
        let details = serde_json::json!({
            "key": key,
            "file": file_label,
            "old": old.as_ref().map(shown),
            "new": shown(&value),
        });
        let event = NewEvent::success(action, Target::new("config", key), details);
        Ok((
            ConfigChange {
                key: key.into(),
                value,
                old,
                file: file_label.clone(),
                removed,
            },
            event,
        ))
    })?;
    Ok(change)
}
