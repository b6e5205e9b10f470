//! Git hooks: `mlo hooks install|uninstall`. Three hooks, each a small POSIX shell script
//! that carries the [`MARKER`] line so mlo knows it wrote it:
//!
//! - `post-checkout` runs `mlo data checkout`, but only when a pointer file (`*.mlo`) differs
//!   between the two commits, so a checkout that changes no data costs one `git diff` of two
//!   trees (milliseconds) and never starts mlo;
//! - `pre-commit` runs `mlo data status --check` (data changed but not added stops the commit);
//! - `pre-push` runs `mlo push` (objects and records go up with the commits that need them).
//!
//! A hook that is already there and is not mlo's is moved aside to `<hook>.pre-mlo` and called
//! first, with the same arguments and standard input; `uninstall` moves it back. Install is
//! idempotent. The hooks directory comes from `git rev-parse --git-path hooks`, so
//! `core.hooksPath` and linked work trees are honoured. Returns data; never prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Serialize;

use super::CiError;

/// The line that marks a hook as written by mlo.
pub const MARKER: &str = "# mlo-managed-hook";

/// Suffix of a pre-existing hook moved aside and chained.
pub const SAVED_SUFFIX: &str = ".pre-mlo";

/// The hooks mlo installs.
pub const HOOKS: [&str; 3] = ["post-checkout", "pre-commit", "pre-push"];

/// What happened to one hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HookAction {
    /// Written; there was no hook.
    Installed,
    /// Written; the existing hook was moved to `<hook>.pre-mlo` and is called first.
    Chained,
    /// mlo's hook was there with other content (an older mlo) and was rewritten.
    Updated,
    /// mlo's hook was there already.
    Unchanged,
    /// mlo's hook was removed; a chained hook was moved back.
    Removed,
    /// There is no mlo hook to remove.
    NotInstalled,
    /// The hook is not mlo's; left alone.
    Foreign,
}

/// One hook's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct HookOutcome {
    /// The hook's name.
    pub hook: String,
    /// Its path.
    pub path: PathBuf,
    /// What happened.
    pub action: HookAction,
    /// The chained (or restored) earlier hook, if any.
    pub chained: Option<PathBuf>,
    /// An older `.pre-mlo` hook set aside by `--force` (never deleted).
    pub backup: Option<PathBuf>,
}

/// The hooks directory of the git work tree around `root`.
pub fn hooks_dir(root: &Path) -> Result<PathBuf, CiError> {
    let out = Command::new("git")
        .args(["rev-parse", "--git-path", "hooks"])
        .current_dir(root)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| CiError::Git {
            message: format!("cannot run git: {e}"),
        })?;
    if !out.status.success() {
        return Err(CiError::Git {
            message: format!(
                "`{}` is not inside a git work tree: {}",
                root.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            ),
        });
    }
    let rel = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    Ok(if rel.is_absolute() {
        rel
    } else {
        root.join(rel)
    })
}

/// Path of the mlo repository relative to the git top level (`""` at the top).
fn prefix(root: &Path) -> Result<String, CiError> {
    let out = Command::new("git")
        .args(["rev-parse", "--show-prefix"])
        .current_dir(root)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| CiError::Git {
            message: format!("cannot run git: {e}"),
        })?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .trim()
        .trim_end_matches('/')
        .to_string())
}

/// The script for `hook`, for an mlo repository at `prefix` inside the work tree.
pub fn script(hook: &str, prefix: &str) -> String {
    let cd = if prefix.is_empty() {
        "cd \"$(git rev-parse --show-toplevel)\" || exit 1".to_string()
    } else {
        format!(
            "cd \"$(git rev-parse --show-toplevel)\"/{} || exit 1",
            super::render::shell_quote(prefix)
        )
    };
    let (about, early, body) = match hook {
        "post-checkout" => (
            "make the data match the pointer files after a checkout",
            // $1 previous HEAD, $2 new HEAD, $3 1 for a branch checkout. A branch checkout
            // that changes no pointer file costs one tree diff and never starts mlo.
            r#"if [ "$3" = 1 ] && [ "$1" != "0000000000000000000000000000000000000000" ] && \
   git diff --quiet "$1" "$2" -- '*.mlo' 2>/dev/null; then
    exit 0
fi
"#,
            r#"mlo data checkout || echo "mlo: \`mlo data checkout\` failed; run it by hand" >&2
exit 0"#,
        ),
        "pre-commit" => (
            "stop a commit while tracked data differs from its pointer files",
            "",
            r#"if ! mlo data status --check; then
    echo "mlo: data differs from its pointer files; \`mlo data add PATH\` it (or \`git commit --no-verify\`)" >&2
    exit 1
fi"#,
        ),
        "pre-push" => (
            "push data objects and records with the commits that need them",
            "",
            r#"if ! mlo push; then
    echo "mlo: \`mlo push\` failed; fix it and push again (or \`git push --no-verify\`)" >&2
    exit 1
fi"#,
        ),
        other => unreachable!("unknown hook {other}"),
    };
    // Only pre-push gets standard input from git (the refs being pushed); the chained hook
    // must see it too. Reading stdin in the other hooks would block when run by hand.
    let chain = if hook == "pre-push" {
        format!(
            r#"input=$(cat)
if [ -x "$hooks_dir/{hook}{SAVED_SUFFIX}" ]; then
    printf '%s\n' "$input" | "$hooks_dir/{hook}{SAVED_SUFFIX}" "$@" || exit $?
fi"#
        )
    } else {
        format!(
            r#"if [ -x "$hooks_dir/{hook}{SAVED_SUFFIX}" ]; then
    "$hooks_dir/{hook}{SAVED_SUFFIX}" "$@" || exit $?
fi"#
        )
    };
    format!(
        r#"#!/bin/sh
{MARKER}: {hook} - {about}.
# Written by `mlo hooks install`; `mlo hooks uninstall` removes it and restores any hook
# it chained. Edit {hook}{SAVED_SUFFIX} (not this file) to change the chained hook.
hooks_dir=$(dirname "$0")
{chain}
{early}if ! command -v mlo >/dev/null 2>&1; then
    echo "mlo: not on PATH; skipping the {hook} hook" >&2
    exit 0
fi
{cd}
{body}
"#
    )
}

fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> CiError {
    let path = path.to_path_buf();
    move |source| CiError::Io {
        action,
        path,
        source,
    }
}

fn is_ours(path: &Path) -> Result<Option<bool>, CiError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(
            String::from_utf8_lossy(&bytes)
                .lines()
                .take(3)
                .any(|l| l.starts_with(MARKER)),
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io("read", path)(e)),
    }
}

fn write_executable(path: &Path, text: &str) -> Result<(), CiError> {
    crate::repo::write_atomic(path, text.as_bytes()).map_err(io("write", path))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
            .map_err(io("make executable", path))?;
    }
    Ok(())
}

fn free_backup(saved: &Path) -> PathBuf {
    (1..)
        .map(|n| PathBuf::from(format!("{}.{n}", saved.display())))
        .find(|p| !p.exists())
        .expect("some numbered name is free")
}

/// Install the hooks for the mlo repository at `root`. With `force`, a foreign hook is
/// chained even when an older `.pre-mlo` exists (which is kept as `.pre-mlo.N`).
pub fn install(root: &Path, force: bool) -> Result<Vec<HookOutcome>, CiError> {
    let dir = hooks_dir(root)?;
    let prefix = prefix(root)?;
    std::fs::create_dir_all(&dir).map_err(io("create directory", &dir))?;
    // Check every hook before changing any, so a conflict leaves nothing half-installed.
    for hook in HOOKS {
        let path = dir.join(hook);
        let saved = dir.join(format!("{hook}{SAVED_SUFFIX}"));
        if is_ours(&path)? == Some(false) && saved.exists() && !force {
            return Err(CiError::HookConflict { hook: path, saved });
        }
    }
    let mut outcomes = Vec::new();
    for hook in HOOKS {
        let path = dir.join(hook);
        let saved = dir.join(format!("{hook}{SAVED_SUFFIX}"));
        let text = script(hook, &prefix);
        let mut backup = None;
        let action = match is_ours(&path)? {
            None => HookAction::Installed,
            Some(true) => {
                let current = std::fs::read_to_string(&path).map_err(io("read", &path))?;
                if current == text {
                    HookAction::Unchanged
                } else {
                    HookAction::Updated
                }
            }
            Some(false) => {
                if saved.exists() {
                    let b = free_backup(&saved);
                    std::fs::rename(&saved, &b).map_err(io("rename", &saved))?;
                    backup = Some(b);
                }
                std::fs::rename(&path, &saved).map_err(io("rename", &path))?;
                HookAction::Chained
            }
        };
        if action != HookAction::Unchanged {
            write_executable(&path, &text)?;
        }
        outcomes.push(HookOutcome {
            hook: hook.to_string(),
            chained: saved.exists().then(|| saved.clone()),
            path,
            action,
            backup,
        });
    }
    Ok(outcomes)
}

/// Remove mlo's hooks and move chained hooks back. Hooks that are not mlo's are left alone.
pub fn uninstall(root: &Path) -> Result<Vec<HookOutcome>, CiError> {
    let dir = hooks_dir(root)?;
    let mut outcomes = Vec::new();
    for hook in HOOKS {
        let path = dir.join(hook);
        let saved = dir.join(format!("{hook}{SAVED_SUFFIX}"));
        let (action, chained) = match is_ours(&path)? {
            Some(true) => {
                std::fs::remove_file(&path).map_err(io("remove", &path))?;
                if saved.exists() {
                    std::fs::rename(&saved, &path).map_err(io("rename", &saved))?;
                    (HookAction::Removed, Some(saved.clone()))
                } else {
                    (HookAction::Removed, None)
                }
            }
            Some(false) => (HookAction::Foreign, None),
            None => (HookAction::NotInstalled, None),
        };
        outcomes.push(HookOutcome {
            hook: hook.to_string(),
            path,
            action,
            chained,
            backup: None,
        });
    }
    Ok(outcomes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_carry_the_marker_and_chain() {
        for hook in HOOKS {
            let s = script(hook, "");
            assert!(s.starts_with("#!/bin/sh\n# mlo-managed-hook"), "{s}");
            assert!(s.contains(&format!("{hook}.pre-mlo")), "{s}");
        }
        assert!(script("post-checkout", "ml dir").contains("/'ml dir' || exit 1"));
    }
}
