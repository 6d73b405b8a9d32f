//! Learners' PINs: only the Argon2 hash is kept, and every wrong PIN is recorded.

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreError};
use crate::domain::pin::{gate, hash_pin, pin_matches, wrong_at, Attempts, PinVerdict};

/// Whose PIN is being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinOwner {
    Champion,
    Learner(i64),
}

impl PinOwner {
    fn key(self) -> String {
        match self {
            PinOwner::Champion => "champion".to_owned(),
            PinOwner::Learner(id) => format!("learner:{id}"),
        }
    }

    fn learner_id(self) -> Option<i64> {
        match self {
            PinOwner::Champion => None,
            PinOwner::Learner(id) => Some(id),
        }
    }
}

impl Store {
    /// Sets the learner's PIN (checked: four digits), or removes it with `None` (as a
    /// champion does when a learner forgets theirs).
    pub fn set_learner_pin(&self, learner_id: i64, pin: Option<&str>) -> Result<(), StoreError> {
        let hash = pin.map(hash_pin).transpose()?;
        let tx = self.conn.unchecked_transaction()?;
        tx.execute("UPDATE learner SET pin_hash = ?2 WHERE id = ?1", params![learner_id, hash])?;
        // A new PIN (or none) ends any wait or lock on the old one.
        tx.execute("DELETE FROM pin_attempt WHERE pin = ?1", [PinOwner::Learner(learner_id).key()])?;
        tx.commit()?;
        Ok(())
    }

    /// Tries a PIN at `now` (seconds since 1970, from the caller's clock), under the
    /// rule of [`crate::domain::pin::gate`]: while a wait or a lock is on, the PIN is not
    /// even checked. A wrong one is counted; the right one clears the count.
    pub fn try_pin(&self, owner: PinOwner, pin: &str, now: i64) -> Result<PinVerdict, StoreError> {
        let attempts = self.pin_attempts(owner)?;
        if let Some(refused) = gate(attempts, now) {
            return Ok(refused);
        }
        let right = match owner {
            PinOwner::Champion => self.check_champion_pin(pin)?,
            PinOwner::Learner(id) => self.check_learner_pin(id, pin)?,
        };
        if right {
            self.conn.execute("DELETE FROM pin_attempt WHERE pin = ?1", [owner.key()])?;
            return Ok(PinVerdict::Right);
        }
        let (after, verdict) = wrong_at(attempts, now);
        self.conn.execute(
            "INSERT INTO pin_attempt (pin, learner_id, wrong, last_wrong) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (pin) DO UPDATE SET wrong = excluded.wrong, last_wrong = excluded.last_wrong",
            params![owner.key(), owner.learner_id(), after.wrong, after.last_wrong],
        )?;
        Ok(verdict)
    }

    /// The wrong PINs typed in a row for `owner`'s PIN.
    pub fn pin_attempts(&self, owner: PinOwner) -> Result<Attempts, StoreError> {
        let found = self
            .conn
            .query_row("SELECT wrong, last_wrong FROM pin_attempt WHERE pin = ?1", [owner.key()], |r| {
                Ok(Attempts { wrong: r.get(0)?, last_wrong: r.get(1)? })
            })
            .optional()?;
        Ok(found.unwrap_or_default())
    }

    /// Forgets the champion PIN and any lock on it (`signpost reset-champion-pin`): the
    /// next champion to sign in sets a new one.
    pub fn reset_champion_pin(&self) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        tx.execute("DELETE FROM hub_setting WHERE key = ?1", [super::champions::PIN_KEY])?;
        tx.execute("DELETE FROM pin_attempt WHERE pin = ?1", [PinOwner::Champion.key()])?;
        tx.commit()?;
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
    fn tries_wait_then_lock_and_a_reset_opens_again() {
        use crate::domain::pin::LOCK_AFTER;
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        store.set_learner_pin(ann.id, Some("4711")).unwrap();
        let owner = PinOwner::Learner(ann.id);
        let t = 1_000_000;
        assert_eq!(store.try_pin(owner, "0000", t).unwrap(), PinVerdict::Wrong);
        assert_eq!(store.try_pin(owner, "0000", t).unwrap(), PinVerdict::Wrong);
        assert_eq!(store.try_pin(owner, "0000", t).unwrap(), PinVerdict::Wait(30));
        // During the wait even the right PIN is not checked, and not counted.
        assert_eq!(store.try_pin(owner, "4711", t + 10).unwrap(), PinVerdict::Wait(20));
        assert_eq!(store.pin_failures(ann.id).unwrap(), 3);
        assert_eq!(store.try_pin(owner, "4711", t + 30).unwrap(), PinVerdict::Right);
        assert_eq!(store.pin_attempts(owner).unwrap().wrong, 0, "the right PIN clears the count");
        let mut now = t + 30;
        let mut last = PinVerdict::Right;
        for _ in 0..LOCK_AFTER {
            last = store.try_pin(owner, "0000", now).unwrap();
            now += 10_000;
        }
        assert_eq!(last, PinVerdict::Locked);
        assert_eq!(store.try_pin(owner, "4711", now + 1_000_000).unwrap(), PinVerdict::Locked);
        store.set_learner_pin(ann.id, None).unwrap();
        assert_eq!(store.try_pin(owner, "", now).unwrap(), PinVerdict::Right, "a champion's reset opens it");
        // The champion PIN has its own count, and its own reset.
        store.set_champion_pin("2468").unwrap();
        for _ in 0..LOCK_AFTER {
            store.try_pin(PinOwner::Champion, "1111", now).unwrap();
            now += 10_000;
        }
        assert_eq!(store.try_pin(PinOwner::Champion, "2468", now).unwrap(), PinVerdict::Locked);
        store.reset_champion_pin().unwrap();
        assert!(!store.has_champion_pin().unwrap());
        assert_eq!(store.pin_attempts(PinOwner::Champion).unwrap(), Attempts::default());
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
