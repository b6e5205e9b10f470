//! Outgoing webhooks: POST a JSON body to a URL with a per-attempt timeout and retries with
//! exponential backoff. Shared by drift alerts (`monitor::alert`) and registry hooks
//! (`registry::hooks`).
//!
//! A connection error, a timeout, an HTTP 5xx or a 429 is retried; any other answer is final
//! (a 4xx will not get better by asking again). The outcome is returned, never raised: callers
//! decide what a failed delivery means. Error texts never contain the URL or the headers, so a
//! caller may print or audit them even when the URL or a header carries a secret (a Slack-style
//! webhook URL, a bearer token).

use std::time::Duration;

use serde::Serialize;
use sha2::{Digest as _, Sha256};

/// One POST to make.
#[derive(Debug, Clone)]
pub struct Post<'a> {
    /// Where to.
    pub url: &'a str,
    /// The JSON body, already encoded.
    pub body: &'a [u8],
    /// Extra headers (`content-type: application/json` is always sent).
    pub headers: Vec<(String, String)>,
    /// Per-attempt timeout.
    pub timeout: Duration,
    /// Attempts after the first.
    pub retries: u32,
    /// The wait before the first retry; it doubles for each further one (capped at 30 s).
    pub backoff: Duration,
}

/// What happened to a POST.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Delivery {
    /// Whether the receiver answered 2xx.
    pub delivered: bool,
    /// Attempts made.
    pub attempts: u32,
    /// The last HTTP status received, if any.
    pub status: Option<u16>,
    /// The last error, when not delivered.
    pub error: Option<String>,
}

/// The default wait before the first retry.
pub const DEFAULT_BACKOFF: Duration = Duration::from_millis(250);

fn retryable(status: u16) -> bool {
    status >= 500 || status == 429
}

/// Describe a transport error without echoing the URL (ureq's `BadUri` carries it).
fn describe(e: &ureq::Error) -> String {
    match e {
        ureq::Error::BadUri(_) => "invalid URL".into(),
        ureq::Error::Timeout(_) => "timed out".into(),
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::ConnectionFailed => "connection failed".into(),
        ureq::Error::Io(io) => format!("connection error: {}", io.kind()),
        other => {
            let text = other.to_string();
            // Anything else is a protocol-level failure; keep its text but never a URL.
            if text.contains("://") {
                "request failed".into()
            } else {
                text
            }
        }
    }
}

/// POST `post.body`, retrying as the module says. Never fails: problems are in the outcome.
pub fn post_json(post: &Post<'_>) -> Delivery {
    let mut out = Delivery::default();
    if !(post.url.starts_with("http://") || post.url.starts_with("https://")) {
        out.error = Some("not an http:// or https:// URL".into());
        return out;
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(post.timeout))
        .http_status_as_error(false)
        // A redirect would carry the auth headers elsewhere; a webhook answers where it is.
        .max_redirects(0)
        .build()
        .into();
    let mut wait = post.backoff;
    for attempt in 0..=post.retries {
        if attempt > 0 {
            std::thread::sleep(wait);
            wait = (wait * 2).min(Duration::from_secs(30));
        }
        out.attempts += 1;
        let mut req = agent
            .post(post.url)
            .header("content-type", "application/json")
            .header("user-agent", concat!("mlo/", env!("CARGO_PKG_VERSION")));
        for (k, v) in &post.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        match req.send(post.body) {
            Ok(resp) => {
                let status = resp.status().as_u16();
                out.status = Some(status);
                if resp.status().is_success() {
                    out.delivered = true;
                    out.error = None;
                    return out;
                }
                out.error = Some(format!("HTTP {status}"));
                if !retryable(status) {
                    return out;
                }
            }
            Err(e) => out.error = Some(describe(&e)),
        }
    }
    out
}

/// HMAC-SHA256 of `body` under `key` (RFC 2104), as lowercase hex: the value of a
/// `sha256=<hex>` signature header that receivers recompute to check the sender.
pub fn hmac_sha256_hex(key: &[u8], body: &[u8]) -> String {
    const BLOCK: usize = 64;
    let mut k = [0u8; BLOCK];
    if key.len() > BLOCK {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut inner = Sha256::new();
    inner.update(k.map(|b| b ^ 0x36));
    inner.update(body);
    let mut outer = Sha256::new();
    outer.update(k.map(|b| b ^ 0x5c));
    outer.update(inner.finalize());
    hex::encode(outer.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231() {
        // Test case 2.
        assert_eq!(
            hmac_sha256_hex(b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        // Test case 6: a key longer than the block is hashed first.
        assert_eq!(
            hmac_sha256_hex(
                &[0xaa; 131],
                b"Test Using Larger Than Block-Size Key - Hash Key First"
            ),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    #[test]
    fn a_bad_url_is_reported_without_echoing_it() {
        let d = post_json(&Post {
            url: "ftp://secret@example.invalid/x",
            body: b"{}",
            headers: vec![],
            timeout: Duration::from_millis(100),
            retries: 3,
            backoff: Duration::from_millis(1),
        });
        assert!(!d.delivered);
        assert_eq!(d.attempts, 0);
        assert!(!d.error.unwrap().contains("secret"));
    }
}
