//! `signpost`: parse the command line, run the chosen command, and turn a failure into
//! kind words and an exit code.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use signpost::cli::{self, Task};
use signpost::commands;
use signpost::content::packs::Packs;
use signpost::content::source::SourceTree;
use signpost::i18n::{requested_languages, with_pack_words, I18n};
use signpost::lesson;
use signpost::text::{Args, UserError};

/// Exit status for a problem that stopped a command (as for a usage error).
const FAILED: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if let Some(version) = cli::version_only(&args) {
        println!("{version}");
        return ExitCode::SUCCESS;
    }
    // The built-in lessons' thread is made now; it loads them once the first screen is out.
    let preload = (cli::runs_tutor(&args) && cli::early_value(&args, "lessons").is_none())
        .then(|| lesson::Preload::start(SourceTree::built_in_lessons()));
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
    let lessons = match tree(options.lessons.clone(), SourceTree::built_in_lessons) {
        Ok(tree) => tree,
        Err(error) => return fail(&i18n, &error),
    };
    // Course packs: beside the built-in courses, with their words after Signpost's own.
    let packs = Packs::find(&options.courses);
    let locales = with_pack_words(&locales, &packs);
    let result = match options.task {
        Task::Check => Ok(commands::check::run(&i18n, &lessons, &locales, &packs)),
        Task::List => Ok(commands::list::run(&i18n, &lessons, &locales, &packs)),
        Task::Learner => commands::learner::start(&i18n, &options, &lessons, &locales, &packs),
        Task::Report => commands::report::run(&i18n, &options, &lessons, &packs),
        Task::ResetChampionPin => commands::champion_pin::reset(&i18n, &options),
        Task::Tutor => commands::tutor::run(&i18n, &options, &lessons, &locales, &packs, preload),
    };
    let code = result.unwrap_or_else(|error| fail(&i18n, &error));
    // The process gives its memory back whole: freeing every parsed message and lesson
    // one by one would only make an old PC wait at goodbye.
    std::mem::forget((i18n, lessons, locales, packs));
    code
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
        Some(dir) => SourceTree::from_dir(&dir).map_err(|e| {
            UserError::with(
                "error-folder",
                Args::new().with("path", dir.display().to_string()).with("detail", e.to_string()),
            )
        }),
    }
}
