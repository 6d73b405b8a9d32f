//! Speech on a real hub PC: the real binary in plain mode, talking to a private
//! speech-dispatcher whose log shows every command it was sent. Tests that need the
//! daemon skip, saying why, where it cannot start.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use common::speechd::{commands, PrivateSpeechd};
use common::{signpost, stderr, stdout};

/// How long a test waits for something the tutor or the daemon should do at once.
const PATIENCE: Duration = Duration::from_secs(20);

fn daemon_or_skip(test: &str) -> Option<PrivateSpeechd> {
    match PrivateSpeechd::start() {
        Ok(daemon) => Some(daemon),
        Err(why) => {
            eprintln!("SKIPPED {test}: no private speech-dispatcher ({why})");
            None
        }
    }
}

/// A plain session driven line by line, as a learner would: each line is sent once
/// the tutor has shown what the test waits for.
struct Session {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    shown: Vec<String>,
}

impl Session {
    fn start(env: &[(&str, &str)], args: &[&str], data: &Path) -> Session {
        let mut command = signpost();
        command.args(["--plain", "--data-dir"]).arg(data).args(args);
        for (name, value) in env {
            command.env(name, value);
        }
        Session::spawn(command)
    }

    fn spawn(mut command: Command) -> Session {
        command.env("SIGNPOST_SCREEN_READER", "none");
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("signpost starts");
        let (tx, lines) = mpsc::channel();
        let out = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        let stdin = child.stdin.take();
        Session { child, stdin, lines, shown: Vec::new() }
    }

    fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("input is open");
        writeln!(stdin, "{line}").and_then(|()| stdin.flush()).expect("the tutor reads its input");
    }

    /// Waits for a line containing `text`; false if it did not come in time.
    fn wait_for(&mut self, text: &str) -> bool {
        let deadline = Instant::now() + PATIENCE;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let found = line.contains(text);
                    self.shown.push(line);
                    if found {
                        return true;
                    }
                }
                Err(_) => return false,
            }
        }
        false
    }

    /// Ends the input (the tutor saves and stops) and returns everything shown.
    fn finish(mut self) -> String {
        drop(self.stdin.take());
        let status = self.child.wait().expect("the tutor ends");
        self.shown.extend(self.lines.iter());
        let shown = self.shown.join("\n");
        assert!(status.success(), "{status}\n{shown}");
        shown
    }
}

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

#[test]
fn with_speech_dispatcher_not_running_the_learner_is_told_once_why_speech_is_off() {
    let data = tempfile::tempdir().unwrap();
    let env = [("SPEECHD_ADDRESS", "unix_socket:/nonexistent/signpost-speech-test.sock")];
    let session = Session::start(&env, &["--speech", "on"], data.path());
    let off = "Speech is off because the speech service (speech-dispatcher) did not start. Signpost keeps trying.";
    told_once_why(session, off);
}

#[test]
fn the_binary_does_not_need_libspeechd_to_load() {
    let binary = env!("CARGO_BIN_EXE_signpost");
    let Ok(output) = std::process::Command::new("readelf").args(["-d", binary]).output() else {
        eprintln!("SKIPPED the_binary_does_not_need_libspeechd_to_load: readelf is not installed (binutils)");
        return;
    };
    let needed = String::from_utf8_lossy(&output.stdout);
    assert!(needed.contains("(NEEDED)"), "readelf read the binary: {needed}");
    assert!(!needed.contains("libspeechd"), "libspeechd is opened at run time, never needed to start:\n{needed}");
}

#[test]
fn a_bad_hub_file_is_shown_at_its_place_and_the_tutor_carries_on() {
    let (data, config) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::fs::create_dir(config.path().join("signpost")).unwrap();
    let path = config.path().join("signpost/hub.toml");
    std::fs::write(&path, "[hub]\nname = \"Library\"\n\n[speech]\nvoice = \"Welsh\"\n").unwrap();
    let output = signpost()
        .args(["--plain", "--speech", "off", "--data-dir"])
        .arg(data.path())
        .env("XDG_CONFIG_HOME", config.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(output.status.success());
    let expected = format!(
        "{}:5:1: Signpost could not use this hub setting: unknown field `voice`, expected `voices` or `volume`. Speech carries on with its usual settings.\n",
        path.display()
    );
    assert_eq!(stderr(&output), expected);
    assert!(stdout(&output).contains("Your first name"), "{}", stdout(&output));
}

/// `signpost` with `args`, run where libspeechd cannot be loaded: in a mount namespace
/// of its own, with the library's file covered by an empty one. None (and why) where
/// that cannot be done; where the library is not installed at all, plain `signpost`.
fn without_libspeechd(args: &[&str]) -> Result<Command, String> {
    let found = Command::new("ldconfig").arg("-p").output().map_err(|e| format!("ldconfig: {e}"))?;
    let listed = String::from_utf8_lossy(&found.stdout).into_owned();
    let Some(path) = listed.lines().find(|l| l.contains("libspeechd.so.2 ")).and_then(|l| l.split(" => ").nth(1))
    else {
        let mut command = signpost();
        command.args(args);
        return Ok(command);
    };
    let library = std::fs::canonicalize(path.trim()).map_err(|e| format!("{path}: {e}"))?;
    let works = Command::new("unshare").args(["--mount", "true"]).status().map_err(|e| format!("unshare: {e}"))?;
    if !works.success() {
        return Err("unshare --mount is not allowed here (it needs root or user namespaces)".to_owned());
    }
    let mut command = signpost();
    let binary = command.get_program().to_owned();
    let mut hidden = Command::new("unshare");
    hidden.args(["--mount", "--propagation", "private", "sh", "-c", "mount --bind /dev/null \"$0\" && exec \"$@\""]);
    hidden.arg(library).arg(binary).args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    for (name, _) in command.get_envs().filter(|(_, value)| value.is_none()) {
        hidden.env_remove(name);
    }
    command = hidden;
    Ok(command)
}

#[test]
fn without_libspeechd_signpost_starts_teaches_in_text_and_says_why() {
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().to_str().unwrap();
    let run = |args: &[&str]| without_libspeechd(args).map(|mut c| c.stdin(Stdio::null()).output().unwrap());
    let check = match run(&["check"]) {
        Ok(output) => output,
        Err(why) => {
            eprintln!("SKIPPED without_libspeechd: cannot hide libspeechd ({why})");
            return;
        }
    };
    assert!(check.status.success(), "{}{}", stdout(&check), stderr(&check));
    assert!(stdout(&check).contains("0 errors"), "{}", stdout(&check));
    let off = run(&["--plain", "--speech", "off", "--data-dir", data_dir]).unwrap();
    assert!(off.status.success() && stdout(&off).contains("Your first name"), "{}", stderr(&off));
    let report = run(&["report", "--data-dir", data_dir]).unwrap();
    assert!(report.status.success(), "{}", stderr(&report));
    let session = Session::spawn(without_libspeechd(&["--plain", "--speech", "on", "--data-dir", data_dir]).unwrap());
    let why = "Speech is off because the speech library (libspeechd2) is not installed. A champion can install it.";
    told_once_why(session, why);
}

/// The tutor says `why` (the reason speech is off) at once, with nothing typed, and
/// then what to do; the learner adds their name; `why` is printed once in all.
fn told_once_why(mut session: Session, why: &str) {
    assert!(session.wait_for(why), "said without waiting for a key:\n{}", session.shown.join("\n"));
    assert!(session.wait_for("Type your answer"), "then what to do:\n{}", session.shown.join("\n"));
    session.send("Ann");
    assert!(session.wait_for("Step 1 of"));
    let shown = session.finish();
    assert_eq!(shown.matches(why).count(), 1, "said once:\n{shown}");
}

#[test]
fn speech_that_was_not_running_comes_back_by_itself_and_says_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let socket = PrivateSpeechd::socket_in(dir.path());
    let address = format!("unix_socket:{}", socket.display());
    let data = tempfile::tempdir().unwrap();
    let mut session = Session::start(&[("SPEECHD_ADDRESS", address.as_str())], &["--speech", "on"], data.path());
    let off = "Speech is off because the speech service (speech-dispatcher) did not start. Signpost keeps trying.";
    assert!(session.wait_for(off), "{}", session.shown.join("\n"));
    // Now the service starts, as it can late on an old PC.
    let Some(daemon) =
        PrivateSpeechd::start_in(dir, "").map_err(|why| eprintln!("SKIPPED speech comes back: {why}")).ok()
    else {
        return;
    };
    assert!(session.wait_for("Speech is on."), "{}", session.shown.join("\n"));
    let log = daemon.wait_for_log(PATIENCE, |log| {
        commands(log).iter().any(|c| c.starts_with("Speech is on.") && c.contains("first name"))
    });
    assert!(log.is_ok(), "the page is said again when speech comes back: {log:?}");
    session.send("Ann");
    assert!(session.wait_for("Step 1 of"));
    session.finish();
}
