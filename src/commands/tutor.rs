//! Starting the tutor: open the progress file, the log, the lessons and the voice, pick
//! the front end (full-screen or plain), run it, and say goodbye.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use super::data_dir;
use crate::cli::Options;
use crate::content::diag::Diagnostic;
use crate::content::packs::Packs;
use crate::content::source::SourceTree;
use crate::hub::CourseChoice;
use crate::i18n::{Args, I18n, Mode};
use crate::lesson::Catalog;
use crate::lesson::{self, Origin};
use crate::shell::{self, logging, App, Lessons};
use crate::speech::{screen_reader, Voice};
use crate::store::Store;
use crate::text::UserError;
use crate::tutor::Message;
use crate::ui::{plain, tui};

/// Runs the tutor until the learner stops; the goodbye is printed after the screen is
/// restored, so it stays in the terminal.
/// `preload` holds `lessons` already loading, if `main` started them; the course `packs`
/// join them, and `locales` holds the packs' words too ([`crate::i18n::with_pack_words`]).
pub fn run(
    i18n: &I18n,
    options: &Options,
    lessons: &SourceTree,
    locales: &SourceTree,
    packs: &Packs,
    preload: Option<lesson::Preload>,
) -> Result<ExitCode, UserError> {
    let plain = wants_plain(options);
    // No course file at all is known at once; a course left out is known once loaded.
    if lessons.with_extension("toml").next().is_none() && packs.packs.is_empty() {
        return Err(UserError::new("error-no-lessons"));
    }
    // The lessons load on a second thread, a moment after the first screen is out
    // (`shell::Lessons`), while the learner reads it.
    let loading = preload.unwrap_or_else(|| lesson::Preload::start(lessons.clone()));
    let gate = loading.gate();
    let Opened { store, voice, words, courses } = open(i18n, options, locales, packs, plain)?;
    // What was left out is said on stderr: at once in plain mode, after the full-screen
    // view (which stderr would scribble over) gives the screen back.
    let untold = std::cell::RefCell::new(Vec::new());
    let tell_later = &untold;
    let later = Box::new(move || {
        let (catalog, notices) = finish_loading(i18n, lessons, packs, &courses, loading);
        match plain {
            true => notices.iter().for_each(|notice| eprintln!("{notice}")),
            false => tell_later.borrow_mut().extend(notices),
        }
        catalog
    });
    let mut app = App::with_lessons(Lessons::later(gate, later), words, locales.clone(), store, voice)?;
    // The tutor offers plain mode and to turn its own voice off, as they apply.
    if let Some(name) = screen_reader::running() {
        app.dispatch(Message::ScreenReaderFound(name));
    }
    // Each page is written in one go (plain mode flushes after each), not line by line.
    let out = || io::BufWriter::new(io::stdout().lock());
    let run_plain = |app: &mut App| shell::run(app, &mut plain::Plain::new(io::BufReader::new(io::stdin()), out()));
    let outcome = if plain {
        run_plain(&mut app)
    } else {
        let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        tui::run(&mut app, tui::Look { colour }).and_then(|()| {
            // Chosen in the full-screen view: the screen is given back, and the same
            // session carries on in plain mode.
            if app.wants_plain() {
                app.use_plain();
                run_plain(&mut app)
            } else {
                Ok(())
            }
        })
    };
    let farewell = outcome.is_ok().then(|| app.farewell());
    app.close();
    untold.take().iter().for_each(|notice| eprintln!("{notice}"));
    match outcome {
        Ok(()) => {
            // A reader that went away (`signpost | head`) is no reason to fail.
            let _ = writeln!(io::stdout(), "{}", farewell.unwrap_or_default());
            Ok(ExitCode::SUCCESS)
        }
        // A closed pipe (the reader went away) is not a failure of the tutor.
        Err(e) if e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) => {
            Ok(ExitCode::SUCCESS)
        }
        // No course could be shown once the lessons had loaded.
        Err(e) if e.downcast_ref::<UserError>().is_some() => {
            Err(e.downcast::<UserError>().unwrap_or_else(|_| unreachable!()))
        }
        Err(e) => {
            log::error!("{e:#}");
            Err(UserError::with("error-terminal", Args::new().with("detail", format!("{e:#}"))))
        }
    }
}

/// Waits for the lessons on their thread and puts the tutor's list together: the
/// course packs join them, a broken lesson is left out and named in the log (the full
/// cross-check with every locale is `signpost check`'s job, and built-in content is
/// checked by the tests), and courses the hub hides are left off the learner's list
/// (their progress stays). Gives the notices of what was left out, to be said.
fn finish_loading(
    i18n: &I18n,
    lessons: &SourceTree,
    packs: &Packs,
    courses: &CourseChoice,
    loading: lesson::Preload,
) -> (Result<Catalog, UserError>, Vec<String>) {
    let loaded = lesson::assemble(loading.wait(), lessons, packs, false);
    for problem in loaded.problems.iter().filter(|p| p.is_error()) {
        log::warn!("{}", i18n.diagnostic(problem));
    }
    let notices = left_out(i18n, packs, &loaded);
    notices.iter().for_each(|notice| log::warn!("{notice}"));
    let mut catalog = loaded.catalog;
    catalog.courses.retain(|course| courses.shows(&course.id));
    if catalog.courses.is_empty() {
        return (Err(UserError::new("error-no-lessons")), notices);
    }
    (Ok(catalog), notices)
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

/// What the tutor opens besides the lessons.
struct Opened {
    store: Store,
    voice: Voice,
    words: I18n,
    /// Which courses the hub file lets learners see.
    courses: CourseChoice,
}

/// Opens the progress file, the log, the voice and the tutor's own copy of the words
/// (a learner may switch language while it runs).
fn open(i18n: &I18n, options: &Options, locales: &SourceTree, packs: &Packs, plain: bool) -> Result<Opened, UserError> {
    let dir = data_dir(options)?;
    let store = Store::open(&dir)?;
    if let Err(e) = logging::init(&dir) {
        eprintln!("{}", i18n.tr_args("error-log", &Args::new().with("detail", e.to_string())));
    }
    // A refused .ftl file (too deep, not UTF-8) is left out; the log says which and why.
    // Files read from now on are logged as they are read.
    for problem in i18n.problems().iter().filter(|p| p.is_error()) {
        log::warn!("{}", i18n.diagnostic(problem));
    }
    match store.back_up_daily() {
        Ok(Some(path)) => log::info!("today's backup of the progress file is {}", path.display()),
        Ok(None) => {}
        // The tutor still runs: the log says why there is no backup today.
        Err(e) => log::warn!("no backup of the progress file today: {e}"),
    }
    for path in store.tightened() {
        log::warn!("{} could be read by others: it is private to this user now", path.display());
    }
    let hub = super::hub_settings(i18n);
    let voice = Voice::start_with(options.speech, hub.speech, options.speech_log.as_deref()).map_err(|e| {
        let path = options.speech_log.as_deref().unwrap_or(Path::new("")).display().to_string();
        UserError::with("error-speech-log", Args::new().with("path", path).with("detail", e.to_string()))
    })?;
    // The command line's words are the tutor's too, unless course packs add their own.
    let mut words =
        if packs.packs.is_empty() { i18n.clone() } else { I18n::on_demand(locales, &[i18n.language().clone()]) };
    words.set_mode(if plain { Mode::Plain } else { Mode::Tui });
    Ok(Opened { store, voice, words, courses: hub.courses })
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
