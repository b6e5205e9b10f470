//! A small classifier trained with candle-core, for the quick start: multinomial logistic
//! regression (`--hidden 0`) or a one-hidden-layer MLP on a CSV of numeric features and a
//! string label (the Iris set shipped in examples/data/iris.csv).
//!
//! It logs to mlo the way a training script should: one `mlo run log --stdin` child for the
//! whole run (params, then loss and accuracy per epoch as JSON Lines), then the model files as
//! artifacts. Run it under `mlo run exec -- ...` so MLO_RUN_ID names the run. It writes
//! `model.safetensors` (PyTorch `nn.Linear` layout) and `model.arch.toml`, which `mlo serve`
//! loads (docs/serving.md), into `--out`.
//!
//! Deterministic: weights come from a seeded generator and every fifth row is held out.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use candle_core::{DType, Device, Tensor, Var};

struct Args {
    data: String,
    out: String,
    epochs: usize,
    lr: f64,
    hidden: usize,
    seed: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        data: "data/iris.csv".into(),
        out: "model".into(),
        epochs: 300,
        lr: 0.05,
        hidden: 0,
        seed: 7,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut val = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--data" => a.data = val()?,
            "--out" => a.out = val()?,
            "--epochs" => a.epochs = val()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--lr" => a.lr = val()?.parse().map_err(|e| format!("--lr: {e}"))?,
            "--hidden" => a.hidden = val()?.parse().map_err(|e| format!("--hidden: {e}"))?,
            "--seed" => a.seed = val()?.parse().map_err(|e| format!("--seed: {e}"))?,
            other => return Err(format!("unknown flag {other}")),
        }
    }
    Ok(a)
}

/// Rows of features, label indices, and the label names in index order.
type Table = (Vec<Vec<f32>>, Vec<u32>, Vec<String>);

/// Read the CSV: numeric feature columns, then a string label.
fn read_csv(path: &str) -> Result<Table, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut labels: BTreeMap<String, u32> = BTreeMap::new();
    let mut rows = Vec::new();
    let mut raw_labels = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split(',').collect();
        let (label, feats) = cells
            .split_last()
            .ok_or_else(|| format!("{path}:{}: empty row", i + 1))?;
        let feats: Vec<f32> = feats
            .iter()
            .map(|c| {
                c.trim()
                    .parse::<f32>()
                    .map_err(|e| format!("{path}:{}: `{c}`: {e}", i + 1))
            })
            .collect::<Result<_, _>>()?;
        labels.entry(label.trim().to_string()).or_insert(0);
        raw_labels.push(label.trim().to_string());
        rows.push(feats);
    }
    for (i, v) in labels.values_mut().enumerate() {
        *v = i as u32;
    }
    let y = raw_labels.iter().map(|l| labels[l]).collect();
    Ok((rows, y, labels.into_keys().collect()))
}

/// A small deterministic generator (SplitMix64) for weight initialisation.
struct Rng(u64);
impl Rng {
    fn next_f32(&mut self) -> f32 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0
    }
    fn tensor(&mut self, rows: usize, cols: usize, scale: f32) -> candle_core::Result<Tensor> {
        let v: Vec<f32> = (0..rows * cols).map(|_| self.next_f32() * scale).collect();
        Tensor::from_vec(v, (rows, cols), &Device::Cpu)
    }
}

struct Layer {
    name: &'static str,
    w: Var,
    b: Var,
}

fn forward(layers: &[Layer], x: &Tensor) -> candle_core::Result<Tensor> {
    let mut h = x.clone();
    for (i, l) in layers.iter().enumerate() {
        h = h
            .matmul(&l.w.as_tensor().t()?)?
            .broadcast_add(l.b.as_tensor())?;
        if i + 1 < layers.len() {
            h = h.relu()?;
        }
    }
    Ok(h)
}

fn log_softmax(logits: &Tensor) -> candle_core::Result<Tensor> {
    let max = logits.max_keepdim(1)?;
    let shifted = logits.broadcast_sub(&max)?;
    let lse = shifted.exp()?.sum_keepdim(1)?.log()?;
    shifted.broadcast_sub(&lse)
}

fn accuracy(layers: &[Layer], x: &Tensor, y: &[u32]) -> candle_core::Result<f64> {
    let pred: Vec<u32> = forward(layers, x)?.argmax(1)?.to_vec1()?;
    Ok(pred.iter().zip(y).filter(|(p, t)| p == t).count() as f64 / y.len() as f64)
}

fn main() {
    if let Err(e) = run() {
        eprintln!("train_iris: error: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let (rows, y, names) = read_csv(&args.data)?;
    let features = rows.first().map(|r| r.len()).ok_or("no rows")?;
    let classes = names.len();
    let (mut train_x, mut train_y, mut test_x, mut test_y) = (vec![], vec![], vec![], vec![]);
    for (i, (r, l)) in rows.iter().zip(&y).enumerate() {
        if i % 5 == 4 {
            test_x.extend_from_slice(r);
            test_y.push(*l);
        } else {
            train_x.extend_from_slice(r);
            train_y.push(*l);
        }
    }
    let ce = |e: candle_core::Error| e.to_string();
    let dev = Device::Cpu;
    let xt = Tensor::from_vec(train_x, (train_y.len(), features), &dev).map_err(ce)?;
    let xv = Tensor::from_vec(test_x, (test_y.len(), features), &dev).map_err(ce)?;
    let onehot: Vec<f32> = train_y
        .iter()
        .flat_map(|&l| (0..classes).map(move |c| if c as u32 == l { 1.0 } else { 0.0 }))
        .collect();
    let yt = Tensor::from_vec(onehot, (train_y.len(), classes), &dev).map_err(ce)?;

    let mut rng = Rng(args.seed);
    let mut layers = Vec::new();
    let widths: Vec<usize> = if args.hidden == 0 {
        vec![features, classes]
    } else {
        vec![features, args.hidden, classes]
    };
    let layer_names = ["fc1", "fc2"];
    for (i, pair) in widths.windows(2).enumerate() {
        let scale = (1.0 / pair[0] as f32).sqrt();
        layers.push(Layer {
            name: layer_names[i],
            w: Var::from_tensor(&rng.tensor(pair[1], pair[0], scale).map_err(ce)?).map_err(ce)?,
            b: Var::from_tensor(&Tensor::zeros(pair[1], DType::F32, &dev).map_err(ce)?)
                .map_err(ce)?,
        });
    }

    // One logging process for the whole run (MLO_RUN_ID comes from `mlo run exec`).
    let mlo = std::env::var("MLO_BIN").unwrap_or_else(|_| "mlo".into());
    let mut logger = Command::new(&mlo)
        .args(["run", "log", "--stdin", "--strict"])
        .stdin(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start `{mlo} run log --stdin`: {e}"))?;
    let mut log = logger.stdin.take().ok_or("no stdin for the logger")?;
    let mut emit = |line: String| writeln!(log, "{line}").map_err(|e| format!("logging: {e}"));
    emit(format!(r#"{{"param":"lr","value":{}}}"#, args.lr))?;
    emit(format!(r#"{{"param":"epochs","value":{}}}"#, args.epochs))?;
    emit(format!(r#"{{"param":"hidden","value":{}}}"#, args.hidden))?;
    emit(format!(
        r#"{{"param":"model","value":"{}"}}"#,
        if args.hidden == 0 { "logistic" } else { "mlp" }
    ))?;
    emit(format!(r#"{{"param":"seed","value":{}}}"#, args.seed))?;

    let n = train_y.len() as f64;
    for epoch in 1..=args.epochs {
        let logits = forward(&layers, &xt).map_err(ce)?;
        let loss = (log_softmax(&logits).map_err(ce)? * &yt)
            .map_err(ce)?
            .sum_all()
            .map_err(ce)?
            .affine(-1.0 / n, 0.0)
            .map_err(ce)?;
        let grads = loss.backward().map_err(ce)?;
        for l in &layers {
            for v in [&l.w, &l.b] {
                if let Some(g) = grads.get(v.as_tensor()) {
                    let next = (v.as_tensor() - (g * args.lr).map_err(ce)?).map_err(ce)?;
                    v.set(&next).map_err(ce)?;
                }
            }
        }
        if epoch % 10 == 0 || epoch == args.epochs {
            let l: f32 = loss.to_scalar().map_err(ce)?;
            let acc = accuracy(&layers, &xv, &test_y).map_err(ce)?;
            emit(format!(r#"{{"metric":"loss","value":{l},"step":{epoch}}}"#))?;
            emit(format!(
                r#"{{"metric":"val_accuracy","value":{acc},"step":{epoch}}}"#
            ))?;
        }
    }
    let acc = accuracy(&layers, &xv, &test_y).map_err(ce)?;
    emit(format!(r#"{{"metric":"accuracy","value":{acc}}}"#))?;
    drop(log);
    let status = logger.wait().map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("`{mlo} run log --stdin` failed ({status})"));
    }

    std::fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out))?;
    let mut tensors = std::collections::HashMap::new();
    for l in &layers {
        tensors.insert(format!("{}.weight", l.name), l.w.as_tensor().clone());
        tensors.insert(format!("{}.bias", l.name), l.b.as_tensor().clone());
    }
    let weights = format!("{}/model.safetensors", args.out);
    candle_core::safetensors::save(&tensors, &weights).map_err(ce)?;
    let used: Vec<String> = layers.iter().map(|l| format!("\"{}\"", l.name)).collect();
    let arch = format!(
        "kind = \"{}\"\ninput = \"x\"\noutput = \"probabilities\"\nfeatures = {features}\nlayers = [{}]\nactivation = \"relu\"\noutput_activation = \"softmax\"\n# classes: {}\n",
        if args.hidden == 0 { "logistic" } else { "mlp" },
        used.join(", "),
        names.join(", ")
    );
    let arch_path = format!("{}/model.arch.toml", args.out);
    std::fs::write(&arch_path, arch).map_err(|e| format!("{arch_path}: {e}"))?;
    let status = Command::new(&mlo)
        .args([
            "run",
            "log",
            "--artifact",
            &weights,
            "--artifact",
            &arch_path,
        ])
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("logging the model artifacts failed".into());
    }
    println!(
        "held-out accuracy {acc:.4} ({} rows); model written to {}",
        test_y.len(),
        args.out
    );
    Ok(())
}
