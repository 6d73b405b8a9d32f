//! What a lesson can ask for on the practice inbox, whether it is done, and the next
//! right move towards it (for hints, "show me" and "do it for me").

use super::{act, Draft, Inbox, InboxAct, InboxField, Kind, Page, REPORT_ADDRESS};
use crate::practice::{goals, loosely, says, Goal, GoalKind, Move};

goals! {
    /// What a lesson can ask for on the practice inbox.
    InboxGoal {
        /// Open an email.
        Open = "open", target;
        /// Open the photo in an email.
        Photo = "photo", target;
        /// Reply to an email (with `words` in the message, if given).
        Reply = "reply", target;
        /// Write a new email to the address in `target`.
        Write = "write", target;
        /// Delete an email.
        Delete = "delete", target;
        /// Report a scam email by forwarding it to the reporting address.
        Report = "report", target;
    }
}

impl Inbox {
    /// The email a goal is about, by its id.
    fn target(&self, goal: &Goal) -> Option<usize> {
        goal.target.as_deref().and_then(|t| self.index(t))
    }

    pub fn goal_met(&self, goal: &Goal) -> bool {
        let GoalKind::Inbox(kind) = goal.kind else { return false };
        let words_ok = |d: &Draft| goal.words.as_deref().is_none_or(|w| says(&d.message, w));
        let target = self.target(goal);
        match kind {
            InboxGoal::Open => target.is_some_and(|t| self.mails[t].opened),
            InboxGoal::Photo => target.is_some_and(|t| self.mails[t].photo_seen),
            InboxGoal::Delete => target.is_some_and(|t| self.mails[t].deleted),
            InboxGoal::Reply => self.sent.iter().any(|d| Some(d.kind) == target.map(Kind::Reply) && words_ok(d)),
            InboxGoal::Report => {
                self.sent.iter().any(|d| Some(d.kind) == target.map(Kind::Forward) && loosely(&d.to) == REPORT_ADDRESS)
            }
            InboxGoal::Write => self.sent.iter().any(|d| {
                d.kind == Kind::New
                    && goal.target.as_deref().is_some_and(|t| loosely(&d.to) == loosely(t))
                    && words_ok(d)
            }),
        }
    }

    pub fn next_move(&self, goal: &Goal) -> Option<Move> {
        if self.goal_met(goal) {
            return None;
        }
        let GoalKind::Inbox(goal_kind) = goal.kind else { return None };
        let target = self.target(goal);
        let (kind, to) = match goal_kind {
            InboxGoal::Reply => (Kind::Reply(target?), None),
            InboxGoal::Report => (Kind::Forward(target?), Some(REPORT_ADDRESS.to_owned())),
            InboxGoal::Write => (Kind::New, goal.target.clone()),
            InboxGoal::Open | InboxGoal::Photo | InboxGoal::Delete => return self.reach(target?, goal),
        };
        let choose = |a| Some(Move::Choose(act(a)));
        match &self.page {
            Page::Compose(d) if d.kind == kind => {
                let to_ok = to.as_deref().is_none_or(|t| loosely(&d.to) == loosely(t));
                let words = goal.words.clone().unwrap_or_default();
                let message_ok = words.is_empty() || says(&d.message, &words);
                match (d.editing, to_ok, message_ok) {
                    (Some(InboxField::To), ..) => Some(Move::Type(to.unwrap_or_else(|| d.to.clone()))),
                    (Some(InboxField::Message), ..) => Some(Move::Type(words)),
                    (Some(InboxField::Subject), ..) => Some(Move::Type(d.subject.clone().unwrap_or_default())),
                    (None, false, _) => choose(InboxAct::Edit(InboxField::To)),
                    (None, true, false) => choose(InboxAct::Edit(InboxField::Message)),
                    (None, true, true) => choose(InboxAct::Send),
                }
            }
            Page::Compose(_) => choose(InboxAct::Discard),
            Page::Photo(_) => choose(InboxAct::Back),
            Page::List if kind == Kind::New => choose(InboxAct::Write),
            Page::List => choose(InboxAct::Open(target?)),
            Page::Reading(i) if Some(*i) != target || kind == Kind::New => choose(InboxAct::Back),
            Page::Reading(_) if matches!(kind, Kind::Reply(_)) => choose(InboxAct::Reply),
            Page::Reading(_) => choose(InboxAct::Forward),
        }
    }

    /// Moves for goals that only need the right email open: open, photo, delete.
    fn reach(&self, target: usize, goal: &Goal) -> Option<Move> {
        let choose = |a| Some(Move::Choose(act(a)));
        match &self.page {
            Page::List => choose(InboxAct::Open(target)),
            Page::Reading(i) if *i == target => match goal.kind {
                GoalKind::Inbox(InboxGoal::Photo) => choose(InboxAct::Photo),
                GoalKind::Inbox(InboxGoal::Delete) => choose(InboxAct::Delete),
                _ => None,
            },
            Page::Compose(_) => choose(InboxAct::Discard),
            _ => choose(InboxAct::Back),
        }
    }
}
