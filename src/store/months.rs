//! The main report figures month by month, each month as the hub counts it (its system
//! time zone, through SQLite's `localtime`), for the report's month-by-month breakdown.

use std::collections::BTreeMap;

use rusqlite::params;

use super::report::Window;
use super::{Store, StoreError};

/// One month's main figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MonthActivity {
    pub learners_engaged: u64,
    pub new_learners: u64,
    /// Sessions with a champion signed in, and sessions a learner had alone.
    pub sessions: u64,
    pub learner_only_sessions: u64,
    /// Lessons completed for the first time by a learner.
    pub lessons_completed: u64,
}

/// Each query gives (month `YYYY-MM`, a count, a second count) for times in a window.
/// Learners engaged come from `step_month` (migration 10): a learner's month counts when
/// its first or last step is in the window, or, when the window lies between them, when
/// the index finds a step inside it: exactly the learners with a step in the window.
const ENGAGED: &str = "SELECT month, count(*), 0 FROM step_month m
    WHERE last_at >= ?1 AND first_at < ?2 AND (first_at >= ?1 OR last_at < ?2
        OR EXISTS (SELECT 1 FROM step_event s WHERE s.learner_id = m.learner_id AND s.at >= ?1 AND s.at < ?2))
    GROUP BY month";
const NEW: &str = "SELECT strftime('%Y-%m', created_at, 'localtime') AS m, count(*), 0 FROM learner
    WHERE created_at >= ?1 AND created_at < ?2 GROUP BY m";
const SESSIONS: &str = "SELECT strftime('%Y-%m', started_at, 'localtime') AS m, count(champion_id),
    count(*) - count(champion_id) FROM session WHERE started_at >= ?1 AND started_at < ?2 GROUP BY m";
/// A lesson counts in the month a learner first completed it, as in the report's total.
const LESSONS: &str = "SELECT strftime('%Y-%m', first, 'localtime') AS m, count(*), 0 FROM
    (SELECT min(at) AS first FROM completion_event GROUP BY learner_id, course_id, lesson_id)
    WHERE first >= ?1 AND first < ?2 GROUP BY m";

/// Puts a query's two counts in their place in a month.
type SetFigures = fn(&mut MonthActivity, u64, u64);

impl Store {
    /// The main figures of each month with anything in `window`, in month order.
    pub fn report_months(&self, window: &Window) -> Result<BTreeMap<String, MonthActivity>, StoreError> {
        let (start, end) = window.bounds();
        let mut months: BTreeMap<String, MonthActivity> = BTreeMap::new();
        let fields: [(&str, SetFigures); 4] = [
            (ENGAGED, |m, n, _| m.learners_engaged = n),
            (NEW, |m, n, _| m.new_learners = n),
            (SESSIONS, |m, with, alone| (m.sessions, m.learner_only_sessions) = (with, alone)),
            (LESSONS, |m, n, _| m.lessons_completed = n),
        ];
        for (sql, set) in fields {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map(params![start, end], |row| {
                Ok((row.get::<_, Option<String>>(0)?, row.get::<_, i64>(1)?, row.get::<_, i64>(2)?))
            })?;
            for row in rows {
                let (month, a, b) = row?;
                let count = |n: i64| u64::try_from(n).unwrap_or(0);
                set(months.entry(month.unwrap_or_default()).or_default(), count(a), count(b));
            }
        }
        // A time SQLite could not read has no month: it still counts in the totals.
        months.remove("");
        Ok(months)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PastSession;

    #[test]
    fn each_figure_falls_in_its_own_month() {
        let store = Store::open_in_memory().unwrap();
        let w = store.backfill().unwrap();
        let ann = w.learner("Ann", "2026-01-10T09:00:00.000Z").unwrap();
        let bob = w.learner("Bob", "2026-02-03T09:00:00.000Z").unwrap();
        let sue = Some(w.champion("Sue").unwrap());
        w.step(ann, "email", "inbox", "open", "2026-01-12T10:00:00.000Z").unwrap();
        w.step(ann, "email", "inbox", "reply", "2026-02-02T10:00:00.000Z").unwrap();
        w.step(bob, "email", "inbox", "open", "2026-02-03T10:00:00.000Z").unwrap();
        w.step(bob, "email", "inbox", "reply", "2026-02-04T10:00:00.000Z").unwrap();
        let session = |learner_id, champion_id, started_at| PastSession {
            learner_id,
            champion_id,
            started_at,
            ..PastSession::default()
        };
        w.session(&session(ann, sue, "2026-01-12T10:00:00.000Z")).unwrap();
        w.session(&session(ann, None, "2026-02-02T10:00:00.000Z")).unwrap();
        w.session(&session(bob, sue, "2026-02-03T10:00:00.000Z")).unwrap();
        w.completion(ann, "email", "inbox", "2026-01-12T11:00:00.000Z").unwrap();
        w.completion(ann, "email", "inbox", "2026-02-02T11:00:00.000Z").unwrap(); // again: not counted
        w.completion(bob, "email", "inbox", "2026-02-04T11:00:00.000Z").unwrap();
        w.commit().unwrap();
        let months = store.report_months(&Window::default()).unwrap();
        let month = |engaged, new, sessions, alone, lessons| MonthActivity {
            learners_engaged: engaged,
            new_learners: new,
            sessions,
            learner_only_sessions: alone,
            lessons_completed: lessons,
        };
        let expected: BTreeMap<String, MonthActivity> =
            [("2026-01".to_owned(), month(1, 1, 1, 0, 1)), ("2026-02".to_owned(), month(2, 1, 1, 1, 1))].into();
        // The process's time zone is the test machine's; these times are far from midnight.
        assert_eq!(months, expected);
        let february = Window { start: Some("2026-02-01".into()), end: Some("2026-03-01".into()) };
        assert_eq!(store.report_months(&february).unwrap().keys().collect::<Vec<_>>(), ["2026-02"]);
    }

    /// A learner counts in a month only with a step inside the window, also when the
    /// window lies between their first and last step of that month.
    #[test]
    fn a_learner_counts_only_with_a_step_inside_the_window() {
        let store = Store::open_in_memory().unwrap();
        let w = store.backfill().unwrap();
        let ann = w.learner("Ann", "2026-01-01T09:00:00.000Z").unwrap();
        let bob = w.learner("Bob", "2026-01-01T09:00:00.000Z").unwrap();
        for (who, day) in [(ann, "02"), (ann, "28"), (bob, "02"), (bob, "15"), (bob, "28")] {
            w.step(who, "email", "inbox", "open", &format!("2026-01-{day}T12:00:00.000Z")).unwrap();
        }
        w.commit().unwrap();
        let engaged = |start: &str, end: &str| {
            let window = Window { start: Some(start.into()), end: Some(end.into()) };
            store.report_months(&window).unwrap().get("2026-01").map_or(0, |m| m.learners_engaged)
        };
        assert_eq!(engaged("2026-01-10", "2026-01-20"), 1, "only Bob has a step in the middle of January");
        assert_eq!(engaged("2026-01-20", "2026-02-01"), 2, "both have a step late in January");
        assert_eq!(engaged("2026-01-03", "2026-01-04"), 0);
        assert_eq!(store.report_months(&Window::default()).unwrap()["2026-01"].learners_engaged, 2);
    }
}
