//! Finding and reading `hub.toml`, with each mistake at its line and column.
//!
//! A hub sets its file once for every account on a PC in `/etc/signpost/hub.toml`; a
//! file in an account's own settings folder (`~/.config/signpost/hub.toml`) is used
//! instead of it, for a PC that is not shared. `SIGNPOST_HUB_FILE` names a file to use
//! instead of both: to try a new file with `signpost check` before putting it in place.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{CourseChoice, HubSettings};
use crate::speech::SpeechSettings;

/// The variable naming a hub file to use instead of the usual places.
pub const FILE_VARIABLE: &str = "SIGNPOST_HUB_FILE";
/// The hub file shared by every account on the PC.
pub const SYSTEM_FILE: &str = "/etc/signpost/hub.toml";

/// The whole file. Tables this version does not know are left alone.
#[derive(Debug, Default, Deserialize)]
pub struct HubFile {
    #[serde(default)]
    pub hub: HubSettings,
    #[serde(default)]
    pub speech: SpeechSettings,
    #[serde(default)]
    pub courses: CourseChoice,
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

/// Where the hub file is looked for, the one used first: `SIGNPOST_HUB_FILE` alone if
/// it is set, else the account's own file, then the PC's.
pub fn search_path() -> Vec<PathBuf> {
    if let Some(file) = named() {
        return vec![file];
    }
    let own = directories::ProjectDirs::from("", "", "signpost").map(|dirs| dirs.config_dir().join("hub.toml"));
    own.into_iter().chain([PathBuf::from(SYSTEM_FILE)]).collect()
}

/// The file `SIGNPOST_HUB_FILE` names on purpose, if it is set.
pub fn named() -> Option<PathBuf> {
    std::env::var_os(FILE_VARIABLE).filter(|f| !f.is_empty()).map(PathBuf::from)
}

/// The hub file in use: the first of `candidates` that exists, or (when none does) the
/// first, so that a file named on purpose and missing is said to be missing.
pub fn locate(candidates: &[PathBuf]) -> Option<PathBuf> {
    candidates.iter().find(|path| path.symlink_metadata().is_ok()).or(candidates.first()).cloned()
}

/// The hub file this process uses (see [`search_path`]).
pub fn default_path() -> Option<PathBuf> {
    locate(&search_path())
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
    fn the_accounts_own_file_is_used_before_the_pcs() {
        let dir = tempfile::tempdir().unwrap();
        let (own, pc) = (dir.path().join("own.toml"), dir.path().join("pc.toml"));
        let candidates = [own.clone(), pc.clone()];
        assert_eq!(locate(&candidates), Some(own.clone()), "neither exists: the first is named");
        std::fs::write(&pc, "").unwrap();
        assert_eq!(locate(&candidates), Some(pc.clone()), "the PC's file when the account has none");
        std::fs::write(&own, "").unwrap();
        assert_eq!(locate(&candidates), Some(own), "the account's own file first");
        assert_eq!(locate(&[]), None);
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
