//! The tutor engine: a pure `update` from messages to state changes and effects, and a
//! `view` that describes the screen (and what to say) for both front ends.
//!
//! It knows lessons and learners. It knows nothing of terminals, SQLite or speech
//! engines: those are effects the shell in [`crate::shell::app`] carries out.

mod announce;
pub mod english;
mod items;
mod pages;
pub mod plan;
pub mod saving;
mod state;
mod update;
mod view;
mod words;

#[cfg(test)]
mod help_tests;
#[cfg(test)]
mod reason_tests;
#[cfg(test)]
mod saving_tests;
#[cfg(test)]
mod tests;

pub use pages::practice::words as practice_words;
pub use state::{
    current_lesson, current_step, Event, InputMode, Item, Outcome, Overlay, Page, PinEntryProblem, PracticeNote,
    PracticeRun, Question, State, StepPage, Then,
};
pub use update::update;
pub use view::{view, Field, Panel, Screen};

use crate::domain::learner::{Learner, Moment, Progress};
use crate::domain::settings::Settings;
use crate::i18n::I18n;
use crate::lesson::{Catalog, Key};
use crate::speech::SpeechStatus;

/// What the engine reads but never changes: the lessons, and the words (a type step's
/// answer is words in the learner's language).
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    pub i18n: &'a I18n,
}

/// Something the learner did, or a result the shell brings back.
// One value per input, moved once and never stored: a learner's progress arriving in
// `LearnerReady` makes it large, and that does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Enter: go on, or choose the highlighted entry.
    Next,
    /// An empty line in plain mode: go on where nothing needs choosing.
    Blank,
    /// Escape: go back.
    Back,
    /// Move the highlight.
    Up,
    Down,
    /// Choose entry number `n` (from 0) of the list.
    Choose(usize),
    /// Move the highlight to entry number `n` (from 0), choosing nothing yet (a number
    /// key in the full-screen view).
    FocusOn(usize),
    Repeat,
    Help,
    Where,
    /// Asks to stop; the tutor asks "are you sure?" first.
    Quit,
    /// Start a practice screen again from the beginning.
    Reset,
    /// Open (or close) the settings, from anywhere.
    OpenSettings,
    /// Stop speaking now.
    Silence,
    /// Read out what is in a practice password box, a character at a time.
    Spell,
    /// The shell found a screen reader running (Orca, Fenrir, Speakup, BRLTTY).
    ScreenReaderFound(String),
    /// A key pressed during key practice.
    Key(Key),
    /// A letter typed into a text field.
    Type(char),
    /// Backspace in a text field.
    RubOut,
    /// A whole line typed into a text field (plain mode).
    Submit(String),
    /// Plain-mode input that is no command and no answer.
    Unknown(String),
    /// Standard input closed: save and stop without asking.
    EndOfInput,
    /// The shell added or opened a learner and read their progress. A new learner
    /// starts with the first lesson (Finding your reason), not a list.
    /// `settings` are the learner's saved ones, if they have any.
    LearnerReady {
        learner: Learner,
        progress: Progress,
        new: bool,
        settings: Option<Settings>,
    },
    /// The speech engine started, failed or was turned off.
    Speech(SpeechStatus),
    /// The shell tried the champion PIN (under the rule of waits and locks).
    ChampionPinChecked(crate::domain::pin::PinVerdict),
    /// The champions, read after the PIN was given.
    ChampionsLoaded(Vec<(i64, String)>),
    /// A champion was added (and is now signed in).
    ChampionReady(i64, String),
    /// Words the shell gathered to show (everything kept about a learner).
    TextReady {
        title: String,
        lines: Vec<String>,
    },
    /// The shell checked a learner's own PIN.
    LearnerPinChecked {
        learner_id: i64,
        verdict: crate::domain::pin::PinVerdict,
    },
    /// A save failed (a full disk, a read-only folder): the shell keeps what is not
    /// saved and tries again; the learner is told once, and carries on.
    SaveFailed,
    /// Everything the shell held after a failed save is saved now.
    SavedAgain,
    /// The learner was erased while learning: nothing more can be saved for them.
    LearnerGone,
}

impl Message {
    /// True for a result the shell brings back, false for something the person did.
    pub fn is_reply(&self) -> bool {
        matches!(
            self,
            Message::LearnerReady { .. }
                | Message::Speech(_)
                | Message::ScreenReaderFound(_)
                | Message::ChampionPinChecked(_)
                | Message::ChampionsLoaded(_)
                | Message::ChampionReady(..)
                | Message::TextReady { .. }
                | Message::LearnerPinChecked { .. }
                | Message::SaveFailed
                | Message::SavedAgain
                | Message::LearnerGone
        )
    }
}

/// Something for the shell to do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Say the view's announcement.
    Announce,
    /// Leave the full-screen view and carry on in plain mode.
    UsePlain,
    /// Add a learner with this (checked) name, then send `LearnerReady`.
    AddLearner(String),
    /// Read this learner's progress, then send `LearnerReady`.
    OpenLearner(i64),
    /// The learner is now on this step: save it.
    SaveStep { learner_id: i64, course_id: String, lesson_id: String, step_id: String },
    /// The learner asked for help on a practice step (1 hint, 2 show me, 3 do it for
    /// me): record it for the champion's reports.
    RecordHelp { learner_id: i64, course_id: String, lesson_id: String, step_id: String, level: u8 },
    /// The learner finished this lesson: save it.
    CompleteLesson { learner_id: i64, course_id: String, lesson_id: String },
    /// Stop the tutor (everything is already saved).
    Quit,
    /// Use these settings now (voice, rate, language, look), and save them for the
    /// learner if one is chosen.
    ApplySettings(Settings),
    /// Stop the voice mid-sentence.
    StopSpeech,
    /// Set the champion PIN (the shell stores a hash), then load the champions.
    SetChampionPin(String),
    /// Check the champion PIN, then send `ChampionPinChecked`.
    CheckChampionPin(String),
    /// Read the champions, then send `ChampionsLoaded`.
    LoadChampions,
    /// Add a champion with this (checked) name, then send `ChampionReady`.
    AddChampion(String),
    /// A learner was chosen: open a session (with the signed-in champion, if any).
    StartSession { learner_id: i64, champion_id: Option<i64> },
    /// Close the session with the learner's answers (None: not answered) and the
    /// champion's notes.
    EndSession { useful: Option<bool>, helpful: Option<bool>, notes: String },
    /// Make the hub's report (all time), then send `TextReady`.
    LoadReport,
    /// Gather everything kept about a learner, then send `TextReady`.
    ShowMyData { learner_id: i64 },
    /// Check a learner's PIN, then send `LearnerPinChecked`.
    CheckLearnerPin { learner_id: i64, pin: String },
    /// Set (or, with `None`, remove) a learner's own PIN.
    SetLearnerPin { learner_id: i64, pin: Option<String> },
    /// Save a changed learning plan.
    SetPlan { learner_id: i64, plan: Vec<(String, String)> },
    /// Keep what matters most to the learner (its place in the list of reasons).
    SetReason { learner_id: i64, reason: usize },
    /// Record that the learner did a milestone for real (today), or take it off again.
    Milestone { learner_id: i64, course_id: String, milestone_id: String, done: bool },
    /// Keep one skills-check answer as it is given: (question id, answer key).
    SaveSkillAnswer { learner_id: i64, skill: &'static str, answer: &'static str },
    /// Save the skills check answers and the learning plan made from them.
    SavePlan { learner_id: i64, answers: Vec<(&'static str, &'static str)>, plan: Vec<(String, String)> },
    /// How confident the learner feels about a course, 1 to 5.
    RecordConfidence { learner_id: i64, course_id: String, moment: Moment, score: u8 },
}
