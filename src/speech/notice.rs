//! What the voice says when the learner's language has none: a blind learner must not
//! be left in silence. It is said in the hub's language (the one Signpost started in)
//! if that has a voice, else in English, and then the tutor carries on in text.

use crate::i18n::{base_language, Args, I18n, BASE_LANGUAGE};

/// Words to say when the learner's language has no voice, in a language that may
/// have one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The language of `text`, a tag such as `en-GB`.
    pub language: String,
    pub text: String,
}

/// The notices for a language called `language_name`: in `hub`'s language, then (if
/// that is not English) in English.
pub fn no_voice_notices(hub: &I18n, language_name: &str) -> Vec<Notice> {
    let args = Args::new().with("language", language_name);
    let said_in = |words: &I18n| Notice {
        language: words.language().to_string(),
        text: words.tr_args("speech-no-voice-said", &args),
    };
    let mut notices = vec![said_in(hub)];
    if hub.language().language.as_str() != "en" {
        let english = I18n::built_in(&[base_language()]);
        notices.push(Notice { language: BASE_LANGUAGE.to_owned(), ..said_in(&english) });
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notice_is_in_the_hubs_language_then_english() {
        let welsh = I18n::built_in(&["cy".parse().unwrap()]);
        let notices = no_voice_notices(&welsh, "Polski");
        let languages: Vec<&str> = notices.iter().map(|n| n.language.as_str()).collect();
        assert_eq!(languages, ["cy", "en-GB"]);
        assert!(notices.iter().all(|n| n.text.contains("Polski")), "{notices:?}");
        assert_ne!(notices[0].text, notices[1].text, "said in Welsh, then in English");
        let english = I18n::built_in(&[base_language()]);
        assert_eq!(no_voice_notices(&english, "Cymraeg").len(), 1, "English once is enough");
    }
}
