//! Traffic decisions: which variant (primary or canary) answers a request, and when a canary
//! is rolled back. Assignment is sticky: the request's routing key (a header, by default
//! `x-mlo-route-key`) is hashed into one of 10,000 buckets, and the canary owns the first
//! `percent × 100` of them, so one user stays on one variant across requests and restarts.
//! Requests without a key are spread by a counter hashed the same way.
//!
//! Rollback watches the canary's last `window` outcomes; once at least `min_requests` are in
//! and either the server-error rate or the p99 latency passes its bound, the canary is switched
//! off for good (until restart), and the caller records why.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// 64-bit FNV-1a: stable across runs and platforms, so stickiness survives restarts.
pub fn hash_key(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // FNV's low bits mix poorly for short keys; finish with a splitmix64 round.
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Which model answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// The served version.
    Primary,
    /// The canary version.
    Canary,
    /// The shadow (never answers the client).
    Shadow,
}

impl Variant {
    /// Label value and header value.
    pub fn as_str(self) -> &'static str {
        match self {
            Variant::Primary => "primary",
            Variant::Canary => "canary",
            Variant::Shadow => "shadow",
        }
    }
}

/// Bounds that trigger an automatic rollback.
#[derive(Debug, Clone, Copy)]
pub struct RollbackPolicy {
    /// Largest tolerated fraction of canary requests failing with a server error.
    pub max_error_rate: f64,
    /// Largest tolerated canary p99 latency, in milliseconds.
    pub max_p99_ms: f64,
    /// Outcomes kept in the sliding window.
    pub window: usize,
    /// Outcomes needed before any decision.
    pub min_requests: usize,
}

/// Why a canary was rolled back.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RollbackReason {
    /// `error_rate` or `p99_latency`.
    pub trigger: &'static str,
    /// The observed value (a fraction, or milliseconds).
    pub observed: f64,
    /// The bound it passed.
    pub bound: f64,
    /// Outcomes in the window when it tripped.
    pub window: usize,
}

impl std::fmt::Display for RollbackReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.trigger {
            "error_rate" => write!(
                f,
                "canary error rate {:.1}% over the last {} requests passed the {:.1}% bound",
                self.observed * 100.0,
                self.window,
                self.bound * 100.0
            ),
            _ => write!(
                f,
                "canary p99 latency {:.2} ms over the last {} requests passed the {:.2} ms bound",
                self.observed, self.window, self.bound
            ),
        }
    }
}

/// The canary's traffic share and health.
#[derive(Debug)]
pub struct CanaryState {
    /// Percent of traffic, 0–100.
    pub percent: f64,
    active: AtomicBool,
    policy: RollbackPolicy,
    window: Mutex<VecDeque<(bool, f64)>>,
    counter: AtomicU64,
}

impl CanaryState {
    /// A live canary taking `percent` of traffic.
    pub fn new(percent: f64, policy: RollbackPolicy) -> Self {
        CanaryState {
            percent,
            active: AtomicBool::new(true),
            policy,
            window: Mutex::new(VecDeque::with_capacity(policy.window)),
            counter: AtomicU64::new(0),
        }
    }

    /// Whether the canary still takes traffic.
    pub fn active(&self) -> bool {
        self.active.load(Ordering::Relaxed)
    }

    /// Pick the variant for a request with this routing key (if any).
    pub fn choose(&self, key: Option<&[u8]>) -> Variant {
        if !self.active() {
            return Variant::Primary;
        }
        let h = match key {
            Some(k) => hash_key(k),
            None => hash_key(&self.counter.fetch_add(1, Ordering::Relaxed).to_le_bytes()),
        };
        if ((h % 10_000) as f64) < self.percent * 100.0 {
            Variant::Canary
        } else {
            Variant::Primary
        }
    }

    /// Record one canary outcome; returns the reason the first time a bound is passed.
    pub fn observe(&self, server_error: bool, latency_ms: f64) -> Option<RollbackReason> {
        let reason = {
            let mut w = self.window.lock().unwrap_or_else(|p| p.into_inner());
            if w.len() == self.policy.window.max(1) {
                w.pop_front();
            }
            w.push_back((server_error, latency_ms));
            if w.len() < self.policy.min_requests.max(1) {
                return None;
            }
            let n = w.len();
            let errors = w.iter().filter(|(e, _)| *e).count();
            let rate = errors as f64 / n as f64;
            let mut lat: Vec<f64> = w.iter().map(|(_, l)| *l).collect();
            lat.sort_by(f64::total_cmp);
            let p99 = lat[((n as f64 * 0.99).ceil() as usize).clamp(1, n) - 1];
            if rate > self.policy.max_error_rate {
                RollbackReason {
                    trigger: "error_rate",
                    observed: rate,
                    bound: self.policy.max_error_rate,
                    window: n,
                }
            } else if p99 > self.policy.max_p99_ms {
                RollbackReason {
                    trigger: "p99_latency",
                    observed: p99,
                    bound: self.policy.max_p99_ms,
                    window: n,
                }
            } else {
                return None;
            }
        };
        // Only the request that flips the switch reports it.
        self.active
            .compare_exchange(true, false, Ordering::SeqCst, Ordering::SeqCst)
            .ok()
            .map(|_| reason)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> RollbackPolicy {
        RollbackPolicy {
            max_error_rate: 0.1,
            max_p99_ms: 100.0,
            window: 50,
            min_requests: 20,
        }
    }

    #[test]
    fn split_is_sticky_and_close_to_the_weight() {
        let c = CanaryState::new(10.0, policy());
        let keys: Vec<String> = (0..20_000).map(|i| format!("user-{i}")).collect();
        let canary = keys
            .iter()
            .filter(|k| c.choose(Some(k.as_bytes())) == Variant::Canary)
            .count();
        // Binomial(20000, 0.1): sd ≈ 42; allow 5 sd.
        assert!((1790..=2210).contains(&canary), "{canary}");
        for k in keys.iter().take(100) {
            assert_eq!(c.choose(Some(k.as_bytes())), c.choose(Some(k.as_bytes())));
        }
    }

    #[test]
    fn error_rate_trips_once() {
        let c = CanaryState::new(50.0, policy());
        for _ in 0..19 {
            assert_eq!(c.observe(true, 1.0), None, "not before min_requests");
        }
        let r = c.observe(true, 1.0).unwrap();
        assert_eq!(r.trigger, "error_rate");
        assert!(!c.active());
        assert_eq!(c.observe(true, 1.0), None);
        assert_eq!(c.choose(Some(b"k")), Variant::Primary);
    }

    #[test]
    fn p99_trips() {
        let c = CanaryState::new(50.0, policy());
        let mut tripped = None;
        for i in 0..40 {
            tripped = tripped.or(c.observe(false, if i % 10 == 0 { 500.0 } else { 1.0 }));
        }
        assert_eq!(tripped.unwrap().trigger, "p99_latency");
    }
}
