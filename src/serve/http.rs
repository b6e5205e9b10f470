//! The HTTP surface: Open Inference Protocol REST routes (exact paths and shapes, so KServe,
//! Seldon and Triton clients work), MLflow's `POST /invocations`, `GET /metrics`, and the
//! feedback route. Every error is `{"error": "..."}` with a 4xx/5xx status; no input can make
//! a handler panic. Bearer-token auth (when a token is set) covers everything except the two
//! health probes. Body limit, timeout and concurrency limit come from tower / tower-http.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, State as AxState};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use tokio::sync::oneshot;

use super::metrics::Labels;
use super::pool::{Job, JobResult};
use super::predlog::{FeedbackRecord, LogRecord, LoggedTensor, PredictionRecord};
use super::traffic::Variant;
use super::{Route, ServeEvent, ServeOptions, Served, State, protocol};
use crate::infer::{InferError, Tensor, TensorData};

type St = AxState<Arc<State>>;

/// Build the router with its middleware stack.
pub fn router(state: Arc<State>, opts: &ServeOptions) -> Router {
    Router::new()
        .route("/v2/health/live", get(live))
        .route("/v2/health/ready", get(ready))
        .route("/v2", get(server_metadata))
        .route("/v2/models/{name}", get(model_metadata))
        .route(
            "/v2/models/{name}/versions/{version}",
            get(model_metadata_v),
        )
        .route("/v2/models/{name}/ready", get(model_ready))
        .route(
            "/v2/models/{name}/versions/{version}/ready",
            get(model_ready_v),
        )
        .route("/v2/models/{name}/infer", post(infer))
        .route("/v2/models/{name}/versions/{version}/infer", post(infer_v))
        .route("/v2/models/{name}/feedback", post(feedback))
        .route("/invocations", post(invocations))
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), auth))
        .layer(DefaultBodyLimit::max(opts.body_limit))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            opts.timeout,
        ))
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(
            opts.concurrency.max(1),
        ))
        .with_state(state)
}

/// Requests answered so far (all models, all statuses).
pub fn total_requests(state: &State) -> u64 {
    state.metrics.http_requests()
}

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (status, axum::Json(json!({ "error": message.into() }))).into_response()
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "no such route")
}

async fn method_not_allowed() -> Response {
    error(
        StatusCode::METHOD_NOT_ALLOWED,
        "method not allowed on this route",
    )
}

/// Constant-time comparison so the token cannot be guessed byte by byte from timings.
fn token_matches(given: &[u8], want: &[u8]) -> bool {
    given.len() == want.len() && given.iter().zip(want).fold(0u8, |a, (x, y)| a | (x ^ y)) == 0
}

async fn auth(AxState(state): St, req: axum::extract::Request, next: Next) -> Response {
    state.metrics.http_request();
    if let Some(token) = &state.token {
        let path = req.uri().path();
        if path != "/v2/health/live" && path != "/v2/health/ready" {
            let ok = req
                .headers()
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .is_some_and(|t| token_matches(t.trim().as_bytes(), token.as_bytes()));
            if !ok {
                let mut r = error(StatusCode::UNAUTHORIZED, "missing or wrong bearer token");
                r.headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                return r;
            }
        }
    }
    next.run(req).await
}

async fn live() -> Response {
    axum::Json(json!({ "live": true })).into_response()
}

async fn ready(AxState(state): St) -> Response {
    let ready = state.ready.load(std::sync::atomic::Ordering::SeqCst);
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, axum::Json(json!({ "ready": ready }))).into_response()
}

async fn server_metadata() -> Response {
    axum::Json(json!({
        "name": "mlo",
        "version": env!("CARGO_PKG_VERSION"),
        "extensions": ["model_repository_feedback", "mlflow_invocations", "prometheus_metrics"],
    }))
    .into_response()
}

// An early-return `Response` is axum's idiom; these run once per request, off any hot loop.
#[allow(clippy::result_large_err)]
/// Find the served version: an explicit version picks primary, canary or shadow by version.
fn lookup(
    state: &State,
    name: &str,
    version: Option<&str>,
) -> Result<(Route, Option<Arc<Served>>), Response> {
    let set = state.models();
    let Some(route) = set.routes.get(name).cloned() else {
        return Err(error(
            StatusCode::NOT_FOUND,
            format!("model `{name}` is not served here"),
        ));
    };
    let Some(v) = version else {
        return Ok((route, None));
    };
    let candidates = std::iter::once(route.primary.clone())
        .chain(route.canary.as_ref().map(|(c, _)| c.clone()))
        .chain(route.shadow.clone());
    let found = candidates.into_iter().find(|s| s.version == v);
    match found {
        Some(s) => Ok((route, Some(s))),
        None => Err(error(
            StatusCode::NOT_FOUND,
            format!("model `{name}` has no version `{v}` served here"),
        )),
    }
}

fn versions(route: &Route) -> Vec<String> {
    std::iter::once(route.primary.version.clone())
        .chain(route.canary.as_ref().map(|(c, _)| c.version.clone()))
        .chain(route.shadow.as_ref().map(|s| s.version.clone()))
        .collect()
}

fn metadata(state: &State, name: &str, version: Option<&str>) -> Response {
    match lookup(state, name, version) {
        Err(r) => r,
        Ok((route, picked)) => {
            let s = picked.unwrap_or_else(|| route.primary.clone());
            axum::Json(json!({
                "name": s.name,
                "versions": versions(&route),
                "platform": s.model.platform,
                "inputs": s.model.inputs,
                "outputs": s.model.outputs,
            }))
            .into_response()
        }
    }
}

async fn model_metadata(AxState(state): St, Path(name): Path<String>) -> Response {
    metadata(&state, &name, None)
}

async fn model_metadata_v(
    AxState(state): St,
    Path((name, version)): Path<(String, String)>,
) -> Response {
    metadata(&state, &name, Some(&version))
}

fn model_ready_inner(state: &State, name: &str, version: Option<&str>) -> Response {
    match lookup(state, name, version) {
        Err(r) => r,
        Ok(_) => axum::Json(json!({
            "name": name,
            "ready": state.ready.load(std::sync::atomic::Ordering::SeqCst),
        }))
        .into_response(),
    }
}

async fn model_ready(AxState(state): St, Path(name): Path<String>) -> Response {
    model_ready_inner(&state, &name, None)
}

async fn model_ready_v(
    AxState(state): St,
    Path((name, version)): Path<(String, String)>,
) -> Response {
    model_ready_inner(&state, &name, Some(&version))
}

async fn metrics(AxState(state): St) -> Response {
    let (dropped, written) = state
        .log
        .as_ref()
        .map_or((0.0, 0.0), |l| (l.dropped() as f64, l.written() as f64));
    let body = state.metrics.render(&[
        (
            "mlo_prediction_log_dropped",
            "Prediction log records dropped because the writer fell behind.",
            dropped,
        ),
        (
            "mlo_prediction_log_written",
            "Prediction log records written.",
            written,
        ),
        (
            "mlo_uptime_seconds",
            "Seconds since the server started.",
            state.started.elapsed().as_secs_f64(),
        ),
    ]);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
        .into_response()
}

#[allow(clippy::result_large_err)]
fn body_or_error(body: Result<Bytes, BytesRejection>) -> Result<Bytes, Response> {
    body.map_err(|e| {
        let status = e.status();
        let message = if status == StatusCode::PAYLOAD_TOO_LARGE {
            "request body is larger than the server's limit (`--body-limit`)".to_string()
        } else {
            format!("cannot read the request body: {}", e.body_text())
        };
        error(status, message)
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Endpoint {
    Infer,
    Invocations,
}

async fn infer(
    AxState(state): St,
    Path(name): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    run_inference(state, name, None, headers, body, Endpoint::Infer).await
}

async fn infer_v(
    AxState(state): St,
    Path((name, version)): Path<(String, String)>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    run_inference(state, name, Some(version), headers, body, Endpoint::Infer).await
}

async fn invocations(
    AxState(state): St,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let set = state.models();
    let name = match set.routes.keys().collect::<Vec<_>>().as_slice() {
        [only] => (*only).clone(),
        _ => {
            return error(
                StatusCode::BAD_REQUEST,
                "/invocations needs exactly one served model; use /v2/models/{name}/infer",
            );
        }
    };
    run_inference(state, name, None, headers, body, Endpoint::Invocations).await
}

fn logged(spec_names: &[String], tensors: &[Tensor]) -> Vec<LoggedTensor> {
    spec_names
        .iter()
        .zip(tensors)
        .map(|(n, t)| LoggedTensor {
            name: n.clone(),
            datatype: t.datatype().as_str().into(),
            shape: t.shape.clone(),
            data: protocol::data_json(t),
        })
        .collect()
}

/// Queue a job and wait for its result.
async fn execute(
    pool: &super::pool::Pool,
    served: &Served,
    inputs: Vec<Tensor>,
) -> Result<JobResult, (StatusCode, String)> {
    let (tx, rx) = oneshot::channel();
    pool.submit(Job {
        model: served.model.clone(),
        inputs,
        enqueued: Instant::now(),
        reply: tx,
    })
    .map_err(|_| {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            "server overloaded: the inference queue is full".to_string(),
        )
    })?;
    rx.await.map_err(|_| {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            "the inference worker stopped".to_string(),
        )
    })
}

/// A parsed request: client id, checked inputs, selected output indices.
type Parsed = (Option<String>, Vec<Tensor>, Vec<usize>);

struct Answer {
    status: StatusCode,
    body: Value,
    outputs: Vec<Tensor>,
    error: Option<String>,
}

#[allow(clippy::too_many_lines)]
async fn run_inference(
    state: Arc<State>,
    name: String,
    version: Option<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
    endpoint: Endpoint,
) -> Response {
    let start = Instant::now();
    let _flight = state.metrics.in_flight();
    let body = match body_or_error(body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let (route, pinned) = match lookup(&state, &name, version.as_deref()) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let (served, variant) = match pinned {
        Some(s) => {
            let v = s.variant;
            (s, v)
        }
        None => match &route.canary {
            Some((canary, cs)) => {
                let key = headers
                    .get(state.route_header.as_str())
                    .map(HeaderValue::as_bytes);
                match cs.choose(key) {
                    Variant::Canary => (canary.clone(), Variant::Canary),
                    _ => (route.primary.clone(), Variant::Primary),
                }
            }
            None => (route.primary.clone(), Variant::Primary),
        },
    };
    let labels: &Labels = &served.labels;

    // Parse and check the request against the chosen model.
    let header_id = headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let parsed: Result<Parsed, String> = match endpoint {
        Endpoint::Infer => protocol::parse_infer(&body).and_then(|req| {
            let inputs = protocol::oip_inputs(&req, &served.model)?;
            let outs = protocol::selected_outputs(&req, &served.model)?;
            Ok((req.id.clone(), inputs, outs))
        }),
        Endpoint::Invocations => protocol::mlflow_inputs(&body, &served.model)
            .map(|inputs| (None, inputs, (0..served.model.outputs.len()).collect())),
    }
    .and_then(|(id, inputs, outs)| {
        served
            .model
            .check_inputs(&inputs)
            .map_err(|e| e.to_string())?;
        Ok((id, inputs, outs))
    });
    let (client_id, inputs, selected, parse_error) = match parsed {
        Ok((id, i, o)) => (id, i, o, None),
        Err(e) => (None, Vec::new(), Vec::new(), Some(e)),
    };
    let id = client_id
        .or(header_id)
        .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());

    let logged_inputs = inputs.clone();
    let answer = if let Some(e) = parse_error {
        Answer {
            status: StatusCode::BAD_REQUEST,
            body: json!({ "error": e }),
            outputs: Vec::new(),
            error: Some(e),
        }
    } else {
        let shadow_inputs = route.shadow.as_ref().map(|_| inputs.clone());
        let result = execute(&state.pool, &served, inputs).await;
        let answer = match result {
            Err((status, e)) => Answer {
                status,
                body: json!({ "error": e }),
                outputs: Vec::new(),
                error: Some(e),
            },
            Ok(r) => {
                state
                    .metrics
                    .duration("queue", labels, r.queue.as_secs_f64());
                state
                    .metrics
                    .duration("compute", labels, r.compute.as_secs_f64());
                state.metrics.batch_size(labels, r.batch_rows);
                match r.outputs {
                    Ok(outputs) => {
                        let body = match endpoint {
                            Endpoint::Infer => json!({
                                "model_name": served.name,
                                "model_version": served.version,
                                "id": id,
                                "outputs": selected.iter().map(|&i| {
                                    protocol::tensor_json(&served.model.outputs[i].name, &outputs[i])
                                }).collect::<Vec<_>>(),
                            }),
                            Endpoint::Invocations => {
                                protocol::mlflow_response(&served.model, &outputs)
                            }
                        };
                        Answer {
                            status: StatusCode::OK,
                            body,
                            outputs,
                            error: None,
                        }
                    }
                    Err(InferError::Input(e)) => Answer {
                        status: StatusCode::BAD_REQUEST,
                        body: json!({ "error": e }),
                        outputs: Vec::new(),
                        error: Some(e),
                    },
                    Err(InferError::Compute(e)) => Answer {
                        status: StatusCode::INTERNAL_SERVER_ERROR,
                        body: json!({ "error": e }),
                        outputs: Vec::new(),
                        error: Some(e),
                    },
                }
            }
        };
        if let (Some(shadow), Some(sin)) = (route.shadow.clone(), shadow_inputs) {
            if answer.status == StatusCode::OK {
                spawn_shadow(&state, shadow, sin, answer.outputs.clone(), id.clone());
            }
        }
        answer
    };
    if let Some(log) = state.log.as_ref().filter(|l| l.sampled(&id)) {
        let input_names: Vec<String> = served.model.inputs.iter().map(|s| s.name.clone()).collect();
        let output_names: Vec<String> = served
            .model
            .outputs
            .iter()
            .map(|s| s.name.clone())
            .collect();
        log.send(LogRecord::Prediction(PredictionRecord {
            ts: state.clock.now_rfc3339(),
            id: id.clone(),
            model: served.name.clone(),
            version: served.version.clone(),
            variant: variant.as_str().into(),
            endpoint: match endpoint {
                Endpoint::Infer => "infer".into(),
                Endpoint::Invocations => "invocations".into(),
            },
            status: answer.status.as_u16(),
            latency_ms: start.elapsed().as_secs_f64() * 1e3,
            inputs: logged(&input_names, &logged_inputs),
            outputs: logged(&output_names, &answer.outputs),
            error: answer.error.clone(),
        }));
    }

    let elapsed = start.elapsed();
    state.metrics.request(labels, answer.status.as_u16());
    state
        .metrics
        .duration("request", labels, elapsed.as_secs_f64());
    if variant == Variant::Canary && version.is_none() {
        if let Some((_, cs)) = &route.canary {
            let server_error = answer.status.is_server_error();
            if let Some(reason) = cs.observe(server_error, elapsed.as_secs_f64() * 1e3) {
                state.metrics.count("canary_rollbacks", labels, 1);
                state.audit(
                    "serve.canary_rollback",
                    &served.name,
                    Some(reason.to_string()),
                    json!({
                        "model": served.name,
                        "primary_version": route.primary.version,
                        "canary_version": served.version,
                        "trigger": reason.trigger,
                        "observed": reason.observed,
                        "bound": reason.bound,
                        "window": reason.window,
                    }),
                );
                (state.events)(ServeEvent::RolledBack {
                    name: served.name.clone(),
                    reason,
                });
            }
        }
    }

    let mut response = (answer.status, axum::Json(answer.body)).into_response();
    let h = response.headers_mut();
    h.insert("x-mlo-variant", HeaderValue::from_static(variant.as_str()));
    if let Ok(v) = HeaderValue::from_str(&served.version) {
        h.insert("x-mlo-model-version", v);
    }
    if let Ok(v) = HeaderValue::from_str(&id) {
        h.insert("x-request-id", v);
    }
    response
}

/// Mirror a request to the shadow, off the request path: the client already has (or is about
/// to get) its answer. When the shadow queue is full the mirror is dropped and counted.
fn spawn_shadow(
    state: &Arc<State>,
    shadow: Arc<Served>,
    inputs: Vec<Tensor>,
    primary: Vec<Tensor>,
    id: String,
) {
    let state = state.clone();
    tokio::spawn(async move {
        let labels: &Labels = &shadow.labels;
        let Some(pool) = state.shadow_pool.as_ref() else {
            return;
        };
        let start = Instant::now();
        let logged_inputs = inputs.clone();
        let result = execute(pool, &shadow, inputs).await;
        let (status, outputs, err) = match result {
            Err((s, e)) => {
                state.metrics.count("shadow_dropped", labels, 1);
                (s, Vec::new(), Some(e))
            }
            Ok(r) => {
                state
                    .metrics
                    .duration("shadow_compute", labels, r.compute.as_secs_f64());
                match r.outputs {
                    Ok(o) => (StatusCode::OK, o, None),
                    Err(e) => (
                        StatusCode::INTERNAL_SERVER_ERROR,
                        Vec::new(),
                        Some(e.to_string()),
                    ),
                }
            }
        };
        state.metrics.request(labels, status.as_u16());
        if status == StatusCode::OK {
            if disagree(&primary, &outputs) {
                state.metrics.count("shadow_disagreements", labels, 1);
            }
            state.metrics.count("shadow_compared", labels, 1);
        }
        if let Some(log) = state.log.as_ref().filter(|l| l.sampled(&id)) {
            let names = |specs: &[crate::infer::TensorSpec]| -> Vec<String> {
                specs.iter().map(|s| s.name.clone()).collect()
            };
            log.send(LogRecord::Prediction(PredictionRecord {
                ts: state.clock.now_rfc3339(),
                id,
                model: shadow.name.clone(),
                version: shadow.version.clone(),
                variant: "shadow".into(),
                endpoint: "shadow".into(),
                status: status.as_u16(),
                latency_ms: start.elapsed().as_secs_f64() * 1e3,
                inputs: logged(&names(&shadow.model.inputs), &logged_inputs),
                outputs: logged(&names(&shadow.model.outputs), &outputs),
                error: err,
            }));
        }
    });
}

/// Outputs disagree when shapes differ or any value differs by more than 1e-6 (relative to
/// its magnitude); integer outputs (labels) must match exactly.
fn disagree(a: &[Tensor], b: &[Tensor]) -> bool {
    a.len() != b.len()
        || a.iter().zip(b).any(|(x, y)| {
            x.shape != y.shape
                || match (&x.data, &y.data) {
                    (TensorData::Str(p), TensorData::Str(q)) => p != q,
                    (TensorData::Str(_), _) | (_, TensorData::Str(_)) => true,
                    (p, q) => p
                        .to_f64()
                        .iter()
                        .zip(q.to_f64())
                        .any(|(p, q)| (p - q).abs() > 1e-6 * p.abs().max(1.0)),
                }
        })
}

async fn feedback(
    AxState(state): St,
    Path(name): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let body = match body_or_error(body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    if !state.models().routes.contains_key(&name) {
        return error(
            StatusCode::NOT_FOUND,
            format!("model `{name}` is not served here"),
        );
    }
    #[derive(serde::Deserialize)]
    struct Feedback {
        id: String,
        outcome: Value,
    }
    let fb: Feedback = match serde_json::from_slice(&body) {
        Ok(f) => f,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                format!("invalid feedback (expected {{\"id\": str, \"outcome\": any}}): {e}"),
            );
        }
    };
    let Some(log) = state.log.as_ref() else {
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the prediction log is off, so feedback cannot be recorded",
        );
    };
    let queued = log.send(LogRecord::Feedback(FeedbackRecord {
        ts: state.clock.now_rfc3339(),
        id: fb.id.clone(),
        model: name,
        outcome: fb.outcome,
    }));
    if !queued {
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the prediction log is behind; retry",
        );
    }
    axum::Json(json!({ "id": fb.id, "recorded": true })).into_response()
}

/// A per-request timeout default, exported for the CLI's help text.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
