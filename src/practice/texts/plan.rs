//! What a lesson can ask for in the practice text messages, whether it is done, and the
//! next right move towards it (for hints, "show me" and "do it for me").

use super::{act, Page, Texts, TextsAct, REPORT_NUMBER};
use crate::practice::{goals, Goal, GoalKind, Move};

goals! {
    /// What a lesson can ask for in the practice text messages.
    TextsGoal {
        /// Report a scam text by forwarding it to 7726.
        Report = "report", target;
        /// Delete a text.
        Delete = "delete", target;
    }
}

impl Texts {
    fn target(&self, goal: &Goal) -> Option<usize> {
        goal.target.as_deref().and_then(|t| self.index(t))
    }

    /// Whether the lesson's goal is done.
    pub fn goal_met(&self, goal: &Goal) -> bool {
        let GoalKind::Texts(kind) = goal.kind else { return false };
        let Some(target) = self.target(goal) else { return false };
        match kind {
            TextsGoal::Report => self.forwarded().iter().any(|f| f.message == target && f.to == REPORT_NUMBER),
            TextsGoal::Delete => self.deleted(target),
        }
    }

    /// The next right move towards `goal`, or `None` when it is met.
    pub fn next_move(&self, goal: &Goal) -> Option<Move> {
        if self.goal_met(goal) {
            return None;
        }
        let GoalKind::Texts(kind) = goal.kind else { return None };
        let target = self.target(goal)?;
        let a = match (self.page, kind) {
            (Page::Forward { message, editing: true }, TextsGoal::Report) if message == target => {
                return Some(Move::Type(REPORT_NUMBER.to_owned()));
            }
            // Typing in the wrong text's box: leave it as it is, then cancel.
            (Page::Forward { editing: true, .. }, _) => return Some(Move::Type(self.to.clone())),
            (Page::List, _) => TextsAct::Open(target),
            (Page::Reading(i), _) if i != target => TextsAct::Back,
            (Page::Reading(_), TextsGoal::Report) => TextsAct::Forward,
            (Page::Reading(_), TextsGoal::Delete) => TextsAct::Delete,
            (Page::Forward { message, .. }, TextsGoal::Report) if message == target => {
                if self.to.replace(' ', "") == REPORT_NUMBER {
                    TextsAct::Send
                } else {
                    TextsAct::EditTo
                }
            }
            (Page::Forward { .. }, _) => TextsAct::Discard,
        };
        Some(Move::Choose(act(a)))
    }
}
