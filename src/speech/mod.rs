//! Speaking to the learner. The tutor never waits for speech: the engine runs on its
//! own thread ([`worker`]), a new announcement interrupts the old one, and if the
//! engine cannot start (or dies) the tutor carries on in text and shows why speech is off.
//!
//! On Linux the engine is speech-dispatcher, reached through libspeechd loaded at run
//! time ([`spd`]), so Signpost starts even where the library is missing; elsewhere it
//! is the `tts` crate.

mod log_file;
mod notice;
pub mod screen_reader;
mod settings;
#[cfg(all(feature = "speech", target_os = "linux"))]
mod spd;
#[cfg(all(feature = "speech", any(not(target_os = "linux"), test)))]
mod tts_engine;
mod voices;
mod worker;

use std::path::Path;
use std::sync::mpsc::{self, Sender};
use std::time::{Duration, Instant};

pub use log_file::SpeechLog;
pub use notice::{no_voice_notices, Notice};
pub use settings::SpeechSettings;
use worker::Command;

/// How long the engine may take to start before the tutor stops waiting for it and
/// says speech is off. Starting speech-dispatcher takes about 0.3 s; a broken set-up
/// can hang for ever.
const START_TIMEOUT: Duration = Duration::from_secs(5);

/// Whether the tutor's own voice is working.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechStatus {
    /// The engine is starting (this can take a moment, or hang: we do not wait).
    Starting,
    On,
    /// Turned off with `--speech off` or in the settings.
    OffByChoice,
    /// No speech engine could start, or it stopped and could not be restarted.
    Unavailable(OffReason),
    /// The engine has no voice for the learner's language: the tutor carries on in text.
    NoVoice,
}

/// Why speech is off although it was wanted: each has its own words for the learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffReason {
    /// This copy of Signpost was built without the `speech` feature.
    NotBuilt,
    /// The speech library (libspeechd) is not installed.
    NoLibrary,
    /// The speech service (speech-dispatcher) could not be reached or started.
    NoService,
    /// The engine did not answer within [`START_TIMEOUT`].
    TimedOut,
    /// The engine stopped and could not be started again.
    Lost,
}

impl OffReason {
    /// Whether this can pass by itself, so the speech thread keeps trying: a service
    /// that is slow or not running yet may start; a missing library or a build
    /// without speech will not.
    pub fn may_pass(self) -> bool {
        matches!(self, OffReason::NoService | OffReason::TimedOut | OffReason::Lost)
    }

    /// The Fluent id of the words that tell the learner.
    pub fn message_id(self) -> &'static str {
        match self {
            OffReason::NotBuilt => "speech-off-not-built",
            OffReason::NoLibrary => "speech-off-no-library",
            OffReason::NoService => "speech-off-no-service",
            OffReason::TimedOut => "speech-off-timed-out",
            OffReason::Lost => "speech-off-failed",
        }
    }
}

/// The tutor's voice: a speech thread if there is one, and a log of every
/// announcement if asked for (for tests, and for champions checking what was said).
pub struct Voice {
    /// Commands for the speech thread; None when speech is off.
    worker: Option<Sender<Command>>,
    log: Option<SpeechLog>,
    /// Status changes reported by the speech thread.
    status_rx: Option<mpsc::Receiver<SpeechStatus>>,
    status: SpeechStatus,
    started: Instant,
    last: String,
    rate: i8,
    language: Option<String>,
    /// What to say when the language has no voice (kept to start the engine again).
    notices: Vec<Notice>,
    settings: SpeechSettings,
}

impl Voice {
    /// Starts the voice with the usual settings. With `enabled` false, or when built
    /// without the `speech` feature, nothing is spoken but the log still records each
    /// announcement.
    pub fn start(enabled: bool, log_path: Option<&Path>) -> std::io::Result<Voice> {
        Voice::start_with(enabled, SpeechSettings::default(), log_path)
    }

    /// Starts the voice with the hub's speech settings (see [`crate::hub`]).
    pub fn start_with(enabled: bool, settings: SpeechSettings, log_path: Option<&Path>) -> std::io::Result<Voice> {
        let log = log_path.map(SpeechLog::open).transpose()?;
        let mut voice = Voice {
            worker: None,
            log,
            status_rx: None,
            status: SpeechStatus::OffByChoice,
            started: Instant::now(),
            last: String::new(),
            rate: 0,
            language: None,
            notices: Vec::new(),
            settings,
        };
        if enabled {
            voice.start_engine();
        }
        Ok(voice)
    }

    #[cfg(all(feature = "speech", target_os = "linux"))]
    fn start_engine(&mut self) {
        self.start_worker(spd::SpdConnector::default());
    }

    #[cfg(all(feature = "speech", not(target_os = "linux")))]
    fn start_engine(&mut self) {
        self.start_worker(tts_engine::TtsConnector);
    }

    #[cfg(not(feature = "speech"))]
    fn start_engine(&mut self) {
        self.status = SpeechStatus::Unavailable(OffReason::NotBuilt);
    }

    /// Starts the speech thread on `connector` and tells it the rate and language.
    #[cfg_attr(not(feature = "speech"), allow(dead_code))]
    fn start_worker(&mut self, connector: impl worker::Connector) {
        self.started = Instant::now();
        let (tx, rx) = mpsc::channel();
        let worker = worker::spawn(connector, self.settings.clone(), tx);
        self.status_rx = Some(rx);
        self.status = SpeechStatus::Starting;
        self.worker = Some(worker);
        // Normal speed is not sent: a hub's own speech-dispatcher rate for Signpost stands.
        if self.rate != 0 {
            self.send(Command::Rate(self.rate));
        }
        if let Some(tag) = self.language.clone() {
            self.send(Command::Language { tag, notices: self.notices.clone() });
        }
    }

    fn send(&mut self, command: Command) {
        if let Some(worker) = &self.worker {
            // The thread may have given up; then there is nobody to hear this.
            let _ = worker.send(command);
        }
    }

    /// Says `text` (ignored when empty) and records it in the log.
    pub fn say(&mut self, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if let Some(log) = &mut self.log {
            log.record(text);
        }
        self.send(Command::Speak(text.to_owned()));
        self.last = text.to_owned();
    }

    /// Turns the voice on (starting the engine if needed) or off. Settings are applied
    /// on every change, so an engine that cannot start (no library) is not tried again
    /// until the learner turns speech off and on: the reason stays on the status line
    /// meanwhile. One that may yet start is being tried again in the background.
    pub fn set_enabled(&mut self, on: bool) {
        match (on, self.worker.is_some()) {
            (true, false) if matches!(self.status, SpeechStatus::Unavailable(_)) => {}
            (true, false) => self.start_engine(),
            (false, true) => {
                self.stop();
                // Dropping the sender ends the thread.
                self.worker = None;
                self.status_rx = None;
                self.status = SpeechStatus::OffByChoice;
            }
            (false, false) => self.status = SpeechStatus::OffByChoice,
            (true, true) => {}
        }
    }

    /// Sets the speech rate, -3 (slowest) to 3 (fastest); takes effect at once.
    pub fn set_rate(&mut self, rate: i8) {
        if rate != self.rate {
            self.rate = rate;
            self.send(Command::Rate(rate));
        }
    }

    /// The language spoken now (a tag such as `cy`), if one was set.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// Speaks language `tag` from now on. If the engine has no voice for it, the first
    /// of `notices` that has a voice is said instead, once, and the screen carries on.
    pub fn set_language(&mut self, tag: &str, notices: Vec<Notice>) {
        if self.language.as_deref() != Some(tag) {
            self.language = Some(tag.to_owned());
            self.notices.clone_from(&notices);
            self.send(Command::Language { tag: tag.to_owned(), notices });
        }
    }

    /// Stops speaking now.
    pub fn stop(&mut self) {
        self.send(Command::Stop);
    }

    /// Says the last announcement again.
    pub fn repeat(&mut self) {
        let last = std::mem::take(&mut self.last);
        self.say(&last);
    }

    /// A change of status since the last call, if any (never blocks).
    pub fn status_change(&mut self) -> Option<SpeechStatus> {
        let rx = self.status_rx.as_ref()?;
        let mut changed = None;
        while let Ok(status) = rx.try_recv() {
            changed = Some(status);
        }
        if changed.is_none() && self.status == SpeechStatus::Starting && self.started.elapsed() > START_TIMEOUT {
            log::warn!("speech engine did not start within {START_TIMEOUT:?}; carrying on without it");
            changed = Some(SpeechStatus::Unavailable(OffReason::TimedOut));
        }
        let status = changed?;
        if matches!(status, SpeechStatus::Unavailable(why) if !why.may_pass()) {
            // Dropping the sender closes the channel, so a thread that wakes late ends.
            self.worker = None;
            self.status_rx = None;
        }
        (status != self.status).then(|| {
            self.status = status;
            status
        })
    }

    pub fn status(&self) -> SpeechStatus {
        self.status
    }

    /// Whether the status may still change by itself (the engine is starting, trying
    /// again, or running): a front end that waits for input should wake to notice.
    pub fn may_change(&self) -> bool {
        self.status_rx.is_some()
    }
}

#[cfg(test)]
mod fake;

#[cfg(test)]
#[path = "voice_tests.rs"]
mod tests;
