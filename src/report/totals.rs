//! The figures of a report: counts, and sums with their counts so that averages from
//! many hubs can be combined. Nothing here names or describes a learner.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::months::{self, Months};
use super::period::Period;
use crate::lesson::format::SKILL_AREAS;
use crate::lesson::Catalog;
use crate::store::{Store, StoreError};

/// Answers on a scale of 1 to 5.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scores {
    pub answers: u64,
    pub sum: u64,
    /// How many answers gave 1, 2, 3, 4 and 5.
    pub by_score: [u64; 5],
}

/// Yes-or-no answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct YesNo {
    pub answers: u64,
    pub yes: u64,
}

/// Help asked for on practice screens, by level.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Help {
    pub hints: u64,
    pub show_me: u64,
    pub do_it_for_me: u64,
}

/// Everything a report counts. The field names are the export format (see
/// docs/report-format.md): rename none of them without a new schema version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub learners_engaged: u64,
    pub new_learners: u64,
    /// Sessions with a champion signed in.
    pub sessions: u64,
    /// Sessions a learner had alone (exports from before this figure read as 0).
    #[serde(default)]
    pub learner_only_sessions: u64,
    pub sessions_ended: u64,
    pub session_seconds: u64,
    pub lessons_completed: u64,
    pub courses_completed: u64,
    pub lessons_completed_by_area: BTreeMap<String, u64>,
    pub courses_completed_by_area: BTreeMap<String, u64>,
    pub confidence_before: Scores,
    pub confidence_after: Scores,
    pub useful: YesNo,
    pub helpful: YesNo,
    pub help: Help,
    /// The main figures month by month (none in exports made before months were kept).
    #[serde(default)]
    pub months: Months,
    /// Learners who recorded each milestone (done for real), keyed `course/milestone`.
    #[serde(default)]
    pub milestones: BTreeMap<String, u64>,
}

fn areas() -> BTreeMap<String, u64> {
    SKILL_AREAS.iter().map(|a| ((*a).to_owned(), 0)).collect()
}

impl Default for Totals {
    /// Nothing counted yet, with every skill area present at 0.
    fn default() -> Self {
        Totals {
            learners_engaged: 0,
            new_learners: 0,
            sessions: 0,
            learner_only_sessions: 0,
            sessions_ended: 0,
            session_seconds: 0,
            lessons_completed: 0,
            courses_completed: 0,
            lessons_completed_by_area: areas(),
            courses_completed_by_area: areas(),
            confidence_before: Scores::default(),
            confidence_after: Scores::default(),
            useful: YesNo::default(),
            helpful: YesNo::default(),
            help: Help::default(),
            months: Months::default(),
            milestones: BTreeMap::new(),
        }
    }
}

impl Scores {
    fn from_counts(by_score: [u64; 5]) -> Scores {
        let sum = by_score.iter().zip(1..).map(|(n, score)| n * score).sum();
        Scores { answers: by_score.iter().sum(), sum, by_score }
    }

    fn add(&mut self, other: &Scores) {
        plus(&mut self.answers, other.answers);
        plus(&mut self.sum, other.sum);
        for (a, b) in self.by_score.iter_mut().zip(other.by_score) {
            plus(a, b);
        }
    }
}

impl YesNo {
    fn add(&mut self, other: &YesNo) {
        plus(&mut self.answers, other.answers);
        plus(&mut self.yes, other.yes);
    }
}

/// Adds `n` to `total`; files from elsewhere could hold numbers too big to add.
fn plus(total: &mut u64, n: u64) {
    *total = total.saturating_add(n);
}

fn add_areas(to: &mut BTreeMap<String, u64>, from: &BTreeMap<String, u64>) {
    for (area, n) in from {
        plus(to.entry(area.clone()).or_default(), *n);
    }
}

impl Totals {
    /// Counts what happened in `period`. Skill areas come from `catalog`: a lesson counts
    /// in each area it teaches, a course in each area any of its lessons teaches.
    pub fn gather(store: &Store, catalog: &Catalog, period: &Period) -> Result<Totals, StoreError> {
        let window = period.window();
        let figures = store.report_figures(&window, &course_lessons(catalog))?;
        let a = figures.activity;
        let mut t = Totals {
            learners_engaged: a.learners_engaged,
            new_learners: a.new_learners,
            sessions: a.sessions,
            learner_only_sessions: a.learner_only_sessions,
            sessions_ended: a.sessions_ended,
            session_seconds: a.session_seconds,
            confidence_before: Scores::from_counts(a.confidence_before),
            confidence_after: Scores::from_counts(a.confidence_after),
            useful: YesNo { answers: a.useful_answers, yes: a.useful_yes },
            helpful: YesNo { answers: a.helpful_answers, yes: a.helpful_yes },
            help: Help { hints: a.help[0], show_me: a.help[1], do_it_for_me: a.help[2] },
            months: figures.months.into_iter().map(|(key, m)| (key, m.into())).collect(),
            milestones: store.report_milestones(&window)?,
            ..Totals::default()
        };
        let completions = figures.completions;
        for (course_id, lesson_id, n) in completions.lessons {
            t.lessons_completed += n;
            let lesson = catalog.find(&course_id, &lesson_id).and_then(|(c, l)| catalog.lesson(c, l));
            for area in lesson.iter().flat_map(|l| &l.skills) {
                *t.lessons_completed_by_area.entry(area.clone()).or_default() += n;
            }
        }
        for (course_id, n) in completions.courses {
            t.courses_completed += n;
            let course = catalog.courses.iter().find(|c| c.id == course_id);
            let mut course_areas: Vec<&String> =
                course.iter().flat_map(|c| &c.lessons).flat_map(|l| &l.skills).collect();
            course_areas.sort();
            course_areas.dedup();
            for area in course_areas {
                *t.courses_completed_by_area.entry(area.clone()).or_default() += n;
            }
        }
        Ok(t)
    }

    /// Adds `other` in: counts and sums add up, so averages stay exact.
    pub fn add(&mut self, other: &Totals) {
        plus(&mut self.learners_engaged, other.learners_engaged);
        plus(&mut self.new_learners, other.new_learners);
        plus(&mut self.sessions, other.sessions);
        plus(&mut self.learner_only_sessions, other.learner_only_sessions);
        plus(&mut self.sessions_ended, other.sessions_ended);
        plus(&mut self.session_seconds, other.session_seconds);
        plus(&mut self.lessons_completed, other.lessons_completed);
        plus(&mut self.courses_completed, other.courses_completed);
        add_areas(&mut self.lessons_completed_by_area, &other.lessons_completed_by_area);
        add_areas(&mut self.courses_completed_by_area, &other.courses_completed_by_area);
        self.confidence_before.add(&other.confidence_before);
        self.confidence_after.add(&other.confidence_after);
        self.useful.add(&other.useful);
        self.helpful.add(&other.helpful);
        plus(&mut self.help.hints, other.help.hints);
        plus(&mut self.help.show_me, other.help.show_me);
        plus(&mut self.help.do_it_for_me, other.help.do_it_for_me);
        months::add(&mut self.months, &other.months);
        add_areas(&mut self.milestones, &other.milestones);
    }
}

/// Each course's id and its lessons' ids: what completing a course means.
pub fn course_lessons(catalog: &Catalog) -> Vec<(String, Vec<String>)> {
    catalog.courses.iter().map(|c| (c.id.clone(), c.lessons.iter().map(|l| l.id.clone()).collect())).collect()
}

/// `part * scale / whole`, rounded half up, worked out in 128 bits so it cannot overflow.
fn ratio(part: u64, whole: u64, scale: u64) -> Option<u64> {
    let (part, whole) = (u128::from(part), u128::from(whole));
    (whole > 0).then(|| u64::try_from((part * u128::from(scale) * 2 + whole) / (whole * 2)).unwrap_or(u64::MAX))
}

/// `part / whole` in tenths, rounded half up; `None` when `whole` is 0.
pub fn tenths(part: u64, whole: u64) -> Option<u64> {
    ratio(part, whole, 10)
}

/// `part / whole` as a whole percentage, rounded half up; `None` when `whole` is 0.
pub fn percent(part: u64, whole: u64) -> Option<u64> {
    ratio(part, whole, 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_keep_their_sum_and_count() {
        let s = Scores::from_counts([1, 2, 0, 0, 3]);
        assert_eq!((s.answers, s.sum), (6, 1 + 4 + 15));
    }

    #[test]
    fn adding_totals_keeps_averages_exact() {
        let mut a = Totals { confidence_before: Scores::from_counts([0, 2, 0, 0, 0]), ..Totals::default() };
        let b = Totals { confidence_before: Scores::from_counts([0, 0, 0, 0, 6]), ..Totals::default() };
        a.add(&b);
        // (2 + 2 + 6 * 5) / 8 = 4.25, not the average of the two averages (3.5).
        assert_eq!(tenths(a.confidence_before.sum, a.confidence_before.answers), Some(43));
        assert_eq!(a.confidence_before.by_score, [0, 2, 0, 0, 6]);
        let mut extra = BTreeMap::new();
        extra.insert("future-area".to_owned(), 2);
        a.add(&Totals { lessons_completed_by_area: extra, ..Totals::default() });
        assert_eq!(a.lessons_completed_by_area["future-area"], 2);
        assert_eq!(a.lessons_completed_by_area.len(), SKILL_AREAS.len() + 1);
    }

    #[test]
    fn tenths_and_percentages_round_half_up() {
        assert_eq!(tenths(9, 4), Some(23)); // 2.25
        assert_eq!(tenths(5400, 3600), Some(15));
        assert_eq!(tenths(1, 3), Some(3));
        assert_eq!(percent(1, 8), Some(13)); // 12.5
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!((tenths(1, 0), percent(0, 0)), (None, None));
        assert_eq!(tenths(u64::MAX, u64::MAX), Some(10));
    }
}
