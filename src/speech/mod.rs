//! Speaking to the learner. The tutor never waits for speech: the engine runs on its
//! own thread, a new announcement interrupts the old one, and if the engine cannot
//! start (or dies) the tutor carries on silently and shows that speech is off.

mod log_file;
pub mod screen_reader;
#[cfg(feature = "speech")]
mod tts_engine;

use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub use log_file::SpeechLog;

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
    /// Turned off with `--speech off`.
    OffByChoice,
    /// No speech engine could start, or it stopped and could not be restarted.
    Unavailable,
    /// The engine has no voice for the learner's language: the tutor carries on in text.
    NoVoice,
}

/// Something that can say words aloud without making the caller wait.
pub trait Engine {
    /// Says `text`, cutting off anything still being said.
    fn speak(&mut self, text: &str);
    /// Stops speaking now.
    fn stop(&mut self);
    /// Sets the rate: -3 (slowest) to 3 (fastest), 0 normal.
    fn set_rate(&mut self, rate: i8);
    /// Speaks from now on with a voice for this language, if there is one.
    fn set_language(&mut self, tag: &str);
}

/// The tutor's voice: an engine if there is one, and a log of every announcement if
/// asked for (for tests, and for champions checking what was said).
pub struct Voice {
    engine: Option<Box<dyn Engine>>,
    log: Option<SpeechLog>,
    /// Status changes reported by the engine's thread.
    status_rx: Option<mpsc::Receiver<SpeechStatus>>,
    status: SpeechStatus,
    started: Instant,
    last: String,
    rate: i8,
    language: Option<String>,
}

impl Voice {
    /// Starts the voice. With `enabled` false, or when built without the `speech`
    /// feature, nothing is spoken but the log still records each announcement.
    pub fn start(enabled: bool, log_path: Option<&Path>) -> std::io::Result<Voice> {
        let log = log_path.map(SpeechLog::open).transpose()?;
        let mut voice = Voice {
            engine: None,
            log,
            status_rx: None,
            status: SpeechStatus::OffByChoice,
            started: Instant::now(),
            last: String::new(),
            rate: 0,
            language: None,
        };
        if enabled {
            voice.start_engine();
        }
        Ok(voice)
    }

    #[cfg(feature = "speech")]
    fn start_engine(&mut self) {
        self.started = Instant::now();
        let (tx, rx) = mpsc::channel();
        self.engine = Some(Box::new(tts_engine::TtsEngine::spawn(tx)));
        self.status_rx = Some(rx);
        self.status = SpeechStatus::Starting;
    }

    #[cfg(not(feature = "speech"))]
    fn start_engine(&mut self) {
        self.status = SpeechStatus::Unavailable;
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
        if let Some(engine) = &mut self.engine {
            engine.speak(text);
        }
        self.last = text.to_owned();
    }

    /// Turns the voice on (starting the engine if needed) or off.
    pub fn set_enabled(&mut self, on: bool) {
        match (on, self.engine.is_some()) {
            (true, false) => {
                self.start_engine();
                if let Some(engine) = &mut self.engine {
                    engine.set_rate(self.rate);
                    if let Some(tag) = &self.language {
                        engine.set_language(tag);
                    }
                }
            }
            (false, true) => {
                self.stop();
                // Dropping the engine ends its thread.
                self.engine = None;
                self.status_rx = None;
                self.status = SpeechStatus::OffByChoice;
            }
            (false, false) if self.status != SpeechStatus::Unavailable => self.status = SpeechStatus::OffByChoice,
            _ => {}
        }
    }

    /// Sets the speech rate (see [`Engine::set_rate`]); takes effect at once.
    pub fn set_rate(&mut self, rate: i8) {
        if rate != self.rate {
            self.rate = rate;
            if let Some(engine) = &mut self.engine {
                engine.set_rate(rate);
            }
        }
    }

    /// Speaks the learner's language from now on (see [`Engine::set_language`]).
    pub fn set_language(&mut self, tag: &str) {
        if self.language.as_deref() != Some(tag) {
            self.language = Some(tag.to_owned());
            if let Some(engine) = &mut self.engine {
                engine.set_language(tag);
            }
        }
    }

    /// Stops speaking now.
    pub fn stop(&mut self) {
        if let Some(engine) = &mut self.engine {
            engine.stop();
        }
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
            changed = Some(SpeechStatus::Unavailable);
        }
        let status = changed?;
        if status == SpeechStatus::Unavailable {
            // Dropping the engine closes its channel, so a thread that wakes late ends.
            self.engine = None;
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::sync::{Arc, Mutex};

    /// An engine that remembers what it was asked to say.
    struct Recorder(Arc<Mutex<Vec<String>>>);

    impl Engine for Recorder {
        fn speak(&mut self, text: &str) {
            self.0.lock().unwrap().push(text.to_owned());
        }
        fn stop(&mut self) {
            self.0.lock().unwrap().push("(stop)".to_owned());
        }
        fn set_rate(&mut self, rate: i8) {
            self.0.lock().unwrap().push(format!("(rate {rate})"));
        }
        fn set_language(&mut self, tag: &str) {
            self.0.lock().unwrap().push(format!("(language {tag})"));
        }
    }

    fn voice_with(engine: Recorder, status_rx: mpsc::Receiver<SpeechStatus>, started: Instant) -> Voice {
        let engine: Box<dyn Engine> = Box::new(engine);
        Voice {
            engine: Some(engine),
            log: None,
            status_rx: Some(status_rx),
            status: SpeechStatus::Starting,
            started,
            last: String::new(),
            rate: 0,
            language: None,
        }
    }

    #[test]
    fn rate_and_stop_reach_the_engine_and_turning_off_drops_it() {
        let said = Arc::new(Mutex::new(Vec::new()));
        let (_tx, rx) = mpsc::channel();
        let mut voice = voice_with(Recorder(Arc::clone(&said)), rx, Instant::now());
        voice.set_rate(2);
        voice.set_rate(2);
        voice.say("hello");
        voice.stop();
        voice.set_enabled(false);
        voice.say("not heard");
        assert_eq!(*said.lock().unwrap(), ["(rate 2)", "hello", "(stop)", "(stop)"]);
        assert_eq!(voice.status(), SpeechStatus::OffByChoice);
    }

    #[test]
    fn an_engine_that_fails_is_dropped_and_the_voice_goes_quiet() {
        let said = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = mpsc::channel();
        let mut voice = voice_with(Recorder(Arc::clone(&said)), rx, Instant::now());
        voice.say("one");
        assert_eq!(voice.status_change(), None, "still starting");
        tx.send(SpeechStatus::On).unwrap();
        assert_eq!(voice.status_change(), Some(SpeechStatus::On));
        tx.send(SpeechStatus::Unavailable).unwrap();
        assert_eq!(voice.status_change(), Some(SpeechStatus::Unavailable));
        voice.say("two");
        assert_eq!(*said.lock().unwrap(), ["one"]);
        assert_eq!(voice.status(), SpeechStatus::Unavailable);
    }

    #[test]
    fn an_engine_that_never_starts_is_given_up_on() {
        let (_tx, rx) = mpsc::channel();
        let long_ago = Instant::now().checked_sub(START_TIMEOUT * 2).expect("the clock has run long enough");
        let mut voice = voice_with(Recorder(Arc::default()), rx, long_ago);
        assert_eq!(voice.status_change(), Some(SpeechStatus::Unavailable));
        assert_eq!(voice.status_change(), None, "said once");
    }

    #[test]
    fn every_announcement_is_logged_one_line_each_and_repeat_says_it_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("speech.log");
        let mut voice = Voice::start(false, Some(&path)).unwrap();
        voice.say("Step 1 of 2: Welcome.\nPress Enter.");
        voice.say("   ");
        voice.repeat();
        let log = fs::read_to_string(&path).unwrap();
        assert_eq!(log, "Step 1 of 2: Welcome. Press Enter.\nStep 1 of 2: Welcome. Press Enter.\n");
        assert_eq!(voice.status(), SpeechStatus::OffByChoice);
    }
}
