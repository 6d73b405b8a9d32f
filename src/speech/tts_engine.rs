//! The `tts` crate on its own thread. Starting it can take a while or hang, speaking can
//! never finish when there is no sound card, and the daemon can die: the UI thread only
//! ever sends to a channel, so none of that can freeze the tutor.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use tts::Tts;

use super::{Engine, SpeechStatus};

/// A handle to the speech thread.
pub struct TtsEngine {
    tx: Sender<String>,
}

impl TtsEngine {
    /// Starts the thread; it reports its status on `status`.
    pub fn spawn(status: Sender<SpeechStatus>) -> TtsEngine {
        let (tx, rx) = mpsc::channel::<String>();
        let spawned = thread::Builder::new().name("speech".into()).spawn(move || run(&rx, &status));
        if let Err(e) = spawned {
            log::error!("cannot start the speech thread: {e}");
        }
        TtsEngine { tx }
    }
}

impl Engine for TtsEngine {
    fn speak(&mut self, text: &str) {
        // The thread may have given up; then there is nobody to hear this.
        let _ = self.tx.send(text.to_owned());
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

fn run(rx: &Receiver<String>, status: &Sender<SpeechStatus>) {
    let Some(mut tts) = connect() else {
        let _ = status.send(SpeechStatus::Unavailable);
        return;
    };
    let _ = status.send(SpeechStatus::On);
    while let Ok(mut text) = rx.recv() {
        // Only the newest announcement matters: skip any that queued up meanwhile.
        while let Ok(newer) = rx.try_recv() {
            text = newer;
        }
        if let Err(e) = tts.speak(&text, true) {
            log::warn!("speech failed ({e}); reconnecting");
            match connect() {
                Some(fresh) => {
                    tts = fresh;
                    if let Err(e) = tts.speak(&text, true) {
                        log::warn!("speech failed again: {e}");
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
