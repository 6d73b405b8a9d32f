//! Practice text messages: newest first, reading, deleting, and reporting a scam text
//! by forwarding it to 7726; the planner reaches every goal.

use super::super::texts::{TextsAct, REPORT_NUMBER};
use super::*;

fn text(id: &str, minutes_ago: u32) -> TextSetup {
    TextSetup {
        id: id.into(),
        from: format!("{id}-from"),
        date: "date".into(),
        body: format!("{id}-body"),
        unread: true,
        minutes_ago: Some(minutes_ago),
    }
}

/// A phone with three texts, written in the file oldest first.
fn phone() -> PracticeApp {
    PracticeApp::new(&Setup::Texts(TextsSetup {
        messages: vec![text("surgery", 4320), text("sam", 1440), text("parcel", 20)],
    }))
}

fn texts_goal(kind: TextsGoal, target: &str) -> Goal {
    Goal { kind: GoalKind::Texts(kind), target: Some(target.into()), words: None }
}

fn act(a: TextsAct) -> Action {
    Action::Texts(a)
}

#[test]
fn the_newest_text_is_first_and_new_ones_say_so() {
    let screen = phone();
    let view = screen.view();
    assert_eq!(view.title.id, "practice-texts-title");
    let senders: Vec<String> = view
        .controls
        .iter()
        .map(|c| c.label.args.iter().find(|(k, _)| *k == "name").map(|(_, w)| format!("{w:?}")).unwrap_or_default())
        .collect();
    let expected = ["parcel", "sam", "surgery"].map(|id| format!("{:?}", Word::Message(format!("{id}-from"))));
    assert_eq!(senders, expected);
    assert!(view.controls[0].label.args.contains(&("unread", Word::Number(1))));
}

#[test]
fn a_scam_text_is_forwarded_to_7726_and_only_then_reported() {
    let mut screen = phone();
    let report = texts_goal(TextsGoal::Report, "parcel");
    assert_eq!(screen.act(&act(TextsAct::Open(0))).map(|w| w.id), Some("practice-texts-did-open"));
    assert_eq!(labels(&screen), ["practice-texts-forward", "practice-texts-delete", "practice-texts-back"]);
    screen.act(&act(TextsAct::Forward));
    assert_eq!(labels(&screen), ["practice-texts-to-box", "practice-texts-send", "practice-texts-discard"]);
    assert_eq!(screen.act(&act(TextsAct::Send)).map(|w| w.id), Some("practice-texts-bad-number"), "no number yet");
    screen.act(&act(TextsAct::EditTo));
    assert_eq!(screen.editing().map(|e| e.label.id), Some("practice-texts-to-label"));
    screen.fill("77 26");
    assert_eq!(screen.act(&act(TextsAct::Send)).map(|w| w.id), Some("practice-texts-did-send"));
    assert!(screen.goal_met(&report));
    assert!(!screen.goal_met(&texts_goal(TextsGoal::Report, "sam")), "only the one forwarded");
}

#[test]
fn forwarding_somewhere_else_is_not_reporting() {
    let mut screen = phone();
    for a in [TextsAct::Open(0), TextsAct::Forward, TextsAct::EditTo] {
        screen.act(&act(a));
    }
    screen.fill("07700 900123");
    screen.act(&act(TextsAct::Send));
    assert!(!screen.goal_met(&texts_goal(TextsGoal::Report, "parcel")));
    assert_eq!(REPORT_NUMBER, "7726");
}

#[test]
fn deleting_and_going_back() {
    let mut screen = phone();
    screen.act(&act(TextsAct::Open(1)));
    assert_eq!(screen.back().map(|w| w.id), Some("practice-texts-did-back"));
    assert_eq!(screen.back(), None, "the list is the first page");
    screen.act(&act(TextsAct::Open(1)));
    assert_eq!(screen.act(&act(TextsAct::Delete)).map(|w| w.id), Some("practice-texts-did-delete"));
    assert!(screen.goal_met(&texts_goal(TextsGoal::Delete, "sam")));
    assert_eq!(screen.view().controls.len(), 2, "two texts left");
}

#[test]
fn every_goal_is_reached_by_doing_it_for_me_from_anywhere() {
    for target in ["parcel", "sam", "surgery"] {
        for kind in [TextsGoal::Report, TextsGoal::Delete] {
            solve(&mut phone(), &texts_goal(kind, target));
        }
    }
    // From the wrong text, half way through forwarding it.
    let mut screen = phone();
    for a in [TextsAct::Open(1), TextsAct::Forward, TextsAct::EditTo] {
        screen.act(&act(a));
    }
    solve(&mut screen, &texts_goal(TextsGoal::Report, "parcel"));
}
