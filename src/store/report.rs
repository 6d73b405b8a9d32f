//! The queries behind `signpost report`: totals for a span of time, never a row about
//! one learner. (Events with given times are written by [`super::Backfill`].)

use std::collections::{HashMap, HashSet};

use rusqlite::{params, OptionalExtension};

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

/// Learners with a step in the window: one search of `step_event_learner_at` for each
/// learner, not a sort of every step.
const ENGAGED: &str = "SELECT count(*) FROM learner l WHERE EXISTS (
    SELECT 1 FROM step_event s WHERE s.learner_id = l.id AND s.at >= ?1 AND s.at < ?2)";

/// Every completion before the end of the window, in the order of
/// `completion_event_learner_at`, so no sort is needed.
const COMPLETIONS: &str = "SELECT learner_id, course_id, lesson_id, at FROM completion_event WHERE at < ?1
    ORDER BY learner_id, course_id, lesson_id, at";

/// Lessons and courses completed in a window; see [`Store::report_completions`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completions {
    /// `(course id, lesson id, learners)`, in id order.
    pub lessons: Vec<(String, String, u64)>,
    /// `(course id, learners)`, in id order.
    pub courses: Vec<(String, u64)>,
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// Adds up completions read in learner, course, lesson and time order, for
/// [`Store::report_completions`].
struct Tally<'a> {
    /// The start of the window.
    start: &'a str,
    /// Each course's lessons.
    catalog: HashMap<&'a str, HashSet<&'a str>>,
    lessons: HashMap<String, HashMap<String, u64>>,
    courses: HashMap<String, u64>,
    /// The learner and course being read, the lesson last read, how many of the course's
    /// lessons the learner has completed and when they first completed the last of them.
    learner: Option<i64>,
    course: String,
    lesson: String,
    course_lessons: usize,
    course_last: String,
}

impl<'a> Tally<'a> {
    fn new(start: &'a str, courses: &'a [(String, Vec<String>)]) -> Self {
        Tally {
            start,
            catalog: courses
                .iter()
                .map(|(c, lessons)| (c.as_str(), lessons.iter().map(String::as_str).collect()))
                .collect(),
            lessons: HashMap::new(),
            courses: HashMap::new(),
            learner: None,
            course: String::new(),
            lesson: String::new(),
            course_lessons: 0,
            course_last: String::new(),
        }
    }

    fn add(&mut self, learner: i64, course: &str, lesson: &str, at: &str) {
        let same_course = self.learner == Some(learner) && self.course == course;
        if same_course && self.lesson == lesson {
            return; // done again: only the first time counts
        }
        if !same_course {
            self.finish_course();
            self.learner = Some(learner);
            self.course.replace_range(.., course);
            self.course_lessons = 0;
            self.course_last.clear();
        }
        self.lesson.replace_range(.., lesson);
        if at >= self.start {
            let by_lesson = match self.lessons.get_mut(course) {
                Some(by_lesson) => by_lesson,
                None => self.lessons.entry(course.to_owned()).or_default(),
            };
            match by_lesson.get_mut(lesson) {
                Some(n) => *n += 1,
                None => _ = by_lesson.insert(lesson.to_owned(), 1),
            }
        }
        if self.catalog.get(course).is_some_and(|all| all.contains(lesson)) {
            self.course_lessons += 1;
            if at > self.course_last.as_str() {
                self.course_last.replace_range(.., at);
            }
        }
    }

    /// Counts the course just read if the learner completed all of it, the last lesson
    /// in the window.
    fn finish_course(&mut self) {
        let all = self.catalog.get(self.course.as_str()).map(HashSet::len);
        let complete = self.course_lessons > 0 && all == Some(self.course_lessons);
        if complete && self.course_last.as_str() >= self.start {
            *self.courses.entry(self.course.clone()).or_default() += 1;
        }
    }

    fn finish(mut self) -> Completions {
        self.finish_course();
        let mut lessons: Vec<(String, String, u64)> = self
            .lessons
            .into_iter()
            .flat_map(|(course, by_lesson)| by_lesson.into_iter().map(move |(lesson, n)| (course.clone(), lesson, n)))
            .collect();
        lessons.sort();
        let mut courses: Vec<(String, u64)> = self.courses.into_iter().collect();
        courses.sort();
        Completions { lessons, courses }
    }
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
        a.learners_engaged = one(ENGAGED)?;
        a.new_learners = one("SELECT count(*) FROM learner WHERE created_at >= ?1 AND created_at < ?2")?;
        let mut sessions = self.conn.prepare_cached(
            "SELECT count(champion_id), count(*) - count(champion_id), count(ended_at),
                coalesce(sum(CASE WHEN ended_at IS NOT NULL THEN
                    max(0, CAST(round((julianday(ended_at) - julianday(started_at)) * 86400) AS INTEGER)) END), 0),
                count(useful), coalesce(sum(useful <> 0), 0), count(helpful), coalesce(sum(helpful <> 0), 0)
             FROM session WHERE started_at >= ?1 AND started_at < ?2",
        )?;
        let row: [i64; 8] = sessions.query_row(params![start, end], |row| {
            let mut values = [0; 8];
            for (i, value) in values.iter_mut().enumerate() {
                *value = row.get(i)?;
            }
            Ok(values)
        })?;
        let [sessions, alone, ended, seconds, useful_answers, useful_yes, helpful_answers, helpful_yes] =
            row.map(count);
        (a.sessions, a.learner_only_sessions) = (sessions, alone);
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

    /// Lessons and courses first completed in `window`, counted once for each learner.
    /// A lesson counts when the learner first completes it (doing it again later does not
    /// count again). A course counts when the learner has completed every lesson
    /// `courses` gives it (course id, lesson ids), in the window holding the last of
    /// those first completions.
    ///
    /// One pass over completions in learner, course, lesson and time order (the index
    /// `completion_event_learner_at`), adding up as it goes: two grouped queries would
    /// each sort every completion.
    pub fn report_completions(
        &self,
        window: &Window,
        courses: &[(String, Vec<String>)],
    ) -> Result<Completions, StoreError> {
        let (start, end) = window.bounds();
        let mut tally = Tally::new(start, courses);
        let mut stmt = self.conn.prepare_cached(COMPLETIONS)?;
        let mut rows = stmt.query([end])?;
        while let Some(row) = rows.next()? {
            let text = |i| row.get_ref(i).map(|v| v.as_str().unwrap_or_default());
            tally.add(row.get(0)?, text(1)?, text(2)?, text(3)?);
        }
        Ok(tally.finish())
    }
}

#[cfg(test)]
#[path = "report_tests.rs"]
mod tests;
