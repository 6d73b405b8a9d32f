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

/// The areas of the UK Essential Digital Skills Framework (DfE 2018/2019), plus the
/// foundation skills such as using a keyboard.
pub const SKILL_AREAS: [&str; 6] =
    ["foundation", "communicating", "handling-information", "transacting", "problem-solving", "being-safe"];

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
    /// Ask learners how confident they feel before and after the course (1 to 5), for
    /// the hub's reports. Default: true. Off for a course that teaches no skill as such.
    pub ask_confidence: Option<bool>,
    /// Things a learner can go on to do for real after the course, each a `[[milestones]]`
    /// table. The learner (or their champion) records one with the day it was done, and
    /// the hub's reports count them: what funders most want to know.
    #[serde(default)]
    pub milestones: Vec<MilestoneEntry>,
}

/// `[[milestones]]` in `course.toml`: one thing done for real.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneEntry {
    /// A short, stable name, such as `ordered-a-prescription`. Saved records refer to it.
    pub id: Spanned<String>,
    /// Message id of the words in the learner's voice: "I ordered a repeat
    /// prescription in the real NHS App".
    pub words: MessageId,
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
    /// The Essential Digital Skills areas the lesson teaches, at least one of
    /// `foundation`, `communicating`, `handling-information`, `transacting`,
    /// `problem-solving`, `being-safe` (see [`SKILL_AREAS`]).
    pub skills: Spanned<Vec<String>>,
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
    /// A choice with no wrong answer (what matters to you?); each has its own feedback.
    Choose,
    /// Press one named key; any other key gets a kind word about what was pressed.
    Key,
    /// Type some words and press Enter; Backspace can put mistakes right.
    Type,
    /// Do a task on a safe practice screen (an inbox, a video call, the NHS App).
    Practice,
    /// Use one of the tutor's own commands (repeat, help, where, quit); it works as it
    /// always does, and then the step is done.
    Command,
}

impl StepKind {
    /// Every kind, with its name in lesson files.
    pub const ALL: [(StepKind, &'static str); 7] = [
        (StepKind::Explain, "explain"),
        (StepKind::Question, "question"),
        (StepKind::Choose, "choose"),
        (StepKind::Key, "key"),
        (StepKind::Type, "type"),
        (StepKind::Practice, "practice"),
        (StepKind::Command, "command"),
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
    /// `explain`, `question`, `choose`, `key`, `type`, `practice` or `command` (see
    /// [`StepKind`]).
    pub kind: Spanned<String>,
    /// Message id of the step's short heading, spoken as "Step 2 of 6: heading".
    pub title: MessageId,
    /// Message id of what the step says: one idea, in short sentences.
    pub text: MessageId,
    /// `question` and `choose`: the choices, in the order shown. In a question, exactly
    /// one has `correct = true`; in a choose step, none has.
    pub choices: Option<Vec<ChoiceEntry>>,
    /// `key` only: the key to press. One of `enter`, `space`, `backspace`, `tab`, `up`,
    /// `down`, `left`, `right`, or a single letter, digit or sign. A capital letter (`A`)
    /// means Shift and that letter.
    pub key: Option<Spanned<String>>,
    /// `command` only: the tutor command to use, one of `repeat`, `help`, `where` or
    /// `quit` (see [`super::model::Command`]).
    pub command: Option<Spanned<String>>,
    /// `type` only: message id of the words the learner must type. It may use
    /// `{ $name }`, the learner's first name.
    pub answer: Option<MessageId>,
    /// `type` only: whether capital and small letters must match. Default: false.
    pub match_case: Option<Spanned<bool>>,
    /// `key`, `type`, `practice` and `command`: message id of the words that say the step
    /// is done.
    pub success: Option<MessageId>,
    /// `practice` only: what counts as done.
    pub goal: Option<GoalEntry>,
    /// `practice` only, one of these four: the practice screen and what it starts with.
    /// `[[steps.inbox]]` tables are the emails in a practice inbox.
    pub inbox: Option<Vec<MailEntry>>,
    /// `[steps.call]`: a video call joined from a link in a text message.
    pub call: Option<CallEntry>,
    /// `[steps.nhs]`: the NHS App.
    pub nhs: Option<NhsEntry>,
    /// `[[steps.texts]]` tables are the text messages on a practice phone.
    pub texts: Option<Vec<TextEntry>>,
}

/// `[steps.goal]`: what the learner must do on the practice screen.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalEntry {
    /// Inbox: `open`, `photo`, `reply`, `write`, `delete`, `report`. Call: `allow`, `join`,
    /// `answer`, `mute`, `unmute`, `camera-off`, `camera-on`, `leave`. NHS App: `log-in`,
    /// `order`, `cancel`, `ready`, `pharmacy`, `prove-with-photo-id`,
    /// `prove-without-photo-id`. Text messages: `report`, `delete`.
    pub action: Spanned<String>,
    /// The email (its `id`), medicine (`id`) or pharmacy (`id`) the goal is about; for
    /// `write`, the address to write to.
    pub target: Option<Spanned<String>>,
    /// Message id of words the learner must type: the reply, the new email, the note for
    /// the surgery, or (for `leave`) what to say before leaving the call.
    pub words: Option<MessageId>,
}

/// One `[[steps.inbox]]` email.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailEntry {
    /// A short name for the email, for `goal.target`.
    pub id: Spanned<String>,
    /// Message id of the sender's name.
    pub from: MessageId,
    /// The sender's email address, as it is.
    pub address: Spanned<String>,
    /// Message ids of the subject, the date and the email's words.
    pub subject: MessageId,
    pub date: MessageId,
    pub body: MessageId,
    /// Not read yet. Default: false.
    pub unread: Option<bool>,
    /// Message id of a description of an attached photo.
    pub photo: Option<MessageId>,
    /// How long ago the email arrived, in minutes (60 for an hour ago, 1440 for a day):
    /// the practice inbox lists the newest first, as a real one does, whatever the order
    /// in the file. Keep it in step with `date`.
    pub minutes_ago: Option<u32>,
}

/// One `[[steps.texts]]` text message.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextEntry {
    /// A short name for the message, for `goal.target`.
    pub id: Spanned<String>,
    /// Message ids of who sent it (a name, or a phone number), when, and what it says.
    pub from: MessageId,
    pub date: MessageId,
    pub body: MessageId,
    /// Not read yet. Default: false.
    pub unread: Option<bool>,
    /// How long ago it arrived, in minutes: the newest is listed first.
    pub minutes_ago: Option<u32>,
}

/// `[steps.call]`: a video call.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallEntry {
    /// Message ids: who sent the text message, its words (with the link), who you meet
    /// in the call, what you see of them, and what you see of yourself.
    pub sender: MessageId,
    pub text: MessageId,
    pub host: MessageId,
    pub scene: MessageId,
    pub me: MessageId,
    /// Start already in the call. Default: false (start at the text message).
    pub in_call: Option<bool>,
    /// The call rings, to be answered (as in WhatsApp or FaceTime), instead of being
    /// joined from the text message's link. Default: false.
    pub ringing: Option<bool>,
}

/// `[steps.nhs]`: the NHS App.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NhsEntry {
    /// Start already logged in. Default: false (start at NHS login).
    pub logged_in: Option<bool>,
    /// NHS login asks the learner to prove who they are, with or without photo ID:
    /// after logging in, or at once if `logged_in`. Default: false.
    pub prove_identity: Option<bool>,
    /// `[[steps.nhs.medicines]]`: the repeat medicines.
    pub medicines: Vec<MedicineEntry>,
    /// `[[steps.nhs.pharmacies]]`: the first is the nominated pharmacy.
    pub pharmacies: Vec<PharmacyEntry>,
    /// Message id of why the surgery turns the order down; leave out for approval.
    pub rejected: Option<MessageId>,
}

/// One repeat medicine.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MedicineEntry {
    pub id: Spanned<String>,
    /// Message id of the medicine's name and dose.
    pub name: MessageId,
    /// `available`, `requested`, `too-soon` (needs `date`) or `review`.
    pub status: Spanned<String>,
    /// Message id of the date it can be ordered from, for `too-soon`.
    pub date: Option<MessageId>,
}

/// One pharmacy.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PharmacyEntry {
    pub id: Spanned<String>,
    /// Message ids of its name and address.
    pub name: MessageId,
    pub address: MessageId,
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
