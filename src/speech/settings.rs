//! `[speech]` in the hub file (see [`crate::hub`]): how this hub's computers speak.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

use super::worker::primary;

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
