//! `signpost`: parse the command line, open lessons, words, progress and voice, run the
//! chosen front end, and turn failures into kind words and exit codes.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use signpost::app::App;
use signpost::cli::{self, Action, Options};
use signpost::i18n::{requested_languages, Args, I18n, Mode};
use signpost::lesson::{self, Catalog};
use signpost::source::SourceTree;
use signpost::speech::Voice;
use signpost::store::{Store, StoreError};
use signpost::ui::{plain, tui};
use signpost::{check, learner_cmd, logging, report};

/// Exit status for a problem that stopped the tutor starting (as for a usage error).
const FAILED: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let requested = requested_languages(cli::early_value(&args, "lang").as_deref());
    let built_in_words = I18n::built_in(&requested);
    let locales = match tree(cli::early_value(&args, "locales").map(PathBuf::from), SourceTree::built_in_locales) {
        Ok(tree) => tree,
        Err(message) => return fail(&built_in_words, message),
    };
    let (i18n, _) = I18n::load(&locales, &requested);
    let matches = match cli::command(&i18n).try_get_matches_from(&args) {
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
        Err(message) => return fail(&i18n, message),
    };
    let result = match options.action {
        Action::Check => Ok(run_check(&i18n, &lessons, &locales)),
        Action::List => Ok(run_list(&i18n, &lessons)),
        Action::Learner => run_learner(&i18n, &options, &lessons, &locales),
        Action::Report => run_report(&i18n, &options, &lessons),
        Action::Tutor => run_tutor(&i18n, &options, &lessons, &locales),
    };
    result.unwrap_or_else(|message| fail(&i18n, message))
}

/// A failure to report: a message id and its arguments.
struct Failure(&'static str, Args);

fn fail(i18n: &I18n, Failure(id, args): Failure) -> ExitCode {
    eprintln!("{}", i18n.tr_args(id, &args));
    ExitCode::from(FAILED)
}

/// The files of `dir`, or the built-in ones when no folder was given.
fn tree(dir: Option<PathBuf>, built_in: fn() -> SourceTree) -> Result<SourceTree, Failure> {
    match dir {
        None => Ok(built_in()),
        Some(dir) => SourceTree::from_dir(&dir).map_err(|e| {
            Failure("error-folder", Args::new().with("path", dir.display().to_string()).with("detail", e.to_string()))
        }),
    }
}

fn run_check(i18n: &I18n, lessons: &SourceTree, locales: &SourceTree) -> ExitCode {
    let report = check::check(lessons, locales);
    let mut out = io::stdout().lock();
    for problem in &report.problems {
        let _ = writeln!(out, "{}", problem.render(i18n));
    }
    let lesson_count: usize = report.catalog.courses.iter().map(|c| c.lessons.len()).sum();
    let args = Args::new()
        .with("courses", report.catalog.courses.len())
        .with("lessons", lesson_count)
        .with("errors", report.errors())
        .with("warnings", report.warnings());
    for locale in &report.locales {
        let args = Args::new()
            .with("locale", locale.locale.as_str())
            .with("translated", locale.translated)
            .with("total", locale.total)
            .with("missing", locale.missing)
            .with("obsolete", locale.obsolete);
        let _ = writeln!(out, "{}", i18n.tr_args("check-locale-summary", &args));
    }
    let _ = writeln!(out, "{}", i18n.tr_args("check-summary", &args));
    ExitCode::from(u8::from(report.errors() > 0))
}

fn run_list(i18n: &I18n, lessons: &SourceTree) -> ExitCode {
    let loaded = lesson::load(lessons);
    for problem in &loaded.problems {
        eprintln!("{}", problem.render(i18n));
    }
    let mut out = io::stdout().lock();
    for course in &loaded.catalog.courses {
        let args = Args::new().with("title", i18n.tr(&course.title)).with("id", course.id.as_str());
        let _ = writeln!(out, "{}", i18n.tr_args("list-course", &args));
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

fn run_report(i18n: &I18n, options: &Options, lessons: &SourceTree) -> Result<ExitCode, Failure> {
    let dir = if options.report.merge.is_empty() { Some(data_dir(options)?) } else { None };
    report::run(i18n, &options.report, dir.as_deref(), lessons, &mut io::stdout().lock()).map_err(|e| match e {
        report::Error::Store(e) => store_failure(&e),
        report::Error::Message(id, args) => Failure(id, args),
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Plain mode when asked for, or when the terminal cannot take a full-screen program.
fn wants_plain(options: &Options) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    options.plain
        || set("ACCESSIBLE")
        || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || !io::stdin().is_terminal()
        || !io::stdout().is_terminal()
}

fn data_dir(options: &Options) -> Result<PathBuf, Failure> {
    if let Some(dir) = &options.data_dir {
        return Ok(dir.clone());
    }
    directories::ProjectDirs::from("", "", "signpost")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(Failure("error-no-data-dir", Args::new()))
}

fn store_failure(error: &StoreError) -> Failure {
    let args = |path: &Path| Args::new().with("path", path.display().to_string()).with("detail", error.to_string());
    match error {
        StoreError::Damaged { path, .. } => Failure("error-store-damaged", args(path)),
        StoreError::TooNew { path, .. } => Failure("error-store-too-new", args(path)),
        StoreError::Folder { path, .. } | StoreError::Open { path, .. } => Failure("error-store-open", args(path)),
        StoreError::Migration(_) | StoreError::Sql(_) | StoreError::Pin(_) => {
            Failure("error-store-open", args(Path::new(store_name())))
        }
    }
}

fn store_name() -> &'static str {
    signpost::store::DB_FILE
}

/// `signpost learner ...`: see `signpost::learner_cmd`.
fn run_learner(
    i18n: &I18n,
    options: &Options,
    lessons: &SourceTree,
    locales: &SourceTree,
) -> Result<ExitCode, Failure> {
    let Some(command) = &options.learner else { return Ok(ExitCode::from(FAILED)) };
    let store = Store::open(&data_dir(options)?).map_err(|e| store_failure(&e))?;
    let words = learner_cmd::Words { i18n, locales, explicit_lang: options.lang.is_some() };
    let catalog = lesson::load(lessons).catalog;
    let done = learner_cmd::run(&words, &catalog, &store, command, &mut io::stdout().lock());
    done.map(|()| ExitCode::SUCCESS).map_err(|refusal| Failure(refusal.id, refusal.args))
}

fn run_tutor(i18n: &I18n, options: &Options, lessons: &SourceTree, locales: &SourceTree) -> Result<ExitCode, Failure> {
    let plain = wants_plain(options);
    let dir = data_dir(options)?;
    let store = Store::open(&dir).map_err(|e| store_failure(&e))?;
    if let Err(e) = logging::init(&dir) {
        eprintln!("{}", i18n.tr_args("error-log", &Args::new().with("detail", e.to_string())));
    }
    let report = check::check(lessons, locales);
    for problem in report.problems.iter().filter(|p| p.is_error()) {
        log::warn!("{}", problem.render(i18n));
    }
    let catalog: Catalog = report.catalog;
    if catalog.courses.is_empty() {
        return Err(Failure("error-no-lessons", Args::new()));
    }
    let voice = Voice::start(options.speech, options.speech_log.as_deref()).map_err(|e| {
        let path = options.speech_log.as_deref().unwrap_or(Path::new("")).display().to_string();
        Failure("error-speech-log", Args::new().with("path", path).with("detail", e.to_string()))
    })?;
    // The tutor's own copy of the words: a learner may switch language while it runs.
    let (mut words, _) = I18n::load(locales, &[i18n.language().clone()]);
    words.set_mode(if plain { Mode::Plain } else { Mode::Tui });
    let mut app = App::new(&catalog, words, locales.clone(), store, voice).map_err(|e| store_failure(&e))?;
    if options.speech {
        if let Some(name) = signpost::speech::screen_reader::running() {
            app.dispatch(signpost::tutor::Message::ScreenReaderFound(name));
        }
    }
    let outcome = if plain {
        plain::run(&mut app, io::stdin().lock(), io::stdout().lock()).map_err(anyhow::Error::from)
    } else {
        let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        tui::run(&mut app, tui::Look { colour })
    };
    match outcome {
        Ok(()) => {
            let goodbye = app.farewell();
            println!("{goodbye}");
            Ok(ExitCode::SUCCESS)
        }
        // A closed pipe (the reader went away) is not a failure of the tutor.
        Err(e) if e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) => {
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            log::error!("{e:#}");
            Err(Failure("error-terminal", Args::new().with("detail", format!("{e:#}"))))
        }
    }
}
