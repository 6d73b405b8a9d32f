//! End to end in plain mode: the real binary over stdin and stdout, with a temporary
//! data folder and a speech log, as a screen-reader user or a script would use it.

mod common;

use std::fs;
use std::path::Path;

use common::{plain, signpost, stderr, stdout};

/// A new learner called Ann: Finding your reason starts by itself (welcome, going
/// online); she picks health, answers the check, and finishes it.
const NEW_LEARNER: &[&str] = &["Ann", "", "", "3", "", "2", "", ""];

/// Lines typed to finish "Using this tutor", with one wrong answer on the way.
const FINISH_FIRST_LESSON: &[&str] = &[
    "1", // Next course, Getting started
    "1", // Using this tutor
    "3", // how confident they feel about the course, 1 to 5
    "", "", // welcome, going on
    "1", "2", "", // a wrong answer, the right one, go on
    "", // going back
    "repeat", "", // hearing again: try it, then go on
    "help", "", "", // help: open it, close it, go on
    "where", "", // where am I: try it, go on
    "quit", "1", "", // stopping: try it, "No, carry on", go on
    "2", "", // the check question
    "", // recap: the lesson is done
];

/// Then into "Using a keyboard": a wrong key, the right one, and stop at step 3.
const STOP_IN_SECOND_LESSON: &[&str] = &[
    "1", // Next lesson, Using a keyboard
    "",  // the keyboard
    "x", "", "", // Enter step: the letter x, then Enter, then go on
    "quit", "2", // stop, and yes
    "1", // today was useful
];

fn lines(parts: &[&[&str]]) -> String {
    parts.iter().flat_map(|p| p.iter()).map(|l| format!("{l}\n")).collect()
}

fn speech(data: &Path) -> String {
    fs::read_to_string(data.join("speech.log")).unwrap_or_default()
}

#[test]
fn a_learner_finishes_a_lesson_stops_mid_way_and_carries_on_later() {
    let data = tempfile::tempdir().unwrap();
    let output = plain(data.path(), &lines(&[NEW_LEARNER, FINISH_FIRST_LESSON, STOP_IN_SECOND_LESSON]), &[]);
    let shown = stdout(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    for expected in [
        "Finding your reason. What matters to you",
        "Good choice. You can order your repeat medicines online.",
        "1. Next course, Getting started",
        "Step 1 of 10. Welcome",
        "Not quite. Escape takes you back a step. Have another go.",
        "Yes, that is right. Enter takes you to the next step. Press Enter to go on.",
        "Well done. You heard the step again. Press Enter to go on.",
        "You are in Getting started, lesson Using this tutor, step 7 of 10. Well done. Now you know where you are.",
        "Well done. You chose to carry on. When you want to stop, choose Yes, stop now. Press Enter to go on.",
        "Step 10 of 10. Well done",
        "Well done, Ann!",
        "You finished the lesson Using this tutor.",
        "1. Next lesson, Using a keyboard",
        "Step 2 of 14. The Enter key",
        "You pressed the letter x. This step needs Enter. Have another go.",
        "Well done. That was Enter. Press Enter to go on.",
        "Step 3 of 14. The Space bar",
        "Stop for now?",
        "Goodbye, Ann. Your progress is saved.",
    ] {
        assert!(shown.contains(expected), "missing {expected:?} in:\n{shown}");
    }
    let said = speech(data.path());
    for expected in [
        "Getting started. Using this tutor. Step 1 of 10. Welcome. In this course you meet Bill.",
        "Not quite. Escape takes you back a step. Have another go.",
        "Step 10 of 10. Well done.",
        "You pressed the letter x. This step needs Enter. Have another go.",
        "Goodbye, Ann. Your progress is saved.",
    ] {
        assert!(said.lines().any(|l| l.starts_with(expected) || l == expected), "not said: {expected:?}\n{said}");
    }
    // Plain mode: no escape codes, no box drawing or block characters.
    assert!(!shown.contains('\u{1b}'), "no escape codes");
    assert!(!shown.chars().any(|c| ('\u{2500}'..='\u{259f}').contains(&c)), "no box drawing or blocks");

    // Later: choose Ann, and carry on at the exact step.
    let output = plain(data.path(), "1\n1\n", &[]);
    let shown = stdout(&output);
    assert!(output.status.success());
    assert!(shown.contains("1. Carry on where you left off. Using a keyboard, step 3 of 14"), "{shown}");
    let after_carry_on = shown.split("Carry on where you left off").nth(1).unwrap_or_default();
    assert!(after_carry_on.contains("Step 3 of 14. The Space bar"), "{shown}");
    assert!(shown.contains("Getting started, 1 of 2 lessons done"), "{shown}");
    let said = speech(data.path());
    let last_two: Vec<&str> = said.lines().rev().take(2).collect();
    assert!(last_two[1].starts_with("Step 3 of 14. The Space bar."), "{said}");
    assert_eq!(last_two[0], "Goodbye, Ann. Your progress is saved.");
}

#[test]
fn input_ending_saves_and_exits_cleanly_at_any_point() {
    let data = tempfile::tempdir().unwrap();
    // Stop in the middle of "Using this tutor" by closing input (Ctrl+D).
    let output = plain(data.path(), &(lines(&[NEW_LEARNER]) + "1\n1\n3\n\n\n"), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let output = plain(data.path(), "1\n", &[]);
    assert!(stdout(&output).contains("Carry on where you left off. Using this tutor, step 3 of 10"));
    let output = plain(data.path(), "", &[]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("Who is learning today?"));
}

#[test]
fn help_repeat_where_and_back_work_by_word() {
    let data = tempfile::tempdir().unwrap();
    let input = lines(&[NEW_LEARNER]) + "1\n1\n3\n\nhelp\n\nwhere\nrepeat\nback\nbanana\n";
    let output = plain(data.path(), &input, &[]);
    let shown = stdout(&output);
    assert!(shown.contains("Read or listen to the step. Then press Enter to go on."), "{shown}");
    assert!(shown.contains("You are in Getting started, lesson Using this tutor, step 2 of 10."), "{shown}");
    assert_eq!(shown.matches("Step 2 of 10. Going on").count(), 3, "shown, shown after help, repeated:\n{shown}");
    assert_eq!(shown.matches("Step 1 of 10. Welcome").count(), 2, "once, then after back:\n{shown}");
    // After "banana" the nudge is the whole prompt: one sentence, said once.
    let nudged = "Learn it with him.\nPress Enter to go on. Or type help.\nPress Enter to go on.\nGoodbye";
    assert!(shown.contains(nudged), "nudge:\n{shown}");
}

#[test]
fn a_new_name_is_checked_kindly() {
    let data = tempfile::tempdir().unwrap();
    plain(data.path(), "Ann\n", &[]);
    let output = plain(data.path(), "2\n\nann\nAnn B\n", &[]);
    let shown = stdout(&output);
    assert!(shown.contains("Please type your first name first."), "{shown}");
    assert!(shown.contains("Someone called ann is already learning here."), "{shown}");
    let reason = "Finding your reason. What matters to you\nStep 1 of 5. Welcome";
    assert!(shown.contains(reason), "a new learner starts with their reason:\n{shown}");
}

#[test]
fn piped_input_means_plain_mode_without_asking() {
    let data = tempfile::tempdir().unwrap();
    let output = signpost().args(["--speech", "off", "--data-dir"]).arg(data.path()).output().unwrap();
    assert!(output.status.success());
    let shown = stdout(&output);
    assert!(shown.contains("A new learner") && !shown.contains('\u{1b}'), "{shown}");
}

#[test]
fn a_message_missing_in_a_translation_falls_back_to_english() {
    let data = tempfile::tempdir().unwrap();
    let locales = tempfile::tempdir().unwrap();
    fs::create_dir(locales.path().join("cy")).unwrap();
    fs::write(locales.path().join("cy/ui.ftl"), "new-learner-title = Dysgwr newydd\n").unwrap();
    let locales_arg = locales.path().to_str().unwrap();
    let output = plain(data.path(), "", &["--lang", "cy", "--locales", locales_arg]);
    let shown = stdout(&output);
    assert!(shown.contains("Dysgwr newydd"), "the Welsh title:\n{shown}");
    assert!(shown.contains("What is your first name?"), "English for the rest:\n{shown}");
    assert!(!shown.contains("new-learner"), "never a raw id:\n{shown}");
}

#[test]
fn a_damaged_progress_file_is_reported_and_kept() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("signpost.db");
    let junk = "Not a database. ".repeat(300);
    fs::write(&db, &junk).unwrap();
    let output = plain(data.path(), "Ann\n", &[]);
    assert_eq!(output.status.code(), Some(2));
    let said = stderr(&output);
    assert!(said.contains("could not read the progress file"), "{said}");
    assert!(said.contains("kept just as it was"), "{said}");
    assert_eq!(fs::read_to_string(&db).unwrap(), junk);
}

#[test]
fn help_and_version_answer_like_other_tools() {
    let output = signpost().arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = stdout(&output);
    for option in [
        "--plain",
        "--lang",
        "--lessons",
        "--locales",
        "--courses",
        "--data-dir",
        "--speech",
        "--speech-log",
        "check",
        "list",
    ] {
        assert!(help.contains(option), "{option} in help:\n{help}");
    }
    let output = signpost().arg("--version").output().unwrap();
    assert_eq!(stdout(&output), format!("signpost {}\n", env!("CARGO_PKG_VERSION")));
    let output = signpost().arg("--no-such-option").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn list_names_every_course_and_lesson_with_ids() {
    let output = signpost().arg("list").output().unwrap();
    let expected = "Finding your reason (finding-your-reason), built in\n  1. What matters to you (what-matters): foundation skills\nGetting started (getting-started), built in\n  1. Using this tutor (using-this-tutor): foundation skills\n  2. Using a keyboard (using-a-keyboard): foundation skills\nEmail (email), built in\n  1. What email is (what-is-email): communicating\n  2. Your inbox (your-inbox): communicating, handling information and content\n  3. Reading and replying (reading-and-replying): communicating\n  4. Writing an email (writing-an-email): communicating\n  5. Opening a photo (opening-a-photo): communicating, handling information and content\n  6. Spotting scams (spotting-scams): being safe and legal online, communicating\n  7. If you clicked or paid (if-you-clicked): being safe and legal online, problem solving\nVideo calls (video-calls), built in\n  1. What a video call is (what-is-a-video-call): communicating\n  2. Getting ready for a call (getting-ready): communicating, problem solving\n  3. A GP video appointment (gp-video-appointment): communicating, transacting\n  4. During a call (during-the-call): communicating\n  5. Calling family (calling-family): communicating\nNHS repeat prescriptions (nhs-prescriptions), built in\n  1. The NHS App and NHS login (the-nhs-app): transacting, being safe and legal online\n  2. Proving who you are (proving-who-you-are): transacting, being safe and legal online\n  3. Your nominated pharmacy (your-pharmacy): transacting\n  4. Ordering a repeat prescription (ordering): transacting\n  5. Checking and collecting (checking-and-collecting): transacting\n  6. Staying safe (staying-safe): being safe and legal online, transacting\n";
    assert_eq!(stdout(&output), expected);
}

#[test]
fn a_speech_engine_that_cannot_start_never_stops_the_lesson() {
    // speech-dispatcher is pointed at a socket that does not exist: starting the engine
    // fails (or hangs). The tutor must go on exactly as with speech off.
    let data = tempfile::tempdir().unwrap();
    let env = [("SPEECHD_ADDRESS", "unix_socket:/nonexistent/signpost-test.sock")];
    let output = common::plain_with_speech(data.path(), "Ann\n\n\n", &env);
    assert!(output.status.success());
    let shown = stdout(&output);
    assert!(shown.contains("Step 3 of 5. What matters to you?"), "{shown}");
}

#[test]
fn killing_the_tutor_loses_at_most_the_step_on_screen() {
    use std::io::{BufRead, BufReader, Write};
    let data = tempfile::tempdir().unwrap();
    let mut child = signpost()
        .args(["--plain", "--speech", "off", "--data-dir"])
        .arg(data.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all((lines(&[NEW_LEARNER]) + "1\n1\n3\n\n\n").as_bytes()).unwrap();
    input.flush().unwrap();
    // If step 3 never came, the reader below would wait for ever: end it in good time.
    let pid = child.id();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(60));
        let _ = std::process::Command::new("kill").args(["-9", &pid.to_string()]).status();
    });
    // Read until step 3 is on screen, then pull the plug (SIGKILL: no chance to tidy up).
    let reader = BufReader::new(child.stdout.take().unwrap());
    let reached = reader.lines().map_while(Result::ok).any(|line| line.starts_with("Step 3 of 10"));
    assert!(reached, "step 3 was shown");
    child.kill().unwrap();
    child.wait().unwrap();
    drop(input);
    let output = plain(data.path(), "1\n", &[]);
    assert!(
        stdout(&output).contains("Carry on where you left off. Using this tutor, step 3 of 10"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn the_tutor_runs_what_loaded_and_logs_the_lesson_that_did_not() {
    let data = tempfile::tempdir().unwrap();
    let output = plain(data.path(), "Ann\n3\n\n1\n3\n", &["--lessons", "tests/invalid_lessons/one_bad_lesson"]);
    assert!(output.status.success());
    let shown = stdout(&output);
    // A new learner starts the first lesson that loaded; the broken second one is skipped.
    assert!(shown.contains("1. Next lesson, Using this tutor\n"), "{shown}");
    assert_eq!(shown.matches("Getting started. Using this tutor\nStep 1 of 1. Welcome").count(), 2, "{shown}");
    let log = fs::read_to_string(data.path().join("signpost.log")).unwrap();
    assert!(log.contains("02-bad.toml:9:8: error:"), "{log}");
}

#[test]
fn a_whole_course_over_stdin_with_no_box_drawing() {
    let data = tempfile::tempdir().unwrap();
    let tutor: &[&str] =
        &["1", "1", "3", "", "", "2", "", "", "repeat", "", "help", "", "", "where", "", "quit", "1", "", "2", "", ""];
    let keyboard: &[&str] = &[
        "1", "", // next lesson, the keyboard
        "", "", " ", "", "a", "", "A", "", // Enter, Space, a, capital A
        "\u{1b}[A", "", "\u{1b}[B", "", "\u{1b}[D", "", "\u{1b}[C", "", // the arrows
        "sun", "", "cat", "", "Ann", "", // the cursor, Backspace (typing), your name
        "3", "", "",  // the check, the recap
        "4", // how confident they feel now
    ];
    let output = plain(data.path(), &lines(&[NEW_LEARNER, tutor, keyboard]), &[]);
    let shown = stdout(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    for expected in [
        "You finished the lesson Using this tutor.",
        "Well done. That was the Up arrow. Press Enter to go on.",
        "Well done, Ann. You typed your name. Press Enter to go on.",
        "You finished the lesson Using a keyboard.",
        "1. Next course, Email",
    ] {
        assert!(shown.contains(expected), "missing {expected:?}:\n{shown}");
    }
    let odd: Vec<char> = shown.chars().filter(|c| ('\u{2500}'..='\u{259f}').contains(c) || *c == '\u{1b}').collect();
    assert!(odd.is_empty(), "box drawing, blocks or escape codes: {odd:?}");
}

#[test]
fn settings_by_word_and_quiet() {
    let data = tempfile::tempdir().unwrap();
    let output = plain(data.path(), "Ann\nsettings\n3\n5\nback\nquiet\n", &[]);
    let shown = stdout(&output);
    assert!(shown.contains("Settings\nChoose a setting and press Enter to change it."), "{shown}");
    assert!(shown.contains("\nLarge print, on\n"), "each change is said:\n{shown}");
    assert!(shown.contains("\nSpeech speed, faster by 1\n"), "{shown}");
    // Saved for Ann: next time her settings come back.
    let output = plain(data.path(), "1\nsettings\n", &[]);
    assert!(stdout(&output).contains("5. Speech speed, faster by 1"), "{}", stdout(&output));
}

#[test]
fn with_a_real_speech_engine_and_no_sound_card_a_session_still_completes() {
    // CI has speech-dispatcher installed and no audio device: speaking never finishes.
    let data = tempfile::tempdir().unwrap();
    let input = lines(&[NEW_LEARNER, &["1", "1", "3", "", ""]]);
    let output = common::plain_with_speech(data.path(), &input, &[]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("Step 3 of 10. Choosing an answer"), "{}", stdout(&output));
}

#[test]
fn each_sentence_is_printed_once_and_a_nudge_is_the_whole_prompt() {
    let data = tempfile::tempdir().unwrap();
    let output = plain(data.path(), "Ann\n\n\n9\n1\n", &[]);
    let shown = stdout(&output);
    let expected = "5. My family history\n\
                    Type a number, then press Enter. Or type help.\n\
                    Please type a number from 1 to 5, then press Enter.\n\
                    Good choice. Email and video calls help you keep in touch. Start with Getting started, \
                    then try Email and Video calls. Press Enter to go on.\n\
                    Or type help.\n";
    assert!(shown.contains(expected), "{shown}");
}

/// The first screen comes before the lessons are loaded; a learner's first answer waits
/// for them. With no course at all Signpost says so before anything else; with a course
/// that could not be loaded, it says so at the first answer, and saves nothing.
#[test]
fn without_a_course_to_show_signpost_says_so_kindly() {
    let no_files = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let output = plain(data.path(), "Ann\n", &["--lessons", no_files.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("could not load any lessons"), "{}", stderr(&output));
    assert!(!stdout(&output).contains("first name"), "nothing is shown first:\n{}", stdout(&output));

    let broken = tempfile::tempdir().unwrap();
    fs::create_dir(broken.path().join("01-email")).unwrap();
    fs::write(broken.path().join("01-email/course.toml"), "format_version = 1\nid = [\n").unwrap();
    let data = tempfile::tempdir().unwrap();
    let output = plain(data.path(), "Ann\n", &["--lessons", broken.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).contains("What is your first name?"), "{}", stdout(&output));
    assert!(stderr(&output).contains("could not load any lessons"), "{}", stderr(&output));
    let log = fs::read_to_string(data.path().join("signpost.log")).unwrap();
    assert!(log.contains("01-email/course.toml:"), "the log names the broken file: {log}");
    let learners = signpost::store::Store::open(data.path()).unwrap().learners().unwrap();
    assert!(learners.is_empty(), "the answer was not acted on: {learners:?}");
}
