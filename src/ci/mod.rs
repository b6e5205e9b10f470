//! CI pipelines and git hooks. `mlo ci generate` renders a pipeline for GitHub Actions, GitLab
//! CI, Jenkins or Azure Pipelines from a template compiled into the binary (or the project's
//! override in `.mlo/templates/<name>`), with the stages the project picked; `hooks` installs
//! and removes the git hooks.
//!
//! Invariants: every value that reaches a template is checked here first (names, branches
//! and paths cannot break out of the YAML or Groovy around them, commands are one line), the
//! renderer is strict (see [`render`]), an existing file is replaced only with `force`, and
//! a written file gets a `ci.generate` audit event in the same transaction. Callers
//! (`commands::ci`) resolve flags and `[ci]` settings into [`GenerateOptions`]; this module
//! returns data and never prints.

pub mod hooks;
pub mod render;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::ExitCode;
use crate::repo::Repo;
use render::{RenderError, Var, Vars};

/// The stage names in pipeline order, as written in `--stages` and `ci.stages`.
pub const STAGE_NAMES: &[&str] = &[
    "setup", "data", "validate", "train", "evaluate", "register", "promote", "push",
];

/// Where project overrides of the built-in templates live, relative to the repository root.
pub const TEMPLATE_DIR: &str = ".mlo/templates";

/// A CI system `mlo ci generate` writes a pipeline for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    /// GitHub Actions: `.github/workflows/mlo.yml`.
    Github,
    /// GitLab CI/CD: `.gitlab-ci.yml`.
    Gitlab,
    /// Jenkins declarative pipeline: `Jenkinsfile`.
    Jenkins,
    /// Azure Pipelines: `azure-pipelines.yml`.
    Azure,
}

impl Provider {
    /// Every provider.
    pub const ALL: [Provider; 4] = [
        Provider::Github,
        Provider::Gitlab,
        Provider::Jenkins,
        Provider::Azure,
    ];

    /// The name as typed (`github`).
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::Github => "github",
            Provider::Gitlab => "gitlab",
            Provider::Jenkins => "jenkins",
            Provider::Azure => "azure",
        }
    }

    /// Parse the name as typed.
    pub fn parse(s: &str) -> Option<Self> {
        Provider::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Where the CI system looks for the pipeline, relative to the repository root.
    pub fn default_path(self) -> &'static str {
        match self {
            Provider::Github => ".github/workflows/mlo.yml",
            Provider::Gitlab => ".gitlab-ci.yml",
            Provider::Jenkins => "Jenkinsfile",
            Provider::Azure => "azure-pipelines.yml",
        }
    }

    /// The template's file name (built in, or overridden in `.mlo/templates/`).
    pub fn template_name(self) -> &'static str {
        match self {
            Provider::Github => "github.yml",
            Provider::Gitlab => "gitlab-ci.yml",
            Provider::Jenkins => "Jenkinsfile",
            Provider::Azure => "azure-pipelines.yml",
        }
    }

    /// The template compiled into the binary.
    pub fn builtin_template(self) -> &'static str {
        match self {
            Provider::Github => include_str!("templates/github.yml"),
            Provider::Gitlab => include_str!("templates/gitlab-ci.yml"),
            Provider::Jenkins => include_str!("templates/Jenkinsfile"),
            Provider::Azure => include_str!("templates/azure-pipelines.yml"),
        }
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One optional pipeline stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Install mlo (cached) and the project's toolchain.
    Setup,
    /// `mlo pull` from the remote.
    Data,
    /// `mlo data validate` against the committed schema.
    Validate,
    /// The training command under `mlo run exec`.
    Train,
    /// Drift report and a dry run of the staging gates; a comment on pull requests.
    Evaluate,
    /// `mlo model register` on the default branch.
    Register,
    /// Promote to staging, then to production behind a manual approval.
    Promote,
    /// `mlo push` and the audit checkpoint as an artifact.
    Push,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 8] = [
        Stage::Setup,
        Stage::Data,
        Stage::Validate,
        Stage::Train,
        Stage::Evaluate,
        Stage::Register,
        Stage::Promote,
        Stage::Push,
    ];

    /// The name as typed.
    pub fn as_str(self) -> &'static str {
        STAGE_NAMES[self as usize]
    }

    /// Parse a name as typed.
    pub fn parse(s: &str) -> Option<Self> {
        Stage::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

/// A set of stages (always rendered in pipeline order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StageSet(u8);

impl StageSet {
    /// Every stage.
    pub fn all() -> Self {
        StageSet(u8::MAX)
    }

    /// The set with these bits (bit i = `Stage::ALL[i]`); tests iterate over all 255.
    pub fn from_bits(bits: u8) -> Self {
        StageSet(bits)
    }

    /// Parse a comma-separated list (`setup,train`).
    pub fn parse(list: &str) -> Result<Self, CiError> {
        let mut set = StageSet::default();
        for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let stage = Stage::parse(name).ok_or_else(|| CiError::UnknownStage {
                name: name.to_string(),
            })?;
            set.insert(stage);
        }
        if set.is_empty() {
            return Err(CiError::NoStages);
        }
        Ok(set)
    }

    /// Add a stage.
    pub fn insert(&mut self, stage: Stage) {
        self.0 |= 1 << stage as u8;
    }

    /// Whether the set has `stage`.
    pub fn contains(self, stage: Stage) -> bool {
        self.0 & (1 << stage as u8) != 0
    }

    /// No stage at all.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The stages in pipeline order.
    pub fn stages(self) -> Vec<Stage> {
        Stage::ALL
            .into_iter()
            .filter(|s| self.contains(*s))
            .collect()
    }

    /// `setup,data,...` in pipeline order.
    pub fn to_list(self) -> String {
        self.stages()
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Errors of `mlo ci` and `mlo hooks`.
#[derive(Debug, thiserror::Error)]
pub enum CiError {
    /// Neither the command line nor `ci.provider` names a CI system.
    #[error("no CI system given")]
    NoProvider,
    /// A name in `--stages` that is not a stage.
    #[error("unknown stage `{name}`")]
    UnknownStage {
        /// What was given.
        name: String,
    },
    /// An empty `--stages`.
    #[error("no stages selected")]
    NoStages,
    /// A setting that would not be safe or valid inside the generated file.
    #[error("{what} `{value}` is not allowed: {rule}")]
    BadValue {
        /// Which setting (`--model`).
        what: &'static str,
        /// The value.
        value: String,
        /// What it must look like.
        rule: &'static str,
    },
    /// The template does not render.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// The output exists and differs, and `--force` was not given.
    #[error("`{}` exists and differs from the generated pipeline", path.display())]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// Reading or writing a file failed.
    #[error("cannot {action} `{}`", path.display())]
    Io {
        /// What we were doing.
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// Git could not answer (not a git work tree, git missing).
    #[error("{message}")]
    Git {
        /// What failed.
        message: String,
    },
    /// A foreign hook and a saved `.pre-mlo` hook both exist.
    #[error("`{}` is not mlo's hook and `{}` already exists", hook.display(), saved.display())]
    HookConflict {
        /// The hook.
        hook: PathBuf,
        /// The hook saved by an earlier install.
        saved: PathBuf,
    },
}

impl CiError {
    /// The exit code: everything here is the user's to fix (2), except I/O failures.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CiError::Io { source, .. } => crate::error::io_exit_code(source),
            _ => ExitCode::Usage,
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            CiError::NoProvider => vec![
                "name one: `mlo ci generate github|gitlab|jenkins|azure`, or set `mlo config set ci.provider github`".into(),
            ],
            CiError::UnknownStage { .. } | CiError::NoStages => vec![format!(
                "stages are {} (comma-separated)",
                STAGE_NAMES.join(", ")
            )],
            CiError::Render(e) if e.template.contains(TEMPLATE_DIR) => vec![format!(
                "fix the override `{}` (variables are listed in docs/ci.md), or delete it to use the built-in template",
                e.template
            )],
            CiError::Render(_) => vec!["this is a bug in a built-in template: please report it".into()],
            CiError::Exists { .. } => vec![
                "`--dry-run` shows the difference; `--force` overwrites the file".into(),
            ],
            CiError::Git { .. } => vec!["run inside a git work tree (`git init`)".into()],
            CiError::HookConflict { .. } => vec![
                "merge the two by hand, or `mlo hooks install --force` to chain the current hook and keep the older one as a numbered `.pre-mlo.N` backup".into(),
            ],
            CiError::BadValue { .. } | CiError::Io { .. } => vec![],
        }
    }
}

/// Everything a pipeline is generated from, resolved from flags and `[ci]` settings.
#[derive(Debug, Clone)]
pub struct GenerateOptions {
    /// The CI system.
    pub provider: Provider,
    /// The stages.
    pub stages: StageSet,
    /// The training command (wrapped in `mlo run exec --`).
    pub train_cmd: String,
    /// Installs the project's own toolchain in the setup stage; empty for none.
    pub setup_cmd: String,
    /// The mlo remote.
    pub remote: String,
    /// The registered model.
    pub model: String,
    /// What the training command writes (registered as a new version).
    pub artifact: String,
    /// The default branch.
    pub branch: String,
    /// The table to validate and compare for drift.
    pub data: String,
    /// The schema for `mlo data validate`.
    pub schema: String,
    /// The drift reference; `None` means `DATA@origin/BRANCH`.
    pub reference: Option<String>,
    /// The mlo version to install from crates.io.
    pub mlo_version: String,
    /// Install from this git URL instead of crates.io.
    pub mlo_git: Option<String>,
    /// GitLab's job image.
    pub image: String,
}

/// A rendered pipeline, not yet written.
#[derive(Debug, Clone)]
pub struct Pipeline {
    /// The content.
    pub content: String,
    /// The template it came from: `builtin:github.yml`, or the override's path.
    pub template: String,
}

fn bad(what: &'static str, value: &str, rule: &'static str) -> CiError {
    CiError::BadValue {
        what,
        value: value.to_string(),
        rule,
    }
}

fn check_name(what: &'static str, value: &str) -> Result<(), CiError> {
    let ok = value
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
    if ok {
        Ok(())
    } else {
        Err(bad(
            what,
            value,
            "use letters, digits, `.`, `_` and `-`, starting with a letter or digit",
        ))
    }
}

fn check_line(what: &'static str, value: &str, may_be_empty: bool) -> Result<(), CiError> {
    if value.chars().any(char::is_control) {
        return Err(bad(
            what,
            value,
            "it must be one line without control characters (put longer scripts in a file and call it)",
        ));
    }
    if !may_be_empty && value.trim().is_empty() {
        return Err(bad(what, value, "it must not be empty"));
    }
    Ok(())
}

fn check_path(what: &'static str, value: &str) -> Result<(), CiError> {
    check_line(what, value, false)?;
    if value.starts_with('-') {
        return Err(bad(what, value, "a path must not start with `-`"));
    }
    Ok(())
}

fn check_word(what: &'static str, value: &str) -> Result<(), CiError> {
    check_line(what, value, false)?;
    if value
        .chars()
        .any(|c| c.is_whitespace() || "'\"`$\\".contains(c))
    {
        return Err(bad(
            what,
            value,
            "it must not contain spaces, quotes, `$` or backslashes",
        ));
    }
    Ok(())
}

impl GenerateOptions {
    /// Check every value that will reach the template.
    pub fn validate(&self) -> Result<(), CiError> {
        if self.stages.is_empty() {
            return Err(CiError::NoStages);
        }
        check_name("model name", &self.model)?;
        check_name("remote name", &self.remote)?;
        check_word("branch", &self.branch)?;
        if self.branch.starts_with(['-', '/'])
            || self.branch.contains("..")
            || self.branch.ends_with('/')
        {
            return Err(bad(
                "branch",
                &self.branch,
                "it must be a git branch name such as `main`",
            ));
        }
        check_line("training command", &self.train_cmd, false)?;
        check_line("setup command", &self.setup_cmd, true)?;
        check_path("artifact", &self.artifact)?;
        check_path("data path", &self.data)?;
        check_path("schema path", &self.schema)?;
        if let Some(r) = &self.reference {
            check_path("drift reference", r)?;
        }
        check_word("mlo version", &self.mlo_version)?;
        if let Some(url) = &self.mlo_git {
            check_word("mlo git URL", url)?;
        }
        check_word("image", &self.image)?;
        Ok(())
    }

    /// The `mlo ci generate` command line that reproduces this file.
    pub fn command_line(&self) -> String {
        let q = render::shell_quote;
        let mut cmd = format!(
            "mlo ci generate {} --stages {} --model {} --remote {} --branch {} --train-cmd {}",
            self.provider,
            self.stages.to_list(),
            q(&self.model),
            q(&self.remote),
            q(&self.branch),
            q(&self.train_cmd)
        );
        cmd.push_str(" --force");
        cmd
    }

    /// The variables a template sees (documented in docs/ci.md).
    pub fn vars(&self) -> Vars {
        let mut vars = Vars::new();
        let mut s = |k: &str, v: &str| {
            vars.insert(k.to_string(), Var::Str(v.to_string()));
        };
        s("provider", self.provider.as_str());
        s("command", &self.command_line());
        s("model", &self.model);
        s("remote", &self.remote);
        s("branch", &self.branch);
        s("train_cmd", &self.train_cmd);
        s("setup_cmd", &self.setup_cmd);
        s("artifact", &self.artifact);
        s("data_path", &self.data);
        s("schema", &self.schema);
        let reference = self
            .reference
            .clone()
            .unwrap_or_else(|| format!("{}@origin/{}", self.data, self.branch));
        s("reference", &reference);
        s("mlo_version", &self.mlo_version);
        s("image", &self.image);
        let q = render::shell_quote;
        let (source, cache_key) = match &self.mlo_git {
            Some(url) => (
                format!("--git {} mlo", q(url)),
                format!("git-{}", &blake3::hash(url.as_bytes()).to_hex()[..12]),
            ),
            None => (
                format!("mlo --version {}", q(&self.mlo_version)),
                self.mlo_version.clone(),
            ),
        };
        s("mlo_source", &source);
        s("mlo_cache_key", &cache_key);
        for stage in Stage::ALL {
            vars.insert(
                stage.as_str().to_string(),
                Var::Bool(self.stages.contains(stage)),
            );
        }
        let has = |st: Stage| self.stages.contains(st);
        let mut b = |k: &str, v: bool| {
            vars.insert(k.to_string(), Var::Bool(v));
        };
        b(
            "remote_access",
            has(Stage::Data) || has(Stage::Promote) || has(Stage::Push),
        );
        b("has_artifacts", has(Stage::Evaluate) || has(Stage::Push));
        b(
            "default_branch_only",
            has(Stage::Register) || has(Stage::Promote) || has(Stage::Push),
        );
        vars
    }
}

impl GenerateOptions {
    /// The options the `[ci]` settings (and built-in defaults) give for `provider`; the
    /// caller applies command-line flags on top.
    pub fn from_settings(
        settings: &crate::repo::Settings,
        provider: Provider,
    ) -> Result<Self, CiError> {
        let text = |key: &str, default: &str| {
            settings
                .value(key)
                .and_then(|v| v.as_str())
                .unwrap_or(default)
                .to_string()
        };
        let optional = |key: &str| {
            settings
                .value(key)
                .and_then(|v| v.as_str())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let stages = match settings.value("ci.stages").and_then(|v| v.as_array()) {
            Some(list) => {
                let names: Vec<&str> = list.iter().filter_map(|v| v.as_str()).collect();
                StageSet::parse(&names.join(","))?
            }
            None => StageSet::all(),
        };
        Ok(GenerateOptions {
            provider,
            stages,
            train_cmd: text("ci.train_cmd", "python train.py"),
            setup_cmd: text("ci.setup_cmd", ""),
            remote: text("ci.remote", "origin"),
            model: text("ci.model", "model"),
            artifact: text("ci.artifact", "model.onnx"),
            branch: text("ci.branch", "main"),
            data: text("ci.data", "data/train.csv"),
            schema: text("ci.schema", "schema.yaml"),
            reference: optional("ci.reference"),
            mlo_version: optional("ci.mlo_version")
                .unwrap_or_else(|| env!("CARGO_PKG_VERSION").to_string()),
            mlo_git: optional("ci.mlo_git"),
            image: text("ci.image", "rust:1-bookworm"),
        })
    }

    /// The provider `ci.provider` names, if any.
    pub fn configured_provider(settings: &crate::repo::Settings) -> Option<Provider> {
        settings
            .value("ci.provider")
            .and_then(|v| v.as_str())
            .and_then(Provider::parse)
    }
}

/// Render the pipeline: the project's override in `.mlo/templates/<name>` when there is one,
/// else the built-in template.
pub fn render_pipeline(root: &Path, opts: &GenerateOptions) -> Result<Pipeline, CiError> {
    opts.validate()?;
    let name = opts.provider.template_name();
    let override_path = root.join(TEMPLATE_DIR).join(name);
    let (source, label) = match std::fs::read_to_string(&override_path) {
        Ok(text) => (text, format!("{TEMPLATE_DIR}/{name}")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (
            opts.provider.builtin_template().to_string(),
            format!("builtin:{name}"),
        ),
        Err(source) => {
            return Err(CiError::Io {
                action: "read",
                path: override_path,
                source,
            });
        }
    };
    let content = render::render(&label, &source, &opts.vars())?;
    Ok(Pipeline {
        content,
        template: label,
    })
}

/// What happened to the pipeline file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WriteAction {
    /// The file did not exist.
    Created,
    /// The file existed and was replaced (`--force`).
    Overwritten,
    /// The file already had this content; nothing was written.
    Unchanged,
}

/// `mlo ci generate` outcome.
#[derive(Debug, Clone, Serialize)]
pub struct GenerateOutcome {
    /// The CI system.
    pub provider: Provider,
    /// The file, relative to the repository root when inside it.
    pub path: String,
    /// The stages, in pipeline order.
    pub stages: Vec<Stage>,
    /// The template used.
    pub template: String,
    /// What happened.
    pub action: WriteAction,
    /// Bytes in the file.
    pub bytes: usize,
}

/// Show `path` relative to the repository root when it is inside it.
pub fn display_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

/// The current content of `path`, or `None` when it does not exist.
pub fn read_existing(path: &Path) -> Result<Option<String>, CiError> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(CiError::Io {
            action: "read",
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// A unified diff from `old` (empty when the file does not exist) to `new`, labelled with
/// `label`; empty when they are equal.
pub fn unified_diff(old: Option<&str>, new: &str, label: &str) -> String {
    let old_text = old.unwrap_or("");
    if old_text == new {
        return String::new();
    }
    let old_label = if old.is_some() {
        format!("a/{label}")
    } else {
        "/dev/null".to_string()
    };
    similar::TextDiff::from_lines(old_text, new)
        .unified_diff()
        .context_radius(3)
        .header(&old_label, &format!("b/{label}"))
        .to_string()
}

/// Write the pipeline to `path` (atomically, creating directories), refusing to replace a
/// different file without `force`, with a `ci.generate` audit event in the same transaction.
/// An identical file is left alone and not audited.
pub fn write_pipeline(
    repo: &Repo,
    opts: &GenerateOptions,
    pipeline: &Pipeline,
    path: &Path,
    force: bool,
) -> Result<GenerateOutcome, crate::Error> {
    use crate::audit::{NewEvent, Target};
    let shown = display_path(repo.root(), path);
    let outcome = |action| GenerateOutcome {
        provider: opts.provider,
        path: shown.clone(),
        stages: opts.stages.stages(),
        template: pipeline.template.clone(),
        action,
        bytes: pipeline.content.len(),
    };
    let existing = read_existing(path)?;
    match existing.as_deref() {
        Some(old) if old == pipeline.content => return Ok(outcome(WriteAction::Unchanged)),
        Some(_) if !force => {
            return Err(CiError::Exists {
                path: PathBuf::from(&shown),
            }
            .into());
        }
        _ => {}
    }
    let action = if existing.is_some() {
        WriteAction::Overwritten
    } else {
        WriteAction::Created
    };
    let mut index = repo.open_index()?;
    let (done, _) = repo.change(&mut index, |_tx| {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| CiError::Io {
                action: "create directory",
                path: parent.to_path_buf(),
                source,
            })?;
        }
        crate::repo::write_atomic(path, pipeline.content.as_bytes()).map_err(|source| {
            CiError::Io {
                action: "write",
                path: path.to_path_buf(),
                source,
            }
        })?;
        let done = outcome(action);
        let details = serde_json::json!({
            "provider": opts.provider,
            "path": done.path,
            "stages": done.stages,
            "template": done.template,
            "action": action,
            "blake3": blake3::hash(pipeline.content.as_bytes()).to_hex().to_string(),
        });
        Ok((
            done,
            NewEvent::success("ci.generate", Target::new("file", &shown), details),
        ))
    })?;
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn options(provider: Provider, stages: StageSet) -> GenerateOptions {
        GenerateOptions {
            provider,
            stages,
            train_cmd: "python train.py --epochs 3".into(),
            setup_cmd: "pip install -r requirements.txt".into(),
            remote: "origin".into(),
            model: "churn".into(),
            artifact: "model.onnx".into(),
            branch: "main".into(),
            data: "data/train.csv".into(),
            schema: "schema.yaml".into(),
            reference: None,
            mlo_version: "0.1.0".into(),
            mlo_git: None,
            image: "rust:1-bookworm".into(),
        }
    }

    #[test]
    fn stage_sets_parse_in_pipeline_order() {
        let set = StageSet::parse("push, setup,train").unwrap();
        assert_eq!(set.to_list(), "setup,train,push");
        assert!(matches!(
            StageSet::parse("setup,deploy"),
            Err(CiError::UnknownStage { name }) if name == "deploy"
        ));
        assert!(matches!(StageSet::parse(" , "), Err(CiError::NoStages)));
        assert_eq!(StageSet::all().stages().len(), 8);
    }

    #[test]
    fn every_builtin_template_renders_every_stage_combination() {
        let root = Path::new("/nonexistent");
        for provider in Provider::ALL {
            for bits in 1..=255u8 {
                let opts = options(provider, StageSet::from_bits(bits));
                let p = render_pipeline(root, &opts).unwrap_or_else(|e| panic!("{provider}: {e}"));
                assert!(
                    !p.content.replace("${{", "").contains("{{"),
                    "{provider} {bits}"
                );
            }
        }
    }

    #[test]
    fn values_that_could_escape_the_file_are_refused() {
        let mut o = options(Provider::Github, StageSet::all());
        o.model = "a b".into();
        assert!(matches!(
            o.validate(),
            Err(CiError::BadValue {
                what: "model name",
                ..
            })
        ));
        let mut o = options(Provider::Github, StageSet::all());
        o.train_cmd = "python train.py\nrm -rf /".into();
        assert!(o.validate().is_err());
        let mut o = options(Provider::Github, StageSet::all());
        o.branch = "main'".into();
        assert!(o.validate().is_err());
        let mut o = options(Provider::Github, StageSet::all());
        o.data = "--help".into();
        assert!(o.validate().is_err());
    }

    #[test]
    fn diff_is_unified_and_empty_when_equal() {
        assert_eq!(unified_diff(Some("a\n"), "a\n", "f"), "");
        let d = unified_diff(Some("a\nb\n"), "a\nc\n", "f");
        assert!(d.starts_with("--- a/f\n+++ b/f\n@@"), "{d}");
        assert!(d.contains("-b\n+c\n"), "{d}");
        assert!(unified_diff(None, "x\n", "f").starts_with("--- /dev/null\n"));
    }
}
