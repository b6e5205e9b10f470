//! Recording an analysis in the repository: one `ab_analysis` record (the whole outcome, the
//! input file's blake3 digest, who and when) and one `ab.analyze` audit event, in the same
//! transaction through `Repo::change`. Called by `commands::ab` only when the command runs
//! inside a repository; outside one an analysis is still computed and printed, just not kept.

use std::path::Path;

use serde::Serialize;

use super::AnalyzeOutcome;
use crate::audit::{NewEvent, Target};
use crate::error::Error;
use crate::index::index_err;
use crate::records;
use crate::repo::Repo;
use crate::store::Digest;

/// The `ab_analysis` record.
#[derive(Debug, Serialize)]
struct AnalysisRecord<'a> {
    #[serde(rename = "type")]
    record_type: &'static str,
    schema: u32,
    created_at: String,
    actor: String,
    /// blake3 of the input file, so the analysis names the exact data it judged.
    input_digest: Option<String>,
    outcome: &'a AnalyzeOutcome,
}

/// What was recorded.
#[derive(Debug, Clone, Serialize)]
pub struct Recorded {
    /// The record's digest.
    pub record: String,
    /// The audit event's id.
    pub event_id: String,
}

/// blake3 of a file, streamed (memory-mapped and hashed on all cores for large files).
pub fn file_digest(path: &Path) -> Result<Digest, Error> {
    let mut hasher = blake3::Hasher::new();
    hasher.update_mmap_rayon(path).map_err(|source| Error::Io {
        action: "hash",
        path: path.to_path_buf(),
        source,
    })?;
    Ok(Digest::from_bytes(*hasher.finalize().as_bytes()))
}

/// Writes the record and the audit event for `outcome` in one transaction.
pub fn record_analysis(
    repo: &Repo,
    outcome: &AnalyzeOutcome,
    input_digest: Option<Digest>,
) -> Result<Recorded, Error> {
    let mut index = repo.open_index()?;
    let created_at = repo.settings().clock.now_rfc3339();
    let record = AnalysisRecord {
        record_type: "ab_analysis",
        schema: 1,
        created_at: created_at.clone(),
        actor: repo.settings().actor().id,
        input_digest: input_digest.map(|d| d.to_hex()),
        outcome,
    };
    let target_id = outcome
        .input
        .path
        .clone()
        .unwrap_or_else(|| "counts".to_string());
    let significant: Vec<String> = outcome
        .metrics
        .iter()
        .flat_map(|m| {
            m.comparisons
                .iter()
                .filter(|c| c.significant)
                .map(move |c| format!("{}:{}", m.name, c.treatment.variant))
        })
        .collect();
    let (digest, event) = repo.change(&mut index, |tx| {
        let enc = records::queue(tx, &record, &created_at).map_err(index_err)?;
        let details = serde_json::json!({
            "record": enc.digest.to_hex(),
            "input_digest": record.input_digest,
            "control": outcome.control,
            "metrics": outcome.metrics.iter().map(|m| m.name.clone()).collect::<Vec<_>>(),
            "significant": significant,
            "srm_mismatch": outcome.srm.as_ref().is_some_and(|s| s.mismatch),
            "guardrail_failed": outcome.guardrail_failed,
        });
        Ok((
            enc.digest,
            NewEvent::success("ab.analyze", Target::new("ab_analysis", target_id), details),
        ))
    })?;
    Ok(Recorded {
        record: digest.to_hex(),
        event_id: event.event_id.clone(),
    })
}
