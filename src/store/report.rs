//! The queries behind `signpost report`: totals for a span of time, never a row about
//! one learner. Also [`Backfill`], which writes events with the times given (for tests,
//! benchmarks and bringing in records from elsewhere).

use rusqlite::{params, OptionalExtension, Transaction};

use super::{Store, StoreError};

/// A span of time. Times are compared as saved: UTC, `2026-03-31T14:05:00.000Z`, so a
/// bound may be a whole date (`2026-03-31`) or a full time. No bound means no limit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Window {
    /// The first moment inside the window.
    pub start: Option<String>,
    /// The first moment after the window.
    pub end: Option<String>,
}

impl Window {
    /// The bounds as text to compare with: every saved time starts with a digit, so ""
    /// comes before all of them and DEL (0x7F) after.
    fn bounds(&self) -> (&str, &str) {
        (self.start.as_deref().unwrap_or(""), self.end.as_deref().unwrap_or("\u{7f}"))
    }
}

/// Counts of what happened in a window, over every learner.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Activity {
    /// Learners with at least one step in the window.
    pub learners_engaged: u64,
    /// Learners added in the window.
    pub new_learners: u64,
    /// Sessions started in the window.
    pub sessions: u64,
    /// Of those, sessions that have ended.
    pub sessions_ended: u64,
    /// Seconds from start to end of the ended sessions.
    pub session_seconds: u64,
    /// Sessions where the learner said whether it was useful, and where they said yes.
    pub useful_answers: u64,
    pub useful_yes: u64,
    /// Sessions where the learner said whether the champion helped, and where they said yes.
    pub helpful_answers: u64,
    pub helpful_yes: u64,
    /// How many answers gave each confidence score (1 to 5), before a course and after.
    pub confidence_before: [u64; 5],
    pub confidence_after: [u64; 5],
    /// Help asked for: hints, show me, do it for me.
    pub help: [u64; 3],
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

impl Store {
    /// The hub's name as its champions set it, or "" if they have not.
    pub fn report_hub_name(&self) -> Result<String, StoreError> {
        let name = self
            .conn
            .query_row("SELECT value FROM hub_setting WHERE key = 'hub_name'", [], |row| row.get(0))
            .optional()?;
        Ok(name.unwrap_or_default())
    }

    /// Everything but completions that happened in `window`.
    pub fn report_activity(&self, window: &Window) -> Result<Activity, StoreError> {
        let (start, end) = window.bounds();
        let mut a = Activity::default();
        let one = |sql: &str| -> Result<u64, StoreError> {
            Ok(count(self.conn.prepare_cached(sql)?.query_row(params![start, end], |row| row.get(0))?))
        };
        // One index search per learner (step_event_learner_at), not a sort of every step.
        a.learners_engaged = one("SELECT count(*) FROM learner l WHERE EXISTS (
                SELECT 1 FROM step_event s WHERE s.learner_id = l.id AND s.at >= ?1 AND s.at < ?2)")?;
        a.new_learners = one("SELECT count(*) FROM learner WHERE created_at >= ?1 AND created_at < ?2")?;
        let mut sessions = self.conn.prepare_cached(
            "SELECT count(*), count(ended_at),
                coalesce(sum(CASE WHEN ended_at IS NOT NULL THEN
                    max(0, CAST(round((julianday(ended_at) - julianday(started_at)) * 86400) AS INTEGER)) END), 0),
                count(useful), coalesce(sum(useful <> 0), 0), count(helpful), coalesce(sum(helpful <> 0), 0)
             FROM session WHERE started_at >= ?1 AND started_at < ?2",
        )?;
        let row: [i64; 7] = sessions.query_row(params![start, end], |row| {
            Ok([row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?])
        })?;
        let [sessions, ended, seconds, useful_answers, useful_yes, helpful_answers, helpful_yes] = row.map(count);
        a.sessions = sessions;
        a.sessions_ended = ended;
        a.session_seconds = seconds;
        (a.useful_answers, a.useful_yes, a.helpful_answers, a.helpful_yes) =
            (useful_answers, useful_yes, helpful_answers, helpful_yes);
        let mut confidence = self.conn.prepare_cached(
            "SELECT moment = 'after', score, count(*) FROM confidence
             WHERE at >= ?1 AND at < ?2 GROUP BY moment, score",
        )?;
        let rows = confidence.query_map(params![start, end], |row| {
            Ok((row.get::<_, bool>(0)?, row.get::<_, i64>(1)?, row.get::<_, i64>(2)?))
        })?;
        for row in rows {
            let (after, score, n) = row?;
            let scores = if after { &mut a.confidence_after } else { &mut a.confidence_before };
            if let Some(slot) = usize::try_from(score - 1).ok().and_then(|i| scores.get_mut(i)) {
                *slot = count(n);
            }
        }
        let mut help = self
            .conn
            .prepare_cached("SELECT level, count(*) FROM help_event WHERE at >= ?1 AND at < ?2 GROUP BY level")?;
        let rows = help.query_map(params![start, end], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?)))?;
        for row in rows {
            let (level, n) = row?;
            if let Some(slot) = usize::try_from(level - 1).ok().and_then(|i| a.help.get_mut(i)) {
                *slot = count(n);
            }
        }
        Ok(a)
    }

    /// Lessons first completed in `window`, counted once for each learner: `(course id,
    /// lesson id, learners)`. Doing a lesson again later does not count it again.
    pub fn report_lessons_completed(&self, window: &Window) -> Result<Vec<(String, String, u64)>, StoreError> {
        let (start, end) = window.bounds();
        let mut stmt = self.conn.prepare_cached(
            "SELECT course_id, lesson_id, count(*) FROM (
                SELECT course_id, lesson_id, min(at) AS first FROM completion_event
                WHERE at < ?2 GROUP BY learner_id, course_id, lesson_id
             ) WHERE first >= ?1 GROUP BY course_id, lesson_id ORDER BY course_id, lesson_id",
        )?;
        let rows = stmt.query_map(params![start, end], |row| Ok((row.get(0)?, row.get(1)?, count(row.get(2)?))))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Courses completed in `window`: `(course id, learners)`. A course is complete for a
    /// learner when they have completed every lesson `courses` gives it (course id,
    /// lesson ids), and counts in the window that holds the last of those completions.
    pub fn report_courses_completed(
        &self,
        window: &Window,
        courses: &[(String, Vec<String>)],
    ) -> Result<Vec<(String, u64)>, StoreError> {
        let (start, end) = window.bounds();
        let pairs: Vec<(&str, &str)> =
            courses.iter().flat_map(|(c, lessons)| lessons.iter().map(move |l| (c.as_str(), l.as_str()))).collect();
        let catalog = serde_json::to_string(&pairs).unwrap_or_else(|_| "[]".to_owned());
        let mut stmt = self.conn.prepare_cached(
            "WITH catalog (course_id, lesson_id) AS (
                SELECT DISTINCT value ->> 0, value ->> 1 FROM json_each(?3)
             ),
             size AS (SELECT course_id, count(*) AS lessons FROM catalog GROUP BY course_id),
             first AS (
                SELECT e.learner_id, e.course_id, min(e.at) AS at FROM completion_event e
                JOIN catalog k ON k.course_id = e.course_id AND k.lesson_id = e.lesson_id
                WHERE e.at < ?2 GROUP BY e.learner_id, e.course_id, e.lesson_id
             ),
             done AS (
                SELECT course_id, count(*) AS lessons, max(at) AS at FROM first GROUP BY learner_id, course_id
             )
             SELECT d.course_id, count(*) FROM done d JOIN size s ON s.course_id = d.course_id
             WHERE d.lessons = s.lessons AND d.at >= ?1 GROUP BY d.course_id ORDER BY d.course_id",
        )?;
        let rows = stmt.query_map(params![start, end, catalog], |row| Ok((row.get(0)?, count(row.get(1)?))))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

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
        self.run("INSERT INTO learner (name, created_at) VALUES (?1, ?2)", [name, at])
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

    /// A session with a champion; returns its id.
    pub fn session(&self, s: &PastSession<'_>) -> Result<i64, StoreError> {
        self.run(
            "INSERT INTO session (learner_id, started_at, ended_at, useful, helpful) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![s.learner_id, s.started_at, s.ended_at, s.useful, s.helpful],
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

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
