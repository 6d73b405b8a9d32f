//! A fake speech engine for tests: it writes down every call, can fail to connect,
//! and can lose its connection once.

use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::worker::{Command, Connector, Lost, Session, VoiceList};
use super::OffReason;

/// What the fake engine was asked to do, one line a call.
pub type Calls = Arc<Mutex<Vec<String>>>;

/// Connects (or fails to), and lists `voices` at once when asked.
pub struct FakeConnector {
    pub calls: Calls,
    /// Why connecting fails, if it does.
    pub fails: Option<OffReason>,
    /// How many times connecting fails before it works (None: it always fails).
    pub fails_times: Option<usize>,
    /// The voices to report; None: never report any.
    pub voices: Option<Vec<(&'static str, &'static str)>>,
    /// The session dies at the next call after this many calls have succeeded.
    pub dies_after: Option<usize>,
}

impl FakeConnector {
    pub fn new(calls: &Calls) -> FakeConnector {
        FakeConnector { calls: Arc::clone(calls), fails: None, fails_times: None, voices: None, dies_after: None }
    }
}

impl Connector for FakeConnector {
    type Session = FakeSession;

    fn connect(&mut self) -> Result<FakeSession, (OffReason, String)> {
        if let Some(reason) = self.fails {
            match &mut self.fails_times {
                Some(0) => {}
                Some(times) => {
                    *times -= 1;
                    return Err((reason, "the fake engine is set to fail for now".to_owned()));
                }
                None => return Err((reason, "the fake engine is set to fail".to_owned())),
            }
        }
        self.calls.lock().unwrap().push("connect".to_owned());
        Ok(FakeSession { calls: Arc::clone(&self.calls), lives: self.dies_after.take() })
    }

    fn list_voices(&mut self, reply: Sender<Command>) {
        if let Some(voices) = &self.voices {
            let list = voices.iter().map(|(name, tag)| ((*name).to_owned(), (*tag).to_owned())).collect();
            let _ = reply.send(Command::Voices(VoiceList::new(list)));
        }
    }
}

pub struct FakeSession {
    calls: Calls,
    /// Calls left before the connection dies (None: never).
    lives: Option<usize>,
}

impl FakeSession {
    fn call(&mut self, what: String) -> Result<(), Lost> {
        if let Some(lives) = &mut self.lives {
            if *lives == 0 {
                return Err(Lost("the fake engine died".to_owned()));
            }
            *lives -= 1;
        }
        self.calls.lock().unwrap().push(what);
        Ok(())
    }
}

impl Drop for FakeSession {
    fn drop(&mut self) {
        self.calls.lock().unwrap().push("closed".to_owned());
    }
}

impl Session for FakeSession {
    fn speak(&mut self, text: &str) -> Result<(), Lost> {
        self.call(format!("speak {text}"))
    }
    fn cancel(&mut self) -> Result<(), Lost> {
        self.call("cancel".to_owned())
    }
    fn set_rate(&mut self, step: i8) -> Result<(), Lost> {
        self.call(format!("rate {step}"))
    }
    fn set_volume(&mut self, percent: u8) -> Result<(), Lost> {
        self.call(format!("volume {percent}"))
    }
    fn set_language(&mut self, tag: &str, voice: Option<&str>) -> Result<(), Lost> {
        match voice {
            Some(voice) => self.call(format!("language {tag} voice {voice}")),
            None => self.call(format!("language {tag}")),
        }
    }
}

/// Waits (up to 10 s) until `calls` holds `wanted` calls, and returns them.
pub fn wait_for(calls: &Calls, wanted: usize) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = calls.lock().unwrap().clone();
        if now.len() >= wanted || Instant::now() > deadline {
            return now;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}
