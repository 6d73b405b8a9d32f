//! Saves that fail, learners erased mid-session, and saves cut short by a crash: the
//! real binary in plain mode, on real data folders.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use common::{plain, signpost, stderr, stdout};

/// A new learner called Ann, who stops at once (input ends on her home page).
const NEW_ANN: &str = "Ann\n";

/// Runs the tutor as an ordinary user who cannot write to a read-only progress file.
/// As root (who can write anything) it drops to `nobody` with `setpriv`; `None`, with
/// the reason printed, where that cannot be done.
fn as_ordinary_user(data: &Path) -> Option<Command> {
    let exe = env!("CARGO_BIN_EXE_signpost");
    let root = Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let mut command = if root {
        let found = Command::new("setpriv").arg("--version").output().is_ok_and(|o| o.status.success());
        if !found {
            println!("SKIPPED: running as root and setpriv is missing, so a read-only file cannot be tested");
            return None;
        }
        let nobody = |args: &[&str]| {
            Command::new("setpriv")
                .args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"])
                .args(args)
                .output()
                .is_ok_and(|o| o.status.success())
        };
        if !nobody(&[exe, "--version"]) {
            println!("SKIPPED: the user nobody cannot run {exe} (a private build folder?)");
            return None;
        }
        let chown = Command::new("chown").args(["-R", "nobody:nogroup"]).arg(data).status();
        if !chown.is_ok_and(|s| s.success()) {
            println!("SKIPPED: cannot give the data folder to nobody");
            return None;
        }
        let mut command = Command::new("setpriv");
        command.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups", exe]);
        command
    } else {
        Command::new(exe)
    };
    command.current_dir(env!("CARGO_MANIFEST_DIR")).env("HOME", data);
    for name in ["LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "SIGNPOST_DATA_DIR", "ACCESSIBLE", "NO_COLOR"] {
        command.env_remove(name);
    }
    Some(command)
}

#[test]
#[cfg(unix)]
fn a_read_only_progress_file_is_said_at_once_and_the_goodbye_does_not_claim_a_save() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().unwrap();
    assert!(plain(data.path(), NEW_ANN, &[]).status.success());
    let db = data.path().join("signpost.db");
    let Some(mut command) = as_ordinary_user(data.path()) else { return };
    fs::set_permissions(&db, fs::Permissions::from_mode(0o400)).unwrap();
    let before = fs::read(&db).unwrap();
    let speech_log = data.path().join("speech.log");
    // Ann carries on her lesson, goes on a step, then stops.
    let output = command
        .args(["--plain", "--speech", "off", "--data-dir"])
        .arg(data.path())
        .arg("--speech-log")
        .arg(&speech_log)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().unwrap().write_all(b"1\n1\n\nquit\n2\n1\n")?;
            child.wait_with_output()
        })
        .unwrap();
    let shown = stdout(&output);
    assert!(output.status.success(), "{}\n{shown}", stderr(&output));
    let sorry = "Signpost could not save your progress. Please tell your champion.";
    assert!(shown.contains(sorry), "said at once:\n{shown}");
    assert!(fs::read_to_string(&speech_log).unwrap().contains(sorry), "and spoken");
    assert!(shown.contains("Step 2 of 5"), "the session carries on:\n{shown}");
    assert!(!shown.contains("Everything you have done is saved."), "{shown}");
    assert!(!shown.contains("Your progress is saved"), "{shown}");
    assert!(
        shown
            .trim_end()
            .ends_with("Goodbye, Ann. Signpost could not save all of your progress. Please tell your champion."),
        "{shown}"
    );
    let log = fs::read_to_string(data.path().join("signpost.log")).unwrap();
    assert!(log.contains("readonly database"), "the champion finds the reason in the log:\n{log}");
    assert_eq!(fs::read(&db).unwrap(), before, "nothing already saved is touched");
}

/// Runs the tutor with `input` written line by line, calling `meanwhile` once the line
/// `wait_for` has been printed; gives back everything printed.
fn interrupted(data: &Path, first: &str, wait_for: &str, meanwhile: impl FnOnce(), then: &str) -> String {
    let mut child = signpost()
        .args(["--plain", "--speech", "off", "--data-dir"])
        .arg(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(first.as_bytes()).unwrap();
    input.flush().unwrap();
    // If the line never came, the reader below would wait for ever: end it in good time.
    let pid = child.id();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(60));
        let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
    });
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut shown = String::new();
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap() > 0 {
        shown.push_str(&line);
        let found = line.contains(wait_for);
        line.clear();
        if found {
            break;
        }
    }
    assert!(shown.contains(wait_for), "{wait_for:?} never came:\n{shown}");
    meanwhile();
    input.write_all(then.as_bytes()).unwrap();
    drop(input);
    std::io::Read::read_to_string(&mut reader, &mut shown).unwrap();
    assert!(child.wait().unwrap().success(), "{shown}");
    shown
}

#[test]
fn a_learner_erased_while_learning_is_told_kindly_and_nothing_claims_a_save() {
    let data = tempfile::tempdir().unwrap();
    assert!(plain(data.path(), "Zebediah\n", &[]).status.success());
    let erase = || {
        let output = signpost().args(["learner", "erase", "Zebediah", "--yes", "--data-dir"]).arg(data.path()).output();
        assert!(output.unwrap().status.success());
    };
    // Zebediah carries on his lesson; while step 1 is on screen he is erased.
    let shown = interrupted(data.path(), "1\n1\n", "Step 1 of 5", erase, "\nquit\n2\n");
    assert!(
        shown.contains("Your record was removed from this computer, so your progress is not being kept."),
        "{shown}"
    );
    assert!(shown.contains("Step 2 of 5"), "the session carries on:\n{shown}");
    assert!(!shown.contains("Your progress is saved"), "{shown}");
    assert!(shown.contains("Goodbye, Zebediah. Your progress was not kept"), "{shown}");
    let after = plain(data.path(), "", &[]);
    assert!(!stdout(&after).contains("Zebediah"), "nothing was written back for him");
}

#[test]
fn a_crash_between_the_two_writes_of_a_step_leaves_rows_that_agree() {
    if !cfg!(debug_assertions) {
        println!("SKIPPED: the fault point exists in debug builds only");
        return;
    }
    let data = tempfile::tempdir().unwrap();
    assert!(plain(data.path(), NEW_ANN, &[]).status.success());
    // Ann starts Getting started: the save of its first step aborts half way.
    let speech_log = data.path().join("speech.log");
    let output = signpost()
        .args(["--plain", "--speech", "off", "--data-dir"])
        .arg(data.path())
        .arg("--speech-log")
        .arg(&speech_log)
        .env("SIGNPOST_FAULT", "between_writes")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().unwrap().write_all(b"1\n3\n1\n3\n")?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(!output.status.success(), "the fault point aborts");
    let shown = stdout(&output);
    assert!(shown.contains("How confident do you feel about Getting started?"), "{shown}");
    assert!(!shown.contains("Step 1 of 10"), "a step is saved before it is shown:\n{shown}");
    let said = fs::read_to_string(&speech_log).unwrap();
    assert!(!said.contains("Step 1 of 10"), "and before it is said:\n{said}");
    // Every lesson with step events has a progress row at the last of them, and the
    // other way round: the half-made save left nothing.
    let store = signpost::store::Store::open(data.path()).unwrap();
    let ann = store.find_learner("Ann").unwrap().unwrap();
    let record = store.learner_record(ann.id).unwrap();
    for progress in &record.lesson_progress {
        let last =
            record.step_event.iter().rfind(|e| e.course_id == progress.course_id && e.lesson_id == progress.lesson_id);
        assert_eq!(last.map(|e| e.step_id.as_str()), Some(progress.step_id.as_str()), "{record:?}");
    }
    for event in &record.step_event {
        let row =
            record.lesson_progress.iter().find(|p| p.course_id == event.course_id && p.lesson_id == event.lesson_id);
        assert!(row.is_some(), "a step event with no progress row: {record:?}");
    }
    assert!(!record.step_event.iter().any(|e| e.course_id == "getting-started"), "{record:?}");
}

#[test]
#[cfg(unix)]
fn a_data_folder_others_could_read_is_made_private_and_the_log_says_so() {
    use std::os::unix::fs::PermissionsExt;
    let top = tempfile::tempdir().unwrap();
    let data = top.path().join("hub");
    fs::create_dir(&data).unwrap();
    fs::set_permissions(&data, fs::Permissions::from_mode(0o755)).unwrap();
    let output = plain(&data, NEW_ANN, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    for name in ["signpost.db", "signpost.log"] {
        assert_eq!(mode(&data.join(name)), 0o600, "{name}");
    }
    let log = fs::read_to_string(data.join("signpost.log")).unwrap();
    assert!(log.contains(&format!("{} could be read by others", data.display())), "{log}");
}

#[test]
fn wrong_champion_pins_piped_in_bring_a_wait_and_a_command_resets_the_pin() {
    let data = tempfile::tempdir().unwrap();
    assert!(plain(data.path(), NEW_ANN, &[]).status.success());
    // The first champion sets the PIN 1234.
    let set = stdout(&plain(data.path(), "5\n1234\n1234\n", &[]));
    assert!(set.contains("Who is running this session?"), "{set}");
    // Three wrong guesses, then the right PIN at once: it is not even tried.
    let guessed = stdout(&plain(data.path(), "5\n0000\n1111\n2222\n1234\n", &[]));
    assert_eq!(guessed.matches("That PIN is not right. Please try again.").count(), 2, "{guessed}");
    let wait = "That PIN was not right a few times. Please wait 30 seconds, then try again. \
                If you have forgotten your PIN, ask your champion.";
    assert!(guessed.contains(wait), "{guessed}");
    // The right PIN a moment later: the wait left (by the second hand, 30 or a bit less).
    let waits = guessed.matches("That PIN was not right a few times. Please wait ").count();
    assert_eq!(waits, 2, "{guessed}");
    assert!(!guessed.contains("Who is running this session?"), "no way in while waiting:\n{guessed}");
    // The documented way back in: the next champion chooses a new PIN.
    let reset = signpost().args(["reset-champion-pin", "--data-dir"]).arg(data.path()).output().unwrap();
    assert!(reset.status.success(), "{}", stderr(&reset));
    assert!(stdout(&reset).starts_with("The champion PIN is forgotten."), "{}", stdout(&reset));
    let fresh = stdout(&plain(data.path(), "5\n", &[]));
    assert!(fresh.contains("Choose a 4-digit PIN for champions on this computer."), "{fresh}");
}

#[test]
#[cfg(unix)]
fn a_read_only_data_folder_is_refused_at_the_start_and_left_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().unwrap();
    assert!(plain(data.path(), NEW_ANN, &[]).status.success());
    let db = data.path().join("signpost.db");
    let before = fs::read(&db).unwrap();
    let Some(mut command) = as_ordinary_user(data.path()) else { return };
    fs::set_permissions(data.path(), fs::Permissions::from_mode(0o500)).unwrap();
    let output = command
        .args(["--plain", "--speech", "off", "--data-dir"])
        .arg(data.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    fs::set_permissions(data.path(), fs::Permissions::from_mode(0o700)).unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let said = stderr(&output);
    assert!(said.starts_with("Signpost could not open the progress file"), "{said}");
    assert_eq!(fs::read(&db).unwrap(), before, "nothing already saved is touched");
}
