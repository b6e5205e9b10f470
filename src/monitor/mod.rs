//! `mlo monitor`: drift checks between a reference and a current table, their record and audit
//! event, and the history of past checks.
//!
//! A check ([`drift`]) resolves both inputs ([`resolve_input`]: a file, a tracked dataset at a
//! git revision read from the object store, or a saved reference profile), sniffs column types
//! on both heads so the two sides agree, parses both files in parallel (one thread each), sorts
//! every numerical column once, and compares the columns in parallel (`columns`). Nothing here
//! prints; `commands::monitor` hands the [`DriftOutcome`] to `output`, and [`record_drift`]
//! stores it as a `drift_report` record with a `monitor.drift` audit event so that
//! [`history`] can list past checks.
//!
//! Inputs named `serve:NAME[@VERSION]` are the prediction log of `mlo serve`: [`served`]
//! streams the log, keeps one model's requests in a time window as columns of numbers
//! ([`tensors`]) and turns them into an in-memory table ([`TableInput::Served`]) that the same
//! column machinery compares; [`drift`] consumes its inputs, so those columns move into the
//! comparison and are sorted in place rather than copied. [`perf`] summarises the log for
//! `mlo monitor perf` (volume, errors, latency, prediction drift).

pub mod alert;
pub mod columns;
pub mod perf;
pub mod profile;
pub mod report;
pub mod served;
pub mod tensors;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::audit::{NewEvent, Target};
use crate::data::git::Git;
use crate::data::pointer::{Kind, Pointer};
use crate::data::tree::Tree;
use crate::error::{Error, ExitCode};
use crate::index::index_err;
use crate::records;
use crate::repo::Repo;
use crate::table::{self, Format, Source, Storage, Table, TableError};

pub use columns::{ColumnReport, ColumnType, Method};

/// Errors of `mlo monitor`, each naming the input or column involved.
#[derive(Debug, thiserror::Error)]
pub enum MonitorError {
    /// Reading a table failed.
    #[error(transparent)]
    Table(#[from] TableError),
    /// A `serve:` input, but there is no prediction log.
    #[error("`{input}`: no prediction log at `{}`", dir.display())]
    NoServeLog {
        /// The input as given.
        input: String,
        /// Where the log was looked for.
        dir: PathBuf,
    },
    /// A `serve:` input whose selection (model, version, variants, window) holds no request.
    #[error("`{input}`: {reason}")]
    EmptyWindow {
        /// The input as given.
        input: String,
        /// What was selected and what the log has.
        reason: String,
    },
    /// `PATH@REV` names no tracked dataset at that revision.
    #[error("`{input}`: {reason}")]
    BadInput {
        /// The input as given.
        input: String,
        /// Why it cannot be used.
        reason: String,
    },
    /// A column named with `--columns`, `--categorical` or `--numerical` is not there.
    #[error("column `{column}` is not in {where_}")]
    UnknownColumn {
        /// The column.
        column: String,
        /// Which input(s) lack it.
        where_: String,
    },
    /// A method that cannot apply to a column.
    #[error("column `{column}`: {reason}")]
    Column {
        /// The column.
        column: String,
        /// Why.
        reason: String,
    },
    /// No column is left to compare.
    #[error("no column to compare between `{reference}` and `{current}`")]
    NothingToCompare {
        /// Reference label.
        reference: String,
        /// Current label.
        current: String,
        /// What to do, when a side is a served model whose input columns carry tensor names.
        hint: Option<String>,
    },
    /// A bad flag value.
    #[error("{0}")]
    Usage(String),
    /// A reference profile could not be read or written.
    #[error("reference profile `{}`: {reason}", path.display())]
    Profile {
        /// The profile file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
}

impl MonitorError {
    /// The exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            MonitorError::Table(e) if e.is_environment() => ExitCode::Environment,
            _ => ExitCode::Usage,
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            MonitorError::Table(e) => e.hints(),
            MonitorError::NoServeLog { .. } => vec![
                "`mlo serve` writes the log inside a repository (unless `--no-log`); pass `--log-dir DIR` if it logged elsewhere".into(),
            ],
            MonitorError::EmptyWindow { .. } => {
                vec!["widen the window with `--since`/`--until`, or drop `@VERSION`".into()]
            }
            MonitorError::UnknownColumn { .. } => {
                vec!["list the columns with `head -1 FILE`; names are case-sensitive".into()]
            }
            MonitorError::Column { column, .. } => vec![format!(
                "use `--method auto`, or leave the column out with `--exclude {column}`"
            )],
            MonitorError::NothingToCompare { hint: Some(h), .. } => vec![h.clone()],
            _ => vec![],
        }
    }
}

/// `--fail-on`: when a check exits 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum FailOn {
    /// Exit 1 when the dataset drifts (the drifted share reaches `--drift-share`).
    Dataset,
    /// Exit 1 when any column drifts.
    Column,
    /// Always exit 0 after a completed check.
    Never,
}

/// `--compat`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Compat {
    /// Evidently 0.7's goodness-of-fit chi-square instead of the contingency test.
    Evidently,
}

/// A table: a file to read, or requests from the prediction log already in memory.
#[derive(Debug, Clone)]
pub enum TableInput {
    /// A file (or a stored object).
    File(Source),
    /// `serve:NAME[@VERSION]` in a window.
    Served(Box<served::ServedTable>),
}

impl TableInput {
    /// The input as given.
    pub fn label(&self) -> &str {
        match self {
            TableInput::File(s) => &s.label,
            TableInput::Served(t) => &t.table.label,
        }
    }

    /// Column names and inferred types.
    pub fn head(&self) -> Result<table::Head, TableError> {
        match self {
            TableInput::File(s) => table::sniff(s),
            TableInput::Served(t) => Ok(t.table.head()),
        }
    }

    /// The columns in `types`; a served table's columns are moved, not copied.
    pub fn into_table(self, types: &[(String, Storage)]) -> Result<Table, TableError> {
        match self {
            TableInput::File(s) => table::read(&s, types),
            TableInput::Served(t) => t.table.into_select(types),
        }
    }

    /// What a `serve:` input selected.
    pub fn served(&self) -> Option<&served::ServedInfo> {
        match self {
            TableInput::File(_) => None,
            TableInput::Served(t) => Some(&t.info),
        }
    }
}

/// One side of a check, resolved.
#[derive(Debug, Clone)]
pub enum Input {
    /// A table.
    Table(TableInput),
    /// A saved reference profile (`--reference-profile` written earlier).
    Profile(PathBuf),
}

/// How `serve:` inputs are read: where the log is, the window, the variants, the names.
#[derive(Debug, Clone, Default)]
pub struct ServeSelection {
    /// The log directory (default: `.mlo/predictions/` of the repository).
    pub log_dir: Option<PathBuf>,
    /// Requests at or after this instant.
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// Requests before this instant.
    pub until: Option<chrono::DateTime<chrono::Utc>>,
    /// Variants (default primary and canary).
    pub variants: Vec<served::Variant>,
    /// Names for the input columns, in the model's input order.
    pub features: Option<Vec<String>>,
}

impl ServeSelection {
    /// The log directory for `input`: `--log-dir`, else the repository's.
    pub fn dir(&self, repo: Option<&Repo>, input: &str) -> Result<PathBuf, MonitorError> {
        match (&self.log_dir, repo) {
            (Some(d), _) => Ok(d.clone()),
            (None, Some(r)) => Ok(served::repo_log_dir(r)),
            (None, None) => Err(MonitorError::BadInput {
                input: input.to_string(),
                reason: "the prediction log lives in an mlo repository (`.mlo/predictions/`); run inside one or pass `--log-dir DIR`".into(),
            }),
        }
    }
}

/// Turn what the user typed into an input: a file, `PATH@REV` (needs `repo`), or
/// `serve:NAME[@VERSION]` read with `serve`.
pub fn resolve_table(
    repo: Option<&Repo>,
    cwd: &Path,
    text: &str,
    serve: &ServeSelection,
) -> Result<TableInput, MonitorError> {
    let Some(target) = served::ServeRef::parse(text) else {
        return resolve_input(repo, cwd, text).map(TableInput::File);
    };
    let target = target?;
    let query = served::LogQuery {
        dir: serve.dir(repo, text)?,
        target,
        since: serve.since,
        until: serve.until,
        variants: serve.variants.clone(),
    };
    let (summary, store) = served::select_table(repo, &query)?;
    let table = served::served_table(repo, summary, store, serve.features.as_deref())?;
    Ok(TableInput::Served(Box::new(table)))
}

/// Turn a file input into a source. `repo` is needed for `PATH@REV`.
pub fn resolve_input(repo: Option<&Repo>, cwd: &Path, text: &str) -> Result<Source, MonitorError> {
    let literal = cwd.join(text);
    if literal.exists() {
        let mut s = Source::file(&literal);
        s.label = text.to_string();
        return Ok(s);
    }
    let Some((path, rev)) = text
        .rsplit_once('@')
        .filter(|(p, r)| !p.is_empty() && !r.is_empty())
    else {
        return Err(TableError::Io {
            file: text.to_string(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
        }
        .into());
    };
    let bad = |reason: String| MonitorError::BadInput {
        input: text.to_string(),
        reason,
    };
    let repo = repo.ok_or_else(|| bad("`PATH@REV` needs an mlo repository".into()))?;
    // The dataset path relative to the repository root.
    let abs = cwd.join(path);
    let rel = abs
        .strip_prefix(repo.root())
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_else(|_| path.to_string());
    let git = Git::open(repo.root()).map_err(|e| bad(e.to_string()))?;
    git.resolve(rev).map_err(|e| bad(e.to_string()))?;
    // The pointer for the file itself, or for a tracked directory above it.
    let mut dataset = rel.as_str();
    loop {
        let pointer_name = format!("{dataset}.mlo");
        if let Some(text_ptr) = git
            .show(rev, &pointer_name)
            .map_err(|e| bad(e.to_string()))?
        {
            let pointer = Pointer::parse(Path::new(&pointer_name), &text_ptr)
                .map_err(|e| bad(e.to_string()))?;
            let digest = match pointer.kind {
                Kind::File => pointer.blake3,
                _ => {
                    let inner = rel
                        .strip_prefix(dataset)
                        .unwrap_or("")
                        .trim_start_matches('/');
                    let tree = Tree::load(repo.objects(), &pointer.blake3)
                        .map_err(|e| bad(e.to_string()))?;
                    tree.files()
                        .into_iter()
                        .find(|(p, ..)| p == inner)
                        .map(|(_, d, ..)| d)
                        .ok_or_else(|| {
                            bad(format!(
                                "`{inner}` is not a file of dataset `{dataset}` at `{rev}`"
                            ))
                        })?
                }
            };
            let object = repo.objects().object_path(&digest);
            if !object.is_file() {
                return Err(bad(format!(
                    "the version at `{rev}` is not in the local store (run `mlo data checkout --rev {rev} {dataset}` or pull it)"
                )));
            }
            // A workspace hard link into the store may have been written through: never
            // compare against bytes that are not the recorded version.
            repo.objects()
                .verify_object(&digest)
                .map_err(|e| bad(format!("the stored version at `{rev}` is damaged: {e}")))?;
            return Ok(Source {
                label: text.to_string(),
                format: Format::from_name(path),
                path: object,
            });
        }
        match dataset.rfind('/') {
            Some(i) => dataset = &dataset[..i],
            None => break,
        }
    }
    Err(bad(format!(
        "no tracked dataset `{rel}` at revision `{rev}`"
    )))
}

/// What `mlo monitor drift` was asked to do.
#[derive(Debug, Clone)]
pub struct DriftOptions {
    /// The reference.
    pub reference: Input,
    /// The current data.
    pub current: TableInput,
    /// Only these columns (default: every column both sides have).
    pub columns: Option<Vec<String>>,
    /// Leave these columns out.
    pub exclude: Vec<String>,
    /// Read these columns as categorical.
    pub categorical: Vec<String>,
    /// Read these columns as numerical.
    pub numerical: Vec<String>,
    /// The method.
    pub method: Method,
    /// Threshold override.
    pub threshold: Option<f64>,
    /// Share of drifted columns at which the dataset drifts.
    pub drift_share: f64,
    /// Evidently compatibility.
    pub compat: Option<Compat>,
    /// Compute histograms (for `--html`).
    pub histograms: bool,
    /// Save the reference's profile here.
    pub save_profile: Option<PathBuf>,
}

/// A column left out of the comparison, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// The column.
    pub column: String,
    /// Why.
    pub reason: String,
}

/// One side's summary.
#[derive(Debug, Clone, Serialize)]
pub struct SideSummary {
    /// The input as given.
    pub label: String,
    /// Data rows.
    pub rows: usize,
    /// For a `serve:` input: the selection (window, versions, variants) and its columns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub served: Option<served::ServedInfo>,
}

/// The result of a drift check.
#[derive(Debug, Clone, Serialize)]
pub struct DriftOutcome {
    /// Per-column verdicts, in the reference's column order.
    pub columns: Vec<ColumnReport>,
    /// Number of drifted columns.
    pub drifted_columns: usize,
    /// `drifted_columns / columns compared`.
    pub drifted_share: f64,
    /// Whether `drifted_share >= drift_share`.
    pub dataset_drift: bool,
    /// The share at which the dataset drifts.
    pub drift_share: f64,
    /// The method asked for.
    pub method: Method,
    /// `evidently` under `--compat evidently`.
    pub compat: Option<Compat>,
    /// The reference.
    pub reference: SideSummary,
    /// The current data.
    pub current: SideSummary,
    /// Columns not compared.
    pub skipped: Vec<Skipped>,
    /// Digest of the `drift_report` record, when the check ran inside a repository.
    pub record: Option<String>,
    /// Where the reference profile was saved, if asked.
    pub profile_saved: Option<PathBuf>,
    /// Treatments worth knowing about (a column read as categorical because one side has text).
    pub warnings: Vec<String>,
}

fn storage_for(name: &str, inferred: bool, opts: &DriftOptions) -> Storage {
    if opts.categorical.iter().any(|c| c == name) {
        Storage::Text
    } else if opts.numerical.iter().any(|c| c == name) || inferred {
        Storage::Numeric
    } else {
        Storage::Text
    }
}

/// Run a drift check (without recording it). The inputs are consumed: a served table's columns
/// move into the comparison rather than being copied.
pub fn drift(opts: DriftOptions) -> Result<DriftOutcome, MonitorError> {
    if !(opts.drift_share > 0.0 && opts.drift_share <= 1.0) {
        return Err(MonitorError::Usage(format!(
            "--drift-share {} is not in (0, 1]",
            opts.drift_share
        )));
    }
    if let Some(t) = opts.threshold
        && !(t.is_finite() && t >= 0.0)
    {
        return Err(MonitorError::Usage(format!(
            "--threshold {t} is not a non-negative number"
        )));
    }
    let current_head = opts.current.head()?;
    let (reference_profile, reference_head) = match &opts.reference {
        Input::Profile(path) => {
            let p = profile::Profile::load(path)?;
            let head = p.head();
            (Some(p), head)
        }
        Input::Table(source) => (None, source.head()?),
    };
    for name in opts.categorical.iter().chain(&opts.numerical) {
        if !reference_head.columns.contains(name) && !current_head.columns.contains(name) {
            return Err(MonitorError::UnknownColumn {
                column: name.clone(),
                where_: "either input".into(),
            });
        }
    }
    // Columns to compare: both sides, in reference order.
    let mut skipped = Vec::new();
    let mut wanted: Vec<(String, Storage)> = Vec::new();
    let in_current = |c: &String| current_head.columns.contains(c);
    let in_reference = |c: &String| reference_head.columns.contains(c);
    let selected: Vec<String> = match &opts.columns {
        Some(list) => {
            for c in list {
                let (r, k) = (in_reference(c), in_current(c));
                if !r || !k {
                    let where_ = match (r, k) {
                        (false, false) => "either input".to_string(),
                        (false, true) => format!("the reference `{}`", label_of(&opts.reference)),
                        _ => format!("the current `{}`", opts.current.label()),
                    };
                    return Err(MonitorError::UnknownColumn {
                        column: c.clone(),
                        where_,
                    });
                }
            }
            list.clone()
        }
        None => {
            let predictions = |side: Option<&served::ServedInfo>, c: &String| {
                side.is_some_and(|s| s.prediction_columns.contains(c))
            };
            let reference_served = match &opts.reference {
                Input::Table(t) => t.served(),
                Input::Profile(_) => None,
            };
            for c in &reference_head.columns {
                if !in_current(c) && !opts.exclude.contains(c) {
                    skipped.push(Skipped {
                        column: c.clone(),
                        reason: if predictions(reference_served, c) {
                            "a prediction column of the served reference, not in the current data"
                                .into()
                        } else {
                            "missing from the current data".into()
                        },
                    });
                }
            }
            for c in &current_head.columns {
                if !in_reference(c) && !opts.exclude.contains(c) {
                    skipped.push(Skipped {
                        column: c.clone(),
                        reason: if predictions(opts.current.served(), c) {
                            "a prediction column of the served model, not in the reference".into()
                        } else {
                            "missing from the reference".into()
                        },
                    });
                }
            }
            reference_head
                .columns
                .iter()
                .filter(|c| in_current(c))
                .cloned()
                .collect()
        }
    };
    let mut warnings = Vec::new();
    for name in selected {
        if opts.exclude.contains(&name) {
            continue;
        }
        let ri = reference_head.columns.iter().position(|c| *c == name);
        let ci = current_head.columns.iter().position(|c| *c == name);
        let rn = ri.map(|i| reference_head.numeric[i]).unwrap_or(true);
        let cn = ci.map(|i| current_head.numeric[i]).unwrap_or(true);
        let inferred = rn && cn;
        if rn != cn && !opts.categorical.contains(&name) && !opts.numerical.contains(&name) {
            warnings.push(format!(
                "column `{name}` is numerical in the {} but has text in the {}: compared as categorical (pass `--categorical {name}` to silence this, or fix the data)",
                if rn { "reference" } else { "current data" },
                if rn { "current data" } else { "reference" },
            ));
        }
        wanted.push((name.clone(), storage_for(&name, inferred, &opts)));
    }
    if let Some(p) = &reference_profile {
        // A profile fixes each column's storage; a mismatch is the user's to resolve.
        for (name, storage) in wanted.iter_mut() {
            if let Some(s) = p.storage(name) {
                *storage = s;
            }
        }
    }
    if wanted.is_empty() {
        return Err(MonitorError::NothingToCompare {
            reference: label_of(&opts.reference),
            current: opts.current.label().to_string(),
            hint: features_hint(&opts, &reference_head),
        });
    }

    // Parse both sides at once and prepare (sort / count) every column.
    let prepare = |t: Table| -> Vec<(String, columns::Prepared)> {
        t.columns
            .into_par_iter()
            .map(|c| (c.name.clone(), columns::Prepared::from_column(c)))
            .collect()
    };
    let reference_side = SideSummary {
        label: label_of(&opts.reference),
        rows: 0,
        served: match &opts.reference {
            Input::Table(t) => t.served().cloned(),
            Input::Profile(_) => None,
        },
    };
    let current_side = SideSummary {
        label: opts.current.label().to_string(),
        rows: 0,
        served: opts.current.served().cloned(),
    };
    let DriftOptions {
        reference: reference_input,
        current: current_input,
        ..
    } = opts;
    let wanted_ref = &wanted;
    let (reference, current) = std::thread::scope(|scope| {
        let cur = scope.spawn(move || {
            current_input
                .into_table(wanted_ref)
                .map(|t| (t.rows, prepare(t)))
        });
        let reference = match (reference_input, &reference_profile) {
            (_, Some(p)) => Ok((p.rows, p.prepared(wanted_ref))),
            (Input::Table(source), None) => {
                source.into_table(wanted_ref).map(|t| (t.rows, prepare(t)))
            }
            (Input::Profile(_), None) => unreachable!("profiles are loaded above"),
        };
        let cur = cur.join().expect("the current-side reader does not panic");
        (reference, cur)
    });
    let (reference_rows, reference) = reference?;
    let (current_rows, current) = current?;
    if let Some(path) = &opts.save_profile {
        profile::Profile::build(reference_rows, &reference).save(path)?;
    }

    let choice = columns::MethodChoice {
        method: opts.method,
        threshold: opts.threshold,
        evidently_chisquare: opts.compat == Some(Compat::Evidently),
        reference_rows,
    };
    let results: Vec<(String, Result<ColumnReport, columns::ColumnProblem>)> = wanted
        .par_iter()
        .map(|(name, _)| {
            let r = reference.iter().find(|(n, _)| n == name).map(|(_, p)| p);
            let c = current.iter().find(|(n, _)| n == name).map(|(_, p)| p);
            let result = match (r, c) {
                (Some(r), Some(c)) => columns::compare(name, r, c, &choice, opts.histograms),
                _ => Err(columns::ColumnProblem::NoValues("reference")),
            };
            (name.clone(), result)
        })
        .collect();
    let mut reports = Vec::new();
    for (name, result) in results {
        match result {
            Ok(r) => reports.push(r),
            Err(columns::ColumnProblem::NoValues(side)) => skipped.push(Skipped {
                column: name,
                reason: format!("no values in the {side} (every value is missing)"),
            }),
            Err(columns::ColumnProblem::MethodMismatch(reason))
            | Err(columns::ColumnProblem::Stats(reason)) => {
                return Err(MonitorError::Column {
                    column: name,
                    reason,
                });
            }
        }
    }
    let drifted_columns = reports.iter().filter(|r| r.drifted).count();
    let drifted_share = if reports.is_empty() {
        0.0
    } else {
        drifted_columns as f64 / reports.len() as f64
    };
    Ok(DriftOutcome {
        dataset_drift: !reports.is_empty() && drifted_share >= opts.drift_share,
        columns: reports,
        drifted_columns,
        drifted_share,
        drift_share: opts.drift_share,
        method: opts.method,
        compat: opts.compat,
        reference: SideSummary {
            rows: reference_rows,
            ..reference_side
        },
        current: SideSummary {
            rows: current_rows,
            ..current_side
        },
        skipped,
        record: None,
        profile_saved: opts.save_profile.clone(),
        warnings,
    })
}

/// When the current side is served with tensor-named inputs and the reference is a table, the
/// `--features` flag that maps its first numerical columns, for the user to check and pass.
fn features_hint(opts: &DriftOptions, reference: &table::Head) -> Option<String> {
    let info = opts.current.served()?;
    if info.feature_names != served::FeatureNames::Tensor {
        return None;
    }
    let k = info.input_columns.len();
    let numeric: Vec<&str> = reference
        .columns
        .iter()
        .zip(&reference.numeric)
        .filter(|(_, n)| **n)
        .map(|(c, _)| c.as_str())
        .take(k)
        .collect();
    let mut hint = format!(
        "the served inputs are named after the model's tensors ({}); name them in the model's input order with `--features`",
        info.input_columns
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if numeric.len() == k {
        hint.push_str(&format!(
            ", e.g. `--features {}` if the reference's first numerical columns are the model's inputs in that order",
            numeric.join(",")
        ));
    }
    Some(hint)
}

fn label_of(input: &Input) -> String {
    match input {
        Input::Table(s) => s.label().to_string(),
        Input::Profile(p) => p.display().to_string(),
    }
}

impl DriftOutcome {
    /// Whether `--fail-on` holds.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        match fail_on {
            FailOn::Dataset => self.dataset_drift,
            FailOn::Column => self.drifted_columns > 0,
            FailOn::Never => false,
        }
    }

    /// A one-line summary (also the webhook's `text`).
    pub fn summary(&self) -> String {
        format!(
            "{} drift: {} of {} columns drifted ({:.0}%) between `{}` and `{}`{}",
            if self.dataset_drift {
                "dataset"
            } else {
                "no dataset"
            },
            self.drifted_columns,
            self.columns.len(),
            self.drifted_share * 100.0,
            self.reference.label,
            self.current.label,
            if self.drifted_columns > 0 {
                format!(
                    "; drifted: {}",
                    self.columns
                        .iter()
                        .filter(|c| c.drifted)
                        .map(|c| c.column.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            } else {
                String::new()
            }
        )
    }
}

/// The `drift_report` record: what a check compared and found.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct DriftRecord {
    /// Always `drift_report`.
    #[serde(rename = "type")]
    pub record_type: String,
    /// Record schema version.
    pub schema: u64,
    /// When the check ran.
    pub created_at: String,
    /// Who ran it.
    pub created_by: String,
    /// Reference input.
    pub reference: String,
    /// Current input.
    pub current: String,
    /// Reference rows.
    pub reference_rows: usize,
    /// Current rows.
    pub current_rows: usize,
    /// Method asked for.
    pub method: String,
    /// Columns compared.
    pub columns: usize,
    /// Drifted columns.
    pub drifted_columns: usize,
    /// Their names.
    pub drifted: Vec<String>,
    /// Drifted share.
    pub drifted_share: f64,
    /// The share threshold.
    pub drift_share: f64,
    /// Verdict.
    pub dataset_drift: bool,
    /// Per column: name, method, statistic, p-value, drifted.
    pub results: Vec<serde_json::Value>,
    /// For a `serve:` reference: the selection read (window, versions, variants, requests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_served: Option<serde_json::Value>,
    /// For a `serve:` current side: the selection read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_served: Option<serde_json::Value>,
}

/// Store the check as a `drift_report` record with a `monitor.drift` audit event; returns the
/// record digest.
pub fn record_drift(repo: &Repo, outcome: &DriftOutcome) -> Result<String, Error> {
    let mut index = repo.open_index()?;
    let created_at = repo.settings().clock.now_rfc3339();
    let record = DriftRecord {
        record_type: "drift_report".into(),
        schema: 1,
        created_at: created_at.clone(),
        created_by: repo.settings().actor().id,
        reference: outcome.reference.label.clone(),
        current: outcome.current.label.clone(),
        reference_rows: outcome.reference.rows,
        current_rows: outcome.current.rows,
        method: outcome.method.as_str().into(),
        columns: outcome.columns.len(),
        drifted_columns: outcome.drifted_columns,
        drifted: outcome
            .columns
            .iter()
            .filter(|c| c.drifted)
            .map(|c| c.column.clone())
            .collect(),
        drifted_share: outcome.drifted_share,
        drift_share: outcome.drift_share,
        dataset_drift: outcome.dataset_drift,
        results: outcome
            .columns
            .iter()
            .map(|c| {
                serde_json::json!({"column": c.column, "method": c.method, "statistic": c.statistic,
                    "p_value": c.p_value, "threshold": c.threshold, "drifted": c.drifted})
            })
            .collect(),
        reference_served: outcome
            .reference
            .served
            .as_ref()
            .map(|s| serde_json::to_value(&s.slice).expect("a selection serializes")),
        current_served: outcome
            .current
            .served
            .as_ref()
            .map(|s| serde_json::to_value(&s.slice).expect("a selection serializes")),
    };
    let (digest, _) = repo.change(&mut index, |tx| {
        let enc = records::queue(tx, &record, &created_at).map_err(index_err)?;
        let event = NewEvent::success(
            "monitor.drift",
            Target::new("dataset", outcome.current.label.clone()),
            serde_json::json!({
                "record": enc.digest.to_hex(),
                "reference": record.reference,
                "current": record.current,
                "columns": record.columns,
                "drifted_columns": record.drifted_columns,
                "drifted_share": record.drifted_share,
                "dataset_drift": record.dataset_drift,
            }),
        );
        Ok((enc.digest.to_hex(), event))
    })?;
    Ok(digest)
}

/// One past check, for `mlo monitor history`.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    /// Record digest.
    pub record: String,
    /// The record.
    #[serde(flatten)]
    pub report: DriftRecord,
}

/// Past checks, newest first, optionally only those whose current input matches `current`.
pub fn history(
    repo: &Repo,
    current: Option<&str>,
    limit: usize,
) -> Result<Vec<HistoryEntry>, Error> {
    let index = repo.open_index()?;
    let conn = index.conn();
    let mut stmt = conn
        .prepare(
            "SELECT digest, body FROM records WHERE type = 'drift_report' ORDER BY created_at DESC, digest DESC",
        )
        .map_err(|e| index.err(e))?;
    let rows: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(|e| index.err(e))?
        .collect::<Result<_, _>>()
        .map_err(|e| index.err(e))?;
    let mut out = Vec::new();
    for (digest, body) in rows {
        let Ok(report) = serde_json::from_str::<DriftRecord>(&body) else {
            continue;
        };
        if current.is_some_and(|c| report.current != c) {
            continue;
        }
        out.push(HistoryEntry {
            record: digest,
            report,
        });
        if out.len() >= limit {
            break;
        }
    }
    Ok(out)
}
