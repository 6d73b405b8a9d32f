//! Safe practice screens: small state machines that look and behave like an email
//! inbox, a video call, the NHS App and text messages, where nothing can go wrong.
//!
//! A screen knows what the learner can do on it ([`Control`]s), what happens when they
//! do it, and, for a lesson's goal, what the next right move is (for hints, "show me"
//! and "do it for me") and whether the goal is met. Every word is a Fluent message id
//! ([`Words`]); the tutor's view turns them into text.

pub mod call;
mod goal;
pub mod inbox;
pub mod nhs;
pub mod setup;
pub mod texts;

pub use call::CallGoal;
pub(crate) use goal::goals;
pub use goal::{Goal, GoalKind, GoalName};
pub use inbox::InboxGoal;
pub use nhs::NhsGoal;
pub use setup::{CallSetup, InboxSetup, MailSetup, MedicineSetup, NhsSetup, PharmacySetup, Setup};
pub use setup::{TextSetup, TextsSetup};
pub use texts::TextsGoal;

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

    /// What is in a text box: the text, or "(empty)", so an empty box is never said
    /// as "To: ." or hinted as "look for To: ".
    pub fn typed(text: &str) -> Words {
        if text.trim().is_empty() {
            Words::new("practice-box-empty")
        } else {
            Words::new("practice-text").plain("text", text)
        }
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
    Inbox(inbox::InboxAct),
    Call(call::CallAct),
    Nhs(nhs::NhsAct),
    Texts(texts::TextsAct),
}

/// What every practice screen can do. The tutor only talks to screens through this,
/// so a new screen is a new module that implements it (with [`practice_screen!`]), a
/// variant of [`PracticeApp`], [`Action`], [`Setup`] and [`GoalKind`], and nothing else.
pub trait PracticeScreen {
    /// What the screen shows now.
    fn view(&self) -> View;
    /// Does `action`; returns what happened, to show and say. An action that does not
    /// belong to this screen does nothing.
    fn act(&mut self, action: &Action) -> Option<Words>;
    /// Escape on the practice screen: its own "back", or `None` at its first page.
    fn back(&mut self) -> Option<Words>;
    /// The text box being typed in, if any.
    fn editing(&self) -> Option<Editing>;
    /// Puts `text` into the text box being typed in, and closes it.
    fn fill(&mut self, text: &str) -> Option<Words>;
    /// Closes the text box without changing it.
    fn stop_editing(&mut self);
    /// The next right move towards `goal`: the move, and for a text box the words to
    /// type in it. `None` when the goal is met (or cannot be reached from here).
    fn next_move(&self, goal: &Goal) -> Option<Move>;
    /// Whether the lesson's goal is done.
    fn goal_met(&self, goal: &Goal) -> bool;
    /// Words that say how to undo a move that was not needed.
    fn way_back(&self) -> Words;
}

/// Implements [`PracticeScreen`] for a screen type whose own methods of the same names
/// do the work, and whose moves are the `Action::$variant` ones (done by `apply`).
macro_rules! practice_screen {
    ($screen:ty, $variant:ident, $way_back:literal) => {
        impl $crate::practice::PracticeScreen for $screen {
            fn view(&self) -> $crate::practice::View {
                <$screen>::view(self)
            }
            fn act(&mut self, action: &$crate::practice::Action) -> Option<$crate::practice::Words> {
                match action {
                    $crate::practice::Action::$variant(a) => Some(self.apply(a)),
                    _ => None,
                }
            }
            fn back(&mut self) -> Option<$crate::practice::Words> {
                <$screen>::back(self)
            }
            fn editing(&self) -> Option<$crate::practice::Editing> {
                <$screen>::editing(self)
            }
            fn fill(&mut self, text: &str) -> Option<$crate::practice::Words> {
                <$screen>::fill(self, text)
            }
            fn stop_editing(&mut self) {
                <$screen>::stop_editing(self)
            }
            fn next_move(&self, goal: &$crate::practice::Goal) -> Option<$crate::practice::Move> {
                <$screen>::next_move(self, goal)
            }
            fn goal_met(&self, goal: &$crate::practice::Goal) -> bool {
                <$screen>::goal_met(self, goal)
            }
            fn way_back(&self) -> $crate::practice::Words {
                $crate::practice::Words::new($way_back)
            }
        }
    };
}
pub(crate) use practice_screen;

/// One practice screen in its current state.
#[derive(Debug, Clone, PartialEq)]
pub enum PracticeApp {
    Inbox(inbox::Inbox),
    Call(call::Call),
    Nhs(nhs::NhsApp),
    Texts(texts::Texts),
}

impl PracticeApp {
    /// A fresh screen from the lesson's starting data.
    pub fn new(setup: &Setup) -> PracticeApp {
        match setup {
            Setup::Inbox(s) => PracticeApp::Inbox(inbox::Inbox::new(s)),
            Setup::Call(s) => PracticeApp::Call(call::Call::new(s)),
            Setup::Nhs(s) => PracticeApp::Nhs(nhs::NhsApp::new(s)),
            Setup::Texts(s) => PracticeApp::Texts(texts::Texts::new(s)),
        }
    }

    fn screen(&self) -> &dyn PracticeScreen {
        match self {
            PracticeApp::Inbox(s) => s,
            PracticeApp::Call(s) => s,
            PracticeApp::Nhs(s) => s,
            PracticeApp::Texts(s) => s,
        }
    }

    fn screen_mut(&mut self) -> &mut dyn PracticeScreen {
        match self {
            PracticeApp::Inbox(s) => s,
            PracticeApp::Call(s) => s,
            PracticeApp::Nhs(s) => s,
            PracticeApp::Texts(s) => s,
        }
    }
}

impl PracticeApp {
    /// A password box on the screen now, with what is in it, to read out on request
    /// (the screen and the voice otherwise give only how many characters it has).
    pub fn secret(&self) -> Option<(Words, String)> {
        match self {
            PracticeApp::Nhs(app) => app.password_box(),
            _ => None,
        }
    }
}

impl PracticeScreen for PracticeApp {
    fn view(&self) -> View {
        self.screen().view()
    }
    fn act(&mut self, action: &Action) -> Option<Words> {
        self.screen_mut().act(action)
    }
    fn back(&mut self) -> Option<Words> {
        self.screen_mut().back()
    }
    fn editing(&self) -> Option<Editing> {
        self.screen().editing()
    }
    fn fill(&mut self, text: &str) -> Option<Words> {
        self.screen_mut().fill(text)
    }
    fn stop_editing(&mut self) {
        self.screen_mut().stop_editing();
    }
    fn next_move(&self, goal: &Goal) -> Option<Move> {
        self.screen().next_move(goal)
    }
    fn goal_met(&self, goal: &Goal) -> bool {
        self.screen().goal_met(goal)
    }
    fn way_back(&self) -> Words {
        self.screen().way_back()
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
