//! Lesson and locale files as files: where they come from (a folder, or built into the
//! binary) and the problems found in them, each at a path, line and column.

pub mod diag;
pub mod limits;
pub mod packs;
mod problem;
pub mod source;
