//! Reading `hub.toml`, with each mistake at its line and column.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::HubSettings;
use crate::speech::SpeechSettings;

/// The whole file. Tables this version does not know are left alone.
#[derive(Debug, Default, Deserialize)]
pub struct HubFile {
    #[serde(default)]
    pub hub: HubSettings,
    #[serde(default)]
    pub speech: SpeechSettings,
}

/// Why the file could not be used, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}:{col}: {detail}", path.display())]
pub struct HubFileError {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub detail: String,
}

/// Where the hub file is: `hub.toml` in Signpost's XDG config folder.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "signpost").map(|dirs| dirs.config_dir().join("hub.toml"))
}

/// Reads the hub file at `path`; no file means every setting as usual.
pub fn read(path: &Path) -> Result<HubFile, HubFileError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HubFile::default()),
        Err(e) => return Err(HubFileError { path: path.to_owned(), line: 1, col: 1, detail: e.to_string() }),
    };
    toml::from_str(&text).map_err(|e| {
        let (line, col) = line_col(&text, e.span().map_or(0, |span| span.start));
        HubFileError { path: path.to_owned(), line, col, detail: e.message().to_owned() }
    })
}

/// Line and column (both from 1, the column in characters) of byte `offset`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Result<HubFile, HubFileError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hub.toml");
        std::fs::write(&path, text).unwrap();
        read(&path).map_err(|e| HubFileError { path: PathBuf::from("hub.toml"), ..e })
    }

    #[test]
    fn voices_and_volume_are_read_and_other_tables_left_alone() {
        let file = read_text(
            "[hub]\nname = \"Llanbedr library\"\n\n[speech]\nvolume = 80\n\n[speech.voices]\ncy = \"Welsh\"\nen-GB = \"English (Received Pronunciation)\"\n",
        )
        .unwrap();
        assert_eq!(file.speech.volume, Some(80));
        assert_eq!(file.speech.voice_for("cy"), Some("Welsh"));
        assert_eq!(file.speech.voice_for("cy-GB"), Some("Welsh"), "by language when the tag is longer");
        assert_eq!(file.speech.voice_for("en-gb"), Some("English (Received Pronunciation)"));
        assert_eq!(file.speech.voice_for("pl"), None);
    }

    #[test]
    fn no_file_means_the_usual_settings() {
        let dir = tempfile::tempdir().unwrap();
        let file = read(&dir.path().join("hub.toml")).unwrap();
        assert_eq!(file.speech, SpeechSettings::default());
    }

    #[test]
    fn mistakes_are_reported_at_their_line_and_column() {
        let cases = [
            ("[speech]\nvoice = \"Welsh\"\n", 2, 1, "unknown field `voice`"),
            ("[speech]\nvolume = 180\n", 2, 10, "volume is from 0 to 100, not 180"),
            ("[speech]\nvolume = \"loud\"\n", 2, 10, "invalid type"),
            ("[speech\n", 1, 8, ""),
        ];
        for (text, line, col, words) in cases {
            let error = read_text(text).unwrap_err();
            assert_eq!((error.line, error.col), (line, col), "{text:?}: {error}");
            assert!(error.detail.contains(words), "{text:?}: {error}");
            assert!(error.to_string().starts_with(&format!("hub.toml:{line}:{col}: ")), "{error}");
        }
    }
}
