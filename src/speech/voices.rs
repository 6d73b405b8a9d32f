//! The engine's voices and scales: which language tag to ask for so that a language is
//! spoken (British English for English, never another English), and the learner's speed
//! and the hub's volume on speech-dispatcher's scales.

/// Speech-dispatcher's rate (-100 to 100, 0 normal) for the learner's speed: 20 a step,
/// so -3 is about 120 words a minute with espeak-ng and 3 about 300.
pub(crate) fn rate_scale(step: i8) -> i32 {
    i32::from(step.clamp(-3, 3)) * 20
}

/// Speech-dispatcher's volume (-100 to 100) for the hub's 0 to 100: 100 is
/// speech-dispatcher's usual (loudest) volume.
pub(crate) fn volume_scale(percent: u8) -> i32 {
    i32::from(percent.min(100)) * 2 - 100
}

/// The voices an engine has: each one's name and language tag.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct VoiceList {
    voices: Vec<(String, String)>,
}

impl VoiceList {
    pub(crate) fn new(voices: Vec<(String, String)>) -> VoiceList {
        VoiceList { voices }
    }

    /// The tag to ask the engine for so that it speaks `tag`: the tag itself if a
    /// voice has exactly it, else its language alone (`cy` for `cy-GB`); English with
    /// no country is British English when there is one. None: no voice speaks it.
    pub(crate) fn tag_for(&self, tag: &str) -> Option<String> {
        let wanted = preferred_tag(tag);
        if self.voices.iter().any(|(_, language)| language.eq_ignore_ascii_case(&wanted)) {
            return Some(wanted);
        }
        let primary = primary(tag);
        self.voices.iter().any(|(_, language)| primary_matches(language, primary)).then(|| primary.to_owned())
    }
}

/// The language part of a tag: `en` for `en-GB`.
pub(crate) fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

fn primary_matches(language: &str, primary_tag: &str) -> bool {
    primary(language).eq_ignore_ascii_case(primary_tag)
}

/// The tag to ask for before the voices are known: English is British English (an
/// engine asked for "en" may pick any English, such as Caribbean English).
pub(crate) fn preferred_tag(tag: &str) -> String {
    if tag.eq_ignore_ascii_case("en") {
        "en-GB".to_owned()
    } else {
        tag.to_owned()
    }
}
