//! Safe practice screens: small state machines that look and behave like an email
//! inbox, a video call and the NHS App, where nothing can go wrong.
//!
//! A screen knows what the learner can do on it ([`Control`]s), what happens when they
//! do it, and, for a lesson's goal, what the next right move is (for hints, "show me"
//! and "do it for me") and whether the goal is met. Every word is a Fluent message id
//! ([`Words`]); the tutor's view turns them into text.

pub mod call;
pub mod inbox;
pub mod nhs;
pub mod setup;

pub use setup::{CallSetup, InboxSetup, MailSetup, MedicineSetup, NhsSetup, PharmacySetup, Setup};

/// Words to show or say: a message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub id: &'static str,
    pub args: Vec<(&'static str, Word)>,
}

/// One argument of [`Words`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Word {
    /// A message id from the lesson data (a sender's name, a medicine).
    Message(String),
    /// Text as it is: what the learner typed, an email address.
    Plain(String),
    Number(usize),
    /// Other words, put in place (a field's name inside "You can type in ...").
    Nested(Box<Words>),
}

impl Words {
    pub fn new(id: &'static str) -> Words {
        Words { id, args: Vec::new() }
    }

    /// Adds `$key`, a message to look up.
    pub fn message(mut self, key: &'static str, id: &str) -> Words {
        self.args.push((key, Word::Message(id.to_owned())));
        self
    }

    /// Adds `$key`, shown as it is.
    pub fn plain(mut self, key: &'static str, text: &str) -> Words {
        self.args.push((key, Word::Plain(text.to_owned())));
        self
    }

    pub fn number(mut self, key: &'static str, n: usize) -> Words {
        self.args.push((key, Word::Number(n)));
        self
    }

    /// Adds `$key`, made of other words.
    pub fn nested(mut self, key: &'static str, words: Words) -> Words {
        self.args.push((key, Word::Nested(Box::new(words))));
        self
    }
}

/// Something the learner can choose on a practice screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Control {
    pub label: Words,
    pub action: Action,
}

/// A text box being typed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editing {
    pub label: Words,
    pub value: String,
    /// Shown as dots (a password).
    pub hidden: bool,
}

/// What a practice screen shows now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    /// The screen's name, such as "Inbox".
    pub title: Words,
    /// What is on it, line by line.
    pub lines: Vec<Words>,
    pub controls: Vec<Control>,
}

/// Every move a learner can make on any practice screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Inbox(inbox::Act),
    Call(call::Act),
    Nhs(nhs::Act),
}

/// What counts as done, from the lesson file, with its words already in the learner's
/// language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Goal {
    /// A goal name the screen knows, such as `reply` or `order`.
    pub action: String,
    /// Which message, medicine or pharmacy, where the goal needs one.
    pub target: Option<String>,
    /// Words the learner must type (such as the reply), in their language.
    pub words: Option<String>,
}

/// One practice screen in its current state.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Inbox(inbox::Inbox),
    Call(call::Call),
    Nhs(nhs::NhsApp),
}

impl Screen {
    /// A fresh screen from the lesson's starting data.
    pub fn new(setup: &Setup) -> Screen {
        match setup {
            Setup::Inbox(s) => Screen::Inbox(inbox::Inbox::new(s)),
            Setup::Call(s) => Screen::Call(call::Call::new(s)),
            Setup::Nhs(s) => Screen::Nhs(nhs::NhsApp::new(s)),
        }
    }

    pub fn view(&self) -> View {
        match self {
            Screen::Inbox(s) => s.view(),
            Screen::Call(s) => s.view(),
            Screen::Nhs(s) => s.view(),
        }
    }

    /// Does `action`; returns what happened, to show and say. An action that does not
    /// belong to this screen does nothing.
    pub fn act(&mut self, action: &Action) -> Option<Words> {
        match (self, action) {
            (Screen::Inbox(s), Action::Inbox(a)) => Some(s.act(a)),
            (Screen::Call(s), Action::Call(a)) => Some(s.act(a)),
            (Screen::Nhs(s), Action::Nhs(a)) => Some(s.act(a)),
            _ => None,
        }
    }

    /// Escape on the practice screen: its own "back", or `None` at its first page.
    pub fn back(&mut self) -> Option<Words> {
        match self {
            Screen::Inbox(s) => s.back(),
            Screen::Call(s) => s.back(),
            Screen::Nhs(s) => s.back(),
        }
    }

    /// The text box being typed in, if any.
    pub fn editing(&self) -> Option<Editing> {
        match self {
            Screen::Inbox(s) => s.editing(),
            Screen::Call(s) => s.editing(),
            Screen::Nhs(s) => s.editing(),
        }
    }

    /// Puts `text` into the text box being typed in, and closes it.
    pub fn fill(&mut self, text: &str) -> Option<Words> {
        match self {
            Screen::Inbox(s) => s.fill(text),
            Screen::Call(s) => s.fill(text),
            Screen::Nhs(s) => s.fill(text),
        }
    }

    /// Closes the text box without changing it.
    pub fn stop_editing(&mut self) {
        match self {
            Screen::Inbox(s) => s.stop_editing(),
            Screen::Call(s) => s.stop_editing(),
            Screen::Nhs(s) => s.stop_editing(),
        }
    }

    /// The next right move towards `goal`: the move, and for a text box the words to
    /// type in it. `None` when the goal is met (or cannot be reached from here).
    pub fn next_move(&self, goal: &Goal) -> Option<Move> {
        match self {
            Screen::Inbox(s) => s.next_move(goal),
            Screen::Call(s) => s.next_move(goal),
            Screen::Nhs(s) => s.next_move(goal),
        }
    }

    pub fn goal_met(&self, goal: &Goal) -> bool {
        match self {
            Screen::Inbox(s) => s.goal_met(goal),
            Screen::Call(s) => s.goal_met(goal),
            Screen::Nhs(s) => s.goal_met(goal),
        }
    }

    /// Words that say how to undo a move that was not needed, such as "Press Escape to
    /// go back to your inbox."
    pub fn way_back(&self) -> Words {
        match self {
            Screen::Inbox(_) => Words::new("practice-way-back-inbox"),
            Screen::Call(_) => Words::new("practice-way-back"),
            Screen::Nhs(_) => Words::new("practice-way-back"),
        }
    }
}

/// One right move: choose a control, or type words into the open text box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Move {
    Choose(Action),
    Type(String),
}

/// Text compared the way people read it: small letters, no punctuation, single spaces.
pub fn loosely(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_alphanumeric() || c == '@' || c == '.' { c.to_lowercase().next().unwrap_or(c) } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .map(|w| w.trim_end_matches('.'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `typed` has all of `wanted` in it, loosely.
pub fn says(typed: &str, wanted: &str) -> bool {
    let wanted = loosely(wanted);
    !wanted.is_empty() && loosely(typed).contains(&wanted)
}

#[cfg(test)]
mod tests;
