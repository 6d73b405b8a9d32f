//! Starting the tutor: open the progress file, the log, the lessons and the voice, pick
//! the front end (full-screen or plain), run it, and say goodbye.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use super::{data_dir, tutor_lessons};
use crate::cli::Options;
use crate::content::source::SourceTree;
use crate::hub::CourseChoice;
use crate::i18n::{Args, I18n, Mode};
use crate::shell::{self, logging, App, Lessons};
use crate::speech::{screen_reader, Voice};
use crate::store::Store;
use crate::text::UserError;
use crate::tutor::Message;
use crate::ui::{plain, tui};

/// Runs the tutor until the learner stops; the goodbye is printed after the screen is
/// restored, so it stays in the terminal.
/// The lessons folder (`--lessons`) and the course packs are read on the lessons' thread,
/// not before the first screen; `locales` are Signpost's own words (or `--locales`),
/// which the packs' words join when the lessons arrive.
pub fn run(i18n: &I18n, options: &Options, locales: &SourceTree) -> Result<ExitCode, UserError> {
    let plain = wants_plain(options);
    // No course file at all is known at once; a course left out is known once loaded.
    let sources = tutor_lessons::sources(options.lessons.as_deref(), &options.courses)?;
    // The lessons are read and loaded on a second thread, a moment after the first
    // screen is out (`lesson::Go::soon`), while the learner reads it.
    let (loading, go) = sources.start();
    let Opened { store, voice, words, courses } = open(i18n, options, plain)?;
    // What was left out is said on stderr: at once in plain mode, after the full-screen
    // view (which stderr would scribble over) gives the screen back.
    let untold = std::cell::RefCell::new(Vec::new());
    let tell_later = &untold;
    let later = Box::new(move || {
        let folder = options.lessons.as_deref();
        let (ready, notices) = tutor_lessons::finish_loading(i18n, locales, folder, &courses, loading);
        match plain {
            true => notices.iter().for_each(|notice| eprintln!("{notice}")),
            false => tell_later.borrow_mut().extend(notices),
        }
        ready
    });
    let lessons = Lessons::later(Box::new(move || go.soon()), later);
    let mut app = App::with_lessons(lessons, words, locales.clone(), store, voice)?;
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
fn open(i18n: &I18n, options: &Options, plain: bool) -> Result<Opened, UserError> {
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
    // The command line's words are the tutor's too; course packs' words join them when
    // the lessons arrive (see `shell::Lessons::wait`).
    let mut words = i18n.clone();
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
