//! The hub's own settings, set once by its coordinator: `hub.toml` in
//! `/etc/signpost/` for every account on a PC, or in an account's XDG config folder
//! (`~/.config/signpost/hub.toml`). `[hub]` names the hub for its reports, exports and
//! certificates; `[speech]` is how its computers speak
//! ([`crate::speech::SpeechSettings`]); `[courses]` which courses its learners see.
//! README ("The hub file") documents every key.

pub mod check;
pub mod courses;
pub mod file;

use std::path::PathBuf;

use serde::{Deserialize, Deserializer};

pub use courses::CourseChoice;
pub use file::{default_path, read, HubFile, HubFileError};

/// `[hub]`: who this hub is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HubSettings {
    /// The hub's name as people know it: "Riverside Library".
    #[serde(default, deserialize_with = "name")]
    pub name: Option<String>,
    /// A short id that stays the same when the name is reworded, so a network of hubs
    /// can tell its members' exports apart: lower-case letters, digits and dashes.
    #[serde(default, deserialize_with = "id")]
    pub id: Option<String>,
}

/// The longest id: long enough for a hub called riverside-library-north-branch.
const ID_MAX: usize = 64;

/// A name, made safe to show (no control or direction characters) and not blank.
fn name<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let text = crate::text::clean::clean(&String::deserialize(deserializer)?);
    let text = text.trim();
    if text.is_empty() {
        return Err(serde::de::Error::custom("the hub's name is empty"));
    }
    Ok(Some(text.to_owned()))
}

/// An id: 1 to 64 lower-case letters, digits and dashes.
fn id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let text = String::deserialize(deserializer)?;
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    if text.is_empty() || text.len() > ID_MAX || !text.chars().all(allowed) {
        let words = format!("an id is 1 to {ID_MAX} lower-case letters, digits and dashes, like riverside-library");
        return Err(serde::de::Error::custom(words));
    }
    Ok(Some(text))
}

/// Reads the hub file where it is kept. No file means no settings; a mistake means
/// no settings either, and the error to show (a hub's settings never stop a learner).
pub fn load() -> (HubFile, Option<HubFileError>) {
    load_from(default_path())
}

/// As [`load`], from `path`.
pub fn load_from(path: Option<PathBuf>) -> (HubFile, Option<HubFileError>) {
    match path.map(|p| read(&p)) {
        None => (HubFile::default(), None),
        Some(Ok(file)) => (file, None),
        Some(Err(e)) => (HubFile::default(), Some(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example in README's "The hub file", which names every key.
    fn readme_example() -> String {
        let readme = include_str!("../../README.md");
        let section = &readme[readme.find("## The hub file").expect("README has the section")..];
        let start = section.find("```toml\n").expect("an example") + "```toml\n".len();
        section[start..start + section[start..].find("```").expect("the example ends")].to_owned()
    }

    #[test]
    fn every_key_in_the_readme_example_is_read_as_documented() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hub.toml");
        std::fs::write(&path, readme_example()).unwrap();
        let file = read(&path).unwrap();
        assert_eq!(file.hub.name.as_deref(), Some("Riverside Library"));
        assert_eq!(file.hub.id.as_deref(), Some("riverside-library"));
        assert_eq!(file.speech.volume, Some(80));
        assert_eq!(file.speech.voice_for("en-GB"), Some("English (Received Pronunciation)"));
        assert_eq!(file.speech.voice_for("cy"), Some("Welsh"));
        assert!(!file.courses.shows("nhs-prescriptions") && file.courses.shows("email"));
    }

    fn hub_of(text: &str) -> Result<HubSettings, HubFileError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hub.toml");
        std::fs::write(&path, text).unwrap();
        read(&path).map(|file| file.hub)
    }

    #[test]
    fn a_hub_names_itself_once_for_every_report_and_certificate() {
        let hub = hub_of("[hub]\nname = \"Riverside Library\"\nid = \"riverside-library\"\n").unwrap();
        assert_eq!(hub.name.as_deref(), Some("Riverside Library"));
        assert_eq!(hub.id.as_deref(), Some("riverside-library"));
        assert_eq!(hub_of("").unwrap(), HubSettings::default(), "no [hub]: no name, no id");
        // TOML's own escapes, as a file from elsewhere could hold them.
        let cleaned = hub_of("[hub]\nname = \"  Eve\\u202Egpj.exe \\u001B[2J\"\n").unwrap();
        assert_eq!(cleaned.name.as_deref(), Some("Evegpj.exe [2J"), "no control or direction characters");
    }

    #[test]
    fn a_bad_name_or_id_is_refused_at_its_place() {
        for (text, col, words) in [
            ("[hub]\nid = \"Riverside Library\"\n", 6, "lower-case letters, digits and dashes"),
            ("[hub]\nname = \"   \"\n", 8, "the hub's name is empty"),
            ("[hub]\ntown = \"Leeds\"\n", 1, "unknown field `town`"),
        ] {
            let error = hub_of(text).unwrap_err();
            assert_eq!((error.line, error.col), (2, col), "{text:?}: {error}");
            assert!(error.detail.contains(words), "{text:?}: {error}");
        }
    }
}
