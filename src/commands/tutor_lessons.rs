//! The tutor's lessons: what is refused before the first screen, found without reading a
//! lesson file; everything else read on the lessons' own thread ([`lesson::Sources`]);
//! and the list put together when the learner first answers, with what was left out.

use std::path::{Path, PathBuf};

use crate::content::diag::Diagnostic;
use crate::content::packs::Packs;
use crate::content::source::{holds_extension, SourceTree};
use crate::hub::CourseChoice;
use crate::i18n::{with_pack_words, Args, I18n};
use crate::lesson::{self, Arrived, Origin, Sources};
use crate::shell::Ready;
use crate::text::UserError;

/// Where the lessons come from, with what must be refused at once refused: a lessons
/// `folder` that cannot be read, or one with no course file at all and no course pack.
/// The folder is listed only as far as its first `.toml` file, and packs are looked for
/// only when there is none.
pub fn sources(folder: Option<&Path>, courses: &[PathBuf]) -> Result<Sources, UserError> {
    let mut packs = None;
    if let Some(folder) = folder {
        let any_course = holds_extension(folder, "toml").map_err(|e| super::unreadable_folder(folder, &e))?;
        if !any_course {
            let found = Packs::find(courses);
            if found.packs.is_empty() {
                return Err(UserError::new("error-no-lessons"));
            }
            packs = Some(found);
        }
    }
    Ok(Sources { folder: folder.map(Path::to_path_buf), courses: courses.to_vec(), packs })
}

/// Waits for the lessons on their thread and puts the tutor's list together: a broken
/// lesson is left out and named in the log (the full cross-check with every locale is
/// `signpost check`'s job, and built-in content is checked by the tests), and courses
/// the hub hides are left off the learner's list (their progress stays). The packs'
/// words join `locales`. Gives the notices of what was left out, to be said.
pub fn finish_loading(
    i18n: &I18n,
    locales: &SourceTree,
    folder: Option<&Path>,
    courses: &CourseChoice,
    loading: lesson::Loading,
) -> (Result<Ready, UserError>, Vec<String>) {
    let Arrived { loaded, packs } = match loading.wait() {
        Ok(arrived) => arrived,
        // Only a folder can fail (listed at start-up, it could not be read by now).
        Err(e) => return (Err(super::unreadable_folder(folder.unwrap_or(Path::new("")), &e)), Vec::new()),
    };
    for problem in loaded.problems.iter().filter(|p| p.is_error()) {
        log::warn!("{}", i18n.diagnostic(problem));
    }
    let notices = left_out(i18n, &packs, &loaded);
    notices.iter().for_each(|notice| log::warn!("{notice}"));
    let mut catalog = loaded.catalog;
    catalog.courses.retain(|course| courses.shows(&course.id));
    if catalog.courses.is_empty() {
        return (Err(UserError::new("error-no-lessons")), notices);
    }
    let with_packs = with_pack_words(locales, &packs);
    let locales = (with_packs.files.len() > locales.files.len()).then_some(with_packs);
    (Ok(Ready { catalog, locales }), notices)
}

/// Which course pack (or part of one) is left out because of a mistake, and where its
/// first mistake is: the other courses are all there, and a champion knows where to
/// look. `signpost check` lists every mistake.
fn left_out(i18n: &I18n, packs: &Packs, loaded: &lesson::Loaded) -> Vec<String> {
    let place = |p: &Diagnostic| format!("{}:{}:{}", p.path.display(), p.line, p.col);
    // A folder of packs that could not be read, or a folder in it that is no pack.
    let mut notices: Vec<String> = packs
        .problems
        .iter()
        .map(|problem| i18n.tr_args("pack-folder-left-out", &Args::new().with("problem", i18n.diagnostic(problem))))
        .collect();
    for pack in &packs.packs {
        let in_pack = |p: &&Diagnostic| p.is_error() && packs.pack_of(&p.path).is_some_and(|o| o.folder == pack.folder);
        let Some(first) = loaded.problems.iter().find(in_pack) else { continue };
        let shown = loaded
            .catalog
            .courses
            .iter()
            .any(|c| matches!(&c.origin, Origin::Pack { folder, .. } if *folder == pack.folder));
        let id = if shown { "pack-part-left-out" } else { "pack-left-out" };
        let args = Args::new().with("folder", pack.folder.display().to_string()).with("place", place(first));
        notices.push(i18n.tr_args(id, &args));
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// Writes a course folder `name` with the course id `id` under `dir`.
    fn course(dir: &Path, name: &str, id: &str) {
        fs::create_dir_all(dir.join(name)).unwrap();
        let text = format!("format_version = 1\nid = \"{id}\"\ntitle = \"t\"\nsummary = \"s\"\n");
        fs::write(dir.join(name).join(lesson::COURSE_FILE), text).unwrap();
    }

    fn ids(arrived: &Arrived) -> Vec<&str> {
        arrived.loaded.catalog.courses.iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn start_up_reads_no_lesson_nor_pack_the_lessons_thread_reads_them_all() {
        let lessons = tempfile::tempdir().unwrap();
        let courses = tempfile::tempdir().unwrap();
        course(lessons.path(), "01-one", "one");
        let sources = sources(Some(lessons.path()), &[courses.path().to_path_buf()]).unwrap();
        // What changes after start-up's checks is what the lessons' thread finds: start-up
        // kept the folders, not their files.
        course(lessons.path(), "02-two", "two");
        fs::write(lessons.path().join("01-one").join(lesson::COURSE_FILE), "not a course").unwrap();
        course(courses.path(), "pack", "pack");
        let arrived = sources.read().unwrap();
        let found = ids(&arrived);
        assert!(!found.contains(&"one") && found.contains(&"two") && found.contains(&"pack"), "{found:?}");
        assert!(arrived.loaded.problems.iter().any(|p| p.path.ends_with("01-one/course.toml")));
    }

    #[test]
    fn a_folder_that_cannot_be_read_is_refused_at_once_and_packs_are_found_only_without_a_course() {
        let missing = Path::new("/nonexistent/signpost-lessons");
        let refused = sources(Some(missing), &[]).err().unwrap();
        assert_eq!(refused.id, "error-folder");
        let lessons = tempfile::tempdir().unwrap();
        let courses = tempfile::tempdir().unwrap();
        course(courses.path(), "pack", "pack");
        let with_packs = sources(Some(lessons.path()), &[courses.path().to_path_buf()]).unwrap();
        assert!(with_packs.packs.is_some_and(|p| p.packs.len() == 1), "no course file: the packs are looked for");
        course(lessons.path(), "01-one", "one");
        let sources = sources(Some(lessons.path()), &[courses.path().to_path_buf()]).unwrap();
        assert!(sources.packs.is_none(), "a course file: the packs are left to the lessons' thread");
    }
}
