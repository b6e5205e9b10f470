//! Writes the drift benchmark's inputs (benches/drift.sh): a reference and a current CSV of
//! ROWS rows x 25 columns (20 numerical, 5 categorical), deterministic (splitmix64), the
//! current shifted in half the columns. Usage: `drift_data OUT_DIR [ROWS]`.

use std::io::{BufWriter, Write};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn uniform(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Approximately normal: the sum of 12 uniforms minus 6.
    fn normal(&mut self) -> f64 {
        (0..12).map(|_| self.uniform()).sum::<f64>() - 6.0
    }
}

fn write(path: &std::path::Path, rows: usize, seed: u64, drift: bool) -> std::io::Result<()> {
    let mut rng = Rng(seed);
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    let header: Vec<String> = (0..20)
        .map(|i| format!("num{i:02}"))
        .chain((0..5).map(|i| format!("cat{i}")))
        .collect();
    writeln!(w, "{}", header.join(","))?;
    let cats = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
    ];
    for _ in 0..rows {
        for i in 0..20 {
            let shift = if drift && i % 2 == 0 { 0.2 } else { 0.0 };
            let x = 10.0 * i as f64 + rng.normal() * (1.0 + i as f64 / 10.0) + shift;
            write!(w, "{:.6},", x)?;
        }
        for i in 0..5 {
            let u = rng.uniform();
            let skew = if drift && i < 2 { 1.3 } else { 1.0 };
            let k = ((u.powf(skew)) * cats.len() as f64) as usize;
            let sep = if i == 4 { "\n" } else { "," };
            write!(w, "{}{sep}", cats[k.min(cats.len() - 1)])?;
        }
    }
    w.flush()
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().expect("usage: drift_data OUT_DIR [ROWS]"));
    let rows: usize = args
        .next()
        .map_or(1_000_000, |r| r.parse().expect("ROWS is a number"));
    std::fs::create_dir_all(&dir)?;
    write(&dir.join("reference.csv"), rows, 1, false)?;
    write(&dir.join("current.csv"), rows, 2, true)?;
    Ok(())
}
