//! The speech thread's rules, on a fake engine, one batch of commands at a time.

use std::sync::mpsc::{self, Receiver};

use super::*;
use crate::speech::fake::{Calls, FakeConnector};

fn notices() -> Vec<Notice> {
    vec![
        Notice { language: "pl".into(), text: "Nie ma głosu dla Cymraeg.".into() },
        Notice { language: "en-GB".into(), text: "There is no voice for Cymraeg.".into() },
    ]
}

fn language(tag: &str) -> Command {
    Command::Language { tag: tag.into(), notices: notices() }
}

fn voices(list: &[(&str, &str)]) -> Command {
    Command::Voices(VoiceList::new(list.iter().map(|(n, t)| ((*n).to_owned(), (*t).to_owned())).collect()))
}

const ESPEAK: &[(&str, &str)] =
    &[("English (Caribbean)", "en-029"), ("English (Great Britain)", "en-GB"), ("Welsh", "cy"), ("Polish", "pl")];

/// A connected worker on `connector`, and the statuses it reports.
fn connected(connector: FakeConnector, settings: SpeechSettings) -> (Worker<FakeConnector>, Receiver<SpeechStatus>) {
    let (tx, rx) = mpsc::channel();
    let mut worker = Worker::new(connector, settings, tx, None);
    assert!(worker.connect());
    (worker, rx)
}

fn taken(calls: &Calls) -> Vec<String> {
    std::mem::take(&mut *calls.lock().unwrap())
}

fn statuses(rx: &Receiver<SpeechStatus>) -> Vec<SpeechStatus> {
    rx.try_iter().collect()
}

#[test]
fn only_the_newest_words_of_a_batch_are_said_in_the_language_set_directly() {
    let calls = Calls::default();
    let (mut worker, rx) = connected(FakeConnector::new(&calls), SpeechSettings::default());
    assert!(worker.handle([Command::Speak("one".into()), Command::Rate(2), Command::Speak("two".into())]));
    assert!(worker.handle([language("cy"), Command::Speak("Croeso".into())]));
    assert!(worker.handle([language("en"), Command::Speak("Welcome".into()), Command::Stop]));
    assert_eq!(
        taken(&calls),
        ["connect", "rate 2", "speak two", "language cy", "speak Croeso", "language en-GB", "cancel"],
        "English is British English; a stop after words wins"
    );
    assert_eq!(statuses(&rx), [SpeechStatus::On]);
}

#[test]
fn a_language_with_no_voice_is_said_once_in_the_first_notice_with_a_voice_then_quiet() {
    let calls = Calls::default();
    let (mut worker, rx) = connected(FakeConnector::new(&calls), SpeechSettings::default());
    assert!(worker.handle([voices(&[("English (Great Britain)", "en-GB")])]));
    assert!(worker.handle([language("cy"), Command::Speak("Croeso".into())]));
    assert!(worker.handle([Command::Speak("Cam 2".into())]));
    assert!(worker.handle([language("cy"), Command::Speak("Cam 3".into())]));
    assert_eq!(
        taken(&calls),
        ["connect", "language en-GB", "speak There is no voice for Cymraeg."],
        "Polish has no voice either, so the English notice is said, and only once"
    );
    assert_eq!(statuses(&rx), [SpeechStatus::On, SpeechStatus::NoVoice]);
    // Back in a language with a voice, speech goes on.
    assert!(worker.handle([language("en-GB"), Command::Speak("Welcome".into())]));
    assert_eq!(taken(&calls), ["speak Welcome"], "the engine is already set to en-GB");
    assert_eq!(statuses(&rx), [SpeechStatus::On]);
}

#[test]
fn voices_found_late_silence_a_language_that_turns_out_to_have_none() {
    let calls = Calls::default();
    let (mut worker, rx) = connected(FakeConnector::new(&calls), SpeechSettings::default());
    assert!(worker.handle([language("cy"), Command::Speak("Croeso".into())]));
    assert!(worker.handle([voices(&[("English (Great Britain)", "en-GB"), ("Polish", "pl")])]));
    assert!(worker.handle([Command::Speak("Cam 2".into())]));
    assert_eq!(
        taken(&calls),
        ["connect", "language cy", "speak Croeso", "language pl", "speak Nie ma głosu dla Cymraeg."],
        "the notice comes in the first language that has a voice"
    );
    assert_eq!(statuses(&rx), [SpeechStatus::On, SpeechStatus::NoVoice]);
}

#[test]
fn the_voice_list_chooses_the_exact_tag_and_never_another_english() {
    let list = VoiceList::new(ESPEAK.iter().map(|(n, t)| ((*n).to_owned(), (*t).to_owned())).collect());
    assert_eq!(list.tag_for("en").as_deref(), Some("en-GB"));
    assert_eq!(list.tag_for("en-GB").as_deref(), Some("en-GB"));
    assert_eq!(list.tag_for("cy").as_deref(), Some("cy"));
    assert_eq!(list.tag_for("cy-GB").as_deref(), Some("cy"), "a longer tag falls back to its language");
    assert_eq!(list.tag_for("en-US").as_deref(), Some("en"), "an English the engine lacks: its choice of English");
    assert_eq!(list.tag_for("ga"), None);
}

#[test]
fn the_hubs_voice_is_used_for_its_language_and_dropped_for_others() {
    let calls = Calls::default();
    let settings = SpeechSettings {
        voices: [("cy".to_owned(), "Welsh+Annie".to_owned())].into_iter().collect(),
        volume: Some(60),
    };
    let (mut worker, _rx) = connected(FakeConnector::new(&calls), settings);
    assert!(worker.handle([voices(ESPEAK), language("cy"), Command::Speak("Croeso".into())]));
    assert!(worker.handle([language("en-GB"), Command::Speak("Welcome".into())]));
    assert_eq!(
        taken(&calls),
        [
            "connect",
            "volume 60",
            "language cy voice Welsh+Annie",
            "speak Croeso",
            // The named voice would stay: a new connection, with the volume again.
            "closed",
            "connect",
            "volume 60",
            "language en-GB",
            "speak Welcome",
        ]
    );
}

#[test]
fn an_engine_that_dies_is_started_again_with_its_settings_and_the_words() {
    let calls = Calls::default();
    let mut connector = FakeConnector::new(&calls);
    connector.dies_after = Some(2);
    let (mut worker, rx) = connected(connector, SpeechSettings::default());
    assert!(worker.handle([Command::Rate(-1), language("pl"), Command::Speak("Witaj".into())]));
    assert_eq!(
        taken(&calls),
        ["connect", "rate -1", "language pl", "closed", "connect", "rate -1", "language pl", "speak Witaj"]
    );
    assert_eq!(statuses(&rx), [SpeechStatus::On], "nothing to tell the learner");
}

#[test]
fn an_engine_that_dies_and_cannot_start_again_turns_speech_off() {
    let calls = Calls::default();
    let mut connector = FakeConnector::new(&calls);
    connector.dies_after = Some(0);
    let (mut worker, rx) = connected(connector, SpeechSettings::default());
    worker.connector.fails = Some(OffReason::NoService);
    assert!(!worker.handle([Command::Speak("Hello".into())]), "the thread ends");
    assert_eq!(statuses(&rx), [SpeechStatus::On, SpeechStatus::Unavailable(OffReason::Lost)]);
}

#[test]
fn an_engine_that_cannot_start_says_why() {
    for reason in [OffReason::NoLibrary, OffReason::NoService] {
        let calls = Calls::default();
        let mut connector = FakeConnector::new(&calls);
        connector.fails = Some(reason);
        let (tx, rx) = mpsc::channel();
        let mut worker = Worker::new(connector, SpeechSettings::default(), tx, None);
        assert!(!worker.connect());
        assert_eq!(statuses(&rx), [SpeechStatus::Unavailable(reason)]);
        assert!(taken(&calls).is_empty());
    }
}

#[test]
fn rates_and_volumes_map_onto_speech_dispatchers_scale() {
    let rates: Vec<i32> = (-4..=4).map(rate_scale).collect();
    assert_eq!(rates, [-60, -60, -40, -20, 0, 20, 40, 60, 60]);
    assert_eq!([0, 50, 100, 200].map(volume_scale), [-100, 0, 100, 100]);
}
