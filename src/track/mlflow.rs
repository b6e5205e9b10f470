//! `mlo run export --mlflow URL`: mirror runs to a real MLflow tracking server over its REST
//! API (`/api/2.0/mlflow/`): `experiments/get-by-name|create`, `runs/create|search|get`,
//! `runs/log-batch` (split at 1,000 metrics, 100 params, 100 tags and well under 1 MB),
//! `metrics/get-history` and `runs/update`.
//!
//! Resumable and idempotent: `track_mlflow_runs` remembers the server's run id and a digest of
//! the params, tags, name and status last sent; `track_mlflow_metrics` counts, per key, the
//! points (in arrival order) the server has. Each chunk's success is committed before the next
//! is sent, so an interrupted export resumes where it stopped, and a second export sends only
//! what is new. Every mirrored run carries the tag `mlo.run_id`; with no local state (another
//! clone, a rebuilt index) an export finds the server's run by that tag and counts what it
//! already holds with `metrics/get-history`. MLflow itself drops exact duplicate points, so a
//! chunk retried after a half-failed request does no harm.

use std::collections::HashMap;
use std::time::Duration;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde_json::{Value, json};

use super::query::{ListOptions, RunView, list};
use super::{RunId, RunStatus, TrackError};
use crate::audit::{NewEvent, Target};
use crate::error::Error;
use crate::index::Index;
use crate::index::index_err;
use crate::repo::Repo;

/// Metrics per `log-batch` request (MLflow's limit).
pub const MAX_METRICS: usize = 1000;
/// Params per request (MLflow's limit).
pub const MAX_PARAMS: usize = 100;
/// Tags per request (MLflow's limit).
pub const MAX_TAGS: usize = 100;
/// Bytes of JSON per request we stay under (MLflow's limit is 1 MB).
pub const MAX_BYTES: usize = 900_000;

/// `mlo run export --mlflow`.
#[derive(Debug)]
pub struct ExportOptions {
    /// The tracking server, e.g. `http://127.0.0.1:5000`.
    pub url: String,
    /// Put every run in this MLflow experiment (default: the run's own experiment name).
    pub experiment: Option<String>,
    /// Only these runs (default: every run that is not deleted).
    pub runs: Vec<RunId>,
}

/// One run's export.
#[derive(Debug, Serialize)]
pub struct ExportedRun {
    /// The mlo run.
    pub run_id: RunId,
    /// The MLflow run.
    pub mlflow_run_id: String,
    /// The MLflow experiment id.
    pub experiment_id: String,
    /// Whether the MLflow run was created by this export.
    pub created: bool,
    /// Whether params, tags, name and status were sent (they had changed since last time).
    pub meta_sent: bool,
    /// Metric points sent.
    pub points_sent: usize,
}

/// What `export` did.
#[derive(Debug, Serialize)]
pub struct ExportOutcome {
    /// The server.
    pub server: String,
    /// The runs.
    pub runs: Vec<ExportedRun>,
}

/// A client of MLflow's REST API (`/api/2.0/mlflow/`), shared by the run mirror and the
/// registry mirror (`registry::mlflow`). Every failure becomes `TrackError::Mlflow` (exit 3)
/// naming the server and the request.
pub(crate) struct Client {
    base: String,
    agent: ureq::Agent,
    /// The `Authorization` header value, from MLflow's own environment variables.
    auth: Option<String>,
}

/// The `Authorization` header MLflow's own clients send, from the same environment variables:
/// `MLFLOW_TRACKING_TOKEN` (a bearer token) or `MLFLOW_TRACKING_USERNAME` with
/// `MLFLOW_TRACKING_PASSWORD` (basic auth, what `mlflow server --app-name basic-auth` checks).
/// The value never appears in messages or the audit trail.
fn auth_from_env(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    use base64::Engine as _;
    let set = |k: &str| var(k).filter(|v| !v.is_empty());
    if let Some(token) = set("MLFLOW_TRACKING_TOKEN") {
        return Some(format!("Bearer {token}"));
    }
    let user = set("MLFLOW_TRACKING_USERNAME")?;
    let password = var("MLFLOW_TRACKING_PASSWORD").unwrap_or_default();
    let pair = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    Some(format!("Basic {pair}"))
}

impl Client {
    /// A client of the server at `url` (a trailing `/` is ignored), authenticating as
    /// MLflow's clients do (see [`auth_from_env`]).
    pub(crate) fn new(url: &str) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(120)))
            .http_status_as_error(false)
            .build()
            .into();
        Client {
            base: url.trim_end_matches('/').to_string(),
            agent,
            auth: auth_from_env(|k| std::env::var(k).ok()),
        }
    }

    /// The server URL, without a trailing `/`: the key mirrored state is kept under.
    pub(crate) fn base(&self) -> &str {
        &self.base
    }

    /// The error for a failed request `what`.
    pub(crate) fn fail(&self, what: &str, message: String) -> Error {
        TrackError::Mlflow {
            url: self.base.clone(),
            message: format!("{what}: {message}"),
        }
        .into()
    }

    /// A request (`GET` takes `query`; `POST`, `PATCH` and `DELETE` take a JSON `body`, as
    /// MLflow reads even a DELETE's parameters from its body); `Ok(None)` for
    /// RESOURCE_DOES_NOT_EXIST (HTTP 404).
    pub(crate) fn call(
        &self,
        method: &str,
        path: &str,
        query: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Result<Option<Value>, Error> {
        let url = format!("{}/api/2.0/mlflow/{path}", self.base);
        let what = format!("{method} {path}");
        let auth = self.auth.as_deref();
        let empty = json!({});
        let body = body.unwrap_or(&empty);
        let result = match method {
            "GET" => {
                let mut req = self.agent.get(&url);
                for (k, v) in query {
                    req = req.query(*k, *v);
                }
                if let Some(a) = auth {
                    req = req.header("Authorization", a);
                }
                req.call()
            }
            _ => {
                let mut req = match method {
                    "DELETE" => self.agent.delete(&url).force_send_body(),
                    "PATCH" => self.agent.patch(&url),
                    _ => self.agent.post(&url),
                };
                if let Some(a) = auth {
                    req = req.header("Authorization", a);
                }
                req.send_json(body)
            }
        };
        let mut resp = result.map_err(|e| self.fail(&what, e.to_string()))?;
        let status = resp.status().as_u16();
        let text = resp
            .body_mut()
            .with_config()
            .limit(256 * 1024 * 1024)
            .read_to_string()
            .map_err(|e| self.fail(&what, e.to_string()))?;
        let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if status == 404
            && value.get("error_code").and_then(Value::as_str) == Some("RESOURCE_DOES_NOT_EXIST")
        {
            return Ok(None);
        }
        if !(200..300).contains(&status) {
            let code = value
                .get("error_code")
                .and_then(Value::as_str)
                .unwrap_or("");
            let msg = value
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or(text.trim());
            let msg: String = msg.chars().take(500).collect();
            return Err(self.fail(&what, format!("HTTP {status} {code}: {msg}")));
        }
        Ok(Some(value))
    }

    /// A POST that must find its resource.
    pub(crate) fn post(&self, path: &str, body: &Value) -> Result<Value, Error> {
        self.call("POST", path, &[], Some(body))?
            .ok_or_else(|| self.fail(&format!("POST {path}"), "not found".into()))
    }

    fn experiment_id(&self, name: &str) -> Result<String, Error> {
        if let Some(v) = self.call(
            "GET",
            "experiments/get-by-name",
            &[("experiment_name", name)],
            None,
        )? {
            let id = &v["experiment"]["experiment_id"];
            if let Some(id) = id.as_str() {
                if v["experiment"]["lifecycle_stage"].as_str() == Some("deleted") {
                    self.post("experiments/restore", &json!({"experiment_id": id}))?;
                }
                return Ok(id.to_string());
            }
        }
        let v = self.post("experiments/create", &json!({"name": name}))?;
        v["experiment_id"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| {
                self.fail(
                    "POST experiments/create",
                    "no experiment_id in the answer".into(),
                )
            })
    }

    /// The server's run carrying `mlo.run_id = run`, if any.
    fn find_run(&self, experiment_id: &str, run: &RunId) -> Result<Option<String>, Error> {
        let v = self.post(
            "runs/search",
            &json!({
                "experiment_ids": [experiment_id],
                "filter": format!("tags.`mlo.run_id` = '{}'", run.0),
                "max_results": 1,
            }),
        )?;
        Ok(v["runs"][0]["info"]["run_id"].as_str().map(str::to_string))
    }

    /// How many points of `key` the server holds for `run_id`.
    fn history_len(&self, run_id: &str, key: &str) -> Result<i64, Error> {
        let mut count = 0i64;
        let mut token = String::new();
        loop {
            let mut q = vec![
                ("run_id", run_id),
                ("metric_key", key),
                ("max_results", "25000"),
            ];
            if !token.is_empty() {
                q.push(("page_token", token.as_str()));
            }
            let v = self
                .call("GET", "metrics/get-history", &q, None)?
                .unwrap_or(Value::Null);
            count += v["metrics"].as_array().map_or(0, |a| a.len() as i64);
            match v["next_page_token"].as_str() {
                Some(t) if !t.is_empty() => token = t.to_string(),
                _ => return Ok(count),
            }
        }
    }
}

fn ms(ts: &str) -> i64 {
    crate::clock::parse_ts(ts).map_or(0, |t| t.timestamp_millis())
}

fn mlflow_status(s: RunStatus) -> &'static str {
    match s {
        RunStatus::Running => "RUNNING",
        RunStatus::Finished => "FINISHED",
        RunStatus::Failed => "FAILED",
        RunStatus::Killed => "KILLED",
    }
}

fn json_number(v: Option<f64>) -> Value {
    match v {
        None => json!("NaN"),
        Some(v) if v.is_nan() => json!("NaN"),
        Some(v) if v == f64::INFINITY => json!("Infinity"),
        Some(v) if v == f64::NEG_INFINITY => json!("-Infinity"),
        Some(v) => json!(v),
    }
}

/// Mirror runs to an MLflow server.
pub fn export(
    repo: &Repo,
    index: &mut Index,
    opts: &ExportOptions,
) -> Result<ExportOutcome, Error> {
    let client = Client::new(&opts.url);
    let server = client.base.clone();
    let mut runs: Vec<RunView> = list(index.conn(), &ListOptions::default())?;
    runs.reverse(); // oldest first
    if !opts.runs.is_empty() {
        runs.retain(|r| opts.runs.contains(&r.run_id));
    }
    let mut experiments: HashMap<String, String> = HashMap::new();
    let mut done = Vec::new();
    for run in &runs {
        let exp_name = opts
            .experiment
            .clone()
            .unwrap_or_else(|| run.experiment.clone());
        let experiment_id = match experiments.get(&exp_name) {
            Some(id) => id.clone(),
            None => {
                let id = client.experiment_id(&exp_name)?;
                experiments.insert(exp_name.clone(), id.clone());
                id
            }
        };
        done.push(export_run(&client, index, &server, &experiment_id, run)?);
    }
    let points: usize = done.iter().map(|r| r.points_sent).sum();
    let details = json!({
        "server": server, "runs": done.len(), "points": points,
        "created": done.iter().filter(|r| r.created).count(),
    });
    repo.change(index, |_| {
        Ok((
            (),
            NewEvent::success("run.export", Target::new("mlflow", server.clone()), details),
        ))
    })?;
    Ok(ExportOutcome { server, runs: done })
}

fn export_run(
    client: &Client,
    index: &mut Index,
    server: &str,
    experiment_id: &str,
    run: &RunView,
) -> Result<ExportedRun, Error> {
    let known: Option<(String, Option<String>)> = index
        .conn()
        .query_row(
            "SELECT mlflow_run_id, meta_sent FROM track_mlflow_runs WHERE server = ?1 AND run_id = ?2",
            params![server, run.run_id.0],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(index_err)?;
    // Still there (and not deleted) on the server?
    let known = match known {
        Some((id, meta)) => match client.call("GET", "runs/get", &[("run_id", &id)], None)? {
            Some(v) if v["run"]["info"]["lifecycle_stage"].as_str() != Some("deleted") => {
                Some((id, meta))
            }
            _ => None,
        },
        None => None,
    };
    let mut created = false;
    let (mlflow_run_id, meta_sent) = match known {
        Some(k) => k,
        None => {
            forget(index, server, &run.run_id)?;
            let id = match client.find_run(experiment_id, &run.run_id)? {
                Some(id) => {
                    // Adopt it: count what it already holds so only the rest is sent.
                    for key in run.metrics.keys() {
                        let n = client.history_len(&id, key)?;
                        set_sent(index, server, &run.run_id, key, n)?;
                    }
                    id
                }
                None => {
                    let v = client.post(
                        "runs/create",
                        &json!({
                            "experiment_id": experiment_id,
                            "run_name": run.name,
                            "start_time": ms(&run.start_time),
                            "tags": [{"key": "mlo.run_id", "value": run.run_id.0}],
                        }),
                    )?;
                    created = true;
                    v["run"]["info"]["run_id"]
                        .as_str()
                        .map(str::to_string)
                        .ok_or_else(|| {
                            client.fail("POST runs/create", "no run_id in the answer".into())
                        })?
                }
            };
            index
                .write(|tx| {
                    tx.execute(
                        "INSERT OR REPLACE INTO track_mlflow_runs (server, run_id, mlflow_run_id, meta_sent) VALUES (?1, ?2, ?3, NULL)",
                        params![server, run.run_id.0, id],
                    )
                    .map_err(index_err)
                })?;
            (id, None)
        }
    };
    let points_sent = send_metrics(client, index, server, &run.run_id, &mlflow_run_id)?;
    // Params, tags, name and status last, so a run that shows FINISHED has all its points.
    let meta = json!({"params": run.params, "tags": run.tags, "name": run.name, "status": run.status, "end": run.end_time});
    let digest =
        crate::store::Digest::of_bytes(&crate::records::canonical_value_bytes(&meta)).to_hex();
    let send_meta = meta_sent.as_deref() != Some(digest.as_str());
    if send_meta {
        let params: Vec<Value> = run
            .params
            .iter()
            .map(|(k, v)| json!({"key": k, "value": v.text()}))
            .collect();
        let mut tags: Vec<Value> = run
            .tags
            .iter()
            .map(|(k, v)| json!({"key": k, "value": v}))
            .collect();
        tags.push(json!({"key": "mlo.run_id", "value": run.run_id.0}));
        tags.push(json!({"key": "mlo.experiment", "value": run.experiment}));
        for chunk in params.chunks(MAX_PARAMS) {
            client.post(
                "runs/log-batch",
                &json!({"run_id": mlflow_run_id, "params": chunk}),
            )?;
        }
        for chunk in tags.chunks(MAX_TAGS) {
            client.post(
                "runs/log-batch",
                &json!({"run_id": mlflow_run_id, "tags": chunk}),
            )?;
        }
        let mut update = json!({"run_id": mlflow_run_id, "status": mlflow_status(run.status), "run_name": run.name});
        if let Some(end) = &run.end_time {
            update["end_time"] = json!(ms(end));
        }
        client.post("runs/update", &update)?;
        index.write(|tx| {
            tx.execute(
                "UPDATE track_mlflow_runs SET meta_sent = ?3 WHERE server = ?1 AND run_id = ?2",
                params![server, run.run_id.0, digest],
            )
            .map_err(index_err)
        })?;
    }
    Ok(ExportedRun {
        run_id: run.run_id.clone(),
        mlflow_run_id,
        experiment_id: experiment_id.to_string(),
        created,
        meta_sent: send_meta,
        points_sent,
    })
}

fn forget(index: &mut Index, server: &str, run: &RunId) -> Result<(), Error> {
    index.write(|tx| {
        tx.execute(
            "DELETE FROM track_mlflow_metrics WHERE server = ?1 AND run_id = ?2",
            params![server, run.0],
        )
        .map_err(index_err)?;
        tx.execute(
            "DELETE FROM track_mlflow_runs WHERE server = ?1 AND run_id = ?2",
            params![server, run.0],
        )
        .map_err(index_err)?;
        Ok(())
    })
}

fn set_sent(index: &mut Index, server: &str, run: &RunId, key: &str, n: i64) -> Result<(), Error> {
    index.write(|tx| {
        tx.execute(
            "INSERT INTO track_mlflow_metrics (server, run_id, key, sent) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (server, run_id, key) DO UPDATE SET sent = excluded.sent",
            params![server, run.0, key, n],
        )
        .map_err(index_err)?;
        Ok(())
    })
}

/// Send the points the server does not have, in chunks; commit each chunk's progress.
fn send_metrics(
    client: &Client,
    index: &mut Index,
    server: &str,
    run: &RunId,
    mlflow_run_id: &str,
) -> Result<usize, Error> {
    let keys: Vec<(i64, String, i64)> = {
        let mut stmt = index
            .conn()
            .prepare(
                "SELECT k.key_id, k.key, coalesce(s.sent, 0) FROM track_metric_keys k \
                 LEFT JOIN track_mlflow_metrics s ON s.server = ?1 AND s.run_id = k.run_id AND s.key = k.key \
                 WHERE k.run_id = ?2 AND k.count > coalesce(s.sent, 0) ORDER BY k.key",
            )
            .map_err(index_err)?;
        stmt.query_map(params![server, run.0], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .map_err(index_err)?
        .collect::<Result<_, _>>()
        .map_err(index_err)?
    };
    let mut total = 0;
    let mut chunk: Vec<Value> = Vec::new();
    let mut chunk_bytes = 0usize;
    let mut progress: Vec<(String, i64)> = Vec::new();
    let flush = |chunk: &mut Vec<Value>,
                 progress: &mut Vec<(String, i64)>,
                 index: &mut Index|
     -> Result<(), Error> {
        if chunk.is_empty() {
            return Ok(());
        }
        client.post(
            "runs/log-batch",
            &json!({"run_id": mlflow_run_id, "metrics": chunk}),
        )?;
        index.write(|tx| {
            for (key, n) in progress.iter() {
                tx.execute(
                    "INSERT INTO track_mlflow_metrics (server, run_id, key, sent) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (server, run_id, key) DO UPDATE SET sent = excluded.sent",
                    params![server, run.0, key, n],
                )
                .map_err(index_err)?;
            }
            Ok::<_, Error>(())
        })?;
        chunk.clear();
        progress.clear();
        Ok(())
    };
    for (key_id, key, sent) in keys {
        let points: Vec<(i64, i64, Option<f64>)> = {
            let mut stmt = index
                .conn()
                .prepare("SELECT step, ts, value FROM track_metric_points WHERE key_id = ?1 ORDER BY rowid LIMIT -1 OFFSET ?2")
                .map_err(index_err)?;
            stmt.query_map(params![key_id, sent], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .map_err(index_err)?
            .collect::<Result<_, _>>()
            .map_err(index_err)?
        };
        let mut n = sent;
        for (step, ts, value) in points {
            let m = json!({"key": key, "value": json_number(value), "timestamp": ts, "step": step});
            let size = key.len() + 80;
            if chunk.len() == MAX_METRICS || chunk_bytes + size > MAX_BYTES {
                flush(&mut chunk, &mut progress, index)?;
                chunk_bytes = 0;
            }
            chunk.push(m);
            chunk_bytes += size;
            n += 1;
            total += 1;
            match progress.last_mut() {
                Some((k, c)) if *k == key => *c = n,
                _ => progress.push((key.clone(), n)),
            }
        }
    }
    flush(&mut chunk, &mut progress, index)?;
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::auth_from_env;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn auth_follows_mlflows_environment_variables() {
        assert_eq!(auth_from_env(env(&[])), None);
        assert_eq!(
            auth_from_env(env(&[("MLFLOW_TRACKING_TOKEN", "t0k")])).as_deref(),
            Some("Bearer t0k")
        );
        // RFC 7617's example: Aladdin / open sesame.
        assert_eq!(
            auth_from_env(env(&[
                ("MLFLOW_TRACKING_USERNAME", "Aladdin"),
                ("MLFLOW_TRACKING_PASSWORD", "open sesame")
            ]))
            .as_deref(),
            Some("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
        );
        // A token wins over a user name; empty values count as unset.
        assert_eq!(
            auth_from_env(env(&[
                ("MLFLOW_TRACKING_TOKEN", "t"),
                ("MLFLOW_TRACKING_USERNAME", "u")
            ]))
            .as_deref(),
            Some("Bearer t")
        );
        assert_eq!(auth_from_env(env(&[("MLFLOW_TRACKING_TOKEN", "")])), None);
    }
}
