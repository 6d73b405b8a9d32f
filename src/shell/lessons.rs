//! The lessons as the tutor holds them: ready, or still loading on their own thread.
//! The first screen (who is learning, or a new learner's name) shows no lesson, so it
//! is shown at once; the lessons start loading a moment after it (they wait at a gate:
//! loading beside the start slowed the first screen, and on an old PC would hold back
//! its first spoken words), and are waited for when the learner first answers. However
//! many lessons a hub has, the first screen comes as soon.

use std::borrow::Cow;
use std::time::Duration;

use crate::lesson::{Catalog, Gate};
use crate::text::UserError;

/// How long after the first screen the lessons start loading, unless the learner
/// answers sooner: long enough for the screen to be drawn and its speech begun, short
/// beside the seconds a learner takes to read it.
const SETTLE: Duration = Duration::from_millis(100);

/// Finishes loading the lessons: waits for their thread, adds the course packs, and
/// says what was left out. An error means no course can be shown.
pub type LoadLater<'a> = Box<dyn FnOnce() -> Result<Catalog, UserError> + 'a>;

/// The tutor's lessons.
pub struct Lessons<'a> {
    catalog: Cow<'a, Catalog>,
    later: Option<LoadLater<'a>>,
    /// Opened to let the loading start.
    gate: Gate,
}

impl<'a> Lessons<'a> {
    /// Lessons loaded already.
    pub fn ready(catalog: &'a Catalog) -> Lessons<'a> {
        Lessons { catalog: Cow::Borrowed(catalog), later: None, gate: Gate::default() }
    }

    /// Lessons that start loading when `gate` opens and that `later` finishes loading;
    /// until then there are none.
    pub fn later(gate: Gate, later: LoadLater<'a>) -> Lessons<'a> {
        Lessons { catalog: Cow::Owned(Catalog::default()), later: Some(later), gate }
    }

    /// The first screen is out: the lessons start loading in a moment.
    pub fn go(&self) {
        self.gate.open_after(SETTLE);
    }

    /// The lessons as they are now (none while they are still loading).
    pub fn get(&self) -> &Catalog {
        &self.catalog
    }

    /// Waits for the lessons if they are still loading.
    pub fn wait(&mut self) -> Result<(), UserError> {
        if let Some(later) = self.later.take() {
            self.catalog = Cow::Owned(later()?);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::Course;

    #[test]
    fn lessons_loading_later_are_none_until_waited_for_and_then_kept() {
        let course = Course {
            id: "email".into(),
            title: "t".into(),
            summary: "s".into(),
            ask_confidence: false,
            milestones: Vec::new(),
            lessons: Vec::new(),
            path: "lessons/email/course.toml".into(),
            origin: Default::default(),
        };
        let mut lessons = Lessons::later(Gate::default(), Box::new(move || Ok(Catalog { courses: vec![course] })));
        assert!(lessons.get().courses.is_empty());
        lessons.wait().unwrap();
        assert_eq!(lessons.get().courses[0].id, "email");
        lessons.wait().unwrap();
        assert_eq!(lessons.get().courses.len(), 1, "loaded once");
        let mut none = Lessons::later(Gate::default(), Box::new(|| Err(UserError::new("error-no-lessons"))));
        assert_eq!(none.wait().unwrap_err().id, "error-no-lessons");
    }
}
