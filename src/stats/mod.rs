//! Statistics implemented in mlo itself, checked against scipy/numpy/statsmodels/gbstats on
//! committed fixtures: A/B analysis and planning (`ab*`, `power`) and the special functions under
//! them (`special`); the two-sample Kolmogorov–Smirnov test and its distributions (`ks`), and the
//! per-column drift distances and tests behind `mlo monitor drift` (`drift`); the summary
//! statistics they share (`summary`: pairwise sums, moments). Pure functions over numbers and
//! slices; nothing here reads files or prints.

pub mod ab;
pub mod ab_binary;
pub mod ab_checks;
pub mod ab_continuous;
pub mod ab_cuped;
pub mod ab_gbstats;
pub mod drift;
pub mod ks;
pub mod power;
pub mod special;
pub mod summary;
