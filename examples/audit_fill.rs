//! Fill a repository's audit chain with N valid, chained events in one transaction, for the
//! audit benchmarks (`benches/audit.sh`): `cargo run --release --example audit_fill -- DIR N`.
//! Uses the library directly (seal + insert, as `audit::append` does, without re-reading the
//! head per event), so a million events take seconds instead of a million process spawns.
//! The events are index rows only (no record objects): enough for verify, checkpoint and
//! export, which read the index. With a third argument CHAIN (and a fourth HOST), the events
//! go to that chain instead, as if pulled from another clone: `audit_fill DIR N CHAIN HOST`.

use std::path::PathBuf;

use mlo::audit::{self, AuditEvent, NewEvent, Outcome, Target};
use mlo::repo::Repo;
use mlo::repo::settings::Env;
use serde_json::json;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: audit_fill DIR N")?);
    let n: i64 = args.next().ok_or("usage: audit_fill DIR N")?.parse()?;
    let env = Env::capture();
    let repo = Repo::open(&dir, &env)?;
    let mut index = repo.open_index()?;
    let mut ctx = repo.event_context(&index)?;
    if let Some(chain) = args.next() {
        ctx.chain = chain;
        ctx.host = args.next().unwrap_or_else(|| "elsewhere".into());
    }
    let (mut seq, mut prev) =
        audit::head(index.conn(), &ctx.chain)?.unwrap_or((0, audit::GENESIS_HASH.to_string()));
    let actions = [
        "model.promote",
        "config.set",
        "data.push",
        "run.start",
        "model.approve",
    ];
    index.write(|tx| {
        for i in 0..n {
            seq += 1;
            let mut new = NewEvent::success(
                actions[(i % 5) as usize],
                Target::new("model", format!("churn-{}", i % 97)),
                json!({"from_stage": "staging", "to_stage": "production", "i": i, "gates": {"auc": {"passed": true, "value": 0.91}}}),
            );
            if i % 50 == 0 {
                new.outcome = Outcome::Denied;
                new.reason = Some("gate `auc` failed: 0.71 < 0.80".into());
            }
            let event = AuditEvent::seal(&ctx, new, seq, prev.clone());
            audit::insert_event(tx, &event).map_err(|e| mlo::Error::Input {
                message: format!("cannot insert event #{seq}: {e}"),
                hint: None,
            })?;
            prev = event.hash;
        }
        Ok::<_, mlo::Error>(())
    })?;
    eprintln!("appended {n} events; head #{seq} {prev}");
    Ok(())
}
