//! The lesson file format, exactly as authors write it in TOML.
//!
//! These types mirror the files one to one, keep the position of every value (so the
//! checker can name a line and column), and refuse unknown fields. They are turned into
//! the checked model in [`super::model`] by [`super::validate`]. Every field's doc
//! comment here is the format's documentation; `lessons/README.md` says the same in
//! longer words.

use serde::Deserialize;
use toml::Spanned;

/// The only version of the format this build understands. Files must say it.
pub const FORMAT_VERSION: u32 = 1;

/// A text a learner sees or hears: always the id of a Fluent message, never the words.
pub type MessageId = Spanned<String>;

/// `course.toml`: one per course folder.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseFile {
    /// Must be `1`. Lets later versions of Signpost read old files, or refuse new ones kindly.
    pub format_version: Spanned<u32>,
    /// A short, stable name for the course, such as `getting-started`. Saved progress
    /// refers to it, so never change it once learners have used the course.
    pub id: Spanned<String>,
    /// Message id of the course's name, such as "Getting started".
    pub title: MessageId,
    /// Message id of one sentence saying what the course teaches.
    pub summary: MessageId,
}

/// One lesson file: any other `.toml` file in a course folder.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonFile {
    /// Must be `1`.
    pub format_version: Spanned<u32>,
    /// A short, stable name for the lesson, unique in its course. Saved progress uses it.
    pub id: Spanned<String>,
    /// Message id of the lesson's name, such as "Using a keyboard".
    pub title: MessageId,
    /// Message id of one sentence saying what the learner will be able to do.
    pub summary: MessageId,
    /// The steps, in the order the learner meets them. At least one.
    #[serde(default)]
    pub steps: Vec<StepEntry>,
}

/// What a step asks of the learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// Words to read or hear; Enter goes on.
    Explain,
    /// A question with choices; one of them is right, and each has its own feedback.
    Question,
    /// Press one named key; any other key gets a kind word about what was pressed.
    Key,
    /// Type some words and press Enter; Backspace can put mistakes right.
    Type,
}

impl StepKind {
    /// Every kind, with its name in lesson files.
    pub const ALL: [(StepKind, &'static str); 4] = [
        (StepKind::Explain, "explain"),
        (StepKind::Question, "question"),
        (StepKind::Key, "key"),
        (StepKind::Type, "type"),
    ];

    /// The kind a lesson file names, if there is one by that name.
    pub fn parse(name: &str) -> Option<StepKind> {
        StepKind::ALL.iter().find(|(_, n)| *n == name).map(|(kind, _)| *kind)
    }

    /// The kind's name in lesson files.
    pub fn name(self) -> &'static str {
        StepKind::ALL.iter().find(|(kind, _)| *kind == self).map_or("", |(_, n)| n)
    }
}

/// One `[[steps]]` table. Which fields belong depends on `kind`; the checker says when a
/// field is missing or does not belong.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepEntry {
    /// A short name for the step, unique in its lesson. Saved progress points at it, so a
    /// learner carries on at the same step even after steps are added before it.
    pub id: Spanned<String>,
    /// `explain`, `question`, `key` or `type` (see [`StepKind`]).
    pub kind: Spanned<String>,
    /// Message id of the step's short heading, spoken as "Step 2 of 6: heading".
    pub title: MessageId,
    /// Message id of what the step says: one idea, in short sentences.
    pub text: MessageId,
    /// `question` only: the choices, in the order shown. Exactly one has `correct = true`.
    pub choices: Option<Vec<ChoiceEntry>>,
    /// `key` only: the key to press. One of `enter`, `space`, `backspace`, `tab`, `up`,
    /// `down`, `left`, `right`, or a single letter, digit or sign. A capital letter (`A`)
    /// means Shift and that letter.
    pub key: Option<Spanned<String>>,
    /// `type` only: message id of the words the learner must type. It may use
    /// `{ $name }`, the learner's first name.
    pub answer: Option<MessageId>,
    /// `type` only: whether capital and small letters must match. Default: false.
    pub match_case: Option<Spanned<bool>>,
    /// `key` and `type` only: message id of the words that say the step is done.
    pub success: Option<MessageId>,
}

/// One `[[steps.choices]]` table of a question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceEntry {
    /// Message id of the choice as shown in the list.
    pub text: MessageId,
    /// Message id of what the tutor says when the learner picks this choice.
    pub feedback: MessageId,
    /// `true` for the one right answer. Default: false.
    pub correct: Option<Spanned<bool>>,
}
