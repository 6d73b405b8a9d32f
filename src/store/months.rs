//! The main report figures month by month, each month as the hub counts it (its system
//! time zone), for the report's month-by-month breakdown. Each figure is counted into
//! its month as its rows are read for the report's totals: see [`MonthTally`].

use std::collections::BTreeMap;

use rusqlite::Connection;

use super::month_bounds::{month_key, MonthBounds, FIRST_MONTH, MONTHS};
use super::StoreError;

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

impl MonthActivity {
    fn add(&mut self, other: &MonthActivity) {
        self.learners_engaged += other.learners_engaged;
        self.new_learners += other.new_learners;
        self.sessions += other.sessions;
        self.learner_only_sessions += other.learner_only_sessions;
        self.lessons_completed += other.lessons_completed;
    }
}

/// Figures counted into the month of each saved time. A time as Signpost saves it finds
/// its month in [`MonthBounds`]; any other time is read by SQLite's `localtime`, as every
/// time was before, so a time imported in another form still counts where it did.
pub(super) struct MonthTally<'a> {
    bounds: &'a MonthBounds,
    conn: &'a Connection,
    /// The months from [`FIRST_MONTH`], in order.
    known: Vec<MonthActivity>,
    /// Months SQLite gave, by `YYYY-MM`; "" for a time it could not read.
    other: BTreeMap<String, MonthActivity>,
}

impl<'a> MonthTally<'a> {
    pub(super) fn new(bounds: &'a MonthBounds, conn: &'a Connection) -> MonthTally<'a> {
        MonthTally { bounds, conn, known: vec![MonthActivity::default(); MONTHS], other: BTreeMap::new() }
    }

    /// The figures of the month of saved time `at`.
    pub(super) fn month(&mut self, at: &str) -> Result<&mut MonthActivity, StoreError> {
        let index = self.bounds.month(at).and_then(|m| usize::try_from(m - FIRST_MONTH).ok());
        if let Some(i) = index.filter(|i| *i < self.known.len()) {
            return Ok(&mut self.known[i]);
        }
        let month: Option<String> =
            self.conn.prepare_cached("SELECT strftime('%Y-%m', ?1, 'localtime')")?.query_row([at], |row| row.get(0))?;
        Ok(self.other.entry(month.unwrap_or_default()).or_default())
    }

    /// The months with anything counted, by `YYYY-MM`, in order, with "" for times
    /// SQLite could not read.
    pub(super) fn finish(self) -> BTreeMap<String, MonthActivity> {
        let mut months = self.other;
        for (month, figures) in (FIRST_MONTH..).zip(self.known) {
            if figures != MonthActivity::default() {
                months.entry(month_key(month)).or_default().add(&figures);
            }
        }
        months
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{PastSession, Store, Window};

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
        let months = store.report_figures(&Window::default(), &[]).unwrap().months;
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
        assert_eq!(store.report_figures(&february, &[]).unwrap().months.keys().collect::<Vec<_>>(), ["2026-02"]);
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
            store.report_figures(&window, &[]).unwrap().months.get("2026-01").map_or(0, |m| m.learners_engaged)
        };
        assert_eq!(engaged("2026-01-10", "2026-01-20"), 1, "only Bob has a step in the middle of January");
        assert_eq!(engaged("2026-01-20", "2026-02-01"), 2, "both have a step late in January");
        assert_eq!(engaged("2026-01-03", "2026-01-04"), 0);
        assert_eq!(store.report_figures(&Window::default(), &[]).unwrap().months["2026-01"].learners_engaged, 2);
    }
}
