//! Lessons and courses completed in a report's window, counted once for each learner,
//! and the lessons month by month, in one pass over each learner's first completion of
//! each lesson (`lesson_first`, kept as completions are saved: migration 11).

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use rustc_hash::FxHashMap;

use super::months::MonthTally;
use super::StoreError;

/// When each learner first completed each lesson, before the end of the window, in
/// learner order (the table's own), so no sort is needed.
pub(super) const FIRSTS: &str = "SELECT learner_id, lesson, first_at FROM lesson_first WHERE first_at < ?1";
/// The lessons' numbers in `lesson_first`.
const LESSON_KEYS: &str = "SELECT id, course_id, lesson_id FROM lesson_key";

/// Lessons and courses completed in a window; see [`completions`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completions {
    /// `(course id, lesson id, learners)`, in id order.
    pub lessons: Vec<(String, String, u64)>,
    /// `(course id, learners)`, in id order.
    pub courses: Vec<(String, u64)>,
}

/// Lessons and courses first completed in `[start, end)`, counted once for each learner;
/// each lesson also in its month, in `months`. A lesson counts when the learner first
/// completes it (doing it again later does not count again). A course counts when the
/// learner has completed every lesson `catalog` gives it (course id, lesson ids), in the
/// window holding the last of those first completions.
pub(super) fn completions(
    conn: &Connection,
    (start, end): (&str, &str),
    catalog: &[(String, Vec<String>)],
    months: &mut MonthTally<'_>,
) -> Result<Completions, StoreError> {
    let mut tally = Tally::new(start, catalog);
    let mut keys = conn.prepare_cached(LESSON_KEYS)?;
    let mut rows = keys.query([])?;
    while let Some(row) = rows.next()? {
        tally.add_lesson(row.get(0)?, row.get(1)?, row.get(2)?);
    }
    let mut firsts = conn.prepare_cached(FIRSTS)?;
    let mut rows = firsts.query([end])?;
    while let Some(row) = rows.next()? {
        let (learner, key) = (row.get(0)?, row.get(1)?);
        let at = row.get_ref(2)?.as_str().unwrap_or_default();
        // Every lesson in lesson_first is in lesson_key: both are read in one transaction.
        let Some(&lesson) = tally.lesson_index.get(&key) else { continue };
        if tally.add(learner, lesson, at) {
            months.month(at)?.lessons_completed += 1;
        }
    }
    Ok(tally.finish())
}

/// Adds up first completions read in learner order, for [`completions`].
struct Tally<'a> {
    /// The start of the window.
    start: &'a str,
    /// Each course's lessons in the catalog; a course listed twice is the last of its
    /// lists, as in a map of them.
    catalog: HashMap<&'a str, HashSet<&'a str>>,
    /// Each lesson numbered in `lesson_key`, and where it is in `lessons`.
    lesson_index: FxHashMap<i64, usize>,
    lessons: Vec<Lesson>,
    courses: Vec<Course>,
    course_index: FxHashMap<String, usize>,
    /// The learner being read, and the courses of theirs read so far.
    learner: Option<i64>,
    touched: Vec<usize>,
}

/// A lesson, and the learners who first completed it in the window.
struct Lesson {
    id: String,
    course: usize,
    in_catalog: bool,
    learners: u64,
}

/// A course, the learners who completed it in the window, and how far the learner being
/// read has got with it.
struct Course {
    id: String,
    /// How many lessons the catalog gives it (None: not in the catalog).
    lessons_in_catalog: Option<usize>,
    completed: u64,
    /// The learner's lessons of it in the catalog, and the last of their first
    /// completions.
    done: usize,
    last: String,
}

impl<'a> Tally<'a> {
    fn new(start: &'a str, catalog: &'a [(String, Vec<String>)]) -> Self {
        Tally {
            start,
            catalog: catalog
                .iter()
                .map(|(c, lessons)| (c.as_str(), lessons.iter().map(String::as_str).collect()))
                .collect(),
            lesson_index: FxHashMap::default(),
            lessons: Vec::new(),
            courses: Vec::new(),
            course_index: FxHashMap::default(),
            learner: None,
            touched: Vec::new(),
        }
    }

    /// Adds lesson `key` of `lesson_key`.
    fn add_lesson(&mut self, key: i64, course_id: String, lesson_id: String) {
        let in_course = self.catalog.get(course_id.as_str());
        let in_catalog = in_course.is_some_and(|lessons| lessons.contains(lesson_id.as_str()));
        let lessons_in_catalog = in_course.map(HashSet::len);
        let course = match self.course_index.get(&course_id) {
            Some(i) => *i,
            None => {
                self.course_index.insert(course_id.clone(), self.courses.len());
                let id = course_id;
                self.courses.push(Course { id, lessons_in_catalog, completed: 0, done: 0, last: String::new() });
                self.courses.len() - 1
            }
        };
        self.lesson_index.insert(key, self.lessons.len());
        self.lessons.push(Lesson { id: lesson_id, course, in_catalog, learners: 0 });
    }

    /// Adds a learner's first completion of `lesson` (an index into `lessons`); true when
    /// it is in the window.
    fn add(&mut self, learner: i64, lesson: usize, at: &str) -> bool {
        if self.learner != Some(learner) {
            self.finish_learner();
            self.learner = Some(learner);
        }
        let counted = at >= self.start;
        let Lesson { course: i, in_catalog, learners, .. } = &mut self.lessons[lesson];
        *learners += u64::from(counted);
        if *in_catalog {
            let course = &mut self.courses[*i];
            if course.done == 0 {
                self.touched.push(*i);
            }
            course.done += 1;
            if at > course.last.as_str() {
                course.last.replace_range(.., at);
            }
        }
        counted
    }

    /// Counts each course the learner just read completed, the last of its lessons in the
    /// window.
    fn finish_learner(&mut self) {
        for i in self.touched.drain(..) {
            let course = &mut self.courses[i];
            if course.lessons_in_catalog == Some(course.done) && course.last.as_str() >= self.start {
                course.completed += 1;
            }
            course.done = 0;
            course.last.clear();
        }
    }

    fn finish(mut self) -> Completions {
        self.finish_learner();
        let courses = &self.courses;
        let mut lessons: Vec<(String, String, u64)> = self
            .lessons
            .into_iter()
            .filter(|l| l.learners > 0)
            .map(|l| (courses[l.course].id.clone(), l.id, l.learners))
            .collect();
        lessons.sort();
        let mut courses: Vec<(String, u64)> =
            self.courses.into_iter().filter(|c| c.completed > 0).map(|c| (c.id, c.completed)).collect();
        courses.sort();
        Completions { lessons, courses }
    }
}
