//! The queries behind `signpost report`: totals for a span of time, never a row about
//! one learner. (Events with given times are written by [`super::Backfill`].)

use std::collections::BTreeMap;

use jiff::tz::TimeZone;
use rusqlite::types::ValueRef;
use rusqlite::OptionalExtension;

use super::completions::{completions, Completions};
use super::engaged::engaged;
use super::month_bounds::{seconds_between, MonthBounds};
use super::months::{MonthActivity, MonthTally};
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
    pub(super) fn bounds(&self) -> (&str, &str) {
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
    /// Sessions started in the window with a champion signed in.
    pub sessions: u64,
    /// Sessions started in the window by a learner alone.
    pub learner_only_sessions: u64,
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

/// Everything a report counts from the records, read once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub activity: Activity,
    /// The main figures of each month with anything in the window, by `YYYY-MM`.
    pub months: BTreeMap<String, MonthActivity>,
    pub completions: Completions,
}

/// Each session started in the window, to count in one pass: with the month of each, the
/// figures grouped by month would be a second pass, and SQLite's `localtime` for each.
const SESSIONS: &str = "SELECT started_at, ended_at, champion_id IS NOT NULL, useful, helpful FROM session
    WHERE started_at >= ?1 AND started_at < ?2";
/// The length of a session whose times are not as Signpost saves them.
const SECONDS: &str = "SELECT max(0, CAST(round((julianday(?2) - julianday(?1)) * 86400) AS INTEGER))";
/// Each confidence answer and each request for help: counted as they are read, where
/// grouping would sort every row first.
const CONFIDENCE: &str = "SELECT moment = 'after', score FROM confidence WHERE at >= ?1 AND at < ?2";
const HELP: &str = "SELECT level FROM help_event WHERE at >= ?1 AND at < ?2";
const NEW_LEARNERS: &str = "SELECT created_at FROM learner WHERE created_at >= ?1 AND created_at < ?2";

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

    /// Everything a report counts in `window`, with months where the hub is (its system
    /// time zone). `courses` gives each course's lessons (course id, lesson ids): what
    /// completing a course means.
    pub fn report_figures(&self, window: &Window, courses: &[(String, Vec<String>)]) -> Result<Figures, StoreError> {
        self.report_figures_in(window, courses, &TimeZone::system())
    }

    /// [`Store::report_figures`] with months in time zone `zone`. Times not as Signpost
    /// saves them are still placed by SQLite, in the system's time zone.
    pub(super) fn report_figures_in(
        &self,
        window: &Window,
        courses: &[(String, Vec<String>)],
        zone: &TimeZone,
    ) -> Result<Figures, StoreError> {
        let (start, end) = window.bounds();
        // One moment's records for every figure, even while a learner is saving steps.
        let snapshot = self.conn.unchecked_transaction()?;
        let bounds = MonthBounds::new(zone);
        let mut tally = MonthTally::new(&bounds, &self.conn);
        let mut activity = self.report_activity(start, end, &mut tally)?;
        let completions = completions(&self.conn, (start, end), courses, &mut tally)?;
        let mut months = tally.finish();
        let open_ended = window.start.is_none() || window.end.is_none();
        activity.learners_engaged = engaged(&self.conn, start, end, open_ended, &mut months)?;
        // A time SQLite could not read has no month: it still counts in the totals.
        months.remove("");
        snapshot.commit()?;
        Ok(Figures { activity, months, completions })
    }

    /// Everything but completions and learners engaged that happened in `[start, end)`,
    /// with new learners and sessions counted into `months` too.
    fn report_activity(&self, start: &str, end: &str, months: &mut MonthTally<'_>) -> Result<Activity, StoreError> {
        let mut a = Activity::default();
        let mut learners = self.conn.prepare_cached(NEW_LEARNERS)?;
        let mut rows = learners.query([start, end])?;
        while let Some(row) = rows.next()? {
            a.new_learners += 1;
            months.month(row.get_ref(0)?.as_str().unwrap_or_default())?.new_learners += 1;
        }
        self.sessions(start, end, &mut a, months)?;
        let mut confidence = self.conn.prepare_cached(CONFIDENCE)?;
        let mut rows = confidence.query([start, end])?;
        while let Some(row) = rows.next()? {
            let scores = if row.get(0)? { &mut a.confidence_after } else { &mut a.confidence_before };
            if let Some(n) = usize::try_from(row.get::<_, i64>(1)? - 1).ok().and_then(|i| scores.get_mut(i)) {
                *n += 1;
            }
        }
        let mut help = self.conn.prepare_cached(HELP)?;
        let mut rows = help.query([start, end])?;
        while let Some(row) = rows.next()? {
            if let Some(n) = usize::try_from(row.get::<_, i64>(0)? - 1).ok().and_then(|i| a.help.get_mut(i)) {
                *n += 1;
            }
        }
        Ok(a)
    }

    /// Counts the sessions started in `[start, end)` into `a`, and each into its month.
    /// A session's length is worked out here as SQLite's `julianday` would, to the same
    /// second.
    fn sessions(
        &self,
        start: &str,
        end: &str,
        a: &mut Activity,
        months: &mut MonthTally<'_>,
    ) -> Result<(), StoreError> {
        let mut sessions = self.conn.prepare_cached(SESSIONS)?;
        let mut rows = sessions.query([start, end])?;
        while let Some(row) = rows.next()? {
            let started = row.get_ref(0)?.as_str().unwrap_or_default();
            let month = months.month(started)?;
            if row.get(2)? {
                a.sessions += 1;
                month.sessions += 1;
            } else {
                a.learner_only_sessions += 1;
                month.learner_only_sessions += 1;
            }
            let ended = row.get_ref(1)?;
            if ended != ValueRef::Null {
                let ended = ended.as_str().unwrap_or_default();
                a.sessions_ended += 1;
                let seconds = match seconds_between(started, ended) {
                    Some(seconds) => Some(seconds),
                    None => self.conn.prepare_cached(SECONDS)?.query_row([started, ended], |r| r.get(0))?,
                };
                a.session_seconds += seconds.map_or(0, count);
            }
            for (column, answers, yes) in
                [(3, &mut a.useful_answers, &mut a.useful_yes), (4, &mut a.helpful_answers, &mut a.helpful_yes)]
            {
                if let Some(answer) = row.get::<_, Option<i64>>(column)? {
                    *answers += 1;
                    *yes += u64::from(answer != 0);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "report_reference_tests.rs"]
mod reference_tests;
