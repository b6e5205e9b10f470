//! `mlo serve` (issue 7): real HTTP against the real binary on a free loopback port. A tiny
//! HTTP/1.1 client over `TcpStream` keeps the test dependencies to what the crate has.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::Sandbox;

pub(crate) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/serve")
        .join(name)
}

/// A running `mlo serve`; killed (SIGKILL) on drop if still running. Also used by the
/// prediction-log tests in tests/cli/ab.rs.
pub(crate) struct Server {
    child: Child,
    addr: String,
    stderr: Arc<Mutex<String>>,
}

pub(crate) struct Reply {
    pub(crate) status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl Server {
    pub(crate) fn start(s: &Sandbox, args: &[&str]) -> Server {
        Self::start_env(s, args, &[])
    }

    fn start_env(s: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut all = vec!["serve", "--port", "0"];
        all.extend_from_slice(args);
        let mut cmd = s.std_cmd(&all);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let pipe = child.stderr.take().unwrap();
        let buf = stderr.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                if let Some(rest) = line.split("on http://").nth(1) {
                    let addr = rest.split_whitespace().next().unwrap_or("").to_string();
                    let _ = tx.send(addr);
                }
                buf.lock().unwrap().push_str(&line);
                buf.lock().unwrap().push('\n');
            }
        });
        let addr = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(a) => a,
            Err(_) => {
                let _ = child.kill();
                panic!("server did not start: {}", stderr.lock().unwrap());
            }
        };
        Server {
            child,
            addr,
            stderr,
        }
    }

    pub(crate) fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Reply {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        if !body.is_empty() {
            req.push_str("Content-Type: application/json\r\n");
        }
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("\r\n");
        stream.write_all(req.as_bytes()).unwrap();
        let _ = stream.write_all(body);
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        Reply {
            status,
            headers,
            body: body.to_string(),
        }
    }

    fn get(&self, path: &str) -> Reply {
        self.request("GET", path, &[], b"")
    }

    pub(crate) fn post(&self, path: &str, body: &Value) -> Reply {
        self.request("POST", path, &[], body.to_string().as_bytes())
    }

    fn signal(&self, sig: &str) {
        let ok = std::process::Command::new("kill")
            .args([sig, &self.child.id().to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok);
    }

    /// SIGTERM and wait: returns the exit code and everything on stderr.
    pub(crate) fn stop(mut self) -> (i32, String) {
        self.signal("-TERM");
        let status = self.child.wait().unwrap();
        std::thread::sleep(Duration::from_millis(100));
        (
            status.code().unwrap_or(-1),
            self.stderr.lock().unwrap().clone(),
        )
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn mlp_body(rows: &[Vec<f32>]) -> Value {
    json!({"inputs": [{"name": "x", "shape": [rows.len(), 16], "datatype": "FP32", "data": rows}]})
}

fn reference() -> Value {
    serde_json::from_slice(&std::fs::read(fixture("reference.json")).unwrap()).unwrap()
}

fn flat(v: &Value) -> Vec<f64> {
    match v {
        Value::Array(a) => a.iter().flat_map(flat).collect(),
        other => vec![other.as_f64().unwrap()],
    }
}

fn flat_opt(v: &Value) -> Vec<Option<f64>> {
    match v {
        Value::Array(a) => a.iter().flat_map(flat_opt).collect(),
        other => vec![other.as_f64()],
    }
}

fn audit_actions(s: &Sandbox) -> Vec<String> {
    let db = s.db();
    let mut stmt = db
        .prepare("SELECT action FROM audit_events ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn open_inference_protocol_endpoints_and_errors() {
    let s = Sandbox::repo();
    let mlp = fixture("mlp.onnx");
    let logreg = fixture("logreg.onnx");
    let server = Server::start(
        &s,
        &[
            "--path",
            mlp.to_str().unwrap(),
            "--path",
            logreg.to_str().unwrap(),
            "--body-limit",
            "100000",
        ],
    );

    assert_eq!(server.get("/v2/health/live").json(), json!({"live": true}));
    assert_eq!(
        server.get("/v2/health/ready").json(),
        json!({"ready": true})
    );
    let meta = server.get("/v2").json();
    assert_eq!(meta["name"], "mlo");
    assert!(meta["extensions"].is_array());

    let m = server.get("/v2/models/mlp").json();
    assert_eq!(m["name"], "mlp");
    assert_eq!(m["platform"], "onnx_onnxv1");
    assert_eq!(
        m["inputs"],
        json!([{"name": "x", "datatype": "FP32", "shape": [-1, 16]}])
    );
    assert_eq!(
        m["outputs"],
        json!([{"name": "probabilities", "datatype": "FP32", "shape": [-1, 3]}])
    );
    let version = m["versions"][0].as_str().unwrap().to_string();
    let lm = server.get("/v2/models/logreg").json();
    assert_eq!(lm["outputs"][0]["name"], "label");
    assert_eq!(lm["outputs"][0]["datatype"], "INT64");
    assert_eq!(
        server
            .get(&format!("/v2/models/mlp/versions/{version}"))
            .json()["name"],
        "mlp"
    );
    assert_eq!(
        server.get("/v2/models/mlp/ready").json(),
        json!({"name": "mlp", "ready": true})
    );
    assert_eq!(
        server
            .get(&format!("/v2/models/mlp/versions/{version}/ready"))
            .json()["ready"],
        true
    );

    // Outputs equal onnxruntime's to 1e-5 over HTTP, for both models.
    let r = reference();
    for (model, width) in [("mlp", 16), ("logreg", 4)] {
        let rows = &r[model]["inputs"];
        let n = rows.as_array().unwrap().len();
        let input = r[model]["input"].as_str().unwrap();
        let reply = server.post(
            &format!("/v2/models/{model}/infer"),
            &json!({"id": "ref-1", "inputs": [{"name": input, "shape": [n, width], "datatype": "FP32", "data": rows}]}),
        );
        assert_eq!(reply.status, 200, "{}", reply.body);
        let body = reply.json();
        assert_eq!(body["id"], "ref-1");
        assert_eq!(body["model_name"], model);
        for out in body["outputs"].as_array().unwrap() {
            let want = flat(&r[model]["outputs"][out["name"].as_str().unwrap()]);
            let got = flat(&out["data"]);
            assert_eq!(want.len(), got.len());
            for (a, b) in want.iter().zip(&got) {
                assert!((a - b).abs() <= 1e-5, "{model}: {a} vs {b}");
            }
        }
    }

    // Flat and nested data give the same answer; output selection; versioned infer.
    let row: Vec<f32> = (0..16).map(|i| i as f32 / 10.0).collect();
    let nested = server
        .post(
            "/v2/models/mlp/infer",
            &mlp_body(std::slice::from_ref(&row)),
        )
        .json();
    let flat_body =
        json!({"inputs": [{"name": "x", "shape": [1, 16], "datatype": "FP32", "data": row}]});
    let flat_reply = server
        .post(
            &format!("/v2/models/mlp/versions/{version}/infer"),
            &flat_body,
        )
        .json();
    assert_eq!(nested["outputs"], flat_reply["outputs"]);
    assert_eq!(nested["outputs"][0]["shape"], json!([1, 3]));
    assert!(nested["id"].as_str().is_some_and(|s| !s.is_empty()));
    let selected = server
        .post(
            "/v2/models/logreg/infer",
            &json!({"inputs": [{"name": "X", "shape": [1, 4], "datatype": "FP32", "data": [5.1, 3.5, 1.4, 0.2]}],
                    "outputs": [{"name": "label"}]}),
        )
        .json();
    assert_eq!(selected["outputs"].as_array().unwrap().len(), 1);
    assert_eq!(selected["outputs"][0]["name"], "label");
    assert_eq!(selected["outputs"][0]["data"], json!([0]));

    // MLflow scoring formats on a single-model server are tested below; with two models
    // /invocations is ambiguous.
    let amb = server.post("/invocations", &json!({"instances": [[1, 2, 3, 4]]}));
    assert_eq!(amb.status, 400);

    // Errors: clear 4xx with {"error": ...}, and the server keeps serving.
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("/v2/models/mlp/infer", b"{not json".to_vec(), 400, "invalid inference request"),
        ("/v2/models/mlp/infer", mlp_body(&[vec![1.0; 4]]).to_string().into_bytes(), 400, "shape"),
        (
            "/v2/models/mlp/infer",
            json!({"inputs": [{"name": "x", "shape": [1, 16], "datatype": "INT64", "data": vec![0; 16]}]}).to_string().into_bytes(),
            400,
            "datatype",
        ),
        (
            "/v2/models/mlp/infer",
            json!({"inputs": [{"name": "x", "shape": [1, 16], "datatype": "FP32", "data": ["NaN", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}]}).to_string().into_bytes(),
            400,
            "not a FP32",
        ),
        (
            "/v2/models/mlp/infer",
            json!({"inputs": [{"name": "x", "shape": [1, 16], "datatype": "FP32", "data": [1e39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}]}).to_string().into_bytes(),
            400,
            "NaN or infinity",
        ),
        (
            "/v2/models/mlp/infer",
            json!({"inputs": [{"name": "nope", "shape": [1, 16], "datatype": "FP32", "data": vec![0; 16]}]}).to_string().into_bytes(),
            400,
            "unknown input",
        ),
        (
            "/v2/models/mlp/infer",
            json!({"inputs": [{"name": "x", "shape": [1, 16], "datatype": "FP32", "data": vec![0; 16]}], "outputs": [{"name": "nope"}]}).to_string().into_bytes(),
            400,
            "unknown output",
        ),
        ("/v2/models/nope/infer", mlp_body(&[vec![0.0; 16]]).to_string().into_bytes(), 404, "not served"),
        ("/v2/models/mlp/versions/999/infer", mlp_body(&[vec![0.0; 16]]).to_string().into_bytes(), 404, "no version"),
        ("/v2/models/mlp/infer", vec![b' '; 200_000], 413, "larger than"),
    ];
    for (path, body, status, needle) in cases {
        let reply = server.request("POST", path, &[], &body);
        assert_eq!(reply.status, status, "{path}: {}", reply.body);
        let err = reply.json()["error"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(err.contains(needle), "{path}: `{err}` lacks `{needle}`");
    }
    assert_eq!(server.get("/v2/models/nope").status, 404);
    assert_eq!(server.get("/v2/models/nope/ready").status, 404);
    assert_eq!(server.get("/nowhere").json()["error"], "no such route");
    assert_eq!(
        server
            .post("/v2/models/mlp/infer", &mlp_body(&[vec![0.0; 16]]))
            .status,
        200
    );

    let metrics = server.get("/metrics");
    assert_eq!(metrics.status, 200);
    for name in [
        "mlo_inference_requests_total{model=\"mlp\"",
        "status=\"400\"",
        "mlo_inference_request_duration_seconds_bucket",
        "mlo_inference_queue_duration_seconds_bucket",
        "mlo_inference_compute_duration_seconds_bucket",
        "mlo_inference_batch_size_bucket",
        "mlo_inference_in_flight",
        "mlo_model_loaded{model=\"mlp\"",
    ] {
        assert!(metrics.body.contains(name), "metrics lack {name}");
    }

    let (code, stderr) = server.stop();
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Stopped"), "{stderr}");
    let actions = audit_actions(&s);
    assert!(actions.contains(&"serve.start".to_string()), "{actions:?}");
    assert!(actions.contains(&"serve.stop".to_string()), "{actions:?}");

    // Every answered request is in the prediction log, with feedback readable too.
    let log = mlo::serve::predlog::read_dir(&s.join(".mlo/predictions")).unwrap();
    assert_eq!(log.skipped, 0);
    assert!(log.records.len() >= 10, "{}", log.records.len());
}

#[test]
fn mlflow_invocations_and_feedback() {
    let s = Sandbox::repo();
    let logreg = fixture("logreg.onnx");
    let server = Server::start(&s, &["--path", logreg.to_str().unwrap()]);
    let row = [5.1, 3.5, 1.4, 0.2];
    for body in [
        json!({"dataframe_split": {"columns": ["a", "b", "c", "d"], "data": [row]}}),
        json!({"dataframe_records": [{"a": 5.1, "b": 3.5, "c": 1.4, "d": 0.2}]}),
        json!({"instances": [row]}),
        json!({"inputs": [row]}),
        json!({"inputs": {"X": [row]}}),
    ] {
        let reply = server.post("/invocations", &body);
        assert_eq!(reply.status, 200, "{body}: {}", reply.body);
        let p = &reply.json()["predictions"][0];
        assert_eq!(p["label"], 0, "{body}");
        assert_eq!(p["probabilities"].as_array().unwrap().len(), 3);
    }
    assert_eq!(server.post("/invocations", &json!({"nope": 1})).status, 400);
    assert_eq!(
        server
            .post("/invocations", &json!({"instances": [[1, 2], [1, 2, 3]]}))
            .status,
        400
    );

    let reply = server.post(
        "/v2/models/logreg/infer",
        &json!({"id": "req-42", "inputs": [{"name": "X", "shape": [1, 4], "datatype": "FP32", "data": row}]}),
    );
    assert_eq!(reply.header("x-request-id"), Some("req-42"));
    let fb = server.post(
        "/v2/models/logreg/feedback",
        &json!({"id": "req-42", "outcome": 0}),
    );
    assert_eq!(fb.status, 200, "{}", fb.body);
    assert_eq!(
        server
            .post("/v2/models/logreg/feedback", &json!({"x": 1}))
            .status,
        400
    );
    assert_eq!(
        server
            .post(
                "/v2/models/nope/feedback",
                &json!({"id": "a", "outcome": 1})
            )
            .status,
        404
    );
    let (code, stderr) = server.stop();
    assert_eq!(code, 0, "{stderr}");
    let log = mlo::serve::predlog::read_dir(&s.join(".mlo/predictions")).unwrap();
    use mlo::serve::predlog::LogRecord;
    assert!(log.records.iter().any(|r| matches!(r,
        LogRecord::Feedback(f) if f.id == "req-42" && f.outcome == json!(0))));
    let pred = log
        .records
        .iter()
        .find_map(|r| match r {
            LogRecord::Prediction(p) if p.id == "req-42" => Some(p.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(pred.model, "logreg");
    assert_eq!(pred.variant, "primary");
    assert_eq!(pred.status, 200);
    assert_eq!(pred.inputs[0].shape, vec![1, 4]);
    assert_eq!(pred.outputs[0].data, json!([0]));
}

#[test]
fn canary_split_is_weighted_and_sticky_and_logged() {
    let s = Sandbox::repo();
    let mlp = fixture("mlp.onnx");
    let canary = format!("{}=10", fixture("mlp.safetensors").display());
    let server = Server::start(&s, &["--path", mlp.to_str().unwrap(), "--canary", &canary]);
    let body = mlp_body(&[vec![0.1; 16]]).to_string();
    let n = 600;
    let mut canary_keys = Vec::new();
    for i in 0..n {
        let key = format!("user-{i}");
        let r = server.request(
            "POST",
            "/v2/models/mlp/infer",
            &[("x-mlo-route-key", &key)],
            body.as_bytes(),
        );
        assert_eq!(r.status, 200, "{}", r.body);
        if r.header("x-mlo-variant") == Some("canary") {
            canary_keys.push(key);
        }
    }
    // Binomial(600, 0.1): mean 60, sd 7.3; five sd either side.
    assert!(
        (24..=96).contains(&canary_keys.len()),
        "{} canary of {n}",
        canary_keys.len()
    );
    // Sticky: the same keys land on the same variant again.
    for key in canary_keys.iter().take(20) {
        let r = server.request(
            "POST",
            "/v2/models/mlp/infer",
            &[("x-mlo-route-key", key)],
            body.as_bytes(),
        );
        assert_eq!(r.header("x-mlo-variant"), Some("canary"));
    }
    let (code, _) = server.stop();
    assert_eq!(code, 0);
    let log = mlo::serve::predlog::read_dir(&s.join(".mlo/predictions")).unwrap();
    let canary_logged = log
        .records
        .iter()
        .filter(
            |r| matches!(r, mlo::serve::predlog::LogRecord::Prediction(p) if p.variant == "canary"),
        )
        .count();
    assert_eq!(canary_logged, canary_keys.len() + 20);
}

#[test]
fn failing_canary_is_rolled_back_with_an_audit_event() {
    let s = Sandbox::repo();
    let mlp = fixture("mlp.onnx");
    let canary = format!("{}=50", fixture("failing.onnx").display());
    let server = Server::start(
        &s,
        &[
            "--path",
            mlp.to_str().unwrap(),
            "--canary",
            &canary,
            "--rollback-min-requests",
            "10",
        ],
    );
    let body = mlp_body(&[vec![0.0; 16]]).to_string();
    let mut failures = 0;
    for i in 0..200 {
        let key = format!("k{i}");
        let r = server.request(
            "POST",
            "/v2/models/mlp/infer",
            &[("x-mlo-route-key", &key)],
            body.as_bytes(),
        );
        if r.status == 500 {
            failures += 1;
            assert!(r.json()["error"].as_str().unwrap().contains("non-finite"));
        }
    }
    assert!(
        (10..=12).contains(&failures),
        "{failures} failures before rollback"
    );
    // After the rollback everything goes to the primary.
    for i in 0..50 {
        let key = format!("after{i}");
        let r = server.request(
            "POST",
            "/v2/models/mlp/infer",
            &[("x-mlo-route-key", &key)],
            body.as_bytes(),
        );
        assert_eq!(r.status, 200);
        assert_eq!(r.header("x-mlo-variant"), Some("primary"));
    }
    assert!(
        server
            .get("/metrics")
            .body
            .contains("mlo_canary_rollbacks_total")
    );
    let (code, stderr) = server.stop();
    assert_eq!(code, 0);
    assert!(
        stderr.contains("rolled back the canary of `mlp`"),
        "{stderr}"
    );
    let db = s.db();
    let (reason, details): (String, String) = db
        .query_row(
            "SELECT reason, details FROM audit_events WHERE action = 'serve.canary_rollback'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(reason.contains("error rate"), "{reason}");
    assert!(details.contains("\"trigger\":\"error_rate\""), "{details}");
}

/// Write a dense safetensors MLP (16 → width → width → 3) and its architecture file.
fn write_dense(dir: &Path, name: &str, width: usize) -> PathBuf {
    let shapes = [
        ("l1.weight", vec![width, 16]),
        ("l1.bias", vec![width]),
        ("l2.weight", vec![width, width]),
        ("l2.bias", vec![width]),
        ("l3.weight", vec![3, width]),
        ("l3.bias", vec![3]),
    ];
    let mut header = serde_json::Map::new();
    let mut data = Vec::new();
    for (i, (n, shape)) in shapes.iter().enumerate() {
        let count: usize = shape.iter().product();
        let start = data.len();
        for j in 0..count {
            let v = (((i * 31 + j * 17) % 97) as f32 - 48.0) / 480.0;
            data.extend_from_slice(&v.to_le_bytes());
        }
        header.insert(
            n.to_string(),
            json!({"dtype": "F32", "shape": shape, "data_offsets": [start, data.len()]}),
        );
    }
    let mut h = Value::Object(header).to_string().into_bytes();
    while h.len() % 8 != 0 {
        h.push(b' ');
    }
    let mut file = (h.len() as u64).to_le_bytes().to_vec();
    file.extend(h);
    file.extend(data);
    let path = dir.join(format!("{name}.safetensors"));
    std::fs::write(&path, file).unwrap();
    std::fs::write(
        dir.join(format!("{name}.arch.toml")),
        "kind = \"mlp\"\ninput = \"x\"\noutput = \"probabilities\"\nlayers = [\"l1\", \"l2\", \"l3\"]\noutput_activation = \"softmax\"\n",
    )
    .unwrap();
    path
}

#[test]
fn shadow_never_slows_the_primary() {
    let s = Sandbox::repo();
    let mlp = fixture("mlp.onnx");
    let slow = write_dense(s.path(), "slow", 1024);
    let server = Server::start(
        &s,
        &[
            "--path",
            mlp.to_str().unwrap(),
            "--shadow",
            slow.to_str().unwrap(),
        ],
    );
    // 256 rows: trivial for the primary, ~0.5 GFLOP for the shadow.
    let rows: Vec<Vec<f32>> = (0..256).map(|i| vec![i as f32 / 256.0; 16]).collect();
    let body = mlp_body(&rows).to_string();
    let mut primary = Vec::new();
    for _ in 0..12 {
        let t = Instant::now();
        let r = server.request("POST", "/v2/models/mlp/infer", &[], body.as_bytes());
        primary.push(t.elapsed().as_secs_f64());
        assert_eq!(r.status, 200);
        assert_eq!(r.header("x-mlo-variant"), Some("primary"));
    }
    // Wait for the shadow to work through (or drop) its queue.
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut metrics = server.get("/metrics").body;
    while !metrics.contains("variant=\"shadow\",status=\"200\"} 12")
        && !metrics.contains("mlo_shadow_dropped_total")
        && Instant::now() < deadline
    {
        std::thread::sleep(Duration::from_millis(200));
        metrics = server.get("/metrics").body;
    }
    let read = |prefix: &str| -> f64 {
        metrics
            .lines()
            .find(|l| l.starts_with(prefix) && l.contains("variant=\"shadow\""))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    let shadow_sum = read("mlo_inference_shadow_compute_duration_seconds_sum");
    let shadow_count = read("mlo_inference_shadow_compute_duration_seconds_count");
    let dropped = read("mlo_shadow_dropped_total");
    assert!(shadow_count + dropped >= 12.0, "{metrics}");
    assert!(shadow_count >= 1.0);
    let shadow_mean = shadow_sum / shadow_count;
    primary.sort_by(f64::total_cmp);
    let primary_median = primary[primary.len() / 2];
    assert!(
        primary_median < shadow_mean / 2.0,
        "primary median {primary_median:.4}s vs shadow mean {shadow_mean:.4}s"
    );
    assert!(metrics.contains("mlo_shadow_compared_total"));
    server.stop();
}

#[test]
fn auth_is_required_off_loopback() {
    let s = Sandbox::repo();
    let mlp = fixture("mlp.onnx");
    let (code, _, stderr) = s.run(&[
        "serve",
        "--path",
        mlp.to_str().unwrap(),
        "--host",
        "0.0.0.0",
        "--port",
        "0",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("needs a bearer token"), "{stderr}");

    let mut server = Server::start_env(
        &s,
        &["--path", mlp.to_str().unwrap(), "--host", "0.0.0.0"],
        &[("MLO_SERVE_TOKEN", "s3cret")],
    );
    let port = server.addr.rsplit(':').next().unwrap().to_string();
    server.addr = format!("127.0.0.1:{port}");
    let body = mlp_body(&[vec![0.0; 16]]).to_string();
    let denied = server.request("POST", "/v2/models/mlp/infer", &[], body.as_bytes());
    assert_eq!(denied.status, 401);
    assert!(denied.json()["error"].as_str().unwrap().contains("token"));
    let wrong = server.request(
        "POST",
        "/v2/models/mlp/infer",
        &[("Authorization", "Bearer nope")],
        body.as_bytes(),
    );
    assert_eq!(wrong.status, 401);
    let ok = server.request(
        "POST",
        "/v2/models/mlp/infer",
        &[("Authorization", "Bearer s3cret")],
        body.as_bytes(),
    );
    assert_eq!(ok.status, 200);
    assert_eq!(server.get("/v2/health/live").status, 200);
    assert_eq!(server.get("/metrics").status, 401);
    server.stop();
}

#[test]
fn prediction_log_survives_kill_9() {
    let s = Sandbox::repo();
    let mlp = fixture("mlp.onnx");
    let mut server = Server::start(&s, &["--path", mlp.to_str().unwrap()]);
    let body = mlp_body(&[vec![0.5; 16]]).to_string();
    for _ in 0..50 {
        assert_eq!(
            server
                .request("POST", "/v2/models/mlp/infer", &[], body.as_bytes())
                .status,
            200
        );
    }
    std::thread::sleep(Duration::from_millis(300));
    server.signal("-KILL");
    server.child.wait().unwrap();
    // Simulate the worst case too: a torn line at the end of the segment.
    let dir = s.join(".mlo/predictions");
    let (_, last) = mlo::serve::predlog::segments(&dir).unwrap().pop().unwrap();
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&last)
        .unwrap();
    f.write_all(b"{\"kind\":\"prediction\",\"ts\":\"20")
        .unwrap();
    let log = mlo::serve::predlog::read_dir(&dir).unwrap();
    assert_eq!(log.records.len(), 50);
    assert_eq!(log.skipped, 1);

    // A restart starts a new segment; old records stay readable.
    let server = Server::start(&s, &["--path", mlp.to_str().unwrap()]);
    server.request("POST", "/v2/models/mlp/infer", &[], body.as_bytes());
    server.stop();
    let log = mlo::serve::predlog::read_dir(&dir).unwrap();
    assert_eq!(log.records.len(), 51);
}

#[test]
fn reload_on_sighup_swaps_the_model() {
    let s = Sandbox::repo();
    let path = s.join("m.onnx");
    std::fs::copy(fixture("mlp.onnx"), &path).unwrap();
    let server = Server::start(&s, &["--path", "m.onnx"]);
    let before = server.get("/v2/models/m").json()["versions"][0].clone();
    std::fs::copy(fixture("failing.onnx"), &path).unwrap();
    server.signal("-HUP");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let now = server.get("/v2/models/m").json();
        if now["versions"][0] != before {
            assert_eq!(now["outputs"][0]["name"], "y");
            break;
        }
        assert!(Instant::now() < deadline, "no reload");
        std::thread::sleep(Duration::from_millis(100));
    }
    let (code, stderr) = server.stop();
    assert_eq!(code, 0);
    assert!(stderr.contains("Reloaded"), "{stderr}");
}

#[test]
fn load_errors_are_reported_before_serving() {
    let s = Sandbox::repo();
    let (code, _, stderr) = s.run(&["serve", "churn@3"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no model named `churn`"), "{stderr}");
    // A graph with an operator mlo does not execute fails at load, not on a request.
    let node = b"\x0a\x01X\x12\x01Y\x22\x0dSVMClassifier\x3a\x0aai.onnx.ml";
    let mut graph = vec![0x0a, node.len() as u8];
    graph.extend(node);
    let mut model = vec![0x3a, graph.len() as u8];
    model.extend(graph);
    std::fs::write(s.join("svm.onnx"), model).unwrap();
    let (code, _, stderr) = s.run(&["serve", "--path", "svm.onnx"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("unsupported operators: ai.onnx.ml:SVMClassifier"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: supported operators"), "{stderr}");
    std::fs::write(s.join("junk.onnx"), b"\xff\xff\xff").unwrap();
    let (code, _, stderr) = s.run(&["serve", "--path", "junk.onnx"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("invalid model"), "{stderr}");
    let (code, _, _) = s.run(&["serve", "--path", "missing.onnx"]);
    assert_eq!(code, 2);
}

#[test]
fn a_registered_version_is_served_by_reference() {
    let s = Sandbox::repo();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/serve");
    std::fs::copy(fixtures.join("logreg.onnx"), s.join("logreg.onnx")).unwrap();
    s.mlo(&[
        "model",
        "register",
        "clf",
        "logreg.onnx",
        "--metric",
        "accuracy=0.9",
    ])
    .assert()
    .success();
    s.mlo(&["model", "promote", "clf@1", "--to", "production"])
        .assert()
        .success();
    let server = Server::start(&s, &["clf@production"]);
    let meta = server.get("/v2/models/clf");
    assert_eq!(meta.status, 200, "{}", meta.body);
    let v = meta.json();
    assert_eq!(v["name"], "clf");
    assert_eq!(v["versions"][0], "1");
    let (code, _) = server.stop();
    assert_eq!(code, 0);
}

/// Register `logreg.onnx` as `clf` version 1 (in production) and a copy as version 2 (same
/// graph, `model_version = 2` in the ModelProto so the artifact differs).
fn two_registered_versions(s: &Sandbox) {
    std::fs::copy(fixture("logreg.onnx"), s.join("v1.onnx")).unwrap();
    let mut v2 = std::fs::read(fixture("logreg.onnx")).unwrap();
    v2.extend_from_slice(&[0x28, 0x02]); // ModelProto.model_version (field 5, varint) = 2
    std::fs::write(s.join("v2.onnx"), v2).unwrap();
    for file in ["v1.onnx", "v2.onnx"] {
        s.mlo(&["model", "register", "clf", file, "--metric", "accuracy=0.9"])
            .assert()
            .success();
    }
    s.mlo(&["model", "promote", "clf@1", "--to", "production"])
        .assert()
        .success();
}

/// Send single-row infer requests back to back from another thread until `stop` is set (or
/// 60 s pass); returns (status, model_version) of each.
fn keep_requesting(
    addr: String,
    stop: Arc<std::sync::atomic::AtomicBool>,
) -> std::thread::JoinHandle<Vec<(u16, String)>> {
    std::thread::spawn(move || {
        let body = json!({"inputs": [{"name": "X", "shape": [1, 4], "datatype": "FP32",
            "data": [[5.1, 3.5, 1.4, 0.2]]}]})
        .to_string();
        let mut seen = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        while !stop.load(std::sync::atomic::Ordering::SeqCst) && Instant::now() < deadline {
            let mut stream = TcpStream::connect(&addr).unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(30)))
                .unwrap();
            let req = format!(
                "POST /v2/models/clf/infer HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
                 Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
            stream.write_all(req.as_bytes()).unwrap();
            let mut raw = String::new();
            let _ = stream.read_to_string(&mut raw);
            let status = raw
                .split_whitespace()
                .nth(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let version = raw
                .split_once("\r\n\r\n")
                .and_then(|(_, b)| serde_json::from_str::<Value>(b).ok())
                .and_then(|v| v["model_version"].as_str().map(str::to_string))
                .unwrap_or_default();
            seen.push((status, version));
        }
        seen
    })
}

/// Serve `clf@production`, move production to version 2, reload (by `signal`, or by
/// `--watch` when `signal` is `None`), and check that every request sent during the swap
/// succeeded and the served version switched from 1 to 2 exactly once.
fn follow_production(signal: Option<&str>) -> String {
    let s = Sandbox::repo();
    two_registered_versions(&s);
    let args: &[&str] = if signal.is_some() {
        &["clf@production"]
    } else {
        &["clf@production", "--watch"]
    };
    let server = Server::start(&s, args);
    let first = server.post(
        "/v2/models/clf/infer",
        &json!({"inputs": [{"name": "X", "shape": [1, 4], "datatype": "FP32",
            "data": [[5.1, 3.5, 1.4, 0.2]]}]}),
    );
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(first.json()["model_version"], "1");

    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let load = keep_requesting(server.addr.clone(), stop.clone());
    std::thread::sleep(Duration::from_millis(300));
    s.mlo(&[
        "model",
        "promote",
        "clf@2",
        "--to",
        "production",
        "--force",
        "--reason",
        "reload test",
    ])
    .assert()
    .success();
    if let Some(sig) = signal {
        server.signal(sig);
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let v = server.get("/v2/models/clf").json();
        if v["versions"][0] == "2" {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "production never switched: {}",
            server.stderr.lock().unwrap()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // Keep the load running a little past the swap, then stop it.
    std::thread::sleep(Duration::from_millis(300));
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let seen = load.join().unwrap();
    assert!(
        seen.len() >= 5,
        "too few requests during the swap: {seen:?}"
    );
    assert!(
        seen.iter().all(|(status, _)| *status == 200),
        "a request failed during the swap: {seen:?}"
    );
    let versions: Vec<&str> = seen.iter().map(|(_, v)| v.as_str()).collect();
    let switch = versions
        .iter()
        .position(|v| *v == "2")
        .expect("never served 2");
    assert!(versions[..switch].iter().all(|v| *v == "1"), "{versions:?}");
    assert!(versions[switch..].iter().all(|v| *v == "2"), "{versions:?}");

    let (code, stderr) = server.stop();
    assert_eq!(code, 0, "{stderr}");
    let db = s.db();
    let details: String = db
        .query_row(
            "SELECT details FROM audit_events WHERE action = 'serve.reload'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let details: Value = serde_json::from_str(&details).unwrap();
    assert_eq!(
        details["changes"],
        json!([{"name": "clf", "variant": "primary", "reference": "clf@production",
                "from": "1", "to": "2"}])
    );
    assert_eq!(
        details["trigger"],
        if signal.is_some() {
            "signal"
        } else {
            "registry"
        }
    );
    stderr
}

#[test]
fn sighup_follows_a_moved_stage_without_failing_requests() {
    let stderr = follow_production(Some("-HUP"));
    assert!(
        stderr.contains(
            "Reloaded `clf` primary version 1 -> 2 on signal, following `clf@production`"
        ),
        "{stderr}"
    );
}

#[test]
fn watch_follows_a_moved_stage_without_a_signal() {
    let stderr = follow_production(None);
    assert!(
        stderr.contains(
            "Reloaded `clf` primary version 1 -> 2 on registry, following `clf@production`"
        ),
        "{stderr}"
    );
}

#[test]
fn watch_follows_the_latest_version_and_keeps_serving_when_a_stage_empties() {
    let s = Sandbox::repo();
    two_registered_versions(&s);
    let wait_for = |server: &Server, what: &str| {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !server.stderr.lock().unwrap().contains(what) {
            assert!(
                Instant::now() < deadline,
                "no `{what}` in: {}",
                server.stderr.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    // A bare name follows the latest version: registering version 3 swaps it in.
    let server = Server::start(&s, &["clf", "--watch"]);
    assert_eq!(server.get("/v2/models/clf").json()["versions"][0], "2");
    s.mlo(&[
        "model",
        "register",
        "clf",
        "v1.onnx",
        "--metric",
        "accuracy=0.8",
    ])
    .assert()
    .success();
    wait_for(&server, "`clf` primary version 2 -> 3 on registry");
    assert_eq!(server.get("/v2/models/clf").json()["versions"][0], "3");
    server.stop();

    // When production is emptied the server warns and keeps serving what it has.
    let server = Server::start(&s, &["clf@production", "--watch"]);
    s.mlo(&[
        "model", "promote", "clf@1", "--to", "archived", "--force", "--reason", "retire",
    ])
    .assert()
    .success();
    wait_for(&server, "model `clf` has no version in production");
    let r = server.post(
        "/v2/models/clf/infer",
        &json!({"inputs": [{"name": "X", "shape": [1, 4], "datatype": "FP32",
            "data": [[5.1, 3.5, 1.4, 0.2]]}]}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["model_version"], "1");
    let (code, stderr) = server.stop();
    assert_eq!(code, 0);
    assert!(
        stderr.contains("reload failed, still serving the previous models"),
        "{stderr}"
    );
}

/// Tree ensembles exported by skl2onnx are served, with string labels as BYTES, and their
/// answers equal onnxruntime's (`scripts/serve_fixtures.py`).
#[test]
fn tree_ensembles_are_served_like_onnxruntime() {
    let s = Sandbox::repo();
    let paths: Vec<String> = [
        "rf_strings.onnx",
        "gb_binary.onnx",
        "gb_reg.onnx",
        "trees_ops.onnx",
    ]
    .iter()
    .map(|f| fixture(f).display().to_string())
    .collect();
    let server = Server::start(
        &s,
        &[
            "--path", &paths[0], "--path", &paths[1], "--path", &paths[2], "--path", &paths[3],
        ],
    );
    let reference = reference();
    let meta = server.get("/v2/models/rf_strings").json();
    assert_eq!(meta["outputs"][0]["datatype"], "BYTES", "{meta}");
    assert_eq!(meta["outputs"][1]["datatype"], "FP32", "{meta}");
    // trees_ops tracks missing values: its rows carry `null` (NaN) features.
    for (model, width) in [
        ("rf_strings", 4),
        ("gb_binary", 4),
        ("gb_reg", 3),
        ("trees_ops", 3),
    ] {
        let r = &reference[model];
        let rows = r["inputs"].as_array().unwrap();
        let body = json!({"inputs": [{"name": "X", "shape": [rows.len(), width],
            "datatype": "FP32", "data": rows}]});
        let reply = server.post(&format!("/v2/models/{model}/infer"), &body);
        assert_eq!(reply.status, 200, "{model}: {}", reply.body);
        let v = reply.json();
        for out in v["outputs"].as_array().unwrap() {
            let name = out["name"].as_str().unwrap();
            let want = &r["outputs"][name];
            if out["datatype"] == "BYTES" || out["datatype"] == "INT64" {
                let want: Vec<Value> = want.as_array().unwrap().clone();
                assert_eq!(out["data"].as_array().unwrap(), &want, "{model} {name}");
                continue;
            }
            // `null` marks a value onnxruntime leaves undefined (not compared).
            let want: Vec<Option<f64>> = flat_opt(want);
            let got = flat(&out["data"]);
            assert_eq!(got.len(), want.len(), "{model} {name}");
            for (g, w) in got.iter().zip(&want) {
                if let Some(w) = w {
                    assert!((g - w).abs() <= 1e-5, "{model} {name}: {g} vs {w}");
                }
            }
        }
    }
    // A model without missing-value handling refuses `null`.
    let reply = server.post(
        "/v2/models/gb_reg/infer",
        &json!({"inputs": [{"name": "X", "shape": [1, 3], "datatype": "FP32",
            "data": [[5.0, null, 1.0]]}]}),
    );
    assert_eq!(reply.status, 400, "{}", reply.body);
    assert!(
        reply.json()["error"]
            .as_str()
            .unwrap()
            .contains("missing value (null or NaN), which this model does not handle"),
        "{}",
        reply.body
    );
    // MLflow scoring of the string classifier: one record per row keyed by output name.
    let row = &reference["rf_strings"]["inputs"][0];
    let reply = server.post(
        "/invocations",
        &json!({"dataframe_split": {"columns": ["a", "b", "c", "d"], "data": [row]}}),
    );
    assert_eq!(reply.status, 400, "{}", reply.body); // several models: needs /v2
    let reply = server.post(
        "/v2/models/rf_strings/infer",
        &json!({"inputs": [{"name": "X", "shape": [1, 4], "datatype": "FP32", "data": [row]}],
                "outputs": [{"name": "label"}]}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(
        reply.json()["outputs"][0]["data"][0],
        reference["rf_strings"]["outputs"]["label"][0]
    );
    let (code, _) = server.stop();
    assert_eq!(code, 0);
    // The prediction log keeps string labels as strings.
    let log = mlo::serve::predlog::read_dir(&s.join(".mlo/predictions")).unwrap();
    let any_bytes = log.records.iter().any(|r| {
        matches!(r, mlo::serve::predlog::LogRecord::Prediction(p)
            if p.outputs.iter().any(|o| o.datatype == "BYTES" && o.data[0].is_string()))
    });
    assert!(any_bytes, "no BYTES output in the prediction log");
}

/// examples/sklearn_onnx (issue 12): the committed scikit-learn forest, registered and served
/// by reference, answers what onnxruntime answered when `export.py` recorded `expected.json`.
#[test]
fn the_sklearn_example_is_served_as_recorded() {
    let s = Sandbox::repo();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sklearn_onnx");
    let expected: Value =
        serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap()).unwrap();
    let model = dir.join("iris_forest.onnx");
    s.mlo(&[
        "model",
        "register",
        "iris",
        model.to_str().unwrap(),
        "--metric",
        "accuracy=0.973",
    ])
    .assert()
    .success();
    s.mlo(&["model", "promote", "iris@1", "--to", "production"])
        .assert()
        .success();
    let server = Server::start(&s, &["iris@production"]);
    let rows = expected["inputs"].as_array().unwrap();
    let reply = server.post(
        "/v2/models/iris/infer",
        &json!({"inputs": [{"name": expected["input"], "shape": [rows.len(), 4],
            "datatype": "FP32", "data": rows}]}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let v = reply.json();
    assert_eq!(v["model_version"], "1");
    assert_eq!(v["outputs"][0]["name"], "label");
    assert_eq!(v["outputs"][0]["data"], expected["label"]);
    let (got, want) = (
        flat(&v["outputs"][1]["data"]),
        flat(&expected["probabilities"]),
    );
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert!((g - w).abs() <= 1e-5, "{g} vs {w}");
    }
    // The README's MLflow request.
    let reply = server.post(
        "/invocations",
        &json!({"dataframe_split": {"columns": expected["columns"], "data": [rows[4]]}}),
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(
        reply.json()["predictions"][0]["label"],
        expected["label"][4]
    );
    let (code, _) = server.stop();
    assert_eq!(code, 0);
}
