//! Statistical tests and distributions shared by the analysis commands: A/B analysis and
//! planning (`ab*`, `power`) and the special functions under them (`special`). Pure functions
//! over numbers and sufficient statistics — no I/O, no printing — each checked in unit tests
//! against committed scipy/statsmodels/gbstats fixtures. Called by `crate::ab` (and by drift
//! detection).

pub mod ab;
pub mod ab_binary;
pub mod ab_checks;
pub mod ab_continuous;
pub mod ab_cuped;
pub mod ab_gbstats;
pub mod power;
pub mod special;
