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

#[cfg(test)]
mod tests {
    use super::*;

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
