//! Learners and what they have done: the facts the tutor shows and the store keeps.

use std::collections::HashMap;

/// Someone learning with Signpost. Only a first name: no email, no password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    pub id: i64,
    pub name: String,
}

/// Before or after a course: when a learner is asked how confident they feel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Moment {
    Before,
    After,
}

/// How far a learner has got with one lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonProgress {
    /// The step they were last on (or last finished on).
    pub step_id: String,
    /// True while they are part way through; false once they reach the end.
    pub in_progress: bool,
    /// True once they have finished the lesson at least once.
    pub completed: bool,
}

/// Everything a learner has done, keyed by `(course id, lesson id)`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub lessons: HashMap<(String, String), LessonProgress>,
    /// The lesson they were in most recently and have not finished: where "Carry on
    /// where you left off" goes.
    pub resume: Option<(String, String)>,
    /// The courses they have been asked about ("How confident do you feel?"), and when.
    pub confidence_asked: Vec<(String, Moment)>,
    /// Their learning plan from the skills check: lessons as (course id, lesson id).
    pub plan: Vec<(String, String)>,
    /// Their answers in the skills check so far, as saved: (question id without its
    /// `skill-q-`, answer key). Kept as each is given, so a check can be finished later.
    pub skills: Vec<(String, String)>,
    /// Their last session that ended, for the champion starting the next one.
    pub last_session: Option<LastSession>,
    /// What they have done for real: (course id, milestone id, when as the database
    /// keeps times; empty when recorded just now).
    pub milestones: Vec<(String, String, String)>,
    /// What matters most to them, chosen in Finding your reason or the skills check: its
    /// place in the list of reasons.
    pub reason: Option<usize>,
}

/// A learner's last session, as a champion needs it at the start of the next one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LastSession {
    /// When it started, as the database keeps times.
    pub started_at: String,
    /// The lessons worked on, as (course id, lesson id), in the order first reached.
    pub lessons: Vec<(String, String)>,
    /// The champion's notes ("Bring glasses next time").
    pub notes: String,
    /// Help asked for: hints, show me, do it for me.
    pub help: [u32; 3],
}

impl Progress {
    /// The progress of one lesson, if they have started it.
    pub fn lesson(&self, course_id: &str, lesson_id: &str) -> Option<&LessonProgress> {
        self.lessons.get(&(course_id.to_owned(), lesson_id.to_owned()))
    }
}

/// The longest first name accepted: enough for any real name, short enough for a list.
pub const MAX_NAME_CHARS: usize = 40;

/// Why a name was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    Taken,
    /// Only digits: on a page of numbered choices a number chooses, so "1" is never
    /// taken for a name.
    OnlyDigits,
}

/// Tidies a typed name (spaces trimmed and squeezed) and checks it against the
/// learners already on this computer.
pub fn check_name(typed: &str, existing: &[Learner]) -> Result<String, NameProblem> {
    let name = crate::text::clean::clean(&typed.split_whitespace().collect::<Vec<_>>().join(" "));
    let name = name.trim().to_owned();
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    if name.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()) {
        return Err(NameProblem::OnlyDigits);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(NameProblem::TooLong);
    }
    let same = |other: &str| crate::text::clean::clean(other).to_lowercase() == name.to_lowercase();
    if existing.iter().any(|l| same(&l.name)) {
        return Err(NameProblem::Taken);
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_tidied_and_checked() {
        let existing = [Learner { id: 1, name: "Ann".into() }];
        let cases: &[(&str, Result<&str, NameProblem>)] = &[
            ("  Mary  ", Ok("Mary")),
            ("Mary   Jane", Ok("Mary Jane")),
            ("Siân", Ok("Siân")),
            ("", Err(NameProblem::Empty)),
            ("   ", Err(NameProblem::Empty)),
            ("ann", Err(NameProblem::Taken)),
            ("A\u{200b}nn", Err(NameProblem::Taken)),
            ("Eve\u{202e}gpj", Ok("Evegpj")),
            ("1", Err(NameProblem::OnlyDigits)),
            (" 7 ", Err(NameProblem::OnlyDigits)),
            ("12 34", Err(NameProblem::OnlyDigits)),
            ("Ann 2", Ok("Ann 2")),
            (&"x".repeat(41), Err(NameProblem::TooLong)),
        ];
        for (typed, expected) in cases {
            assert_eq!(check_name(typed, &existing).as_deref().map_err(|e| *e), *expected, "{typed:?}");
        }
    }
}
