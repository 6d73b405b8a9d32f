//! The hub file (`hub.toml`) as a coordinator meets it: `[courses] hide` takes a course
//! off learners' lists and keeps its progress; `signpost check` says which file it used
//! and names each mistake at its line and column; a mistake never stops a learner.
//! (`[hub]` is tested in tests/report_merge.rs, `[speech]` in tests/speech.rs, where the
//! file is found in src/hub/file.rs, and the README's example of every key in src/hub/.)

mod common;

use std::path::Path;
use std::process::Output;

use common::{stderr, stdout};

/// The tutor in plain mode with `input`, speech off, using the hub file `hub`.
fn plain(data: &Path, hub: &Path, input: &str) -> Output {
    let mut command = common::signpost();
    command.args(["--plain", "--speech", "off", "--data-dir"]).arg(data).env("SIGNPOST_HUB_FILE", hub);
    common::with_input(&mut command, input)
}

/// Ann's list of courses, as her home page shows it.
fn anns_courses(data: &Path, hub: &Path) -> String {
    let shown = stdout(&plain(data, hub, "1\n"));
    let home = &shown[shown.find("Hello, Ann").expect("Ann's home page")..];
    home.lines().filter(|line| line.contains("lesson")).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_hidden_course_leaves_the_list_keeps_its_progress_and_comes_back() {
    let (data, config) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let hub = config.path().join("hub.toml");
    // Ann finds her reason (family) and finishes that course's one lesson.
    let output = plain(data.path(), &hub, "Ann\n\n\n1\n\n2\n\n\n");
    assert!(stdout(&output).contains("You finished the lesson What matters to you."), "{}", stdout(&output));
    assert!(anns_courses(data.path(), &hub).contains("Finding your reason, 1 of 1 lesson done"));

    std::fs::write(&hub, "[courses]\nhide = [\"finding-your-reason\", \"video-calls\"]\n").unwrap();
    let courses = anns_courses(data.path(), &hub);
    assert!(!courses.contains("Finding your reason") && !courses.contains("Video calls"), "{courses}");
    assert!(courses.contains("Getting started") && courses.contains("Email"), "{courses}");
    let report = common::signpost().args(["report", "--data-dir"]).arg(data.path()).output().unwrap();
    assert!(stdout(&report).contains("Lessons completed: 1\n"), "still counted: {}", stdout(&report));

    let list = common::signpost().arg("list").env("SIGNPOST_HUB_FILE", &hub).output().unwrap();
    let listed = stdout(&list);
    assert!(listed.contains("Video calls (video-calls), built in, hidden from learners by the hub file\n"), "{listed}");
    assert!(listed.contains("Email (email), built in\n"), "{listed}");

    std::fs::write(&hub, "[courses]\nhide = []\n").unwrap();
    let courses = anns_courses(data.path(), &hub);
    assert!(courses.contains("Finding your reason, 1 of 1 lesson done"), "{courses}");
}

#[test]
fn check_says_which_hub_file_it_used_and_names_each_mistake_at_its_place() {
    let config = tempfile::tempdir().unwrap();
    let hub = config.path().join("hub.toml");
    std::fs::write(&hub, "[courses]\nhide = [\"email\", \"nhs-prescription\"]\n").unwrap();
    let output = common::signpost().arg("check").env("SIGNPOST_HUB_FILE", &hub).output().unwrap();
    let shown = stdout(&output);
    let place = format!("{}:2:18: error: ", hub.display());
    let expected = format!(
        "{place}No course has the id \"nhs-prescription\", so it cannot be hidden. signpost list shows each course's id."
    );
    assert!(shown.lines().any(|line| line == expected), "{shown}");
    assert!(shown.lines().any(|line| line == format!("Hub settings: {}", hub.display())), "{shown}");
    assert!(shown.contains(": 1 error, 0 warnings."), "{shown}");
    assert_eq!(output.status.code(), Some(1));

    std::fs::write(&hub, "[courses]\nhidden = [\"email\"]\n").unwrap();
    let shown = stdout(&common::signpost().arg("check").env("SIGNPOST_HUB_FILE", &hub).output().unwrap());
    let expected =
        format!("{}:2:1: error: This is not how the hub file is written: unknown field `hidden`", hub.display());
    assert!(shown.lines().any(|line| line.starts_with(&expected)), "{shown}");
}

#[test]
fn a_mistake_in_the_hub_file_is_said_at_start_and_the_tutor_carries_on_with_every_course() {
    let (data, config) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let hub = config.path().join("hub.toml");
    std::fs::write(&hub, "[courses]\nhide = \"email\"\n").unwrap();
    let output = plain(data.path(), &hub, "Ann\n");
    let said = stderr(&output);
    let expected = format!("{}:2:8: Signpost could not use this hub setting: ", hub.display());
    assert!(said.starts_with(&expected) && said.contains("Signpost carries on with its usual settings."), "{said}");
    assert!(stdout(&output).contains("Step 1 of 5. Welcome"), "{}", stdout(&output));
    assert!(anns_courses(data.path(), &hub).contains("Email, 0 of 7 lessons done"), "nothing hidden");
}
