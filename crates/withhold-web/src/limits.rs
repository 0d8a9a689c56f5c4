//! Rate limits on submit, verify and resend, per client IP and, for codes, per request. Fixed
//! windows kept in memory: each server limits what reaches it. Configured with a compact spec,
//! e.g. `submit_ip=10/60s,verify_ip=30/60s,verify_request=10/600s,resend_ip=10/60s,login_ip=20/600s`,
//! or `off` (for load benchmarks only).
//!
//! There is no limit per mailbox any more: one let anyone use up a person's submissions. What
//! it protected, the person's inbox, is kept by pacing the code emails a mailbox gets (see
//! `Service::submit`). `submit_address=…` is still accepted, and ignored.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    SubmitIp,
    /// Accepted in a spec for compatibility; nothing counts against it.
    SubmitAddress,
    VerifyIp,
    VerifyRequest,
    ResendIp,
    /// Staff sign-in attempts per client IP: on top of the per-account lockout, it stops one
    /// address from guessing across many accounts (and from spending the server's CPU on
    /// password hashing).
    LoginIp,
}

impl Bucket {
    const ALL: [(Bucket, &'static str); 6] = [
        (Bucket::SubmitIp, "submit_ip"),
        (Bucket::SubmitAddress, "submit_address"),
        (Bucket::VerifyIp, "verify_ip"),
        (Bucket::VerifyRequest, "verify_request"),
        (Bucket::ResendIp, "resend_ip"),
        (Bucket::LoginIp, "login_ip"),
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub max: u32,
    pub window: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimits {
    limits: HashMap<Bucket, Limit>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("rate limits: {0} (expected off, or name=COUNT/SECONDSs pairs such as submit_ip=10/60s)")]
pub struct InvalidRateLimits(String);

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits::parse("submit_ip=10/60s,verify_ip=30/60s,verify_request=10/600s,resend_ip=10/60s,login_ip=20/600s")
            .expect("the default limits parse")
    }
}

impl RateLimits {
    pub fn off() -> Self {
        RateLimits { limits: HashMap::new() }
    }

    /// `off`, `on` (the defaults), or a list that overrides some of the defaults.
    pub fn parse(spec: &str) -> Result<RateLimits, InvalidRateLimits> {
        let spec = spec.trim();
        if spec == "off" {
            return Ok(RateLimits::off());
        }
        let mut limits =
            if spec == "on" || spec.is_empty() { return Ok(RateLimits::default()) } else { HashMap::new() };
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, value) = part.split_once('=').ok_or_else(|| InvalidRateLimits(format!("{part:?} has no =")))?;
            let bucket = Bucket::ALL
                .iter()
                .find(|(_, n)| *n == name.trim())
                .map(|(b, _)| *b)
                .ok_or_else(|| InvalidRateLimits(format!("unknown limit {name:?}")))?;
            let (count, window) =
                value.split_once('/').ok_or_else(|| InvalidRateLimits(format!("{value:?} has no /")))?;
            let max: u32 = count.trim().parse().map_err(|_| InvalidRateLimits(format!("{count:?} is not a count")))?;
            let seconds: u64 = window
                .trim()
                .trim_end_matches('s')
                .parse()
                .map_err(|_| InvalidRateLimits(format!("{window:?} is not a number of seconds")))?;
            if max == 0 || seconds == 0 {
                return Err(InvalidRateLimits(format!("{part:?} must allow at least 1 per second or more")));
            }
            if bucket != Bucket::SubmitAddress {
                limits.insert(bucket, Limit { max, window: Duration::from_secs(seconds) });
            }
        }
        // Unnamed buckets keep their defaults.
        let defaults = RateLimits::default_table();
        for (bucket, limit) in defaults {
            limits.entry(bucket).or_insert(limit);
        }
        Ok(RateLimits { limits })
    }

    fn default_table() -> [(Bucket, Limit); 5] {
        let l = |max, secs| Limit { max, window: Duration::from_secs(secs) };
        [
            (Bucket::SubmitIp, l(10, 60)),
            (Bucket::VerifyIp, l(30, 60)),
            (Bucket::VerifyRequest, l(10, 600)),
            (Bucket::ResendIp, l(10, 60)),
            (Bucket::LoginIp, l(20, 600)),
        ]
    }
}

/// Counts requests per bucket and key.
#[derive(Debug)]
pub struct Limiter {
    limits: RateLimits,
    windows: Mutex<HashMap<(Bucket, String), (Instant, u32)>>,
}

/// How long until the caller may try again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub Duration);

const PRUNE_ABOVE: usize = 100_000;

impl Limiter {
    pub fn new(limits: RateLimits) -> Self {
        Limiter { limits, windows: Mutex::new(HashMap::new()) }
    }

    /// Counts one request for `key` in `bucket`; refuses it if the window is full.
    pub fn check(&self, bucket: Bucket, key: &str) -> Result<(), RetryAfter> {
        let Some(limit) = self.limits.limits.get(&bucket).copied() else { return Ok(()) };
        let now = Instant::now();
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() > PRUNE_ABOVE {
            windows.retain(|(b, _), (start, _)| {
                self.limits.limits.get(b).is_some_and(|l| now.duration_since(*start) < l.window)
            });
        }
        let entry = windows.entry((bucket, key.to_owned())).or_insert((now, 0));
        if now.duration_since(entry.0) >= limit.window {
            *entry = (now, 0);
        }
        if entry.1 >= limit.max {
            let wait = limit.window.saturating_sub(now.duration_since(entry.0));
            return Err(RetryAfter(wait.max(Duration::from_secs(1))));
        }
        entry.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_off_on_and_overrides() {
        assert_eq!(RateLimits::parse("off").unwrap(), RateLimits::off());
        assert_eq!(RateLimits::parse("on").unwrap(), RateLimits::default());
        let custom = RateLimits::parse("submit_ip=2/30s").unwrap();
        assert_eq!(custom.limits[&Bucket::SubmitIp], Limit { max: 2, window: Duration::from_secs(30) });
        assert_eq!(custom.limits[&Bucket::VerifyIp], RateLimits::default().limits[&Bucket::VerifyIp]);
        for bad in ["submit=1/1s", "submit_ip=0/60s", "submit_ip=10", "submit_ip=x/60s"] {
            assert!(RateLimits::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn refuses_past_the_limit_per_key() {
        let limiter = Limiter::new(RateLimits::parse("submit_ip=2/60s").unwrap());
        assert!(limiter.check(Bucket::SubmitIp, "1.2.3.4").is_ok());
        assert!(limiter.check(Bucket::SubmitIp, "1.2.3.4").is_ok());
        let RetryAfter(wait) = limiter.check(Bucket::SubmitIp, "1.2.3.4").unwrap_err();
        assert!(wait <= Duration::from_secs(60) && wait >= Duration::from_secs(1));
        assert!(limiter.check(Bucket::SubmitIp, "5.6.7.8").is_ok(), "other clients are not affected");
        let off = Limiter::new(RateLimits::off());
        for _ in 0..100 {
            assert!(off.check(Bucket::SubmitIp, "1.2.3.4").is_ok());
        }
    }
}
