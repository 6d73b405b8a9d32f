//! The `tts` crate on its own thread. Starting it can take a while or hang, speaking can
//! never finish when there is no sound card, and the daemon can die: the UI thread only
//! ever sends to a channel, so none of that can freeze the tutor.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use tts::Tts;

use super::{Engine, SpeechStatus};

/// What the UI thread asks of the speech thread.
enum Command {
    Speak(String),
    Stop,
    Rate(i8),
    /// Use a voice for this language (a tag such as `cy`).
    Language(String),
}

/// A handle to the speech thread.
pub struct TtsEngine {
    tx: Sender<Command>,
}

impl TtsEngine {
    /// Starts the thread; it reports its status on `status`.
    pub fn spawn(status: Sender<SpeechStatus>) -> TtsEngine {
        let (tx, rx) = mpsc::channel::<Command>();
        let spawned = thread::Builder::new().name("speech".into()).spawn(move || run(&rx, &status));
        if let Err(e) = spawned {
            log::error!("cannot start the speech thread: {e}");
        }
        TtsEngine { tx }
    }
}

impl Engine for TtsEngine {
    // The thread may have given up; then there is nobody to hear these.
    fn speak(&mut self, text: &str) {
        let _ = self.tx.send(Command::Speak(text.to_owned()));
    }

    fn stop(&mut self) {
        let _ = self.tx.send(Command::Stop);
    }

    fn set_rate(&mut self, rate: i8) {
        let _ = self.tx.send(Command::Rate(rate));
    }

    fn set_language(&mut self, tag: &str) {
        let _ = self.tx.send(Command::Language(tag.to_owned()));
    }
}

/// Picks a voice for `tag` (by its language, such as `cy` for `cy-GB`). Listing voices
/// takes seconds on Debian: this runs on the speech thread, never the UI's. Returns
/// whether the language can be spoken.
fn choose_voice(tts: &mut Tts, tag: &str, default_voice: &mut bool) -> bool {
    let language = tag.split(['-', '_']).next().unwrap_or(tag).to_lowercase();
    if language == "en" && *default_voice {
        // The engine starts with its English voice: no need to list thousands of voices.
        return true;
    }
    *default_voice = false;
    let voices = tts.voices().unwrap_or_default();
    let found = voices.iter().find(|v| v.language().primary_language().eq_ignore_ascii_case(&language));
    match found {
        Some(voice) => tts.set_voice(voice).is_ok(),
        // The engine's default voice is English; any other language needs its own.
        None => language == "en",
    }
}

fn connect() -> Option<Tts> {
    match Tts::default() {
        Ok(tts) => Some(tts),
        Err(e) => {
            log::warn!("speech engine did not start: {e}");
            None
        }
    }
}

/// The engine's rate for a step from -3 to 3: normal at 0, its slowest and fastest at
/// the ends (as far as a third of the way, which is already very slow or fast).
fn engine_rate(tts: &Tts, step: i8) -> f32 {
    let (min, normal, max) = (tts.min_rate(), tts.normal_rate(), tts.max_rate());
    let fraction = f32::from(step) / 9.0;
    if step < 0 {
        normal + (normal - min) * fraction
    } else {
        normal + (max - normal) * fraction
    }
}

fn run(rx: &Receiver<Command>, status: &Sender<SpeechStatus>) {
    let Some(mut tts) = connect() else {
        let _ = status.send(SpeechStatus::Unavailable);
        return;
    };
    let _ = status.send(SpeechStatus::On);
    let mut rate = 0;
    // False while the learner's language has no voice: then nothing is said (in the
    // wrong language) and the status line says why.
    let mut can_speak = true;
    let mut default_voice = true;
    while let Ok(first) = rx.recv() {
        // Take everything queued: the newest rate, and only the newest speech (or stop).
        let mut speak: Option<Option<String>> = None;
        for command in std::iter::once(first).chain(std::iter::from_fn(|| rx.try_recv().ok())) {
            match command {
                Command::Rate(r) => rate = r,
                Command::Stop => speak = Some(None),
                Command::Speak(text) => speak = Some(Some(text)),
                Command::Language(tag) => {
                    can_speak = choose_voice(&mut tts, &tag, &mut default_voice);
                    let _ = status.send(if can_speak { SpeechStatus::On } else { SpeechStatus::NoVoice });
                }
            }
        }
        if !can_speak {
            continue;
        }
        let wanted = engine_rate(&tts, rate);
        let mut result = tts.set_rate(wanted).map(|_| ());
        if result.is_ok() {
            result = match &speak {
                Some(Some(text)) => tts.speak(text, true).map(|_| ()),
                Some(None) => tts.stop().map(|_| ()),
                None => Ok(()),
            };
        }
        if let Err(e) = result {
            log::warn!("speech failed ({e}); reconnecting");
            match connect() {
                Some(fresh) => {
                    tts = fresh;
                    if let Some(Some(text)) = &speak {
                        let _ = tts.speak(text, true);
                    }
                }
                None => {
                    let _ = status.send(SpeechStatus::Unavailable);
                    return;
                }
            }
        }
    }
}
