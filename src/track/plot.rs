//! Metric charts: SVG or PNG files drawn with plotters, and a compact character chart for the
//! terminal. PNG text needs a TrueType font; the usual system locations are searched (SVG
//! leaves fonts to the viewer).

use std::path::Path;
use std::sync::OnceLock;

use plotters::prelude::*;

use super::TrackError;
use super::query::Series;
use crate::error::Error;

const FONT_PATHS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
    "/Library/Fonts/Arial.ttf",
    "C:\\Windows\\Fonts\\arial.ttf",
];

/// Register a system font with plotters once; the path used, or None.
fn font() -> Option<&'static str> {
    static FONT: OnceLock<Option<&'static str>> = OnceLock::new();
    *FONT.get_or_init(|| {
        for p in FONT_PATHS {
            if let Ok(bytes) = std::fs::read(p) {
                // plotters wants 'static font data; one font per process, kept for its life.
                let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
                if plotters::style::register_font("sans-serif", FontStyle::Normal, bytes).is_ok() {
                    return Some(*p);
                }
            }
        }
        None
    })
}

fn bounds(series: &[Series]) -> (i64, i64, f64, f64) {
    let (mut x0, mut x1, mut y0, mut y1) = (i64::MAX, i64::MIN, f64::INFINITY, f64::NEG_INFINITY);
    for s in series {
        for &(step, _, v) in &s.points {
            x0 = x0.min(step);
            x1 = x1.max(step);
            if let Some(v) = v.filter(|v| v.is_finite()) {
                y0 = y0.min(v);
                y1 = y1.max(v);
            }
        }
    }
    if !y0.is_finite() {
        (y0, y1) = (0.0, 1.0);
    }
    if y0 == y1 {
        (y0, y1) = (y0 - 0.5, y1 + 0.5);
    }
    if x0 == x1 {
        x1 = x0 + 1;
    }
    (x0, x1, y0, y1)
}

/// Draw `series` of metric `key` into an `.svg` or `.png` file.
pub fn draw_file(series: &[Series], key: &str, path: &Path) -> Result<(), Error> {
    let fail = |message: String| -> Error {
        TrackError::Plot {
            path: path.to_path_buf(),
            message,
        }
        .into()
    };
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let has_font = font().is_some();
    match ext.as_deref() {
        Some("svg") => {
            let root = SVGBackend::new(path, (960, 540)).into_drawing_area();
            draw(root, series, key, has_font).map_err(fail)
        }
        Some("png") => {
            if !has_font {
                return Err(fail(format!(
                    "PNG needs a TrueType font and none was found (looked in {}); write an .svg instead",
                    FONT_PATHS.join(", ")
                )));
            }
            let root = BitMapBackend::new(path, (960, 540)).into_drawing_area();
            draw(root, series, key, true).map_err(fail)
        }
        _ => Err(fail("the file must end in .svg or .png".into())),
    }
}

fn draw<DB: DrawingBackend>(
    root: DrawingArea<DB, plotters::coord::Shift>,
    series: &[Series],
    key: &str,
    text: bool,
) -> Result<(), String>
where
    DB::ErrorType: 'static,
{
    let e = |x: DrawingAreaErrorKind<DB::ErrorType>| x.to_string();
    root.fill(&WHITE).map_err(e)?;
    let (x0, x1, y0, y1) = bounds(series);
    let pad = (y1 - y0) * 0.05;
    let mut builder = ChartBuilder::on(&root);
    builder.margin(16);
    if text {
        builder
            .caption(key, ("sans-serif", 22))
            .x_label_area_size(36)
            .y_label_area_size(64);
    }
    let mut chart = builder
        .build_cartesian_2d(x0..x1, (y0 - pad)..(y1 + pad))
        .map_err(e)?;
    if text {
        chart
            .configure_mesh()
            .x_desc("step")
            .y_desc(key)
            .light_line_style(WHITE.mix(0.0))
            .draw()
            .map_err(e)?;
    }
    for (i, s) in series.iter().enumerate() {
        let color = Palette99::pick(i).to_rgba();
        let points = s
            .points
            .iter()
            .filter_map(|&(step, _, v)| v.filter(|v| v.is_finite()).map(|v| (step, v)));
        let drawn = chart
            .draw_series(LineSeries::new(points, color.stroke_width(2)))
            .map_err(e)?;
        if text {
            drawn
                .label(format!("{} ({})", s.name, s.run_id.short()))
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 18, y)], color.stroke_width(2))
                });
        }
    }
    if text && series.len() > 1 {
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()
            .map_err(e)?;
    }
    root.present().map_err(e)?;
    Ok(())
}

/// A character chart for the terminal, `width` x `height` cells of plot area, one marker per
/// run, with the y range, x range and a legend.
pub fn draw_text(series: &[Series], key: &str, width: usize, height: usize) -> String {
    const MARKS: [char; 6] = ['*', 'o', '+', 'x', '#', '@'];
    let (x0, x1, y0, y1) = bounds(series);
    let mut grid = vec![vec![' '; width]; height];
    for (i, s) in series.iter().enumerate() {
        for &(step, _, v) in &s.points {
            let Some(v) = v.filter(|v| v.is_finite()) else {
                continue;
            };
            let cx = ((step - x0) as f64 / (x1 - x0) as f64 * (width - 1) as f64).round() as usize;
            let cy = ((v - y0) / (y1 - y0) * (height - 1) as f64).round() as usize;
            grid[height - 1 - cy.min(height - 1)][cx.min(width - 1)] = MARKS[i % MARKS.len()];
        }
    }
    let top = super::format_number(y1);
    let bottom = super::format_number(y0);
    let label_w = top.len().max(bottom.len());
    let mut out = format!("{key}\n");
    for (r, row) in grid.iter().enumerate() {
        let label = if r == 0 {
            top.clone()
        } else if r == height - 1 {
            bottom.clone()
        } else {
            String::new()
        };
        out.push_str(&format!(
            "{label:>label_w$} |{}\n",
            row.iter().collect::<String>().trim_end()
        ));
    }
    out.push_str(&format!("{:>label_w$} +{}\n", "", "-".repeat(width)));
    let right = x1.to_string();
    out.push_str(&format!(
        "{:>label_w$}  {x0}{}{right}  (step)\n",
        "",
        " ".repeat(width.saturating_sub(x0.to_string().len() + right.len()))
    ));
    for (i, s) in series.iter().enumerate() {
        out.push_str(&format!(
            "  {} {} ({})\n",
            MARKS[i % MARKS.len()],
            s.name,
            s.run_id.short()
        ));
    }
    out
}
