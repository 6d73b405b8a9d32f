//! Problems found in lesson and locale files, each with a file, line and column, so an
//! author can go straight to the place. The words come from Fluent like all others.

use std::path::{Path, PathBuf};

use crate::text::Args;

/// How bad a problem is: errors stop a lesson loading, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong. Each variant has its own message in `locales/*/check.ftl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read (or is not UTF-8).
    Unreadable {
        detail: String,
    },
    /// TOML syntax, an unknown field, an unknown step kind, a wrong type: the toml
    /// crate's own words.
    Toml {
        detail: String,
    },
    FormatVersion {
        found: u32,
        supported: u32,
    },
    MissingCourseFile,
    BadId {
        id: String,
    },
    DuplicateId {
        what: &'static str,
        id: String,
    },
    NoSteps,
    NoSkills,
    UnknownSkill {
        name: String,
    },
    UnknownStepKind {
        kind: String,
    },
    MissingField {
        field: &'static str,
        kind: &'static str,
    },
    FieldNotAllowed {
        field: &'static str,
        kind: &'static str,
    },
    TooFewChoices,
    CorrectCount {
        count: usize,
    },
    UnknownKey {
        name: String,
    },
    UnknownCommand {
        name: String,
    },
    PracticeScreens {
        count: usize,
    },
    UnknownGoal {
        action: String,
        screen: &'static str,
    },
    GoalNeedsTarget {
        action: String,
    },
    UnknownTarget {
        target: String,
    },
    BadAddress {
        address: String,
    },
    MedicineStatus {
        status: String,
    },
    NoPharmacies,
    ObsoleteMessage {
        id: String,
        locale: String,
    },
    MissingVariable {
        id: String,
        variable: String,
    },
    UnknownVariable {
        id: String,
        variable: String,
    },
    MissingMessage {
        id: String,
        locale: String,
    },
    UntranslatedMessage {
        id: String,
        locale: String,
    },
    FluentSyntax {
        detail: String,
    },
    DuplicateMessage {
        id: String,
    },
    BadLocaleFolder {
        name: String,
    },
}

/// One problem at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub problem: Problem,
}

impl Diagnostic {
    /// A problem at byte `offset` of `text`, the contents of `path`.
    pub fn at(path: &Path, text: &str, offset: usize, severity: Severity, problem: Problem) -> Self {
        let (line, col) = line_col(text, offset);
        Diagnostic { path: path.to_path_buf(), line, col, severity, problem }
    }

    /// A problem with the file as a whole: reported at its first line.
    pub fn file(path: &Path, severity: Severity, problem: Problem) -> Self {
        Diagnostic { path: path.to_path_buf(), line: 1, col: 1, severity, problem }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl Problem {
    /// The Fluent id and arguments of this problem's message.
    pub fn message(&self) -> (&'static str, Args) {
        let mut args = Args::new();
        let id = match self {
            Problem::Unreadable { detail } => {
                args.set("detail", detail.as_str());
                "check-unreadable"
            }
            Problem::Toml { detail } => {
                args.set("detail", detail.as_str());
                "check-toml"
            }
            Problem::FormatVersion { found, supported } => {
                args.set("found", *found);
                args.set("supported", *supported);
                "check-format-version"
            }
            Problem::MissingCourseFile => "check-missing-course-file",
            Problem::BadId { id } => {
                args.set("id", id.as_str());
                "check-bad-id"
            }
            Problem::DuplicateId { what, id } => {
                args.set("what", *what);
                args.set("id", id.as_str());
                "check-duplicate-id"
            }
            Problem::NoSteps => "check-no-steps",
            Problem::NoSkills => "check-no-skills",
            Problem::UnknownSkill { name } => {
                args.set("name", name.as_str());
                "check-unknown-skill"
            }
            Problem::UnknownStepKind { kind } => {
                args.set("kind", kind.as_str());
                "check-unknown-step-kind"
            }
            Problem::MissingField { field, kind } => {
                args.set("field", *field);
                args.set("kind", *kind);
                "check-missing-field"
            }
            Problem::FieldNotAllowed { field, kind } => {
                args.set("field", *field);
                args.set("kind", *kind);
                "check-field-not-allowed"
            }
            Problem::TooFewChoices => "check-too-few-choices",
            Problem::CorrectCount { count } => {
                args.set("count", *count);
                "check-correct-count"
            }
            Problem::UnknownKey { name } => {
                args.set("name", name.as_str());
                "check-unknown-key"
            }
            Problem::UnknownCommand { name } => {
                args.set("name", name.as_str());
                "check-unknown-command"
            }
            Problem::PracticeScreens { count } => {
                args.set("count", *count);
                "check-practice-screens"
            }
            Problem::UnknownGoal { action, screen } => {
                args.set("action", action.as_str());
                args.set("screen", *screen);
                "check-unknown-goal"
            }
            Problem::GoalNeedsTarget { action } => {
                args.set("action", action.as_str());
                "check-goal-needs-target"
            }
            Problem::UnknownTarget { target } => {
                args.set("target", target.as_str());
                "check-unknown-target"
            }
            Problem::BadAddress { address } => {
                args.set("address", address.as_str());
                "check-bad-address"
            }
            Problem::MedicineStatus { status } => {
                args.set("status", status.as_str());
                "check-medicine-status"
            }
            Problem::NoPharmacies => "check-no-pharmacies",
            Problem::ObsoleteMessage { id, locale } => {
                args.set("id", id.as_str());
                args.set("locale", locale.as_str());
                "check-obsolete-message"
            }
            Problem::MissingVariable { id, variable } => {
                args.set("id", id.as_str());
                args.set("variable", variable.as_str());
                "check-missing-variable"
            }
            Problem::UnknownVariable { id, variable } => {
                args.set("id", id.as_str());
                args.set("variable", variable.as_str());
                "check-unknown-variable"
            }
            Problem::MissingMessage { id, locale } => {
                args.set("id", id.as_str());
                args.set("locale", locale.as_str());
                "check-missing-message"
            }
            Problem::UntranslatedMessage { id, locale } => {
                args.set("id", id.as_str());
                args.set("locale", locale.as_str());
                "check-untranslated-message"
            }
            Problem::FluentSyntax { detail } => {
                args.set("detail", detail.as_str());
                "check-fluent-syntax"
            }
            Problem::DuplicateMessage { id } => {
                args.set("id", id.as_str());
                "check-duplicate-message"
            }
            Problem::BadLocaleFolder { name } => {
                args.set("name", name.as_str());
                "check-bad-locale-folder"
            }
        };
        (id, args)
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`. For many
/// places in one file, build a [`LineIndex`] once instead.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_col(offset)
}

/// Where each line of a text starts, so that the line and column of any place is found
/// in time that does not grow with the size of the file (a lesson of 10,000 steps has
/// tens of thousands of places to name).
pub struct LineIndex<'t> {
    text: &'t str,
    /// The byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { text, starts }
    }

    /// 1-based line and column (in characters) of byte `offset`; an offset past the end
    /// is the end, and one inside a character is that character.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// A problem at byte `offset` of this text, the contents of `path`.
    pub fn diagnostic(&self, path: &Path, offset: usize, severity: Severity, problem: Problem) -> Diagnostic {
        let (line, col) = self.line_col(offset);
        Diagnostic { path: path.to_path_buf(), line, col, severity, problem }
    }
}

#[cfg(test)]
mod tests {
    use super::{line_col, LineIndex};

    #[test]
    fn line_col_counts_from_one_in_characters() {
        let text = "ab\ncŵd\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 1), (1, 2));
        assert_eq!(line_col(text, 3), (2, 1));
        // 'ŵ' is two bytes but one column.
        assert_eq!(line_col(text, 6), (2, 3));
        assert_eq!(line_col(text, 999), (3, 1));
    }

    #[test]
    fn the_line_index_agrees_with_counting_from_the_start() {
        let text = "one\n\ntwo ŵ three\n\nlast";
        let index = LineIndex::new(text);
        for offset in (0..=text.len() + 2).filter(|&o| text.is_char_boundary(o.min(text.len()))) {
            let before = &text[..offset.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            assert_eq!(index.line_col(offset), (line, col), "at {offset}");
        }
        // Inside the two bytes of 'ŵ': that character's place.
        let inside = text.find('ŵ').unwrap() + 1;
        assert_eq!(index.line_col(inside), index.line_col(inside - 1));
    }
}
