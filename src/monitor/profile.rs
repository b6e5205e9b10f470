//! Reference profiles (`mlo monitor drift --save-profile FILE`, then `--reference-profile
//! FILE`): the reference reduced once to what the drift statistics need, so later checks
//! neither read nor sort it again.
//!
//! Per numerical column the profile keeps the sorted values exactly when the column has at
//! most [`SKETCH_POINTS`] distinct values (as value/count runs), and otherwise a quantile
//! sketch of [`SKETCH_POINTS`] order statistics plus the exact row count, minimum, maximum and
//! population standard deviation. Categorical columns keep exact category counts. With a
//! sketch the KS statistic and Wasserstein-1 are within about 1 / SKETCH_POINTS of the exact
//! values (the ECDF of the sketch is within 1 / SKETCH_POINTS of the reference's); the KS
//! p-value uses the true row count. docs/monitor.md states the measured error.
//!
//! File format: the line `MLOPROF1`, one line of JSON (the header), then the numerical
//! columns' values and counts as little-endian `f64`/`u64`, in header order.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::MonitorError;
use super::columns::Prepared;
use crate::table::{Head, Storage};

/// Distinct values kept per numerical column before the profile switches to a sketch.
pub const SKETCH_POINTS: usize = 100_000;

const MAGIC: &[u8] = b"MLOPROF1\n";

#[derive(Debug, Clone, Serialize, Deserialize)]
struct ColumnHeader {
    name: String,
    storage: Storage,
    missing: usize,
    integer_valued: bool,
    /// Numerical: values stored (runs or sketch points).
    stored: usize,
    /// Numerical: runs (`counts` stored) rather than a sketch.
    runs: bool,
    /// Numerical sketch: true count and population std.
    sketch_of: Option<(usize, f64)>,
    /// Categorical: count per category.
    counts: Option<BTreeMap<String, u64>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Header {
    version: u64,
    rows: usize,
    columns: Vec<ColumnHeader>,
}

/// A loaded or freshly built reference profile.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Reference rows.
    pub rows: usize,
    columns: Vec<(ColumnHeader, Vec<f64>, Vec<u64>)>,
}

fn population_std(sorted: &[f64]) -> f64 {
    crate::stats::drift::population_std(sorted).unwrap_or(0.0)
}

impl Profile {
    /// Build from prepared reference columns.
    pub fn build(rows: usize, prepared: &[(String, Prepared)]) -> Profile {
        let columns = prepared
            .iter()
            .map(|(name, p)| match p {
                Prepared::Numeric {
                    sorted,
                    missing,
                    integer_valued,
                    sketch_of,
                } => {
                    let (values, counts) = runs(sorted);
                    let (values, counts, runs_ok, sketch) =
                        if values.len() <= SKETCH_POINTS && sketch_of.is_none() {
                            (values, counts, true, None)
                        } else if let Some(s) = sketch_of {
                            (sorted.clone(), vec![], false, Some(*s))
                        } else {
                            (
                                sketch(sorted, SKETCH_POINTS),
                                vec![],
                                false,
                                Some((sorted.len(), population_std(sorted))),
                            )
                        };
                    (
                        ColumnHeader {
                            name: name.clone(),
                            storage: Storage::Numeric,
                            missing: *missing,
                            integer_valued: *integer_valued,
                            stored: values.len(),
                            runs: runs_ok,
                            sketch_of: sketch,
                            counts: None,
                        },
                        values,
                        counts,
                    )
                }
                Prepared::Text { counts, missing } => (
                    ColumnHeader {
                        name: name.clone(),
                        storage: Storage::Text,
                        missing: *missing,
                        integer_valued: false,
                        stored: 0,
                        runs: false,
                        sketch_of: None,
                        counts: Some(counts.clone()),
                    },
                    vec![],
                    vec![],
                ),
            })
            .collect();
        Profile { rows, columns }
    }

    /// Write the profile.
    pub fn save(&self, path: &Path) -> Result<(), MonitorError> {
        let err = |reason: String| MonitorError::Profile {
            path: path.to_path_buf(),
            reason,
        };
        let header = Header {
            version: 1,
            rows: self.rows,
            columns: self.columns.iter().map(|c| c.0.clone()).collect(),
        };
        let mut bytes = MAGIC.to_vec();
        serde_json::to_writer(&mut bytes, &header).map_err(|e| err(e.to_string()))?;
        bytes.push(b'\n');
        for (_, values, counts) in &self.columns {
            for v in values {
                bytes.extend_from_slice(&v.to_le_bytes());
            }
            for c in counts {
                bytes.extend_from_slice(&c.to_le_bytes());
            }
        }
        let mut f = std::fs::File::create(path).map_err(|e| err(e.to_string()))?;
        f.write_all(&bytes).map_err(|e| err(e.to_string()))
    }

    /// Read a profile written by [`Profile::save`].
    pub fn load(path: &Path) -> Result<Profile, MonitorError> {
        let err = |reason: String| MonitorError::Profile {
            path: path.to_path_buf(),
            reason,
        };
        let bytes = std::fs::read(path).map_err(|e| err(e.to_string()))?;
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or_else(|| err("not an mlo reference profile".into()))?;
        let nl = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or_else(|| err("truncated header".into()))?;
        let header: Header =
            serde_json::from_slice(&rest[..nl]).map_err(|e| err(format!("bad header: {e}")))?;
        if header.version != 1 {
            return Err(err(format!("unknown profile version {}", header.version)));
        }
        let mut body = &rest[nl + 1..];
        let mut take8 = |n: usize| -> Result<Vec<[u8; 8]>, MonitorError> {
            if body.len() < n * 8 {
                return Err(err("truncated body".into()));
            }
            let (head, tail) = body.split_at(n * 8);
            body = tail;
            Ok(head
                .chunks_exact(8)
                .map(|c| c.try_into().expect("chunks of 8"))
                .collect())
        };
        let mut columns = Vec::new();
        for c in header.columns {
            let values: Vec<f64> = take8(c.stored)?
                .into_iter()
                .map(f64::from_le_bytes)
                .collect();
            let counts: Vec<u64> = if c.runs {
                take8(c.stored)?
                    .into_iter()
                    .map(u64::from_le_bytes)
                    .collect()
            } else {
                vec![]
            };
            columns.push((c, values, counts));
        }
        Ok(Profile {
            rows: header.rows,
            columns,
        })
    }

    /// The profile's columns as a sniffed head.
    pub fn head(&self) -> Head {
        Head {
            columns: self.columns.iter().map(|c| c.0.name.clone()).collect(),
            numeric: self
                .columns
                .iter()
                .map(|c| c.0.storage == Storage::Numeric)
                .collect(),
        }
    }

    /// How a column is stored in the profile.
    pub fn storage(&self, name: &str) -> Option<Storage> {
        self.columns
            .iter()
            .find(|c| c.0.name == name)
            .map(|c| c.0.storage)
    }

    /// The prepared reference columns named in `wanted`.
    pub fn prepared(&self, wanted: &[(String, Storage)]) -> Vec<(String, Prepared)> {
        self.columns
            .iter()
            .filter(|c| wanted.iter().any(|(n, _)| *n == c.0.name))
            .map(|(h, values, counts)| {
                let p = match h.storage {
                    Storage::Numeric if h.runs => {
                        let mut sorted = Vec::with_capacity(counts.iter().sum::<u64>() as usize);
                        for (v, &n) in values.iter().zip(counts) {
                            sorted.extend(std::iter::repeat_n(*v, n as usize));
                        }
                        Prepared::Numeric {
                            sorted,
                            missing: h.missing,
                            integer_valued: h.integer_valued,
                            sketch_of: None,
                        }
                    }
                    Storage::Numeric => Prepared::Numeric {
                        sorted: values.clone(),
                        missing: h.missing,
                        integer_valued: h.integer_valued,
                        sketch_of: h.sketch_of,
                    },
                    Storage::Text => Prepared::Text {
                        counts: h.counts.clone().unwrap_or_default(),
                        missing: h.missing,
                    },
                };
                (h.name.clone(), p)
            })
            .collect()
    }
}

fn runs(sorted: &[f64]) -> (Vec<f64>, Vec<u64>) {
    let (mut values, mut counts) = (Vec::new(), Vec::new());
    for &v in sorted {
        match values.last() {
            Some(&last) if last == v => *counts.last_mut().expect("parallel vectors") += 1,
            _ => {
                values.push(v);
                counts.push(1);
            }
        }
        if values.len() > SKETCH_POINTS {
            break;
        }
    }
    (values, counts)
}

/// `m` order statistics at the midpoints `(i + 0.5) / m`, with the exact minimum and maximum.
fn sketch(sorted: &[f64], m: usize) -> Vec<f64> {
    let n = sorted.len();
    let mut out: Vec<f64> = (0..m)
        .map(|i| sorted[(((i as f64 + 0.5) * n as f64 / m as f64) as usize).min(n - 1)])
        .collect();
    out[0] = sorted[0];
    out[m - 1] = sorted[n - 1];
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_round_trip_exactly_below_the_sketch_size() {
        let sorted = vec![1.0, 1.0, 2.5, 3.0];
        let mut counts = BTreeMap::new();
        counts.insert("a".to_string(), 3u64);
        let prepared = vec![
            (
                "x".to_string(),
                Prepared::Numeric {
                    sorted: sorted.clone(),
                    missing: 1,
                    integer_valued: false,
                    sketch_of: None,
                },
            ),
            (
                "c".to_string(),
                Prepared::Text {
                    counts: counts.clone(),
                    missing: 0,
                },
            ),
        ];
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.prof");
        Profile::build(5, &prepared).save(&path).unwrap();
        let back = Profile::load(&path).unwrap();
        assert_eq!(back.rows, 5);
        let p = back.prepared(&[("x".into(), Storage::Numeric), ("c".into(), Storage::Text)]);
        match &p[0].1 {
            Prepared::Numeric { sorted: s, .. } => assert_eq!(s, &sorted),
            _ => panic!(),
        }
        match &p[1].1 {
            Prepared::Text { counts: c, .. } => assert_eq!(c, &counts),
            _ => panic!(),
        }
    }

    #[test]
    fn large_columns_become_sketches_with_exact_ends() {
        let sorted: Vec<f64> = (0..(SKETCH_POINTS * 3)).map(|i| i as f64).collect();
        let s = sketch(&sorted, SKETCH_POINTS);
        assert_eq!(s.len(), SKETCH_POINTS);
        assert_eq!(s[0], 0.0);
        assert_eq!(s[SKETCH_POINTS - 1], (SKETCH_POINTS * 3 - 1) as f64);
    }
}
