//! What a practice step asks the learner to do. Each practice screen owns its goal
//! enum, declared once with [`goals!`]: the name a lesson file uses, whether it needs a
//! `target`, and the variant the screen's planner and checker match on. The lesson
//! checker asks these lists, so a goal name is written in exactly one place.

use super::{CallGoal, InboxGoal, NhsGoal, TextsGoal};

/// A goal enum of one practice screen.
pub trait GoalName: Copy + PartialEq + Sized + 'static {
    /// Every goal with its name in lesson files and whether it needs a `target`.
    const ALL: &'static [(Self, &'static str, bool)];

    /// The goal a lesson file names, if this screen knows it.
    fn parse(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, n, _)| *n == name).map(|(goal, _, _)| *goal)
    }

    /// Its name in lesson files.
    fn name(self) -> &'static str {
        Self::ALL.iter().find(|(goal, _, _)| *goal == self).map_or("", |(_, name, _)| name)
    }

    /// Whether a lesson must say which email, medicine or pharmacy the goal is about.
    fn needs_target(self) -> bool {
        Self::ALL.iter().any(|(goal, _, needs)| *goal == self && *needs)
    }
}

/// Declares a screen's goal enum and its [`GoalName`] list in one place.
macro_rules! goals {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal $(, $target:ident)?;)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $crate::practice::GoalName for $name {
            const ALL: &'static [($name, &'static str, bool)] =
                &[$(($name::$variant, $text, goals!(@target $($target)?)),)*];
        }
    };
    (@target target) => { true };
    (@target) => { false };
}
pub(crate) use goals;

/// A goal of any practice screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalKind {
    Inbox(InboxGoal),
    Call(CallGoal),
    Nhs(NhsGoal),
    Texts(TextsGoal),
}

impl GoalKind {
    /// Its name in lesson files.
    pub fn name(self) -> &'static str {
        match self {
            GoalKind::Inbox(g) => g.name(),
            GoalKind::Call(g) => g.name(),
            GoalKind::Nhs(g) => g.name(),
            GoalKind::Texts(g) => g.name(),
        }
    }

    /// Every goal name of every screen (they are lesson-file keywords, not words to
    /// translate).
    pub fn all_names() -> impl Iterator<Item = &'static str> {
        let names = |all: &'static [(_, &'static str, bool)]| all.iter().map(|(_, n, _)| *n);
        names(InboxGoal::ALL)
            .chain(CallGoal::ALL.iter().map(|(_, n, _)| *n))
            .chain(NhsGoal::ALL.iter().map(|(_, n, _)| *n))
            .chain(TextsGoal::ALL.iter().map(|(_, n, _)| *n))
    }
}

/// What counts as done, from the lesson file, with its words already in the learner's
/// language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    pub kind: GoalKind,
    /// Which message, medicine or pharmacy, where the goal needs one.
    pub target: Option<String>,
    /// Words the learner must type (such as the reply), in their language.
    pub words: Option<String>,
}
