//! The one place the final list of courses is put together: the built-in courses (or
//! `--lessons`) first, then each course pack in search order, each course with its
//! origin. Anything that changes which courses learners see (a hub hiding a course)
//! belongs here, so the tutor (and the hub report it shows), `list` and `check` all see
//! the same list. (`signpost report` and `signpost learner` still read the built-in
//! list: a pack's finished lessons are counted there, though not by skill area.)
//!
//! A pack's course or lesson whose id is taken already is left out, with a problem
//! naming both places: the built-in one (or the earlier pack's) keeps its id, so a
//! learner's saved progress always means the lesson it was saved for.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::load::{load, load_without_refs, Loaded};
use super::model::Origin;
use crate::content::diag::{line_col, Diagnostic, Problem, Severity};
use crate::content::packs::{self, Packs};
use crate::content::source::SourceTree;

/// The built-in (or `--lessons`) courses of `lessons` and then every pack's, for the
/// commands that read lessons without the tutor's early start.
pub fn with_packs(lessons: &SourceTree, found: &Packs) -> Loaded {
    assemble(load_without_refs(lessons), lessons, found, false)
}

/// `built_in` (loaded from `lessons`) with every pack's course after it. Problems in the
/// packs, and in finding them, join `built_in`'s; so do the message uses when
/// `record_refs` (for `check`).
pub fn assemble(mut built_in: Loaded, lessons: &SourceTree, found: &Packs, record_refs: bool) -> Loaded {
    let mut courses: HashMap<String, PathBuf> = HashMap::new();
    let mut lesson_ids: HashMap<String, PathBuf> = HashMap::new();
    for course in &built_in.catalog.courses {
        courses.entry(course.id.clone()).or_insert_with(|| course.path.clone());
        for lesson in &course.lessons {
            lesson_ids.entry(lesson.id.clone()).or_insert_with(|| lesson.path.clone());
        }
    }
    built_in.problems.extend(found.problems.iter().cloned());
    let mut trees = vec![lessons];
    for pack in &found.packs {
        trees.push(&pack.lessons);
        let loaded = if record_refs { load(&pack.lessons) } else { load_without_refs(&pack.lessons) };
        built_in.problems.extend(loaded.problems);
        built_in.refs.extend(loaded.refs);
        for mut course in loaded.catalog.courses {
            if let Some(other) = courses.get(&course.id) {
                built_in.problems.push(clash(&trees, "course", &course.id, &course.path, other));
                continue;
            }
            let mut kept = Vec::with_capacity(course.lessons.len());
            for lesson in course.lessons {
                match lesson_ids.get(&lesson.id) {
                    Some(other) => built_in.problems.push(clash(&trees, "lesson", &lesson.id, &lesson.path, other)),
                    None => {
                        lesson_ids.insert(lesson.id.clone(), lesson.path.clone());
                        kept.push(lesson);
                    }
                }
            }
            course.lessons = kept;
            courses.insert(course.id.clone(), course.path.clone());
            course.origin = Origin::Pack { folder: pack.folder.clone(), languages: packs::languages(pack) };
            built_in.catalog.courses.push(course);
        }
    }
    built_in
}

/// The problem of an id at `path` that is taken already by the file at `other`.
fn clash(trees: &[&SourceTree], what: &'static str, id: &str, path: &Path, other: &Path) -> Diagnostic {
    let (line, col) = id_place(trees, path);
    let (other_line, other_col) = id_place(trees, other);
    let other = format!("{}:{other_line}:{other_col}", other.display());
    let problem = Problem::IdClash { what, id: id.to_owned(), other };
    Diagnostic { path: path.to_path_buf(), line, col, severity: Severity::Error, problem }
}

/// Just the id of a course or lesson file, with its place.
#[derive(Deserialize)]
struct IdOnly {
    id: Spanned<String>,
}

/// The line and column of the `id` in the file at `path` (which loaded, so it has one).
fn id_place(trees: &[&SourceTree], path: &Path) -> (usize, usize) {
    let text = trees.iter().flat_map(|t| &t.files).find(|f| f.path == path).and_then(|f| f.text.as_deref().ok());
    let Some(text) = text else { return (1, 1) };
    match toml::from_str::<IdOnly>(text) {
        Ok(found) => line_col(text, found.id.span().start),
        Err(_) => (1, 1),
    }
}

#[cfg(test)]
#[path = "courses_tests.rs"]
mod tests;
