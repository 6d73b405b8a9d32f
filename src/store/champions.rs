//! Champions, their PIN, sessions, and the questions asked in a session.

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreError};
use crate::domain::learner::{LastSession, Moment};

/// A digital champion: a volunteer who runs sessions with learners.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Champion {
    pub id: i64,
    pub name: String,
}

fn moment_key(moment: Moment) -> &'static str {
    match moment {
        Moment::Before => "before",
        Moment::After => "after",
    }
}

pub(super) const PIN_KEY: &str = "champion_pin_hash";

impl Store {
    /// Whether a champion PIN has been set on this computer.
    pub fn has_champion_pin(&self) -> Result<bool, StoreError> {
        Ok(self.hub_setting(PIN_KEY)?.is_some())
    }

    /// Sets the champion PIN (stored as an argon2 hash, never as it is).
    pub fn set_champion_pin(&self, pin: &str) -> Result<(), StoreError> {
        let hash = crate::domain::pin::hash_pin(pin)?;
        let tx = self.conn.unchecked_transaction()?;
        // A new PIN ends any wait or lock on the old one.
        tx.execute("DELETE FROM pin_attempt WHERE pin = 'champion'", [])?;
        tx.execute(
            "INSERT INTO hub_setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![PIN_KEY, hash],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Checks the champion PIN; a wrong one is counted.
    pub fn check_champion_pin(&self, pin: &str) -> Result<bool, StoreError> {
        let ok = self.hub_setting(PIN_KEY)?.is_some_and(|hash| crate::domain::pin::pin_matches(pin, &hash));
        if !ok {
            self.conn.execute("INSERT INTO pin_failure (who) VALUES ('champion')", [])?;
        }
        Ok(ok)
    }

    /// How many wrong champion PINs have been tried.
    pub fn champion_pin_failures(&self) -> Result<u32, StoreError> {
        Ok(self.conn.query_row("SELECT count(*) FROM pin_failure WHERE who = 'champion'", [], |r| r.get(0))?)
    }

    fn hub_setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.conn.query_row("SELECT value FROM hub_setting WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    /// Every champion, by name.
    pub fn champions(&self) -> Result<Vec<Champion>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id, name FROM champion ORDER BY name COLLATE NOCASE")?;
        let rows = stmt.query_map([], |r| Ok(Champion { id: r.get(0)?, name: r.get(1)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn add_champion(&self, name: &str) -> Result<Champion, StoreError> {
        self.conn.execute("INSERT INTO champion (name) VALUES (?1)", [name])?;
        Ok(Champion { id: self.conn.last_insert_rowid(), name: name.to_owned() })
    }

    /// Opens a session for a learner, with the champion running it (if one is signed in).
    pub fn start_session(&self, learner_id: i64, champion_id: Option<i64>) -> Result<i64, StoreError> {
        self.conn.execute(
            "INSERT INTO session (learner_id, champion_id) VALUES (?1, ?2)",
            params![learner_id, champion_id],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Closes a session with the learner's answers (None: not answered) and notes.
    pub fn end_session(
        &self,
        id: i64,
        useful: Option<bool>,
        helpful: Option<bool>,
        notes: &str,
    ) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            "UPDATE session SET ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), useful = ?2, helpful = ?3, notes = ?4
             WHERE id = ?1 AND learner_id IN (SELECT id FROM learner WHERE name <> '')",
            params![id, useful, helpful, notes],
        )?;
        // The session's learner was erased (`signpost learner erase`): their session is
        // kept, with no name, only as a count, and nothing more is written to it.
        if changed == 0 {
            return Err(StoreError::LearnerGone);
        }
        Ok(())
    }

    /// Records how confident a learner feels about a course (1 to 5), before or after.
    pub fn record_confidence(
        &self,
        learner_id: i64,
        course_id: &str,
        moment: Moment,
        score: u8,
    ) -> Result<(), StoreError> {
        super::require_learner(&self.conn, learner_id)?;
        self.conn.execute(
            "INSERT INTO confidence (learner_id, course_id, moment, score) VALUES (?1, ?2, ?3, ?4)",
            params![learner_id, course_id, moment_key(moment), score],
        )?;
        Ok(())
    }

    /// The courses a learner has already been asked about, before and after.
    pub fn confidence_asked(&self, learner_id: i64) -> Result<Vec<(String, Moment)>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT DISTINCT course_id, moment FROM confidence WHERE learner_id = ?1")?;
        let rows = stmt.query_map([learner_id], |r| {
            let moment: String = r.get(1)?;
            Ok((r.get(0)?, if moment == "after" { Moment::After } else { Moment::Before }))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Store {
    /// Saves a learner's skills check answers (skill key, `can`/`help`/`learn`) and the
    /// learning plan made from them, replacing any before.
    pub fn save_plan(
        &self,
        learner_id: i64,
        answers: &[(&str, &str)],
        plan: &[(String, String)],
    ) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        super::require_learner(&tx, learner_id)?;
        tx.execute("DELETE FROM skills_answer WHERE learner_id = ?1", [learner_id])?;
        for (skill, answer) in answers {
            tx.execute(
                "INSERT INTO skills_answer (learner_id, skill, answer) VALUES (?1, ?2, ?3)",
                params![learner_id, skill, answer],
            )?;
        }
        write_plan(&tx, learner_id, plan)?;
        tx.commit()?;
        Ok(())
    }

    /// The learner's last session that ended: when, the lessons they reached a step of,
    /// the notes left and the help asked for in it.
    pub fn last_session(&self, learner_id: i64) -> Result<Option<LastSession>, StoreError> {
        let last = self
            .conn
            .query_row(
                "SELECT started_at, ended_at, notes FROM session
                 WHERE learner_id = ?1 AND ended_at IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT 1",
                [learner_id],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?)),
            )
            .optional()?;
        let Some((started_at, ended_at, notes)) = last else { return Ok(None) };
        let window = params![learner_id, started_at, ended_at];
        let mut steps = self.conn.prepare(
            "SELECT course_id, lesson_id FROM step_event WHERE learner_id = ?1 AND at >= ?2 AND at <= ?3
             GROUP BY course_id, lesson_id ORDER BY min(at)",
        )?;
        let lessons = steps.query_map(window, |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<Result<_, _>>()?;
        let mut help = [0; 3];
        let mut levels = self.conn.prepare(
            "SELECT level, count(*) FROM help_event WHERE learner_id = ?1 AND at >= ?2 AND at <= ?3 GROUP BY level",
        )?;
        for row in levels.query_map(window, |row| Ok((row.get::<_, i64>(0)?, row.get::<_, u32>(1)?)))? {
            let (level, n) = row?;
            if let Some(slot) = usize::try_from(level - 1).ok().and_then(|i| help.get_mut(i)) {
                *slot = n;
            }
        }
        Ok(Some(LastSession { started_at, lessons, notes, help }))
    }

    /// Keeps what matters most to the learner (its place in the list of reasons).
    pub fn set_reason(&self, learner_id: i64, reason: usize) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            "UPDATE learner SET reason = ?2 WHERE id = ?1",
            params![learner_id, i64::try_from(reason).unwrap_or(i64::MAX)],
        )?;
        if changed == 0 {
            return Err(StoreError::LearnerGone);
        }
        Ok(())
    }

    /// Keeps one skills-check answer as it is given (a later answer replaces it).
    pub fn save_skill_answer(&self, learner_id: i64, skill: &str, answer: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO skills_answer (learner_id, skill, answer) VALUES (?1, ?2, ?3)",
            params![learner_id, skill, answer],
        )?;
        Ok(())
    }

    /// A learner's skills-check answers: (question id, answer key).
    pub fn skills_answers(&self, learner_id: i64) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT skill, answer FROM skills_answer WHERE learner_id = ?1")?;
        let rows = stmt.query_map([learner_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Replaces a learner's learning plan (when they change it), keeping their answers.
    pub fn set_plan(&self, learner_id: i64, plan: &[(String, String)]) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        super::require_learner(&tx, learner_id)?;
        write_plan(&tx, learner_id, plan)?;
        tx.commit()?;
        Ok(())
    }

    /// A learner's learning plan, in order.
    pub fn plan(&self, learner_id: i64) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt =
            self.conn.prepare("SELECT course_id, lesson_id FROM plan_item WHERE learner_id = ?1 ORDER BY position")?;
        let rows = stmt.query_map([learner_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Replaces the plan rows of a learner, in order.
fn write_plan(conn: &rusqlite::Connection, learner_id: i64, plan: &[(String, String)]) -> Result<(), StoreError> {
    conn.execute("DELETE FROM plan_item WHERE learner_id = ?1", [learner_id])?;
    for (position, (course, lesson)) in plan.iter().enumerate() {
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        conn.execute(
            "INSERT INTO plan_item (learner_id, position, course_id, lesson_id) VALUES (?1, ?2, ?3, ?4)",
            params![learner_id, position, course, lesson],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_champion_pin_is_hashed_checked_and_wrong_tries_counted() {
        let store = Store::open_in_memory().unwrap();
        assert!(!store.has_champion_pin().unwrap());
        assert!(!store.check_champion_pin("1234").unwrap(), "no PIN set: nothing matches");
        store.set_champion_pin("2468").unwrap();
        let stored: String =
            store.conn.query_row("SELECT value FROM hub_setting WHERE key = ?1", [PIN_KEY], |r| r.get(0)).unwrap();
        assert!(stored.starts_with("$argon2") && !stored.contains("2468"), "{stored}");
        assert!(store.check_champion_pin("2468").unwrap());
        assert!(!store.check_champion_pin("1111").unwrap());
        assert_eq!(store.champion_pin_failures().unwrap(), 2);
    }

    #[test]
    fn the_last_session_is_the_latest_ended_one_with_its_lessons_notes_and_help() {
        let store = Store::open_in_memory().unwrap();
        let w = store.backfill().unwrap();
        let ann = w.learner("Ann", "2026-03-01T09:00:00.000Z").unwrap();
        let session = |started_at, ended_at| crate::store::PastSession {
            learner_id: ann,
            started_at,
            ended_at,
            ..crate::store::PastSession::default()
        };
        w.session(&session("2026-03-02T10:00:00.000Z", Some("2026-03-02T11:00:00.000Z"))).unwrap();
        w.session(&session("2026-03-09T10:00:00.000Z", Some("2026-03-09T11:00:00.000Z"))).unwrap();
        w.session(&session("2026-03-16T10:00:00.000Z", None)).unwrap(); // still open: not the last
        w.step(ann, "email", "inbox", "open", "2026-03-02T10:10:00.000Z").unwrap();
        w.step(ann, "email", "reply", "type", "2026-03-09T10:30:00.000Z").unwrap();
        w.step(ann, "email", "inbox", "open", "2026-03-09T10:05:00.000Z").unwrap();
        w.help(ann, "email", "reply", 1, "2026-03-09T10:31:00.000Z").unwrap();
        w.help(ann, "email", "reply", 3, "2026-03-09T10:32:00.000Z").unwrap();
        w.help(ann, "email", "inbox", 2, "2026-03-02T10:11:00.000Z").unwrap();
        w.commit().unwrap();
        store
            .conn
            .execute("UPDATE session SET notes = 'Bring glasses' WHERE started_at LIKE '2026-03-09%'", [])
            .unwrap();
        let last = store.last_session(ann).unwrap().expect("a session ended");
        assert_eq!(last.started_at, "2026-03-09T10:00:00.000Z");
        let lessons = [("email".to_owned(), "inbox".to_owned()), ("email".to_owned(), "reply".to_owned())];
        assert_eq!(last.lessons, lessons, "in the order first reached that day");
        assert_eq!((last.notes.as_str(), last.help), ("Bring glasses", [1, 0, 1]));
        let bob = store.add_learner("Bob").unwrap();
        assert_eq!(store.last_session(bob.id).unwrap(), None);
    }

    #[test]
    fn what_matters_most_is_kept_for_the_next_skills_check() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        assert_eq!(store.progress(ann.id).unwrap().reason, None);
        store.set_reason(ann.id, 2).unwrap();
        assert_eq!(store.progress(ann.id).unwrap().reason, Some(2));
        store.erase_learner(ann.id).unwrap();
        assert!(store.set_reason(ann.id, 1).is_err_and(|e| e.learner_gone()), "not for a learner erased");
    }

    #[test]
    fn a_plan_is_saved_in_order_and_replaced() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        let plan = vec![("email".to_owned(), "your-inbox".to_owned()), ("gs".to_owned(), "keys".to_owned())];
        store.save_plan(ann.id, &[("communicating", "help")], &plan).unwrap();
        assert_eq!(store.plan(ann.id).unwrap(), plan);
        store.save_plan(ann.id, &[("communicating", "can")], &[]).unwrap();
        assert!(store.plan(ann.id).unwrap().is_empty());
    }

    #[test]
    fn sessions_record_champion_answers_and_notes() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        let sue = store.add_champion("Sue").unwrap();
        assert_eq!(store.champions().unwrap(), std::slice::from_ref(&sue));
        let session = store.start_session(ann.id, Some(sue.id)).unwrap();
        store.end_session(session, Some(true), Some(false), "Practised email.").unwrap();
        let row: (i64, Option<bool>, Option<bool>, String, bool) = store
            .conn
            .query_row("SELECT champion_id, useful, helpful, notes, ended_at IS NOT NULL FROM session", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .unwrap();
        assert_eq!(row, (sue.id, Some(true), Some(false), "Practised email.".to_owned(), true));
        store.record_confidence(ann.id, "email", Moment::Before, 2).unwrap();
        assert_eq!(store.confidence_asked(ann.id).unwrap(), [("email".to_owned(), Moment::Before)]);
        assert!(store.record_confidence(ann.id, "email", Moment::After, 6).is_err(), "scores are 1 to 5");
    }
}
