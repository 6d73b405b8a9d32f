//! Lessons as data: the file format, the checked model, loading and checking.

mod courses;
pub mod format;
mod load;
pub mod model;
mod practice_check;
mod preload;
mod validate;

pub use courses::{assemble, with_packs};
pub use load::{load, load_without_refs, Loaded, COURSE_FILE};
pub use model::{Catalog, Choice, Command, Course, GoalSpec, Key, Lesson, Milestone, Origin, Step, StepBody};
pub use preload::{Arrived, Go, Loading, Sources};
pub use validate::MessageRef;

/// Every word of the lesson format that a file can hold as a value (skill areas, goal
/// names, medicine statuses, command names): they are keywords, not messages to translate.
pub fn keywords() -> Vec<&'static str> {
    let mut words: Vec<&'static str> = format::SKILL_AREAS.to_vec();
    words.extend(crate::practice::GoalKind::all_names());
    words.extend(practice_check::MEDICINE_STATUSES);
    words.extend(model::Command::ALL.iter().map(|(_, name)| *name));
    words
}
