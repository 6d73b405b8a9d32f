//! `signpost list`: every course and lesson with its id and skills areas, for partners
//! and champions.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::content::source::SourceTree;
use crate::i18n::{Args, I18n};
use crate::lesson;

/// Prints the courses; problems in the lesson files go to stderr.
pub fn run(i18n: &I18n, lessons: &SourceTree) -> ExitCode {
    let loaded = lesson::load(lessons);
    for problem in &loaded.problems {
        eprintln!("{}", i18n.diagnostic(problem));
    }
    // A coordinator sees the courses the hub file hides, marked, to know their ids.
    let hub = super::hub_settings(i18n);
    let mut out = io::stdout().lock();
    for course in &loaded.catalog.courses {
        let args = Args::new().with("title", i18n.tr(&course.title)).with("id", course.id.as_str());
        let id = if hub.courses.shows(&course.id) { "list-course" } else { "list-course-hidden" };
        let _ = writeln!(out, "{}", i18n.tr_args(id, &args));
        for (number, lesson) in course.lessons.iter().enumerate() {
            let skills: Vec<String> = lesson.skills.iter().map(|s| i18n.tr(&format!("skill-{s}"))).collect();
            let args = Args::new()
                .with("number", number + 1)
                .with("title", i18n.tr(&lesson.title))
                .with("id", lesson.id.as_str())
                .with("skills", skills.join(", "));
            let _ = writeln!(out, "{}", i18n.tr_args("list-lesson", &args));
        }
    }
    ExitCode::SUCCESS
}
