//! Renderings of a drift check other than the terminal table: Markdown for CI comments
//! (`--md`) and a self-contained HTML report (`--html FILE`) with an inline-SVG histogram of
//! reference vs current per column. Both are plain strings; the HTML has no external assets,
//! scripts or fonts, so it can be attached to a CI run or mailed as is.

use std::fmt::Write as _;
use std::path::Path;

use super::DriftOutcome;
use super::columns::{ColumnReport, Histogram, format_number};
use crate::error::Error;

/// Statistic cell: the number, or `inf` when it is infinite.
pub fn statistic_cell(c: &ColumnReport) -> String {
    c.statistic
        .map(format_number)
        .unwrap_or_else(|| "inf".into())
}

/// p-value cell.
pub fn p_value_cell(c: &ColumnReport) -> String {
    c.p_value.map(format_number).unwrap_or_else(|| "-".into())
}

/// Effect-size cell: `V=0.12`, `W=0.30` (normed Wasserstein), `Δp=+0.05`.
pub fn effect_cell(c: &ColumnReport) -> String {
    match (c.effect, c.effect_size) {
        (Some("cramers_v"), Some(v)) => format!("V={}", format_number(v)),
        (Some("wasserstein_normed"), Some(v)) => format!("W={}", format_number(v)),
        (Some("proportion_difference"), Some(v)) => format!("Δp={v:+.4}"),
        _ => "-".into(),
    }
}

fn escape_md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A Markdown report for pull-request comments.
pub fn markdown(o: &DriftOutcome) -> String {
    let mut s = String::new();
    let verdict = if o.dataset_drift {
        "**Dataset drift detected**"
    } else {
        "No dataset drift"
    };
    let _ = writeln!(
        s,
        "### Drift: `{}` → `{}`\n\n{verdict}: {} of {} columns drifted ({:.1}%, threshold {:.0}%).\n",
        escape_md(&o.reference.label),
        escape_md(&o.current.label),
        o.drifted_columns,
        o.columns.len(),
        o.drifted_share * 100.0,
        o.drift_share * 100.0
    );
    let _ = writeln!(
        s,
        "| column | type | method | statistic | p-value | effect | threshold | drifted |\n|---|---|---|---:|---:|---:|---:|---|"
    );
    for c in &o.columns {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            escape_md(&c.column),
            c.column_type.as_str(),
            c.method,
            statistic_cell(c),
            p_value_cell(c),
            effect_cell(c),
            format_number(c.threshold),
            if c.drifted { "**yes**" } else { "no" }
        );
    }
    if !o.skipped.is_empty() {
        let _ = writeln!(s, "\nNot compared:");
        for k in &o.skipped {
            let _ = writeln!(s, "- `{}`: {}", escape_md(&k.column), k.reason);
        }
    }
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const W: f64 = 360.0;
const H: f64 = 120.0;

fn svg(h: &Histogram) -> String {
    let n = h.labels.len().max(1);
    let max = h
        .reference
        .iter()
        .chain(&h.current)
        .copied()
        .fold(0.0f64, f64::max)
        .max(1e-12);
    let slot = W / n as f64;
    let bar = (slot / 2.0 - 1.0).max(0.5);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{}\" viewBox=\"0 0 {W} {}\" role=\"img\">",
        H + 16.0,
        H + 16.0
    );
    for (i, label) in h.labels.iter().enumerate() {
        let x = i as f64 * slot;
        for (k, (value, class)) in [(h.reference[i], "r"), (h.current[i], "c")]
            .iter()
            .enumerate()
        {
            let height = value / max * H;
            let _ = write!(
                s,
                "<rect class=\"{class}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{height:.1}\"><title>{}: {} {:.2}%</title></rect>",
                x + k as f64 * (bar + 1.0),
                H - height,
                esc(label),
                if *class == "r" {
                    "reference"
                } else {
                    "current"
                },
                value * 100.0
            );
        }
    }
    if let (Some(first), Some(last)) = (h.labels.first(), h.labels.last()) {
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{}\">{}</text><text x=\"{W}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            H + 13.0,
            esc(first),
            H + 13.0,
            esc(last)
        );
    }
    s.push_str("</svg>");
    s
}

/// The self-contained HTML report.
pub fn html(o: &DriftOutcome) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>mlo drift report</title><style>\
body{{font-family:system-ui,sans-serif;margin:2em;color:#222}}table{{border-collapse:collapse}}\
td,th{{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:middle}}\
.yes{{color:#b00020;font-weight:bold}}.r{{fill:#4c72b0}}.c{{fill:#dd8452}}svg text{{font-size:10px;fill:#555}}\
.legend span{{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}}</style></head><body>\n\
<h1>Drift report</h1><p>Reference <code>{}</code> ({} rows) vs current <code>{}</code> ({} rows).</p>\n\
<p class=\"{}\">{}: {} of {} columns drifted ({:.1}%; dataset drift at {:.0}%).</p>\n\
<p class=\"legend\"><span class=\"r\" style=\"background:#4c72b0\"></span>reference<span style=\"background:#dd8452\"></span>current</p>\n\
<table><tr><th>column</th><th>type</th><th>method</th><th>statistic</th><th>p-value</th><th>effect</th><th>threshold</th><th>drifted</th><th>distribution</th></tr>\n",
        esc(&o.reference.label),
        o.reference.rows,
        esc(&o.current.label),
        o.current.rows,
        if o.dataset_drift { "yes" } else { "no" },
        if o.dataset_drift {
            "Dataset drift detected"
        } else {
            "No dataset drift"
        },
        o.drifted_columns,
        o.columns.len(),
        o.drifted_share * 100.0,
        o.drift_share * 100.0
    );
    for c in &o.columns {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"{}\">{}</td><td>{}</td></tr>",
            esc(&c.column),
            c.column_type.as_str(),
            esc(&c.method),
            statistic_cell(c),
            p_value_cell(c),
            esc(&effect_cell(c)),
            format_number(c.threshold),
            if c.drifted { "yes" } else { "no" },
            if c.drifted { "yes" } else { "no" },
            c.histogram.as_ref().map(svg).unwrap_or_default()
        );
    }
    s.push_str("</table>\n");
    if !o.skipped.is_empty() {
        s.push_str("<h2>Not compared</h2><ul>");
        for k in &o.skipped {
            let _ = write!(
                s,
                "<li><code>{}</code>: {}</li>",
                esc(&k.column),
                esc(&k.reason)
            );
        }
        s.push_str("</ul>\n");
    }
    s.push_str("<p><small>Generated by mlo monitor drift.</small></p></body></html>\n");
    s
}

/// Write the HTML report to `path`.
pub fn write_html(path: &Path, o: &DriftOutcome) -> Result<(), Error> {
    std::fs::write(path, html(o)).map_err(|source| Error::Io {
        action: "write",
        path: path.to_path_buf(),
        source,
    })
}
