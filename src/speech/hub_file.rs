//! The hub's own settings: `hub.toml` in Signpost's XDG config folder (usually
//! `~/.config/signpost/hub.toml`). Each part of Signpost reads its own table; speech
//! reads `[speech]`. Other tables may be added beside it, so only `[speech]` refuses
//! keys it does not know. README ("Speech on a hub PC") documents every key.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};

use super::worker::primary;

/// The whole file. Tables this version does not know are left alone.
#[derive(Debug, Default, Deserialize)]
pub struct HubFile {
    #[serde(default)]
    pub speech: SpeechSettings,
}

/// `[speech]`: how this hub's computers speak.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeechSettings {
    /// A voice for a language, by its name as `spd-say -L` lists it: `cy = "Welsh"`.
    /// A key is a language tag; `en-GB` is looked up first, then `en`.
    #[serde(default)]
    pub voices: BTreeMap<String, String>,
    /// How loud, from 0 (quietest) to 100 (speech-dispatcher's usual, loudest).
    /// Unset: speech-dispatcher's own setting stands.
    #[serde(default, deserialize_with = "percent")]
    pub volume: Option<u8>,
}

impl SpeechSettings {
    /// The hub's voice for language `tag`: by the whole tag, else by its language.
    pub fn voice_for(&self, tag: &str) -> Option<&str> {
        let named = |key: &str| self.voices.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v.as_str());
        named(tag).or_else(|| named(primary(tag)))
    }
}

/// A volume from 0 to 100.
fn percent<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u8>, D::Error> {
    let value = u8::deserialize(deserializer)?;
    if value > 100 {
        return Err(serde::de::Error::custom(format!("volume is from 0 to 100, not {value}")));
    }
    Ok(Some(value))
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
