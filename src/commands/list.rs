//! `signpost list`: every course and lesson with its id and skills areas, and where each
//! course comes from (built in, or a course pack's folder), for partners and champions.

use std::io::{self, Write};
use std::process::ExitCode;

use crate::content::packs::Packs;
use crate::content::source::SourceTree;
use crate::i18n::{Args, I18n};
use crate::lesson::{self, Origin};

/// Prints the courses; problems in the lesson files go to stderr. `locales` holds the
/// packs' words too ([`crate::i18n::with_pack_words`]), so their titles can be shown.
pub fn run(i18n: &I18n, lessons: &SourceTree, locales: &SourceTree, packs: &Packs) -> ExitCode {
    let loaded = lesson::with_packs(lessons, packs);
    for problem in &loaded.problems {
        eprintln!("{}", i18n.diagnostic(problem));
    }
    // The command line's words, with the packs' own behind them.
    let words = I18n::on_demand(locales, &[i18n.language().clone()]);
    // A coordinator sees the courses the hub file hides, marked, to know their ids.
    let hub = super::hub_settings(i18n);
    let mut out = io::stdout().lock();
    for course in &loaded.catalog.courses {
        let origin = match &course.origin {
            Origin::BuiltIn => words.tr("list-origin-built-in"),
            Origin::Pack { folder, .. } => {
                words.tr_args("list-origin-pack", &Args::new().with("folder", folder.display().to_string()))
            }
        };
        let args =
            Args::new().with("title", words.tr(&course.title)).with("id", course.id.as_str()).with("origin", origin);
        let id = if hub.courses.shows(&course.id) { "list-course" } else { "list-course-hidden" };
        let _ = writeln!(out, "{}", words.tr_args(id, &args));
        for (number, lesson) in course.lessons.iter().enumerate() {
            let skills: Vec<String> = lesson.skills.iter().map(|s| words.tr(&format!("skill-{s}"))).collect();
            let args = Args::new()
                .with("number", number + 1)
                .with("title", words.tr(&lesson.title))
                .with("id", lesson.id.as_str())
                .with("skills", skills.join(", "));
            let _ = writeln!(out, "{}", words.tr_args("list-lesson", &args));
        }
    }
    ExitCode::SUCCESS
}
