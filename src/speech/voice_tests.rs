//! The UI thread's side of the voice, on a fake engine running on its own thread.

use std::fs;

use super::*;
use crate::speech::fake::{wait_for, Calls, FakeConnector};

/// A voice whose speech thread runs `connector`.
fn voice_on(connector: FakeConnector) -> Voice {
    let mut voice = Voice::start(false, None).unwrap();
    voice.start_worker(connector);
    voice
}

/// Waits (up to 10 s) for the voice's next change of status.
fn next_status(voice: &mut Voice) -> Option<SpeechStatus> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Some(status) = voice.status_change() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    None
}

#[test]
fn words_rate_language_and_stop_reach_the_engine_and_turning_off_ends_it() {
    let calls = Calls::default();
    let mut voice = voice_on(FakeConnector::new(&calls));
    assert_eq!(voice.status(), SpeechStatus::Starting);
    assert_eq!(next_status(&mut voice), Some(SpeechStatus::On));
    voice.set_rate(2);
    voice.set_rate(2);
    voice.set_language("cy", Vec::new());
    voice.set_language("cy", Vec::new());
    voice.say("Croeso");
    assert_eq!(wait_for(&calls, 4), ["connect", "rate 2", "language cy", "speak Croeso"]);
    voice.stop();
    assert_eq!(wait_for(&calls, 5)[4], "cancel");
    voice.set_enabled(false);
    assert_eq!(wait_for(&calls, 6)[5], "cancel", "a stop on the way out");
    assert!(voice.worker.is_none(), "the thread's commands are gone, so it ends");
    voice.say("not heard");
    assert_eq!(voice.status(), SpeechStatus::OffByChoice);
}

#[test]
fn the_speech_thread_ends_when_the_voice_is_dropped_even_before_any_words() {
    let calls = Calls::default();
    let voice = voice_on(FakeConnector::new(&calls));
    drop(voice);
    assert_eq!(wait_for(&calls, 2), ["connect", "closed"]);
}

#[test]
fn turning_speech_on_again_starts_with_the_learners_rate_and_language() {
    let calls = Calls::default();
    let mut voice = voice_on(FakeConnector::new(&calls));
    voice.set_rate(-2);
    voice.set_language("pl", Vec::new());
    voice.set_enabled(false);
    let again = Calls::default();
    voice.start_worker(FakeConnector::new(&again));
    assert_eq!(wait_for(&again, 3), ["connect", "rate -2", "language pl"]);
}

#[test]
fn an_engine_that_cannot_start_turns_speech_off_with_its_reason() {
    let calls = Calls::default();
    let mut connector = FakeConnector::new(&calls);
    connector.fails = Some(OffReason::NoLibrary);
    let mut voice = voice_on(connector);
    assert_eq!(next_status(&mut voice), Some(SpeechStatus::Unavailable(OffReason::NoLibrary)));
    assert!(!voice.may_change(), "a missing library does not come back by itself");
    voice.say("two");
    assert!(voice.worker.is_none(), "the engine is dropped");
    assert_eq!(voice.status_change(), None, "said once");
    voice.set_enabled(true);
    assert_eq!(voice.status(), SpeechStatus::Unavailable(OffReason::NoLibrary), "other settings do not retry");
    assert!(voice.worker.is_none());
    voice.set_enabled(false);
    assert_eq!(voice.status(), SpeechStatus::OffByChoice, "turned off, then on again, it tries again");
    assert_eq!(OffReason::NoLibrary.message_id(), "speech-off-no-library");
}

#[test]
fn a_service_that_is_not_running_yet_is_tried_again_and_speech_comes_back() {
    let calls = Calls::default();
    let mut connector = FakeConnector::new(&calls);
    connector.fails = Some(OffReason::NoService);
    connector.fails_times = Some(3);
    let mut voice = voice_on(connector);
    voice.set_language("cy", Vec::new());
    voice.say("not kept: the page is said again when speech is back");
    assert_eq!(next_status(&mut voice), Some(SpeechStatus::Unavailable(OffReason::NoService)));
    assert!(voice.may_change(), "still trying, so the front end keeps watching");
    assert_eq!(next_status(&mut voice), Some(SpeechStatus::On), "the fourth try works");
    voice.say("Croeso");
    assert_eq!(wait_for(&calls, 3), ["connect", "language cy", "speak Croeso"], "the language set meanwhile is used");
}

#[test]
fn turning_speech_off_ends_the_tries() {
    let calls = Calls::default();
    let mut connector = FakeConnector::new(&calls);
    connector.fails = Some(OffReason::NoService);
    let mut voice = voice_on(connector);
    assert_eq!(next_status(&mut voice), Some(SpeechStatus::Unavailable(OffReason::NoService)));
    voice.set_enabled(false);
    assert!(!voice.may_change());
    assert_eq!(voice.status(), SpeechStatus::OffByChoice);
}

#[test]
fn an_engine_slow_to_answer_is_said_off_then_on_when_it_answers() {
    let (tx, rx) = mpsc::channel();
    let mut voice = Voice::start(false, None).unwrap();
    voice.status_rx = Some(rx);
    voice.status = SpeechStatus::Starting;
    voice.started = Instant::now().checked_sub(START_TIMEOUT * 2).expect("the clock has run long enough");
    assert_eq!(voice.status_change(), Some(SpeechStatus::Unavailable(OffReason::TimedOut)));
    assert_eq!(voice.status_change(), None, "said once");
    assert!(voice.may_change(), "still waiting for the engine");
    tx.send(SpeechStatus::On).unwrap();
    assert_eq!(voice.status_change(), Some(SpeechStatus::On), "an old PC's slow engine still speaks");
}

#[test]
fn every_announcement_is_logged_one_line_each_and_repeat_says_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("speech.log");
    let mut voice = Voice::start(false, Some(&path)).unwrap();
    voice.say("Step 1 of 2: Welcome.\nPress Enter.");
    voice.say("   ");
    voice.repeat();
    let log = fs::read_to_string(&path).unwrap();
    assert_eq!(log, "Step 1 of 2: Welcome. Press Enter.\nStep 1 of 2: Welcome. Press Enter.\n");
    assert_eq!(voice.status(), SpeechStatus::OffByChoice);
}
