//! One anonymised row for each learner, for the spreadsheet of `signpost report --xlsx`:
//! no name, no notes and no id, only the month they joined and what they did in a
//! window. Rows are sorted by what they hold, so their order says nothing about who
//! joined first within a month.

use std::collections::HashMap;

use rusqlite::params;

use super::report::Window;
use super::{Store, StoreError};

/// What one learner did in a window.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct LearnerRow {
    /// The month they joined, `YYYY-MM`, in the hub's time zone.
    pub joined: String,
    /// Lessons first completed in the window, and courses whose last lesson was.
    pub lessons_completed: u64,
    pub courses_completed: u64,
    /// Sessions started in the window, with a champion or alone.
    pub sessions: u64,
    /// Their first confidence answer before a course in the window, and their last after.
    pub confidence_before: Option<u8>,
    pub confidence_after: Option<u8>,
    /// Help asked for on practice screens in the window, at any level.
    pub help: u64,
}

/// Each learner who joined or did anything in the window, with the figures kept in
/// SQL; ids are read only to join in completions, and never leave this file. Each
/// figure is grouped once over the window (no search per learner of tables that have
/// no index by learner); for confidence, SQLite gives the score of the row with the
/// `min` or `max` time.
const ROWS: &str = "WITH w(start, stop) AS (SELECT ?1, ?2),
    s AS (SELECT learner_id, count(*) AS n FROM session, w
        WHERE started_at >= start AND started_at < stop GROUP BY learner_id),
    h AS (SELECT learner_id, count(*) AS n FROM help_event, w WHERE at >= start AND at < stop GROUP BY learner_id),
    b AS (SELECT learner_id, score, min(at) FROM confidence, w
        WHERE moment = 'before' AND at >= start AND at < stop GROUP BY learner_id),
    a AS (SELECT learner_id, score, max(at) FROM confidence, w
        WHERE moment = 'after' AND at >= start AND at < stop GROUP BY learner_id),
    active AS (
        SELECT id AS learner_id FROM learner, w WHERE created_at >= start AND created_at < stop
        UNION SELECT learner_id FROM step_event, w WHERE at >= start AND at < stop
        UNION SELECT learner_id FROM completion_event, w WHERE at >= start AND at < stop
        UNION SELECT learner_id FROM s UNION SELECT learner_id FROM h
        UNION SELECT learner_id FROM b UNION SELECT learner_id FROM a)
    SELECT l.id, coalesce(strftime('%Y-%m', l.created_at, 'localtime'), ''), coalesce(s.n, 0), b.score, a.score,
        coalesce(h.n, 0)
    FROM active JOIN learner l ON l.id = active.learner_id
    LEFT JOIN s ON s.learner_id = l.id LEFT JOIN h ON h.learner_id = l.id
    LEFT JOIN b ON b.learner_id = l.id LEFT JOIN a ON a.learner_id = l.id";

/// When each learner first completed each lesson, up to the end of the window.
const FIRST_COMPLETIONS: &str = "SELECT learner_id, course_id, lesson_id, min(at) FROM completion_event
    WHERE at < ?1 GROUP BY learner_id, course_id, lesson_id";

/// A learner's first completions: course id to (lesson id, when).
type Firsts = HashMap<String, Vec<(String, String)>>;

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// Lessons first completed from `start` on, and courses (id, lesson ids) whose every
/// lesson is completed with the last of them from `start` on: counted as the report's
/// totals count them, so the rows add up to the totals.
fn completed(firsts: Option<&Firsts>, start: &str, courses: &[(String, Vec<String>)]) -> (u64, u64) {
    let Some(firsts) = firsts else { return (0, 0) };
    let lessons = firsts.values().flatten().filter(|(_, at)| at.as_str() >= start).count();
    let done = courses
        .iter()
        .filter(|(course, lessons)| {
            let got = firsts.get(course).map(Vec::as_slice).unwrap_or_default();
            let when: Option<Vec<&str>> =
                lessons.iter().map(|lesson| got.iter().find(|(l, _)| l == lesson).map(|(_, at)| at.as_str())).collect();
            when.is_some_and(|w| !w.is_empty() && w.iter().max().is_some_and(|last| *last >= start))
        })
        .count();
    (lessons as u64, done as u64)
}

impl Store {
    /// A row for each learner who joined or did anything in `window`; `courses` gives
    /// each course's lesson ids, for courses completed.
    pub fn report_learner_rows(
        &self,
        window: &Window,
        courses: &[(String, Vec<String>)],
    ) -> Result<Vec<LearnerRow>, StoreError> {
        let (start, end) = window.bounds();
        let mut firsts: HashMap<i64, Firsts> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(FIRST_COMPLETIONS)?;
        let rows = stmt.query_map([end], |row| Ok((row.get::<_, i64>(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))?;
        for row in rows {
            let (learner, course, lesson, at): (i64, String, String, String) = row?;
            firsts.entry(learner).or_default().entry(course).or_default().push((lesson, at));
        }
        let score = |n: Option<i64>| n.and_then(|n| u8::try_from(n).ok());
        let mut stmt = self.conn.prepare_cached(ROWS)?;
        let rows = stmt.query_map(params![start, end], |row| {
            let id: i64 = row.get(0)?;
            let (lessons_completed, courses_completed) = completed(firsts.get(&id), start, courses);
            Ok(LearnerRow {
                joined: row.get(1)?,
                lessons_completed,
                courses_completed,
                sessions: count(row.get(2)?),
                confidence_before: score(row.get(3)?),
                confidence_after: score(row.get(4)?),
                help: count(row.get(5)?),
            })
        })?;
        let mut out = rows.collect::<Result<Vec<_>, _>>()?;
        out.sort();
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PastSession;

    #[test]
    fn each_learner_is_a_row_of_what_they_did_in_the_window() {
        let store = Store::open_in_memory().unwrap();
        let w = store.backfill().unwrap();
        let ann = w.learner("Ann", "2026-01-10T09:00:00.000Z").unwrap();
        let bob = w.learner("Bob", "2026-02-03T09:00:00.000Z").unwrap();
        w.learner("Old", "2025-06-01T09:00:00.000Z").unwrap(); // nothing in February
        w.completion(ann, "email", "inbox", "2026-01-12T11:00:00.000Z").unwrap();
        w.completion(ann, "email", "reply", "2026-02-02T11:00:00.000Z").unwrap();
        w.completion(ann, "email", "inbox", "2026-02-02T12:00:00.000Z").unwrap(); // again
        w.completion(bob, "email", "inbox", "2026-02-04T11:00:00.000Z").unwrap();
        w.session(&PastSession { learner_id: ann, started_at: "2026-02-02T10:00:00.000Z", ..PastSession::default() })
            .unwrap();
        w.confidence(ann, "email", true, 2, "2026-02-02T10:00:00.000Z").unwrap();
        w.confidence(ann, "email", false, 3, "2026-02-02T11:00:00.000Z").unwrap();
        w.confidence(ann, "email", false, 4, "2026-02-02T11:30:00.000Z").unwrap();
        w.help(bob, "email", "inbox", 2, "2026-02-04T10:30:00.000Z").unwrap();
        w.help(bob, "email", "inbox", 3, "2026-02-04T10:40:00.000Z").unwrap();
        w.commit().unwrap();
        let february = Window { start: Some("2026-02-01".into()), end: Some("2026-03-01".into()) };
        let courses = [("email".to_owned(), vec!["inbox".to_owned(), "reply".to_owned()])];
        let rows = store.report_learner_rows(&february, &courses).unwrap();
        let ann_row = LearnerRow {
            joined: "2026-01".into(),
            lessons_completed: 1,
            courses_completed: 1,
            sessions: 1,
            confidence_before: Some(2),
            confidence_after: Some(4),
            help: 0,
        };
        let bob_row = LearnerRow { joined: "2026-02".into(), lessons_completed: 1, help: 2, ..LearnerRow::default() };
        assert_eq!(rows, [ann_row, bob_row]);
    }
}
