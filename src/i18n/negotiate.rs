//! Choosing the language: `--lang`, else the system's locale, else en-GB.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use super::base_language;

/// The languages to try, most wanted first: the `--lang` tag if given (and valid), then
/// the operating system's locales. A tag that does not parse is logged and skipped.
pub fn requested_languages(lang_flag: Option<&str>) -> Vec<LanguageIdentifier> {
    let from_system = sys_locale::get_locales();
    lang_flag
        .map(str::to_owned)
        .into_iter()
        .chain(from_system)
        .filter_map(|tag| {
            // POSIX locales look like "cy_GB.UTF-8": keep the language part.
            let tag = tag.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
            match tag.parse::<LanguageIdentifier>() {
                Ok(lang) => Some(lang),
                Err(e) => {
                    log::info!("ignoring language {tag:?}: {e}");
                    None
                }
            }
        })
        .collect()
}

/// The languages to use, most wanted first, always ending with en-GB.
pub fn negotiate(requested: &[LanguageIdentifier], available: &[LanguageIdentifier]) -> Vec<LanguageIdentifier> {
    let base = base_language();
    let mut chain: Vec<LanguageIdentifier> =
        negotiate_languages(requested, available, Some(&base), NegotiationStrategy::Filtering)
            .into_iter()
            .cloned()
            .collect();
    if !chain.contains(&base) {
        chain.push(base);
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<LanguageIdentifier> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    #[test]
    fn negotiation_prefers_what_was_asked_and_ends_in_english() {
        let available = langs(&["en-GB", "cy", "pl"]);
        let cases: &[(&[&str], &[&str])] = &[
            (&["cy"], &["cy", "en-GB"]),
            (&["cy-GB"], &["cy", "en-GB"]),
            (&["pl-PL", "cy"], &["pl", "cy", "en-GB"]),
            (&["fr"], &["en-GB"]),
            (&[], &["en-GB"]),
            (&["en-US"], &["en-GB"]),
        ];
        for (asked, expected) in cases {
            assert_eq!(negotiate(&langs(asked), &available), langs(expected), "asked {asked:?}");
        }
    }

    #[test]
    fn the_flag_comes_before_the_system_and_posix_names_are_understood() {
        let requested = requested_languages(Some("cy_GB.UTF-8"));
        assert_eq!(requested.first(), Some(&"cy-GB".parse().unwrap()));
        let requested = requested_languages(Some("not a tag!"));
        assert!(requested.iter().all(|l| l.language.as_str() != "not"));
    }
}
