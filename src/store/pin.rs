//! Learners' PINs: only the Argon2 hash is kept, and every wrong PIN is recorded.

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreError};
use crate::domain::pin::{hash_pin, pin_matches};

impl Store {
    /// Sets the learner's PIN (checked: four digits), or removes it with `None` (as a
    /// champion does when a learner forgets theirs).
    pub fn set_learner_pin(&self, learner_id: i64, pin: Option<&str>) -> Result<(), StoreError> {
        let hash = pin.map(hash_pin).transpose()?;
        self.conn.execute("UPDATE learner SET pin_hash = ?2 WHERE id = ?1", params![learner_id, hash])?;
        Ok(())
    }

    /// Whether the learner has a PIN.
    pub fn learner_has_pin(&self, learner_id: i64) -> Result<bool, StoreError> {
        Ok(self.pin_hash(learner_id)?.flatten().is_some())
    }

    /// Whether `pin` opens the learner's progress. A learner without a PIN needs none,
    /// so anything opens it (and nothing opens a learner who does not exist). A wrong
    /// PIN is recorded in `pin_failure`.
    pub fn check_learner_pin(&self, learner_id: i64, pin: &str) -> Result<bool, StoreError> {
        let Some(hash) = self.pin_hash(learner_id)? else {
            return Ok(false);
        };
        let Some(hash) = hash else {
            return Ok(true);
        };
        if pin_matches(pin, &hash) {
            return Ok(true);
        }
        self.conn.execute("INSERT INTO pin_failure (who, learner_id) VALUES ('learner', ?1)", [learner_id])?;
        Ok(false)
    }

    /// How many wrong PINs have been typed for the learner.
    pub fn pin_failures(&self, learner_id: i64) -> Result<u32, StoreError> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM pin_failure WHERE who = 'learner' AND learner_id = ?1",
            [learner_id],
            |r| r.get(0),
        )?)
    }

    /// The learner's PIN hash: `None` if there is no such learner, `Some(None)` if they
    /// have no PIN.
    fn pin_hash(&self, learner_id: i64) -> Result<Option<Option<String>>, StoreError> {
        Ok(self.conn.query_row("SELECT pin_hash FROM learner WHERE id = ?1", [learner_id], |r| r.get(0)).optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pin::{PinError, PinProblem};

    #[test]
    fn a_pin_is_stored_only_as_a_hash_and_checked() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        assert!(!store.learner_has_pin(ann.id).unwrap());
        assert!(store.check_learner_pin(ann.id, "0000").unwrap(), "no PIN, nothing to check");
        store.set_learner_pin(ann.id, Some("4711")).unwrap();
        let stored: String = store.conn.query_row("SELECT pin_hash FROM learner", [], |r| r.get(0)).unwrap();
        assert!(stored.starts_with("$argon2") && !stored.contains("4711"), "{stored}");
        assert!(store.learner_has_pin(ann.id).unwrap());
        assert!(store.check_learner_pin(ann.id, "4711").unwrap());
        assert_eq!(store.pin_failures(ann.id).unwrap(), 0);
    }

    #[test]
    fn wrong_pins_are_refused_and_counted_for_that_learner() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        let bob = store.add_learner("Bob").unwrap();
        store.set_learner_pin(ann.id, Some("4711")).unwrap();
        store.set_learner_pin(bob.id, Some("1234")).unwrap();
        assert!(!store.check_learner_pin(ann.id, "1234").unwrap());
        assert!(!store.check_learner_pin(ann.id, "abc").unwrap());
        assert_eq!(store.pin_failures(ann.id).unwrap(), 2);
        assert_eq!(store.pin_failures(bob.id).unwrap(), 0);
        assert!(!store.check_learner_pin(999, "1234").unwrap(), "nobody to open");
        let who: String = store.conn.query_row("SELECT DISTINCT who FROM pin_failure", [], |r| r.get(0)).unwrap();
        assert_eq!(who, "learner");
    }

    #[test]
    fn a_champion_can_reset_a_pin_and_bad_pins_are_not_set() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        store.set_learner_pin(ann.id, Some("4711")).unwrap();
        assert!(matches!(
            store.set_learner_pin(ann.id, Some("47")),
            Err(StoreError::Pin(PinError::Invalid(PinProblem::WrongLength)))
        ));
        assert!(store.check_learner_pin(ann.id, "4711").unwrap(), "a bad new PIN leaves the old one");
        store.set_learner_pin(ann.id, None).unwrap();
        assert!(!store.learner_has_pin(ann.id).unwrap());
        assert!(store.check_learner_pin(ann.id, "9999").unwrap());
    }
}
