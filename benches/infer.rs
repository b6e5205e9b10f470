//! Single-row latency of `mlo`'s model execution (no HTTP): the figures behind the runtime
//! choice in docs/serving.md, for dense networks, a linear model and scikit-learn's tree
//! ensembles (RandomForest 20 trees, GradientBoosting 30 rounds x 3 classes, 50 rounds). Run with `RAYON_NUM_THREADS=1 cargo bench --bench infer`, as
//! `mlo serve` runs its workers.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use mlo::infer::{Model, Tensor, TensorData};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/serve");
    for (file, width) in [
        ("mlp.onnx", 16),
        ("mlp.safetensors", 16),
        ("logreg.onnx", 4),
        ("rf_clf.onnx", 4),
        ("gb_multi.onnx", 4),
        ("rf_reg.onnx", 3),
        ("gb_reg.onnx", 3),
    ] {
        let t = Instant::now();
        let model = Model::load(&dir.join(file), None).expect("fixture loads");
        model.warm_up().expect("warm-up");
        let load = t.elapsed();
        // The Iris models get a mid-range flower, so trees walk to realistic depths.
        let row = if file.starts_with("mlp") {
            vec![0.5; width]
        } else {
            [5.8, 3.0, 4.35, 1.3][..width].to_vec()
        };
        let x = Tensor::new(vec![1, width], TensorData::F32(row)).expect("shape");
        let inputs = [x];
        for _ in 0..1_000 {
            black_box(model.run(&inputs).expect("runs"));
        }
        let n = 20_000;
        let t = Instant::now();
        for _ in 0..n {
            black_box(model.run(black_box(&inputs)).expect("runs"));
        }
        println!(
            "{file}: load+warm-up {:.2} ms, single row {:.2} us (mean of {n})",
            load.as_secs_f64() * 1e3,
            t.elapsed().as_secs_f64() * 1e6 / f64::from(n)
        );
    }
}
