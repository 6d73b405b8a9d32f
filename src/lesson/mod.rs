//! Lessons as data: the file format, the checked model, loading and checking.

pub mod format;
mod load;
pub mod model;
mod practice_check;
mod validate;

pub use load::{load, Loaded, COURSE_FILE};
pub use model::{Catalog, Choice, Course, GoalSpec, Key, Lesson, Step, StepBody};
pub use validate::MessageRef;
