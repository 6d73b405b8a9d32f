use super::super::call::CallAct;
use super::*;

fn setup(ringing: bool) -> PracticeApp {
    PracticeApp::new(&Setup::Call(CallSetup {
        sender: "surgery".into(),
        text: "text".into(),
        host: "doctor".into(),
        scene: "scene".into(),
        me: "me".into(),
        in_call: false,
        ringing,
    }))
}

/// A call joined from the link in a text message.
fn call() -> PracticeApp {
    setup(false)
}

/// A call that rings, as in WhatsApp or FaceTime.
fn ringing() -> PracticeApp {
    setup(true)
}

fn call_act(a: CallAct) -> Action {
    Action::Call(a)
}

#[test]
fn joining_goes_through_every_stage() {
    let mut screen = call();
    let steps: &[(CallAct, &str, &[&str])] = &[
        (CallAct::OpenLink, "practice-call-did-open", &["practice-call-allow", "practice-call-block"]),
        (CallAct::Block, "practice-call-did-block", &["practice-call-try-again"]),
        (CallAct::TryAgain, "practice-call-did-try-again", &["practice-call-allow", "practice-call-block"]),
        (CallAct::Allow, "practice-call-did-allow", &["practice-call-name-box", "practice-call-join"]),
        (CallAct::Join, "practice-call-need-name", &["practice-call-name-box", "practice-call-join"]),
        (CallAct::EditName, "practice-did-edit", &["practice-call-name-box", "practice-call-join"]),
    ];
    for (a, said, controls) in steps {
        assert_eq!(screen.act(&call_act(*a)).map(|w| w.id), Some(*said), "{a:?}");
        assert_eq!(labels(&screen), *controls, "after {a:?}");
    }
    screen.fill("Ann");
    assert_eq!(screen.act(&call_act(CallAct::Join)).map(|w| w.id), Some("practice-call-did-join"));
    assert_eq!(labels(&screen), ["practice-call-keep-waiting"]);
    assert!(!screen.goal_met(&goal("join", None, None)), "still waiting");
    screen.act(&call_act(CallAct::KeepWaiting));
    assert!(screen.goal_met(&goal("join", None, None)));
    let in_call = ["practice-call-mute", "practice-call-camera-off", "practice-call-say-box", "practice-call-leave"];
    assert_eq!(labels(&screen), in_call);
}

#[test]
fn mute_camera_and_leave() {
    let mut screen = call();
    solve(&mut screen, &goal("join", None, Some("Ann")));
    screen.act(&call_act(CallAct::Mute));
    assert!(screen.goal_met(&goal("mute", None, None)));
    assert_eq!(labels(&screen)[0], "practice-call-unmute");
    screen.act(&call_act(CallAct::Unmute));
    assert!(screen.goal_met(&goal("unmute", None, None)));
    screen.act(&call_act(CallAct::CameraOff));
    assert!(screen.goal_met(&goal("camera-off", None, None)));
    assert_eq!(screen.back().map(|w| w.id), Some("practice-call-use-leave"), "Escape does not hang up");
    screen.act(&call_act(CallAct::Leave));
    assert!(screen.goal_met(&goal("leave", None, None)));
}

#[test]
fn a_ringing_call_is_answered_or_declined_and_ended() {
    let mut screen = ringing();
    assert_eq!(screen.view().title.id, "practice-call-ringing-title");
    assert_eq!(labels(&screen), ["practice-call-answer", "practice-call-decline"]);
    assert_eq!(screen.back(), None, "a ringing call is the first page");
    assert_eq!(screen.act(&call_act(CallAct::Decline)).map(|w| w.id), Some("practice-call-did-decline"));
    assert!(!screen.goal_met(&goal("answer", None, None)));
    assert_eq!(labels(&screen), ["practice-call-ring-again"]);
    screen.act(&call_act(CallAct::RingAgain));
    assert_eq!(screen.act(&call_act(CallAct::Answer)).map(|w| w.id), Some("practice-call-did-answer"));
    assert!(screen.goal_met(&goal("answer", None, None)));
    assert!(screen.goal_met(&goal("join", None, None)), "answering is joining");
    let in_call = ["practice-call-mute", "practice-call-camera-off", "practice-call-say-box", "practice-call-end"];
    assert_eq!(labels(&screen), in_call, "an app call is ended, not left");
    assert_eq!(screen.back().map(|w| w.id), Some("practice-call-use-end"));
    assert_eq!(screen.act(&call_act(CallAct::Leave)).map(|w| w.id), Some("practice-call-did-end"));
    assert!(labels(&screen).is_empty(), "no link to open again");
    assert_eq!(screen.act(&call_act(CallAct::OpenLink)).map(|w| w.id), Some("practice-nothing"));
}

#[test]
fn saying_goodbye_is_typed_and_shown_before_leaving() {
    let mut screen = ringing();
    screen.act(&call_act(CallAct::Answer));
    let goodbye = goal("leave", None, Some("Goodbye"));
    assert_eq!(screen.next_move(&goodbye), Some(Move::Choose(call_act(CallAct::EditSay))), "say it first");
    screen.act(&call_act(CallAct::EditSay));
    assert_eq!(screen.editing().map(|e| e.label.id), Some("practice-call-say-label"));
    assert_eq!(screen.fill("Bye Dev, goodbye!").map(|w| w.id), Some("practice-call-did-say"));
    let lines: Vec<&str> = screen.view().lines.iter().map(|l| l.id).collect();
    assert!(lines.contains(&"practice-call-you-said"), "{lines:?}");
    screen.act(&call_act(CallAct::Leave));
    assert!(screen.goal_met(&goodbye));
    // Leaving without saying it does not meet the goal.
    let mut screen = ringing();
    screen.act(&call_act(CallAct::Answer));
    screen.act(&call_act(CallAct::Leave));
    assert!(screen.goal_met(&goal("leave", None, None)) && !screen.goal_met(&goodbye));
}

#[test]
fn every_goal_is_reached_by_doing_it_for_me() {
    for name in ["allow", "join", "mute", "unmute", "camera-off", "camera-on", "leave"] {
        let mut screen = call();
        solve(&mut screen, &goal(name, None, Some("Ann")));
    }
    for (name, words) in [("answer", None), ("join", None), ("mute", None), ("leave", Some("Goodbye"))] {
        let mut screen = ringing();
        solve(&mut screen, &goal(name, None, words));
    }
    let mut screen = call();
    solve(&mut screen, &goal("join", None, Some("Ann")));
    solve(&mut screen, &goal("leave", None, Some("See you soon")));
}
