use super::super::call::CallAct;
use super::*;

fn call() -> PracticeApp {
    PracticeApp::new(&Setup::Call(CallSetup {
        sender: "surgery".into(),
        text: "text".into(),
        host: "doctor".into(),
        scene: "scene".into(),
        me: "me".into(),
        in_call: false,
    }))
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
    assert_eq!(labels(&screen), ["practice-call-mute", "practice-call-camera-off", "practice-call-leave"]);
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
fn every_goal_is_reached_by_doing_it_for_me() {
    for name in ["allow", "join", "mute", "unmute", "camera-off", "camera-on", "leave"] {
        let mut screen = call();
        solve(&mut screen, &goal(name, None, Some("Ann")));
    }
}
