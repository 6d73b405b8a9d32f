//! Reading and writing learners and progress.

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreError};
use crate::domain::learner::{Learner, LessonProgress, Progress};

impl Store {
    /// Every learner on this computer, in alphabetical order (not the nameless rows that
    /// keep erased learners' past figures).
    pub fn learners(&self) -> Result<Vec<Learner>, StoreError> {
        let mut stmt =
            self.conn.prepare("SELECT id, name FROM learner WHERE name <> '' ORDER BY name COLLATE NOCASE, id")?;
        let rows = stmt.query_map([], |row| Ok(Learner { id: row.get(0)?, name: row.get(1)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds a learner; the name has already been checked by [`crate::domain::learner::check_name`].
    pub fn add_learner(&self, name: &str) -> Result<Learner, StoreError> {
        self.conn.execute("INSERT INTO learner (name, uid) VALUES (?1, lower(hex(randomblob(16))))", [name])?;
        Ok(Learner { id: self.conn.last_insert_rowid(), name: name.to_owned() })
    }

    /// Everything `learner_id` has done, and the lesson to carry on with.
    pub fn progress(&self, learner_id: i64) -> Result<Progress, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT course_id, lesson_id, step_id, in_progress, completed_at IS NOT NULL
             FROM lesson_progress WHERE learner_id = ?1",
        )?;
        let rows = stmt.query_map([learner_id], |row| {
            let key: (String, String) = (row.get(0)?, row.get(1)?);
            let progress = LessonProgress { step_id: row.get(2)?, in_progress: row.get(3)?, completed: row.get(4)? };
            Ok((key, progress))
        })?;
        let lessons = rows.collect::<Result<_, _>>()?;
        let resume = self
            .conn
            .query_row(
                "SELECT course_id, lesson_id FROM lesson_progress
                 WHERE learner_id = ?1 AND in_progress = 1 ORDER BY touch DESC LIMIT 1",
                [learner_id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let confidence_asked = self.confidence_asked(learner_id)?;
        let plan = self.plan(learner_id)?;
        let skills = self.skills_answers(learner_id)?;
        let last_session = self.last_session(learner_id)?;
        let milestones = self.milestones(learner_id)?;
        let reason: Option<i64> = self
            .conn
            .query_row("SELECT reason FROM learner WHERE id = ?1", [learner_id], |r| r.get(0))
            .optional()?
            .flatten();
        let reason = reason.and_then(|r| usize::try_from(r).ok());
        Ok(Progress { lessons, resume, confidence_asked, plan, skills, last_session, milestones, reason })
    }

    /// Records that the learner is now on `step_id` of a lesson, and (for the hub's
    /// reports) that they reached it: both rows in one transaction, committed at once,
    /// so a kill between them can never leave the two disagreeing.
    pub fn save_step(
        &self,
        learner_id: i64,
        course_id: &str,
        lesson_id: &str,
        step_id: &str,
    ) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        super::require_learner(&tx, learner_id)?;
        tx.execute(
            "INSERT INTO step_event (learner_id, course_id, lesson_id, step_id) VALUES (?1, ?2, ?3, ?4)",
            params![learner_id, course_id, lesson_id, step_id],
        )?;
        super::fault::between_writes()?;
        tx.execute(
            "INSERT INTO lesson_progress (learner_id, course_id, lesson_id, step_id, touch)
             VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(touch), 0) + 1 FROM lesson_progress))
             ON CONFLICT (learner_id, course_id, lesson_id) DO UPDATE SET
                step_id = excluded.step_id, in_progress = 1, touch = excluded.touch,
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            params![learner_id, course_id, lesson_id, step_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records that the learner asked for help on a practice step, at `level`.
    pub fn record_help(
        &self,
        learner_id: i64,
        course_id: &str,
        lesson_id: &str,
        step_id: &str,
        level: u8,
    ) -> Result<(), StoreError> {
        super::require_learner(&self.conn, learner_id)?;
        self.conn.execute(
            "INSERT INTO help_event (learner_id, course_id, lesson_id, step_id, level) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![learner_id, course_id, lesson_id, step_id, level],
        )?;
        Ok(())
    }

    /// How often a learner used each level of help: `[hints, show me, do it for me]`.
    pub fn help_used(&self, learner_id: i64) -> Result<[u32; 3], StoreError> {
        let mut counts = [0; 3];
        let mut stmt =
            self.conn.prepare("SELECT level, count(*) FROM help_event WHERE learner_id = ?1 GROUP BY level")?;
        let rows = stmt.query_map([learner_id], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, u32>(1)?)))?;
        for row in rows {
            let (level, count) = row?;
            if let Some(slot) = usize::try_from(level - 1).ok().and_then(|i| counts.get_mut(i)) {
                *slot = count;
            }
        }
        Ok(counts)
    }

    /// Records that the learner reached the end of a lesson: the event and the progress
    /// row in one transaction, so "lessons finished" and the home screen always agree.
    pub fn complete_lesson(&self, learner_id: i64, course_id: &str, lesson_id: &str) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        super::require_learner(&tx, learner_id)?;
        tx.execute(
            "INSERT INTO completion_event (learner_id, course_id, lesson_id) VALUES (?1, ?2, ?3)",
            params![learner_id, course_id, lesson_id],
        )?;
        super::fault::between_writes()?;
        tx.execute(
            "UPDATE lesson_progress SET in_progress = 0,
                completed_at = coalesce(completed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             WHERE learner_id = ?1 AND course_id = ?2 AND lesson_id = ?3",
            params![learner_id, course_id, lesson_id],
        )?;
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: &str, l: &str) -> (String, String) {
        (c.to_owned(), l.to_owned())
    }

    #[test]
    fn every_step_reached_is_an_event_for_the_reports() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        store.save_step(ann.id, "gs", "a", "1").unwrap();
        store.save_step(ann.id, "gs", "a", "2").unwrap();
        store.complete_lesson(ann.id, "gs", "a").unwrap();
        let count = |table: &str| -> i64 {
            store.conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
        };
        assert_eq!((count("step_event"), count("completion_event")), (2, 1));
    }

    #[test]
    fn learners_come_back_in_name_order() {
        let store = Store::open_in_memory().unwrap();
        store.add_learner("mary").unwrap();
        store.add_learner("Ann").unwrap();
        let names: Vec<_> = store.learners().unwrap().into_iter().map(|l| l.name).collect();
        assert_eq!(names, ["Ann", "mary"]);
    }

    #[test]
    fn resume_is_the_latest_unfinished_lesson_at_its_step() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        store.save_step(ann.id, "gs", "tutor", "welcome").unwrap();
        store.save_step(ann.id, "gs", "tutor", "help").unwrap();
        store.complete_lesson(ann.id, "gs", "tutor").unwrap();
        store.save_step(ann.id, "gs", "keyboard", "enter").unwrap();
        store.save_step(ann.id, "gs", "keyboard", "space").unwrap();
        let progress = store.progress(ann.id).unwrap();
        assert_eq!(progress.resume, Some(key("gs", "keyboard")));
        let keyboard = progress.lesson("gs", "keyboard").unwrap();
        assert_eq!((keyboard.step_id.as_str(), keyboard.in_progress, keyboard.completed), ("space", true, false));
        let tutor = progress.lesson("gs", "tutor").unwrap();
        assert_eq!((tutor.in_progress, tutor.completed), (false, true));
    }

    #[test]
    fn going_back_to_an_older_lesson_makes_it_the_one_to_resume() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        store.save_step(ann.id, "gs", "a", "1").unwrap();
        store.save_step(ann.id, "gs", "b", "1").unwrap();
        store.save_step(ann.id, "gs", "a", "2").unwrap();
        assert_eq!(store.progress(ann.id).unwrap().resume, Some(key("gs", "a")));
    }

    #[test]
    fn finishing_everything_leaves_nothing_to_resume_and_learners_are_kept_apart() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        let bob = store.add_learner("Bob").unwrap();
        store.save_step(ann.id, "gs", "a", "1").unwrap();
        store.complete_lesson(ann.id, "gs", "a").unwrap();
        store.save_step(bob.id, "gs", "a", "3").unwrap();
        assert_eq!(store.progress(ann.id).unwrap().resume, None);
        assert_eq!(store.progress(bob.id).unwrap().resume, Some(key("gs", "a")));
        assert!(store.progress(bob.id).unwrap().lesson("gs", "a").is_some_and(|p| !p.completed));
    }

    #[test]
    fn progress_survives_closing_and_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let id = {
            let store = Store::open(dir.path()).unwrap();
            let ann = store.add_learner("Ann").unwrap();
            store.save_step(ann.id, "gs", "keyboard", "shift").unwrap();
            ann.id
        };
        let store = Store::open(dir.path()).unwrap();
        let progress = store.progress(id).unwrap();
        assert_eq!(progress.lesson("gs", "keyboard").unwrap().step_id, "shift");
    }

    #[test]
    fn help_used_is_counted_by_level() {
        let store = Store::open_in_memory().unwrap();
        let ann = store.add_learner("Ann").unwrap();
        let bob = store.add_learner("Bob").unwrap();
        for level in [1, 2, 3, 3] {
            store.record_help(ann.id, "email", "reply", "reply", level).unwrap();
        }
        store.record_help(bob.id, "email", "reply", "reply", 1).unwrap();
        assert_eq!(store.help_used(ann.id).unwrap(), [1, 1, 2]);
        assert_eq!(store.help_used(bob.id).unwrap(), [1, 0, 0]);
        assert!(store.record_help(ann.id, "email", "reply", "reply", 4).is_err(), "levels are 1 to 3");
    }
}
