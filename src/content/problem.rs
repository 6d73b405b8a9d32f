//! What can be wrong in a lesson or locale file, and the Fluent message that says so.

use crate::text::Args;

/// What is wrong. Each variant has its own message in `locales/*/cli.ftl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file could not be read: the system's own words (no permission, gone).
    Unreadable {
        detail: String,
    },
    /// TOML syntax, an unknown field, an unknown step kind, a wrong type: the toml
    /// crate's own words.
    Toml {
        detail: String,
    },
    /// A mistake in the hub file: the toml crate's own words.
    HubFile {
        detail: String,
    },
    /// The hub file hides a course no installed course has the id of.
    HiddenCourseUnknown {
        id: String,
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
    /// A course or lesson id of a course pack that is taken already: `other` is the
    /// place (path:line:col) of the one that keeps it.
    IdClash {
        what: &'static str,
        id: String,
        other: String,
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
    /// A message a course pack defines that Signpost (or an earlier pack) defines too, at
    /// `other` (path:line:col): the first one is used.
    MessageClash {
        id: String,
        other: String,
    },
    /// A course pack with no words at all in `locale`: it is read in English there.
    PackInEnglish {
        locale: String,
    },
    /// A course pack's words in `locale`, a language Signpost has no words for: unused.
    /// `known` lists the languages it has.
    PackLanguageUnknown {
        locale: String,
        known: String,
    },
    BadLocaleFolder {
        name: String,
    },
    /// Larger than `limits::MAX_FILE_BYTES`.
    TooBig {
        limit_kb: usize,
    },
    /// A byte that is not UTF-8, at its own place.
    NotUtf8,
    /// Placeables nested deeper than `limits::MAX_NESTING`.
    TooDeep {
        limit: usize,
    },
    TooManySteps {
        limit: usize,
    },
    TooManyMessages {
        limit: usize,
    },
    /// A control, bidirectional or invisible character (its code, like U+001B).
    ControlCharacter {
        code: String,
    },
    /// A function Fluent does not have; `known` lists those it has.
    UnknownFunction {
        name: String,
        known: String,
    },
    /// A function given the wrong number of values, or an option it does not know;
    /// `options` lists the options it takes.
    FunctionArguments {
        function: String,
        options: String,
    },
    /// A message or term that refers back to itself, through the others in `cycle`.
    Cycle {
        id: String,
        cycle: String,
    },
    /// More problems in one file than `limits::MAX_PROBLEMS_PER_FILE`: the rest unlisted.
    TooManyProblems {
        limit: usize,
    },
    /// A reference to a message, attribute or term the language does not define.
    UnknownReference {
        target: String,
    },
    /// A select on a number without all of its language's plural categories.
    PluralForms {
        id: String,
        locale: String,
        missing: String,
    },
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
            Problem::HubFile { detail } => {
                args.set("detail", detail.as_str());
                "check-hub-file"
            }
            Problem::HiddenCourseUnknown { id } => {
                args.set("id", id.as_str());
                "check-hidden-course-unknown"
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
            Problem::IdClash { what, id, other } => {
                args.set("what", *what);
                args.set("id", id.as_str());
                args.set("other", other.as_str());
                "check-id-clash"
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
            Problem::MessageClash { id, other } => {
                args.set("id", id.as_str());
                args.set("other", other.as_str());
                "check-message-clash"
            }
            Problem::PackInEnglish { locale } => {
                args.set("locale", locale.as_str());
                "check-pack-in-english"
            }
            Problem::PackLanguageUnknown { locale, known } => {
                args.set("locale", locale.as_str());
                args.set("known", known.as_str());
                "check-pack-language-unknown"
            }
            Problem::BadLocaleFolder { name } => {
                args.set("name", name.as_str());
                "check-bad-locale-folder"
            }
            Problem::TooBig { limit_kb } => {
                args.set("limit", *limit_kb);
                "check-too-big"
            }
            Problem::NotUtf8 => "check-not-utf8",
            Problem::TooDeep { limit } => {
                args.set("limit", *limit);
                "check-too-deep"
            }
            Problem::TooManySteps { limit } => {
                args.set("limit", *limit);
                "check-too-many-steps"
            }
            Problem::TooManyMessages { limit } => {
                args.set("limit", *limit);
                "check-too-many-messages"
            }
            Problem::ControlCharacter { code } => {
                args.set("code", code.as_str());
                "check-control-character"
            }
            Problem::UnknownFunction { name, known } => {
                args.set("name", name.as_str());
                args.set("known", known.as_str());
                "check-unknown-function"
            }
            Problem::FunctionArguments { function, options } => {
                args.set("function", function.as_str());
                args.set("options", options.as_str());
                "check-function-arguments"
            }
            Problem::Cycle { id, cycle } => {
                args.set("id", id.as_str());
                args.set("cycle", cycle.as_str());
                "check-cycle"
            }
            Problem::TooManyProblems { limit } => {
                args.set("limit", *limit);
                "check-too-many-problems"
            }
            Problem::UnknownReference { target } => {
                args.set("target", target.as_str());
                "check-unknown-reference"
            }
            Problem::PluralForms { id, locale, missing } => {
                args.set("id", id.as_str());
                args.set("locale", locale.as_str());
                args.set("missing", missing.as_str());
                "check-plural-forms"
            }
        };
        (id, args)
    }
}
