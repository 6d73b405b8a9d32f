//! Speech on a real hub PC: the real binary in plain mode, talking to a private
//! speech-dispatcher whose log shows every command it was sent. Tests that need the
//! daemon skip, saying why, where it cannot start.

mod common;

use common::session::{daemon_or_skip, Session, PATIENCE};
use common::speechd::{commands, PrivateSpeechd};
use std::path::Path;

/// The index of the first command at or after `from` that `matches`.
fn find(commands: &[String], from: usize, matches: impl Fn(&str) -> bool) -> Option<usize> {
    commands.iter().skip(from).position(|c| matches(c)).map(|i| i + from)
}

/// Waits until the daemon has had `wanted` after `from`; returns its index.
fn daemon_saw(daemon: &PrivateSpeechd, from: usize, wanted: &str) -> usize {
    let log = daemon.wait_for_log(PATIENCE, |log| find(&commands(log), from, |c| c == wanted).is_some());
    let log = log.unwrap_or_else(|log| panic!("speech-dispatcher never had {wanted:?}:\n{:#?}", commands(&log)));
    find(&commands(&log), from, |c| c == wanted).expect("found above")
}

#[test]
fn switching_to_welsh_and_back_sets_the_language_directly_as_signpost() {
    let Some(daemon) = daemon_or_skip("switching_to_welsh_and_back") else { return };
    let (data, config) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let env = [("SPEECHD_ADDRESS", daemon.address()), ("XDG_CONFIG_HOME", config.path().display().to_string())];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut session = Session::start(&env, &["--speech", "on"], data.path());
    assert!(session.wait_for("Your first name"));
    let english = daemon_saw(&daemon, 0, "module language=en-gb");
    session.send("settings");
    assert!(session.wait_for("7. Language, English"));
    session.send("7");
    assert!(session.wait_for("2. Cymraeg"));
    session.send("2");
    assert!(session.wait_for("Teipiwch"));
    let welsh = daemon_saw(&daemon, english, "SET SELF LANGUAGE cy");
    let spoken = daemon_saw(&daemon, welsh, "module language=cy");
    session.send("settings");
    assert!(session.wait_for("7. Iaith, Cymraeg"));
    session.send("7");
    assert!(session.wait_for("1. English"));
    session.send("1");
    assert!(session.wait_for("Type"));
    let back = daemon_saw(&daemon, spoken, "SET SELF LANGUAGE en-GB");
    daemon_saw(&daemon, back, "module language=en-gb");
    session.finish();
    let all = commands(&daemon.log_text());
    assert!(all.iter().any(|c| c.starts_with("SET SELF CLIENT_NAME") && c.ends_with(":signpost:main\"")), "{all:#?}");
    assert!(!all.iter().any(|c| c.contains("en-029")), "never Caribbean English: {all:#?}");
}

#[test]
fn choosing_a_learner_whose_language_is_saved_speaks_it() {
    let Some(daemon) = daemon_or_skip("choosing_a_learner_whose_language_is_saved") else { return };
    let data = tempfile::tempdir().unwrap();
    let address = daemon.address();
    // Ann chooses Welsh (her settings are saved with speech on).
    let mut session = Session::start(&[("SPEECHD_ADDRESS", &address)], &["--speech", "on"], data.path());
    session.send("Ann");
    assert!(session.wait_for("Step 1 of"));
    session.send("settings");
    assert!(session.wait_for("7. Language, English"));
    session.send("7");
    assert!(session.wait_for("2. Cymraeg"));
    session.send("2");
    assert!(session.wait_for("Pwyswch Enter"));
    session.finish();
    // Next time Signpost starts in English; choosing Ann speaks Welsh at once. (The
    // first session's last words were Welsh, so English from here on is the second's.)
    let start = commands(&daemon.log_text()).len();
    let mut session = Session::start(&[("SPEECHD_ADDRESS", &address)], &["--speech", "on"], data.path());
    assert!(session.wait_for("1. Ann"));
    let english = daemon_saw(&daemon, start, "module language=en-gb");
    session.send("1");
    assert!(session.wait_for("Teipiwch"));
    let welsh = daemon_saw(&daemon, english, "SET SELF LANGUAGE cy");
    daemon_saw(&daemon, welsh, "module language=cy");
    session.finish();
}

#[test]
fn the_hubs_voice_volume_and_the_learners_speed_reach_speech_dispatcher() {
    let Some(daemon) = daemon_or_skip("the_hubs_voice_volume_and_speed") else { return };
    let (data, config) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::fs::create_dir(config.path().join("signpost")).unwrap();
    std::fs::write(
        config.path().join("signpost/hub.toml"),
        "[speech]\nvolume = 50\n\n[speech.voices]\nen-GB = \"English (Received Pronunciation)\"\n",
    )
    .unwrap();
    let env = [("SPEECHD_ADDRESS", daemon.address()), ("XDG_CONFIG_HOME", config.path().display().to_string())];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut session = Session::start(&env, &["--speech", "on"], data.path());
    assert!(session.wait_for("Your first name"));
    let volume = daemon_saw(&daemon, 0, "SET SELF VOLUME 0");
    let voice = daemon_saw(&daemon, volume, "SET SELF SYNTHESIS_VOICE English (Received Pronunciation)");
    daemon_saw(&daemon, voice, "module synthesis_voice=English (Received Pronunciation)");
    session.send("settings");
    assert!(session.wait_for("5. Speech speed, normal"));
    session.send("5");
    assert!(session.wait_for("Speech speed, faster by 1"));
    daemon_saw(&daemon, voice, "SET SELF RATE 20");
    session.finish();
}

#[test]
fn a_hub_can_give_signpost_its_own_speech_dispatcher_settings_by_its_name() {
    let clients = "BeginClient \"*:signpost:*\"\n  DefaultVolume -40\n  DefaultRate -30\nEndClient\n";
    let daemon = match PrivateSpeechd::start_with_client_settings(clients) {
        Ok(daemon) => daemon,
        Err(why) => return eprintln!("SKIPPED a_hub_can_give_signpost_its_own_settings: {why}"),
    };
    let data = tempfile::tempdir().unwrap();
    let address = daemon.address();
    let mut session = Session::start(&[("SPEECHD_ADDRESS", &address)], &["--speech", "on"], data.path());
    assert!(session.wait_for("Your first name"));
    let spoken = daemon_saw(&daemon, 0, "module volume=-40");
    let all = commands(&daemon.log_text());
    assert!(all[..spoken].iter().rev().any(|c| c == "module rate=-30"), "{all:#?}");
    assert!(!all.iter().any(|c| c.starts_with("SET SELF RATE") || c.starts_with("SET SELF VOLUME")), "{all:#?}");
    session.finish();
}

/// The shipped locales, with Welsh copied as Cornish (kw): a language with words
/// but no espeak-ng voice.
fn locales_with_cornish() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for language in ["en-GB", "cy", "pl"] {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(language);
        let targets = if language == "cy" { vec!["cy", "kw"] } else { vec![language] };
        for target in targets {
            std::fs::create_dir_all(dir.path().join(target)).unwrap();
            for file in std::fs::read_dir(&from).unwrap().map(Result::unwrap) {
                let mut text = std::fs::read_to_string(file.path()).unwrap();
                if target == "kw" {
                    text = text.replace("language-name = Cymraeg", "language-name = Kernewek");
                }
                std::fs::write(dir.path().join(target).join(file.file_name()), text).unwrap();
            }
        }
    }
    dir
}

#[test]
fn a_language_with_no_voice_is_said_once_in_english_then_the_tutor_is_quiet() {
    let Some(daemon) = daemon_or_skip("a_language_with_no_voice") else { return };
    let (data, locales) = (tempfile::tempdir().unwrap(), locales_with_cornish());
    let address = daemon.address();
    let locales_arg = locales.path().to_str().unwrap();
    let args = ["--speech", "on", "--lang", "kw", "--locales", locales_arg];
    let mut session = Session::start(&[("SPEECHD_ADDRESS", &address)], &args, data.path());
    assert!(session.wait_for("Eich enw cyntaf"));
    let notice = "There is no voice for Kernewek on this computer. Signpost carries on in writing only.";
    let said = daemon_saw(&daemon, 0, notice);
    let all = commands(&daemon.log_text());
    let english = find(&all, 0, |c| c == "SET SELF LANGUAGE en-GB").expect("the English voice");
    assert!(english < said, "said with the English voice: {all:#?}");
    let before = all.len();
    session.send("where");
    let status = "Does dim llais ar gyfer yr iaith hon, felly mae Signpost yn dal ati gyda thestun yn unig.";
    assert!(session.wait_for("Teipiwch eich ateb"));
    session.send("help");
    assert!(session.wait_for("Pwyswch Enter i fynd ymlaen"));
    let shown = session.finish();
    assert_eq!(shown.matches(status).count(), 1, "the status line says it once:\n{shown}");
    let after = commands(&daemon.log_text());
    assert!(!after[before..].iter().any(|c| c == "SPEAK"), "nothing more is spoken: {:#?}", &after[before..]);
    assert_eq!(after.iter().filter(|c| *c == notice).count(), 1, "said once: {after:#?}");
}

#[test]
fn quiet_stops_the_voice_in_each_language_and_the_lesson_stays() {
    let daemon = daemon_or_skip("quiet_reaches_speech_dispatcher");
    for (language, quiet, stop, asks, name_box) in [
        ("en-GB", "quiet", "stop", "Stop for now?", "Your first name"),
        ("cy", "tawel", "stopio", "2. Ie, stopio nawr", "Eich enw cyntaf"),
        ("pl", "cisza", "koniec", "Skończyć na razie?", "Twoje imię"),
    ] {
        let data = tempfile::tempdir().unwrap();
        let address = daemon.as_ref().map(PrivateSpeechd::address);
        let env: Vec<(&str, &str)> = address.iter().map(|a| ("SPEECHD_ADDRESS", a.as_str())).collect();
        let speech = if daemon.is_some() { "on" } else { "off" };
        let mut session = Session::start(&env, &["--speech", speech, "--lang", language], data.path());
        session.send("help");
        assert!(session.wait_for(quiet), "{language}: the help names {quiet}");
        let from = daemon.as_ref().map(|d| commands(&d.log_text()).len());
        session.send(quiet);
        if let (Some(daemon), Some(from)) = (&daemon, from) {
            daemon_saw(daemon, from, "CANCEL SELF");
        }
        // Still on the help page: Enter closes it, and the tutor asks for a name.
        session.send("");
        assert!(session.wait_for(name_box), "{language}");
        session.send(stop);
        assert!(session.wait_for(asks), "{language}: {stop} still means stop, and asks first");
        let shown = session.finish();
        let asked = shown.matches(asks).count();
        assert_eq!(asked, 1, "{language}: only {stop} asked to stop:\n{shown}");
    }
}
