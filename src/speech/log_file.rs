//! A speech log: every announcement appended as one line, whether or not a voice is on.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

/// An open speech log file.
pub struct SpeechLog {
    file: File,
}

impl SpeechLog {
    /// Opens `path` for appending, creating it if needed: private to this user, as
    /// what was said names the learner.
    pub fn open(path: &Path) -> io::Result<SpeechLog> {
        let file = crate::learner_data::private::append(path)?;
        Ok(SpeechLog { file })
    }

    /// Appends `text` as one line (line breaks inside become spaces). A write that fails
    /// is logged and otherwise ignored: the log must never stop the lesson.
    pub fn record(&mut self, text: &str) {
        let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Err(e) = writeln!(self.file, "{line}").and_then(|()| self.file.flush()) {
            log::warn!("cannot write the speech log: {e}");
        }
    }
}
