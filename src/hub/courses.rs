//! `[courses]` of the hub file: which courses this hub's learners see. A Welsh hub can
//! hide a course meant for England. Hiding a course only takes it off the learner's
//! list: progress in it is kept, counted in reports, and shown again if it comes back.

use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

/// `[courses]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseChoice {
    /// The ids of courses learners do not see (`signpost list` shows each id), with
    /// where each is written, so a mistyped id is found at its line and column.
    #[serde(default)]
    hide: Vec<Spanned<String>>,
}

impl CourseChoice {
    /// Hides `ids` (for tests and for callers building settings in code).
    pub fn hiding<I: IntoIterator<Item = S>, S: Into<String>>(ids: I) -> Self {
        CourseChoice { hide: ids.into_iter().map(|id| Spanned::new(0..0, id.into())).collect() }
    }

    /// Whether learners see the course with this id.
    pub fn shows(&self, id: &str) -> bool {
        !self.hide.iter().any(|hidden| hidden.get_ref() == id)
    }

    /// Each hidden id, with its place (bytes) in the hub file.
    pub fn hidden(&self) -> impl Iterator<Item = (&str, Range<usize>)> {
        self.hide.iter().map(|hidden| (hidden.get_ref().as_str(), hidden.span()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_courses_are_not_shown_and_others_are() {
        let choice: CourseChoice = toml::from_str("hide = [\"nhs-prescriptions\", \"video-calls\"]\n").unwrap();
        assert!(!choice.shows("nhs-prescriptions"));
        assert!(!choice.shows("video-calls"));
        assert!(choice.shows("email"));
        assert!(CourseChoice::default().shows("nhs-prescriptions"), "nothing is hidden unless the hub says so");
    }

    #[test]
    fn each_hidden_id_keeps_its_place_in_the_file() {
        let choice: CourseChoice = toml::from_str("hide = [\"email\", \"nhs\"]\n").unwrap();
        let places: Vec<_> = choice.hidden().collect();
        assert_eq!(places, vec![("email", 8..15), ("nhs", 17..22)]);
    }
}
