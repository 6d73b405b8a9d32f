//! The `tts` crate, the speech engine on Windows and macOS (on Linux, see `spd.rs`;
//! this file is still built by Linux's unit tests, so it cannot rot unseen). Those
//! systems have tens of voices, so listing them to choose one is quick.
// On Linux this file is only compiled (by the unit tests), never run.
#![cfg_attr(target_os = "linux", allow(dead_code))]

use std::sync::mpsc::Sender;

use tts::Tts;

use super::worker::{primary, Command, Connector, Lost, Session, VoiceList};
use super::OffReason;

/// Starts the system's speech engine.
pub struct TtsConnector;

impl Connector for TtsConnector {
    type Session = TtsSession;

    fn connect(&mut self) -> Result<TtsSession, (OffReason, String)> {
        Tts::default().map(|tts| TtsSession { tts }).map_err(|e| (OffReason::NoService, e.to_string()))
    }

    fn list_voices(&mut self, reply: Sender<Command>) {
        let spawned = std::thread::Builder::new().name("voices".into()).spawn(move || {
            let voices = Tts::default().and_then(|tts| tts.voices());
            match voices {
                Ok(voices) => {
                    let list = voices.iter().map(|v| (v.name(), v.language().to_string())).collect();
                    let _ = reply.send(Command::Voices(VoiceList::new(list)));
                }
                Err(e) => log::warn!("cannot list the voices: {e}"),
            }
        });
        if let Err(e) = spawned {
            log::warn!("cannot start listing the voices: {e}");
        }
    }
}

/// A running `tts` engine.
pub struct TtsSession {
    tts: Tts,
}

fn lost(e: tts::Error) -> Lost {
    Lost(e.to_string())
}

impl Session for TtsSession {
    fn speak(&mut self, text: &str) -> Result<(), Lost> {
        self.tts.speak(text, true).map(|_| ()).map_err(lost)
    }

    fn cancel(&mut self) -> Result<(), Lost> {
        self.tts.stop().map(|_| ()).map_err(lost)
    }

    /// The engine's own scale: normal at 0, a third of the way to its slowest or
    /// fastest at -3 or 3 (its ends are far too slow or fast to follow).
    fn set_rate(&mut self, step: i8) -> Result<(), Lost> {
        let (min, normal, max) = (self.tts.min_rate(), self.tts.normal_rate(), self.tts.max_rate());
        let fraction = f32::from(step.clamp(-3, 3)) / 9.0;
        let rate = if step < 0 { normal + (normal - min) * fraction } else { normal + (max - normal) * fraction };
        self.tts.set_rate(rate).map(|_| ()).map_err(lost)
    }

    fn set_volume(&mut self, percent: u8) -> Result<(), Lost> {
        let (min, max) = (self.tts.min_volume(), self.tts.max_volume());
        let volume = min + (max - min) * f32::from(percent.min(100)) / 100.0;
        self.tts.set_volume(volume).map(|_| ()).map_err(lost)
    }

    /// Chooses the voice named `voice`, else one whose language is `tag` exactly,
    /// else one that speaks its language.
    fn set_language(&mut self, tag: &str, voice: Option<&str>) -> Result<(), Lost> {
        let voices = self.tts.voices().map_err(lost)?;
        let language = |v: &tts::Voice| v.language().to_string();
        let chosen = voice
            .and_then(|name| voices.iter().find(|v| v.name() == name))
            .or_else(|| voices.iter().find(|v| language(v).eq_ignore_ascii_case(tag)))
            .or_else(|| voices.iter().find(|v| primary(&language(v)).eq_ignore_ascii_case(primary(tag))));
        match chosen {
            Some(chosen) => self.tts.set_voice(chosen).map(|_| ()).map_err(lost),
            None => Ok(()),
        }
    }
}
