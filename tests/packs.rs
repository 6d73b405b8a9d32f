//! Course packs end to end, with the real binary in plain mode: the example pack
//! (`examples/course-pack/scam-texts`) installed into a search path and run in English
//! and in Welsh (read in English, and said so once); packs that clash with Signpost's
//! own ids and words; a broken pack beside a good one; and a pack taken away and put
//! back, its learner's progress kept and counted all the while.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{signpost, stderr, stdout};
use signpost::i18n::I18n;

/// The example pack, as kept in the repository.
const EXAMPLE: &str = "examples/course-pack/scam-texts";

/// A new learner finishes Finding your reason and is back at the list of courses.
const START: &[&str] = &["Ann", "", "", "3", "", "2", "", "", "3"];

/// From the list of courses: the example pack's course (after the five built in), its
/// lesson, every step, the practice (open the text, forward it, to 7726, send), and
/// how confident the learner feels after it.
const LESSON: &[&str] = &["7", "1", "3", "", "", "2", "", "", "1", "1", "1", "7726", "2", "", "", "3"];

/// The words of message `id` in language `tag`.
fn words(tag: &str, id: &str) -> String {
    I18n::built_in(&[tag.parse().unwrap()]).tr(id)
}

/// Copies the example pack into the folder `search`, as a hub would install it.
fn install(search: &Path) -> PathBuf {
    let pack = search.join("scam-texts");
    copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE).as_path(), &pack);
    pack
}

fn copy(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Runs the tutor in plain mode on `data` with `lines` typed, and `env` set (such as
/// where packs are searched for); returns the output.
fn tutor(data: &Path, lines: &[&str], args: &[&str], env: &[(&str, &Path)]) -> Output {
    run_with(signpost(), data, lines, args, env)
}

/// [`tutor`] with a command made ready by the caller.
fn run_with(
    mut command: std::process::Command,
    data: &Path,
    lines: &[&str],
    args: &[&str],
    env: &[(&str, &Path)],
) -> Output {
    command.args(["--plain", "--speech", "off", "--data-dir"]).arg(data);
    command.arg("--speech-log").arg(data.join("speech.log")).args(args);
    for (name, value) in env {
        command.env(name, value);
    }
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let output = common::with_input(&mut command, &input);
    assert!(output.status.success(), "{}", stderr(&output));
    output
}

/// A new learner does the example pack's lesson; returns what was shown and said.
fn lesson_in(tag: &str, env: &[(&str, &Path)], data: &Path) -> (String, String) {
    let lines: Vec<&str> = START.iter().chain(LESSON).copied().collect();
    let output = tutor(data, &lines, &["--lang", tag], env);
    let said = fs::read_to_string(data.join("speech.log")).unwrap();
    (stdout(&output), said)
}

#[test]
fn the_example_pack_passes_check() {
    let output = signpost().args(["check", "--courses", EXAMPLE]).output().unwrap();
    let shown = stdout(&output);
    assert!(output.status.success(), "{shown}");
    assert!(shown.contains("Checked 6 courses and 22 lessons: 0 errors, 2 warnings."), "{shown}");
    let warning = format!("{EXAMPLE}/course.toml:1:1: warning: This course pack has no words in cy yet");
    assert!(shown.contains(&warning), "one warning for Welsh, not one per message:\n{shown}");
}

#[test]
fn the_example_pack_runs_in_english_from_the_xdg_data_folder() {
    // The system's own folders are searched too: a pack there would come first.
    for system in ["/usr/share/signpost/courses", "/etc/signpost/courses"] {
        if Path::new(system).exists() {
            eprintln!("SKIPPED: {system} is on this computer, and its packs would change the list of courses");
            return;
        }
    }
    let home = tempfile::tempdir().unwrap();
    install(&home.path().join("signpost/courses"));
    let data = tempfile::tempdir().unwrap();
    // The real XDG variable, with the test variable unset: the system's search path.
    let mut env = vec![("XDG_DATA_HOME", home.path())];
    let none = home.path().join("none");
    env.push(("XDG_DATA_DIRS", none.as_path()));
    let (shown, said) = {
        let lines: Vec<&str> = START.iter().chain(LESSON).copied().collect();
        let mut command = signpost();
        command.env_remove("SIGNPOST_COURSE_PATH");
        let output = run_with(command, data.path(), &lines, &[], &env);
        (stdout(&output), fs::read_to_string(data.path().join("speech.log")).unwrap())
    };
    assert!(shown.contains("Scam text messages. Reporting a scam text\nStep 1 of 6. What a scam text is"), "{shown}");
    assert!(shown.contains("The text was sent to 7726. Well done. You reported the scam text."), "{shown}");
    assert!(shown.contains("Step 6 of 6. Well done\nLook for the signs"), "{shown}");
    assert!(said.contains("Forward a scam text to 7726. Then delete it."), "{said}");
    let notice = words("en-GB", "course-in-english");
    assert!(!shown.contains(&notice) && !said.contains(&notice), "English needs no notice");
}

#[test]
fn in_welsh_the_pack_is_in_english_and_the_learner_is_told_once() {
    let search = tempfile::tempdir().unwrap();
    install(search.path());
    let data = tempfile::tempdir().unwrap();
    let (shown, said) = lesson_in("cy", &[("SIGNPOST_COURSE_PATH", search.path())], data.path());
    let notice = words("cy", "course-in-english");
    assert_eq!(shown.matches(&notice).count(), 1, "shown once:\n{shown}");
    assert_eq!(said.matches(&notice).count(), 1, "said once:\n{said}");
    // The course opens with the notice; Signpost's own words stay Welsh.
    let opened = format!("Scam text messages\n{notice}\nSpot a fake text and report it.");
    assert!(shown.contains(&opened), "{shown}");
    assert!(shown.contains("Cam 6 o 6. Well done\nLook for the signs"), "{shown}");
    assert!(said.contains("Forward a scam text to 7726. Then delete it."), "{said}");
}

#[test]
fn a_removed_pack_keeps_its_progress_counted_and_shows_it_again_on_its_return() {
    let search = tempfile::tempdir().unwrap();
    let pack = install(search.path());
    let data = tempfile::tempdir().unwrap();
    let env = [("SIGNPOST_COURSE_PATH", search.path())];
    lesson_in("en-GB", &env, data.path());
    let done = "Scam text messages, 1 of 1 lesson done";
    // While the pack is there, its course counts as a built-in one does, and is on
    // the certificate.
    let report = signpost().arg("report").arg("--data-dir").arg(data.path()).env(env[0].0, env[0].1).output().unwrap();
    assert!(stdout(&report).contains("Courses completed: 2\n"), "{}", stdout(&report));
    let certificate = data.path().join("ann.txt");
    let made = signpost()
        .args(["learner", "certificate", "Ann"])
        .arg(&certificate)
        .arg("--data-dir")
        .arg(data.path())
        .env(env[0].0, env[0].1)
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", stderr(&made));
    let text = fs::read_to_string(&certificate).unwrap();
    assert!(text.contains("Scam text messages"), "{text}");
    fs::remove_dir_all(&pack).unwrap();
    let report = signpost().arg("report").arg("--data-dir").arg(data.path()).output().unwrap();
    // Finding your reason and the pack's lesson.
    assert!(stdout(&report).contains("Lessons completed: 2\n"), "{}", stdout(&report));
    let home = stdout(&tutor(data.path(), &["1"], &[], &env));
    assert!(home.contains("Signpost, Ann") && !home.contains("Scam text messages"), "{home}");
    install(search.path());
    let home = stdout(&tutor(data.path(), &["1"], &[], &env));
    assert!(home.contains(done), "the progress is back with the pack:\n{home}");
}

#[test]
fn ids_and_words_that_clash_are_check_errors_naming_both_places() {
    let output = signpost().args(["check", "--courses", "tests/packs/clash"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let errors: Vec<String> = stdout(&output).lines().filter(|l| l.contains(": error: ")).map(String::from).collect();
    assert_eq!(
        errors,
        [
            "tests/packs/clash/clash-words/locales/en-GB/words.ftl:3:1: error: The message \"quit-title\" is already defined at locales/en-GB/ui.ftl:164:1, so this one is not used. Give it a name of its own, such as one that starts with your course id.",
            "tests/packs/clash/email-again/course.toml:3:6: error: The course id \"email\" is already used at lessons/02-email/course.toml:2:6. Give this one an id of its own.",
            "tests/packs/clash/second/locales/en-GB/words.ftl:2:1: error: The message \"clash-words-title\" is already defined at tests/packs/clash/clash-words/locales/en-GB/words.ftl:1:1, so this one is not used. Give it a name of its own, such as one that starts with your course id.",
        ]
    );
    // At run time the first definition is used: Signpost's own, then the first pack's.
    let listed = stdout(&signpost().args(["list", "--courses", "tests/packs/clash"]).output().unwrap());
    assert_eq!(listed.matches("(email)").count(), 1, "{listed}");
    assert!(listed.contains("Our words (clash-words), from tests/packs/clash/clash-words\n"), "{listed}");
    assert!(listed.contains("Our words (second), from tests/packs/clash/second\n"), "{listed}");
}

#[test]
fn a_broken_pack_is_named_at_its_place_and_everything_else_loads() {
    let place = "tests/packs/broken/1-broken/course.toml:4:8";
    let output = signpost().args(["check", "--courses", "tests/packs/broken"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let shown = stdout(&output);
    assert!(shown.contains(&format!("{place}: error: This is not how a lesson file is written")), "{shown}");
    assert!(shown.contains(": 1 error,"), "only the broken pack's mistake:\n{shown}");
    // Words in a language Signpost does not have ("cym" for "cy") are named, not used.
    let unknown = "tests/packs/broken/2-fine/locales/cym/words.ftl:1:1: warning: Signpost has no words in \"cym\", so this course pack's words in it are not used. Signpost has words in cy, en-GB, pl: is the folder named right?";
    assert!(shown.contains(unknown), "{shown}");
    let listed = stdout(&signpost().args(["list", "--courses", "tests/packs/broken"]).output().unwrap());
    assert!(listed.starts_with("Finding your reason (finding-your-reason), built in\n"), "{listed}");
    assert!(listed.ends_with("A fine course (fine), from tests/packs/broken/2-fine\n  1. A fine lesson (fine-lesson): foundation skills\n"), "{listed}");
    let data = tempfile::tempdir().unwrap();
    let output =
        tutor(data.path(), &["Ann"], &["--courses", "tests/packs/broken", "--courses", "tests/packs/none"], &[]);
    let told = stderr(&output);
    let left_out = format!("The course pack in tests/packs/broken/1-broken is left out for now, because of a mistake at {place}. The other courses are all here.");
    assert!(told.contains(&left_out), "{told}");
    assert!(
        told.contains("Some course packs are left out for now, because of this: tests/packs/none:1:1: error:"),
        "{told}"
    );
    let home = stdout(&tutor(data.path(), &["1"], &["--courses", "tests/packs/broken"], &[]));
    assert!(home.contains("A fine course, 0 of 1 lesson done"), "{home}");
}

#[test]
fn the_partners_guide_makes_a_working_course_from_an_empty_folder() {
    let guide = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/README.md")).unwrap();
    let section = &guide[guide.find("## Make a course for your hub").expect("the guide is there")..];
    let folder = tempfile::tempdir().unwrap();
    let courses = folder.path().join("my-courses");
    // Each file of the guide is a fenced block whose first line names it.
    let mut files = 0;
    for block in section.split("```").skip(1).step_by(2) {
        let Some((name, text)) = block.split_once('\n').and_then(|(_, body)| body.split_once('\n')) else { continue };
        let Some(path) = name.strip_prefix("# our-hub/") else { continue };
        let path = courses.join("our-hub").join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        files += 1;
    }
    assert_eq!(files, 3, "course.toml, a lesson and its words");
    let output = signpost().args(["check", "--courses"]).arg(&courses).output().unwrap();
    assert!(output.status.success() && stdout(&output).contains(": 0 errors, 2 warnings."), "{}", stdout(&output));
    let data = tempfile::tempdir().unwrap();
    let lesson = ["7", "1", "3", "", "1", "", ""];
    let lines: Vec<&str> = START.iter().chain(&lesson).copied().collect();
    let shown = stdout(&tutor(data.path(), &lines, &["--courses", courses.to_str().unwrap()], &[]));
    assert!(shown.contains("You opened the email from Sam Jones. Well done. You opened the email."), "{shown}");
    assert!(shown.contains("Step 3 of 3. Well done\nYou opened an email from your inbox."), "{shown}");
}

#[test]
fn a_hub_can_hide_a_packs_course_by_its_id() {
    let search = tempfile::tempdir().unwrap();
    let pack = install(search.path());
    let hub = search.path().join("hub.toml");
    fs::write(&hub, "[courses]\nhide = [\"scam-texts\"]\n").unwrap();
    let env = [("SIGNPOST_COURSE_PATH", search.path()), ("SIGNPOST_HUB_FILE", hub.as_path())];
    let checked = signpost().arg("check").envs(env).output().unwrap();
    assert!(checked.status.success(), "the hub file knows the pack's id:\n{}", stdout(&checked));
    let listed = stdout(&signpost().arg("list").envs(env).output().unwrap());
    let hidden =
        format!("Scam text messages (scam-texts), from {}, hidden from learners by the hub file\n", pack.display());
    assert!(listed.contains(&hidden), "{listed}");
    let data = tempfile::tempdir().unwrap();
    let home = stdout(&tutor(data.path(), START, &[], &env));
    assert!(home.contains("Signpost, Ann") && !home.contains("Scam text messages"), "{home}");
}
