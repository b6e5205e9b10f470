//! Statistics implemented in mlo itself, checked against scipy/numpy on committed fixtures:
//! the two-sample Kolmogorov–Smirnov test and its distributions (`ks`), and the per-column
//! drift distances and tests behind `mlo monitor drift` (`drift`). Pure functions over slices;
//! nothing here reads files or prints.

pub mod drift;
pub mod ks;
