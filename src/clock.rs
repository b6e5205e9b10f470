//! Time for the domain. Domain code never reads the wall clock directly: it is handed a
//! [`Clock`], which is the system clock in normal use and a pinned instant when
//! `MLO_TEST_TIMESTAMP` is set (resolved once in `repo::settings`), so tests can snapshot audit
//! trails and records.

use chrono::{DateTime, SecondsFormat, Utc};

/// Where "now" comes from.
#[derive(Debug, Clone)]
pub enum Clock {
    /// The operating system's clock.
    System,
    /// A pinned instant (tests).
    Fixed(DateTime<Utc>),
}

impl Clock {
    /// The current instant.
    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(t) => *t,
        }
    }

    /// The current instant as RFC 3339 UTC with microseconds, the format of every timestamp
    /// mlo stores (it sorts lexicographically in time order).
    pub fn now_rfc3339(&self) -> String {
        format_ts(&self.now())
    }
}

/// Format an instant the way mlo stores timestamps: RFC 3339, UTC, microseconds, `Z`.
pub fn format_ts(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// Parse an RFC 3339 timestamp (any offset) into UTC.
pub fn parse_ts(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Parse a time given on the command line: RFC 3339 (`2026-01-02T03:04:05Z`), a date
/// (`2026-01-02`, midnight UTC), or a duration back from now (`90s`, `30m`, `24h`, `7d`, `2w`).
/// Returns the instant in mlo's stored format.
pub fn parse_time_spec(spec: &str, clock: &Clock) -> Result<String, String> {
    if let Some(t) = parse_ts(spec) {
        return Ok(format_ts(&t));
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(spec, "%Y-%m-%d") {
        let t = d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc();
        return Ok(format_ts(&t));
    }
    let (num, unit) = spec.split_at(
        spec.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(spec.len()),
    );
    let n: i64 = num.parse().map_err(|_| {
        "expected an RFC 3339 time, a date (YYYY-MM-DD) or a duration such as 24h or 7d".to_string()
    })?;
    let secs = match unit {
        "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86_400,
        "w" => n * 7 * 86_400,
        _ => {
            return Err(format!(
                "unknown duration unit `{unit}` (use s, m, h, d or w)"
            ));
        }
    };
    Ok(format_ts(&(clock.now() - chrono::Duration::seconds(secs))))
}

/// Parse a duration such as `90s`, `30m`, `1h`, `7d`, `2w` (or `0`) into seconds.
pub fn parse_duration_secs(spec: &str) -> Result<u64, String> {
    if spec == "0" {
        return Ok(0);
    }
    let (num, unit) = spec.split_at(
        spec.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(spec.len()),
    );
    let n: u64 = num
        .parse()
        .map_err(|_| format!("`{spec}` is not a duration such as 30m, 1h or 7d"))?;
    let mult = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 7 * 86_400,
        _ => {
            return Err(format!(
                "unknown duration unit in `{spec}` (use s, m, h, d or w)"
            ));
        }
    };
    Ok(n * mult)
}
