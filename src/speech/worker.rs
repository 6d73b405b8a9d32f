//! The speech thread, the same on every system. The UI thread only sends it commands;
//! it talks to an engine (speech-dispatcher on Linux, `tts` elsewhere) through the
//! [`Connector`] and [`Session`] traits, so the rules below are written once and tested
//! with a fake engine:
//! - the newest words win: a batch of queued commands speaks only its last words;
//! - a language is set directly, never by listing every voice first (13,000 voices take
//!   seconds); which languages have voices is found once, in the background;
//! - when the learner's language has no voice, the engine says so once, in the hub's
//!   language or English, and then stays quiet: the screen carries the words;
//! - if the engine dies, it is started again at once; if that fails, or the engine
//!   could not start at all, speech is off and the thread keeps trying in the
//!   background (an old PC can take a while to start speech-dispatcher), so speech
//!   comes back by itself.
// Built without the `speech` feature there is no engine to run this, but it is still
// compiled and tested.
#![cfg_attr(not(feature = "speech"), allow(dead_code))]

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Duration;

pub(crate) use super::voices::{preferred_tag, primary, rate_scale, volume_scale, VoiceList};
use super::SpeechSettings;
use super::{Notice, OffReason, SpeechStatus};

/// What the UI thread asks of the speech thread.
pub(crate) enum Command {
    /// Say these words, cutting off anything still being said.
    Speak(String),
    Stop,
    /// The learner's speed, -3 (slowest) to 3 (fastest).
    Rate(i8),
    /// Speak this language (a tag such as `cy`) from now on; if it has no voice, say
    /// the first of `notices` that has one.
    Language {
        tag: String,
        notices: Vec<Notice>,
    },
    /// The voices the engine has, found in the background.
    Voices(VoiceList),
}

/// The engine stopped answering: its connection must be made again.
#[derive(Debug)]
pub(crate) struct Lost(pub String);

/// A live connection to a speech engine. Every call returns at once.
pub(crate) trait Session {
    /// Says `text`, cutting off anything still being said.
    fn speak(&mut self, text: &str) -> Result<(), Lost>;
    fn cancel(&mut self) -> Result<(), Lost>;
    /// The learner's speed, -3 to 3 (see [`rate_scale`]).
    fn set_rate(&mut self, step: i8) -> Result<(), Lost>;
    /// The hub's volume, 0 to 100 (see [`volume_scale`]).
    fn set_volume(&mut self, percent: u8) -> Result<(), Lost>;
    /// Speaks language `tag` from now on, with the voice called `voice` if given.
    fn set_language(&mut self, tag: &str, voice: Option<&str>) -> Result<(), Lost>;
}

/// A way to reach a speech engine.
pub(crate) trait Connector: Send + 'static {
    type Session: Session;
    /// Connects (starting the engine if it must). On failure, why, and the details
    /// for the log.
    fn connect(&mut self) -> Result<Self::Session, (OffReason, String)>;
    /// Starts finding the engine's voices without holding up speech; the list comes
    /// back as [`Command::Voices`] on `reply`, and `reply` is dropped when done.
    fn list_voices(&mut self, reply: Sender<Command>);
}

/// How long the speech thread waits for the first words before it starts listing
/// the voices anyway.
const LIST_WHEN_IDLE: Duration = Duration::from_millis(500);

/// The wait before trying an engine again that could not start; it doubles each time
/// up to [`LAST_RETRY`], so a machine without speech is not kept busy.
const FIRST_RETRY: Duration = if cfg!(test) { Duration::from_millis(5) } else { Duration::from_secs(2) };
const LAST_RETRY: Duration = if cfg!(test) { Duration::from_millis(20) } else { Duration::from_secs(30) };

/// Starts the speech thread; it reports on `status` and obeys the returned sender.
/// The thread ends when the sender is dropped (or the engine is gone for good).
pub(crate) fn spawn<C: Connector>(
    connector: C,
    settings: SpeechSettings,
    status: Sender<SpeechStatus>,
) -> Sender<Command> {
    let (tx, rx) = mpsc::channel();
    let lister = tx.clone();
    let spawned = thread::Builder::new().name("speech".into()).spawn(move || {
        let mut worker = Worker::new(connector, settings, status, Some(lister));
        // Each time round: connect (trying again while it is worth it), then speak
        // until the tutor is done with speech or the engine is lost.
        while worker.connect_until_up(&rx) && worker.run(&rx) {
            if !worker.wait_to_retry(&rx, FIRST_RETRY) {
                return;
            }
        }
    });
    if let Err(e) = spawned {
        log::error!("cannot start the speech thread: {e}");
    }
    tx
}

/// The speech thread's state.
pub(crate) struct Worker<C: Connector> {
    connector: C,
    session: Option<C::Session>,
    settings: SpeechSettings,
    status: Sender<SpeechStatus>,
    /// The last status sent, so each change is sent once.
    reported: Option<SpeechStatus>,
    /// Handed to the connector to list voices, once.
    lister: Option<Sender<Command>>,
    rate: i8,
    /// The learner's language and what to say if it has no voice.
    language: Option<(String, Vec<Notice>)>,
    /// The engine's voices, once known.
    voices: Option<VoiceList>,
    /// The tag and named voice the engine was last set to.
    in_use: Option<(String, Option<String>)>,
    /// The learner's language while it has no voice (and that was said): its words
    /// are not spoken.
    muted: Option<String>,
}

impl<C: Connector> Worker<C> {
    pub(crate) fn new(
        connector: C,
        settings: SpeechSettings,
        status: Sender<SpeechStatus>,
        lister: Option<Sender<Command>>,
    ) -> Worker<C> {
        Worker {
            connector,
            session: None,
            settings,
            status,
            reported: None,
            lister,
            rate: 0,
            language: None,
            voices: None,
            in_use: None,
            muted: None,
        }
    }

    /// Obeys commands until the UI drops its sender (false) or the engine is lost and
    /// could not be started again (true).
    fn run(&mut self, rx: &Receiver<Command>) -> bool {
        loop {
            // While the worker holds the lister's sender the channel cannot close, so
            // it waits only a moment before handing the sender on.
            let first = match &self.lister {
                Some(_) => rx.recv_timeout(LIST_WHEN_IDLE).ok(),
                None => match rx.recv() {
                    Ok(command) => Some(command),
                    Err(_) => return false,
                },
            };
            if let Some(first) = first {
                let batch = std::iter::once(first).chain(std::iter::from_fn(|| rx.try_recv().ok()));
                if !self.handle(batch) {
                    return true;
                }
            }
            // Listing keeps speech-dispatcher busy for a moment (0.3 s for 13,000
            // voices): start it once the first words are on their way, or the tutor is
            // quiet, not before.
            if let Some(reply) = self.lister.take() {
                self.connector.list_voices(reply);
            }
        }
    }

    /// Connects, trying again after a growing wait while the reason is one that can
    /// pass (the service was slow or not running yet). False when it cannot pass or
    /// the tutor no longer wants speech.
    fn connect_until_up(&mut self, rx: &Receiver<Command>) -> bool {
        let mut wait = FIRST_RETRY;
        loop {
            if self.connect() {
                // The language may have come while there was no engine.
                if self.choose_language().is_ok() {
                    return true;
                }
                self.session = None;
                self.report(SpeechStatus::Unavailable(OffReason::Lost));
            }
            let Some(SpeechStatus::Unavailable(reason)) = self.reported else { return false };
            if !reason.may_pass() || !self.wait_to_retry(rx, wait) {
                return false;
            }
            wait = (wait * 2).min(LAST_RETRY);
        }
    }

    /// Waits `wait`, keeping the learner's rate and language as they change (words
    /// said meanwhile are not kept: the tutor says the page again when speech comes
    /// back). False when the tutor no longer listens for speech.
    fn wait_to_retry(&mut self, rx: &Receiver<Command>, wait: Duration) -> bool {
        let deadline = std::time::Instant::now() + wait;
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
            match rx.recv_timeout(left) {
                Ok(Command::Rate(step)) => self.rate = step,
                Ok(Command::Language { tag, notices }) => self.language = Some((tag, notices)),
                Ok(Command::Voices(list)) => self.voices = Some(list),
                Ok(Command::Speak(_) | Command::Stop) => {}
                Err(mpsc::RecvTimeoutError::Timeout) => break,
                Err(mpsc::RecvTimeoutError::Disconnected) => return false,
            }
        }
        // The channel stays open while the voice lister is held, so ask the status
        // channel instead: it closes when the tutor turns speech off or ends.
        match self.reported {
            Some(status) => self.status.send(status).is_ok(),
            None => true,
        }
    }

    /// Connects and reports On, or reports why speech is off.
    pub(crate) fn connect(&mut self) -> bool {
        match self.fresh_session() {
            Ok(()) => {
                self.report(SpeechStatus::On);
                true
            }
            Err((reason, detail)) => {
                log::warn!("speech is off: {detail}");
                self.report(SpeechStatus::Unavailable(reason));
                false
            }
        }
    }

    /// Carries out one batch of commands; false when the engine is gone for good.
    pub(crate) fn handle(&mut self, batch: impl IntoIterator<Item = Command>) -> bool {
        // Settings in order; of the words, only the newest (or a stop after them).
        let mut words: Option<Option<String>> = None;
        let (mut rate_changed, mut language_changed) = (false, false);
        for command in batch {
            match command {
                Command::Speak(text) => words = Some(Some(text)),
                Command::Stop => words = Some(None),
                Command::Rate(step) => (self.rate, rate_changed) = (step, true),
                Command::Language { tag, notices } => (self.language, language_changed) = (Some((tag, notices)), true),
                Command::Voices(list) => (self.voices, language_changed) = (Some(list), true),
            }
        }
        let outcome = self.apply(rate_changed, language_changed, words.as_ref());
        let Err(Lost(detail)) = outcome else { return true };
        log::warn!("speech stopped ({detail}); starting it again");
        self.session = None;
        match self.fresh_session() {
            Ok(()) => self.apply(false, true, words.as_ref()).is_ok(),
            Err((_, detail)) => {
                log::warn!("speech could not start again: {detail}");
                self.report(SpeechStatus::Unavailable(OffReason::Lost));
                false
            }
        }
    }

    fn apply(
        &mut self,
        rate_changed: bool,
        language_changed: bool,
        words: Option<&Option<String>>,
    ) -> Result<(), Lost> {
        if rate_changed {
            let rate = self.rate;
            self.session()?.set_rate(rate)?;
        }
        if language_changed {
            self.choose_language()?;
        }
        match words {
            Some(Some(_)) if self.muted.is_some() => Ok(()),
            Some(Some(text)) => self.session()?.speak(text),
            Some(None) => self.session()?.cancel(),
            None => Ok(()),
        }
    }

    /// Sets the learner's language, or says once that it has no voice.
    fn choose_language(&mut self) -> Result<(), Lost> {
        let Some((tag, notices)) = self.language.clone() else { return Ok(()) };
        let engine_tag = match &self.voices {
            Some(list) => list.tag_for(&tag),
            None => Some(preferred_tag(&tag)),
        };
        match engine_tag {
            Some(engine_tag) => {
                self.muted = None;
                self.use_language(&engine_tag, &tag)?;
                self.report(SpeechStatus::On);
            }
            None if self.muted.as_ref() == Some(&tag) => {}
            None => {
                self.muted = Some(tag.clone());
                log::info!("no voice speaks {tag}; saying so and carrying on in text");
                self.say_notice(&notices)?;
                self.report(SpeechStatus::NoVoice);
            }
        }
        Ok(())
    }

    /// Says the first notice whose language has a voice (cutting off the screen).
    fn say_notice(&mut self, notices: &[Notice]) -> Result<(), Lost> {
        let voiced = notices.iter().find_map(|notice| {
            let engine_tag = self.voices.as_ref()?.tag_for(&notice.language)?;
            Some((engine_tag, notice))
        });
        match voiced {
            Some((engine_tag, notice)) => {
                self.use_language(&engine_tag, &notice.language)?;
                self.session()?.speak(&notice.text)
            }
            None => self.session()?.cancel(),
        }
    }

    /// Sets the engine to `engine_tag`, with the hub's voice for `tag` if it named one.
    fn use_language(&mut self, engine_tag: &str, tag: &str) -> Result<(), Lost> {
        let wanted = (engine_tag.to_owned(), self.settings.voice_for(tag).map(str::to_owned));
        if self.in_use.as_ref() == Some(&wanted) {
            return Ok(());
        }
        if self.in_use.as_ref().is_some_and(|(_, voice)| voice.is_some()) && wanted.1.is_none() {
            // An engine keeps a named voice until given another: start afresh to drop it.
            self.session = None;
            self.fresh_session().map_err(|(_, detail)| Lost(detail))?;
        }
        self.session()?.set_language(&wanted.0, wanted.1.as_deref())?;
        self.in_use = Some(wanted);
        Ok(())
    }

    /// A new connection with the hub's volume and the learner's rate (the language is
    /// set by whoever needs it next).
    fn fresh_session(&mut self) -> Result<(), (OffReason, String)> {
        let mut session = self.connector.connect()?;
        self.in_use = None;
        let lost = |Lost(detail)| (OffReason::Lost, detail);
        if let Some(percent) = self.settings.volume {
            session.set_volume(percent).map_err(lost)?;
        }
        if self.rate != 0 {
            session.set_rate(self.rate).map_err(lost)?;
        }
        self.session = Some(session);
        Ok(())
    }

    fn session(&mut self) -> Result<&mut C::Session, Lost> {
        self.session.as_mut().ok_or_else(|| Lost("no connection".to_owned()))
    }

    fn report(&mut self, status: SpeechStatus) {
        if self.reported != Some(status) {
            self.reported = Some(status);
            // The UI may have gone; then nobody needs to know.
            let _ = self.status.send(status);
        }
    }
}

#[cfg(test)]
#[path = "worker_tests.rs"]
mod tests;
