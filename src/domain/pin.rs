//! A learner's optional PIN: four digits, so nobody else opens their progress by
//! mistake. Only an Argon2 hash is kept, never the PIN itself.
//!
//! Four digits are 10,000 possibilities: the hash keeps the PIN from being read at a
//! glance from the database, but cannot stop a determined person with a copy of the
//! file. That is why PINs are never put in an exported learner file.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

/// How many digits a PIN has.
pub const PIN_DIGITS: usize = 4;

/// Why a typed PIN was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PinProblem {
    #[error("a PIN is 4 digits")]
    WrongLength,
    #[error("a PIN has only the digits 0 to 9")]
    NotDigits,
}

impl PinProblem {
    /// The message that explains the problem to a learner.
    pub fn message_id(self) -> &'static str {
        match self {
            PinProblem::WrongLength => "pin-problem-length",
            PinProblem::NotDigits => "pin-problem-digits",
        }
    }
}

/// Why a PIN could not be set or checked.
#[derive(Debug, thiserror::Error)]
pub enum PinError {
    #[error("{0}")]
    Invalid(#[from] PinProblem),
    #[error("the PIN could not be hashed: {0}")]
    Hash(argon2::password_hash::Error),
}

/// Whether digit `c` may be typed after `typed`: PINs are digits, and no longer than
/// [`PIN_DIGITS`]. The tutor's PIN pages use this as they are typed.
pub fn may_type(typed: &str, c: char) -> bool {
    c.is_ascii_digit() && typed.len() < PIN_DIGITS
}

/// Tidies a typed PIN (spaces around it are dropped) and checks it is four digits.
pub fn check_pin(typed: &str) -> Result<String, PinProblem> {
    let pin = typed.trim();
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinProblem::NotDigits);
    }
    if pin.len() != PIN_DIGITS {
        return Err(PinProblem::WrongLength);
    }
    Ok(pin.to_owned())
}

/// An Argon2id hash of a checked PIN, with a fresh random salt, as a PHC string.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    let pin = check_pin(pin)?;
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default().hash_password(pin.as_bytes(), &salt).map_err(PinError::Hash)?;
    Ok(hash.to_string())
}

/// Whether `typed` is the PIN that `hash` was made from. A damaged hash matches nothing.
pub fn pin_matches(typed: &str, hash: &str) -> bool {
    let Ok(pin) = check_pin(typed) else {
        return false;
    };
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(pin.as_bytes(), &parsed).is_ok())
}

/// Wrong PINs in a row that are simply "try again".
pub const FREE_TRIES: u32 = 3;
/// Wrong PINs in a row after which PIN entry is locked until a champion resets it
/// (`signpost learner reset-pin`, or `signpost reset-champion-pin` for the champion
/// PIN). With the waits between, guessing all 10,000 PINs is out of reach.
pub const LOCK_AFTER: u32 = 8;
/// The longest wait between tries, in seconds.
pub const LONGEST_WAIT: i64 = 15 * 60;

/// The wrong PINs typed in a row for one PIN, and when the last one was (seconds
/// since 1970, from the shell's clock: the rule itself never reads a clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Attempts {
    pub wrong: u32,
    pub last_wrong: i64,
}

/// What may be done with a PIN now, or what came of typing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinVerdict {
    /// The right PIN.
    Right,
    /// Not right: try again.
    Wrong,
    /// Not right (or tried too soon): wait this many seconds first.
    Wait(u64),
    /// Too many wrong tries: only a champion's reset opens it again.
    Locked,
}

/// How long to wait after the `wrong`-th wrong PIN in a row: nothing for the first
/// [`FREE_TRIES`], then 30 seconds, doubling each time, up to [`LONGEST_WAIT`].
pub fn wait_after(wrong: u32) -> i64 {
    if wrong < FREE_TRIES {
        return 0;
    }
    let doublings = (wrong - FREE_TRIES).min(10);
    (30_i64 << doublings).min(LONGEST_WAIT)
}

/// Whether a PIN may be tried at `now`, after `attempts`: `None` if it may, else what
/// to say instead (the PIN is then not even checked).
pub fn gate(attempts: Attempts, now: i64) -> Option<PinVerdict> {
    if attempts.wrong >= LOCK_AFTER {
        return Some(PinVerdict::Locked);
    }
    let until = attempts.last_wrong.saturating_add(wait_after(attempts.wrong));
    (now < until).then(|| PinVerdict::Wait(u64::try_from(until - now).unwrap_or(0)))
}

/// One more wrong PIN at `now`: the attempts after it, and what to say.
pub fn wrong_at(attempts: Attempts, now: i64) -> (Attempts, PinVerdict) {
    let after = Attempts { wrong: attempts.wrong.saturating_add(1), last_wrong: now };
    (after, gate(after, now).unwrap_or(PinVerdict::Wrong))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_pins_bring_growing_waits_then_a_lock() {
        let mut attempts = Attempts::default();
        let mut now = 1_000_000;
        let mut said = Vec::new();
        for _ in 0..LOCK_AFTER {
            assert_eq!(gate(attempts, now), None, "a PIN may be tried once any wait is over");
            let (after, verdict) = wrong_at(attempts, now);
            said.push(verdict);
            attempts = after;
            if let PinVerdict::Wait(seconds) = verdict {
                let seconds = i64::try_from(seconds).unwrap();
                assert_eq!(gate(attempts, now + seconds - 1), Some(PinVerdict::Wait(1)), "too soon");
                now += seconds;
            }
        }
        use PinVerdict::{Locked, Wait, Wrong};
        assert_eq!(said, [Wrong, Wrong, Wait(30), Wait(60), Wait(120), Wait(240), Wait(480), Locked]);
        assert_eq!(gate(attempts, now + 365 * 24 * 3600), Some(Locked), "a lock does not wear off");
    }

    #[test]
    fn waits_never_pass_the_longest() {
        assert_eq!(wait_after(0), 0);
        assert_eq!(wait_after(u32::MAX), LONGEST_WAIT);
        assert_eq!(
            gate(Attempts { wrong: 5, last_wrong: i64::MAX }, 0),
            Some(PinVerdict::Wait(u64::try_from(i64::MAX).unwrap()))
        );
    }

    #[test]
    fn pins_are_four_digits() {
        let cases: &[(&str, Result<&str, PinProblem>)] = &[
            ("1234", Ok("1234")),
            (" 0007 ", Ok("0007")),
            ("123", Err(PinProblem::WrongLength)),
            ("12345", Err(PinProblem::WrongLength)),
            ("", Err(PinProblem::WrongLength)),
            ("12a4", Err(PinProblem::NotDigits)),
            ("12 4", Err(PinProblem::NotDigits)),
            ("١٢٣٤", Err(PinProblem::NotDigits)),
        ];
        for (typed, expected) in cases {
            assert_eq!(check_pin(typed).as_deref().map_err(|e| *e), *expected, "{typed:?}");
        }
    }

    #[test]
    fn a_hash_matches_its_pin_only_and_never_contains_it() {
        let hash = hash_pin("2580").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("2580"));
        assert!(pin_matches("2580", &hash));
        assert!(pin_matches(" 2580", &hash));
        assert!(!pin_matches("2581", &hash));
        assert!(!pin_matches("abcd", &hash));
        assert!(!pin_matches("2580", "not a hash"));
        assert_ne!(hash_pin("2580").unwrap(), hash, "each hash has its own salt");
    }

    #[test]
    fn an_invalid_pin_is_not_hashed() {
        assert!(matches!(hash_pin("12"), Err(PinError::Invalid(PinProblem::WrongLength))));
    }
}
