//! Tests of the practice screens: every move, wrong moves, goals, and the planner that
//! "do it for me" uses reaching every goal from a fresh start.

mod call;
mod identity;
mod inbox;
mod nhs;
mod texts;

use super::*;

/// Follows `next_move` (as "do it for me" does) until the goal is met; returns how
/// many moves it took. Fails if it wanders.
pub fn solve(screen: &mut PracticeApp, goal: &Goal) -> usize {
    for moves in 0..40 {
        if screen.goal_met(goal) {
            return moves;
        }
        match screen.next_move(goal) {
            Some(Move::Choose(action)) => {
                assert!(screen.view().controls.iter().any(|c| c.action == action), "{action:?} is on screen");
                screen.act(&action);
            }
            Some(Move::Type(text)) => {
                assert!(screen.editing().is_some(), "typing needs an open box");
                screen.fill(&text);
            }
            None => panic!("no move, and the goal {goal:?} is not met"),
        }
    }
    panic!("the goal {goal:?} was not reached in 40 moves");
}

/// The goal a lesson file would name `action`, on whichever screen knows it.
pub fn goal(action: &str, target: Option<&str>, words: Option<&str>) -> Goal {
    let kind = InboxGoal::parse(action)
        .map(GoalKind::Inbox)
        .or_else(|| CallGoal::parse(action).map(GoalKind::Call))
        .or_else(|| NhsGoal::parse(action).map(GoalKind::Nhs))
        .unwrap_or_else(|| panic!("no screen knows the goal {action}"));
    Goal { kind, target: target.map(Into::into), words: words.map(Into::into) }
}

/// The message ids of the controls on screen.
pub fn labels(screen: &PracticeApp) -> Vec<&'static str> {
    screen.view().controls.iter().map(|c| c.label.id).collect()
}

#[test]
fn typed_words_are_compared_loosely() {
    assert!(says("Hello, Tuesday is fine!", "tuesday is fine."));
    assert!(says("report@phishing.gov.uk", "report@phishing.gov.uk"));
    assert!(!says("Wednesday", "Tuesday"));
    assert!(!says("anything", ""));
}
