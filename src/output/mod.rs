//! Output: the one place that prints. stdout carries data only (tables, JSON, values);
//! status lines, warnings, errors, hints and progress go to stderr. Status lines follow
//! cargo's style (a right-aligned verb, then the object). `--json` prints exactly one JSON
//! document. Colour follows `--color`, `NO_COLOR` and whether the stream is a terminal;
//! progress bars appear only when stderr is a terminal and `--quiet` is off. A closed stdout
//! (`mlo audit log | head`) ends the process quietly with exit code 0.

use std::fmt::Display;
use std::io::{self, IsTerminal, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::cli::{ColorChoice, GlobalArgs};
use crate::error::CliError;

/// Whether stderr should get ANSI colour.
pub fn color_enabled_for_stderr(choice: ColorChoice) -> bool {
    color_enabled(choice, io::stderr().is_terminal())
}

fn color_enabled(choice: ColorChoice, is_tty: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Printer configured from the global flags.
#[derive(Debug, Clone)]
pub struct Output {
    /// `--json`.
    pub json: bool,
    /// `--quiet`.
    pub quiet: bool,
    color_err: bool,
    color_out: bool,
    progress: bool,
}

/// A progress reporter handed to domain code for long work (clones share one bar).
#[derive(Clone)]
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    /// Advance by `n` units.
    pub fn inc(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
    }

    /// Remove the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Output {
    /// From the global flags and the terminal state.
    pub fn from_global(global: &GlobalArgs) -> Self {
        Output {
            json: global.json,
            quiet: global.quiet,
            color_err: color_enabled(global.color, io::stderr().is_terminal()),
            color_out: color_enabled(global.color, io::stdout().is_terminal()) && !global.json,
            progress: !global.quiet && io::stderr().is_terminal(),
        }
    }

    /// A cargo-style status line on stderr: `     Created .mlo/ in /path`.
    pub fn status(&self, verb: &str, message: impl Display) {
        if self.quiet {
            return;
        }
        let verb = if self.color_err {
            format!("\x1b[1;32m{verb:>12}\x1b[0m")
        } else {
            format!("{verb:>12}")
        };
        let _ = writeln!(io::stderr(), "{verb} {message}");
    }

    /// A `warning:` line on stderr (shown even with `--quiet`).
    pub fn warn(&self, message: impl Display) {
        let label = if self.color_err {
            "\x1b[1;33mwarning\x1b[0m"
        } else {
            "warning"
        };
        let _ = writeln!(io::stderr(), "{label}: {message}");
    }

    /// A `note:` line on stderr (hidden by `--quiet`).
    pub fn note(&self, message: impl Display) {
        if !self.quiet {
            let _ = writeln!(io::stderr(), "note: {message}");
        }
    }

    /// Print an error with its causes and hints.
    pub fn error(&self, err: &CliError) {
        let mut stderr = io::stderr().lock();
        let label = if self.color_err {
            "\x1b[1;31merror\x1b[0m"
        } else {
            "error"
        };
        let _ = writeln!(stderr, "{label}: {}", err.message);
        for cause in &err.causes {
            let _ = writeln!(stderr, "  caused by: {cause}");
        }
        for hint in &err.hints {
            let label = if self.color_err {
                "\x1b[1;36mhint\x1b[0m"
            } else {
                "hint"
            };
            let _ = writeln!(stderr, "{label}: {hint}");
        }
    }

    /// One line of data on stdout.
    pub fn line(&self, text: impl Display) {
        out_write(format_args!("{text}\n"));
    }

    /// Text on stdout exactly as given (a generated file, a diff).
    pub fn write_raw(&self, text: &str) {
        out_write(format_args!("{text}"));
    }

    /// Exactly one JSON document on stdout.
    pub fn json_value<T: Serialize + ?Sized>(&self, value: &T) {
        let text = serde_json::to_string_pretty(value).expect("output serializes to JSON");
        out_write(format_args!("{text}\n"));
    }

    /// A table on stdout (headers in bold when colour is on).
    pub fn table(&self, headers: &[&str], rows: Vec<Vec<String>>) {
        let mut table = Table::new();
        table.load_preset(presets::UTF8_BORDERS_ONLY);
        table.set_content_arrangement(ContentArrangement::Dynamic);
        if let Some(width) = terminal_width() {
            table.set_width(width);
        }
        table.set_header(headers.iter().map(|h| {
            let cell = comfy_table::Cell::new(h);
            if self.color_out {
                cell.add_attribute(comfy_table::Attribute::Bold)
            } else {
                cell
            }
        }));
        for row in rows {
            table.add_row(row);
        }
        if !self.color_out {
            table.force_no_tty();
        }
        out_write(format_args!("{table}\n"));
    }

    /// A GitHub-flavoured Markdown table on stdout (pipes in cells escaped).
    pub fn markdown_table(&self, headers: &[&str], rows: Vec<Vec<String>>) {
        let cell = |s: &str| s.replace('|', "\\|");
        let mut text = format!(
            "| {} |\n|{}|\n",
            headers
                .iter()
                .map(|h| cell(h))
                .collect::<Vec<_>>()
                .join(" | "),
            headers.iter().map(|_| "---").collect::<Vec<_>>().join("|")
        );
        for row in rows {
            text.push_str(&format!(
                "| {} |\n",
                row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
            ));
        }
        out_write(format_args!("{text}"));
    }

    /// A key/value table (two columns, no header).
    pub fn pairs(&self, rows: Vec<(String, String)>) {
        let mut table = Table::new();
        table.load_preset(presets::NOTHING);
        table.set_content_arrangement(ContentArrangement::Dynamic);
        if let Some(width) = terminal_width() {
            table.set_width(width);
        }
        for (k, v) in rows {
            table.add_row(vec![k, v]);
        }
        table.force_no_tty();
        out_write(format_args!("{table}\n"));
    }

    /// A progress bar over `len` units labelled `message`; inert when not on a terminal.
    pub fn progress(&self, len: u64, message: &str, bytes: bool) -> Progress {
        if !self.progress {
            return Progress { bar: None };
        }
        let bar = indicatif::ProgressBar::new(len);
        let template = if bytes {
            "{msg:>12} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {eta}"
        } else {
            "{msg:>12} [{bar:30}] {pos}/{len} {per_sec} {eta}"
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(message.to_string());
        Progress { bar: Some(bar) }
    }
}

fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())
}

fn out_write(args: std::fmt::Arguments<'_>) {
    let mut stdout = io::stdout().lock();
    if let Err(e) = stdout.write_fmt(args).and_then(|_| stdout.flush())
        && e.kind() == io::ErrorKind::BrokenPipe
    {
        // The reader went away (`| head`): that is not a failure.
        std::process::exit(0);
    }
}

/// Human-readable byte size (binary units, one decimal).
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}
