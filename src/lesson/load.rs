//! Loading every course and lesson in a tree. One broken file never stops the others:
//! it is left out and its problems are reported.

use std::collections::{BTreeMap, HashSet};
use std::path::{Component, Path};

use serde::de::DeserializeOwned;

use super::format::{CourseFile, LessonFile};
use super::model::{Catalog, Course};
use super::validate::{self, FileCheck, MessageRef};
use crate::content::diag::{Diagnostic, LineIndex, Problem, Severity};
use crate::content::source::{SourceFile, SourceTree};

/// The name of the file that describes a course, in each course folder.
pub const COURSE_FILE: &str = "course.toml";

/// What loading found: the lessons that are fit to use, the problems, and where each
/// message id was used (for `check` to look up in every locale).
#[derive(Debug, Default)]
pub struct Loaded {
    pub catalog: Catalog,
    pub problems: Vec<Diagnostic>,
    pub refs: Vec<MessageRef>,
    /// Whether `refs` is being filled in.
    record_refs: bool,
}

/// Loads `tree`: each folder is a course, with `course.toml` and one `.toml` file a
/// lesson, in file-name order. Courses come in folder-name order.
pub fn load(tree: &SourceTree) -> Loaded {
    load_with(tree, true)
}

/// [`load`] without noting where each message is used, which only `check` looks up:
/// the tutor's start-up is spared thousands of small allocations.
pub fn load_without_refs(tree: &SourceTree) -> Loaded {
    load_with(tree, false)
}

fn load_with(tree: &SourceTree, record_refs: bool) -> Loaded {
    let mut folders: BTreeMap<String, Vec<&SourceFile>> = BTreeMap::new();
    for file in tree.with_extension("toml") {
        if let Some(folder) = course_folder(&file.relative) {
            folders.entry(folder).or_default().push(file);
        }
    }
    let mut loaded = Loaded { record_refs, ..Loaded::default() };
    let mut course_ids = HashSet::new();
    for files in folders.values() {
        let Some(course) = load_course(files, &mut loaded, &mut course_ids) else {
            continue;
        };
        loaded.catalog.courses.push(course);
    }
    loaded
}

/// The course folder of a file exactly one folder deep, such as `01-email/course.toml`.
fn course_folder(relative: &Path) -> Option<String> {
    let parts: Vec<Component> = relative.components().collect();
    match parts.as_slice() {
        [Component::Normal(folder), Component::Normal(_)] => Some(folder.to_string_lossy().into_owned()),
        _ => None,
    }
}

fn load_course(files: &[&SourceFile], loaded: &mut Loaded, course_ids: &mut HashSet<String>) -> Option<Course> {
    let Some(course_file) = files.iter().find(|f| f.relative.ends_with(COURSE_FILE)) else {
        let first = files.first()?;
        let folder = first.path.parent().unwrap_or(&first.path);
        let problem = Problem::MissingCourseFile;
        loaded.problems.push(Diagnostic::file(&folder.join(COURSE_FILE), Severity::Error, problem));
        return None;
    };
    let check = |parsed, check: &mut FileCheck| validate::course(parsed, check, course_ids);
    let mut course = parse::<CourseFile>(course_file, loaded, check)?;
    let mut lesson_ids = HashSet::new();
    for file in files.iter().filter(|f| !f.relative.ends_with(COURSE_FILE)) {
        let check = |parsed, check: &mut FileCheck| validate::lesson(parsed, check, &mut lesson_ids);
        let Some(lesson) = parse::<LessonFile>(file, loaded, check) else {
            continue;
        };
        course.lessons.push(lesson);
    }
    Some(course)
}

/// Parses one file as `T` and checks it with `check`, recording any problem.
fn parse<T: DeserializeOwned + Checked>(
    file: &SourceFile,
    loaded: &mut Loaded,
    check: impl FnOnce(T, &mut FileCheck) -> Option<T::Output>,
) -> Option<T::Output> {
    let text = match &file.text {
        Ok(text) => text,
        Err(error) => {
            loaded.problems.push(error.diagnostic(&file.path));
            return None;
        }
    };
    let mut file_check = FileCheck {
        path: &file.path,
        problems: &mut loaded.problems,
        refs: loaded.record_refs.then_some(&mut loaded.refs),
        lines: LineIndex::new(text),
    };
    match toml::from_str::<T>(text) {
        Ok(parsed) => check(parsed, &mut file_check),
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            file_check.error(offset..offset, Problem::Toml { detail: e.message().trim().to_owned() });
            None
        }
    }
}

/// Ties a file format to the model type its check produces.
pub trait Checked {
    type Output;
}

impl Checked for CourseFile {
    type Output = Course;
}

impl Checked for LessonFile {
    type Output = super::model::Lesson;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::{Key, StepBody};
    use std::fs;

    #[test]
    fn the_built_in_course_loads_in_file_order_with_every_kind_of_step() {
        let loaded = load(&SourceTree::built_in_lessons());
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let ids: Vec<_> = loaded.catalog.courses.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["finding-your-reason", "getting-started", "email", "video-calls", "nhs-prescriptions"]);
        let course = &loaded.catalog.courses[1];
        let ids: Vec<_> = course.lessons.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["using-this-tutor", "using-a-keyboard"]);
        let keyboard = &course.lessons[1];
        let keys: Vec<Key> = keyboard
            .steps
            .iter()
            .filter_map(|s| match s.body {
                StepBody::Key { key, .. } => Some(key),
                _ => None,
            })
            .collect();
        assert_eq!(
            keys,
            [Key::Enter, Key::Space, Key::Char('a'), Key::Char('A'), Key::Up, Key::Down, Key::Left, Key::Right]
        );
        assert!(keyboard.steps.iter().any(|s| matches!(s.body, StepBody::Type { .. })));
        assert!(keyboard.steps.iter().any(|s| matches!(s.body, StepBody::Question { correct: Some(2), .. })));
        assert!(!loaded.refs.is_empty(), "message uses are recorded for check");
        let quick = load_without_refs(&SourceTree::built_in_lessons());
        assert!(quick.refs.is_empty(), "and only for check");
        assert_eq!(format!("{:?}", quick.catalog), format!("{:?}", loaded.catalog));
    }

    #[test]
    fn a_lesson_added_as_a_file_joins_its_course_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        let course = dir.path().join("01-course");
        fs::create_dir(&course).unwrap();
        fs::write(course.join(COURSE_FILE), "format_version = 1\nid = \"c\"\ntitle = \"t\"\nsummary = \"s\"\n")
            .unwrap();
        let lesson = |id: &str| {
            format!(
                "format_version = 1\nid = \"{id}\"\ntitle = \"t\"\nsummary = \"s\"\nskills = [\"foundation\"]\n\n[[steps]]\nid = \"x\"\nkind = \"explain\"\ntitle = \"t\"\ntext = \"t\"\n"
            )
        };
        fs::write(course.join("02-second.toml"), lesson("second")).unwrap();
        fs::write(course.join("01-first.toml"), lesson("first")).unwrap();
        fs::write(course.join("notes.md"), "not a lesson").unwrap();
        let loaded = load(&SourceTree::from_dir(dir.path()).unwrap());
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let ids: Vec<_> = loaded.catalog.courses[0].lessons.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["first", "second"]);
    }

    #[test]
    fn milestones_are_read_in_order_and_a_repeated_or_bad_id_is_named_at_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let course = dir.path().join("01-course");
        fs::create_dir(&course).unwrap();
        let milestone = |id: &str| format!("\n[[milestones]]\nid = \"{id}\"\nwords = \"w-{id}\"\n");
        let text = format!(
            "format_version = 1\nid = \"c\"\ntitle = \"t\"\nsummary = \"s\"\n{}{}{}{}",
            milestone("sent"),
            milestone("called"),
            milestone("sent"),
            milestone("Bad Id")
        );
        fs::write(course.join(COURSE_FILE), text).unwrap();
        let loaded = load(&SourceTree::from_dir(dir.path()).unwrap());
        let ids: Vec<_> =
            loaded.catalog.courses[0].milestones.iter().map(|m| (m.id.as_str(), m.words.as_str())).collect();
        assert_eq!(ids, [("sent", "w-sent"), ("called", "w-called")]);
        let places: Vec<(usize, String)> =
            loaded.problems.iter().map(|p| (p.line, format!("{:?}", p.problem))).collect();
        assert_eq!(places.len(), 2, "{places:?}");
        assert!(places[0].0 == 15 && places[0].1.contains("milestone"), "the repeated id, line 15: {places:?}");
        assert!(places[1].0 == 19 && places[1].1.contains("Bad Id"), "the bad id, line 19: {places:?}");
    }
}
