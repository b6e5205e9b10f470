//! Inference worker threads. Model execution never runs on the tokio reactor: handlers queue a
//! [`Job`] and await a oneshot reply. Each worker runs one inference at a time on its own
//! thread with candle's kernels single-threaded (see `RAYON_NUM_THREADS` in `main.rs` and
//! docs/serving.md — for tiny models a thread pool per matmul costs 5–15x the math).
//!
//! Adaptive batching (off unless `max_batch_size > 1`): a worker that picks up a job keeps
//! collecting jobs for the same model until it has `max_batch_size` rows or `max_batch_delay`
//! has passed, runs them as one batch, and splits the outputs. A batch that fails is retried
//! job by job, so one request's error never fails its neighbours.

use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::sync::oneshot;

use crate::infer::{InferError, Model, Tensor};

/// What a worker sends back.
#[derive(Debug)]
pub struct JobResult {
    /// Outputs, or why there are none.
    pub outputs: Result<Vec<Tensor>, InferError>,
    /// Time between queueing and the start of execution.
    pub queue: Duration,
    /// Execution time of the batch this job ran in.
    pub compute: Duration,
    /// Rows in that batch.
    pub batch_rows: usize,
}

/// One inference request for a worker.
#[derive(Debug)]
pub struct Job {
    /// The model to run (shared, immutable).
    pub model: Arc<Model>,
    /// Checked inputs.
    pub inputs: Vec<Tensor>,
    /// When it was queued.
    pub enqueued: Instant,
    /// Where to send the result.
    pub reply: oneshot::Sender<JobResult>,
}

/// Batching settings.
#[derive(Debug, Clone, Copy)]
pub struct Batching {
    /// Most rows per execution; 1 disables batching.
    pub max_batch_size: usize,
    /// Longest a job waits for company.
    pub max_batch_delay: Duration,
}

/// A fixed set of worker threads sharing one bounded queue.
#[derive(Debug)]
pub struct Pool {
    tx: Option<SyncSender<Job>>,
    workers: Vec<JoinHandle<()>>,
}

/// The queue is full: the server is overloaded (HTTP 503).
#[derive(Debug)]
pub struct Overloaded;

impl Pool {
    /// Start `threads` workers named `mlo-<name>-N` with a queue of `capacity` jobs.
    pub fn start(name: &str, threads: usize, capacity: usize, batching: Batching) -> Pool {
        let (tx, rx) = sync_channel::<Job>(capacity.max(1));
        let rx = Arc::new(Mutex::new(rx));
        let workers = (0..threads.max(1))
            .filter_map(|i| {
                let rx = rx.clone();
                std::thread::Builder::new()
                    .name(format!("mlo-{name}-{i}"))
                    .spawn(move || worker(&rx, batching))
                    .ok()
            })
            .collect();
        Pool {
            tx: Some(tx),
            workers,
        }
    }

    /// Queue a job without blocking.
    pub fn submit(&self, job: Job) -> Result<(), Overloaded> {
        match self.tx.as_ref().map(|tx| tx.try_send(job)) {
            Some(Ok(())) => Ok(()),
            Some(Err(TrySendError::Full(_) | TrySendError::Disconnected(_))) | None => {
                Err(Overloaded)
            }
        }
    }

    /// Stop accepting jobs, let the workers finish the queue, and join them.
    pub fn shutdown(mut self) {
        self.tx.take();
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
    }
}

fn worker(rx: &Mutex<Receiver<Job>>, batching: Batching) {
    loop {
        let jobs = {
            let rx = rx.lock().unwrap_or_else(|p| p.into_inner());
            let Ok(first) = rx.recv() else { return };
            let mut jobs = vec![first];
            if batching.max_batch_size > 1 {
                let deadline = Instant::now() + batching.max_batch_delay;
                let mut rows: usize = jobs[0].inputs.first().map_or(1, Tensor::rows);
                while rows < batching.max_batch_size {
                    let left = deadline.saturating_duration_since(Instant::now());
                    match rx.recv_timeout(left) {
                        Ok(job) => {
                            rows += job.inputs.first().map_or(1, Tensor::rows);
                            jobs.push(job);
                        }
                        Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => break,
                    }
                }
            }
            jobs
        };
        run_jobs(jobs);
    }
}

fn run_jobs(mut jobs: Vec<Job>) {
    while !jobs.is_empty() {
        // Take every job for the same model as the first one.
        let model = jobs[0].model.clone();
        let (same, rest): (Vec<Job>, Vec<Job>) = jobs
            .into_iter()
            .partition(|j| Arc::ptr_eq(&j.model, &model));
        jobs = rest;
        let leftover = if same.len() == 1 {
            same
        } else {
            run_batch(&model, same).err().unwrap_or_default()
        };
        for job in leftover {
            run_one(job);
        }
    }
}

fn run_one(job: Job) {
    let start = Instant::now();
    let outputs = job.model.run(&job.inputs);
    let rows = job.inputs.first().map_or(1, Tensor::rows);
    let _ = job.reply.send(JobResult {
        outputs,
        queue: start - job.enqueued,
        compute: start.elapsed(),
        batch_rows: rows,
    });
}

/// Run `jobs` as one batch; on failure (they cannot be concatenated, or the batch failed)
/// the jobs come back unanswered so the caller runs them one by one.
fn run_batch(model: &Model, jobs: Vec<Job>) -> Result<(), Vec<Job>> {
    let arity = jobs[0].inputs.len();
    let mut merged = Vec::with_capacity(arity);
    for i in 0..arity {
        let parts: Vec<&Tensor> = jobs.iter().filter_map(|j| j.inputs.get(i)).collect();
        if parts.len() != jobs.len() {
            return Err(jobs);
        }
        match Tensor::concat_rows(&parts) {
            Some(t) => merged.push(t),
            None => return Err(jobs),
        }
    }
    let sizes: Vec<usize> = jobs
        .iter()
        .map(|j| j.inputs.first().map_or(1, Tensor::rows))
        .collect();
    let start = Instant::now();
    let Ok(outputs) = model.run(&merged) else {
        return Err(jobs);
    };
    let compute = start.elapsed();
    // Every output must split by rows; a model that reduces over the batch cannot be batched.
    let total: usize = sizes.iter().sum();
    if outputs.iter().any(|o| o.rows() != total) {
        return Err(jobs);
    }
    let mut per_job: Vec<Vec<Tensor>> = vec![Vec::with_capacity(outputs.len()); jobs.len()];
    for o in &outputs {
        for (slot, piece) in per_job.iter_mut().zip(o.split_rows(&sizes)) {
            slot.push(piece);
        }
    }
    for (job, out) in jobs.into_iter().zip(per_job) {
        let _ = job.reply.send(JobResult {
            outputs: Ok(out),
            queue: start.saturating_duration_since(job.enqueued),
            compute,
            batch_rows: total,
        });
    }
    Ok(())
}
