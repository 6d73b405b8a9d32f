//! Speech that is not there or goes away, on a real hub PC: speech-dispatcher not
//! running, its library missing, a bad hub file; text always goes on and says why.

mod common;

use std::process::{Command, Stdio};

use common::session::{Session, PATIENCE};
use common::speechd::{commands, PrivateSpeechd};
use common::{signpost, stderr, stdout};

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
        "{}:5:1: Signpost could not use this hub setting: unknown field `voice`, expected `voices` or `volume`. Signpost carries on with its usual settings.\n",
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
