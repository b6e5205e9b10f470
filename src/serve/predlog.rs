//! The prediction log: every served request (sampled) and every feedback outcome, appended as
//! JSON Lines to segment files in one directory (`.mlo/predictions/` inside a repository).
//!
//! Writing happens on one dedicated thread fed by a bounded channel, so the request path never
//! waits for the disk; when the channel is full the record is dropped and counted. The writer
//! flushes whenever its queue is empty, so a `kill -9` loses at most the records still queued
//! and, at worst, leaves a torn last line. Each process start opens a new segment, segments
//! rotate at `segment_bytes`, and the oldest are deleted once the directory passes `max_bytes`.
//!
//! Reading is [`for_each_record`] (module `read`): records in write order, one line in memory
//! at a time, handed to a callback that keeps what it needs; a torn or unparseable line is
//! skipped and counted rather than failing, and no lock is needed. `mlo monitor` and `mlo ab`
//! read through it (`monitor::served::select`); [`read_dir`] collects owned records on top of
//! it for tests. The format is documented in docs/serving.md.

use std::fs::{self, File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::thread::JoinHandle;

use serde::{Deserialize, Serialize};

mod read;

pub use read::{
    FeedbackRef, PredictionRef, ReadOutcome, ReadStats, RecordRef, TensorRef, for_each_record,
    read_dir,
};

/// Segment files are `seg-<8-digit sequence>.jsonl`; the sequence orders them.
const PREFIX: &str = "seg-";
const SUFFIX: &str = ".jsonl";

/// One logged tensor: the same fields as an OIP tensor, data flat and row-major.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoggedTensor {
    /// Tensor name.
    pub name: String,
    /// OIP datatype (`FP32`, `INT64`, ...).
    pub datatype: String,
    /// Shape.
    pub shape: Vec<usize>,
    /// Elements, flat.
    pub data: serde_json::Value,
}

/// One served request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PredictionRecord {
    /// RFC 3339 time the response was sent.
    pub ts: String,
    /// Request id (the client's `id`, or one the server generated and returned).
    pub id: String,
    /// Model name as served.
    pub model: String,
    /// Model version that answered.
    pub version: String,
    /// `primary`, `canary` or `shadow`.
    pub variant: String,
    /// `infer` (OIP) or `invocations` (MLflow); `shadow` for mirrored requests.
    pub endpoint: String,
    /// HTTP status returned (for shadow: what it would have been).
    pub status: u16,
    /// End-to-end latency in milliseconds inside the server.
    pub latency_ms: f64,
    /// Request tensors.
    pub inputs: Vec<LoggedTensor>,
    /// Response tensors (empty on error).
    pub outputs: Vec<LoggedTensor>,
    /// The error message, when `status` is not 200.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// An outcome reported for an earlier request (`POST /v2/models/{name}/feedback`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackRecord {
    /// RFC 3339 time it was received.
    pub ts: String,
    /// The request id the outcome belongs to.
    pub id: String,
    /// Model name.
    pub model: String,
    /// The outcome as the client sent it (a label, a value, an object).
    pub outcome: serde_json::Value,
}

/// One line of a segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LogRecord {
    /// A served request.
    Prediction(PredictionRecord),
    /// A feedback outcome.
    Feedback(FeedbackRecord),
}

/// Where and how much to log.
#[derive(Debug, Clone)]
pub struct LogOptions {
    /// The segment directory.
    pub dir: PathBuf,
    /// Fraction of requests logged, 0.0–1.0 (feedback is always logged).
    pub sample_rate: f64,
    /// Rotate a segment once it reaches this many bytes.
    pub segment_bytes: u64,
    /// Delete the oldest segments once the directory holds more than this.
    pub max_bytes: u64,
}

/// The request path's handle to the writer thread.
#[derive(Debug, Clone)]
pub struct LogSender {
    tx: SyncSender<LogRecord>,
    sample_rate: f64,
    dropped: Arc<AtomicU64>,
    written: Arc<AtomicU64>,
}

impl LogSender {
    /// Whether a request with this id is in the sample (deterministic per id).
    pub fn sampled(&self, id: &str) -> bool {
        if self.sample_rate >= 1.0 {
            return true;
        }
        if self.sample_rate <= 0.0 {
            return false;
        }
        let h = super::traffic::hash_key(id.as_bytes());
        (h % 1_000_000) as f64 / 1_000_000.0 < self.sample_rate
    }

    /// Queue a record; never blocks. Returns false (and counts a drop) when the queue is full.
    pub fn send(&self, record: LogRecord) -> bool {
        match self.tx.try_send(record) {
            Ok(()) => true,
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => {
                self.dropped.fetch_add(1, Ordering::Relaxed);
                false
            }
        }
    }

    /// Records dropped because the writer fell behind.
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// Records written so far.
    pub fn written(&self) -> u64 {
        self.written.load(Ordering::Relaxed)
    }
}

/// The writer thread. Dropping every [`LogSender`] and calling [`LogWriter::finish`] flushes
/// and closes the current segment.
#[derive(Debug)]
pub struct LogWriter {
    handle: JoinHandle<std::io::Result<()>>,
}

impl LogWriter {
    /// Wait for the writer to drain its queue and flush (call after the senders are dropped).
    pub fn finish(self) -> std::io::Result<()> {
        self.handle
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("prediction log writer panicked")))
    }
}

/// Start the writer thread on `opts.dir` (created if missing).
pub fn start(opts: LogOptions) -> std::io::Result<(LogSender, LogWriter)> {
    fs::create_dir_all(&opts.dir)?;
    let next = segments(&opts.dir)?
        .last()
        .map(|(seq, _)| seq + 1)
        .unwrap_or(1);
    let (tx, rx) = sync_channel(65_536);
    let written = Arc::new(AtomicU64::new(0));
    let sender = LogSender {
        tx,
        sample_rate: opts.sample_rate,
        dropped: Arc::new(AtomicU64::new(0)),
        written: written.clone(),
    };
    let handle = std::thread::Builder::new()
        .name("mlo-predlog".into())
        .spawn(move || write_loop(&opts, next, &rx, &written))?;
    Ok((sender, LogWriter { handle }))
}

fn open_segment(dir: &Path, seq: u64) -> std::io::Result<BufWriter<File>> {
    let path = dir.join(format!("{PREFIX}{seq:08}{SUFFIX}"));
    let f = OpenOptions::new().create(true).append(true).open(path)?;
    Ok(BufWriter::with_capacity(256 * 1024, f))
}

fn write_loop(
    opts: &LogOptions,
    mut seq: u64,
    rx: &Receiver<LogRecord>,
    written: &AtomicU64,
) -> std::io::Result<()> {
    let mut out = open_segment(&opts.dir, seq)?;
    let mut size = 0u64;
    let mut line = Vec::with_capacity(4096);
    while let Ok(first) = rx.recv() {
        let mut next = Some(first);
        while let Some(record) = next {
            line.clear();
            serde_json::to_writer(&mut line, &record)?;
            line.push(b'\n');
            if size > 0 && size + line.len() as u64 > opts.segment_bytes {
                out.flush()?;
                seq += 1;
                out = open_segment(&opts.dir, seq)?;
                size = 0;
                enforce_cap(&opts.dir, opts.max_bytes)?;
            }
            out.write_all(&line)?;
            size += line.len() as u64;
            written.fetch_add(1, Ordering::Relaxed);
            next = rx.try_recv().ok();
        }
        // Queue empty: hand everything to the OS so a crash loses nothing already answered.
        out.flush()?;
    }
    out.flush()?;
    out.get_ref().sync_data()
}

fn enforce_cap(dir: &Path, max_bytes: u64) -> std::io::Result<()> {
    let segs = segments(dir)?;
    let mut sizes: Vec<(PathBuf, u64)> = segs
        .into_iter()
        .map(|(_, p)| {
            let len = fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
            (p, len)
        })
        .collect();
    let mut total: u64 = sizes.iter().map(|(_, l)| l).sum();
    // Never delete the newest (current) segment.
    let keep = sizes.pop();
    for (p, len) in sizes {
        if total <= max_bytes {
            break;
        }
        fs::remove_file(&p)?;
        total -= len;
    }
    drop(keep);
    Ok(())
}

/// Segment files in `dir`, oldest first, with their sequence numbers.
pub fn segments(dir: &Path) -> std::io::Result<Vec<(u64, PathBuf)>> {
    let mut out = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if let Some(seq) = name
            .strip_prefix(PREFIX)
            .and_then(|n| n.strip_suffix(SUFFIX))
            .and_then(|n| n.parse::<u64>().ok())
        {
            out.push((seq, entry.path()));
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feedback(i: usize) -> LogRecord {
        LogRecord::Feedback(FeedbackRecord {
            ts: "2025-01-01T00:00:00Z".into(),
            id: format!("r{i}"),
            model: "m".into(),
            outcome: serde_json::json!(i),
        })
    }

    #[test]
    fn rotates_caps_and_tolerates_a_torn_tail() {
        let dir = tempfile::tempdir().unwrap();
        let opts = LogOptions {
            dir: dir.path().to_path_buf(),
            sample_rate: 1.0,
            segment_bytes: 400,
            max_bytes: 1_000_000,
        };
        let (tx, w) = start(opts.clone()).unwrap();
        for i in 0..20 {
            assert!(tx.send(feedback(i)));
        }
        drop(tx);
        w.finish().unwrap();
        let segs = segments(dir.path()).unwrap();
        assert!(segs.len() > 1, "rotated into several segments");
        // Tear the last line of the last segment, as kill -9 mid-write would.
        let last = &segs.last().unwrap().1;
        let mut f = OpenOptions::new().append(true).open(last).unwrap();
        f.write_all(b"{\"kind\":\"feedback\",\"id\":\"tor").unwrap();
        let read = read_dir(dir.path()).unwrap();
        assert_eq!(read.records.len(), 20);
        assert_eq!(read.skipped, 1);
        assert_eq!(read.records[19], feedback(19));

        // A restart opens a new segment after the torn one; the cap removes old segments.
        let (tx, w) = start(LogOptions {
            max_bytes: 500,
            ..opts
        })
        .unwrap();
        for i in 20..40 {
            tx.send(feedback(i));
        }
        drop(tx);
        w.finish().unwrap();
        let read = read_dir(dir.path()).unwrap();
        assert!(read.records.len() < 40);
        assert_eq!(read.records.last(), Some(&feedback(39)));
    }
}
