//! `signpost`: parse the command line, run the chosen command, and turn a failure into
//! kind words and an exit code.

use std::ffi::OsString;
use std::mem::ManuallyDrop;
use std::path::PathBuf;
use std::process::ExitCode;

use signpost::cli::{self, Task};
use signpost::commands;
use signpost::content::packs::Packs;
use signpost::content::source::SourceTree;
use signpost::i18n::{requested_languages, with_pack_words, I18n};
use signpost::text::UserError;

/// Exit status for a problem that stopped a command (as for a usage error).
const FAILED: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if let Some(version) = cli::version_only(&args) {
        println!("{version}");
        return ExitCode::SUCCESS;
    }
    let requested = requested_languages(cli::early_value(&args, "lang").as_deref());
    let locales = match tree(cli::early_value(&args, "locales").map(PathBuf::from), SourceTree::built_in_locales) {
        Ok(tree) => tree,
        Err(error) => return fail(&I18n::built_in(&requested), &error),
    };
    // Each .ftl file is read when one of its words is first wanted: help reads only the
    // command line's words, and the tutor's first screen only its own.
    let i18n = I18n::on_demand(&locales, &requested);
    let matches = match cli::parse(&i18n, &args) {
        Ok(matches) => matches,
        Err(e) => {
            // Help and version go to stdout with status 0; usage errors to stderr with 2.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(FAILED));
        }
    };
    let options = cli::options(&matches);
    let content = || Content::read(&options, &locales);
    let result = match options.task {
        // The tutor reads its lessons and course packs on their own thread.
        Task::Tutor => commands::tutor::run(&i18n, &options, &locales),
        Task::Check => content().map(|c| commands::check::run(&i18n, &c.lessons, &c.locales, &c.packs)),
        Task::List => content().map(|c| commands::list::run(&i18n, &c.lessons, &c.locales, &c.packs)),
        Task::Learner => {
            content().and_then(|c| commands::learner::start(&i18n, &options, &c.lessons, &c.locales, &c.packs))
        }
        Task::Report => content().and_then(|c| commands::report::run(&i18n, &options, &c.lessons, &c.packs)),
        Task::ResetChampionPin => content().and_then(|_| commands::champion_pin::reset(&i18n, &options)),
    };
    let code = result.unwrap_or_else(|error| fail(&i18n, &error));
    // The process gives its memory back whole: freeing every parsed message one by one
    // would only make an old PC wait at goodbye.
    std::mem::forget((i18n, locales));
    code
}

/// The lessons, course packs and words, read whole before a command other than the
/// tutor's runs (the tutor reads them on a thread of their own, see `commands::tutor`).
struct Content {
    lessons: SourceTree,
    /// Signpost's words (or `--locales`) with the course packs' after them.
    locales: SourceTree,
    packs: Packs,
}

impl Content {
    /// Reads everything. It is never freed: the process gives it back whole at goodbye,
    /// rather than lesson by lesson.
    fn read(options: &cli::Options, locales: &SourceTree) -> Result<ManuallyDrop<Content>, UserError> {
        let lessons = tree(options.lessons.clone(), SourceTree::built_in_lessons)?;
        // Course packs: beside the built-in courses, with their words after Signpost's own.
        let packs = Packs::find(&options.courses);
        let locales = with_pack_words(locales, &packs);
        Ok(ManuallyDrop::new(Content { lessons, locales, packs }))
    }
}

/// Says what went wrong, in the learner's language, on stderr.
fn fail(i18n: &I18n, error: &UserError) -> ExitCode {
    eprintln!("{}", i18n.tr_args(error.id, &error.args));
    ExitCode::from(FAILED)
}

/// The files of `dir`, or the built-in ones when no folder was given.
fn tree(dir: Option<PathBuf>, built_in: fn() -> SourceTree) -> Result<SourceTree, UserError> {
    match dir {
        None => Ok(built_in()),
        Some(dir) => SourceTree::from_dir(&dir).map_err(|e| commands::unreadable_folder(&dir, &e)),
    }
}
