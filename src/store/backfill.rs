//! Writing learners and events with the times given, for tests, benchmarks and
//! bringing in records kept elsewhere. Everything is one transaction.

use rusqlite::{params, Transaction};

use super::{Store, StoreError};

impl Store {
    /// A writer for events at times of the caller's choosing, all in one transaction:
    /// nothing is kept unless [`Backfill::commit`] is called.
    pub fn backfill(&self) -> Result<Backfill<'_>, StoreError> {
        Ok(Backfill { tx: self.conn.unchecked_transaction()? })
    }
}

/// A session as [`Backfill::session`] records it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PastSession<'a> {
    pub learner_id: i64,
    /// The champion signed in, from [`Backfill::champion`]; None: the learner alone.
    pub champion_id: Option<i64>,
    pub started_at: &'a str,
    pub ended_at: Option<&'a str>,
    pub useful: Option<bool>,
    pub helpful: Option<bool>,
}

/// Writes learners and events with given times (`2026-03-31T14:05:00.000Z`). See
/// [`Store::backfill`].
pub struct Backfill<'a> {
    tx: Transaction<'a>,
}

impl Backfill<'_> {
    fn run(&self, sql: &str, values: impl rusqlite::Params) -> Result<i64, StoreError> {
        self.tx.prepare_cached(sql)?.execute(values)?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Names the hub, for the top of its reports.
    pub fn hub_name(&self, name: &str) -> Result<(), StoreError> {
        self.run("INSERT OR REPLACE INTO hub_setting (key, value) VALUES ('hub_name', ?1)", [name])?;
        Ok(())
    }

    /// Adds a learner who joined at `at`; returns their id.
    pub fn learner(&self, name: &str, at: &str) -> Result<i64, StoreError> {
        self.run("INSERT INTO learner (name, created_at, uid) VALUES (?1, ?2, lower(hex(randomblob(16))))", [name, at])
    }

    /// A step the learner reached.
    pub fn step(&self, learner_id: i64, course: &str, lesson: &str, step: &str, at: &str) -> Result<(), StoreError> {
        self.run(
            "INSERT INTO step_event (learner_id, course_id, lesson_id, step_id, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![learner_id, course, lesson, step, at],
        )?;
        Ok(())
    }

    /// A lesson the learner completed.
    pub fn completion(&self, learner_id: i64, course: &str, lesson: &str, at: &str) -> Result<(), StoreError> {
        self.run(
            "INSERT INTO completion_event (learner_id, course_id, lesson_id, at) VALUES (?1, ?2, ?3, ?4)",
            params![learner_id, course, lesson, at],
        )?;
        Ok(())
    }

    /// Adds a champion (no PIN); returns their id.
    pub fn champion(&self, name: &str) -> Result<i64, StoreError> {
        self.run("INSERT INTO champion (name) VALUES (?1)", [name])
    }

    /// A session, with a champion or the learner alone; returns its id.
    pub fn session(&self, s: &PastSession<'_>) -> Result<i64, StoreError> {
        self.run(
            "INSERT INTO session (learner_id, champion_id, started_at, ended_at, useful, helpful)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![s.learner_id, s.champion_id, s.started_at, s.ended_at, s.useful, s.helpful],
        )
    }

    /// How confident the learner felt (1 to 5) `before` or after a course.
    pub fn confidence(
        &self,
        learner_id: i64,
        course: &str,
        before: bool,
        score: u8,
        at: &str,
    ) -> Result<(), StoreError> {
        let moment = if before { "before" } else { "after" };
        self.run(
            "INSERT INTO confidence (learner_id, course_id, moment, score, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![learner_id, course, moment, score, at],
        )?;
        Ok(())
    }

    /// Help asked for at `level` (1 hint, 2 show me, 3 do it for me).
    pub fn help(&self, learner_id: i64, course: &str, lesson: &str, level: u8, at: &str) -> Result<(), StoreError> {
        self.run(
            "INSERT INTO help_event (learner_id, course_id, lesson_id, step_id, level, at)
             VALUES (?1, ?2, ?3, '', ?4, ?5)",
            params![learner_id, course, lesson, level, at],
        )?;
        Ok(())
    }

    /// Keeps everything written.
    pub fn commit(self) -> Result<(), StoreError> {
        Ok(self.tx.commit()?)
    }
}
